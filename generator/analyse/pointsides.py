"""A point's support shares its stance: a point citing both sides of a contention is two opposed views merged.

The grouping joins sentences by their words; two holders saying opposite things of one subject ("整体压力可控" /
"对这一点我不完全同意…再收窄12至15个基点") share those words. Once a contention sets them on two sides, a point
citing both is no corroboration: the point keeps the side its own statement (its lead citation) stands on and
loses the other's citations (shown in the contention); a point whose lead stands on neither side keeps neither
(fail clean: one source shown rather than an opposed one counted as support). Holders who spoke only in a
citation that left go with it.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Citation, Contention, Point

__all__ = ["split_sides"]


def _on(c: Citation, side: tuple[Citation, ...]) -> bool:
    """Whether a point's citation is one a side cites (same paragraph, one quote inside the other)."""
    return any(c.article == x.article and c.paragraph == x.paragraph and (c.quote in x.quote or x.quote in c.quote)
               for x in side)


def split_sides(points: list[Point], contentions: list[Contention]) -> tuple[list[Point], list[Contention]]:
    """The points with no citation standing on the side opposite to their own, and the contentions whose sides
    list only the points still citing them."""
    out = []
    for p in points:
        cites = p.citations
        for c in contentions:
            on_a = [x for x in cites if _on(x, c.a.citations)]
            on_b = [x for x in cites if _on(x, c.b.citations)]
            if not on_a or not on_b:
                continue
            lead = cites[0]
            if lead in on_a and lead not in on_b:
                gone = set(on_b)
            elif lead in on_b and lead not in on_a:
                gone = set(on_a)
            else:
                gone = set(on_a + on_b) - {lead}
            cites = tuple(x for x in cites if x not in gone)
        if cites != p.citations and cites:
            kept = {(x.article, x.paragraph) for x in cites}
            speakers = tuple(sp for sp in p.speakers if not sp.article or (sp.article, sp.paragraph) in kept)
            p = replace(p, citations=cites, speakers=speakers)
        out.append(p)
    by_id = {p.id: p for p in out}

    def citing(side):
        return replace(side, points=tuple(pid for pid in side.points if pid not in by_id or
                                          any(_on(x, side.citations) for x in by_id[pid].citations)))

    return out, [replace(c, a=citing(c.a), b=citing(c.b)) for c in contentions]
