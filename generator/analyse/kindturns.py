"""A claim's kind from the sentence's effect and direction on the topic's subject, not from its
category's words (issue 13, property 5): a general limit category's words name a field (a
factory, a supply chain, a queue, a policy), not a problem. Three sentence shapes turn a claim
filed by those words to the kind its effect has:

* pressure exerted on another party ("…厂商的规模优势可能对台湾业者形成压力", "对同行构成威胁"):
  the subject's effect on others, an impact, unless the party pressed is the topic itself;
* a crowd come for the subject ("不少港人趁周末北上深圳打卡，门市一度大排长龙"): a queue of
  enthusiasm is demand, an impact, unless the sentence finds fault with the wait ("排队时间过长",
  "抱怨…还得排队") or names a shortage;
* a harm suffered by a party the sentence names, the topic not among them ("二线品牌利润承压，上汽受
  冲击最大", "税率将显著压缩其在欧利润"): the topic's consequence for others, an impact; the topic's
  own squeeze ("小米汽车利润承压"), a harm bounded ("受到的冲击有限") or feared ("这是我们最担心的") stays a
  limit;
* a closing clause stating that the outlook is uncertain ("…可能改变实际征税安排，政策前景仍存在
  一定不确定性"): what the sentence ends on is an uncertainty, a limit, whatever measure it reports.
"""

from __future__ import annotations

import re

__all__ = ["turned", "pressed_other", "crowd_demand", "closing_uncertainty", "suffered"]

#: Pressure put on a party: "对<party>形成/构成/造成/带来/产生…压力/威胁/冲击/挤压/排挤".
_PRESSED = re.compile(r"对(?P<party>[^，。；,;：:]{1,14}?)(?:形成|构成|造成|带来|产生|施加)"
                      r"[^，。；,;]{0,4}?(?:压力|威胁|冲击|挤压|排挤)")
#: A crowd come for the subject: a queue beside words of enthusiasm or of a trip made for it.
_QUEUE = re.compile(r"排长龙|大排长龙|排起长队|排起长龙|排队")
_KEEN = re.compile(r"打卡|尝鲜|慕名|专程|人气|火爆|刷屏|争相|抢先|一睹|围观|凑热闹")
#: Fault found with the wait, or a shortage behind it: the queue is then the subject's problem.
_WAIT_FAULT = re.compile(r"过长|太长|太久|过久|很久|抱怨|吐槽|投诉|不满|退票|缺货|断货|供不应求|不足|"
                         r"跟不上|买不到|等不到|约不上|还得|需要排队|要排队|排队等[待候]?[^，。；]{0,6}(?:周|月|天)")
#: An outlook stated uncertain in the last clause.
_UNCERTAIN = re.compile(r"(?:存在|有|面临|充满)[^，。；,;]{0,6}不确定性|前景[^，。；,;]{0,4}(?:不明|未明|难料|不确定)|"
                        r"仍是未知数|尚难预料|难以预料")

#: A harm suffered: "受(到)冲击/挤压/打击/拖累/波及", "(势必)被压缩", "压缩其…利润", "利润承压".
_SUFFERED = re.compile(r"受(?:到)?[^，。；,;]{0,2}?(?:冲击|挤压|打击|拖累|波及)|被[^，。；,;]{0,3}?(?:压缩|挤压|削弱)|"
                       r"(?:压缩|挤压|削弱)(?:了)?其?[^，。；,;]{0,6}?(?:利润|份额|空间|销量)|利润承压")


#: A harm bounded ("受到的冲击有限") or feared ("这是我们最担心的", "将成隐忧"): a limit or a risk stated.
#: (and a harm denied: "股价未必受息差拖累", "并未受到冲击")
_BOUNDED = re.compile(r"有限|不大|可控|不明显|担心|担忧|忧虑|隐忧|风险|未必|不会|不受|并未|没有受|未受")


def suffered(simple: str, topic: tuple[str, ...]) -> bool:
    """A harm suffered by a party other than the topic: the sentence reports one, never names the
    topic, and neither bounds the harm nor fears it (a bound or a risk stated is a limit)."""
    return bool(_SUFFERED.search(simple)) and not _BOUNDED.search(simple) \
        and not any(t and t.lower() in simple.lower() for t in topic)


def pressed_other(simple: str, topic: tuple[str, ...]) -> bool:
    """Pressure put on a party other than the topic ("可能对台湾业者形成压力"); False when the party
    pressed is the topic ("对小米形成压力" is the topic's problem) or when no party is named."""
    for m in _PRESSED.finditer(simple):
        party = m.group("party")
        if not any(t and t.lower() in party.lower() for t in topic):
            return True
    return False


def crowd_demand(simple: str) -> bool:
    """A queue of people come for the subject, with no fault found with the wait."""
    return bool(_QUEUE.search(simple) and _KEEN.search(simple) and not _WAIT_FAULT.search(simple))


def closing_uncertainty(simple: str) -> bool:
    """The sentence's last clause states that the outlook is uncertain."""
    last = re.split(r"[，,；;]", simple.rstrip("。！!…”\"’ "))[-1]
    return bool(_UNCERTAIN.search(last))


def turned(simple: str, tax, got, topic: tuple[str, ...]):
    """``got`` (a classification of ``simple``) turned to the kind the sentence's effect on the
    topic's subject gives it when its category's words filed it under the other kind: pressure on
    another party, a harm another party suffers or a crowd come for the subject is an impact; an
    outlook stated uncertain in the last clause is a limit."""
    from .claims import _fallback, classify, kind_signals  # (claims calls this: imported when called)

    kind = got[0].category.kind
    if kind == "limit" and ((pressed_other(simple, topic) and not kind_signals(simple, tax)[1])
                            or crowd_demand(simple) or suffered(simple, topic)):
        home = "demand" if crowd_demand(simple) else "business" if suffered(simple, topic) else "competition"
        return classify(simple, tax, "impact", sided=True) or _fallback(tax, "impact", None, home)
    if kind == "impact" and closing_uncertainty(simple):
        return classify(simple, tax, "limit", sided=True) or _fallback(tax, "limit", None, "scope")
    return got
