"""A point's kind when its category says nothing of it (issue 13, property 5): a claim placed in a
catch-all category (``general.GENERAL_CATEGORIES`` entries with no words of their own: "事件" for an
impact, "范围与条件" for a limit) got its kind from weak signals of one sentence. The kind is then
decided once for the group, by what its outlets' sentences state: a problem stated is a limit, a
change reported (something rises or falls) is an impact; a sentence stating both, or neither,
has no vote."""

from __future__ import annotations

import re

from .directions import DIRECTIONS
from .general import GENERAL_CATEGORIES, GENERAL_SIGNALS
from .claimcontext import qualifier
from .limitshapes import changed_limit
from .newsworthy import market_rise
from .votes import decided

__all__ = ["CATCH_ALL", "stated_kind", "group_kind"]

#: Categories no word places a sentence in, per kind: (kind → category id).
CATCH_ALL = {kind: cid for cid, kind, _, words, stems in GENERAL_CATEGORIES if not words and not stems}
#: "Too" before a measure ("字太小", "价格太高", "人太多"): a problem stated.
_TOO = re.compile(r"太(?:小|大|高|低|少|多|贵|慢|快|长|短|难|差|挤|乱|晚|早|贵了|远)")
#: Something that rises or falls (``directions.DIRECTIONS``): a change reported.
#: Words of a contrast, no problem in themselves ("不是一次性的活动，而是长期合作的开始").
_CONTRAST = frozenset({"而是", "并非"})
#: A condition or an open question: what it says may or may not happen.
_OPEN = re.compile(r"能否|是否|取决于|如果|假如|一旦|要看|还得看")
_CHANGE = re.compile(DIRECTIONS["up"] + "|" + DIRECTIONS["down"])
#: A turn: what follows it is what the sentence claims ("一线城市成交回暖，但全国止跌至少要到2026年").
_TURNED = re.compile(r"[，,；;](?:但(?:是)?|不过|然而|可是)[，,]?")
#: A benefit granted ("将给予最高100万元奖励", "发放消费券", "每人补贴200元"): what someone gets, an effect.
_BENEFIT = re.compile(r"(?:给予|发放|提供|获得?|享受|补贴|奖励)[^，。；]{0,14}?(?:奖励|补贴|资助|奖金|消费券|优惠|减免|免费)")
#: People finding fault ("约42%的受访者认为偏难", "不少人吐槽…", "投诉…"): a problem stated, whatever it led to.
_FAULT = re.compile(r"认为[^，。；]{0,8}?(?:偏|太|过于)(?:难|贵|高|低|慢|少|差|长|短|复杂)|吐槽|抱怨|投诉|不满|闪退|卡顿|"
                    r"(?:常|频繁|经常)(?:跌破|掉线|崩溃|迷路)")


def stated_kind(simple: str) -> str | None:
    """"limit" when a (simplified) sentence states a problem and reports no change, "impact" when
    it reports a change (something rises or falls) and states no problem; None otherwise (both,
    neither, a condition or open question, or a problem beside an action or effect it reports)."""
    from .claims import _signals  # (claims imports the analysis floor's helpers)

    if _OPEN.search(simple):
        return None  # a condition or an open question ("能否增长，取决于…") reports no change
    if market_rise(simple):
        return "impact"  # a share or an index rose: the market's answer, whatever reading follows it
    if qualifier(simple):
        return "limit"  # the speaker's own last word bounds or doubts it ("…。但不意味着短时间能形成生产力。")
    if decided(simple):
        return "impact"  # a vote or a stance on a measure: a decision reported (``votes``), no criticism
    last = _TURNED.split(simple)[-1]
    if changed_limit(last):
        return "limit"  # a squeeze, an insufficiency, a floor at risk, a recovery deferred: the change is the limit's
    problem = bool(_TOO.search(simple) or set(_signals(simple, GENERAL_SIGNALS["limit"])) - _CONTRAST)
    change = bool(_CHANGE.search(simple))
    fault = bool(_FAULT.search(simple))
    if fault and not change:
        return "limit"  # people finding fault: a problem, even where it says what the fault led to ("导致…迷路")
    if _BENEFIT.search(simple) and not problem and not fault:
        return "impact"  # a benefit granted is an effect, never a limit
    if problem and not change and not _signals(simple, GENERAL_SIGNALS["impact"]):
        return "limit"  # (a decision or an effect reported beside a worry is no problem stated)
    if change and not problem and not fault:
        return "impact"
    return None


def group_kind(members, category: str, kinds: dict[str, str]) -> str:
    """The category of a point placed in a catch-all category, once its kind is decided by its
    outlets' sentences (each article once, its strongest member): the other kind's catch-all when
    more outlets state that kind than the point's own; else the category as it was."""
    kind = kinds.get(category)
    if kind is None or CATCH_ALL.get(kind) != category:
        return category
    best = {}
    for c in members:
        if c.sentence.article not in best or c.score > best[c.sentence.article].score:
            best[c.sentence.article] = c
    votes = {"impact": 0, "limit": 0}
    for c in best.values():
        k = stated_kind(c.sentence.simple)
        if k:
            votes[k] += 1
    other = "limit" if kind == "impact" else "impact"
    target = CATCH_ALL.get(other)
    if votes[other] > votes[kind] and target in kinds:
        return target
    return category
