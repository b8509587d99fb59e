"""Dates written in English, as an English wire, a bilingual page or a foreign-press compilation
gives them: "on August 24", "August 24, 2023", "24 August 2023", "in August", "in early September",
"since late August", "in 2022". A month and day without a year is the article's year (the year
before when it would fall months after the article); a bare month or year is a time only after a
preposition that makes it one ("in", "by", "until", "from", "of"; "since" for a month only), never in
a name ("August Rush") or a figure ("2022 tonnes" is read as a year only after a preposition).
"""

from __future__ import annotations

import calendar
import re

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
#: "August 24, 2023", "Aug. 24", "24 August 2023".
_MONTH_DAY = re.compile(r"(?<![A-Za-z])" + _MONTH + r"\s(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
                        r"(?:,?\s(?P<y>(?:19|20)\d{2})(?!\d))?")
_DAY_MONTH = re.compile(r"(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\s" + _MONTH.replace("?P<mon>", "?P<mon2>") +
                        r"(?:,?\s(?P<y>(?:19|20)\d{2})(?!\d))?(?![A-Za-z])")
_PREP = r"(?:in|since|by|until|till|from|through|during|of|before|after|as of|end of)\s"
#: "in early September", "since late August 2023", "in August".
_MONTH_ALONE = re.compile(r"(?<![A-Za-z])" + _PREP + r"(?:(?P<part>early|mid|late|the end of|the start of)[\s-])?" + _MONTH +
                          r"(?:\s(?P<y>(?:19|20)\d{2})(?!\d))?(?![A-Za-z])", re.I)
#: "in 2022", "since 2021", "by the end of 2025".
#: ("since 2019" is left: "its largest field since 2019" compares with the year, dates nothing in it.)
_YEAR_ALONE = re.compile(r"(?<![A-Za-z])(?:in|by|until|till|from|during|of|before|after|as of|end of)\s"
                         r"(?:the end of\s|early\s|late\s)?(?P<y>(?:19|20)\d{2})(?![\d%])", re.I)
#: "late August" is read as the month's end, as "8月底" (its usual rendering) is: a bilingual page's
#: two paragraphs then date one event alike.
_PART_DAY = {"early": 5, "the start of": 5, "mid": 15}
#: A quick test before the patterns run.
MAYBE_ENGLISH_DATE = re.compile(r"(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?![A-Za-z])|"
                                r"(?<![A-Za-z])(?:in|since|by|until|from|through|during|of)\s(?:19|20)\d{2}", re.I)


def english_dates(text: str, ay: int | None, am: int | None) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, ISO date, precision, inferred) of each English date in ``text``, earliest first."""
    out: list[tuple[int, int, str, str, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, date: str, precision: str, inferred: bool) -> None:
        if not any(a < e and s < b for a, b in taken):
            taken.append((s, e))
            out.append((s, e, date, precision, inferred))

    for rx, key in ((_MONTH_DAY, "mon"), (_DAY_MONTH, "mon2")):
        for m in rx.finditer(text):
            if _HANDLE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "— 某某 (@handle) March 16, 2023": an embedded post's stamp, no event
            if m[key].lower().rstrip(".") == "may" and not m["y"] and not _PREP_BEFORE.search(text[:m.start()]):
                continue  # "may 5 people…": the verb, unless "on May 5"
            month, day = _MONTHS[m[key].lower().rstrip(".")], int(m["d"])
            year, inferred = (int(m["y"]), False) if m["y"] else (_year_of(month, ay, am, _ahead(text, m.start())), True)
            if year is None or day > calendar.monthrange(year, month)[1]:
                continue
            add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}", "day", inferred)
    for m in _MONTH_ALONE.finditer(text):
        month = _MONTHS[m["mon"].lower().rstrip(".")]
        year, inferred = (int(m["y"]), False) if m["y"] else (_year_of(month, ay, am, _ahead(text, m.start())), True)
        if year is None:
            continue
        part = (m["part"] or "").lower()
        if part in ("the end of", "late"):
            add(m.start(), m.end(), f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}", "approximate", inferred)
        elif part:
            add(m.start(), m.end(), f"{year:04d}-{month:02d}-{_PART_DAY[part]:02d}", "approximate", inferred)
        else:
            add(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", inferred)
    for m in _YEAR_ALONE.finditer(text):
        add(m.start(), m.end(), m["y"], "year", False)
    return sorted(out)


_HANDLE_BEFORE = re.compile(r"\(@\w{1,30}\)\s*$")
_PREP_BEFORE = re.compile(r"(?:on|by|since|until|from|of|before|after)\s$", re.I)


def _year_of(month: int, ay: int | None, am: int | None, ahead: bool = False) -> int | None:
    """A month written without its year: the article's, or the year before's when it would fall
    more than a month after the article and nothing says it is to come ("will finish in November")."""
    if ay is None:
        return None
    return ay - 1 if am and month > am + 1 and not ahead else ay


#: What says the time is to come: a future or a plan in the words before it.
_AHEAD = re.compile(r"\b(?:will|shall|would|expects?|expected|plans?|planned|scheduled|due|next|forecasts?|aims?)\b", re.I)


def _ahead(text: str, start: int) -> bool:
    return bool(_AHEAD.search(text[max(0, start - 60):start]))
