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
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import pickle
import posixpath
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__
from .writers import write_atomic

__all__ = ["PageCache", "TEMPLATE_NAME", "TEMPLATE_SOURCE"]

log = logging.getLogger("mkdocs.plugins.jianfan")

#: The template a hit renders with: the cached theme output, verbatim.
TEMPLATE_NAME = "jianfan-cached-page.html"
TEMPLATE_SOURCE = "{{ jianfan_cached_output }}"
_FORMAT = 4
_ABSENT = object()
#: MkDocs' warning on every ``--dirty`` build (not about a page; ``exact_dirty`` makes it moot).
_DIRTY_WARNING = "A 'dirty' build is being performed"
_PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "markdown", "pymdown-extensions",
             "jinja2", "babel")
_HREF = re.compile(r'(?:href|src)="([^"]*)"')
#: A live number: a count the generator marks (``<span class="jf-live" data-search-exclude>N</span>``,
#: the briefing's "本次处理 N 个句子") because it moves with every added sentence while the rest of
#: its page does not. A page's key leaves the numbers out; a hit writes the current ones into the
#: stored HTML (where they stand as blank spans). The span is excluded from the search index, so
#: the stored search entries hold whatever the numbers. Digits only: nothing to backtrack over.
_LIVE_OPEN, _LIVE_CLOSE = '<span class="jf-live" data-search-exclude>', "</span>"
_LIVE = re.compile(re.escape(_LIVE_OPEN) + r"([0-9]{1,15})" + re.escape(_LIVE_CLOSE))
_LIVE_BLANK = _LIVE_OPEN + _LIVE_CLOSE


@dataclass(slots=True)
class Entry:
    key: str
    content: bytes
    """page.content, zlib-compressed."""
    output: bytes
    """The theme template's output, zlib-compressed."""
    toc: object
    title: str | None
    anchors: frozenset
    links: dict
    """page.links_to_anchors, by target src_uri."""
    targets: frozenset
    """Site URLs of the pages this page links to (each must still exist for a hit)."""
    search: list
    """The entries the search plugin made of the page."""
    meta: dict
    """The page's front matter (the theme's navigation may read it on other pages)."""
    live: int = 0
    """How many live numbers ``content`` and ``output`` hold as blank spans (see ``_LIVE``)."""


@functools.lru_cache(maxsize=1)
def _versions() -> str:
    parts = [f"jianfan={__version__}"]
    for name in _PACKAGES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
    return ";".join(parts)


def _nav_shape(items) -> list:
    out = []
    for item in items or []:
        out.append([type(item).__name__, getattr(item, "title", None),
                    getattr(getattr(item, "file", None), "src_uri", None) or getattr(item, "url", None),
                    _nav_shape(getattr(item, "children", None))])
    return out


class _WarningWatch(logging.Handler):
    """Notes which page was being built when MkDocs (or a plugin) logged a warning."""

    def __init__(self, config) -> None:
        super().__init__(logging.WARNING)
        self.config = config
        self.pages: set[str] = set()
        self.outside = False

    def emit(self, record) -> None:
        if record.getMessage().startswith(_DIRTY_WARNING):
            return
        page = getattr(self.config, "_current_page", None)
        if page is not None:
            self.pages.add(page.file.src_uri)
        else:
            self.outside = True


class _Language:
    """The state of one language's pass of the build."""

    def __init__(self, shape: str, urls: set[str], page_locales: dict, watch: _WarningWatch) -> None:
        self.shape = shape
        self.urls = urls
        self.page_locales = page_locales
        self.watch = watch
        self.keys: dict[str, str] = {}
        self.hits: dict[str, Entry] = {}
        self.search_meta: dict[str, object] = {}
        self.search_made: dict[str, list] = {}
        self.search_mark = 0
        self.sources: dict[str, tuple] = {}
        """Each page's Markdown file as it was read (``exact_dirty``: (mtime, size))."""
        self.skipped: dict[str, Entry] = {}
        """``exact_dirty``: the pages MkDocs does not build this time, with their entries."""
        self.order: list[str] = []
        """The pages in the order MkDocs builds them (the search index keeps that order)."""
        self.placed = 0
        """How many of ``order`` have their search entries in the index."""
        self.last_built: str | None = None
        self.dests: dict[str, str] = {}
        self.live: dict[str, tuple[str, ...]] = {}
        """Each page's live numbers, in order (see ``_LIVE``)."""


