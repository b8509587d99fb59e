"""Dates in a text, resolved against the article's date: written out (``2024年2月16日``,
``2月中旬``, ``2030年``), relative to the article (``今天``, ``昨日``, ``上周四``, ``今年1月底``,
``去年``, ``上个月``, ``近日``; in numerals, ``二〇二四年五月一日``, ``三月十五日``: ``datenumerals.py``) or to a festival (``春节期间``, ``假期一过``), each with its
precision: ``day``, ``month``, ``year`` or ``approximate`` (a day given by reference to another
date of the text, ``当晚``, ``次日``, is read in ``datelinks.py``). A month without a year takes the year last written before it in its sentence,
or a year written with a month earlier in the paragraph, else the article's (last year's for a
month after the article's that nothing announces as coming). Returns data only; which dates are
events is decided in ``timeline.py``. The patterns of the forms are in ``datepatterns.py``, the year of
an undated text in ``dateyears.py``, what is read around a date (comparison bases, a holiday's year, span
ends) in ``dateclues.py``, the dates named relative to the article's (days, weeks, months, years) in ``daterelative.py``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from .calendars import _CNY, _FIXED, _MID_AUTUMN, _NUMERAL_DAY, _numeral_month_day
from .dateorder import year_first
from .datepatterns import (_AFTER_HOLIDAY, _BARE_DAY, _BASE_YEAR_AFTER, _BASE_YEAR_BEFORE, _BARE_DAY_MAX, _DEADLINE_AFTER, _DECADE,
                           _DOTTED, _FESTIVAL, _MAYBE_DATE, _NOT_EVENT, _ROC, _YEAR, _YEAR_EVENT, _YEAR_HOLIDAY, _YMD)
from .datememo import kept_dates
from .datenumerals import arabic_dates, has_numeral_date
from .dateperiods import period_refs
from .daterelative import _iso, _part_day, relative_refs
from .dateenglish import MAYBE_ENGLISH_DATE, english_dates
from .dateclues import (_BASE_BEFORE, _FESTIVAL_AWAY, _FESTIVAL_ON, _FESTIVAL_OVER, _FIGURE_AFTER,
                         _FUTURE_AFTER, _MONTH_RUN_BEFORE, _OCR_DIGITS, _OCR_YEAR, _REL_BEFORE, _Span, _ahead_to,
                         _future_near, _nearest_year, _record_since, _without_span_ends, _year_acts,
                         compared_with)
from .dateitems import years_before
from .dateyears import infer_year
from .garbled import garbled

__all__ = ["DateRef", "resolve_dates", "infer_year", "garbled"]


class DateRef:
    """One resolved date expression in a text."""

    __slots__ = ("start", "end", "date", "precision", "inferred")

    def __init__(self, start: int, end: int, date: str, precision: str, inferred: bool) -> None:
        self.start, self.end, self.date, self.precision, self.inferred = start, end, date, precision, inferred

    def __repr__(self) -> str:
        return f"DateRef({self.date!r}, {self.precision!r}, inferred={self.inferred})"


#: A year given a figure of its own, as a forecast's table in words lists them ("交付量2023年为3架、
#: 2024年为10架"): that year's statement.
_YEAR_FIGURE = re.compile(r"\s*(?:为|是|约为|将为|预计为)\s*(?:约|超过|近)?\s*\d")


def _parse_article_date(value: str | None) -> tuple[int | None, int | None, int | None]:
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not m:
        return None, None, None
    y, mo, d = int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:  # no month of the calendar: the year alone is known
        return y, None, None
    if d is not None and not 1 <= d <= calendar.monthrange(y, mo)[1]:  # "2024-11-90": the month alone
        return y, mo, None
    return y, mo, d


#: What makes a bare month ("9月") a time: its own (的), a place it happened in (在), a quoted name.
_MONTH_AS_TIME = re.compile(r"的(?!话)|在(?!内)|[“「\"『]|、\s*(?:1[0-2]|0?[1-9])\s*月")
#: A field set apart from the next by a wide gap: an ideographic space, a tab, two spaces.
_FIELD_GAP = re.compile(r"月(?:\u3000|\t| {2})")


def resolve_dates(text: str, article_date: str | None, default_year: int | None = None,
                  festival_seen: bool = False, context_year: int | tuple[int, int] | None = None,
                  near: str | None = None, bases: list[DateRef] | None = None) -> list[DateRef]:
    """``_resolve_dates``, kept by its arguments during ``mkdocs serve`` (``datememo``)."""
    return kept_dates(_resolve_dates, DateRef, text, article_date, default_year, festival_seen, context_year,
                      near, bases)


def _resolve_dates(text: str, article_date: str | None, default_year: int | None = None,
                   festival_seen: bool = False, context_year: int | tuple[int, int] | None = None,
                   near: str | None = None, bases: list[DateRef] | None = None) -> list[DateRef]:
    """Every date expression in a simplified text, resolved (earliest first, no overlaps).

    ``near`` ("2024-01"), for an article without a date, is about when the corpus was written: a
    month and day without a year that would fall months after it is the year before's.

    ``context_year`` is the last year written with a month before the text in its paragraph, or
    (year, month): a later month carries on in that year, an earlier one does not.

    ``bases``, when given, receives the times named only as a comparison's baseline ("较6月份"),
    which are no dates of the text but still part its clauses."""
    text = year_first(text)  # "26.09.2024", "09/26/2024": read year first, positions kept
    if _OCR_YEAR.search(text):  # "2O17年": an OCR'd letter O in a year is a zero (same length)
        text = _OCR_YEAR.sub(lambda m: m.group(0).translate(_OCR_DIGITS)
                             if sum(c.isdigit() for c in m.group(0)) >= 2 else m.group(0), text)
    if has_numeral_date(text):  # "二〇二四年五月一日", "三月十五日": read as digits, positions kept
        digits, pos = arabic_dates(text)
        if digits != text:
            refs = resolve_dates(digits, article_date, default_year, festival_seen, context_year)
            for r in refs:
                r.start, r.end = pos[r.start], pos[r.end - 1] + 1
            return refs
    if not _MAYBE_DATE.search(text) and not MAYBE_ENGLISH_DATE.search(text) and "day" not in text:
        return []
    ay, am, ad = _parse_article_date(article_date)
    base_year = ay or default_year
    ry, rm = (ay, am) if ay and am else _parse_article_date(near)[:2] if near else (None, None)
    refs: list[DateRef] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, date: str | None, precision: str, inferred: bool) -> None:
        if date is None or any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))
        refs.append(DateRef(m.start(), m.end(), date, precision, inferred))

    last_year: int | None = None
    months_seen: list[tuple[int, int, int]] = []  # (end, year, month) of each month written, in order
    for m in _ROC.finditer(text):  # "民国113年9月13日": 1911 + 113
        year = 1911 + int(m["ey"] or m["ry"])
        add(m, _iso(year, int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None),
            "day" if m["d"] else ("month" if m["m"] else "year"), False)
    for m in _DOTTED.finditer(text):
        add(m, _iso(int(m["y"]), int(m["m"]), int(m["d"])), "day", False)
    for m in _NUMERAL_DAY.finditer(text):  # "1989年六四事件", "1931年九一八事变": month and day in numerals
        md = _numeral_month_day(m["md"])
        if md:
            add(m, _iso(int(m["y"]), *md), "day", False)
    for m in _YMD.finditer(text):
        if _NOT_EVENT.match(text[m.end():m.end() + 4]):
            continue
        month = int(m["m"])
        if m["y"]:
            year, inferred = int(m["y"]), False
        else:
            before, parted = years_before(text, m.start())  # its own item's, no horizon ("预计到2025年")
            said = re.search(r"(今年|去年|明年)\s*$", text[max(0, m.start() - 4):m.start()])
            if not before and context_year and not said and not parted:
                # an earlier sentence's "2021年12月…" carries on to a later month ("…；5月…"), never
                # back to an earlier one: "1月29日当天" after "自2021年12月违约以来" is the article's
                # January, and "去年12月4日" is the article's last year whatever came before
                c_year, c_month = context_year if isinstance(context_year, tuple) else (context_year, 0)
                if month >= c_month:
                    before = [c_year]
            year = before[-1] if before else base_year
            inferred = True
            if year is None:
                continue
            listed = months_seen and re.fullmatch(r"\s*、\s*", text[months_seen[-1][0]:m.start()])
            if listed and not said and not before:
                year = months_seen[-1][1]  # "9月、10月": a list of months carries on in its first's year
            elif said and base_year and not before:
                year = base_year + {"今年": 0, "去年": -1, "明年": 1}[said.group(1)]  # the text says which
            elif not before and ry == year and rm and month > rm + 1 and not _future_near(text, m.start()) \
                    and not _ahead_to(text, m.start()) and not _FUTURE_AFTER.match(text, m.end()) \
                    and not _DEADLINE_AFTER.match(text, m.end()):  # "于9月底前形成报告": a deadline ahead
                year -= 1  # a December date in a January article is last year's
            elif not before and ry == year and rm and rm >= 11 and month < rm and month + 12 - rm <= 2:
                year += 1  # "1月5日" in an article of late December: the coming January
        last_year = year
        months_seen.append((m.end(), year, month))
        if m["d"]:
            add(m, _iso(year, month, int(m["d"])), "day", inferred)
        elif m["part"] in ("上旬", "中旬", "下旬", "初", "底", "末", "中"):
            add(m, _part_day(year, month, m["part"]), "approximate", inferred)
        elif m["y"] or m["part"] == "份" or re.search(r"(?:今年|去年|明年)\s*$", text[:m.start()]):
            if re.search(r"去年\s*$", text[:m.start()]) and base_year:
                year = base_year - 1
            elif re.search(r"明年\s*$", text[:m.start()]) and base_year:
                year = base_year + 1
            add(m, _iso(year, month), "month", inferred)
        elif not m["y"]:
            # "3月" alone: a month when the clause reads as a time ("3月，…", "在3月", "3月再有…")
            if re.match(r"\s*[，,]|\s*(?:再|又|起|以来|开始|发布|推出|上线|正式|将|至|到|前|后|底|中)", text[m.end():m.end() + 3]) \
                    or re.search(r"(?:在|于|自|从|计划|预计|拟|定于|将|(?:押后|推迟|延后|延期|顺延|改期|延)(?:至|到))\s*$",
                                 text[:m.start()]) \
                    or _MONTH_AS_TIME.match(text, m.end()) or _FIELD_GAP.search(text[m.start():m.end()]) \
                    or re.search(r"\d\s*月\s*、\s*$", text[max(0, m.start() - 6):m.start()]) \
                    or _FIGURE_AFTER.match(text, m.end()) and not _MONTH_RUN_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
                # "聆讯已押后至3月": put off to a month; "9月的单店杯量", "10月在青岛举办", "7月“某某”的订单":
                # the month a figure or a happening is of; "7月　进口同比　-28.7%" (a slide's or a
                # table's field set apart by a wide gap); "减免9月、10月两个月摊位费": a list of months;
                # "9月CPI同比上涨0.4%": the month a figure is of (not "1—9月": a sum of months)
                add(m, _iso(year, month), "month", inferred)
    for start, end, date, precision in period_refs(text, ay, am, ad, base_year):  # "一季度", "近两周"
        add(_Span(start, end), date, precision, True)
    for m in _YEAR_HOLIDAY.finditer(text):
        year, fest = int(m["y"]), m["h"].rstrip("节") if len(m["h"]) > 2 else m["h"]
        md = _FIXED.get(fest) or _FIXED.get(m["h"]) or (_CNY.get(year) if fest in ("春节", "除夕") else
                                                         _MID_AUTUMN.get(year) if fest == "中秋" else None)
        if md:
            day = dt.date(year, int(md[:2]), int(md[3:])) - dt.timedelta(days=1 if fest == "除夕" else 0)
            add(m, day.isoformat(), "day", False)
    for m in _DECADE.finditer(text):
        dd = int(m["dd"])
        cent = {"上": 19, "19": 18, "20": 19, "二十": 19}.get(m["cent"] or "") if m["cent"] else \
            (int(m["c2"]) if m["c2"] else (19 if dd >= 30 else 20))
        if cent:
            add(m, _iso(cent * 100 + dd), "approximate", False)  # "上世纪50年代": the 1950s, about 1950
    for m in _YEAR.finditer(text):
        if _BASE_YEAR_BEFORE.search(text[max(0, m.start() - 5):m.start()]) \
                or _BASE_YEAR_AFTER.match(text, m.end()):
            continue  # "较2019年增长41.5%": the year compared with dates nothing
        year = int(m["y"])
        part = m["ypart"] or ""
        after = text[m.end():m.end() + 2]  # ("2017年那次年改…": the time a story recalls, a year)
        # (a clause's start, after a colon too: "我的估算：2025年净息差再收窄…")
        lead = re.search(r"(?:在|于|到|至|截至|自|从|预计|早在|直到|(?:^|[，。；：:]))\s*$", text[max(0, m.start() - 4):m.start()])
        about = re.search(r"(?:约|大约|大概)\s*$", text[max(0, m.start() - 3):m.start()])
        if part in ("底", "末"):
            add(m, _iso(year, 12), "approximate", False)
        elif part == "初":
            add(m, _iso(year, 1), "approximate", False)
        elif part or lead or about or re.match(r"\s*[，,。！？；]|起|以来|前后|之前|之后|内|时|那[次年回时会阵]", after) \
                or _YEAR_FIGURE.match(text, m.end()) \
                or _YEAR_EVENT.match(text[m.end():m.end() + 12]) or _year_acts(text, m.end()):
            add(m, _iso(year), "approximate" if part or about else "year", False)
    relative_refs(text, ay, am, ad, add)  # "昨天", "上周四", "本月底", "去年", "三个月前"
    if ay and am:
        ends = [e for e, _, _ in months_seen]
        for i, m in enumerate(_BARE_DAY.finditer(text)):
            if i >= _BARE_DAY_MAX:
                break  # no sentence names more days than this (a run of them is not prose)
            d = int(m["d"] or m["d2"] or m["d3"] or m["d4"] or m["d5"])
            k = bisect.bisect_right(ends, m.start())
            if k:
                _, y, mo = months_seen[k - 1]
            elif ad and d > ad and not _future_near(text, m.start()):
                y, mo = (ay, am - 1) if am > 1 else (ay - 1, 12)
            else:
                y, mo = ay, am
            try:
                dt.date(y, mo, d)
            except ValueError:
                continue
            add(m, _iso(y, mo, d), "day", True)
    if base_year:
        for m in _FESTIVAL.finditer(text):
            year = last_year or base_year
            rel = _REL_BEFORE.search(text, max(0, m.start() - 3), m.start())
            if rel and ay:  # "明年春节前", "去年国庆": the festival of that year, one date with it
                year = ay + {"去年": -1, "前年": -2, "明年": 1, "今年": 0}[rel[1]]
                refs[:] = [r for r in refs if not (r.start == rel.start() and r.end <= m.start())]
                taken[:] = [t for t in taken if t[0] != rel.start()]
                m = _Span(rel.start(), m.end(), m)
            if m["fpart"] == "" and re.match(r"\s*(?:开始|起)", text[m.end():]) and not (rel and ay) and not last_year:
                continue  # "元旦起施行" with no year: which New Year's Day the text leaves open
            fest = m["fest"][:-1] if len(m["fest"]) > 2 and m["fest"].endswith("节") else m["fest"]
            if fest == "元旦" and not rel and months_seen and months_seen[-1][2] == 12 and year == months_seen[-1][1]:
                year += 1  # "元旦假期…其中12月31日…": New Year's Day after a December is the next year's
            elif not rel and not last_year and ay and am and fest in _FIXED:
                year = _nearest_year(fest, ay, am, ad, _future_near(text, m.start()))
            if fest in ("春节", "除夕", "元宵"):
                md = _CNY.get(year)
            elif fest == "中秋":
                md = _MID_AUTUMN.get(year)
            else:
                md = _FIXED.get(fest) or _FIXED.get(m["fest"])
            if not md:
                continue
            mo, d = int(md[:2]), int(md[3:])
            if fest == "元宵":
                day = dt.date(year, mo, d) + dt.timedelta(days=14)
                mo, d = day.month, day.day
            if m["fpart"] in ("后",):
                day = dt.date(year, mo, d) + dt.timedelta(days=8)
                mo = day.month
            elif m["fpart"] in ("前", "前夕"):  # "国庆前五个交易日": the days before it, the eve's month
                day = dt.date(year, mo, d) - dt.timedelta(days=1)
                year, mo = day.year, day.month
            if fest in _FIXED and m["fpart"] not in _FESTIVAL_AWAY and not _FESTIVAL_OVER.match(text, m.end()):
                # a holiday of a fixed day ("元旦假期", "国庆期间", "元旦当晚"): about that day, not
                # the whole month it falls in; on the day itself when the text says so
                add(m, _iso(year, mo, d), "day" if m["fpart"] in _FESTIVAL_ON else "approximate", True)
                continue
            add(m, _iso(year, mo), "approximate", True)
        if festival_seen:
            for m in _AFTER_HOLIDAY.finditer(text):
                year = last_year or base_year
                md = _CNY.get(year)
                if md:
                    day = dt.date(year, int(md[:2]), int(md[3:])) + dt.timedelta(days=8)
                    add(m, _iso(day.year, day.month), "approximate", True)
    if MAYBE_ENGLISH_DATE.search(text):  # an English wire's or a bilingual page's "on August 24"
        for start, end, date, precision, inferred in english_dates(text, ay or base_year, am if ay else None):
            add(_Span(start, end), date, precision, inferred)
    if ad and re.search(r"day(?![A-Za-z])", text):  # "said on Friday": the article's week (``englishdates``)
        from .englishdates import english_weekdays
        for start, end, date, precision, inferred in english_weekdays(text, ay, am, ad):
            add(_Span(start, end), date, precision, inferred)
    # a month, a week or a day named as the baseline of a comparison ("较6月份增长", "比上个月多了
    # 两成", "环比上月下降", "比上周增加"): the time compared with, no event of the text
    compared = [r for r in refs if _BASE_BEFORE.search(text[max(0, r.start - 5):r.start])
                or r.precision != "day" and _BASE_YEAR_AFTER.match(text, r.end) or _record_since(text, r)
                or compared_with(text, r)]
    if compared:
        refs = [r for r in refs if r not in compared]
        if bases is not None:
            bases += compared
    refs.sort(key=lambda r: r.start)
    return refs
