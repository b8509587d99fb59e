"""The MkDocs plugin: translates MkDocs' events into the generator's calls, and nothing else.

Only this module imports mkdocs. mkdocs-static-i18n re-runs the whole build once per extra
language (a "nested" pass), so the generator's work is keyed by a hash of its inputs and done once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .convert import DEFAULT_VARIANT, VARIANTS
from .errors import JianfanError
from .pluginoptions import CONFIG_LINES, Count, Flag
from .finish import BuildClock, finish_build, finish_page
from .pagecache import PageCache
from .gcquiet import quieten, restore
from .pipeline import BuildResult, Memo, Settings, generate, inputs_key, keep, load_memo
from .render import site_nav
from .segment import Segmenter, disable_theme_segmentation
from .templating import bytecode_cache

log = logging.getLogger("mkdocs.plugins.jianfan")


class JianfanConfig(base.Config):
    """Options under ``plugins: - jianfan:`` in mkdocs.yml."""

    enabled = Flag("enabled", default=True)
    zh_hant_variant = c.Choice(tuple(VARIANTS), default=DEFAULT_VARIANT)
    pdf = Flag("pdf", default=True)
    pdf_max_articles = Count("pdf_max_articles", default=100)
    nav_max_articles = Count("nav_max_articles", default=30)
    page_cache = Flag("page_cache", default=True)


class JianfanPlugin(BasePlugin[JianfanConfig]):
    """Generates the Markdown pages before MkDocs collects files; writes data and PDFs after."""

    def __init__(self) -> None:
        self._key: str | None = None
        self._result: BuildResult | None = None
        self._site_name: str | None = None
        self._serving = False
        self._dirty = False
        self._data_files: set[str] = set()
        self._written: dict = {}
        """``mkdocs serve``: the docs files as the generator last wrote them (``write_tree``)."""
        self._clock = BuildClock()
        self._pdfs = None
        """The PDFs being rendered while MkDocs builds the site (see ``pdf.start_pdfs``)."""
        self._gc: tuple[int, ...] | None = None
        """The garbage collector's thresholds to restore when the build ends (``gcquiet``)."""
        self._pages: PageCache | None = None
        """MkDocs' per-page work kept between builds (``page_cache`` option)."""
        self._root: Path | None = None
        self._memo: Memo | None = None
        """``mkdocs serve``: cleanings and per-article analysis kept in memory between saves."""
        self._segmenter: Segmenter | None = None
        """``mkdocs serve``: the search index's word segmentation kept in memory between saves."""

    def load_config(self, options, config_file_path=None):
        """MkDocs' own option messages name the line of mkdocs.yml (see ``pluginoptions.ConfigLines``)."""
        if config_file_path:
            CONFIG_LINES.path = Path(config_file_path)
        return super().load_config(options, config_file_path)

    def on_startup(self, command, dirty):
        """``mkdocs serve`` rebuilds skip the PDFs (minutes on a large corpus, on every save).
        ``mkdocs serve --dirty``: a save builds only the pages whose output changes (see
        ``pagecache.py``), and the site served stays exactly a full build's."""
        self._serving = command == "serve"
        self._dirty = self._serving and bool(dirty)
        if self._serving:
            keep_compiled_patterns()

    def on_serve(self, server, config, builder):
        """``mkdocs serve`` watches what the generator reads, not the docs folder it writes.

        The generator writes the docs folder from ``content/`` and ``templates/``; watching it
        made every save rebuild twice (the generator's own writes were the second change).
        MkDocs watched the docs folder just before this event; ``watch:`` in mkdocs.yml and
        mkdocs.yml itself stay watched."""
        if not self.config.enabled:
            return server
        with contextlib.suppress(KeyError):  # not watched (another plugin unwatched it)
            server.unwatch(config.docs_dir)
        root = Path(config.config_file_path).resolve().parent
        folders = [f for f in (root / "content", root / "templates") if f.is_dir()]
        if sum(len(files) for f in folders for _, _, files in os.walk(f)) <= FAST_POLL_FILES:
            _poll_faster(server)
        for folder in folders:  # MkDocs counts watches per path: a second watch is no second event
            server.watch(str(folder))
        return server

    def _settings(self, config) -> Settings:
        return Settings(root=Path(config.config_file_path).resolve().parent,
                        zh_hant_variant=self.config.zh_hant_variant,
                        pdf=self.config.pdf and not self._serving,
                        site_name=self._site_name or config.site_name,
                        pdf_max_articles=self.config.pdf_max_articles)

    @event_priority(100)  # before mkdocs-static-i18n, so the pages exist when files are collected
    def on_config(self, config):
        if not self.config.enabled:
            return config
        nested = _nested(config)
        if not nested:
            self._clock = BuildClock()
            restore(self._gc)  # (MkDocs' own pages and search too: few garbage collections, gcquiet.py)
            self._gc = quieten()
            # The default language's site_name: the generator's work must not depend on the pass.
            self._site_name = config.site_name
        settings = self._settings(config)
        key = self._key if nested and self._key else inputs_key(settings)
        start_pdfs = None
        if not nested:
            self.on_build_error(None)  # PDF workers left from a build that did not finish
            if settings.pdf:  # rendered in worker processes while MkDocs builds the site
                from .pdf import start_pdfs

        def analysed(partial: BuildResult) -> None:
            """The analysis is done: the PDFs start rendering beside the pages' render."""
            self._pdfs = start_pdfs(partial, settings)

        if key != self._key:
            started = time.perf_counter()
            if self._serving and self._memo is None:
                self._memo = load_memo(settings.root)
                self._root = settings.root
            with _user_errors():
                self._result, cached = generate(settings, Path(config.docs_dir), key, self._memo,
                                                self._written if self._serving else None,
                                                analysed if start_pdfs else None)
            for warning in self._result.warnings:
                log.warning(warning)
            self._key = self._result.key  # content/articles/ may have been written: the key after
            log.info(f"jianfan: {len(self._result.articles)} articles, {len(self._result.pages)} "
                     f"pages in {time.perf_counter() - started:.1f} s"
                     f"{' (unchanged inputs: from the cache)' if cached else ''}"
                     f"{_reuse(self._memo) if self._memo and not cached else ''}")
        if start_pdfs and self._pdfs is None:  # not started with the analysis (result cached)
            with _user_errors():
                self._pdfs = start_pdfs(self._result, settings)
        if self.config.page_cache:  # a plugin of its own, after this one (see pagecache.py)
            self._pages = self._pages or PageCache(settings.root)
            self._pages.defer_writes = self._serving  # written once, when the server stops
            self._pages.exact_dirty = self._dirty
            if self._dirty:
                _complete_search_index(config)
            self._pages.set_pages(self._result.pages)
            if "jianfan/pages" not in config.plugins:
                config.plugins["jianfan/pages"] = self._pages
        disable_theme_segmentation()
        _configure_nav(config, self._result, self.config.nav_max_articles)
        _compile_theme_once(config.theme, settings.root)
        if self._serving:
            _keep_theme_listing(config.theme)
        return config

    def on_env(self, env, config, files):
        """The theme's templates are compiled once, not on every build (see ``bytecode_cache``)."""
        if self.config.enabled and env.bytecode_cache is None:
            root = Path(config.config_file_path).resolve().parent
            env.bytecode_cache = bytecode_cache(root / ".cache" / "jinja")
        return env

    def on_post_page(self, output, page, config):
        if not self.config.enabled:
            return output
        self._clock.page_built(len(self._result.pages))
        i18n = config.plugins.get("i18n")
        return finish_page(output, getattr(i18n, "current_language", None),
                           getattr(i18n, "default_language", None))

    @event_priority(-110)  # after mkdocs-static-i18n (-100) has built every language
    def on_post_build(self, config):
        if not self.config.enabled or self._result is None:
            return
        if _nested(config):
            return  # a per-language pass; the outer one finishes the site
        pdfs, self._pdfs = self._pdfs, None
        with _user_errors():
            if self._serving and self._segmenter is None:
                self._segmenter = Segmenter(self._settings(config).root / ".cache")
            finish_build(self._result, Path(config.site_dir), self._settings(config),
                         self._clock, pdfs, self._pages.last if self._pages else (0, 0),
                         self._segmenter)
        restore(self._gc)
        self._gc = None
        if self._dirty:  # MkDocs does not clean the site folder: the data of a deleted article
            site = Path(config.site_dir).resolve()
            for rel in self._data_files - set(self._result.data):
                target = site / rel
                if target.resolve().is_relative_to(site):
                    target.unlink(missing_ok=True)
            self._data_files = set(self._result.data)

    def on_shutdown(self):
        """``mkdocs serve`` ends: store what it kept in memory (page cache, result, memo) so the
        next ``mkdocs build`` or ``serve`` starts from it."""
        if not self._serving:
            return
        if self._pages is not None:
            self._pages.flush()
        if self._segmenter is not None:
            self._segmenter.flush()
        if self._result is not None and self._memo is not None and self._root is not None:
            keep(Settings(root=self._root), self._result, self._memo)

    def on_build_error(self, error):
        """Stop PDF workers left from a build that did not finish."""
        pdfs, self._pdfs = self._pdfs, None
        if pdfs is not None:
            pdfs.cancel()
        if error is not None:
            restore(self._gc)
            self._gc = None


