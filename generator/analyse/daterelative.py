"""Dates named relative to the article's own date: a day (``今天``, ``昨日``, ``前天``, ``今（24）日``), a week
or its day (``上周四``, ``本周一（4日）``, ``上周末``, a bare ``星期五``), a month (``上个月``, ``本月底``,
``下月5号``, ``近日``, ``月底前``), a month or year in words (``去年三月``, ``明年``, ``去年这个时候``, ``年底前``,
``年内``) and a count of time ahead or back (``三个月以后``, ``20多年前``). Read by :mod:`generator.analyse.datefind`,
which hands its ``add`` (a date is taken where no earlier one overlaps it); the order of the forms is kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable

from .dateclues import _DAY_AFTER, _EXACT_AFTER, _FIGURE_AFTER, _MONTH_RUN_BEFORE, _SAME_TIME, _Span, _cn_count
from .datepatterns import (_AGO, _AHEAD, _CN_MONTH, _CN_NUM, _DAY_PARTS, _FIGURATIVE_AFTER, _FIGURATIVE_BEFORE, _GUESS,
                           _MONTH_END, _RECENT, _REL_DAY_BRACKET, _RELDAY, _RELMONTH, _RELYEAR, _WEEK, _WEEKDAY_DAY,
                           _WEEKDAYS, _YEAR_END, _YEAR_WITHIN)
from .dateweekdays import bare_weekday_refs

__all__ = ["relative_refs"]


#: A month in numerals on its own ("九月", "十月"), not a count's or an ordinal's part ("二十九月",
#: "第九月", "一至九月"): read only where a figure of that month follows (``_FIGURE_AFTER``).
_CN_MONTH_FIGURE = re.compile(r"(?<![一二三四五六七八九十〇零两百第个每几上下这本前至到—\-])"
                              r"(?P<cm>十一|十二|十|[一二三四五六七八九])月(?:份)?(?![初中底末旬])")


#: A span back named as a yardstick, not as when something happened: what was unthinkable then
#: ("这在三年前是难以想象的", "十年前想都不敢想").
_AGO_AS_MEASURE = re.compile(r"\s*(?:都|还|也)?(?:是)?\s*(?:难以想象|不可想象|无法想象|不敢想象?|想都不敢想|不可能的)")


def _qualifies_noun(text: str, end: int) -> bool:
    """The span back qualifies the noun after it ("五年前技术水准的晶片", "三年前水平"): the words
    right after it are a noun, with no verb, adverb or 的 between (then it dates a clause)."""
    from .namewords import _cut, word_tag

    tail = re.match(r"[\u4e00-\u9fff]{2,8}", text[end:end + 8])
    if not tail:
        return False
    first = _cut(tail.group(0))[0]
    return len(first) >= 2 and word_tag(first) in ("n", "nz", "vn") and first not in _NOT_MEASURE


#: Nouns after a span back that still open what happened then ("十年前公司成立", "三年前疫情暴发").
_NOT_MEASURE = frozenset(("公司", "疫情", "政府", "我们", "大家", "当时", "那时", "开始"))


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


#: A part of a month written right after a month named relatively ("本月底", "下月初").
_MONTH_PART_AFTER = re.compile(r"(?P<part>上旬|中旬|下旬|初(?![步次期级中衷心审稿选赛])|底|末(?![期尾]))")
#: The day a part of a month stands for: its middle (上旬 and 月初 about the 5th, 中旬 the 15th,
#: 下旬 the 25th); a month's end (月底, 月末) its last day, so that "截至8月底" sorts after
#: everything else of August and "8月底以来" reads as the days at the month's end.
_PART_DAY = {"上旬": 5, "初": 5, "中旬": 15, "中": 15, "下旬": 25}


def _part_day(y: int, mo: int, part: str) -> str:
    """"10月中旬" → about 2023-10-15, "9月下旬" → about 2023-09-25; "9月底" → about 2023-09-30."""
    if part in ("底", "末"):
        return _iso(y, mo, calendar.monthrange(y, mo)[1])
    return _iso(y, mo, _PART_DAY[part]) if part in _PART_DAY else _iso(y, mo)


def relative_refs(text: str, ay: int | None, am: int | None, ad: int | None,
                  add: Callable[[object, str | None, str, bool], None]) -> None:
    """Every date of ``text`` named relative to the article's year ``ay``, month ``am`` and day ``ad``,
    handed to ``add(match, date, precision, inferred)`` in the order the forms are read."""
    if ay and am:
        # a day written in brackets beside a relative day or a weekday is the day meant, whatever
        # the week's count ("本周一（4日）", "上周五（26日）", Taiwan's and Hong Kong's "今（24）日")
        for m in (*_WEEKDAY_DAY.finditer(text), *_REL_DAY_BRACKET.finditer(text)):
            d = int(m["d"])
            y, mo = (ay, am) if not ad or d <= ad + 7 else ((ay, am - 1) if am > 1 else (ay - 1, 12))
            try:
                add(m, dt.date(y, mo, d).isoformat(), "day", True)
            except ValueError:
                pass
    if ay and am and ad:
        today = dt.date(ay, am, ad)
        for m in _RELDAY.finditer(text):
            if _FIGURATIVE_AFTER.match(text[m.end():m.end() + 4]) or _FIGURATIVE_BEFORE.search(text[:m.start()]):
                continue  # "我们今天的每一个行业", "误以为今天还是…": today as "nowadays"
            if m["rel"].startswith("前") and text[max(0, m.start() - 1):m.start()] == "提":
                continue  # "提前一天得到预警", "提前一日订票": a lead time (how long ahead), no day
            # "昨早", "今晚", "明晨": a part of that day
            shift = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前一天": -1, "前一日": -1, "前天": -2, "大前天": -3, "大后天": 3,
                     "琴日": -1, "寻日": -1, "听日": 1,
                     "明天": 1, "明日": 1, "后天": 2}.get(m["rel"]) \
                if m["rel"] not in _DAY_PARTS else {"昨": -1, "今": 0, "明": 1}[m["rel"][0]]
            d = today + dt.timedelta(days=shift)
            add(m, d.isoformat(), "day", True)
        for m in _WEEK.finditer(text):
            monday = today - dt.timedelta(days=today.weekday())
            monday += dt.timedelta(weeks={"上": -1, "本": 0, "这": 0, "呢": 0, "今": 0, "下": 1}[m["wk"]])
            if m["wd"] == "末":  # "上周末": that week's Saturday and Sunday, about its Saturday, never the week
                add(m, (monday + dt.timedelta(days=5)).isoformat(), "approximate", True)
            elif m["wd"]:
                d = monday + dt.timedelta(days=_WEEKDAYS[m["wd"]])
                add(m, d.isoformat(), "day", True)
            else:  # "上周", "这周": the week (its Monday stands for it), shown as its seven days, never one day
                add(m, monday.isoformat(), "week", True)
        for start, end, day in bare_weekday_refs(text, today):  # "官员星期五晚在发布会上说"
            add(_Span(start, end), day, "day", True)
    if ay and am:
        for m in _RELMONTH.finditer(text):
            shift = -1 if m["rm"] in ("上个月", "上月") else (1 if m["rm"] in ("下个月", "下月") else 0)
            y, mo = ay, am + shift
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            day = _DAY_AFTER.match(text, m.end())
            if day and 1 <= int(day[1]) <= 31:  # "本月20日前", "下个月5号": that month's day
                try:
                    add(_Span(m.start(), day.end()), dt.date(y, mo, int(day[1])).isoformat(), "day", True)
                    continue
                except ValueError:
                    pass
            part = _MONTH_PART_AFTER.match(text, m.end())
            if part:  # "本月底", "下个月初", "上月下旬": that part of the month
                add(_Span(m.start(), part.end()), _part_day(y, mo, part["part"]), "approximate", True)
                continue
            add(m, _iso(y, mo), "month", True)
        for m in _RECENT.finditer(text):
            add(m, _iso(ay, am), "approximate", True)
        for m in _MONTH_END.finditer(text):  # "月底前交房": this month's end
            add(m, _part_day(ay, am, "底"), "approximate", True)
    if ay:
        for m in _CN_MONTH.finditer(text):
            y = ay + {"去年": -1, "明年": 1}.get(m["rel"] or "", 0)
            part = m["cpart"] or ""
            if part and part != "份":
                add(m, _part_day(y, _CN_NUM[m["cm"]], part), "approximate", True)
            else:
                add(m, _iso(y, _CN_NUM[m["cm"]]), "month", True)
        for m in _CN_MONTH_FIGURE.finditer(text):  # "美国九月CPI按年升2.4%": the month the figure is of
            if not _FIGURE_AFTER.match(text, m.end()) or _MONTH_RUN_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
                continue
            mo = _CN_NUM[m["cm"]]
            add(m, _iso(ay - 1 if am and mo > am else ay, mo), "month", True)  # a figure published: of a past month
        for m in _RELYEAR.finditer(text):
            y = ay + {"去年": -1, "前年": -2, "明年": 1, "今年": 0, "后年": 2}[m["ry"]]
            part = m["rypart"] or ""
            same = _SAME_TIME.match(text, m.end()) if am and not part and m["ry"] != "今年" else None
            if same:  # "去年这个时候": the same month a year back
                add(_Span(m.start(), same.end()), _iso(y, am), "month", True)
            elif part in ("底", "末", "尾", "年底", "年末", "年尾"):
                add(m, _iso(y, 12), "approximate", True)
            elif part in ("初", "年初"):
                add(m, _iso(y, 1), "approximate", True)
            elif m["ry"] != "今年" or not re.match(r"\s*的", text[m.end():m.end() + 3]):
                # ("今年以来…约15起": this year so far, dated by its year; "今年的目标" dates nothing)
                add(m, _iso(y), "year", True)
        for m in _YEAR_END.finditer(text):  # "计划年底前扩大到1000辆": this year's end, as the writer means it
            add(m, _iso(ay, 12), "approximate", True)
        for m in _YEAR_WITHIN.finditer(text):  # "预计年内审议通过": this year
            add(m, _iso(ay), "year", True)
        for m in _AHEAD.finditer(text):  # "可能三个月以后就淡了": a guess of when, counted from the words' date
            n = int(m["n"]) if m["n"].isdigit() else _CN_NUM.get(m["n"], 0)
            if not n or not am or not _GUESS.search(text[max(0, m.start() - 8):m.start()] + text[m.end():m.end() + 4]):
                continue
            months = am - 1 + n
            add(m, _iso(ay + n) if m["u"] == "年" else _iso(ay + months // 12, months % 12 + 1), "approximate", True)
        for m in _AGO.finditer(text):
            n = int(m["n"]) if m["n"].isdigit() else _cn_count(m["n"])
            if not n or _EXACT_AFTER.match(text, m.end()):
                continue  # "追溯到20多年前——2000年1月1日": the exact date beside it is the time meant
            if _AGO_AS_MEASURE.match(text, m.end()) or _qualifies_noun(text, m.end()):
                continue  # "五年前技术水准的晶片", "这在三年前是难以想象的": a yardstick, nothing happened then
            if m["u"] == "年":
                add(m, _iso(ay - n), "approximate", True)
            elif am:
                base = dt.date(ay, am, ad or 15)
                days = {"个月": 30 * n, "周": 7 * n, "天": n}[m["u"]]
                d = base - dt.timedelta(days=days)
                add(m, _iso(d.year, d.month), "approximate", True)
