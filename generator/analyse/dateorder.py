"""A date written day first ("26.09.2024 12:40" as a Telegram export, a European page or a
Hong Kong form prints it; "09/26/2024" month first as an American page does) read as the year-first
date the date finder knows ("2024.09.26"), in place: the copy keeps every position of the text.

Which of the first two numbers is the day is settled by the numbers when one of them is over 12;
when both could be a month, a date with dots is day first (the order of every country that writes
dots), and one with slashes or dashes is left alone (Europe and America disagree: no date beats a
wrong one)."""

from __future__ import annotations

import re

__all__ = ["year_first"]

_DAY_FIRST = re.compile(r"(?<![A-Za-z\d.:/\-])(?P<a>[0-3]?\d)(?P<sep>[./\-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d{2})(?![A-Za-z\d]|[./\-]\d)")


def _swap(m: re.Match) -> str:
    a, b, sep, y = m["a"], m["b"], m["sep"], m["y"]
    ia, ib = int(a), int(b)
    if ia > 12 and 1 <= ib <= 12 and ia <= 31:
        day, month = a, b
    elif ib > 12 and 1 <= ia <= 12 and ib <= 31:
        day, month = b, a
    elif 1 <= ia <= 12 and 1 <= ib <= 12 and sep == ".":
        day, month = a, b
    else:
        return m.group(0)
    return f"{y}{sep}{month}{sep}{day}"


def year_first(text: str) -> str:
    """``text`` with each day-first date turned year first, same length."""
    if not text or not re.search(r"\d[./\-](?:19|20)\d{2}", text):
        return text
    return _DAY_FIRST.sub(_swap, text)
