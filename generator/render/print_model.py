"""The values of the print content model (articles, references, limits) and the small text
helpers the print pages use: one line per text, anchors, short titles, the documents' date."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..templating import is_web_url

if TYPE_CHECKING:
    from ..model import Article

__all__ = ["Ref", "PrintArticle", "Limits", "BRIEF_LIMITS", "flat", "safe_url", "anchor",
           "short_title", "table_rows", "source_date"]

_NEWLINES = re.compile(r"\s*\n\s*")


def flat(text) -> str:
    """One line: a line break inside CJK text prints as a gap, so lines are joined."""
    text = str(text or "")
    if "\n" not in text:
        return text.strip()
    parts = _NEWLINES.split(text.strip())
    out = parts[0]
    for part in parts[1:]:
        if out and part and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() \
                and part[0].isalnum():
            out += " "
        out += part
    return out


def safe_url(value) -> str:
    """An http(s) URL, or '' for anything else (file:, javascript:, relative paths)."""
    url = str(value or "").strip()
    return url if is_web_url(url) else ""


def anchor(index: int, paragraph: str = "", prefix: str = "") -> str:
    """ASCII anchor of an article (``a3``) or one of its paragraphs (``a3-p12``)."""
    base = f"{prefix}a{index}"
    return f"{base}-{paragraph}" if paragraph else base


def short_title(text: str, limit: int = 28) -> str:
    """A title short enough for a running header."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Ref:
    """A short reference to one paragraph: ``证券日报 2024-03 ¶12``, linking to ``href``."""

    label: str
    href: str
    """``#anchor`` inside the same document."""
    article: str
    """Article slug."""
    paragraph: str
    """Paragraph id (``p12``)."""
    n: int = 0
    """Paragraph number."""


@dataclass(slots=True)
class PrintArticle:
    """One article as printed: converted text, blocks with anchors."""

    index: int
    slug: str
    anchor: str
    title: str
    header: str
    outlet: str
    author: str
    date: str
    url: str
    source: str
    script: str
    label: str
    """Short source label: outlet (or title) and month, e.g. ``证券日报 2024-03``."""
    blocks: list = field(default_factory=list)
    paragraphs: int = 0


def table_rows(markdown: str) -> list[list[str]]:
    rows = []
    for line in markdown.strip().splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip("|"))]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        rows.append(cells)
    return rows


def source_date(articles: list[Article], environ: dict | None = None) -> datetime:
    """The PDFs' creation date: SOURCE_DATE_EPOCH if set, else the newest article date."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    best = None
    for art in articles:
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(art.date or ""))
        if m:
            key = (int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
            best = max(best, key) if best else key
    y, mo, d = best or (2000, 1, 1)
    try:
        return datetime(y, mo, d, tzinfo=timezone.utc)
    except ValueError:
        return datetime(y, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of the briefing a document shows (0: everything)."""

    per_category: int = 0
    refs: int = 0
    figures: int = 0
    events: int = 0


#: The brief is read in ten minutes: the strongest points, a few references each.
BRIEF_LIMITS = Limits(per_category=2, refs=2, figures=10, events=12)
