"""Links between pages: where a paragraph is, who cites it, how a source is named."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analyse.model import Analysis
    from ..model import Article

__all__ = ["cited_by", "source_name", "paragraph_number", "paragraph_href"]


def cited_by(analysis: Analysis, scripts: dict[str, str] | None = None
             ) -> dict[tuple[str, str], list[tuple[str, str, bool]]]:
    """(article slug, paragraph id) → [(point id, text, own)] of the briefing points citing it, in
    point order: the back-links under each cited paragraph. The text is what that paragraph says
    for the point: the point's statement (zh-Hans, ``own``) where the statement was made from this
    paragraph (its first citation), else this paragraph's own quote (the article's script): a
    reader never sees, under a paragraph, words another outlet wrote."""
    found: dict[tuple[str, str], list[tuple[str, str, bool]]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for point in analysis.points:
        for i, c in enumerate(point.citations):
            if (c.article, c.paragraph, point.id) in seen:
                continue
            seen.add((c.article, c.paragraph, point.id))
            own = i == 0
            # the paragraph's own words are marked as a quotation (unless they hold quotation marks)
            # (in the article's own script's marks: the page of that script shows them unconverted)
            left, right = "「」" if (scripts or {}).get(c.article) == "zh-Hant" else "“”"
            quote = c.quote if re.search(r"[“”「」]", c.quote) else f"{left}{c.quote}{right}"
            found[(c.article, c.paragraph)].append((point.id, point.statement if own else quote, own))
    return dict(found)


def source_name(article: Article) -> str:
    """Short reader label of an article: its outlet, else its title."""
    return article.outlet or article.title


#: ``id(article)`` → (the article, its paragraph ids' numbers), for one rendering (the briefing asks
#: some 2,000 times on the default content; each walked the article's blocks); ``forget_numbers``.
_NUMBERS: dict[int, tuple[Article, dict[str, int]]] = {}


def forget_numbers() -> None:
    """Drop the paragraph numbers kept by ``paragraph_number`` (a new rendering begins)."""
    _NUMBERS.clear()


def paragraph_number(article: Article, paragraph: str) -> int | str:
    """The ¶ number of a paragraph id in an article, or '' when it has no such paragraph."""
    kept = _NUMBERS.get(id(article))
    if kept is None or kept[0] is not article:
        numbers: dict[str, int] = {}
        for p in article.paragraphs:
            numbers.setdefault(p.id, p.n)
        kept = _NUMBERS[id(article)] = (article, numbers)
    if paragraph in kept[1]:
        return kept[1][paragraph]
    if re.fullmatch(r"t\d+", paragraph or "") and any(b.id == paragraph for b in article.blocks):
        return "表" + paragraph[1:]  # a table: "表2", shown without ¶
    return ""


def paragraph_href(article: Article, paragraph: str = "", prefix: str = "articles/") -> str:
    """Link from a page at the locale's root to an article (and one of its paragraphs)."""
    return f"{prefix}{article.slug}/index.md" + (f"#{paragraph}" if paragraph else "")
