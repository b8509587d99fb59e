"""Print HTML from Jinja2 templates, a glyph check, then WeasyPrint, with a cache of finished PDFs."""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import html as html_lib
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError
from ..templating import TEMPLATES, environment, folders
from . import layout
from .content import build_context, source_date
from .fonts import FontSet, coverage, describe, font_file, font_set, missing_glyphs

__all__ = ["Job", "print_jobs", "render_html", "check_glyphs", "cache_key", "documents_key",
           "render_pdf", "PRINT_TEMPLATES", "KINDS"]

log = logging.getLogger("mkdocs.plugins.jianfan")

#: The print templates and stylesheet.
PRINT_TEMPLATES = TEMPLATES / "print"
#: The two documents, in the order they are rendered.
KINDS = ("compendium", "brief")
TITLES = {"brief": "简报", "compendium": "资料汇编"}


@dataclass(frozen=True, slots=True)
class Job:
    """One PDF to make: its file name, print HTML and stylesheet, and where its text came from."""

    name: str
    """File name, e.g. ``brief.zh-Hant.pdf``."""
    kind: str
    locale: str
    html: str
    css: str
    fonts: FontSet
    key: str
    """Cache key: hash of HTML, CSS, WeasyPrint version and the font files used."""


def stylesheet(project: Path | None = None) -> str:
    """The print CSS: ``print/print.css`` of the project's templates (``project``) when it has
    one, else the package's (kept in files: autoescape would mangle quotes inside <style>)."""
    for folder in folders(project):
        path = Path(folder) / "print" / "print.css"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return (PRINT_TEMPLATES / "print.css").read_text(encoding="utf-8")


def render_html(result, settings, locale: str, kind: str, fonts: FontSet,
                environ: dict | None = None) -> str:
    """The print HTML of one document in one locale."""
    ctx = build_context(result, settings, locale, kind, fonts.sans)
    tg = ctx["tg"]
    created = source_date(result.articles, environ).strftime("%Y-%m-%dT%H:%M:%SZ")
    ctx.update(
        lang=fonts.lang,
        title=f"{ctx['topic']} · {tg(TITLES[kind])}",
        author=tg(getattr(settings, "site_name", "") or "简繁"),
        description=tg(f"{TITLES[kind]}：{len(result.articles)} 篇来源，"
                       f"{ctx['date_from']} – {ctx['date_to']}"),
        keywords=[ctx["topic"], *ctx["outlets"]],
        created=created,
    )
    env = environment(Path(settings.root) / "templates")
    return env.get_template(f"print/{kind}.html.j2").render(ctx)


_TAG = re.compile(r"<[^>]*>")


def visible_text(html: str) -> str:
    """The text of an HTML string (tags removed, entities decoded)."""
    return html_lib.unescape(_TAG.sub("", html))


def check_glyphs(result, settings, html: str, fonts: FontSet, name: str) -> None:
    """Fail when a character has no glyph in the document's fonts, naming it and where it is."""
    covered = coverage(fonts)
    missing = missing_glyphs(visible_text(html), covered)
    if not missing:
        return
    converter = getattr(result, "converter", None)
    tr = converter.to_locale(fonts.locale) if converter is not None else (lambda t, s: t)
    problems = []
    for ch in missing:
        where = []
        for art in result.articles:
            texts = [("title", art.title), ("outlet", art.outlet or ""), ("author", art.author or "")]
            texts += [(f"¶{b.n}" if b.kind == "p" else (b.id or b.kind), b.text) for b in art.blocks]
            for label, text in texts:
                if text and ch in tr(text, art.script):
                    where.append(f"content/articles/{art.slug}.md {label}")
        if not where:
            text = visible_text(html)
            i = text.find(ch)
            where.append(f"generated text “{text[max(0, i - 12): i + 13].strip()}”")
        problems.append(f"{describe(ch)} in {'; '.join(where[:5])}"
                        + (f" (and {len(where) - 5} more places)" if len(where) > 5 else ""))
    raise BuildError(
        f"PDF {name}: {len(missing)} character(s) have no glyph in {', '.join(fonts.families)}: "
        + " | ".join(problems)
        + ". Replace or remove the character in the article (or add it to the cleaner's rules), "
        "or install a font that has it (Debian: fonts-noto-cjk, fonts-noto-color-emoji)")


def _font_identity(fonts: FontSet) -> str:
    parts = []
    for family in fonts.families:
        path, index = font_file(family)
        try:
            st = os.stat(path)
            parts.append(f"{family}={path}:{index}:{st.st_size}:{int(st.st_mtime)}")
        except OSError:
            parts.append(f"{family}={path}:{index}")
    return "|".join(parts)


