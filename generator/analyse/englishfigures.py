"""Figures written in English, with what they count.

The figure reader reads Chinese clauses (万, 亿, 元, what the number modifies by jieba's tags), so an
English paragraph gave only its percentages, labelled by fragments ("hitthe · hit the"), and none
of "10 million copies", "268 yuan ($37.60)", "more than 3 billion yuan" or "2.2 million". Here an
English sentence's figures are read with English scale words (thousand, million, billion), currency
signs and names, qualifiers ("more than", "about", "nearly") and spelled-out small numbers before a
span ("six years", "three to five years"); what a figure counts is the noun after it ("copies",
"domestic titles"), else the clause's words before it ("An index of A-share gaming stocks … rose").
A number with nothing said of it (a year, a day of the month, a model number) is no figure.
"""

from __future__ import annotations

import re

from .englishtext import english_sentences
from .keyfigures import base_unit, weight
from .modelfigure import Figure
from .text import Sentence

_QUAL = r"(?P<qual>(?:more than|over|about|around|nearly|almost|roughly|some|up to|at least|less than|fewer than|under)\s)?"
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12}
_FIG = re.compile(
    r"(?<![\w.$¥€£-])" + _QUAL +
    r"(?P<cur>\$|US\$|¥|€|£)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s(?:thousand|million|billion|trillion)|bn|m(?![a-z]))?"
    r"(?P<unit>%|\spercent|\sper\scent|\s(?:yuan|dollars|euros|yen|pounds|won|rupees|tonnes|tons|kilometres|kilometers|"
    r"miles|hours|days|weeks|months|years))?(?![\w%])", re.I)
_SPAN = re.compile(r"(?<![\w-])(?P<a>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                   r"(?:\s(?:to|or)\s(?P<b>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
                   r"\s(?P<unit>years|months|weeks|days|hours)(?![\w])", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}
_CURRENCY = {"$": "美元", "us$": "美元", "dollars": "美元", "¥": "日元", "yen": "日元", "€": "欧元", "euros": "欧元",
             "£": "英镑", "pounds": "英镑", "yuan": "元", "won": "韩元", "rupees": "卢比"}
_DURATION = {"hours": "小时", "days": "天", "weeks": "周", "months": "个月", "years": "年"}
#: Words after a number that end what it counts.
_STOP = re.compile(r"^(?:in|on|at|of|for|from|to|by|with|and|or|as|than|since|after|before|during|the|a|an|"
                   r"is|are|was|were|has|have|had|said|says|will|would|could|that|which|who|its|their|this)$", re.I)
_MONTHS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s$")
#: A verb or preposition before a spelled-out span that makes it one ("took six years", "for three weeks").
_SPANNED = re.compile(r"(?<![A-Za-z])(?:took|take|takes|taking|lasted|last|lasts|for|within|spent|spend|needs?|over)"
                      r"(?:\s[A-Za-z'’]+){0,3}\s$", re.I)
#: Words before the figure said of it, at most this many.
BEFORE_WORDS = 6


def _noun_after(text: str, end: int) -> str:
    """The noun phrase a number modifies: lower-case words after it, up to a function word."""
    words = []
    for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]", text[end:end + 60])[:4]:
        if not re.fullmatch(r"[a-z][a-z'’-]*", w) or _STOP.match(w):
            break
        words.append(w)
    return " ".join(words[:3])


def _words_before(text: str, start: int) -> str:
    """What the clause before a figure says of it ("An index … rose", "The standard edition costs")."""
    clause = re.split(r"[,;:()\"“”]|\s[-–—]\s", text[max(0, start - 200):start])[-1]
    words = clause.split()
    return " ".join(words[-BEFORE_WORDS:]).strip()


def _figure(s: Sentence, m: re.Match, speaker: str) -> Figure | None:
    text = s.original
    num = float(m["num"].replace(",", ""))
    scale = (m["scale"] or "").strip().lower()
    unit_word = (m["unit"] or "").strip().lower()
    cur = (m["cur"] or "").lower()
    before = text[max(0, m.start() - 12):m.start()]
    if _MONTHS.search(before) or re.match(r"\s?(?:st|nd|rd|th)\b|-[a-z]", text[m.end():m.end() + 3]):
        return None  # "Aug 23", "16th-century", "1-for-1"
    if not (scale or unit_word or cur) and 1900 <= num <= 2100 and num == int(num):
        return None  # a year
    if not (scale or unit_word or cur or m["qual"]) and re.search(r"[A-Z][A-Za-z]*\s?$", text[max(0, m.start() - 8):m.start()]):
        return None  # a model's number ("RTX 40", "Model 3")
    if unit_word in ("%", "percent", "per cent"):
        kind, unit = "percent", "%"
    elif cur or unit_word in _CURRENCY:
        kind, unit = "money", _CURRENCY.get(cur or unit_word, "")
    elif unit_word in _DURATION:
        kind, unit = "duration", _DURATION[unit_word]
    else:
        kind, unit = "count", ""
    noun = _noun_after(text, m.end()) if kind == "count" else ""
    if kind == "count" and not noun and not scale:
        return None  # "RTX 40", "27 of the game's 36": nothing said of a bare number
    number = num * _SCALE.get(scale, 1.0)
    dim, factor = base_unit(kind, unit)
    what = noun or _words_before(text, m.start())
    qual = (m["qual"] or "").strip()
    # the figure as written, its unit included ("more than 3 billion yuan": an English unit is no
    # suffix the pages can glue on)
    value = text[m.start():m.end()].strip()
    return Figure(value=value, unit="", kind=kind, context=text, article=s.article, paragraph=s.paragraph,
                  number=number, key=f"{number:g}{unit}", qualifier=qual, approximate=bool(qual),
                  what=what, source=speaker, low=number * factor, high=number * factor, dimension=dim,
                  weight=weight(kind, unit, what, "", number, speaker, 0))


def english_figures(sentences: list[Sentence], speakers: dict | None = None) -> list[Figure]:
    """The figures of the English sentences among ``sentences``, in reading order."""
    speakers = speakers or {}
    out: list[Figure] = []
    for s in english_sentences(sentences):
        if len(s.original) > 1000:
            continue
        who = speakers.get((s.article, s.index), "")
        for m in _FIG.finditer(s.original):
            fig = _figure(s, m, who)
            if fig is not None:
                out.append(fig)
        for m in _SPAN.finditer(s.original):
            if not m["b"] and not _SPANNED.search(s.original, max(0, m.start() - 40), m.start()):
                continue  # "in its first three days": a period named, no span said of anything
            a = _WORDNUM[m["a"].lower()]
            b = _WORDNUM[m["b"].lower()] if m["b"] else a
            unit = _DURATION[m["unit"].lower()]
            dim, factor = base_unit("duration", unit)
            what = _words_before(s.original, m.start())
            out.append(Figure(value=m.group(0), unit="", kind="duration",
                              context=s.original, article=s.article, paragraph=s.paragraph,
                              number=float(a) if a == b else None, key=f"{a}-{b}{unit}", what=what, source=who,
                              range=a != b,
                              low=a * factor, high=b * factor, dimension=dim,
                              weight=weight("duration", unit, what, "", float(a), who, 0)))
    return out
