"""Directions of effect: what a claim says rises, falls, is left as it was, gets hard, stays
below or above — and the thing it says it of — read from a sentence's own structure, in any
story (issue 13, property 3: group by subject, effect and direction, not by shared characters).

``direction_keys`` gives (direction, "qualifier+thing") keys: the object after a transitive
effect ("缓解养老金的支付压力" → 支付+压力) or, with none, the subject before it ("已经办理退休的人员
不受影响" → 退休+人); a condition clause ("…提高后，") claims nothing and a later effect is the
sentence's claim. ``spread_keys`` keeps the keys outlets say about once each: a key every other
sentence of one story states is the story's own phrase, not one claim.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .namewords import word_tag
from .rarewords import RARE_PER_ARTICLE
from ..textutil import jieba_words
from .text import cjk_len, mainland

__all__ = ["DIRECTIONS", "direction_keys", "spread_keys"]

#: The direction of an effect in any story: what rises, what falls, what is left as it was, what
#: gets hard, what stays below or above another thing. A claim is this direction said of a
#: subject; two outlets saying the same direction of the same two things of their clause state
#: one claim ("已经办理退休的人员不受影响" / "已经退休的人不受影响").
DIRECTIONS: dict[str, str] = {
    "up": r"提高|提升|增加|增长|上升|上涨|上调|扩大|加剧|加大|升温|攀升|推高|抬高|延长|涨(?:到|至|了|得)|暴涨|大涨|猛涨|飙升|激增|大增|猛增|剧增|暴增",
    "down": r"降低|减少|下降|下跌|下调|缓解|减轻|缩小|缩短|回落|下滑|收窄|压低|跌(?:到|至|了|得)|暴跌|大跌|骤降|锐减|大减|下挫",
    "unaffected": r"不受影响|不影响|不会影响|影响不大|影响有限|冲击不大|冲击有限|照常",
    "hard": r"难上加难|很难|非常难|更难|最难|难以",
    "below": r"低于|不及|落后于|不如",
    "above": r"高于|超过|超出|领先于",
}
_DIRECTIONS = {k: re.compile(v) for k, v in DIRECTIONS.items()}
#: Forms of "unaffected" that take what is left alone as their object ("不影响X").
_TRANSITIVE = frozenset({"不影响", "不会影响"})
_DIRECTION_WORD = re.compile("|".join(DIRECTIONS.values()))


def spread_keys(keysets: list[tuple[str, frozenset]]) -> frozenset:
    """The direction keys that tie outlets: said in two articles or more, about once in each
    (``rarewords.RARE_PER_ARTICLE``) — a key every other sentence of one story states is the
    story's own phrase, not one claim."""
    sents: Counter = Counter()
    arts: dict = {}
    for article, keys in keysets:
        for k in keys:
            sents[k] += 1
            arts.setdefault(k, set()).add(article)
    return frozenset(k for k, n in sents.items() if len(arts[k]) >= 2 and n <= RARE_PER_ARTICLE * len(arts[k]))


#: Heads that name people in general ("人员", "人士", "者"): one head, whatever the wording.
_PEOPLE = frozenset({"人", "人员", "人士", "人群", "群体", "者", "族群", "族"})
#: Words between a subject and its effect that are no part of either ("也", "将", "会", "相应").
_SKIP_TAGS = ("d", "m", "q", "p", "u", "c", "r", "t", "f", "x", "y", "z", "a")
_MODALS = frozenset("会 能 能够 将会 可能 可以 应 应该 应当 要 需要 相应 得以 也会 还会 或将 或".split())


def _skipped(word: str, tag: str) -> bool:
    """A word between a thing and its effect: an adverb, a figure, a modal ("也", "15", "会")."""
    return (not word.strip() or re.fullmatch(r"[\d.%]+", word) is not None or word in _MODALS
            or (tag[:1] in _SKIP_TAGS and word not in _PEOPLE))


def _head(tokens: list[tuple[str, str]]) -> str:
    """The thing a run of words ends on, with the word that qualifies it ("退休的人员" → 退休+人,
    "缴费年限" → 缴费+年限); "" when the run names nothing."""
    i = len(tokens) - 1
    while i >= 0 and _skipped(*tokens[i]):
        i -= 1
    if i < 0:
        return ""
    word, tag = tokens[i]
    if not (word in _PEOPLE or tag[:1] in ("n", "j") or tag in ("vn", "eng", "") or not tag):
        return ""
    head = "人" if word in _PEOPLE else word
    j = i - 1
    if j >= 0 and tokens[j][0] == "的":
        j -= 1
    if j < 0 or _skipped(*tokens[j]) or cjk_len(tokens[j][0]) < 2:
        return ""
    return tokens[j][0] + "+" + head


