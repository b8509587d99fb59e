"""One question, one contention: two contentions that disagree on the same thing in the same way are joined
(any topic; after ``contendtrust`` has kept what a reader can trust).

Every finder builds a contention as a claim (side a: a report, a complaint, a forecast, an effect) and what
meets it (side b: an answer, a denial, a rebuttal, the opposite stance). Two contentions ask one question
when their claims speak of one thing and their answers speak of one thing, each more than of the other's
opposite side: "园区7月31日下午才接到转移通知，来不及搬" / "通知已经尽力逐级下达" in a report and "撤离通知
7月31日傍晚才传到村里，来不及撤出" / "撤离通知已于下午逐户发布" in a wire dispatch are one question, the
warning's timing, seen from two places. Things in common are content words of both (two at least on each
side, not the topic's own names). A holder standing on one side of one and the other side of the other
keeps them apart (they are not one way of disagreeing), and so do two sides that share more with the
other's opposite side than with their own (their claim and answer may be the other way round). The
editor's questions (``taxonomy.contentions``) stay as the editor wrote them; pairs whose sides a "views
differ" sentence announces in no order (``disputemarkers.divided``) are read like any other, by the test
of the crossing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Contention, Side
from .text import content_tokens, to_simplified

__all__ = ["join_questions"]

#: Content words both sides of a kind must share (each of claim/claim and answer/answer).
SHARED = 2
#: A joined side keeps at most this many citations (the page shows a side's sources, not a heap).
MAX_CITATIONS = 8
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _words(side: Side, stop: frozenset) -> frozenset:
    texts = [side.statement]
    out: set[str] = set()
    for t in texts:
        simple = to_simplified(t or "", "zh-Hant")[:400]
        out.update(w for w in content_tokens(simple) if len(w) >= 2 and _CJK.search(w) and w not in stop
                   and not any(w in s or s in w for s in stop if len(s) >= 2))
    return frozenset(out)


def _holders(side: Side) -> set[str]:
    return {to_simplified(sp.name, "zh-Hant") for sp in side.speakers if sp.name}


def _same_question(x, y) -> bool:
    (xa, xb, hxa, hxb), (ya, yb, hya, hyb) = x, y
    if hxa & hyb or hxb & hya:
        return False  # one holder on both sides of the joined question
    aa, bb, ab, ba = len(xa & ya), len(xb & yb), len(xa & yb), len(xb & ya)
    return aa >= SHARED and bb >= SHARED and aa > ab and bb > ba


def _merged(x: Side, y: Side) -> Side:
    cites = list(x.citations)
    for c in y.citations:
        if not any(c.article == d.article and c.paragraph == d.paragraph and (c.quote in d.quote or d.quote in c.quote)
                   for d in cites):
            cites.append(c)
    speakers = tuple({to_simplified(sp.name, "zh-Hant"): sp for sp in reversed(x.speakers + y.speakers)}.values())[::-1]
    points = tuple(dict.fromkeys(x.points + y.points))
    return replace(x, points=points, citations=tuple(cites[:MAX_CITATIONS]), speakers=speakers)


def join_questions(contentions: list[Contention], topic_terms=(), editors=frozenset()) -> list[Contention]:
    """The contentions, those asking one question as another joined into the first of them (its question,
    its sides' statements, the other's sources and holders added); ``editors``: ids of the editor's
    questions, left as they are."""
    stop = frozenset(to_simplified(t, "zh-Hant") for t in topic_terms if t)
    read = [(_words(c.a, stop), _words(c.b, stop), _holders(c.a), _holders(c.b)) for c in contentions]
    into: dict[int, int] = {}
    for j in range(len(contentions)):
        if contentions[j].id in editors:
            continue
        for i in range(j):
            if i in into or contentions[i].id in editors:
                continue
            if _same_question(read[i], read[j]):
                into[j] = i
                # the joined question answers for its new holders too
                read[i] = (read[i][0], read[i][1], read[i][2] | read[j][2], read[i][3] | read[j][3])
                break
    out = list(contentions)
    for j, i in sorted(into.items()):
        c = out[i]
        out[i] = replace(c, a=_merged(c.a, contentions[j].a), b=_merged(c.b, contentions[j].b))
    return [c for k, c in enumerate(out) if k not in into]
