"""What the points cap left out, for the editor (issue 13, property 3).

When more candidate points stand than the briefing may show (``MAX_POINTS``), the points that
state one claim are merged first (``capmerge``) and then the weakest go. A reader must be told
that some were left out and an editor must be able to see which, to pin one back
(``content/overrides.yml``, by its id). ``left_out`` lists the points the cap dropped: those of
the points before the cap that are not in the briefing and whose quotes no kept point carries
(a point merged into another is in the briefing through it), strongest first.
"""

from __future__ import annotations

from .model import Point

__all__ = ["left_out"]


def left_out(before: list[Point], after: list[Point], removed: frozenset = frozenset()) -> list[dict]:
    """The points of ``before`` the cap dropped, as plain records (id, kind, category, statement,
    number of sources), most sources first then by score. ``removed``: ids taken out for another
    reason (a contention's side that only mocks it), which are not the cap's doing."""
    kept_ids = {p.id for p in after}
    carried = {(c.article, c.paragraph) for p in after for c in p.citations}
    out = []
    for p in before:
        if p.id in kept_ids or p.id in removed:
            continue
        if p.citations and all((c.article, c.paragraph) in carried for c in p.citations):
            continue  # merged into a kept point: its sources are cited there
        out.append(p)
    out.sort(key=lambda p: (-len(p.articles), -p.score, p.id))
    return [{"id": p.id, "kind": p.kind, "category": p.category, "statement": p.statement,
             "sources": len(p.articles)} for p in out]
