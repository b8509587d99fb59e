"""The print content model: everything the print templates show, converted into one locale.

Pure functions of the build result: article text is converted from the article's own script,
generated text (statements, labels) from zh-Hans, and every cross-reference is resolved to an
anchor that exists in the document it is printed in. The PDFs (``generator.pdf``) render it with
the print templates on the one environment; the briefing's figures are ranked and its chart drawn
as on the website.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from markupsafe import Markup

from ..analyse.residue import display_text
from .briefing import shown_date
from .chart import briefing_chart_svg, sanitise_svg
from .figures import digest_figures, key_figures, label, owner, as_shown
from .print_model import (BRIEF_LIMITS, Limits, PrintArticle, Ref, anchor, flat, safe_url,
                          short_title, source_date, table_rows)

if TYPE_CHECKING:
    from ..analyse.model import Analysis, Citation
    from ..pipeline import BuildResult, Settings

__all__ = ["Context", "build_context", "chart_svg", "source_date"]


class Context:
    """Builds the template context of one locale (both documents share it)."""

    def __init__(self, result: BuildResult, settings: Settings, locale: str) -> None:
        self.locale = locale
        self.analysis: Analysis = result.analysis
        self._tr = result.converter.to_locale(locale)
        self.settings = settings
        self.articles = [self._article(i, a) for i, a in enumerate(result.articles)]
        self.by_slug = {a.slug: a for a in self.articles}
        self._paras = {(a.slug, b["id"]): b for a in self.articles for b in a.blocks
                       if b["kind"] == "p"}
        self.cited: dict[tuple[str, str], list[str]] = {}
        """Paragraphs the briefing cites, with the quoted words (for the brief's appendix)."""

    # -- conversion ---------------------------------------------------------------------------
    def tr(self, text, script: str = "zh-Hans") -> str:
        """Convert text written in ``script`` into this locale, as one line."""
        return flat(self._tr(str(text), script)) if text else ""

    def tg(self, text) -> str:
        """Convert generated text (written in zh-Hans)."""
        return self.tr(text, "zh-Hans")

    def _script(self, slug: str) -> str:
        art = self.by_slug.get(slug)
        return art.script if art else "zh-Hans"

    def ta(self, text, slug: str) -> str:
        """Convert text quoted from an article (in that article's script)."""
        art = self.by_slug.get(slug)
        return self.tr(text, art.script if art else "zh-Hans")

    # -- articles -----------------------------------------------------------------------------
    def _article(self, index: int, art) -> PrintArticle:
        script = art.script or "zh-Hans"

        def tr(text):
            return self.tr(text, script)

        title = tr(art.title) or art.slug
        outlet = tr(art.outlet)
        month = str(art.date or "")[:7]
        ref_label = " ".join(x for x in (outlet or short_title(title, 12), month) if x)
        out = PrintArticle(index=index, slug=art.slug, anchor=anchor(index), title=title,
                           header=short_title(title), outlet=outlet, author=tr(art.author),
                           date=str(art.date or ""), url=safe_url(art.url), source=art.source,
                           script=script, label=ref_label)
        for block in art.blocks:
            item = {"kind": block.kind, "id": block.id, "n": block.n, "text": tr(block.text),
                    "anchor": anchor(index, block.id) if block.id else ""}
            if block.kind == "table":
                item["rows"] = [[tr(c) for c in row] for row in table_rows(block.text)]
                item["text"] = ""
            out.blocks.append(item)
        out.paragraphs = sum(1 for b in out.blocks if b["kind"] == "p")
        return out

    # -- references -----------------------------------------------------------------------------
    def ref(self, slug: str, paragraph: str, prefix: str = "", quote: str = "") -> Ref | None:
        """A short reference to a paragraph, or None when the paragraph does not exist."""
        art = self.by_slug.get(slug)
        block = self._paras.get((slug, paragraph))
        if art is None or block is None:
            return None
        quotes = self.cited.setdefault((slug, paragraph), [])
        if quote and quote not in quotes:
            quotes.append(quote)
        return Ref(label=f"{art.label} ¶{block['n']}", href="#" + anchor(art.index, paragraph, prefix),
                   article=slug, paragraph=paragraph, n=block["n"])

    def refs(self, citations: "tuple[Citation, ...] | list[Citation]", prefix: str = "") -> list[Ref]:
        """References for citations, one per distinct paragraph, in order."""
        out, seen = [], set()
        for c in citations:
            key = (c.article, c.paragraph)
            if key in seen:
                continue
            seen.add(key)
            r = self.ref(*key, prefix=prefix, quote=c.quote)
            if r is not None:
                out.append(r)
        return out

    # -- the briefing -----------------------------------------------------------------------------
    def briefing(self, prefix: str, limits: "Limits | None" = None) -> dict:
        """Points by kind and category, contentions, figures, events; refs link to ``prefix``+anchor.

        With ``limits`` (the brief) only the strongest points, figures and events are kept.
        """
        an = self.analysis
        lim = limits or Limits()
        ordered = sorted(an.points, key=lambda p: (not p.pinned, -p.score))
        points = {p.id: p for p in ordered}
        takeaway_ids = [t for t in an.overview.takeaways if t in points]
        takeaways = [self._point(points[t], prefix, lim.refs) for t in takeaway_ids]
        kinds = []
        known = {c.id for c in an.categories}
        for kind, heading in (("impact", "影响"), ("limit", "局限")):
            groups = [(cat.id, cat.label, cat.description) for cat in an.categories
                      if cat.kind == kind]
            groups.append((f"{kind}-other", "其他", ""))
            cats = []
            for cid, clabel, desc in groups:
                members = [p for p in ordered if p.kind == kind and (
                    p.category == cid if cid in known else p.category not in known)]
                if limits is not None:
                    # The brief: takeaways are already shown above, so skip them here.
                    members = [p for p in members if p.id not in takeaway_ids]
                if not members:
                    continue
                shown = members[:lim.per_category] if lim.per_category else members
                cats.append({"id": cid, "label": self.tg(clabel), "description": self.tg(desc),
                             "points": [self._point(p, prefix, lim.refs) for p in shown],
                             "more": len(members) - len(shown)})
            kinds.append({"kind": kind, "id": kind, "label": self.tg(heading), "categories": cats})
        contentions = []
        for con in an.contentions:
            sides = []
            for side in (con.a, con.b):
                cites = list(side.citations)
                for pid in side.points:
                    if pid in points:
                        cites += list(points[pid].citations)
                refs = self.refs(cites, prefix)
                speakers = []
                for s in side.speakers:
                    name, role = self.ta(s.name, s.article), self.ta(s.role, s.article)
                    speakers.append(f"{name}（{role}）" if role else name)
                sides.append({"label": self.tg(side.label), "statement": self.tg(side.statement),
                              "speakers": list(dict.fromkeys(speakers)),
                              "refs": refs[:lim.refs] if lim.refs else refs})
            contentions.append({"id": con.id, "topic": self.tg(con.topic), "sides": sides})
        # The brief: the key figures, ranked as on the website's briefing (one per value).
        figures = [fs[0] for fs in key_figures(an)] if limits is not None \
            else list(an.figures)
        events = sorted(an.events, key=lambda e: str(e.date))
        # the story's open question closes the takeaways (the overview's contention)
        question = next(({"topic": c["topic"], "a": c["sides"][0]["label"], "b": c["sides"][1]["label"]}
                         for c in contentions if c["id"] == an.overview.question), None) if takeaways else None
        return {"kinds": kinds, "takeaways": takeaways, "question": question,
                "contentions": contentions,
                "figures": self.figures(figures, prefix, lim.figures),
                "events": self.events(events, prefix, lim.events, lim.refs),
                "point_ids": set(points)}

    def _point(self, p, prefix: str, max_refs: int = 0) -> dict:
        speakers = []
        for s in p.speakers:
            name = self.ta(s.name, s.article)
            role = self.ta(s.role, s.article)
            speakers.append(f"{name}（{role}）" if role else name)
        return {"id": p.id, "kind": p.kind, "statement": self.tg(p.statement),
                "refs": self.refs(p.citations, prefix)[:max_refs or None], "speakers": list(dict.fromkeys(speakers)),
                "pinned": p.pinned, "differs": self._differs(p, prefix)}

    def _differs(self, p, prefix: str) -> list[dict]:
        """Per figure or date the point's outlets give differently: its label and each outlet's value with its reference."""
        out = []
        for d in p.differs:
            values = [(self.ta(v, c.article), self.ref(c.article, c.paragraph, prefix, quote=c.quote)) for v, c in d.values]
            values = [{"value": v, "ref": r} for v, r in values if r is not None]
            if len(values) >= 2:
                out.append({"label": self.tg("各来源数字不一" if d.kind == "figure" else "各来源日期不一"), "values": values})
        return out

    def figures(self, figures, prefix: str, limit: int | None = None) -> list[dict]:
        out = []
        for f in figures or ():
            ref = self.ref(f.article, f.paragraph, prefix, quote=f.context)
            if ref is None:
                continue
            what, is_clause = label(f)
            out.append({"value": self.ta(as_shown(f.written), f.article),
                        "what": (self.tg(owner(f, self._script(f.article), self.tr) + "：")
                                 if owner(f, self._script(f.article), self.tr) else "") + self.ta(what, f.article)
                        if is_clause else self.tg(what),
                        "context": "" if is_clause else self.ta(f.context, f.article), "ref": ref})
        return out[:limit] if limit else out

    def events(self, events, prefix: str, limit: int = 0, max_refs: int = 0) -> list[dict]:
        out = []
        for e in events or ():
            if getattr(e, "person", ""):
                continue  # a step of a person's life: shown with the person, not on the timeline
            ref = self.ref(e.article, e.paragraph, prefix, quote=e.text)
            if ref is None:
                continue
            also = self.refs(e.also, prefix)
            # outlets that give the event another day: each day with its outlet's reference, as on the site
            disputed = [{"date": d.date, "ref": r} for d in getattr(e, "disputed", ())
                        for r in [self.ref(d.article, d.paragraph, prefix)] if r is not None]
            out.append({"date": shown_date(e), "inferred": e.inferred,
                        "approximate": e.precision == "approximate", "forecast": e.forecast,
                        "text": self.ta(e.text, e.article), "refs": ([ref] + also)[:max_refs or None],
                        "disputed": disputed, "disputed_label": self.tg("各来源日期不一") if disputed else ""})
        return out[:limit] if limit else out

    # -- compendium-only parts -----------------------------------------------------------------
    def digests(self) -> list[dict]:
        an = self.analysis
        out = []
        for art in self.articles:
            d = an.digest(art.slug)
            if d is None:
                continue
            summary = []
            for s in d.summary:
                summary.append({"text": self.ta(s.text, art.slug),
                                "ref": self.ref(art.slug, s.paragraph) if s.paragraph else None})
            points = []
            for pid in d.points:
                p = an.point(pid)
                own = [c for c in p.citations if c.article == art.slug] if p is not None else []
                if own:  # the article's own words: the point's statement may be another outlet's
                    points.append({"href": f"#{pid}", "statement": self.ta(display_text(own[0].quote), art.slug),
                                   "ref": self.ref(art.slug, own[0].paragraph)})
            related = []
            for r in d.related:
                other = self.by_slug.get(r.article)
                if other is not None:
                    related.append({"href": f"#{other.anchor}", "title": other.title,
                                    "label": other.label})
            out.append({"article": art, "id": f"d-{art.anchor}", "summary": summary,
                        "figures": self.figures(digest_figures(d.figures), ""),
                        "entities": [self.tg(e) for e in d.entities],
                        "keywords": [self.tg(k) for k in d.keywords],
                        "points": points, "related": related,
                        "minutes": d.reading_minutes})
        return out

    def index(self) -> list[dict]:
        """People and organisations with references to every paragraph that names them."""
        an = self.analysis
        out = []
        for ent in an.entities:
            groups: dict[str, list[Ref]] = {}
            seen = set()
            for m in ent.mentions:
                if (m.article, m.paragraph) in seen:
                    continue
                seen.add((m.article, m.paragraph))
                ref = self.ref(m.article, m.paragraph)
                if ref is not None:
                    groups.setdefault(m.article, []).append(ref)
            if not groups:
                continue
            out.append({"name": self.tg(ent.name), "kind": ent.kind, "role": self.tg(ent.role),
                        "groups": [{"article": self.by_slug[slug], "refs": refs}
                                   for slug, refs in groups.items()]})
        out.sort(key=lambda e: (e["kind"] != "person", e["name"]))
        return out

    def cited_paragraphs(self, limit: int = 160) -> list[dict]:
        """The paragraphs the briefing cites, by article in corpus order (the brief's appendix).

        Each shows the quoted words (converted), or the paragraph's start when nothing is quoted.
        """
        groups = []
        for art in self.articles:
            paras = []
            for b in art.blocks:
                quotes = self.cited.get((art.slug, b["id"])) if b["kind"] == "p" else None
                if quotes is None:
                    continue
                text = "……".join(self.ta(q, art.slug) for q in quotes) if quotes else b["text"]
                if len(text) > limit:
                    text = text[:limit] + "……"
                paras.append(dict(b, text=text, anchor=anchor(art.index, b["id"], "c-")))
            if paras:
                groups.append({"article": art, "paragraphs": paras})
        return groups


def build_context(result: BuildResult, settings: Settings, locale: str, kind: str,
                  family: str = "") -> dict:
    """The template context of one document (``brief`` or ``compendium``) in one locale."""
    total = len(result.articles)
    limit = settings.pdf_max_articles
    if kind == "compendium" and limit and total > limit:
        result = _most_recent(result, limit)
    ctx = Context(result, settings, locale)
    overview = ctx.analysis.overview
    dates = sorted(a.date for a in ctx.articles if a.date)
    date_from = overview.date_from or (dates[0] if dates else "")
    date_to = overview.date_to or (dates[-1] if dates else "")
    outlets = list(dict.fromkeys(a.outlet for a in ctx.articles if a.outlet))
    # In the compendium, briefing references point at the full articles; in the brief, at
    # its own appendix of cited paragraphs (``#c-a3-p12``).
    briefing = ctx.briefing("", None) if kind == "compendium" else ctx.briefing("c-", BRIEF_LIMITS)
    chart = Markup(chart_svg(result, ctx, family))  # sanitised above: drawing elements only
    return {
        "kind": kind,
        "locale": locale,
        "topic": ctx.tg(settings.site_name or "简繁"),
        "date_from": date_from,
        "date_to": date_to,
        "outlets": outlets,
        "articles": ctx.articles,
        "brief_data": briefing,
        "chart": chart,
        "digests": ctx.digests() if kind == "compendium" else [],
        "index": ctx.index() if kind == "compendium" else [],
        "appendix": ctx.cited_paragraphs() if kind == "brief" else [],
        "tg": ctx.tg,
        "total_articles": total,
    }


def _most_recent(result: BuildResult, limit: int) -> BuildResult:
    """The build result as the compendium sees it: only the ``limit`` most recent articles
    (by date, then file order), kept in their usual order. A compendium of thousands of
    articles is an archive nobody prints; the website holds them all."""
    ranked = sorted(range(len(result.articles)),
                    key=lambda i: (str(result.articles[i].date or ""), i), reverse=True)[:limit]
    return dataclasses.replace(result, articles=[result.articles[i] for i in sorted(ranked)])


def chart_svg(result: BuildResult, ctx: Context, family: str = "") -> str:
    """The analysis's briefing chart as sanitised inline SVG, or '' when there is none."""
    try:
        svg = briefing_chart_svg(ctx.analysis, result.articles, ctx._tr)
    except Exception:  # noqa: BLE001 - a broken chart must not cost the whole PDF
        logging.getLogger("mkdocs.plugins.jianfan").warning(
            "PDF: the briefing chart could not be drawn; the PDFs go without it", exc_info=True)
        return ""
    return sanitise_svg(svg or "", family)
