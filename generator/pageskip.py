"""``mkdocs serve --dirty`` (``PageCache.exact_dirty``): the pages MkDocs need not build.

A page is skipped only when its Markdown file, the language's shape and the site's set of pages
are all as the last build of this session left them and that build kept its entry: its HTML in the
site folder is exactly what a build would write. Skipped pages give the search index their stored
entries, in the pages' order; other pages may read their title, front matter and anchors.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pagestore import Entry, _Language


class _Session:
    """``exact_dirty``: what the last build of one language left in the site folder."""

    def __init__(self, shape: str, urls: set[str], pages: dict[str, tuple]) -> None:
        self.shape = shape
        self.urls = urls
        self.pages = pages
        """src_uri → (Markdown file's (mtime, size), key, output file)."""


def plan(state: _Language, session: _Session | None, old: dict[str, Entry], files,
         outputs: set[str], new: dict[str, Entry]) -> int:
    """Tell MkDocs, page by page, whether it must build the page: not when its output from the
    last build of this session (``session``) is still exactly right. ``outputs`` gets every file
    MkDocs writes, ``new`` the entries of the skipped pages; returns how many are skipped."""
    same_site = (session is not None and session.shape == state.shape
                 and session.urls == state.urls)
    for file in files:
        outputs.add(file.abs_dest_path)
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
            new[uri] = entry
            file.is_modified = _unmodified
        else:
            file.is_modified = _modified
            state.last_built = uri
    return len(state.skipped)


def remove_stale(site_dir: str, gone: set[str]) -> None:
    """Remove the files the last build wrote that this one does not have (a deleted article's
    pages), as a full build's clean site folder would not hold them."""
    site = Path(site_dir).resolve()
    for path in gone:
        target = Path(path)
        if target.resolve().is_relative_to(site):
            target.unlink(missing_ok=True)


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
