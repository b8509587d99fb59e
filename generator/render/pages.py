"""The website's Markdown pages, per locale, from one content model and the analysis."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from .. import __version__
from ..convert import Converter
from ..feeds import atom_feeds
from ..forking import in_parallel
from ..model import LOCALES, Article
from ..rarefont import rare_characters, rare_fonts
from ..templating import environment, folders
from ..textutil import md_escape
from .briefing import entity_groups, render_briefing
from .conversion import CONTEXTS_SHOWN, conversion_report
from .data import data_files
from .cache import RenderCache, shape_key
from .digest import DigestLookup, digest_context
from .markdown import render_markdown
from .links import cited_by, forget_numbers
from .meta import describe_pages

if TYPE_CHECKING:
    from ..analyse.model import Analysis
    from ..pipeline import Settings

__all__ = ["render_pages", "site_nav", "site_assets", "SCRIPT_NAMES"]

#: How each script is named on the pages (zh-Hans spelling; converted per locale).
SCRIPT_NAMES = {"zh-Hans": "简体", "zh-Hant": "繁体", "mixed": "简繁混排"}
#: Audit actions as shown to editors.
ACTIONS = {"removed": "删除", "changed": "修改", "set_aside": "移出正文", "metadata": "移入元数据"}
_ROW = re.compile(r"^\s*\|?\s*:?-{2,}")


def site_nav(articles: list[Article], converter: Converter, locale: str,
             max_articles: int = 30) -> list:
    """The navigation of one locale, in MkDocs' ``nav`` format (paths within the locale).

    Up to ``max_articles`` articles are listed in the sidebar; a larger corpus is reached through
    the sources register (home page and register link every article). The theme writes the whole
    navigation into every page, so a sidebar of 1,000 titles would make every page of the site
    heavier and every build quadratic, and no reader scrolls it."""
    def label(text: str) -> str:
        return converter(text, "zh-Hans", locale)

    nav = [{label("首页"): "index.md"}, {label("简报：影响与局限"): "briefing.md"}]
    if 0 < len(articles) <= max_articles:
        nav.append({label("文章"): [{converter(a.title, a.script, locale): f"articles/{a.slug}/index.md"}
                                  for a in articles]})
    nav += [
        {label("人物与机构"): "entities.md"},
        {label("来源登记"): "sources.md"},
        {label("转换报告"): "conversion.md"},
    ]
    return nav


def _table(markdown: str) -> str:
    """Re-emit a pipe table with every cell escaped (article text stays data)."""
    out = []
    for line in markdown.strip().splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if _ROW.match(line):
            out.append("| " + " | ".join("---" for _ in cells) + " |")
        else:
            out.append("| " + " | ".join(md_escape(c.replace("\\|", "|")) for c in cells) + " |")
    if len(out) >= 2 and not _ROW.match(out[1]):
        width = out[0].count("|") - 1
        out.insert(1, "| " + " | ".join("---" for _ in range(width)) + " |")
    return "\n".join(out)


class _Page:
    """Helpers the templates of one locale use."""

    def __init__(self, converter: Converter, locale: str) -> None:
        self.locale = locale
        self.converter = converter

    def L(self, text: str) -> Markup:
        """A UI label written in zh-Hans, in this locale's script (trusted: from templates)."""
        return Markup(self.converter(text, "zh-Hans", self.locale))

    def tr(self, text: str | None, script: str) -> str:
        """Article text in this locale's script (still data: escaped when printed)."""
        return self.converter(text or "", script, self.locale)

    def table(self, markdown: str, script: str) -> Markup:
        return Markup(_table(self.tr(markdown, script)))

    def script_name(self, script: str) -> Markup:
        return self.L(SCRIPT_NAMES.get(script, script))

    def converted(self, article: Article) -> bool:
        return self.converter.config(article.script, self.locale) is not None


#: From this many articles on, the second locale's pages are rendered in a forked process.
PARALLEL_FROM = 60


def render_pages(articles: list[Article], analysis: Analysis, converter: Converter,
                 settings: Settings, cache: RenderCache | None = None, skipped: tuple[tuple[str, str], ...] = ()
                 ) -> tuple[dict[str, str], dict[str, bytes]]:
    """All Markdown pages for both locales, and the data files for ``site/data``; ``skipped``: the
    files of content/sources/ the build could not take, with why in a few words (the sources page
    lists them).

    With a ``cache`` (``render/cache.py``), an article's pages whose inputs did not change since
    the build that filled it are taken from it, not rendered again; ``cache.used`` is left
    holding this build's pages."""
    forget_numbers()
    env = environment(settings.root / "templates")
    here = cache if cache is not None else RenderCache()
    backlinks = cited_by(analysis, {a.slug: a.script for a in articles})
    amb = conversion_report(articles, converter, here)
    lookup = DigestLookup(analysis, articles)
    shared = (articles, analysis, converter, settings, env, backlinks, amb, lookup)

    def first():
        return _render_locale(LOCALES[0], *shared, here, skipped), data_files(articles, analysis, amb, here)

    def second():
        there = RenderCache(entries=here.entries)
        pages = _render_locale(LOCALES[1], *shared, there, skipped)
        there.entries = {}  # here has them: only what this locale used is handed back
        return pages, there

    if len(articles) >= PARALLEL_FROM:  # the locales are independent
        (pages, data), (later, there) = in_parallel(first, second)
    else:
        (pages, data), (later, there) = first(), second()
    here.merge(there)
    pages.update(later)
    data.update(rare_fonts(rare_characters(_characters(pages.values()))))
    data.update(atom_feeds(articles, analysis, converter, settings.site_name))
    return pages, data


