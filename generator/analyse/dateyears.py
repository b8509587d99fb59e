"""The year of a date written without one: the last year written with a month before it in its
paragraph; else the article's, else the year the corpus's articles were published in, else the year
the corpus writes most often (split from ``datefind.py`` and ``timeline.py``)."""

from __future__ import annotations

import bisect
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


#: A year written as part of a date ("2023年12月28日", "2020年1月"): the year a paragraph's later
#: months without one continue in. A year standing alone dates a statistic or a period ("2022年
#:日本对中国出口水产品约871亿日元"), not the narrative: "8月下旬以来" two sentences later in an
#: article of September 2023 is August 2023, not 2022.
_WRITTEN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])(?=\s*月)")
_MONTH_NUMERAL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _year_before(s: Sentence, cache: dict[tuple[str, str], list]) -> tuple[int, int] | None:
    """The last year written out with a month ("2023年3月") in the sentence's paragraph before
    the sentence, with that month: (2023, 3).

    The paragraph's years are found once and the sentence is looked for from the previous
    sentence's place, so a paragraph of megabytes is read in linear time."""
    key = (s.article, s.paragraph)
    if key not in cache:
        found = list(_WRITTEN_YEAR.finditer(s.paragraph_simple))
        cache[key] = [[m.end() for m in found],
                      [(int(m.group(1)), int(m.group(2)) if m.group(2).isdigit() else _MONTH_NUMERAL[m.group(2)])
                       for m in found], 0]
    ends, years, cursor = cache[key]
    at = s.paragraph_simple.find(s.simple[:10], cursor)
    if at < 0:
        return None
    cache[key][2] = at
    k = bisect.bisect_right(ends, at)
    return years[k - 1] if at > 0 and k else None

