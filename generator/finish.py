"""After MkDocs wrote the HTML: data files, per-language search indexes and the PDFs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .model import LOCALES
from .segment import Segmenter
from .writers import write_atomic, write_if_changed

__all__ = ["finish_site", "split_search_index"]

log = logging.getLogger("mkdocs.plugins.jianfan")


def finish_site(result, site: Path, settings, key: str | None) -> int:
    """Write ``site/data/*``, split the search index per language, render the PDFs.

    Returns the number of PDF pages written (0 without PDFs)."""
    for rel, data in result.data.items():
        target = site / rel
        if not target.resolve().is_relative_to(site.resolve()):
            continue
        write_if_changed(target, data)
    split_search_index(site, Segmenter(settings.root / ".cache"))
    if not settings.pdf:
        return 0
    from .pdf import render_pdfs

    paths = render_pdfs(result, site / "downloads", settings)
    return _count_pages(paths)


def _count_pages(paths) -> int:
    """Pages in the written PDFs."""
    from pypdf import PdfReader

    return sum(len(PdfReader(str(path)).pages) for path in paths or [])