#: ``mkdocs serve``: how often the folders the generator reads are polled for a save. MkDocs polls
#: every 0.5 s, so a save waited 0.25 s on average (up to 0.5 s) before its rebuild began; a poll
#: lists and stats every file (about 7 µs a file on the 2-core machine), so the faster polling is
#: kept to projects of at most ``FAST_POLL_FILES`` files (at most ~4% of a core while idle).
FAST_POLL_S = 0.1
FAST_POLL_FILES = 500


def _poll_faster(server) -> None:
    """Poll the folders watched from now on every ``FAST_POLL_S`` (the watchdog observer gives
    its interval to each watch as it is added); a server without that observer is left as it is.

    A save an editor writes in two steps (emptied, then written) can be seen by two polls: MkDocs
    waits ``build_delay`` (0.1 s) after a change for more, so that wait is made longer than one
    poll (0.15 s) and both steps make one rebuild."""
    observer = getattr(server, "observer", None)
    if not isinstance(getattr(observer, "_timeout", None), (int, float)) or observer._timeout <= FAST_POLL_S:
        return
    if not isinstance(getattr(server, "build_delay", None), (int, float)):
        return
    observer._timeout = FAST_POLL_S
    server.build_delay = max(server.build_delay, 1.5 * FAST_POLL_S)


