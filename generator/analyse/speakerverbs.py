"""Reporting verbs that also take a noun object ("承认破产令", "公布数据", "宣布禁令", "批评做法"): when
they report what a holder says or did, and when they only name an act inside a noun phrase or a
condition ("外地法院承认本地破产令的机会相当低": nobody speaks). A split of ``speakers``."""

from __future__ import annotations

import re

__all__ = ["OBJECT_VERBS", "reports"]

#: What follows a reporting verb that reports ("东电承认，…").
_PAUSE = "，,：:“「"


#: Reporting verbs that also take a noun object ("承认破产令", "公布数据", "宣布禁令", "批评做法"):
#: a report of what the holder says or did, unless the verb is used inside a noun phrase or a
#: subordinate clause (``reports``).
OBJECT_VERBS = frozenset("承认 公布 宣布 通报 批评 强调 说明 提出 表明 重申 披露 介绍 质疑 回应 透露 呼吁 "
                          "提醒 提到 谈到 警告 建议 解释 告诉 补充 形容 承诺 辩护 表述 怀疑".split())
#: Verbs that mostly take a noun object ("说明情况", "提出方案"): they report only before a pause.
_PAUSE_ONLY = frozenset("说明 提出 表明".split())
#: A subordinate clause's opening: the verb inside it is a condition or a time, not a report
#: ("就算承认了", "从我们承认…到现在", "一旦宣布…").
_SUBORDINATE = re.compile(r"^(?:而且|并且|但|而)?(?:就算|即使|即便|哪怕|如果|假如|假若|若|一旦|倘若|从|自从|自|当|每当|等到|直到|除非|只要|只有)")


def reports(simple: str, holder: str, verb: str, end: int) -> bool:
    """Whether an object-taking reporting verb reports here: before a pause, a colon or a
    quotation it does; used attributively ("公布的数据"), with the experiential "过", inside a
    subordinate clause ("就算承认了"), or with an object that is the subject of a further
    predicate ("外地法院承认本地破产令的机会相当低": a noun phrase) it does not."""
    nxt = simple[end:end + 1]
    if not nxt or nxt in _PAUSE:
        return True
    if nxt == "的" and re.match(r"的[^，。；：“”]{1,12}?(?:显示|表明|指出)", simple[end:end + 20]):
        return True  # "东电公布的监测数据显示": the data of whoever published them
    if verb in _PAUSE_ONLY or nxt in "的过" or _SUBORDINATE.match(holder):
        return False
    clause = re.split(r"[，,。；;：:！？!?“「]", simple[end:end + 60], maxsplit=1)[0]
    return "的" not in clause or not _nominal(clause)


def _nominal(clause: str) -> bool:
    """Whether a verb's object clause is a noun phrase with a predicate of its own after it
    ("本地破产令的机会相当低": …的 + noun + adverb/adjective/verb)."""
    import jieba.posseg as posseg

    from ..textutil import cut_long

    pieces = cut_long(posseg.cut, clause)
    last = max((i for i, p in enumerate(pieces) if p.word == "的"), default=-1)
    tail = pieces[last + 1:]
    for i, p in enumerate(tail):
        if p.flag.startswith("n") and any(q.flag[:1] in ("d", "a", "v") and q.flag != "vn" for q in tail[i + 1:]):
            return True
    return False
