"""A paper's own date as a timeline row: an official notice, an announcement or a letter that
closes on a date alone on its line ("二〇二四年一月二日", "2023年11月28日"), under its signer's line,
was issued that day (its appendix, "附：…", may follow). The row names the paper by its title and signer ("哈尔滨市某局《关于…的通报》"),
both as the page writes them, and cites the date's own paragraph.

The timeline's sentence reader (``timeline.find_events``) skips such a line, as it skips every
short line without punctuation (a caption, a heading): a date alone says nothing happened. Here it
does, because of where it stands: among the last lines of a paper whose title says what kind of
paper it is (a 通知, 公告, 通报, 提示, 建议, 纪要…, the kinds official papers are filed under).
A page that merely ends on a date (a blog's archive, a story's last line) gives no row."""

from __future__ import annotations

import bisect
import re

from .datenumerals import arabic_dates, has_numeral_date
from .model import Event

__all__ = ["paper_events", "with_paper_events"]

#: A full date alone: "2024年1月2日", "2024-01-02", "2024.1.2".
_DATE_ALONE = re.compile(r"\s*((?:19|20)\d{2})\s*(?:年|[-/.])\s*(1[0-2]|0?[1-9])\s*(?:月|[-/.])\s*([12]\d|3[01]|0?[1-9])\s*日?\s*")
#: The kinds of paper an office issues, as its title ends: the genres of official documents
#: (决定, 公告, 通告, 意见, 通知, 通报, 报告, 请示, 批复, 函, 纪要…) and of a company's or an
#: institution's notices (声明, 说明, 提示, 倡议书, 公开信, 建议).
_PAPER_KIND = re.compile(r"(?:决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|"
                         r"提示|建议|声明|说明|办法|规定|细则|方案|答复|倡议书?|公开信|告知书|告.{0,6}书)"
                         r"\s*(?:[（(][^（）()]{1,12}[)）])?\s*$")
#: A signer's line: a name of an office, a company, a board or a person, nothing else (no
#: punctuation, no brackets, no digits), short.
_SIGNER = re.compile(r"[\u4e00-\u9fffA-Za-z·・ \u3000]{2,40}")
#: The start of an appendix after the paper's signature ("附：…情况说明", "附件1：…"): the paper
#: itself ends before it.
_APPENDIX = re.compile(r"\s*附(?:件|录|表)?\s*\d{0,2}\s*[：:]")
#: How many of a paper's last paragraphs its date may stand among (a date, then an appendix's title
#: or a note on who issued the paper's copies).
_LAST = 4


def _date_alone(text: str) -> str | None:
    t = text.strip()
    if has_numeral_date(t):
        t = arabic_dates(t)[0]
    m = _DATE_ALONE.fullmatch(t)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}"


def paper_events(articles, convert) -> list[Event]:
    """One row per paper whose title names a paper's kind and that closes on a date alone:
    dated that day, its text the signer (the line before the date, when it is a name alone) and
    the title in 《》. ``convert(slug)`` turns an article's text to simplified script."""
    out: list[Event] = []
    for a in articles:
        to_simple = convert(a.slug)
        title = (a.title or "").strip()
        if not title or not _PAPER_KIND.search(to_simple(title)):
            continue
        paras = [b for b in a.blocks if b.kind == "p" and b.id and b.text and b.text.strip()]
        appendix = next((k for k, b in enumerate(paras) if k and _APPENDIX.match(to_simple(b.text))), len(paras))
        for k in range(appendix - 1, max(-1, appendix - 1 - _LAST), -1):
            date = _date_alone(to_simple(paras[k].text))
            if not date:
                continue
            before = paras[k - 1].text.strip() if k else ""
            signer = before if _SIGNER.fullmatch(before) and not _date_alone(before) else ""
            named = title if title.startswith("《") else f"《{title}》"
            out.append(Event(date, False, f"{signer}{named}", a.slug, paras[k].id, precision="day"))
            break
    return out


def with_paper_events(events: list[Event], articles, convert) -> list[Event]:
    """The timeline's events with each paper's own date (``paper_events``) in its place by date;
    a paper whose date paragraph a row already cites adds nothing."""
    cited = {(e.article, e.paragraph) for e in events} | {(c.article, c.paragraph) for e in events for c in e.also}
    out = list(events)
    for p in paper_events(articles, convert):
        if (p.article, p.paragraph) in cited:
            continue
        out.insert(bisect.bisect_right([e.date for e in out], p.date), p)
    return out
