"""Where a paragraph's day comes from its place under headings: a live blog's entries under clock
headings ("16:45"), a chat's messages under the day heading the cleaner writes over them
("### 2024-08-21"), and a forum post under its stamp (in its heading, or on the line after its
text). The timeline (``timeline.find_events``) reads them."""

from __future__ import annotations

import re

from ..model import POST_HEADING

__all__ = ["live_entries", "heading_days"]


def live_entries(articles) -> set[tuple[str, str]]:
    """The entries of a live blog: the first paragraph under each heading that is a clock time
    ("16:45"), in an article with three or more such headings. Each entry reports something that
    happened on the article's day, whether or not its words give a date."""
    out: set[tuple[str, str]] = set()
    for a in articles:
        clock, entries = 0, []
        after_clock = False
        for b in a.blocks:
            if b.kind.startswith("h"):
                after_clock = bool(_CLOCK_HEADING.fullmatch(b.text.strip()))
                clock += after_clock
            elif b.kind == "p" and after_clock:
                entries.append((a.slug, b.id))
                after_clock = False
        if clock >= 3:
            out.update(entries)
    return out


def heading_days(articles) -> dict[tuple[str, str], str]:
    """The day each paragraph falls under when a heading that is only a date stands over it
    ("### 2024-08-21", as a chat export over several days is read: its messages lose their stamps
    and the day heads them), until the next heading. A message's 昨天/今天 count from that day.

    A forum thread's or a comment list's post carries its own stamp where the cleaner keeps it:
    in the post's heading ("3楼 江边阿杰 LV7 发表于 2025-06-02 21:36"), or on a line of its own
    after the post's text ("发表于 2025-06-02 21:36 来自…", "2025-06-02 21:36 回复(4)"). Each post's
    paragraphs take that day: a reply's 今天 is the day it was posted, not the thread's."""
    out: dict[tuple[str, str], str] = {}
    for a in articles:
        day = None
        post: list[str] = []  # the paragraphs of the post being read, since its heading or the last stamp
        for b in a.blocks:
            if b.kind.startswith("h"):
                m = _DAY_HEADING.fullmatch(b.text.strip())
                head = POST_HEADING.match(b.text.strip())
                stamp = _POST_STAMP_LINE.search(b.text)
                day = (_day(m) if m else _day(_ISO.fullmatch(head.group("date"))) if head and head.group("date")
                       else _day(stamp) if stamp else None)
                post = []
            elif b.kind == "p" and b.id:
                stamp = _POST_STAMP_LINE.fullmatch(b.text.strip())
                if stamp:  # the stamp closes its post: the paragraphs before it, up to the last heading
                    for pid in post:
                        out.setdefault((a.slug, pid), _day(stamp))
                    post = []
                    continue
                post.append(b.id)
                if day:
                    out[(a.slug, b.id)] = day
    return out


def _day(m: re.Match) -> str:
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


_DAY_HEADING = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                          r"(?:\s*[（(]?(?:星期|周|週|礼拜)[一二三四五六日天][）)]?)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
#: A post's stamp: a full date and a clock time, perhaps after 发表于 and before the client and the
#: reply counter ("发表于 2025-06-02 21:36 来自iPhone客户端", "2025-06-02 21:36  回复(4)").
_POST_STAMP_LINE = re.compile(r"(?:(?:发表于|發表於|发布于|發佈於|发帖于|回复于|回覆於|编辑于)\s*)?"
                              r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s+"
                              r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?"
                              r"(?:\s*(?:来自|來自|via)\s*[^\n]{0,24}?)?(?:\s*(?:回复|回覆|评论|點讚|点赞|赞)\s*[（(]?\d*[）)]?)?\s*")
_CLOCK_HEADING = re.compile(r"(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d(?:\s*[:：]\s*[0-5]\d)?")
