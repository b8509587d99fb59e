"""What resolving a text's dates (``datefind.resolve_dates``) reads around a date: a comparison's base
before it ("较…", "环比"), a year an OCR misread, the span a date belongs to, the year of a fixed-day
holiday said without one, the words that make a date's year or future ("去年这个时候", "7月初将…"), and
the span ends that are no dates of their own. Data and small predicates only."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .calendars import _FIXED
from .datepatterns import _BASE_YEAR_BEFORE, _FUTURE, _SPAN_GAP, _YEAR_ADVERB

if TYPE_CHECKING:
    from .datefind import DateRef


_BASE_BEFORE = re.compile(_BASE_YEAR_BEFORE.pattern.replace("(?:较|", "(?:较|环比|同比|", 1))


#: A year an OCR wrote with a letter for a digit ("2O17年", "2O23年", "2Ol9年"): two digits or more
#: of its four, then 年.
_OCR_YEAR = re.compile(r"(?<![A-Za-z0-9])[12][0-9OoＯlI]{3}(?=\s*年)")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "Ｏ": "0", "l": "1", "I": "1"})


class _Span:
    """A span that stands in for a match (``start()``, ``end()``, its groups from ``inner``)."""

    def __init__(self, start: int, end: int, inner: re.Match | None = None) -> None:
        self._start, self._end, self._inner = start, end, inner

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def __getitem__(self, key):
        return self._inner[key] if self._inner is not None else None


#: Words after a holiday that put the time away from its day ("元旦前", "国庆后"): the month, about.
_FESTIVAL_AWAY = ("前", "后", "前夕")
#: The holiday over ("元旦假期过去一周后", "国庆长假结束后"): some time after its day, the month.
_FESTIVAL_OVER = re.compile(r"\s*(?:一?过[去后完]|结束|之?后|以后|刚过)")
#: Words after a holiday that put the time on its day itself ("元旦当天", "元旦当晚").
_FESTIVAL_ON = ("当天", "当日", "当晚", "当夜")


def _nearest_year(fest: str, ay: int, am: int, ad: int | None, ahead: bool) -> int:
    """The year of a fixed-day holiday written without one ("元旦假期", "国庆期间"): the
    occurrence nearest the words' date ("元旦" in a January article is this January's, in a
    December one the coming January's), never one more than six weeks ahead that nothing
    announces as coming (a March chat's "五一那会儿人更多" is last May's, as a month is read);
    the next one when the text looks ahead ("预计…国庆")."""
    md = _FIXED[fest]
    said = dt.date(ay, am, ad or 15)
    days = [dt.date(y, int(md[:2]), int(md[3:])) for y in (ay - 1, ay, ay + 1)]
    if ahead:
        days = [d for d in days if d >= said - dt.timedelta(days=7)] or days
    else:
        days = [d for d in days if (d - said).days <= 45] or days
    return min(days, key=lambda d: abs((d - said).days)).year


#: The same time of another year ("去年这个时候", "去年此时", "前年的这个时候", "去年同一时间").
_SAME_TIME = re.compile(r"\s*(?:的\s*)?(?:这个时候|这时候|这个时间|这会儿|此时|同一时间|这个季节)")
#: A month followed by a word of what is to come ("7月初将开放", "9月计划完成"): this year's, not last.
_FUTURE_AFTER = re.compile(r"\s*(?:(?:上旬|中旬|下旬|初|底|末|中|份)\s*)?(?:(?:起|开始)\s*)?(?:将|即将|计划|拟|预计|有望|准备)")
_DAY_AFTER = re.compile(r"\s*(\d{1,2})\s*[日号號]")
_REL_BEFORE = re.compile(r"(去年|前年|明年|今年)\s*$")


def _year_acts(text: str, i: int) -> bool:
    """A year that dates what follows it: a verb ("妹妹1985年出生", "社科院2019年发布的报告",
    "2019年就已提出") or "的" and what it dates ("依据1978年的有关规定"); not a year that names a
    period a figure is counted over ("2022年日本对中国出口…": a name follows)."""
    from .namewords import word_tag

    if re.match(r"\s*的(?![\d一二三四五六七八九十])", text[i:i + 3]):
        return True
    j = i + _YEAR_ADVERB.match(text, i).end() - i
    for n in (2, 1):
        w = text[j:j + n]
        if len(w) == n and re.fullmatch(r"[\u4e00-\u9fff]+", w) and word_tag(w).startswith("v"):
            return True
    return False


def _future_near(text: str, i: int) -> bool:
    return bool(_FUTURE.search(text[max(0, i - 12):i]))


def _without_span_ends(refs: list[DateRef], text: str) -> list[DateRef]:
    """"香港股市3月29日至4月1日休市" is one period: its end is no event of its own."""
    out: list[DateRef] = []
    for r in refs:
        if out and _SPAN_GAP.fullmatch(text[out[-1].end:r.start]) and r.date > out[-1].date:
            continue
        out.append(r)
    return out
