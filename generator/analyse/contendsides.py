"""The sides of a contention, once found: the points citing a side's sentences, a holder standing on
one side only (their sentences on the other side dropped, when it keeps a citation of its own), the
citation a side's statement is made from, and a holder named on both sides listed on neither. A
split of ``contentions``, which applies these to every contention it returns."""

from __future__ import annotations

import re
from dataclasses import replace

from .holdernames import one_of, same_person
from .model import Contention, Point, Side
from .text import to_simplified


def _shared(xs, ys) -> set[str]:
    """The names of ``xs`` naming a person of ``ys`` (a full name and its short form are one)."""
    return {x for x in xs if one_of(x, ys)}


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
        if held[other] and _shared(mine, held[other][source[other]]):
            continue  # the holder states both sides: theirs is neither for sure
        keep = [i for i, h in enumerate(held[other]) if not _shared(h, mine) or i == source[other]]
        if keep and len(keep) < len(held[other]):
            side = sides[other]
            sides[other] = replace(side, citations=tuple(side.citations[i] for i in keep),
                                   speakers=tuple(sp for sp in side.speakers if not one_of(sp.name, mine) or
                                                  any(one_of(sp.name, held[other][i]) for i in keep)))
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
    matched to both, or one of them is another argument): listed on no side, never on both.
    A full name and its short form ("高志远" / "高教授") are one holder."""
    na, nb = [sp.name for sp in c.a.speakers], [sp.name for sp in c.b.speakers]
    both = _shared(na, nb) | _shared(nb, na)
    if not both:
        return c
    a = replace(c.a, speakers=tuple(sp for sp in c.a.speakers if sp.name not in both))
    b = replace(c.b, speakers=tuple(sp for sp in c.b.speakers if sp.name not in both))
    return replace(c, a=a, b=b)


def one_person(c: Contention, held_by) -> bool:
    """Whether both sides of a contention are one person's words: every citation of both sides held
    by that person alone, under any of their names (a full name and its short form, "高志远" /
    "高教授", are one). Such a pair is a nuance of one argument, never a contention."""
    names = [sp.name for side in (c.a, c.b) for sp in side.speakers]
    held = [held_by(x) for side in (c.a, c.b) for x in side.citations]
    if not held or not all(held):
        return False  # a sentence of someone else, or of nobody named (the reporter's own)
    names += [n for h in held for n in h]
    first = names[0]
    return all(same_person(first, n) for n in names)