#: ``mkdocs serve``: how many compiled regular expressions Python keeps (its default is 512).
SERVE_PATTERNS = 4096


def keep_compiled_patterns() -> None:
    """``mkdocs serve``: keep the analysis' compiled regular expressions from one save to the next.

    The analysis uses some 2,000 distinct patterns on the default content (module patterns, and
    patterns built from the corpus' names and frames); Python's ``re`` keeps the last 512 it
    compiled, so every save compiled about 570 of them again (0.2 s of CPU of a 2 s save). The
    cache stays bounded (``SERVE_PATTERNS``, oldest dropped first, as ``re`` does)."""
    import re

    if getattr(re, "_MAXCACHE", SERVE_PATTERNS) < SERVE_PATTERNS:
        re._MAXCACHE = SERVE_PATTERNS


def _compile_theme_once(theme, root: Path) -> None:
    """Every environment the theme makes gets the compiled-template cache, not only the one
    MkDocs renders pages with (``on_env``): the search plugin makes its own on each build and
    language pass to read its translations, and compiled them every time."""
    get_env = theme.get_env
    if getattr(get_env, "jianfan_compiled", False):
        return

    def env_with_compiled_templates():
        env = get_env()
        if env.bytecode_cache is None:
            env.bytecode_cache = bytecode_cache(root / ".cache" / "jinja")
        return env

    env_with_compiled_templates.jianfan_compiled = True
    env_with_compiled_templates.jianfan_listing = getattr(get_env, "jianfan_listing", False)
    theme.get_env = env_with_compiled_templates