@lru_cache(maxsize=1 << 16)
def direction_keys(simple: str, topic: frozenset = frozenset()) -> frozenset[tuple[str, str]]:
    """(direction, "qualifier+thing") keys: a direction of effect (``DIRECTIONS``) and what it
    falls on — the object after it ("缓解养老金的支付压力" → 支付+压力) or, with none, the
    subject before it ("已经办理退休的人员不受影响" → 退休+人) —, the topic's own words included,
    since what an effect falls on is often named with them; never a direction found inside a
    topic term ("延迟退休" raises nothing). Two outlets sharing a key state the same effect on
    the same thing. The sentence is segmented once (the cache ``text.tokens`` shares)."""
    if not _DIRECTION_WORD.search(simple):
        return frozenset()
    masked = simple
    for term in sorted((t for t in topic if t and cjk_len(t) >= 2), key=len, reverse=True):
        masked = masked.replace(term, "\u3000" * len(term))
    words = jieba_words(simple)
    spans, at = [], 0
    for w in words:
        spans.append((at, at + len(w), mainland(w.lower()), word_tag(w)))  # ("硬体" is "硬件")
        at += len(w)
    if at != len(simple):
        return frozenset()  # segmentation does not cover the text: no reading of its parts
    last: set[tuple[str, str]] = set()
    pos = 0
    for clause in re.split(r"([，,；;。！？!?：:])", masked):
        start, pos = pos, pos + len(clause)
        if _CAUSE_CLAUSE.search(clause):
            continue  # "最低缴费年限提高后，…": the condition, not what the sentence claims
        found: set[tuple[str, str]] = set()
        for k, rx in _DIRECTIONS.items():
            m = rx.search(clause)
            if not m:
                continue
            lo, hi = start + m.start(), start + m.end()
            before = [(w, tag) for a, b, w, tag in spans if a >= start and b <= lo]
            after = [(w, tag) for a, b, w, tag in spans if a >= hi and b <= pos]
            # what an effect falls on: its object ("缓解…压力", and "不影响/不会影响X": X), or with
            # none its subject ("X不受影响", "X很难"): "不影响老年乘客的优惠" and "老年乘客的优惠
            # 不受影响" say it of one thing
            transitive = k not in ("unaffected", "hard") or m.group(0) in _TRANSITIVE
            thing = _head(after) if transitive else ""
            thing = thing or _head(before)
            if thing:
                found.add((k, thing))
        if found:
            # a later effect is the consequence of an earlier one ("延长缴费年限，有助于缓解…压力"):
            # the sentence claims the last
            last = found
    return frozenset(last)


#: A clause that states a condition or a time for what follows ("…提高后", "…上涨时", "如果…").
_CAUSE_CLAUSE = re.compile(r"(?:后|之后|以后|时|的话)\s*$|^\s*(?:如果|一旦|随着|若|假如)")


#: A negation just before a direction word ("不会增加", "没有下降", "并未提高"): it is denied.
_NEGATOR = re.compile(r"[不没未无非](?:会|再|能|曾|有|是|太|断|大)?$")
#: Characters before a direction word in which a negation denies it.
_NEGATION_REACH = 3


def _stances(simple: str) -> dict[str, bool]:
    """Per direction word a sentence uses, whether it is denied (every use of it denied)."""
    out: dict[str, bool] = {}
    for m in _DIRECTION_WORD.finditer(simple):
        denied = bool(_NEGATOR.search(simple[max(0, m.start() - _NEGATION_REACH):m.start()]))
        out[m.group(0)] = out.get(m.group(0), True) and denied
    return out


def flips(a: str, b: str) -> bool:
    """Whether two sentences say one direction of effect the other way round: the same direction
    word, denied in one and not in the other ("夜间开放会增加开支" / "夜间开放不会增加开支")."""
    mine, theirs = _stances(a), _stances(b)
    return any(mine[w] != theirs[w] for w in mine.keys() & theirs.keys())
