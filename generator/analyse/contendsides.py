"""The sides of a contention, once found: the points citing a side's sentences, a holder standing on
one side only (their sentences on the other side dropped, when it keeps a citation of its own), the
citation a side's statement is made from, and a holder named on both sides listed on neither. A
split of ``contentions``, which applies these to every contention it returns."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Contention, Point, Side
from .text import to_simplified


def _points_citing(cites, points: list[Point]) -> tuple[str, ...]:
    """The points citing one of a side's sentences."""
    out = []
    for p in points:
        if any(x.article == c.article and x.paragraph == c.paragraph and (x.quote in c.quote or c.quote in x.quote)
               for x in p.citations for c in cites) and p.id not in out:
            out.append(p.id)
    return tuple(out)


def _one_side_each(c: Contention, held_by) -> Contention:
    """A holder stands on one side: the side whose statement is theirs (its source citation's holder);
    their sentences on the other side (a nuance or concession of their own argument: "林园认为…可能被
    取代" and "在他看来，…可以创造新职业") are dropped from it, when it keeps a citation of its own."""
    sides = {"a": c.a, "b": c.b}
    held = {k: [held_by(x) for x in side.citations] for k, side in sides.items()}
    source = {k: _source(side) for k, side in sides.items()}
    for k, other in (("a", "b"), ("b", "a")):
        if not held[k] or not held[k][source[k]]:
            continue
        mine = held[k][source[k]]
        if held[other] and mine & held[other][source[other]]:
            continue  # the holder states both sides: theirs is neither for sure
        keep = [i for i, h in enumerate(held[other]) if not (h & mine) or i == source[other]]
        if keep and len(keep) < len(held[other]):
            side = sides[other]
            sides[other] = replace(side, citations=tuple(side.citations[i] for i in keep),
                                   speakers=tuple(sp for sp in side.speakers if sp.name not in mine or
                                                  any(sp.name in held[other][i] for i in keep)))
            held[other] = [held[other][i] for i in keep]
            source[other] = keep.index(source[other]) if source[other] in keep else 0
    return replace(c, a=sides["a"], b=sides["b"])


def _source(side: Side) -> int:
    """The citation a side's statement is made from: the one sharing the most pairs of characters with it."""
    def pairs(t: str) -> set[str]:
        t = re.sub(r"[^\u4e00-\u9fff]", "", to_simplified(t, "zh-Hant"))
        return {t[i:i + 2] for i in range(len(t) - 1)}
    want = pairs(side.statement)
    scores = [len(want & pairs(x.quote)) for x in side.citations]
    return max(range(len(scores)), key=lambda i: (scores[i], -i)) if scores else 0


def _distinct_holders(c: Contention) -> Contention:
    """A holder named on both sides of a question holds neither for sure (their words were
    matched to both, or one of them is another argument): listed on no side, never on both."""
    both = {sp.name for sp in c.a.speakers} & {sp.name for sp in c.b.speakers}
    if not both:
        return c
    a = replace(c.a, speakers=tuple(sp for sp in c.a.speakers if sp.name not in both))
    b = replace(c.b, speakers=tuple(sp for sp in c.b.speakers if sp.name not in both))
    return replace(c, a=a, b=b)
