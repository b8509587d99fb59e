"""Weekdays in English, resolved against the article's date: a wire dated Friday 23 August says
"its developer said on Friday" (that day), "went on sale on Tuesday" (the 20th), "on Wednesday
launched" (the 21st). A weekday after a preposition ("on", "since", "by", "until", "from", "as of",
"last", "next", "this") is the latest such day on or before the article's date, or, in a sentence
looking ahead ("will", "is expected to", "plans to", "next"), the first one after it; "last Friday"
is never the day itself. Without the article's day nothing is dated (a guessed day costs a reader
more than a missing one); a name ("Black Friday", "Good Friday") has no preposition before it.
"""

from __future__ import annotations

import datetime as dt
import re

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"(?<![A-Za-z])(?P<prep>on|since|by|until|till|from|as of|last|next|this|late on|early on)\s"
                      r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"(?:\s(?:morning|afternoon|evening|night))?(?![A-Za-z])")
_AHEAD = re.compile(r"(?<![A-Za-z])(?:will|shall|is\sto|are\sto|plans?\sto|planned\sto|expected\sto|scheduled|"
                    r"set\sto|due\sto)(?![A-Za-z])", re.I)
#: How far before a weekday a sentence's look ahead is read (the clause it is in).
AHEAD_REACH = 60


def english_weekdays(text: str, ay: int | None, am: int | None, ad: int | None) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, ISO date, "day", inferred) of each English weekday in ``text``."""
    if not (ay and am and ad) or len(text) > 100_000:
        return []
    try:
        today = dt.date(ay, am, ad)
    except ValueError:
        return []
    out = []
    for m in _WEEKDAY.finditer(text):
        wd = _DAYS.index(m["wd"].lower())
        prep = m["prep"]
        ahead = prep == "next" or (prep != "last" and _AHEAD.search(text, max(0, m.start() - AHEAD_REACH), m.start()))
        if ahead:
            day = today + dt.timedelta(days=(wd - today.weekday()) % 7 or 7)
        else:
            back = (today.weekday() - wd) % 7
            if prep == "last" and back == 0:
                back = 7
            day = today - dt.timedelta(days=back)
        s = m.start("wd") if prep not in ("last", "next", "this") else m.start()
        out.append((s, m.end(), day.isoformat(), "day", True))
    return out
