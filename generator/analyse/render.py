"""Markdown for the briefing, digest and entities pages of one locale, through Jinja2 templates.

Article text is data: it reaches a template only as a variable and leaves it through the ``t``
filter (``tr`` into the page's locale, then ``md_escape``), so nothing from an article can become
HTML, script, Markdown syntax or template code. UI labels are zh-Hans and go through ``tr`` too.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import jinja2

from ..textutil import html_escape, md_escape
from .model import Analysis

__all__ = ["render_briefing", "render_digest", "render_entities", "briefing_chart_svg",
           "TEMPLATES"]

#: Where the page templates live (``templates/*.md.j2`` at the project root).
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@lru_cache(maxsize=4)
def _env(folder: str) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=False,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True,
                             # '{#' starts Markdown attribute ids ({#pt-…}): comments use '{##'
                             comment_start_string="{##", comment_end_string="##}")
    env.filters["esc"] = md_escape
    return env


def _render(name: str, tr, **context) -> str:
    env = _env(str(TEMPLATES))
    template = env.get_template(name)

    def t(text, script="zh-Hans"):
        return md_escape(tr(str(text), script)) if text else ""

    def ui(text):
        return tr(text, "zh-Hans")

    marks = tr("“引”", "zh-Hans")  # the page's quotation marks: “” for zh-Hans, 「」 for zh-Hant
    out = template.render(tr=tr, t=t, ui=ui, lq=marks[0], rq=marks[-1], **context)
    lines: list[str] = []
    for line in out.splitlines():
        line = line.rstrip()
        # Markdown needs a blank line before a heading and after a list or table
        if lines and lines[-1] and (line.startswith("#") or (
                not line.startswith(("- ", "|", "  ")) and lines[-1].startswith(("- ", "|"))
                and line and not line[0].isdigit())):
            lines.append("")
        lines.append(line)
    text = "\n".join(lines).strip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def _articles(articles) -> dict:
    return {a.slug: a for a in articles}


def _source_name(a) -> str:
    """Short reader label of an article: its outlet, else its title."""
    return a.outlet or a.title


def _cites(citations, arts, prefix: str) -> list[dict]:
    out = []
    for c in citations:
        a = arts.get(c.article)
        if a is None:
            continue
        para = next((p for p in a.paragraphs if p.id == c.paragraph), None)
        out.append({"source": _source_name(a), "script": a.script, "quote": c.quote,
                    "n": para.n if para else "", "href": f"{prefix}{a.slug}/index.md#{c.paragraph}",
                    "title": a.title})
    return out


def _speakers(point, arts) -> list[dict]:
    out = []
    for s in point.speakers:
        a = arts.get(s.article)
        out.append({"name": s.name, "role": s.role, "script": a.script if a else "zh-Hans",
                    "group": s.group_label})
    return out


def _point_view(p, arts, prefix: str) -> dict:
    return {"id": p.id, "statement": p.statement, "sources": len(p.articles),
            "cites": _cites(p.citations, arts, prefix), "speakers": _speakers(p, arts),
            "pinned": p.pinned, "edited": p.edited}


def _key_figures(analysis: Analysis, arts, limit: int = 16) -> list[dict]:
    """Figures grouped by value across sources; ranked by how many sources give them and whether
    they sit in a cited paragraph."""
    cited = {(c.article, c.paragraph) for p in analysis.points for c in p.citations}
    groups: dict[str, list] = {}
    for f in analysis.figures:
        if f.kind == "count":
            continue
        groups.setdefault(f.key, []).append(f)
    ranked = sorted(groups.values(), key=lambda fs: (
        -len({f.article for f in fs}),
        -sum((f.article, f.paragraph) in cited for f in fs),
        -({"money": 3, "percent": 2, "multiple": 2, "quantity": 2, "duration": 1}.get(fs[0].kind, 0)),
        fs[0].article, fs[0].paragraph))
    rows = []
    for fs in ranked[:limit]:
        first = fs[0]
        a = arts[first.article]
        seen, srcs = set(), []
        for f in fs:
            if f.article in seen:
                continue
            seen.add(f.article)
            fa = arts[f.article]
            srcs.append({"source": _source_name(fa), "script": fa.script,
                         "href": f"articles/{fa.slug}/index.md#{f.paragraph}"})
        rows.append({"value": first.value + first.unit, "script": a.script, "kind": first.kind,
                     "context": first.context, "sources": srcs})
    return rows


_URL = re.compile(r"https?://[^\s<>\"'`]+$")
_KIND_LABEL = {"money": "金额", "percent": "百分比", "multiple": "倍数", "duration": "时长",
               "quantity": "数量", "count": "计数", "date": "日期"}


def render_briefing(analysis: Analysis, articles, tr) -> str:
    """The briefing page (``briefing.md``) in the locale ``tr`` converts into."""
    arts = _articles(articles)
    ov = analysis.overview
    sections = []
    for kind in ("impact", "limit"):
        cats = []
        for cat in analysis.categories:
            if cat.kind != kind:
                continue
            pts = [_point_view(p, arts, "articles/") for p in analysis.points_in(cat.id)]
            if pts:
                cats.append({"id": cat.id, "label": cat.label, "description": cat.description,
                             "points": pts})
        sections.append({"kind": kind, "cats": cats})
    by_id = {p.id: p for p in analysis.points}
    contentions = []
    for c in analysis.contentions:
        sides = []
        for side in (c.a, c.b):
            sides.append({"label": side.label,
                          "points": [{"id": pid, "statement": by_id[pid].statement}
                                     for pid in side.points if pid in by_id],
                          "cites": _cites(side.citations, arts, "articles/")})
        contentions.append({"id": c.id, "topic": c.topic, "sides": sides,
                            "sources": len(c.articles)})
    events = []
    for e in analysis.events:
        a = arts.get(e.article)
        if a is None:
            continue
        others = [arts[x.article] for x in e.also if x.article in arts and x.article != e.article]
        events.append({"date": e.date, "inferred": e.inferred, "text": e.text, "script": a.script,
                       "sources": [{"source": _source_name(a), "script": a.script,
                                    "href": f"articles/{a.slug}/index.md#{e.paragraph}"}] +
                                  [{"source": _source_name(o), "script": o.script,
                                    "href": f"articles/{o.slug}/index.md#{x.paragraph}"}
                                   for o, x in zip(others, [x for x in e.also if x.article in arts
                                                            and x.article != e.article])]})
    takeaways = [_point_view(by_id[pid], arts, "articles/") for pid in ov.takeaways if pid in by_id]
    counts = Counter(p.kind for p in analysis.points)
    multi = sum(1 for p in analysis.points if len(p.articles) > 1)
    return _render(
        "briefing.md.j2", tr, overview=ov, sections=sections, contentions=contentions,
        figures=_key_figures(analysis, arts), kind_label=_KIND_LABEL, events=events,
        takeaways=takeaways, counts=counts, multi=multi, method=analysis.method,
        chart=briefing_chart_svg(analysis, articles, tr),
        sources=[{"name": _source_name(a), "script": a.script, "title": a.title,
                  "href": f"articles/{a.slug}/index.md", "date": a.date or ""} for a in articles],
        cat_labels={c.id: c.label for c in analysis.categories})


def render_digest(article, analysis: Analysis, articles, tr) -> str:
    """The digest page of one article (``articles/<slug>/digest.md``)."""
    arts = _articles(articles)
    d = analysis.digest(article.slug)
    by_id = {p.id: p for p in analysis.points}
    cats = {c.id: c.label for c in analysis.categories}
    points = []
    for pid in (d.points if d else ()):
        p = by_id.get(pid)
        if p:
            mine = [c for c in p.citations if c.article == article.slug]
            points.append({"id": p.id, "kind": p.kind, "statement": p.statement,
                           "category": cats.get(p.category, p.category),
                           "paras": [{"n": _n(article, c.paragraph), "href": f"index.md#{c.paragraph}"}
                                     for c in mine],
                           "sources": len(p.articles)})
    related = []
    for r in (d.related if d else ()):
        o = arts.get(r.article)
        if o is None:
            continue
        related.append({"title": o.title, "script": o.script, "source": _source_name(o),
                        "href": f"../{o.slug}/digest.md",
                        "points": [by_id[x].statement for x in r.points if x in by_id],
                        "figures": list(r.figures), "entities": list(r.entities)})
    figures = [{"value": f.value + f.unit, "kind": f.kind, "context": f.context,
                "href": f"index.md#{f.paragraph}", "n": _n(article, f.paragraph)}
               for f in (d.figures if d else ()) if f.kind != "count" or len(d.figures) < 12]
    summary = [{"text": s.text, "href": f"index.md#{s.paragraph}" if s.paragraph else "",
                "n": _n(article, s.paragraph), "pinned": s.pinned} for s in (d.summary if d else ())]
    ents = {e.name: e for e in analysis.entities}
    people = [{"name": n, "id": ents[n].id, "kind": ents[n].kind} for n in (d.entities if d else ())
              if n in ents]
    url = article.url if article.url and _URL.match(article.url) else ""
    return _render("digest.md.j2", tr, a=article, d=d, url=html_escape(url), summary=summary, figures=figures,
                   people=people, points=points, related=related, kind_label=_KIND_LABEL)


def _n(article, pid: str):
    for p in article.paragraphs:
        if p.id == pid:
            return p.n
    return ""


def render_entities(analysis: Analysis, articles, tr) -> str:
    """The index of people and organisations (``entities.md``), every mention linked."""
    arts = _articles(articles)
    groups = []
    for kind, label in (("person", "人物"), ("org", "机构")):
        rows = []
        for e in sorted((e for e in analysis.entities if e.kind == kind),
                        key=lambda e: (-len(e.mentions), e.name)):
            mentions = []
            for m in e.mentions:
                a = arts.get(m.article)
                if a is None:
                    continue
                mentions.append({"source": _source_name(a), "script": a.script,
                                 "n": _n(a, m.paragraph),
                                 "href": f"articles/{a.slug}/index.md#{m.paragraph}"})
            rows.append({"id": e.id, "name": e.name, "role": e.role, "mentions": mentions,
                         "articles": len(e.articles)})
        groups.append({"label": label, "rows": rows})
    return _render("entities.md.j2", tr, groups=groups)


_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
            "#ff9da7", "#9c755f", "#bab0ac")


#: The chart shows at most this many sources (columns): those supporting the most points.
CHART_MAX_SOURCES = 20


def briefing_chart_svg(analysis: Analysis, articles, tr) -> str:
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
