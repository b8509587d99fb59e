"""Periods a text dates by: a quarter or a half of a year ("2024年一季度", "今年三季度", "前三季度",
"上半年", "2023年半年度"), a season ("今年夏天", "今年暑假", "入秋以来", "明年春季学期"), and a span counted back from when the words were written ("近两周",
"近一个月来", "过去一周", "连续三周", "近三年来"). Read for ``datefind.resolve_dates`` (split from
it: that module resolves days, months and years written out).

How each is dated, ``approximate`` but a quarter:

* a quarter by its middle month ("一季度" → February, "四季度" → November), precision ``quarter``
  (shown as its three months, "2024-01—03", never as a day or a month of its own); the quarters
  so far ("前三季度") by the last day they count to (results are counted to it);
* a half by the day where it meets the other half: the first half by its last day (June 30th, the
  day its results are counted to), the second by its first (July 1st): so rows of one half stand
  before rows of the next;
* a season by its middle month (夏天 July, 暑假 August, 寒假 February), or its first when the text
  counts from its start ("入秋以来" September, "春季学期" March); a season without a year is only
  dated when the text says it has begun or lasts ("暑假期间");
* a span back ("近一个月来") by the day it starts, counted from the words' date; a span of years by
  its first year. Without the words' date, no span is dated."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .datepatterns import _BASE_YEAR_AFTER, _BASE_YEAR_BEFORE

__all__ = ["period_refs"]

_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_YEAR_LEAD = r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*(?:的\s*)?|(?P<rel>今年|去年|明年|本年|前年)\s*(?:的\s*)?)?"
#: A period that qualifies a figure ("上半年日均换手率", "三季度的营收预期"): the figure's, no event.
_OF_FIGURE = r"(?!的|日均|月均|平均|均值|末|初)"
_QUARTER = re.compile(_YEAR_LEAD + r"(?P<first>前)?\s*(?:第)?\s*(?P<q>[一二三四1-4])\s*季度" + _OF_FIGURE)
_HALF = re.compile(_YEAR_LEAD + r"(?:(?P<h>上|下)半年|(?<=年)半年度)" + _OF_FIGURE)
#: A span counted back to now: "近两周", "近一个月来", "过去一周", "连续三周", "近三年来" (not "近几天":
#: an unknown count; not "近30天的数据" in a table heading, which dates nothing by itself).
_BACK = re.compile(r"(?:近|过去|最近|连续)\s*(?P<n>[1-9]\d?|[一两二三四五六七八九十])\s*"
                   r"(?P<u>天|日|周|个?星期|个?礼拜|个月|年)(?:来|以来|里|内|中|间)?"
                   # not the period of a figure ("近30天的数据", "近五年历史分位", "过去六个月的销量"),
                   # not a span counted on from a past day ("假期过去一周后")
                   r"(?!的|历史|分位|平均|均值|日均|最高|最低|新高|新低|同期|时间|之久|[后])")
#: How long something took, not when: "用了近十年时间", "工作了近一年", "历时近两年".
_DURATION_BEFORE = re.compile(r"(?:了|用|花|历时|耗时|长达|持续|经过|达|超过|不到|仅|只)\s*$")
#: A season or a school holiday of a year the text names ("今年夏天", "2024年暑假", "明年春季学期"),
#: or one that has begun ("入秋以来", "开春后"). Winter, which straddles two years, is left alone.
_SEASON = re.compile(r"(?:" + _YEAR_LEAD + r"(?P<s>春天|春季|夏天|夏季|秋天|秋季|暑假|暑期|寒假)"
                     r"(?P<term>学期)?|(?P<into>入秋|入夏|开春))(?P<since>以来|期间|后)?")
#: The month a season stands for: its middle, or its first when the text counts from its start
#: ("入秋以来", "春季学期": a term starts in its season's first month).
_SEASON_MONTHS = {"春": (4, 3), "夏": (7, 6), "秋": (10, 9), "暑": (8, 7), "寒": (2, 1)}
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1}


def _year(m: re.Match, ay: int | None, base_year: int | None) -> int | None:
    if m["y"]:
        return int(m["y"])
    if m["rel"]:
        return (ay or base_year) + _REL_YEAR[m["rel"]] if (ay or base_year) else None
    return base_year


def period_refs(text: str, ay: int | None, am: int | None, ad: int | None,
                base_year: int | None) -> list[tuple[int, int, str, str]]:
    """(start, end, date, precision) of each period in ``text``."""
    out: list[tuple[int, int, str, str]] = []
    for m in _QUARTER.finditer(text):
        if _BASE_YEAR_BEFORE.search(text[max(0, m.start() - 5):m.start()]) or _BASE_YEAR_AFTER.match(text, m.end()):
            continue  # "较三季度月均水平增长": the period compared with dates nothing
        year = _year(m, ay, base_year)
        q = int(m["q"]) if m["q"].isdigit() else _NUM[m["q"]]
        if not year:
            continue
        if m["first"]:
            last = 3 * q
            date = f"{year:04d}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
        else:
            date = f"{year:04d}-{3 * q - 1:02d}"
        out.append((m.start(), m.end(), date, "approximate" if m["first"] else "quarter"))
    for m in _HALF.finditer(text):
        if _BASE_YEAR_BEFORE.search(text[max(0, m.start() - 5):m.start()]) or _BASE_YEAR_AFTER.match(text, m.end()):
            continue
        year = _year(m, ay, base_year)
        if year:
            out.append((m.start(), m.end(), f"{year:04d}-07-01" if m["h"] == "下" else f"{year:04d}-06-30",
                        "approximate"))
    for m in _SEASON.finditer(text):
        if m["into"]:
            year, key = ay or base_year, m["into"][1]
        else:
            if not (m["y"] or m["rel"]) and not m["since"]:
                continue  # "夏天喝冰的": any summer, no date
            year, key = _year(m, ay, base_year), m["s"][0]
        if not year:
            continue
        middle, first = _SEASON_MONTHS[key]
        month = first if m["into"] or m["term"] or m["since"] == "以来" else middle
        out.append((m.start(), m.end(), f"{year:04d}-{month:02d}", "approximate"))
    if ay and am and ad:
        said = dt.date(ay, am, ad)
        for m in _BACK.finditer(text):
            if _DURATION_BEFORE.search(text[max(0, m.start() - 3):m.start()]):
                continue
            n = int(m["n"]) if m["n"].isdigit() else _NUM[m["n"]]
            u = m["u"]
            if u == "年":
                out.append((m.start(), m.end(), f"{ay - n:04d}", "approximate"))
                continue
            if u in ("天", "日"):
                start = said - dt.timedelta(days=n)
            elif u == "个月":  # the same day n months before ("近一个月" on Nov 20th: from Oct 20th)
                months = ay * 12 + am - 1 - n
                y, mo = divmod(months, 12)
                start = dt.date(y, mo + 1, min(ad, calendar.monthrange(y, mo + 1)[1]))
            else:
                start = said - dt.timedelta(weeks=n)
            out.append((m.start(), m.end(), start.isoformat(), "approximate"))
    return out
