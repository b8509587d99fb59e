"""Dates given by reference to another date of the text: "当晚", "次日" after the day the
paragraph last gave, "发布会当晚" by the day the corpus gives the occasion, and "明天" inside a
quoted document counted from the document's own date. Split from ``datefind.py`` (which finds and
resolves written and relative dates); returns data only."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from .datefind import DateRef, _parse_article_date
from .datepatterns import _ANCHORED, _RELDAY, _THAT_DAY, _YMD
from .eventrules import quote_around
from .text import Sentence

__all__ = ["occasion_days"]


def _that_day(text: str, refs: list[DateRef], before: DateRef | None,
              carried: bool = False) -> tuple[list[DateRef], list[re.Match]]:
    """"次日" dates the day after the one the paragraph last gave ("4月2日…大涨，次日即回吐"):
    precision day, marked inferred. "当晚", "当天" after a day the paragraph gave is that day (the
    paragraph is already an event of that day: no second one); not a release's own day ("发布
    当日", read against the corpus's date for the release). Returns the dates, and the
    expressions the paragraph gave no day for (``occasion_days`` may date them by the occasion
    they name). ``carried``: ``before`` is the day the paragraph before ended on ("同一天，…" opening
    a paragraph), so a same-day word dates a row of its own."""
    out, pending = [], []
    days = sorted((r for r in refs if r.precision == "day"), key=lambda r: r.end)
    ends = [r.end for r in days]
    for m in _THAT_DAY.finditer(text):
        if _CLOCK_SPAN.search(text[max(0, m.start() - 10):m.start()]) or _CLOCK_AFTER.match(text, m.end()):
            continue  # "夜间22时至次日6时", "次日凌晨": a time of day, not a day of the story
        k = bisect.bisect_right(ends, m.start())  # the days given before it in the sentence
        later = _days_on(m)
        if k and not later:
            continue
        base = days[k - 1] if k else before
        if _ANCHORED.search(text[max(0, m.start() - 14):m.end()]):
            continue
        if base is None:
            if not m["n"]:
                pending.append(m)
            continue
        if not later and not (carried and not k):
            continue  # the day the paragraph already gave: its row cites the paragraph already
        out.append(DateRef(m.start(), m.end(), _next(base.date, m["that"]), "day", True))
    return out, pending


#: A clock time and "to" before "次日" ("22时至次日6时"), a clock time right after it ("次日6时"):
#: hours of a night, not the day after an event.
_CLOCK_SPAN = re.compile(r"\d{1,2}\s*(?:时|点|[:：]\d{2})\s*(?:至|到|—|－|-|~|～)\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:凌晨|清晨|早上|上午)?\s*\d{1,2}\s*(?:时|点|[:：]\d{2})")
_CN_DAYS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _days_on(m: re.Match) -> int:
    """How many days after the day before it a "次日" (1) or a "3天后" (3) is; 0 for "当晚"."""
    if m["n"]:
        return int(m["n"]) if m["n"].isdigit() else _CN_DAYS[m["n"]]
    return 1 if m["that"] in ("次日", "翌日", "第二天") else 0


def _next(date: str, word: str) -> str:
    day = dt.date.fromisoformat(date)
    later = _days_on(_THAT_DAY.fullmatch(word)) if _THAT_DAY.fullmatch(word) else 0
    return (day + dt.timedelta(days=later)).isoformat()


#: Occasions a text dates and later refers to by "当晚" ("发布会当晚", "当晚均有出席发布会").
_OCCASION = re.compile(r"发布会|交付仪式|仪式|大会|峰会|典礼|开幕式|记者会|见面会|庆典|首映礼?")


def occasion_days(pending: list, raw: list) -> list:
    """"发布会当晚…悉数到场": a 当晚 whose paragraph gave no day is the day of the occasion the
    sentence names, as the same article dates it, else as most reports in the corpus do (two or
    more). ``pending`` holds (sentence, text, match); ``raw`` (DateRef, forecast, sentence).
    Returns (DateRef, sentence) pairs."""
    from collections import defaultdict

    here: dict[tuple[str, str], Counter] = defaultdict(Counter)
    everywhere: dict[str, Counter] = defaultdict(Counter)
    found: dict[int, list] = {}  # each sentence's occasions, found once

    def nearest(text: str, key: int, start: int, end: int):
        if key not in found:
            occ = list(_OCCASION.finditer(text))
            found[key] = (occ, [o.start() for o in occ])
        occ, starts = found[key]
        k = bisect.bisect_left(starts, start)
        near = occ[max(0, k - 1):k + 1]
        return min(near, default=None, key=lambda o: min(abs(o.start() - end), abs(start - o.end())))

    for ref, _, s in raw:
        if ref.precision != "day":
            continue
        near = nearest(s.simple, id(s), ref.start, ref.end)
        if near:
            here[(s.article, near.group())][ref.date] += 1
            everywhere[near.group()][ref.date] += 1
    out = []
    for s, text, m in pending:
        near = nearest(text, id(s), m.start(), m.end())
        days = (here.get((s.article, near.group())) or everywhere.get(near.group())) if near else None
        if not days or (not here.get((s.article, near.group())) and sum(days.values()) < 2):
            # "首航当天": the happening named right before, as the same article dates it
            date = _named_occasion_day(text[:m.start()], s, raw)
            if date:
                out.append((DateRef(m.start(), m.end(), _next(date, m["that"]), "day", True), s))
            continue
        date = days.most_common(1)[0][0]
        out.append((DateRef(m.start(), m.end(), _next(date, m["that"]), "day", True), s))
    return out


#: The words right before "当天" / "当日" that name what happened that day ("首航当天", "终裁公布当日",
#: "开园那天"): a run of Chinese characters, not a pronoun or a word of time ("这一天", "周五当天").
_OCCASION_WORDS = re.compile(r"(?<![这那此])([\u4e00-\u9fff]{2,6})[那这]?$")
_NOT_OCCASION = re.compile(r"[这那此该其每某本今昨明前后上下同次周日月年号天时]|我|你|他|她|们|的$")


def _named_occasion_day(before: str, s: Sentence, raw: list) -> str | None:
    """The day the same article gives the happening named right before a "当天" ("首航当天" after
    "2023年5月28日，C919完成商业首航"): the day most often written a few characters before that
    name, in a sentence of the same article (not a day after it: "首航机票于25日开售" dates the
    tickets). None when the article never dates it."""
    m = _OCCASION_WORDS.search(before)
    if not m or re.search(r"[“「『\"‘][\u4e00-\u9fff]*$", before):
        return None  # inside a quoted term ("“开园当日可无条件退改”"): a rule's wording, no day told
    run = m.group(1)
    for n in range(min(4, len(run)), 1, -1):  # the longest name the article dates, then shorter
        word = run[-n:]
        if _NOT_OCCASION.search(word):
            continue
        days: Counter = Counter()
        for ref, _, t in raw:
            if ref.precision != "day" or t.article != s.article or t is s:
                continue
            for w in re.finditer(re.escape(word), t.simple):
                if 0 <= w.start() - ref.end <= 16:  # the date, then what happened ("5月28日，…完成首航")
                    days[ref.date] += 1
                    break
        if days:
            return days.most_common(1)[0][0]
    return None


def _quoted_relative(ref: DateRef, text: str, s: Sentence, article_date: str | None) -> DateRef:
    """"明天" inside a quoted document is the document's tomorrow: when the paragraph dated the
    document before ("3月15日，网上传出一张通知截图。通知中称，“明天是发布日…”"), the day is
    counted from that date, not from the article's."""
    word = text[ref.start:ref.end]
    if ref.precision != "day" or not _RELDAY.fullmatch(word) or quote_around(text, ref.start, ref.end) is None:
        return ref
    before = s.paragraph_simple[max(0, s.start - 400):s.start] + text[max(0, ref.start - 400):ref.start]
    last = None
    for m in _YMD.finditer(before):
        if m["d"]:
            last = m
    ay, _, _ = _parse_article_date(article_date)
    year = int(last["y"]) if last and last["y"] else ay
    if not last or not year:
        return ref
    try:
        base = dt.date(year, int(last["m"]), int(last["d"]))
    except ValueError:
        return ref
    shift = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前一天": -1, "前一日": -1, "前天": -2,
             "明天": 1, "明日": 1, "后天": 2}[word]
    return DateRef(ref.start, ref.end, (base + dt.timedelta(days=shift)).isoformat(), "day", True)
