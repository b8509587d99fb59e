"""After MkDocs wrote the HTML: data files, per-language search indexes and the PDFs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .model import LOCALES
from .writers import write_atomic, write_if_changed

__all__ = ["finish_site", "split_search_index"]

log = logging.getLogger("mkdocs.plugins.jianfan")


def finish_site(result, site: Path, settings, key: str | None) -> None:
    """Write ``site/data/*``, split the search index per language, render the PDFs."""
    for rel, data in result.data.items():
        target = site / rel
        if not target.resolve().is_relative_to(site.resolve()):
            continue
        write_if_changed(target, data)
    split_search_index(site)
    if settings.pdf:
        from .pdf import render_pdfs

        render_pdfs(result, site / "downloads", settings)


def split_search_index(site: Path) -> None:
    """Give each language a search index of its own pages only.

    mkdocs-static-i18n stacks every language's entries into one index, so a zh-Hant search
    would return zh-Hans pages too; each language's pages load the index below their own root.
    """
    default, *others = LOCALES
    root_index = site / "search" / "search_index.json"
    if not root_index.exists():
        return
    data = json.loads(root_index.read_text(encoding="utf-8"))
    docs = data.get("docs", [])
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
        if locale != default:
            config = dict(out.get("config", {}))
            out["config"] = config
        write_atomic(target, json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode())
