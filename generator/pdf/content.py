"""The print content model: everything the print templates show, converted into one locale.

Pure functions of the build result: article text is converted from the article's own script,
generated text (statements, labels) from zh-Hans, and every cross-reference is resolved to an
anchor that exists in the document it is printed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from markupsafe import Markup

from ..render import briefing_chart_svg, key_figures

__all__ = ["Ref", "PrintArticle", "build_context", "anchor", "source_date", "short_title"]

_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.I)
_NEWLINES = re.compile(r"\s*\n\s*")


def flat(text) -> str:
    """One line: a line break inside CJK text prints as a gap, so lines are joined."""
    text = str(text or "")
    if "\n" not in text:
        return text.strip()
    parts = _NEWLINES.split(text.strip())
    out = parts[0]
    for part in parts[1:]:
        if out and part and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() \
                and part[0].isalnum():
            out += " "
        out += part
    return out


def safe_url(value) -> str:
    """An http(s) URL, or '' for anything else (file:, javascript:, relative paths)."""
    url = str(value or "").strip()
    return url if _URL.match(url) else ""


def anchor(index: int, paragraph: str = "", prefix: str = "") -> str:
    """ASCII anchor of an article (``a3``) or one of its paragraphs (``a3-p12``)."""
    base = f"{prefix}a{index}"
    return f"{base}-{paragraph}" if paragraph else base


def short_title(text: str, limit: int = 28) -> str:
    """A title short enough for a running header."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Ref:
    """A short reference to one paragraph: ``证券日报 2024-03 ¶12``, linking to ``href``."""

    label: str
    href: str
    """``#anchor`` inside the same document."""
    article: str
    """Article slug."""
    paragraph: str
    """Paragraph id (``p12``)."""
    n: int = 0
    """Paragraph number."""


@dataclass(slots=True)
class PrintArticle:
    """One article as printed: converted text, blocks with anchors."""

    index: int
    slug: str
    anchor: str
    title: str
    header: str
    outlet: str
    author: str
    date: str
    url: str
    source: str
    script: str
    label: str
    """Short source label: outlet (or title) and month, e.g. ``证券日报 2024-03``."""
    blocks: list = field(default_factory=list)
    paragraphs: int = 0


def _table_rows(markdown: str) -> list[list[str]]:
    rows = []
    for line in markdown.strip().splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip("|"))]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        rows.append(cells)
    return rows


