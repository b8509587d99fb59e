"""The date of a page its metadata leaves undated, read where a reader finds it: the page's own
stamp among the lines the cleaner took out of the body (a date with its clock time or weekday,
"2023年9月18日　星期一", "导出时间：2023-09-05 23:18", "2024-06-18 21:05 发表于…"), a post's stamp
("9月5日 08:12 来自 iPhone客户端", in the year the page or the corpus gives), or the date an official
paper signs with (a paragraph that is a date alone among its last ones, "二〇二三年九月七日"). Never
a sidebar's archive or a list of related posts: a line with several dates is a list, not a stamp.

A date the page's metadata gave that the page writes nowhere (an extractor's guess from a
copyright year) gives way to the page's own stamp; an editor's date always stands. Only for the
timeline, whose relative dates ("今天", "昨天", "这几天") count from it; the article's metadata is
left as the editor and the cleaner set it."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .datenumerals import arabic_dates, has_numeral_date

__all__ = ["page_dates"]

_FULL = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:[-/.]|\s*年\s*)(1[0-2]|0?[1-9])(?:[-/.]|\s*月\s*)([12]\d|3[01]|0?[1-9])"
                   r"(?:\s*日)?(?![\d.])")
#: After a page's date: a clock time, a weekday, a word of publishing.
_STAMP_AFTER = re.compile(r"\s*(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?|"
                          r"\d{1,2}[:：]\d{2}(?!\d)|"
                          # a post's clock with its part of the day, alone in its field ("2024年9月14日 上午10:31 · 🌏"):
                          # not a happening's time in prose ("8月29日中午12:08，华为上线…")
                          r"(?:上午|下午|中午|晚上|早上|凌晨|傍晚|AM|PM|am|pm)\s*\d{1,2}[:：]\d{2}(?=\s*(?:$|[·・|｜•/／]|\s))|"
                          r"(?:出刊|出版|发布|發布|发表|發表|刊出|刊登|更新)(?=于|於|\s|$|[｜|│，,。:：]))")
#: A programme's first airing or a page's publication under its label ("第12集首播：2025年4月18日").
_AIRED = re.compile(r"(?:首播|首映|播出|首发|首發|(?:发布|發布|播出|首播)(?:时间|時間|日期))\s*[：:]\s*$")
#: A post's month and day with its clock time and where it came from ("9月5日 08:12 来自 …").
_POST = re.compile(r"(?<![\d.:/\-])(1[0-2]|0?[1-9])(?:[-/]|\s*月\s*)([12]\d|3[01]|0?[1-9])\s*日?\s+"
                   r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:])")


def _iso(y: str | int, m: str | int, d: str | int) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _stamp(line: str) -> str | None:
    """The page's date in one line: one full date followed by a clock time, a weekday or a word of
    publishing (a line with more dates is a list)."""
    dates = list(_FULL.finditer(line))
    if len(dates) != 1 or not (_STAMP_AFTER.match(line, dates[0].end())
                               or _AIRED.search(line[max(0, dates[0].start() - 8):dates[0].start()])):
        return None
    return _iso(*dates[0].groups())


def _signed(paragraphs: list[str]) -> str | None:
    """An official paper's date: a paragraph that is a date alone, among its last four."""
    for text in reversed(paragraphs[-4:]):
        t = text.strip()
        if has_numeral_date(t):
            t = arabic_dates(t)[0]
        m = _FULL.fullmatch(t.strip())
        if m:
            return _iso(*m.groups())
    return None


def _unwritten(date: str, lines: list[str], paragraphs: list[str]) -> bool:
    """The date read from a page's metadata is written nowhere on it (an extractor's guess from a
    copyright year, "2023-01-01"): no line or paragraph gives that day in any form."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    if not m:
        return False
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    forms = re.compile(rf"{y}\s*(?:[-/.]\s*0?{mo}\s*[-/.]\s*0?{d}(?!\d)|年\s*0?{mo}\s*月\s*0?{d}\s*日)")
    return not any(forms.search(t) for t in lines + paragraphs if t.strip() != date)


def page_dates(articles, convert) -> dict[str, str | None]:
    """Each article's date for the timeline: its metadata's, else its page's stamp or signature;
    ``convert(slug)`` turns its text to simplified script."""
    out: dict[str, str | None] = {a.slug: a.date for a in articles}
    years = Counter(d[:4] for d in out.values() if d and re.match(r"\d{4}", d))
    for a in articles:
        to_simple = convert(a.slug)
        lines = [to_simple(e.before) for e in sorted(a.audit, key=lambda e: e.line)
                 if e.action in ("removed", "metadata", "set_aside") and e.before.strip()]
        paragraphs = [to_simple(b.text) for b in a.blocks if b.kind == "p" and b.text]
        if a.date and not ("date" in a.from_source and _unwritten(a.date, lines, paragraphs)):
            continue  # (the editor's date, or one the page states, stands)
        date = next((d for d in map(_stamp, lines) if d), None) or _signed(paragraphs)
        if a.date and not date:
            continue
        if not date:  # a feed's post stamps: the first post's day, in the year the page gives
            # the page's furniture gives its year; else the year the corpus's other pages were
            # published in; only then a year its text writes (which may be a plan's: "2025年1月1日起实施"
            # in a post of September 2024)
            year = next((m.group(1) for line in lines for m in _FULL.finditer(line)), None) \
                or (years.most_common(1)[0][0] if years else None) \
                or next((m.group(1) for line in paragraphs[:3] for m in _FULL.finditer(line)), None)
            post = next((m for line in lines for m in _POST.finditer(line)), None)
            if post and year:
                date = _iso(year, post.group(1), post.group(2))
        out[a.slug] = date
    return out
