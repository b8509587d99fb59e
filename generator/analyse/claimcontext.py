"""A sentence's claim read with the sentence after it, and whose claim it is.

* A problem of other or earlier systems that the next sentence says the topic overcomes ("现有模型的
  一个问题是，当物体离开视野时，它们可能无法对其进行追踪。而通过…，Sora 可确保…") is no limit of
  the topic: it is the topic's strength, stated by the next sentence (``overcome``).
* A speaker's own qualifier closing a quotation ("…超过了原来的预期。但不意味着短时间能形成生产力。")
  belongs to the claim: the statement keeps it, and what follows the turn decides the kind
  (``qualifier``, ``with_qualifier``).
* A limit stated of a rival ("Pika 只能生成 4 秒") is not the topic's (``rival_limit``).
* Another company's funding round that never names the topic ("国内 AI 创业公司X完成新一轮超 10 亿美金
  融资") is that company's news, not an effect of the topic (``others_round``), unless the sentence
  before it reports it as the topic's consequence ("Sora公布后，…大模型公司再次站在聚光灯下。").
"""

from __future__ import annotations

import re
from .text import Sentence, cjk_len
from .text import count_words as _count

__all__ = ["next_sentences", "overcome", "qualifier", "with_qualifier", "others_round", "rival_limit"]

#: Other or earlier systems as a sentence's subject ("现有模型", "传统方法", "以往的视频生成工具").
_OTHERS = re.compile(r"^[^，。；“”]{0,8}?(?:现有|现存|传统|以往|过去的|此前的|之前的|早期|其他|其它|一般的|普通的)的?"
                     r"[^，。；]{0,10}?(?:模型|技术|方法|工具|系统|产品|方案|算法|软件|平台)")
#: The next sentence turning to the topic ("而通过…，Sora 可确保…", "相比之下，Sora…").
_TURN_TO = re.compile(r"^[“「]?(?:而|但|但是|然而|不过|相比之下|相较之下|与之相比|对比之下)")
#: A last sentence opening on a turn: a speaker's qualifier of what they just said ("。但不意味着…", "。不过短期内难以…").
_QUALIFIED = re.compile(r"[。！](?=(?:但|但是|然而|不过|可是)(?!是)[^。！？]{2,40}[。！？]?[”」』]?$)")
#: What a qualifier states: a denial, a bound, a lack or a doubt.
_RESERVE = re.compile(r"不意味|不代表|不等于|不会|不能|无法|难以|尚未|还未|并未|还没|仍未|没有|有限|需要时间|为时过早|言之过早|短期内|短时间")
#: A funding round completed ("完成新一轮超10亿美金融资", "完成B轮融资", "获得…亿元融资").
_ROUND = re.compile(r"(?:完成|获得|宣布)[^，。；]{0,16}融资")
#: The topic named as a cause: after its release, under its influence ("Sora公布后", "受Sora影响", "随着Sora").
_CAUSED = re.compile(r"(?:发布|公布|推出|问世|亮相|上线|面世|横空出世|走红|爆火)(?:之)?后|受[^，。；]{0,16}影响|随着|带动|催化|引发")
#: What the sentence before a round speaks of when it announces rounds as the topic's consequence: capital
#: and young companies ("国内一级市场优秀的大模型公司再次站在聚光灯下"), not one company's own move.
_CAPITAL = re.compile(r"一级市场|资本|投资人|投资者|投资机构|融资|创业公司|初创|聚光灯|追捧|热捧|青睐")
#: A company named by what it is, not by the topic ("创业公司", "初创企业").
_STARTUP = re.compile(r"创业公司|初创公司|初创企业|初创项目|独角兽")


def next_sentences(sentences: list[Sentence]) -> dict[tuple[str, int], Sentence]:
    """(article, index) → the next sentence of the same paragraph."""
    out = {}
    for a, b in zip(sentences, sentences[1:]):
        if a.article == b.article and a.paragraph == b.paragraph and b.index == a.index + 1:
            out[(a.article, a.index)] = b
    return out


def _names(simple: str, topic: tuple[str, ...]) -> bool:
    return bool(_count(simple, topic))


def overcome(s: Sentence, nxt: Sentence | None, topic: tuple[str, ...]) -> bool:
    """``s`` states a problem of other or earlier systems (it never names the topic) and ``nxt``
    turns to the topic ("而…Sora 可确保…"): no limit of the topic."""
    if nxt is None or _names(s.simple, topic) or not _OTHERS.search(s.simple):
        return False
    return bool(_TURN_TO.search(nxt.simple)) and _names(nxt.simple, topic)