def source_date(articles, environ: dict | None = None) -> datetime:
    """The PDFs' creation date: SOURCE_DATE_EPOCH if set, else the newest article date."""
    import os

    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    best = None
    for art in articles:
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(getattr(art, "date", "") or ""))
        if m:
            key = (int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
            best = max(best, key) if best else key
    y, mo, d = best or (2000, 1, 1)
    try:
        return datetime(y, mo, d, tzinfo=timezone.utc)
    except ValueError:
        return datetime(y, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of the briefing a document shows (0: everything)."""

    per_category: int = 0
    refs: int = 0
    figures: int = 0
    events: int = 0


#: The brief is read in ten minutes: the strongest points, a few references each.
BRIEF_LIMITS = Limits(per_category=2, refs=2, figures=10, events=12)


class Context:
    """Builds the template context of one locale (both documents share it)."""

    def __init__(self, result, settings, locale: str) -> None:
        self.locale = locale
        self.analysis = getattr(result, "analysis", None)
        converter = getattr(result, "converter", None)
        if converter is None:
            from ..convert import Converter

            converter = Converter(None, getattr(settings, "zh_hant_variant", "s2t"))
        self._tr = converter.to_locale(locale)
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
        label = " ".join(x for x in (outlet or short_title(title, 12), month) if x)
        out = PrintArticle(index=index, slug=art.slug, anchor=anchor(index), title=title,
                           header=short_title(title), outlet=outlet, author=tr(art.author),
                           date=str(art.date or ""), url=safe_url(art.url), source=art.source,
                           script=script, label=label)
        for block in art.blocks:
            item = {"kind": block.kind, "id": block.id, "n": block.n, "text": tr(block.text),
                    "anchor": anchor(index, block.id) if block.id else ""}
            if block.kind == "table":
                item["rows"] = [[tr(c) for c in row] for row in _table_rows(block.text)]
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

    def refs(self, citations, prefix: str = "") -> list[Ref]:
        """References for citations, one per distinct paragraph, in order."""
        out, seen = [], set()
        for c in citations or ():
            key = (getattr(c, "article", ""), getattr(c, "paragraph", ""))
            if key in seen:
                continue
            seen.add(key)
            r = self.ref(*key, prefix=prefix, quote=getattr(c, "quote", ""))
            if r is not None:
                out.append(r)
        return out

    # -- the briefing -----------------------------------------------------------------------------
    def briefing(self, prefix: str, limits: "Limits | None" = None) -> dict:
        """Points by kind and category, contentions, figures, events; refs link to ``prefix``+anchor.

        With ``limits`` (the brief) only the strongest points, figures and events are kept.
        """
        an = self.analysis
        if an is None:
            return {"available": False, "kinds": [], "takeaways": [], "contentions": [],
                    "figures": [], "events": []}
        lim = limits or Limits()
        ordered = sorted(getattr(an, "points", ()) or (),
                         key=lambda p: (not getattr(p, "pinned", False), -getattr(p, "score", 0.0)))
        points = {p.id: p for p in ordered}
        overview = getattr(an, "overview", None)
        takeaway_ids = [t for t in getattr(overview, "takeaways", ()) or () if t in points]
        takeaways = [self._point(points[t], prefix, lim.refs) for t in takeaway_ids]
        kinds = []
        known = {c.id for c in getattr(an, "categories", ()) or ()}
        for kind, label in (("impact", "影响"), ("limit", "局限")):
            groups = [(cat.id, cat.label, getattr(cat, "description", ""))
                      for cat in getattr(an, "categories", ()) or () if cat.kind == kind]
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
            kinds.append({"kind": kind, "id": kind, "label": self.tg(label), "categories": cats})
        contentions = []
        for con in getattr(an, "contentions", ()) or ():
            sides = []
            for side in (con.a, con.b):
                cites = list(side.citations)
                for pid in side.points:
                    if pid in points:
                        cites += list(points[pid].citations)
                refs = self.refs(cites, prefix)
                sides.append({"label": self.tg(side.label),
                              "refs": refs[:lim.refs] if lim.refs else refs})
            contentions.append({"id": con.id, "topic": self.tg(con.topic), "sides": sides})
        # The brief: the key figures, ranked as on the website's briefing (one per value).
        figures = [fs[0] for fs in key_figures(an)] if limits is not None \
            else list(getattr(an, "figures", ()) or ())
        events = sorted(getattr(an, "events", ()) or (), key=lambda e: str(e.date))
        return {"available": True, "kinds": kinds, "takeaways": takeaways,
                "contentions": contentions,
                "figures": self.figures(figures, prefix, lim.figures),
                "events": self.events(events, prefix, lim.events, lim.refs),
                "point_ids": set(points)}

    def _point(self, p, prefix: str, max_refs: int = 0) -> dict:
        speakers = []
        for s in getattr(p, "speakers", ()) or ():
            name = self.ta(s.name, s.article)
            role = self.ta(getattr(s, "role", ""), s.article)
            speakers.append(f"{name}（{role}）" if role else name)
        return {"id": p.id, "kind": p.kind, "statement": self.tg(p.statement),
                "refs": self.refs(p.citations, prefix)[:max_refs or None], "speakers": list(dict.fromkeys(speakers)),
                "pinned": getattr(p, "pinned", False)}

    def figures(self, figures, prefix: str, limit: int | None = None) -> list[dict]:
        out = []
        for f in figures or ():
            ref = self.ref(f.article, f.paragraph, prefix, quote=f.context)
            if ref is None:
                continue
            out.append({"value": self.ta(f"{f.value}{f.unit}", f.article),
                        "context": self.ta(f.context, f.article), "ref": ref})
        return out[:limit] if limit else out

    def events(self, events, prefix: str, limit: int = 0, max_refs: int = 0) -> list[dict]:
        out = []
        for e in events or ():
            ref = self.ref(e.article, e.paragraph, prefix, quote=e.text)
            if ref is None:
                continue
            also = self.refs(getattr(e, "also", ()), prefix)
            out.append({"date": e.date, "inferred": getattr(e, "inferred", False),
                        "text": self.ta(e.text, e.article), "refs": ([ref] + also)[:max_refs or None]})
        return out[:limit] if limit else out

    # -- compendium-only parts -----------------------------------------------------------------
    def digests(self) -> list[dict]:
        an = self.analysis
        out = []
        for art in self.articles:
            d = an.digest(art.slug) if an is not None and hasattr(an, "digest") else None
            if d is None:
                continue
            summary = []
            for s in d.summary:
                summary.append({"text": self.ta(s.text, art.slug),
                                "ref": self.ref(art.slug, s.paragraph) if s.paragraph else None})
            points = []
            for pid in d.points:
                p = an.point(pid) if hasattr(an, "point") else None
                if p is not None:
                    points.append({"href": f"#{pid}", "statement": self.tg(p.statement)})
            related = []
            for r in d.related:
                other = self.by_slug.get(r.article)
                if other is not None:
                    related.append({"href": f"#{other.anchor}", "title": other.title,
                                    "label": other.label})
            out.append({"article": art, "id": f"d-{art.anchor}", "summary": summary,
                        "figures": self.figures(d.figures, ""),
                        "entities": [self.tg(e) for e in d.entities],
                        "keywords": [self.tg(k) for k in d.keywords],
                        "points": points, "related": related,
                        "minutes": getattr(d, "reading_minutes", 1)})
        return out

    def index(self) -> list[dict]:
        """People and organisations with references to every paragraph that names them."""
        an = self.analysis
        out = []
        for ent in getattr(an, "entities", ()) or ():
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


def build_context(result, settings, locale: str, kind: str, family: str = "") -> dict:
    """The template context of one document (``brief`` or ``compendium``) in one locale."""
    total = len(result.articles)
    limit = getattr(settings, "pdf_max_articles", 0) or 0
    if kind == "compendium" and limit and total > limit:
        result = _most_recent(result, limit)
    ctx = Context(result, settings, locale)
    an = ctx.analysis
    overview = getattr(an, "overview", None)
    dates = sorted(a.date for a in ctx.articles if a.date)
    date_from = getattr(overview, "date_from", None) or (dates[0] if dates else "")
    date_to = getattr(overview, "date_to", None) or (dates[-1] if dates else "")
    outlets = list(dict.fromkeys(a.outlet for a in ctx.articles if a.outlet))
    # In the compendium, briefing references point at the full articles; in the brief, at
    # its own appendix of cited paragraphs (``#c-a3-p12``).
    briefing = ctx.briefing("", None) if kind == "compendium" else ctx.briefing("c-", BRIEF_LIMITS)
    chart = Markup(chart_svg(result, ctx, family))  # sanitised above: drawing elements only
    return {
        "kind": kind,
        "locale": locale,
        "topic": ctx.tg(getattr(settings, "site_name", "") or "简繁"),
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


def _most_recent(result, limit: int):
    """The build result as the compendium sees it: only the ``limit`` most recent articles
    (by date, then file order), kept in their usual order. A compendium of thousands of
    articles is an archive nobody prints; the website holds them all."""
    from types import SimpleNamespace

    ranked = sorted(range(len(result.articles)),
                    key=lambda i: (str(result.articles[i].date or ""), i), reverse=True)[:limit]
    keep = sorted(ranked)
    return SimpleNamespace(articles=[result.articles[i] for i in keep],
                           analysis=getattr(result, "analysis", None),
                           converter=getattr(result, "converter", None))


def chart_svg(result, ctx: Context, family: str = "") -> str:
    """The analysis's briefing chart as sanitised inline SVG, or '' when there is none."""
    an = ctx.analysis
    if an is None:
        return ""
    try:
        svg = briefing_chart_svg(an, result.articles, ctx._tr)
    except Exception:  # noqa: BLE001 - a broken chart must not cost the whole PDF
        import logging

        logging.getLogger("mkdocs.plugins.jianfan").warning(
            "PDF: the briefing chart could not be drawn; the PDFs go without it", exc_info=True)
        return ""
    return sanitise_svg(svg or "", family)


_SVG_DROP = {"script", "foreignObject", "iframe", "object", "embed", "image", "use"}


def sanitise_svg(svg: str, family: str = "") -> str:
    """Keep drawing elements only: no scripts, event handlers, external or local references.

    ``family`` replaces any font-family (``inherit`` would let WeasyPrint pick JP glyph shapes).
    """
    import xml.etree.ElementTree as ET

    if not svg.strip():
        return ""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return ""
    ns = "{http://www.w3.org/2000/svg}"
    for parent in list(root.iter()):
        for child in list(parent):
            tag = child.tag.replace(ns, "") if isinstance(child.tag, str) else ""
            if tag in _SVG_DROP or not isinstance(child.tag, str):
                parent.remove(child)
    for el in root.iter():
        for attr in list(el.attrib):
            low = attr.lower()
            value = el.attrib[attr].strip().lower()
            if low.startswith("on") or (low.endswith("href") and not value.startswith("#")) \
                    or "url(" in value and "url(#" not in value:
                del el.attrib[attr]
    if family:
        for el in root.iter():
            el.attrib.pop("font-family", None)
            if "style" in el.attrib:
                el.attrib["style"] = re.sub(r"font-family\s*:[^;]*;?", "", el.attrib["style"])
        root.set("font-family", family)
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    return ET.tostring(root, encoding="unicode")
