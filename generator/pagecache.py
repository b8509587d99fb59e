"""A cache of MkDocs' per-page work: Markdown → HTML and the theme's template, keyed by content.

MkDocs renders every page on every build (Python-Markdown, then the theme's Jinja template), even
when nothing changed; on a large corpus that is most of the build. This cache keeps, per page,
what those two steps produced and replays it when the page's key is unchanged:

    key = hash(page Markdown and front matter, its path, which locales have it,
               the site's shape: mkdocs.yml, navigation, language, package versions, generator)

A hit still goes through MkDocs' own loop, with its events, so every other plugin sees the page
as usual (the i18n plugin and ours post-process the output; the search index gets the page's
stored entries):

- ``on_page_markdown``: the key; on a hit the page's ``render`` (Python-Markdown) is replaced,
  for this page object only, by one that puts back the stored HTML, table of contents, title
  and anchors;
- ``on_page_content``: on a hit the page's template becomes a one-line template that prints
  the stored theme output, and the search plugin is told to skip the page (``on_page_context``
  adds the entries it made last time);
- ``on_post_page``: on a miss, the theme's output is stored (before any post-processing).

Stale output is never served: anything a page's output depends on is in its key or in the shape
key, each hit re-checks that every page it links to still exists, and a page whose rendering
logged a warning is never stored (so ``--strict`` sees the warning again on every build).

``mkdocs serve --dirty`` (``exact_dirty``): MkDocs skips every page that ``File.is_modified``
calls unchanged, without reading, rendering or writing it, and keeps its HTML from the last
build. MkDocs' own test (the Markdown file is newer than the HTML) misses a changed navigation,
title or link target; here a page is skipped only when its Markdown file, the language's shape
and the site's set of pages are all as the last build of this session left them, and that build
kept the page's entry (so it logged no warning): exactly the pages whose output would be the
stored output. Everything else is built (a hit still replays). Skipped pages give the search
index their stored entries in the pages' order, and the files of pages that are gone are removed,
so the site served equals a full build's.

The module is in three: this one (the plugin and its events), ``pagestore.py`` (what is kept of a
page and how it is put back) and ``pageskip.py`` (``--dirty``: the pages not built at all).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import pickle
import zlib
from datetime import datetime, timezone
from pathlib import Path

from .pageskip import _place_skipped, _restore_skipped, _Session, plan, remove_stale
from .pagestore import (_FORMAT, _LIVE, _LIVE_BLANK, _LIVE_OPEN, Entry, _blank, _fill, _Language,
                        _nav_shape, _replay_render, _targets, _versions, _WarningWatch)
from .writers import write_atomic

__all__ = ["PageCache", "TEMPLATE_NAME", "TEMPLATE_SOURCE"]

log = logging.getLogger("mkdocs.plugins.jianfan")

#: The template a hit renders with: the cached theme output, verbatim.
TEMPLATE_NAME = "jianfan-cached-page.html"
TEMPLATE_SOURCE = "{{ jianfan_cached_output }}"
_ABSENT = object()


def _priority(value: float):
    """An event's priority among the plugins (what ``mkdocs.plugins.event_priority`` sets; only
    the plugin module imports mkdocs)."""
    def mark(method):
        method.mkdocs_priority = value
        return method
    return mark


class PageCache:
    """The page cache as a plugin of its own: ``plugin.py`` adds it to MkDocs' plugins when the
    ``page_cache`` option is on. One per build (``mkdocs serve``: per session); holds the entries
    of every language of a build. Its events run after every other plugin's (-110), and after
    mkdocs-static-i18n has made the language's navigation, except where a priority says why."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / ".cache" / "pages.pickle"
        self.page_locales: dict[str, tuple] = {}
        """For each generated page, the locales that have the same page (the language switcher)."""
        self._old: dict[str, Entry] | None = None
        self._new: dict[str, Entry] = {}
        self._languages: dict[str, _Language] = {}
        self._current: _Language | None = None
        self.hits = 0
        self.misses = 0
        self.last: tuple[int, int] = (0, 0)
        """(pages rendered, pages from the cache) of the last whole build."""
        self.defer_writes = False
        """``mkdocs serve``: keep the cache in memory between saves, write it at the end (``flush``)."""
        self.exact_dirty = False
        """``mkdocs serve --dirty``: skip the pages whose output is already in the site folder."""
        self.skipped = 0
        self._sessions: dict[str, _Session] = {}
        self._outputs: set[str] = set()
        """``exact_dirty``: every file MkDocs wrote in the last build (removed when gone)."""
        self._outputs_now: set[str] = set()
        self._unsaved = False

    def set_pages(self, pages: dict[str, str]) -> None:
        """The generated pages of this build (``zh-Hans/index.md`` …)."""
        by_path: dict[str, list[str]] = {}
        for path in pages:
            locale, _, rest = path.partition("/")
            by_path.setdefault(rest, []).append(locale)
        self.page_locales = {path: tuple(sorted(by_path[path.partition("/")[2]])) for path in pages}

    # -- MkDocs' events -----------------------------------------------------------------------

    @_priority(-110)
    def on_nav(self, nav, config, files):
        self.start(config, nav, files, _language(config), self.page_locales)
        return nav

    @_priority(-110)
    def on_env(self, env, config, files):
        """All pages are read; their contexts (and search entries) come next, one by one."""
        import jinja2

        state = self._current
        if state is not None:
            entries = _search_entries(config)
            state.search_mark = len(entries) if entries is not None else 0
            _restore_skipped(state, files)
            if state.last_built is None and entries is not None:  # nothing is built this time
                _place_skipped(state, len(state.order), entries)
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE_NAME: TEMPLATE_SOURCE}),
                                          env.loader])
        return env

    @_priority(-105)  # after mkdocs-static-i18n (-100) built every language; before jianfan's
    def on_post_build(self, config):
        """After one language's pass, forget the pages that logged a warning; after the whole
        build, save."""
        if getattr(config.plugins.get("i18n"), "building", False):
            self.finish(_language(config))
            return
        self.last = (self.misses, self.hits)
        skipped, self.skipped = self.skipped, 0
        self.save()
        if self.exact_dirty:
            self._remove_stale(config)
        log.info(f"jianfan: {self.last[0]} pages rendered, {self.last[1]} unchanged pages from "
                 f"the cache{f', {skipped} unchanged pages kept as they were' if skipped else ''}")

    def _remove_stale(self, config) -> None:
        """``exact_dirty``: the files of the last build that this one does not have are removed."""
        remove_stale(config.site_dir, self._outputs - self._outputs_now)
        self._outputs, self._outputs_now = self._outputs_now, set()

    # -- loading and saving -------------------------------------------------------------------

    def _load(self) -> dict[str, Entry]:
        if self._old is None:
            self._old = {}
            try:
                with open(self.path, "rb") as fh:
                    data = pickle.load(fh)
                if data.get("format") == _FORMAT and data.get("versions") == _versions():
                    self._old = data["entries"]
            except FileNotFoundError:
                pass
            except Exception as err:  # a damaged cache is rebuilt, never trusted
                log.info(f"jianfan: page cache {self.path} unreadable ({err}); rendering every page")
        return self._old

    def save(self) -> None:
        """After the whole build: keep the entries of this build's pages (pages that no longer
        exist are dropped), and start the next build (``mkdocs serve``) from them."""
        for language in list(self._languages):
            self.finish(language)
        old = self._load()
        self._unsaved = self._unsaved or bool(self.misses or set(self._new) != set(old))
        self._old, self._new = self._new, {}
        self.hits = self.misses = 0
        if not self.defer_writes:
            self.flush()

    def flush(self) -> None:
        """Write the entries of the last whole build, if they changed since the last write."""
        if not self._unsaved or self._old is None:
            return
        data = {"format": _FORMAT, "versions": _versions(), "entries": self._old}
        try:
            write_atomic(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
            self._unsaved = False
        except OSError as err:
            log.warning(f"jianfan: cannot write the page cache {self.path} ({err}); "
                        "the next build renders every page again")

    # -- one language's pass ------------------------------------------------------------------

    def start(self, config, nav, files, language: str, page_locales: dict[str, tuple]) -> None:
        """Before the pages of one language are read: the shape key and the site's URLs."""
        h = hashlib.sha256()
        try:
            h.update(Path(config.config_file_path).read_bytes())
        except (OSError, TypeError):
            h.update(repr(sorted(config.items(), key=str)).encode())
        custom = getattr(config.theme, "custom_dir", None)  # the theme's overrides shape every page
        if custom and Path(custom).is_dir():
            for path in sorted(Path(custom).rglob("*")):
                if path.is_file():
                    h.update(str(path.relative_to(custom)).encode() + b"\0" + path.read_bytes())
        shape = [_versions(), language, os.environ.get("SOURCE_DATE_EPOCH", ""),
                 "" if os.environ.get("SOURCE_DATE_EPOCH") else  # else the footer's build date
                 datetime.now(timezone.utc).date().isoformat(),
                 config.site_name, config.site_url or "", _nav_shape(nav.items)]
        h.update(json.dumps(shape, ensure_ascii=False, default=str).encode())
        self.finish(language)
        watch = _WarningWatch(config)
        logging.getLogger("mkdocs").addHandler(watch)
        state = self._current = self._languages[language] = _Language(
            h.hexdigest(), {"/" + f.url.lstrip("/") for f in files}, page_locales, watch)
        if self.exact_dirty:
            self._plan(state, language, files)

    def _plan(self, state: _Language, language: str, files) -> None:
        """``exact_dirty``: which pages MkDocs must build (``pageskip.plan``)."""
        self.skipped += plan(state, self._sessions.get(language), self._load(), files,
                             self._outputs_now, self._new)

    def finish(self, language: str) -> None:
        """After one language's pages are built and their links checked: forget the pages that
        logged a warning (or everything, when a warning came from outside a page)."""
        state = self._languages.pop(language, None)
        if state is None:
            return
        if self._current is state:
            self._current = None
        logging.getLogger("mkdocs").removeHandler(state.watch)
        for uri in state.keys:
            if state.watch.outside or uri in state.watch.pages:
                self._new.pop(uri, None)
        if self.exact_dirty:
            pages = {}
            for uri, key in state.keys.items():
                entry = self._new.get(uri)
                if entry is not None and entry.key == key and state.sources.get(uri) is not None:
                    pages[uri] = (state.sources[uri], key, state.dests.get(uri))
            self._sessions[language] = _Session(state.shape, state.urls, pages)

    @_priority(-110)  # last: the Markdown exactly as Python-Markdown would get it
    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        state = self._current
        if state is None:
            return markdown
        uri = page.file.src_uri
        live = tuple(m.group(1) for m in _LIVE.finditer(markdown)) if _LIVE_OPEN in markdown else ()
        h = hashlib.sha256(state.shape.encode())
        h.update(uri.encode() + b"\0")
        h.update(repr(state.page_locales.get(uri)).encode() + b"\0")
        h.update(json.dumps(page.meta, sort_keys=True, ensure_ascii=False, default=str).encode())
        h.update(f"\0{len(live)}\0".encode())
        h.update((_LIVE.sub(_LIVE_BLANK, markdown) if live else markdown).encode("utf-8", "surrogatepass"))
        key = h.hexdigest()
        state.keys[uri] = key
        state.live[uri] = live
        entry = self._load().get(uri)
        if (entry is not None and entry.key == key and entry.targets <= state.urls
                and entry.live == len(live)):
            state.hits[uri] = entry
            self.hits += 1
            # MkDocs calls page.render() next: this page's stands in for Python-Markdown
            page.render = functools.partial(_replay_render, page, entry, live)
        else:
            self.misses += 1
        return markdown

    @_priority(-110)
    def on_page_content(self, html: str, page, config, files) -> str:
        """Runs last among the plugins' ``on_page_content``; the search plugin indexes next."""
        search_entries = _search_entries(config)
        state = self._current
        uri = page.file.src_uri
        entry = state.hits.get(uri) if state is not None else None
        if entry is None:
            return html
        if search_entries is not None:
            # The search plugin would parse the HTML again: it skips the page, and on_context
            # adds the entries it made last time.
            state.search_meta[uri] = page.meta.get("search", _ABSENT)
            page.meta["search"] = {"exclude": True}
        page.meta["template"] = TEMPLATE_NAME
        return html

    @_priority(-110)
    def on_page_context(self, context, page, config, nav):
        """Runs after the search plugin's ``on_page_context``."""
        search_entries = _search_entries(config)
        state = self._current
        if state is None:
            return context
        uri = page.file.src_uri
        entry = state.hits.get(uri)
        if search_entries is not None and state.skipped:
            # The pages MkDocs skips come before this one in the index, as in a full build.
            made = search_entries[state.search_mark:]
            del search_entries[state.search_mark:]
            _place_skipped(state, state.order.index(uri, state.placed), search_entries)
            state.search_mark = len(search_entries)
            search_entries.extend(made)
        if entry is None:
            # Pages get their context one after the other: what the search plugin added since
            # the previous page is this page's.
            if search_entries is not None:
                state.search_made[uri] = search_entries[state.search_mark:]
                state.search_mark = len(search_entries)
                self._after_last(state, uri, search_entries)
            return context
        if uri in state.search_meta:
            meta = state.search_meta.pop(uri)
            if meta is _ABSENT:
                page.meta.pop("search", None)
            else:
                page.meta["search"] = meta
            if search_entries is not None:
                search_entries.extend(dict(e) for e in entry.search)
        if search_entries is not None:
            state.search_mark = len(search_entries)
            self._after_last(state, uri, search_entries)
        context["jianfan_cached_output"] = _fill(zlib.decompress(entry.output).decode("utf-8"),
                                                 state.live.get(uri, ()))
        return context

    @staticmethod
    def _after_last(state: _Language, uri: str, search_entries: list) -> None:
        """After the last page MkDocs builds: the skipped pages after it join the index."""
        if uri == state.last_built and state.skipped:
            _place_skipped(state, len(state.order), search_entries)
            state.search_mark = len(search_entries)

    @_priority(1)  # before jianfan finishes the page (0): the theme's output as it was
    def on_post_page(self, output: str, page, config) -> None:
        """The theme's output of a page: store it (misses) or keep the entry (hits)."""
        state = self._current
        uri = page.file.src_uri
        key = state.keys.get(uri) if state is not None else None
        if key is None:
            return None
        hit = state.hits.get(uri)
        if hit is not None:
            self._new[uri] = hit
            return None
        links = {}
        for target, anchors in (page.links_to_anchors or {}).items():
            links[target.src_uri] = dict(anchors)
        targets = _targets(page.content or "", page.url) & state.urls
        search = state.search_made.pop(uri, [])
        live = state.live.get(uri, ())
        content, output = _blank(page.content or "", live), _blank(output, live)
        if content is None or output is None:  # the numbers did not come out as they went in
            self._new.pop(uri, None)
            return None
        self._new[uri] = Entry(
            key=key,
            content=zlib.compress(content.encode("utf-8"), 1),
            output=zlib.compress(output.encode("utf-8"), 1),
            toc=page.toc, title=page._title_from_render,
            anchors=frozenset(page.present_anchor_ids or ()), links=links,
            targets=frozenset(targets),
            search=[dict(e) for e in search],
            meta=dict(page.meta),
            live=len(live),
        )


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
