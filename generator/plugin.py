"""The MkDocs plugin: a thin shell that runs the generator once per build and hands over.

Only this module imports mkdocs. mkdocs-static-i18n re-runs the whole build once per extra
language, so the generator's work is keyed by a hash of its inputs and done once.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .convert import VARIANTS
from .csp import add_csp
from .errors import JianfanError
from .pagecache import TEMPLATE_NAME, TEMPLATE_SOURCE, PageCache
from .pipeline import Settings, build_cached, inputs_key
from .writers import write_tree

log = logging.getLogger("mkdocs.plugins.jianfan")


class JianfanConfig(base.Config):
    """Options under ``plugins: - jianfan:`` in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    zh_hant_variant = c.Choice(tuple(VARIANTS), default="s2t")
    pdf = c.Type(bool, default=True)
    pdf_max_articles = c.Type(int, default=100)
    nav_max_articles = c.Type(int, default=30)


class JianfanPlugin(BasePlugin[JianfanConfig]):
    """Generates the Markdown pages before MkDocs collects files; writes data and PDFs after."""

    def __init__(self) -> None:
        self._key: str | None = None
        self._result = None
        self._started = 0.0
        self._pages: PageCache | None = None
        self._site_name: str | None = None
        self._built = 0
        """Pages built so far in this build (progress lines)."""
        self._page_locales: dict[str, tuple] = {}
        self._pdfs = None
        self._pdf_prepare = 0.0
        """The PDFs being rendered while MkDocs builds the site (see ``pdf.start_pdfs``)."""

    def on_startup(self, command, dirty):
        """Remember whether this is ``mkdocs serve``: its rebuilds skip the PDFs (minutes on a
        large corpus, on every save); ``mkdocs build`` always renders them."""
        self._serving = command == "serve"

    def _settings(self, config) -> Settings:
        root = Path(config.config_file_path).resolve().parent
        return Settings(root=root, zh_hant_variant=self.config.zh_hant_variant,
                        pdf=self.config.pdf and not getattr(self, "_serving", False),
                        site_name=self._site_name or config.site_name,
                        pdf_max_articles=self.config.pdf_max_articles)

    # Runs before mkdocs-static-i18n (priority) so the pages exist when files are collected.
    @event_priority(100)
    def on_config(self, config):
        if not self.config.enabled:
            return config
        nested = getattr(config.plugins.get("i18n"), "building", False)
        if not nested:
            self._started = time.perf_counter()
            self._built = 0
            self._pdf_prepare = 0.0
            # The default language's name: mkdocs-static-i18n gives each language its own
            # site_name, but the generator's work (done once) must not depend on the language.
            self._site_name = config.site_name
        settings = self._settings(config)
        # A nested per-language pass belongs to the build whose outer pass made the pages.
        key = self._key if nested and self._key else inputs_key(settings)
        if key != self._key:
            started = time.perf_counter()
            try:
                result, cached = build_cached(settings, key)
            except JianfanError as err:
                raise PluginError(str(err)) from None
            docs = Path(config.docs_dir)
            files = dict(result.pages)
            files[".keep"] = ""
            files.update(_assets(settings.root))
            marker = docs / _MARKER
            try:
                done = marker.read_text(encoding="utf-8") == result.key
            except OSError:
                done = False
            # … and nothing was deleted from it since
            done = done and all((docs / rel).is_file() for rel in files)
            if not done:  # the docs folder was made from other inputs: bring it up to date
                marker.unlink(missing_ok=True)  # an interrupted write leaves no marker
                write_tree(docs, files)
                marker.write_text(result.key, encoding="utf-8")
            for warning in result.warnings:
                log.warning(warning)
            self._result = result
            self._key = result.key  # content/articles/ may have been written: the key after it
            self._page_locales = _page_locales(result.pages)
            log.info(f"jianfan: {len(result.articles)} articles, {len(result.pages)} pages "
                     f"in {time.perf_counter() - started:.1f} s"
                     f"{' (unchanged inputs: from the cache)' if cached else ''}")
        if not nested:
            self._cancel_pdfs()
            if settings.pdf:
                # Rendered in worker processes while MkDocs builds the site (one core each);
                # ``on_post_build`` waits for them.
                from .pdf import start_pdfs

                started = time.perf_counter()
                try:
                    self._pdfs = start_pdfs(self._result, settings)
                except JianfanError as err:
                    raise PluginError(str(err)) from None
                self._pdf_prepare = time.perf_counter() - started
        if self._pages is None:
            self._pages = PageCache(settings.root)
        _configure_search(config, settings.root)
        _configure_nav(config, self._result, self.config.nav_max_articles)
        return config

    # -- the page cache (see pagecache.py): MkDocs' per-page work is replayed when unchanged --

    @event_priority(-110)  # after mkdocs-static-i18n has made the language's navigation
    def on_nav(self, nav, config, files):
        if self.config.enabled and self._pages is not None:
            self._pages.start(config, nav, files, _language(config), self._page_locales)
        return nav

    @event_priority(-110)
    def on_env(self, env, config, files):
        import jinja2

        if self.config.enabled and self._pages is not None:
            self._pages.before_pages(_search_entries(config))
            env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE_NAME: TEMPLATE_SOURCE}),
                                              env.loader])
        return env

    @event_priority(-110)  # last: the Markdown exactly as Python-Markdown would get it
    def on_page_markdown(self, markdown, page, config, files):
        if not self.config.enabled or self._pages is None:
            return markdown
        return self._pages.on_markdown(markdown, page)

    @event_priority(-110)
    def on_page_content(self, html, page, config, files):
        if not self.config.enabled or self._pages is None:
            return html
        return self._pages.on_content(html, page, files, _search_entries(config))

    @event_priority(-110)  # after the search plugin has indexed the page
    def on_page_context(self, context, page, config, nav):
        if self.config.enabled and self._pages is not None:
            self._pages.on_context(context, page, _search_entries(config))
        return context

    def on_post_page(self, output, page, config):
        """Add the Content-Security-Policy; point a non-default language's search at its own
        index (see finish.py)."""
        if not self.config.enabled:
            return output
        if self._pages is not None:
            self._pages.on_output(output, page)
        self._progress(config)
        i18n = config.plugins.get("i18n")
        language = getattr(i18n, "current_language", None)
        if i18n is not None and language != i18n.default_language:
            output = _rebase_search(output, language)
        # The theme's search panel is a dialog without a name (an accessibility error).
        label = "搜尋" if language == "zh-Hant" else "搜索"
        output = output.replace('data-md-component="search" role="dialog"',
                                f'data-md-component="search" role="dialog" aria-label="{label}"', 1)
        return add_csp(output)

    def _progress(self, config) -> None:
        """A log line every 1,000 pages on a large site (MkDocs itself is silent meanwhile)."""
        self._built += 1
        total = len(self._result.pages) if self._result is not None else 0
        if total >= 2000 and self._built % 1000 == 0:
            log.info(f"jianfan: {self._built} of {total} pages built "
                     f"({time.perf_counter() - self._started:.0f} s)")

    # After mkdocs-static-i18n (-100) has built every language: the site is complete.
    @event_priority(-110)
    def on_post_build(self, config):
        if not self.config.enabled or self._result is None:
            return
        if getattr(config.plugins.get("i18n"), "building", False):
            if self._pages is not None:
                self._pages.finish(_language(config))
            return  # a nested per-language build; the outer one finishes the site
        hits = misses = 0
        if self._pages is not None:
            hits, misses = self._pages.hits, self._pages.misses
            self._pages.save()
            log.info(f"jianfan: {misses} pages rendered, {hits} unchanged pages from the cache")
        site = Path(config.site_dir)
        from .finish import finish_site

        settings = self._settings(config)
        mkdocs_done = time.perf_counter()
        after: dict[str, float] = {}
        pdfs, self._pdfs = self._pdfs, None
        try:
            pdf_pages = finish_site(self._result, site, settings, self._key, after, pdfs)
        except JianfanError as err:
            raise PluginError(str(err)) from None
        stages = dict(self._result.timings)
        if self._pdf_prepare:  # print HTML, glyph check, workers started
            stages["pdf_prepare"] = self._pdf_prepare
        stages["mkdocs"] = mkdocs_done - self._started - sum(stages.values())
        render_seconds = after.pop("pdf_render", 0.0)
        stages.update(after)
        _write_stats(settings.root, {"stages": stages, "pdf_pages": pdf_pages,
                                     "pdf_render_s": render_seconds,
                                     "pages_rendered": misses, "pages_from_cache": hits,
                                     "total": time.perf_counter() - self._started})


    def on_build_error(self, error):
        self._cancel_pdfs()

    def _cancel_pdfs(self) -> None:
        """Stop PDF workers left from a build that did not finish."""
        pdfs, self._pdfs = self._pdfs, None
        if pdfs is not None:
            pdfs.cancel()


