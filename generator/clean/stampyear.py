"""The year of a page's stamps that print none ("8-1 14:22", "编辑于 08-03"): the page's own latest full stamp.

A feed, a note or a thread often prints its posts' days without a year, while one of its lines carries a full
date with its clock time (a comment's "2024-07-16 09:20", an export's "导出时间：2024-04-22 08:30", a footer's
stamp). That stamp is when the page was, so its year is the year of the yearless stamps on the page, or the year
before it when their month and day fall after it ("12-28" on a page stamped "2024-01-03 08:00"). A date in the
text without a clock time ("比2019年5月3日那届还壮观") is what the text tells of, never read here; a page with no
full stamp stays undated (no year is guessed, never from another page).
"""

from __future__ import annotations

import datetime as _dt
import re

_FULL_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(1[0-2]|0?[1-9])\s*[-/.月]\s*(3[01]|[12]\d|0?[1-9])(?!\d)\s*日?"
                         r"\s*(?:[T\s]|上午|下午|晚上)?\s*(?:[01]?\d|2[0-3])[:：][0-5]\d")
_READ = 2000  # characters of a block read: a stamp stands in a short line or a block's opening


def latest_stamp(blocks) -> _dt.date | None:
    """The latest full date with a clock time on the page, or None."""
    latest = None
    for b in blocks:
        for m in _FULL_STAMP.finditer(b.text[:_READ]):
            try:
                got = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if latest is None or got > latest:
                latest = got
    return latest


def year_of(month: int, day: int, latest: _dt.date | None) -> int | None:
    """The year of a yearless stamp's month and day on a page whose latest full stamp is ``latest``."""
    if latest is None:
        return None
    return latest.year - 1 if (month, day) > (latest.month, latest.day) else latest.year


def dated(month: int, day: int, latest: _dt.date | None) -> str | None:
    """The ISO day of a yearless stamp, or None."""
    year = year_of(month, day, latest)
    if year is None:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None
