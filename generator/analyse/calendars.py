"""Calendar facts the date finder reads: the days of Chinese New Year and of the Mid-Autumn
Festival (2000–2040), fixed holidays, and an event named by its month and day in numerals
("1931年九一八事变"). Split from ``datefind.py``; data and one pure function."""

from __future__ import annotations

import datetime as dt
import re

#: Chinese New Year's day (the Spring Festival), 2000–2040.
_CNY = {2000: "02-05", 2001: "01-24", 2002: "02-12", 2003: "02-01", 2004: "01-22", 2005: "02-09",
        2006: "01-29", 2007: "02-18", 2008: "02-07", 2009: "01-26", 2010: "02-14", 2011: "02-03",
        2012: "01-23", 2013: "02-10", 2014: "01-31", 2015: "02-19", 2016: "02-08", 2017: "01-28",
        2018: "02-16", 2019: "02-05", 2020: "01-25", 2021: "02-12", 2022: "02-01", 2023: "01-22",
        2024: "02-10", 2025: "01-29", 2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13",
        2030: "02-03", 2031: "01-23", 2032: "02-11", 2033: "01-31", 2034: "02-19", 2035: "02-08",
        2036: "01-28", 2037: "02-15", 2038: "02-04", 2039: "01-24", 2040: "02-12"}
_MID_AUTUMN = {2020: "10-01", 2021: "09-21", 2022: "09-10", 2023: "09-29", 2024: "09-17",
               2025: "10-06", 2026: "09-25", 2027: "09-15", 2028: "10-03", 2029: "09-22", 2030: "09-12"}
_FIXED = {"国庆": "10-01", "元旦": "01-01", "五一": "05-01", "劳动节": "05-01", "圣诞": "12-25",
          "情人节": "02-14"}


_NUMERAL_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<md>[一二三四五六七八九〇]{2,3})(?=\s*[·・]?\s*(?:事件|事变|运动|惨案|起义))")


def _numeral_month_day(md: str) -> tuple[int, int] | None:
    """"六四" → (6, 4), "九一八" → (9, 18), "一二九" → (12, 9): an event named by its month and day."""
    digits = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    n = [digits[c] for c in md]
    if len(n) == 2:
        month, day = n
    elif n[0] == 1 and n[1] in (0, 1, 2):
        month, day = 10 + n[1], n[2]
    else:
        month, day = n[0], 10 * n[1] + n[2]
    try:
        dt.date(2000, month, day)
    except ValueError:
        return None
    return month, day
