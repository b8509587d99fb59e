"""After MkDocs wrote the HTML: data files, per-language search indexes and the PDFs."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from .model import LOCALES
from .csp import add_csp
from .segment import Segmenter
from .writers import write_atomic, write_if_changed

__all__ = ["finish_site", "split_search_index"]

log = logging.getLogger("mkdocs.plugins.jianfan")


def finish_site(result, site: Path, settings, key: str | None, timings: dict | None = None,
                pdfs=None) -> int:
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
    split_search_index(site, Segmenter(settings.root / ".cache"))
    for page in [site / "404.html", *(site / loc / "404.html" for loc in LOCALES)]:
        # The 404 page is written from the theme without the page events: add the policy here.
        if page.exists():
            html = page.read_text(encoding="utf-8")
            if "Content-Security-Policy" not in html:
                write_atomic(page, add_csp(html).encode("utf-8"))
    timings["finish"] = time.perf_counter() - started
    return pages


def split_search_index(site: Path, segment=None) -> None:
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
