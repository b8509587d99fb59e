"""A compilation's quoted report keeps its own day: in a digest dated 3月20日 whose items open on a
wire's dateline ("财联社 2 月 22 日，…"), a paragraph that quotes the same wire ("据财联社不完全统计，
…近两日在互动平台回复…") speaks from that wire's day, not from the compilation's. Its relative
date ("近两日", "昨天") is counted from the nearest dateline of that outlet in the article.
"""

from __future__ import annotations

import datetime as dt
import re

from .datefind import DateRef
from .text import Sentence

__all__ = ["report_datelines", "from_report_day"]

#: A paragraph opening on an outlet's dateline: "财联社 2 月 22 日，", "新华社2024年3月1日电".
_DATELINE = re.compile(r"\s*([\u4e00-\u9fffA-Za-z]{2,8}?)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯)?\s*[，,：:]")
#: A relative date word (no month or day written in figures or numerals).
_WRITTEN = re.compile(r"\d\s*[月日号]|[一二三四五六七八九十]+\s*月")


def report_datelines(sentences: list[Sentence], year_of: dict[str, int]) -> dict[str, list[tuple[int, str, str]]]:
    """Per article, its paragraphs that open on an outlet's dateline: (paragraph index, outlet, day)."""
    out: dict[str, list[tuple[int, str, str]]] = {}
    seen: set[tuple[str, int]] = set()
    for s in sentences:
        if s.start != 0 or (s.article, s.para_index) in seen:
            continue
        seen.add((s.article, s.para_index))
        m = _DATELINE.match(s.paragraph_simple)
        year = int(m.group(2)) if m and m.group(2) else year_of.get(s.article)
        if not m or not year:
            continue
        try:
            day = dt.date(year, int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
        out.setdefault(s.article, []).append((s.para_index, m.group(1), day))
    return out


def from_report_day(ref: DateRef, text: str, s: Sentence, lines: list[tuple[int, str, str]],
                    counted_from: str | None) -> DateRef:
    """``ref`` counted from the day of the report the sentence quotes ("据财联社…") when the article
    dates that outlet's items on their datelines, rather than from ``counted_from`` (the article's
    date); ``ref`` unchanged otherwise."""
    if not ref.inferred or not lines or not counted_from or len(counted_from) != 10 \
            or _WRITTEN.search(text[ref.start:ref.end]):
        return ref
    quoted = [(abs(pi - s.para_index), pi, day) for pi, outlet, day in lines
              if pi != s.para_index and "据" + outlet in text[:ref.start]]
    if not quoted:
        return ref
    _, _, day = min(quoted)
    if day >= counted_from:
        return ref
    base, then = dt.date.fromisoformat(counted_from), dt.date.fromisoformat(day)
    if len(ref.date) == 10:
        moved = dt.date.fromisoformat(ref.date) - (base - then)
        return DateRef(ref.start, ref.end, moved.isoformat(), ref.precision, True)
    if len(ref.date) == 7 and ref.date == counted_from[:7]:
        return DateRef(ref.start, ref.end, day[:7], ref.precision, True)
    return ref