#: Each page's set of characters, for the pages of the last rendering in this process (``mkdocs
#: serve``: a save finds most pages' texts unchanged; reading every character of every page again
#: for the rare-character fonts was ~2% of a save at 100 articles).
_CHARACTERS: dict[str, frozenset] = {}


def _characters(texts) -> list[frozenset]:
    """The characters of each text (as ``rare_characters`` reads them: a set is read like a text),
    kept for the next rendering."""
    global _CHARACTERS
    last, now = _CHARACTERS, {}
    out = []
    for text in texts:
        chars = now.get(text) or last.get(text)
        if chars is None:
            chars = frozenset(text)
        now[text] = chars
        out.append(chars)
    _CHARACTERS = now
    return out


def _render_locale(locale: str, articles, analysis, converter, settings, env, backlinks,
                   amb, lookup, cache: RenderCache, skipped: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """The Markdown pages of one locale; an article's pages through ``cache``."""
    pages: dict[str, str] = {}
    page = _Page(converter, locale)
    tr = converter.to_locale(locale)
    up = "../" if locale != LOCALES[0] else ""
    plain = dict(locale=locale, site_name=settings.site_name, pdf=settings.pdf, version=__version__)
    ctx = dict(p=page, L=page.L, site_root=up, articles=articles, **plain)
    prefix = f"{locale}/"
    outlets = list(dict.fromkeys(page.tr(a.outlet, a.script) for a in articles if a.outlet))
    dates = sorted(a.date for a in articles if a.date)
    pages[prefix + "index.md"] = env.get_template("home.md.j2").render(
        **dict(ctx, site_root=up or "./"), outlets=outlets, dates=dates)
    pages[prefix + "briefing.md"] = render_briefing(analysis, articles, tr, env, skipped)
    # The index is long and changes less often than the briefing: kept by what it is given.
    shape = shape_key(settings.root / "templates", locale, converter,
                      (settings.site_name, settings.pdf, __version__))
    groups = entity_groups(analysis, articles)
    pages[prefix + "entities.md"] = cache.value(shape, "entities.md.j2", {"groups": groups}, lambda conv: render_markdown(
        "entities.md.j2", conv.to_locale(locale), env, groups=groups), converter)
    pages[prefix + "sources.md"] = env.get_template("sources.md.j2").render(**ctx, skipped=skipped)
    pages[prefix + "conversion.md"] = env.get_template("conversion.md.j2").render(
        **ctx, report=amb[locale], shown=CONTEXTS_SHOWN)
    # An article's pages are given only the article and what the analysis says of it (no list
    # of all articles): every value they print is in their key in the cache.
    article_md, audit_md = env.get_template("article.md.j2"), env.get_template("audit.md.j2")
    for a in articles:
        base = f"{prefix}articles/{a.slug}/"
        cites = {pid: backlinks.get((a.slug, pid), []) for pid in (b.id for b in a.paragraphs)}
        inputs = dict(plain, site_root=up, a=a, cites=cites)
        pages[base + "index.md"] = cache.page(shape, "article.md.j2", inputs, lambda conv: _render_with(
            article_md, _Page(conv, locale), inputs), converter)
        inputs = digest_context(a, lookup, tr)
        pages[base + "digest.md"] = cache.page(shape, "digest.md.j2", inputs, lambda conv: render_markdown(
            "digest.md.j2", conv.to_locale(locale), env, **inputs), converter)
        inputs = dict(plain, site_root="../../../" + up, a=a)
        pages[base + "audit.md"] = cache.page(shape, "audit.md.j2", inputs, lambda conv: _render_audit(
            audit_md, _Page(conv, locale), inputs), converter)
    return describe_pages(pages, prefix, articles, analysis, tr)


def _render_with(template, page: _Page, inputs: dict) -> str:
    return template.render(p=page, L=page.L, **inputs)


def _render_audit(template, page: _Page, inputs: dict) -> str:
    removals, changes = _audit_view(inputs["a"])
    return template.render(p=page, L=page.L, **inputs, actions=ACTIONS, removals=removals,
                           changes=changes)


#: Examples of each mechanical change shown on the cleaning record (all are in the JSON).
AUDIT_EXAMPLES = 5


def _audit_view(a: Article) -> tuple[list, list[dict]]:
    """Every removal listed; character-level changes grouped by rule with a few examples."""
    removals = [e for e in a.audit if e.action != "changed"]
    by_rule: dict[str, list] = defaultdict(list)
    for e in a.audit:
        if e.action == "changed":
            by_rule[e.rule].append(e)
    changes = [{"rule": rule, "count": len(items), "examples": items[:AUDIT_EXAMPLES]}
               for rule, items in by_rule.items()]
    return removals, changes


def site_assets(project_templates: Path) -> dict[str, bytes]:
    """The static files (CSS) of ``templates/assets``, by path in the docs folder: the package's,
    and the project's over them."""
    out = {}
    for folder in reversed(folders(project_templates)):
        assets = Path(folder) / "assets"
        for path in sorted(assets.rglob("*")) if assets.is_dir() else ():
            if path.is_file():
                out[f"assets/{path.relative_to(assets)}"] = path.read_bytes()
    return out
