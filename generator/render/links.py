"""Links between pages: where a paragraph is, who cites it, how a source is named."""

from __future__ import annotations

from collections import defaultdict

__all__ = ["cited_by", "source_name", "paragraph_number", "paragraph_href"]


def cited_by(analysis) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(article slug, paragraph id) → [(point id, statement zh-Hans)] of the briefing points citing
    it, in point order: the back-links under each cited paragraph."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for point in analysis.points:
        for c in point.citations:
            entry = (point.id, point.statement)
            if entry not in found[(c.article, c.paragraph)]:
                found[(c.article, c.paragraph)].append(entry)
    return dict(found)


def source_name(article) -> str:
    """Short reader label of an article: its outlet, else its title."""
    return article.outlet or article.title


def paragraph_number(article, paragraph: str):
    """The ¶ number of a paragraph id in an article, or '' when it has no such paragraph."""
    for p in article.paragraphs:
        if p.id == paragraph:
            return p.n
    return ""


def paragraph_href(article, paragraph: str = "", prefix: str = "articles/") -> str:
    """Link from a page at the locale's root to an article (and one of its paragraphs)."""
    return f"{prefix}{article.slug}/index.md" + (f"#{paragraph}" if paragraph else "")
