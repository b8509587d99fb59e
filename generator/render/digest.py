"""The digest page of one article, from the analysis."""

from __future__ import annotations

import jinja2
from markupsafe import Markup

from ..templating import is_web_url
from ..textutil import html_escape
from .briefing import KIND_LABEL
from .links import paragraph_number, source_name
from .markdown import render_markdown

__all__ = ["render_digest"]

#: Below this many figures in an article, its counts are listed among its key figures too.
ALL_FIGURES_BELOW = 12


def render_digest(article, analysis, articles, tr, env: jinja2.Environment | None = None) -> str:
    """The digest page of one article (``articles/<slug>/digest.md``)."""
    arts = {a.slug: a for a in articles}
    d = analysis.digest(article.slug)
    by_id = {p.id: p for p in analysis.points}
    cats = {c.id: c.label for c in analysis.categories}

    def para(pid: str) -> dict:
        return {"n": paragraph_number(article, pid), "href": f"index.md#{pid}"}

    points = []
    for pid in (d.points if d else ()):
        p = by_id.get(pid)
        if p:
            points.append({"id": p.id, "kind": p.kind, "statement": p.statement,
                           "category": cats.get(p.category, p.category),
                           "paras": [para(c.paragraph) for c in p.citations
                                     if c.article == article.slug],
                           "sources": len(p.articles)})
    related = []
    for r in (d.related if d else ()):
        o = arts.get(r.article)
        if o is not None:
            related.append({"title": o.title, "script": o.script, "source": source_name(o),
                            "href": f"../{o.slug}/digest.md",
                            "points": [by_id[x].statement for x in r.points if x in by_id],
                            "figures": list(r.figures), "entities": list(r.entities)})
    figures = [dict(para(f.paragraph), value=f.value + f.unit, kind=f.kind, context=f.context)
               for f in (d.figures if d else ())
               if f.kind != "count" or len(d.figures) < ALL_FIGURES_BELOW]
    summary = [dict(para(s.paragraph), text=s.text, pinned=s.pinned,
                    href=f"index.md#{s.paragraph}" if s.paragraph else "")
               for s in (d.summary if d else ())]
    ents = {e.name: e for e in analysis.entities}
    people = [{"name": n, "id": ents[n].id, "kind": ents[n].kind}
              for n in (d.entities if d else ()) if n in ents]
    url = Markup(html_escape(article.url) if is_web_url(article.url) else "")
    return render_markdown("digest.md.j2", tr, env, a=article, d=d, url=url, summary=summary,
                           figures=figures, people=people, points=points, related=related,
                           kind_label=KIND_LABEL)
