"""What one build keeps for the next (``Memo``): cleanings, per-article analyses, rendered
article pages and formatted article files, each keyed by a hash of what it depends on."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Memo", "load_memo", "memo_path"]


@dataclass
class Memo:
    """What one build keeps for the next, each entry keyed by a hash of everything it depends on:
    each source's cleaning (``cleaned``: signature, path, text, disabled rules) and each article's
    own part of the analysis (``parts``, see ``analyse/incremental.py``). A build takes a memo in
    and leaves in it only the entries it used. ``mkdocs serve`` keeps it in memory between saves;
    ``mkdocs build`` reads and writes ``.cache/incremental.pickle``."""

    cleaned: dict[str, bytes] = field(default_factory=dict)
    parts: dict[str, bytes] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    """Each article's rendered pages, keyed by what their templates are given (``render/cache.py``)."""
    used_cleaned: dict[str, bytes] = field(default_factory=dict)
    formatted: dict[str, str] = field(default_factory=dict)
    """Each unedited article file's text, keyed by its front matter and body (``_format``)."""
    used_formatted: dict[str, str] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)
    """Hits and misses of the last build: cleaned, analysed (shown in the build's log line)."""


def memo_path(root: Path) -> Path:
    return root / ".cache" / "incremental.pickle"


def load_memo(root: Path) -> Memo:
    """The memo the last ``mkdocs build`` left, or an empty one (absent, damaged, foreign)."""
    try:
        with memo_path(root).open("rb") as handle:
            memo = pickle.load(handle)
        if isinstance(memo, Memo) and all(hasattr(memo, f) for f in Memo.__dataclass_fields__):
            return memo
    except Exception:  # a cache is never trusted over a rebuild
        pass
    return Memo()