#: ``mkdocs serve``: the theme's file listing by theme folders (see ``_keep_theme_listing``).
_LISTINGS: dict[tuple, list[str]] = {}


def _keep_theme_listing(theme) -> None:
    """MkDocs lists every file of the theme (Material: thousands of icons) on every build, in each
    language's pass, to find the static files to copy: during ``mkdocs serve`` the listing is kept.
    Folders outside the Python installation (a project's ``custom_dir``) are listed anew each time
    (small), so a file added there is never missed."""
    get_env = theme.get_env
    if getattr(get_env, "jianfan_listing", False):
        return

    def env_with_kept_listing():
        env = get_env()
        listing = env.list_templates

        def list_templates(extensions=None, filter_func=None):
            local = tuple(sorted(str(p) for d in theme.dirs if not _installed(d)
                                 for p in Path(d).rglob("*")))
            key = (tuple(theme.dirs), tuple(sorted(theme.static_templates)), extensions, local,
                   getattr(filter_func, "__module__", None), getattr(filter_func, "__qualname__", None))
            if key not in _LISTINGS:
                if len(_LISTINGS) >= 8:  # one key per language pass (their theme folders differ)
                    _LISTINGS.clear()
                _LISTINGS[key] = listing(extensions=extensions, filter_func=filter_func)
            return list(_LISTINGS[key])

        env.list_templates = list_templates
        return env

    env_with_kept_listing.jianfan_listing = True
    env_with_kept_listing.jianfan_compiled = getattr(get_env, "jianfan_compiled", False)
    theme.get_env = env_with_kept_listing


def _complete_search_index(config) -> None:
    """``--dirty``: the search plugin gets every page's entries (the page cache hands it the
    skipped pages' stored ones), so it must not merge them with its last index as it does for a
    dirty build (that would list each page twice)."""
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and hasattr(plugin, "is_dirty"):
            plugin.is_dirty = False
            plugin.search_index_prev = None


def _installed(folder: str) -> bool:
    import sysconfig

    return Path(folder).resolve().is_relative_to(Path(sysconfig.get_paths()["purelib"]).resolve())


def _reuse(memo: Memo) -> str:
    """How much of the last build a serve rebuild reused (for the log line)."""
    st = memo.stats
    return (f"; reused {st.get('clean_hits', 0)} cleanings, {st.get('analyse_hits', 0)} article "
            f"analyses ({st.get('analyse_misses', 0)} analysed again), {st.get('render_hits', 0)} "
            f"article pages ({st.get('render_misses', 0)} rendered again)")


@contextlib.contextmanager
def _user_errors():
    """A user's mistake fails the build with its message, never a traceback."""
    try:
        yield
    except JianfanError as err:
        raise PluginError(str(err)) from None


def _nested(config) -> bool:
    """Whether this is mkdocs-static-i18n's pass for a non-default language."""
    return bool(getattr(config.plugins.get("i18n"), "building", False))


def _configure_nav(config, result, max_articles: int) -> None:
    """Give each language of mkdocs-static-i18n the generated navigation, titles converted."""
    i18n = config.plugins.get("i18n")
    if i18n is None or result is None:
        return
    for language in i18n.config.languages:
        if language.locale in ("zh-Hans", "zh-Hant"):
            language.nav = site_nav(result.articles, result.converter, language.locale,
                                    max_articles)
            if language.default:
                config.nav = language.nav
