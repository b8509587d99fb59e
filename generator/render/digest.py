"""The digest page of one article, from the analysis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from ..analyse.residue import display_text
from ..templating import is_web_url
from ..textutil import html_escape
from .briefing import KIND_LABEL
from .figures import digest_figures, label, owner, as_shown
from .links import paragraph_number
from .markdown import Translate, render_markdown

if TYPE_CHECKING:
    from ..analyse.model import Analysis
    from ..model import Article

__all__ = ["render_digest", "digest_context", "DigestLookup"]


def render_digest(article: Article, analysis: Analysis, articles: Sequence[Article],
                  tr: Translate, env: jinja2.Environment | None = None) -> str:
    """The digest page of one article (``articles/<slug>/digest.md``)."""
    return render_markdown("digest.md.j2", tr, env,
                           **digest_context(article, DigestLookup(analysis, articles), tr))


class DigestLookup:
    """The analysis by key, made once for all the digests of a build (not once per page)."""

    def __init__(self, analysis: Analysis, articles: Sequence[Article]) -> None:
        self.articles = {a.slug: a for a in articles}
        self.digests = {}
        for d in analysis.digests:
            self.digests.setdefault(d.article, d)
        self.points = {p.id: p for p in analysis.points}
        self.categories = {c.id: c.label for c in analysis.categories}
        self.entities = {e.name: e for e in analysis.entities}


def _quotes_with_speakers(article: Article, point, own: list, para) -> list[dict]:
    """The article's quotes of ``point``, each with the speakers the text names for it.

    A point may cite several paragraphs of one article, said by different people (a brokerage in
    ¶5, a company's spokesman in ¶8): a speaker goes with the quote of the paragraph that names
    them, or, said in a lead-in before it (a quotation continued in the next paragraph), with the
    first quote after it; never one name set before every quote."""
    quotes = [dict(para(c.paragraph), quote=display_text(c.quote), speakers=[]) for c in own]

    def number(pid: str) -> int:
        n = paragraph_number(article, pid)
        return n if isinstance(n, int) else 0

    for s in point.speakers:
        if s.article != article.slug or s.kind == "group" or not quotes:
            continue
        at = next((q for q, c in zip(quotes, own) if c.paragraph == s.paragraph), None)
        if at is None:
            after = [q for q, c in zip(quotes, own) if number(c.paragraph) >= number(s.paragraph)]
            at = after[0] if after else quotes[-1]
        if s.name not in at["speakers"]:
            at["speakers"].append(s.name)
    return quotes


def digest_context(article: Article, lookup: DigestLookup, tr: Translate) -> dict:
    """Everything the digest template of ``article`` is given: all it prints comes from here,
    so it keys the page in the render cache (``render/cache.py``)."""
    arts = lookup.articles
    d = lookup.digests.get(article.slug)
    by_id = lookup.points
    cats = lookup.categories

    def para(pid: str) -> dict:
        return {"n": paragraph_number(article, pid), "href": f"index.md#{pid}"}

    points = []
    for pid in (d.points if d else ()):
        p = by_id.get(pid)
        own = [c for c in p.citations if c.article == article.slug] if p else []
        if own:
            # The article's own words, never the point's statement: the statement may be worded
            # from another outlet's sentence, which this article does not contain.
            points.append({"id": p.id, "kind": p.kind,
                           "category": cats.get(p.category, p.category),
                           # (shown alone, as a summary line is: no list number or link word tying it to the
                           # line before, "5、", "此外，"; what remains is still the article's own words)
                           "quotes": _quotes_with_speakers(article, p, own, para),
                           "sources": len(p.articles)})
    related = []
    for r in (d.related if d else ()):
        o = arts.get(r.article)
        if o is not None:
            # No outlet: the title alone (the title used to be printed again as its source).
            related.append({"title": o.title, "script": o.script, "source": o.outlet or "",
                            "href": f"../{o.slug}/digest.md",
                            "points": [by_id[x].statement for x in r.points if x in by_id],
                            "figures": list(r.figures), "entities": list(r.entities)})
    figures = []
    for f in digest_figures(d.figures if d else ()):
        what, is_clause = label(f)
        figures.append(dict(para(f.paragraph), value=as_shown(f.written), kind=f.kind, what=what, clause=is_clause,
                            owner=owner(f, article.script, tr),
                            context="" if is_clause else f.context, source=f.source,
                            also=[para(x) for x in f.also]))
    summary = [dict(para(s.paragraph), text=s.text, pinned=s.pinned, role=s.role,
                    href=f"index.md#{s.paragraph}" if s.paragraph else "")
               for s in (d.summary if d else ())]
    ents = lookup.entities
    people = [{"name": n, "id": ents[n].id, "kind": ents[n].kind}
              for n in (d.entities if d else ()) if n in ents]
    url = Markup(html_escape(article.url) if is_web_url(article.url) else "")
    return dict(a=article, d=d, url=url, summary=summary, figures=figures, people=people,
                points=points, related=related, kind_label=KIND_LABEL)
