"""Finishing the site: each page's HTML as MkDocs writes it, then data files, per-language search
indexes, the PDFs and the build's statistics once the site is built."""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .model import LOCALES
from .csp import add_csp
from .segment import Segmenter
from .writers import write_atomic, write_if_changed

__all__ = ["finish_page", "finish_site", "finish_build", "split_search_index", "BuildClock"]

if TYPE_CHECKING:
    from .pdf import PendingPDFs
    from .pipeline import BuildResult, Settings

log = logging.getLogger("mkdocs.plugins.jianfan")


_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")')


def finish_page(html: str, language: str | None, default_language: str | None) -> str:
    """One page as the theme wrote it, finished: a non-default language's search loads its own
    index, the search dialog has a name, and the Content-Security-Policy is added."""
    if language is not None and language != default_language:
        # Material's ``base`` becomes the language's root, where its own search index is.
        html = _BASE.sub(lambda m: f"{m.group(1)}{m.group(2)}/{language}/{m.group(3)}", html,
                         count=1)
    # The theme's search panel is a dialog without a name (an accessibility error).
    label = "搜尋" if language == "zh-Hant" else "搜索"
    html = html.replace('data-md-component="search" role="dialog"',
                        f'data-md-component="search" role="dialog" aria-label="{label}"', 1)
    return add_csp(html)


class BuildClock:
    """The times of one ``mkdocs build``: progress lines while MkDocs renders, and the stages
    written to ``.cache/last-build.json`` at the end (for ``make bench`` and the curious)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.pages = 0

    def page_built(self, total: int) -> None:
        """A log line every 1,000 pages on a large site (MkDocs itself is silent meanwhile)."""
        self.pages += 1
        if total >= 2000 and self.pages % 1000 == 0:
            log.info(f"jianfan: {self.pages} of {total} pages built "
                     f"({time.perf_counter() - self.started:.0f} s)")


def finish_build(result: BuildResult, site: Path, settings: Settings, clock: BuildClock,
                 pdfs: PendingPDFs | None = None,
                 pages: tuple[int, int] = (0, 0), segmenter: Segmenter | None = None) -> None:
    """After MkDocs built every language: ``finish_site``, then the build's statistics.

    ``pages`` is (pages rendered, pages from the page cache); ``segmenter``: one kept in memory
    between builds (``mkdocs serve``), else the one in ``.cache/search``."""
    mkdocs_done = time.perf_counter()
    after: dict[str, float] = {}
    pdf_pages = finish_site(result, site, settings, after, pdfs, segmenter)
    stages = dict(result.timings)
    if pdfs is not None and pdfs.prepare_seconds:  # print HTML, glyph check, workers started
        stages["pdf_prepare"] = pdfs.prepare_seconds
    stages["mkdocs"] = mkdocs_done - clock.started - sum(stages.values())
    render_seconds = after.pop("pdf_render", 0.0)
    stages.update(after)
    stats = {"stages": stages, "pdf_pages": pdf_pages, "pdf_render_s": render_seconds,
             "pages_rendered": pages[0], "pages_from_cache": pages[1],
             "total": time.perf_counter() - clock.started}
    write_atomic(Path(settings.root) / ".cache" / "last-build.json",
                 (json.dumps(stats, indent=1) + "\n").encode("utf-8"))


def finish_site(result: BuildResult, site: Path, settings: Settings, timings: dict | None = None,
                pdfs: PendingPDFs | None = None, segmenter: Segmenter | None = None) -> int:
    """Write the PDFs, ``site/data/*``, and the search index split per language.

    ``pdfs`` are the PDFs started with :func:`pdf.start_pdfs` while MkDocs built the site (they
    are started here when not given). Returns the number of PDF pages written (0 without PDFs);
    ``timings`` receives the seconds of the ``pdf`` stage (waiting for and writing the PDFs),
    ``pdf_render`` (from the start of rendering to the last PDF, when any was rendered) and
    ``finish`` (data, search index)."""
    timings = {} if timings is None else timings
    pages = 0
    if settings.pdf:
        # First, so their worker processes are gone before the search index forks.
        from .pdf import start_pdfs

        started = time.perf_counter()
        if pdfs is None:
            pdfs = start_pdfs(result, settings)
        counts: dict[str, int] = {}
        pdfs.finish(site / "downloads", counts)
        timings["pdf"] = time.perf_counter() - started
        if pdfs.render_seconds:
            timings["pdf_render"] = pdfs.render_seconds
        pages = sum(counts.values())
    started = time.perf_counter()
    for rel, data in result.data.items():
        target = site / rel
        if not target.resolve().is_relative_to(site.resolve()):
            continue
        write_if_changed(target, data)
    if segmenter is None:
        split_search_index(site, Segmenter(settings.root / ".cache"))
    else:  # mkdocs serve: kept in memory, written when the server stops
        split_search_index(site, segmenter, save=False)
        segmenter.next_build()
    for page in [site / "404.html", *(site / loc / "404.html" for loc in LOCALES)]:
        # The 404 page is written from the theme without the page events: add the policy here.
        if page.exists():
            html = page.read_text(encoding="utf-8")
            if "Content-Security-Policy" not in html:
                write_atomic(page, add_csp(html).encode("utf-8"))
    timings["finish"] = time.perf_counter() - started
    return pages


def split_search_index(site: Path, segment=None, save: bool = True) -> None:
    """Give each language a search index of its own pages only, segmented into words.

    mkdocs-static-i18n stacks every language's entries into one index, so a zh-Hant search
    would return zh-Hans pages too; each language's pages load the index below their own root
    (the plugin points Material's ``base`` there).
    """
    default, *others = LOCALES
    root_index = site / "search" / "search_index.json"
    if not root_index.exists():
        return
    data = json.loads(root_index.read_text(encoding="utf-8"))
    docs = data.get("docs", [])
    if segment is not None:
        if hasattr(segment, "prefill"):
            segment.prefill(text for d in docs for text in (d.get("title", ""), d.get("text", "")))
        docs = [dict(d, title=segment(d.get("title", "")), text=segment(d.get("text", "")))
                for d in docs]
        if save:
            segment.save()
    for locale in LOCALES:
        prefix = f"{locale}/"
        if locale == default:
            mine = [d for d in docs if not any(d["location"].startswith(f"{o}/") for o in others)]
            target = root_index
        else:
            mine = [dict(d, location=d["location"][len(prefix):]) for d in docs
                    if d["location"].startswith(prefix)]
            target = site / locale / "search" / "search_index.json"
        out = dict(data, docs=mine)
        write_atomic(target, json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode())