_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")')


#: In the docs folder: the input key the generated pages were written from.
_MARKER = ".jianfan-inputs"


def _search_entries(config) -> list | None:
    """The search plugin's list of index entries (MkDocs' or Material's), if there is one."""
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        entries = getattr(getattr(plugin, "search_index", None), "entries", None)
        if isinstance(entries, list):
            return entries
    return None


def _language(config) -> str:
    return getattr(config.plugins.get("i18n"), "current_language", None) or "default"


def _page_locales(pages) -> dict[str, tuple]:
    """For each generated page, the locales that have the same page (the language switcher)."""
    by_path: dict[str, list[str]] = {}
    for path in pages:
        locale, _, rest = path.partition("/")
        by_path.setdefault(rest, []).append(locale)
    return {path: tuple(sorted(by_path[path.partition("/")[2]])) for path in pages}


def _rebase_search(html: str, language: str) -> str:
    """Make Material's ``base`` the language's root, so its search loads that language's index."""
    return _BASE.sub(lambda m: f"{m.group(1)}{m.group(2)}/{language}/{m.group(3)}", html, count=1)


def _configure_nav(config, result, max_articles: int) -> None:
    """Give each language of mkdocs-static-i18n the generated navigation, titles converted."""
    from .render import site_nav

    i18n = config.plugins.get("i18n")
    if i18n is None or result is None:
        return
    for language in i18n.config.languages:
        if language.locale in ("zh-Hans", "zh-Hant"):
            language.nav = site_nav(result.articles, result.converter, language.locale,
                                    max_articles)
            if language.default:
                config.nav = language.nav


def _write_stats(root: Path, stats: dict) -> None:
    """Timings of the last build, for `make bench` and the curious editor."""
    import json

    path = root / ".cache" / "last-build.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")


def _assets(root: Path) -> dict[str, bytes]:
    """Static files (CSS) copied into the docs folder of each locale."""
    out = {}
    assets = root / "templates" / "assets"
    if assets.is_dir():
        for path in sorted(assets.rglob("*")):
            if path.is_file():
                out[f"assets/{path.relative_to(assets)}"] = path.read_bytes()
    return out


def _configure_search(config, root: Path) -> None:
    """Switch off Material's own jieba segmentation: finish.py segments the finished index once,
    with a two-script dictionary and a cache (see segment.py)."""
    try:
        import material.plugins.search.plugin as material_search
    except ImportError:
        return
    material_search.jieba = None
