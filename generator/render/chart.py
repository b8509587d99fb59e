"""The briefing chart: points per category per source, as offline SVG (website and PDFs)."""

from __future__ import annotations

from collections import Counter

from ..textutil import html_escape
from .links import source_name as _source_name

__all__ = ["briefing_chart_svg", "CHART_MAX_SOURCES"]

_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
            "#ff9da7", "#9c755f", "#bab0ac")


#: The chart shows at most this many sources (columns): those supporting the most points.
CHART_MAX_SOURCES = 20


def briefing_chart_svg(analysis, articles, tr) -> str:
    """Points per category per source: a dot matrix (rows categories, columns sources), offline SVG.

    Each cell's circle area grows with the number of points of that category the source supports;
    the number is written in the cell too, so the chart reads without colour. Beyond
    ``CHART_MAX_SOURCES`` sources, the columns are the sources supporting the most points (in
    corpus order) and the chart says how many of how many it shows.
    """
    cats = [c for c in analysis.categories if analysis.points_in(c.id)]
    arts = list(articles)
    if not cats or not arts:
        return ""
    shown = {a.slug for a in arts}
    counts: Counter = Counter()  # (category, article) -> points; one pass over the citations
    for c in cats:
        for p in analysis.points_in(c.id):
            for slug in p.articles:
                if slug in shown:
                    counts[(c.id, slug)] += 1
    total = len(arts)
    if total > CHART_MAX_SOURCES:  # a column per source stops being readable: the busiest ones
        per_source = Counter()
        for (_, slug), n in counts.items():
            per_source[slug] += n
        busiest = sorted(range(total), key=lambda i: -per_source[arts[i].slug])[:CHART_MAX_SOURCES]
        arts = [arts[i] for i in sorted(busiest)]
    top = max(counts.values(), default=0) or 1
    left, cell, head = 190, 64, 70
    width = left + cell * len(arts) + 20
    height = head + cell * 0.62 * len(cats) + 30
    row_h = cell * 0.62
    esc = html_escape
    title = tr("各来源支持的要点数（按类别）", "zh-Hans")
    subset = ""
    if len(arts) < total:
        subset = tr(f"支持要点最多的 {len(arts)} 个来源（共 {total} 个）", "zh-Hans")
        title += "：" + subset
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="jf-chart" role="img" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" width="100%" style="max-width:{width:.0f}px;'
           f'font-family:inherit" aria-label="{esc(title)}">',
           f'<title>{esc(title)}</title>']
    if subset:
        out.append(f'<text x="10" y="20" font-size="12" fill="currentColor">{esc(subset)}</text>')
    for j, a in enumerate(arts):
        x = left + cell * j + cell / 2
        label = tr(_source_name(a), a.script)
        label = label if len(label) <= 6 else label[:5] + "…"
        out.append(f'<text x="{x:.0f}" y="{head - 12}" font-size="12" text-anchor="middle" '
                   f'fill="currentColor">{esc(label)}</text>')
    for i, c in enumerate(cats):
        y = head + row_h * i + row_h / 2
        colour = _PALETTE[0] if c.kind == "impact" else _PALETTE[1]
        kind = tr("影响" if c.kind == "impact" else "局限", "zh-Hans")
        out.append(f'<text x="{left - 10}" y="{y + 4:.0f}" font-size="12" text-anchor="end" '
                   f'fill="currentColor">{esc(kind)}·{esc(tr(c.label, "zh-Hans"))}</text>')
        out.append(f'<line x1="{left}" x2="{width - 20}" y1="{y:.0f}" y2="{y:.0f}" '
                   f'stroke="currentColor" stroke-opacity="0.12"/>')
        for j, a in enumerate(arts):
            n = counts[(c.id, a.slug)]
            if not n:
                continue
            x = left + cell * j + cell / 2
            r = 5 + 11 * (n / top) ** 0.5
            out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r:.1f}" fill="{colour}" '
                       f'fill-opacity="0.75"><title>{esc(tr(c.label, "zh-Hans"))} · '
                       f'{esc(tr(_source_name(a), a.script))}: {n}</title></circle>')
            out.append(f'<text x="{x:.0f}" y="{y + 4:.0f}" font-size="11" text-anchor="middle" '
                       f'fill="#fff">{n}</text>')
    legend_y = height - 10
    out.append(f'<circle cx="{left}" cy="{legend_y - 4:.0f}" r="6" fill="{_PALETTE[0]}"/>'
               f'<text x="{left + 10}" y="{legend_y:.0f}" font-size="12" fill="currentColor">'
               f'{esc(tr("影响", "zh-Hans"))}</text>'
               f'<circle cx="{left + 70}" cy="{legend_y - 4:.0f}" r="6" fill="{_PALETTE[1]}"/>'
               f'<text x="{left + 80}" y="{legend_y:.0f}" font-size="12" fill="currentColor">'
               f'{esc(tr("局限", "zh-Hans"))}</text>')
    out.append("</svg>")
    return "".join(out)
