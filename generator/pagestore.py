"""What the page cache keeps of one page (``Entry``) and how it is put back: the stored HTML
with this build's live numbers, Python-Markdown's other results, the pages it links to; and the
state of one language's pass of a build (``_Language``)."""

from __future__ import annotations

import functools
import logging
import posixpath
import re
import zlib
from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urlsplit

from . import __version__

_FORMAT = 4
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
