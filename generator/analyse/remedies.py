"""A problem remedied is a response, not a limit (issue 13, property 5).

A sentence that reports a wait shortened to a stated time ("排队时间由3小时以上缩短至40分钟以内"),
a capacity raised to a stated count ("滑梯由4条增至8条", "计划将年产能提升至150架"), a supply
stepped up ("生产线满负荷运转", "增开夜班车"), a problem eased ("缩小…差距", "缓解…压力") or a problem
that stopped ("未再发生集中投诉") states
what was done about a problem or how it ended: an effect of the news (an impact), whatever problem
word ("排队", "产能", "投诉") places it among the limits. It stays a limit when it also states a
problem of its own outside the remedy ("产能提升至60万袋，但仍供不应求", "缺货…，公司正在加快发货"),
or turns against it after the remedy.

Only general words of Chinese (what any story of queues, capacity, supply or complaints uses);
read on the simplified sentence; each pattern is bounded (no backtracking on long lines).
"""

from __future__ import annotations

import re

__all__ = ["remedied", "remedy_spans"]

#: A wait shortened to a stated time: what waits ("排队", "候诊", "审批"), then the cut.
_SHORTENED = re.compile(
    r"(?:排队|等待|等候|候诊|候车|通关|办理|审批|交付周期|等车|提车|配送|延误|拥堵)[^，。；！？]{0,16}?"
    r"(?:缩短|降|减少|压缩|回落)(?:至|到)了?[^，。；！？\d]{0,4}\d+(?:\.\d+)?\s*(?:分钟|小时|天|秒|周|个工作日)"
    r"(?:以内|以下|之内|左右)?")
#: A capacity raised to a stated count: from one count to more ("由4条增至8条"), or a capacity word
#: raised to a figure ("年产能提升至150架", "日均班次增加到120班").
_RAISED = re.compile(
    r"(?:由|从)\d+\s*[条个台家架班张辆座处间列趟艘所名部套]\s*(?:增加|增|扩大|扩充|扩|提升|提高)(?:至|到)\s*\d+|"
    r"(?:产能|运力|供应量|供给|床位|班次|车次|航班|接待能力|交付能力|承载能力|服务能力)[^，。；！？]{0,12}?"
    r"(?:提升|提高|增加|扩大|扩充|增)(?:至|到)\s*\d+")
#: Supply stepped up: a producer or an operator adding output or service.
_STEPPED = re.compile(r"满负荷(?:运转|生产|运行)|加班加点|三班倒|加快(?:发货|生产|供应|配送)|"
                      r"(?:增开|加开|加派|增派|增设)(?:了)?[^，。；！？]{0,8}?(?:班次|车次|航班|专列|窗口|通道|人手|人员|取暖|休息|服务)")
#: A problem that stopped.
_STOPPED = re.compile(r"(?:未再|没有再|不再)(?:发生|出现)[^，。；！？]{0,8}?(?:投诉|排队|拥堵|事故|断货|缺货|滞留|纠纷)")
#: A turn after the remedy: what follows is the claim ("…提升至60万袋，但仍供不应求").
_TURN = re.compile(r"但|不过|然而|可是|仍然|依然|仍")

#: A problem eased: a verb that narrows, relieves or fills, then (within one clause) the problem it
#: acts on ("有助于缩小男女养老金差距", "缓解了地方政府的偿债压力", "减少往返医院及排队时间").
_EASED = re.compile(
    r"(?:缩小|缓解|减轻|弥补|填补|化解|减少|缩短)了?[^，,。；;！？]{0,16}?"
    r"(?:差距|压力|负担|缺口|短缺|排队时间|等候时间|等待时间|拥堵|焦虑)")
#: Before an easing verb, what makes it a need, a doubt or a failure, not a remedy ("亟待缓解…",
#: "难以弥补…缺口", "能否缩小差距", "没有减轻负担").
_NOT_EASED = re.compile(r"(?:需|要|亟|待|如何|怎样|能否|是否|难以|无法|不能|未能|没|未|不|很难|难)\S{0,2}$")

_PATTERNS = (_SHORTENED, _RAISED, _STEPPED, _STOPPED)
#: A shortage a remedy answers, stated next to it ("部分门店出现断货，…公司正在加快发货"): words the
#: kind signals leave to the categories ("断货" is also a buyer's complaint of a price rise).
_SHORT = re.compile(r"断货|脱销|缺口|一票难求|一号难求")


def remedy_spans(simple: str) -> list[tuple[int, int]]:
    """Where ``simple`` reports a remedy (start, end), in order."""
    spans = [(m.start(), m.end()) for rx in _PATTERNS for m in rx.finditer(simple)]
    spans += [(m.start(), m.end()) for m in _EASED.finditer(simple)
              if not _NOT_EASED.search(simple[max(0, m.start() - 4):m.start()])]
    return sorted(spans)


def remedied(simple: str, problems=lambda text: ()) -> bool:
    """Whether ``simple`` reports a problem remedied and no problem of its own: a remedy span, no
    turn after the first one, and no problem word outside the spans (``problems(text)``: the limit
    signals a text uses as words of their own, ``claims._signals``)."""
    spans = remedy_spans(simple)
    if not spans:
        return False
    if _TURN.search(simple, spans[0][1]):
        return False
    rest = simple
    for a, b in spans:
        rest = rest[:a] + "\u3000" * (b - a) + rest[b:]
    return not problems(rest) and not _SHORT.search(rest)