def qualifier(simple: str) -> re.Match | None:
    """The speaker's own qualifier closing ``simple`` (a quotation of two sentences, "…超过了原来的预期。
    但不意味着短时间能形成生产力。”"): a short last sentence opening on a turn that denies, bounds or
    doubts what came before; its match starts at the full stop before the turn."""
    m = _QUALIFIED.search(simple)
    return m if m and _RESERVE.search(simple[m.start():]) and cjk_len(simple[:m.start()]) >= 8 else None


def with_qualifier(simple: str) -> str:
    """``simple`` with its closing qualifier made a clause of the claim before it ("…的预期，但不意味着…"),
    so that a statement keeps it and the kind is read from it; else unchanged."""
    m = qualifier(simple)
    return simple if m is None else simple[:m.start()] + "，" + simple[m.start() + 1:]


def others_round(simple: str, topic: tuple[str, ...], others: tuple[str, ...], before: str = "") -> bool:
    """A funding round of a company other than the topic, in a sentence that never names the topic,
    and not reported as the topic's consequence: the sentence ``before`` it (the paragraph's or the
    previous one's last) naming the topic as a cause of capital's interest ("事实上，Sora公布后，国内
    一级市场优秀的大模型公司就再次站在聚光灯下。") makes the round news of the topic (issue 13,
    property 7); a cause of another move ("受Sora影响，X当日跌幅达7%。") does not."""
    if not _ROUND.search(simple) or _names(simple, topic):
        return False
    if before and _names(before, topic) and _CAUSED.search(before) and _CAPITAL.search(before):
        return False
    return bool(_STARTUP.search(simple)) or bool(others and _count(simple, others))


def _behind_topic(simple: str, topic: tuple[str, ...]) -> bool:
    """A clause whose subject is not the topic stating a gap against it ("X在质量上与Sora还存在差距",
    "X的效果仍不如Sora", "X落后于Sora"): the gap is the other's, the topic the one ahead."""
    names = "|".join(map(re.escape, sorted(topic, key=len, reverse=True)))
    gap = re.compile(r"与\s*(" + names + r")\s*(?:相比|相较)?[^，。；]{0,4}?(?:存在|有)[^，。；]{0,4}?差距|"
                     r"(?:不如|落后于|逊于|逊色于|比不上|不及)\s*(" + names + r")", re.I)
    for clause in re.split(r"[，；。！？,;]", simple):
        m = gap.search(clause)
        # (a subject naming any topic term, a word of the topic's field ("视频生成能力") among them,
        # is within the topic: its gap is the field's limit)
        if m and not re.search(names, clause[:m.start()], re.I) and not re.match(r"^(?:它|其)", clause):
            return True
    return False


def rival_limit(simple: str, hits: tuple[str, ...], tax) -> bool:
    """A limit stated of something else: the clauses carrying the limit name another product or
    organisation as their subject and never the topic (\"Pika 只能生成 4 秒\" is not a Sora limit)."""
    topic = tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ())
    if topic and re.search(r"(?:相比|相较|比起)[^。]{0,12}(?:" + "|".join(map(re.escape, topic)) +
                           r")[^。]{0,16}(?:出色|更好|优于|胜出|更胜一筹|领先|更强)", simple):
        return True  # "相比下来，文心一言的表现确实出色": the limit is the others', the topic wins
    if topic and _behind_topic(simple, topic):
        return True  # "筑梦在时长、质量上与Sora还存在差距": another's gap measured against the topic
    others = tuple(o for o in tax.orgs if o not in tax.topic_terms and o != tax.topic_label)
    if not others:
        return False
    names_topic = bool(_count(simple, tax.topic_terms)) or bool(tax.topic_label and tax.topic_label in simple)
    if not names_topic and _count(simple, others):
        return True  # the sentence is about another product or company only
    clauses = [c for c in re.split(r"[，；。！？,;]", simple) if _count(c, tax.limit_signals) or _count(c, hits)]
    if not clauses or any(_count(c, tax.topic_terms) or (tax.topic_label and tax.topic_label in c)
                          or re.match(r"^(?:它|其)", c) for c in clauses):
        return False
    return any(re.match(r"^[^，]{0,6}?(?:" + "|".join(map(re.escape, others)) + ")", c) for c in clauses)
