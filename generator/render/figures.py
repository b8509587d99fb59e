"""Key figures: the numbers the briefing shows, ranked once for the website and the PDFs."""

from __future__ import annotations

__all__ = ["key_figures", "KIND_WEIGHT"]

#: Which kinds of figure say most about a topic (higher first); counts are never key figures.
KIND_WEIGHT = {"money": 3, "percent": 2, "multiple": 2, "quantity": 2, "duration": 1}


def key_figures(analysis) -> list[list]:
    """Figures grouped by value (``Figure.key``), the groups ranked: given by more sources first,
    then more often in a paragraph the briefing cites, then by kind (money, percent …), then by
    where the first one stands. Each group lists its figures in corpus order; counts are left out."""
    cited = {(c.article, c.paragraph) for p in analysis.points for c in p.citations}
    groups: dict[str, list] = {}
    for f in analysis.figures:
        if f.kind == "count":
            continue
        groups.setdefault(f.key, []).append(f)
    return sorted(groups.values(), key=lambda fs: (
        -len({f.article for f in fs}),
        -sum((f.article, f.paragraph) in cited for f in fs),
        -KIND_WEIGHT.get(fs[0].kind, 0),
        fs[0].article, fs[0].paragraph))
