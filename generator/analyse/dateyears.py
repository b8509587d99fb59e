"""The year of a date written without one: the article's, else the year the corpus's articles
were published in, else the year the corpus writes most often (split from ``datefind.py``)."""

from __future__ import annotations

import re
from collections import Counter

from .datepatterns import _YMD
from .text import Sentence


def infer_year(article_date: str | None, explicit_years: Counter,
               article_years: Counter | None = None) -> int | None:
    """Year for dates written without one: the article's date; else the year the corpus's other
    articles were published in (most of them; the latest on a tie), which says more about an
    undated article than the years it mentions in passing ("2021年宣布进军…"); else the year the
    corpus writes most often."""
    if article_date and re.match(r"\d{4}", article_date):
        return int(article_date[:4])
    if article_years:
        return max(article_years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if explicit_years:
        return explicit_years.most_common(1)[0][0]
    return None


def _explicit_years(sentences: list[Sentence]) -> Counter:
    years: Counter = Counter()
    for s in sentences:
        for m in _YMD.finditer(s.simple):
            if m["y"] and (m["d"] or m["part"]):
                years[int(m["y"])] += 1
    return years