@functools.lru_cache(maxsize=1)
def weasyprint_version() -> str:
    """WeasyPrint's version, read without importing it (0.6 s a warm build no longer spends)."""
    from importlib.metadata import version

    return version("weasyprint")


def documents_key(result, settings, environ: dict | None = None) -> str | None:
    """A key for the four print documents without making them (2.5 s at 1,000 articles): the
    build's input key (content, templates, code, settings) with what the print HTML adds (fonts,
    SOURCE_DATE_EPOCH, WeasyPrint). None for a result without an input key."""
    from ..model import LOCALES

    if not getattr(result, "key", ""):
        return None
    environ = os.environ if environ is None else environ
    h = hashlib.sha256()
    variant = getattr(settings, "zh_hant_variant", "s2t")
    for part in (result.key, repr(settings), environ.get("SOURCE_DATE_EPOCH", ""),
                 weasyprint_version(), repr(sorted(OPTIONS.items())),
                 *(_font_identity(font_set(locale, variant)) for locale in LOCALES)):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def cache_key(html: str, css: str, fonts: FontSet, options: dict) -> str:
    """Hash of everything a PDF depends on."""
    h = hashlib.sha256()
    for part in (html, css, weasyprint_version(), _font_identity(fonts), repr(sorted(options.items()))):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


#: WeasyPrint options. Tagged PDF (structure tree, /MarkInfo) costs ~8% more time (0.3 s of a 55-page
#: compendium's 3.4 s CPU; it was quadratic in pages before ``_page_references_memoised``) and keeps
#: text, links, fonts and determinism intact; the ``pdf/ua-1`` variant also renders, but claiming PDF/UA
#: needs a validator's word (alt text for the chart, link /Contents), so only the tags are on.
OPTIONS = {"pdf_tags": True}


def print_jobs(result, settings, environ: dict | None = None) -> list[Job]:
    """The four documents as print HTML, glyph-checked and keyed (nothing rendered yet)."""
    from ..model import LOCALES

    css = stylesheet(Path(settings.root) / "templates")
    jobs = []
    for kind in KINDS:
        for locale in LOCALES:
            fonts = font_set(locale, getattr(settings, "zh_hant_variant", "s2t"))
            html = render_html(result, settings, locale, kind, fonts, environ)
            jobs.append(Job(name=f"{kind}.{locale}.pdf", kind=kind, locale=locale, html=html,
                            css=css, fonts=fonts, key=cache_key(html, css, fonts, OPTIONS)))
    return jobs


def page_digits(html: str) -> int:
    """Digits a page number of this document will likely need (a generous guess from its size).

    Too many only widens the space kept for page references; too few costs a second layout."""
    return len(str(max(9, len(html) // 1500)))


def render_pdf(html: str, css: str, key: str, options: dict | None = None,
               collect: bool = True) -> tuple[bytes, int, float]:
    """Render one PDF with WeasyPrint; return (bytes, pages, seconds).

    ``collect=False`` leaves the document's reference cycles to the end of the (worker) process
    instead of collecting them now (1.2 s for a 200-page compendium)."""
    started = time.perf_counter()
    opts = dict(OPTIONS if options is None else options)
    opts.setdefault("pdf_identifier", hashlib.md5(key.encode()).hexdigest().encode())
    with _no_cyclic_gc(collect), _page_references_memoised():
        document = layout.render(html, css, page_digits(html))
        data = document.write_pdf(**opts)
        pages = len(document.pages)
        del document
    return data, pages, time.perf_counter() - started


@contextlib.contextmanager
def _no_cyclic_gc(collect: bool = True):
    """Pause Python's cyclic garbage collector while a document is rendered.

    WeasyPrint builds millions of small objects that live until the PDF is written; the collector
    walked them over and over (a third of the time of a 200-page compendium). Reference counting
    frees most of them; the document's cycles are collected once at the end when ``collect``."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            if collect:
                gc.collect()


@contextlib.contextmanager
def _page_references_memoised():
    """Make ``pydyf.PDF.page_references`` O(1) while a PDF is written.

    pydyf 0.13 rebuilds the tuple of all page references on every access, and WeasyPrint's tagged
    PDF reads it once per structure element: quadratic, 1.5 s of a 200-page compendium."""
    import pydyf

    original = pydyf.PDF.page_references

    def page_references(pdf):
        kids = pdf.pages["Kids"]
        cached = getattr(pdf, "_jianfan_page_refs", None)
        if cached is None or cached[0] != len(kids):
            cached = (len(kids), original.fget(pdf))
            pdf._jianfan_page_refs = cached
        return cached[1]

    pydyf.PDF.page_references = property(page_references)
    try:
        yield
    finally:
        pydyf.PDF.page_references = original
