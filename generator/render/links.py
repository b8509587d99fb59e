"""Links between pages: where a paragraph is, who cites it, how a source is named."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analyse.model import Analysis
    from ..model import Article

__all__ = ["cited_by", "source_name", "paragraph_number", "paragraph_href"]


def cited_by(analysis: Analysis) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(article slug, paragraph id) → [(point id, statement zh-Hans)] of the briefing points citing
    it, in point order: the back-links under each cited paragraph."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for point in analysis.points:
        for c in point.citations:
            entry = (point.id, point.statement)
            if entry not in found[(c.article, c.paragraph)]:
                found[(c.article, c.paragraph)].append(entry)
    return dict(found)


def source_name(article: Article) -> str:
    """Short reader label of an article: its outlet, else its title."""
    return article.outlet or article.title


def paragraph_number(article: Article, paragraph: str) -> int | str:
    """The ¶ number of a paragraph id in an article, or '' when it has no such paragraph."""
    for p in article.paragraphs:
        if p.id == paragraph:
            return p.n
    if re.fullmatch(r"t\d+", paragraph or "") and any(b.id == paragraph for b in article.blocks):
        return "表" + paragraph[1:]  # a table: "表2", shown without ¶
    return ""


def paragraph_href(article: Article, paragraph: str = "", prefix: str = "articles/") -> str:
    """Link from a page at the locale's root to an article (and one of its paragraphs)."""
    return f"{prefix}{article.slug}/index.md" + (f"#{paragraph}" if paragraph else "")