class _Session:
    """``exact_dirty``: what the last build of one language left in the site folder."""

    def __init__(self, shape: str, urls: set[str], pages: dict[str, tuple]) -> None:
        self.shape = shape
        self.urls = urls
        self.pages = pages
        """src_uri → (Markdown file's (mtime, size), key, output file)."""


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
        """``exact_dirty``: remove the files the last build wrote that this one does not have (a
        deleted article's pages), as a full build's clean site folder would not hold them."""
        site = Path(config.site_dir).resolve()
        for path in self._outputs - self._outputs_now:
            target = Path(path)
            if target.resolve().is_relative_to(site):
                target.unlink(missing_ok=True)
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
        """``exact_dirty``: tell MkDocs, page by page, whether it must build the page: not when
        its output from the last build of this session is still exactly right."""
        session = self._sessions.get(language)
        same_site = (session is not None and session.shape == state.shape
                     and session.urls == state.urls)
        old = self._load()
        for file in files:
            self._outputs_now.add(file.abs_dest_path)
        pages = list(files.documentation_pages())
        for i, file in enumerate(pages):
            uri = file.src_uri
            state.order.append(uri)
            try:
                st = os.stat(file.abs_src_path)
                source = (st.st_mtime_ns, st.st_size)
            except (OSError, TypeError):
                source = None
            state.sources[uri] = source
            state.dests[uri] = file.abs_dest_path
            kept = session.pages.get(uri) if same_site else None
            entry = old.get(uri)
            # The last page is always built: mkdocs-static-i18n's language links on 404.html are
            # the last built page's.
            if (i < len(pages) - 1 and kept is not None and source is not None and kept[0] == source
                    and entry is not None
                    and entry.key == kept[1] and kept[2] == file.abs_dest_path
                    and os.path.isfile(file.abs_dest_path)):
                state.skipped[uri] = entry
                state.keys[uri] = entry.key
                self._new[uri] = entry
                file.is_modified = _unmodified
            else:
                file.is_modified = _modified
                state.last_built = uri
        self.skipped += len(state.skipped)

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


def _unmodified() -> bool:
    return False


def _modified() -> bool:
    return True


def _place_skipped(state: _Language, upto: int, search_entries: list) -> None:
    """The stored search entries of the skipped pages in ``state.order[state.placed:upto]``;
    the page at ``upto`` is the next one built (its own entries follow)."""
    for uri in state.order[state.placed:upto]:
        entry = state.skipped.get(uri)
        if entry is not None:
            search_entries.extend(dict(e) for e in entry.search)
    state.placed = upto + 1


def _restore_skipped(state: _Language, files) -> None:
    """What other pages may read of a skipped page (its title, front matter, anchors), as its
    last build left them: MkDocs does not read the page."""
    for uri, entry in state.skipped.items():
        file = files.get_file_from_path(uri)
        page = getattr(file, "page", None)
        if page is None:
            continue
        page.markdown = page.markdown if page.markdown is not None else ""
        page.meta = dict(entry.meta)
        page._title_from_render = entry.title
        page.present_anchor_ids = set(entry.anchors)


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


def _blank(html: str, live: tuple[str, ...]) -> str | None:
    """``html`` with its live numbers blanked, to be stored; None when they are not exactly
    ``live`` in order (Python-Markdown or the theme moved, dropped or repeated one): such a page
    is not stored, so it is rendered on every build."""
    if not live:
        return None if _LIVE_BLANK in html else html
    if tuple(m.group(1) for m in _LIVE.finditer(html)) != live or _LIVE_BLANK in html:
        return None
    return _LIVE.sub(_LIVE_BLANK, html)


def _fill(html: str, live: tuple[str, ...]) -> str:
    """Stored ``html`` with this build's live numbers written into its blank spans, in order."""
    if not live:
        return html
    parts = html.split(_LIVE_BLANK)
    out = [parts[0]]
    for value, rest in zip(live, parts[1:]):
        out += [_LIVE_OPEN, value, _LIVE_CLOSE, rest]
    return "".join(out)


def _replay_render(page, entry: Entry, live: tuple[str, ...], config, files) -> None:
    """``Page.render`` of a hit: what Python-Markdown made of the page last time."""
    page.content = _fill(zlib.decompress(entry.content).decode("utf-8"), live)
    page.toc = entry.toc
    page._title_from_render = entry.title
    page.present_anchor_ids = set(entry.anchors)
    links = {}
    for uri, anchors in entry.links.items():
        target = files.get_file_from_path(uri)
        if target is not None:
            links[target] = dict(anchors)
    page.links_to_anchors = links


def _targets(html: str, page_url: str) -> set[str]:
    """Site URLs of the local pages and files ``html`` links to, resolved from ``page_url``."""
    base = "/" + page_url.lstrip("/")
    if not base.endswith("/"):
        base = posixpath.dirname(base) + "/"
    out = set()
    for href in _HREF.findall(html):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path:
            continue
        path = posixpath.normpath(posixpath.join(base, parts.path))
        if parts.path.endswith("/") and not path.endswith("/"):
            path += "/"
        out.add(path)
    return out
