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


def _quotes_by_paragraph(side: tuple[Citation, ...]) -> dict[tuple[str, str], list[str]]:
    """A side's quotes by (article, paragraph): ``_on`` looks at no other citation of the side."""
    out: dict[tuple[str, str], list[str]] = {}
    for x in side:
        out.setdefault((x.article, x.paragraph), []).append(x.quote)
    return out


def _on_any(c: Citation, quotes: dict[tuple[str, str], list[str]]) -> bool:
    """``_on(c, side)`` with the side's quotes by paragraph (``_quotes_by_paragraph``)."""
    return any(c.quote in q or q in c.quote for q in quotes.get((c.article, c.paragraph), ()))


def split_sides(points: list[Point], contentions: list[Contention]) -> tuple[list[Point], list[Contention]]:
    """The points with no citation standing on the side opposite to their own, and the contentions whose sides
    list only the points still citing them."""
    out = []
    # (each side's citations by paragraph, read once: every point is tried against every contention)
    sides = [(_quotes_by_paragraph(c.a.citations), _quotes_by_paragraph(c.b.citations)) for c in contentions]
    for p in points:
        cites = p.citations
        for side_a, side_b in sides:
            on_a = [x for x in cites if _on_any(x, side_a)]
            if not on_a:
                continue
            on_b = [x for x in cites if _on_any(x, side_b)]
            if not on_b:
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
