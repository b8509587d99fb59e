"""Time stamps and date stamps: a message's day and clock time ("2024-08-21 09:12 王磊："), whose
day a relative date after it counts from, and a page's own date stamp ("2024-02-17 21:47发布于…",
"9-18 20:55 来自 iPhone"), which dates an undated article and is no event (split from ``timeline.py``)."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from .datefind import DateRef, resolve_dates
from .dateorder import year_first
from .eventmessages import reports_now
from .eventrules import post_stamp
from .tables import ROW_INDEX
from .text import Sentence


#: A time stamp: a day and a clock time ("2024-08-21 09:12", "[2024/8/21 09:12:05]"); with a speaker
#: label after it, a message's own stamp ("2024-08-21 09:12 王磊：").
_TIME_STAMP = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*[\]］)）]?\s*(\d{1,2}:\d{2}(?::\d{2})?)(?![\d])")
_LABEL_AFTER = re.compile(r"[\]］)）]?\s*[^\s：:，。！？\d]{1,12}[：:]")
#: A page's next field after its time, not a speaker ("2023年9月15日10:00地点：…", "状态：已结束").
_FIELD_AFTER = re.compile(r"\s*(?:地点|地址|状态|时间|来源|主题|主持|主办|承办|备注|天气|时长)\s*[：:]")


def _stamp_day(m: re.Match) -> str:
    """The stamp's day, or "" when it names no day of the calendar ("2024-11-900:05" read as the 90th)."""
    try:
        dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return ""
    return f"{m.group(1)}-{m.group(2).zfill(2)}-{m.group(3).zfill(2)}"


#: How much blank margin a piece of a stamped sentence is read with (more than any pattern looks around).
_MARGIN = 64


def _stamped_refs(text: str, before: str | None, article_date: str | None, default, festival: bool, written,
                  near: str | None = None, bases: list | None = None):
    """The sentence's dates, each relative one resolved against the last time stamp written
    before it in its paragraph (``before``: the day of the last stamp before the sentence) ("2024-08-21 09:12 王磊：昨天收盘…" is the 20th whatever the page's
    date); a message's own stamp is when it was said, no event. Returns the dates and, for a
    position in the sentence, the date its relative dates count from."""
    text = year_first(text)  # "26.09.2024 12:40 …": a stamp written day first
    stamps = list(_TIME_STAMP.finditer(text))
    if not stamps and not before:
        return resolve_dates(text, article_date, default, festival, written, near, bases), lambda i: article_date
    anchors = [before or article_date] + [_stamp_day(m) for m in stamps]
    cuts = [0] + [m.start() for m in stamps] + [len(text)]
    refs: list[DateRef] = []
    for k in range(len(cuts) - 1):
        # each piece read alone, with blank margins that stand for the rest of the sentence (as wide as any
        # look around reaches): reading the whole padded sentence once per stamp cost stamps × length
        lo, hi = cuts[k], cuts[k + 1]
        left, right = min(lo, _MARGIN), min(len(text) - hi, _MARGIN)
        shift = lo - left
        seen = [] if bases is not None else None
        got = resolve_dates(" " * left + text[lo:hi] + " " * right, anchors[k], default, festival, written, near, seen)
        for r in got + (seen or []):
            r.start, r.end = r.start + shift, r.end + shift
        refs += got
        if bases is not None:
            bases += seen
    # a message that dates what it reports ("…09:12 王磊：昨天收盘…") is read by that date, not by
    # its stamp; one that gives none is news of its stamp's day only when it reports a happening of
    # that moment ("21:48 刘思琪：首班渡轮刚刚靠岸"): a remark, a joke, an argument is no event
    for k, m in enumerate(stamps):
        if _LABEL_AFTER.match(text, m.end()) and not _FIELD_AFTER.match(text, m.end()) and (any(m.end() <= r.start < cuts[k + 2] for r in refs)
                                                  or not reports_now(text[m.end():cuts[k + 2]])):
            refs = [r for r in refs if not m.start() <= r.start < m.end()]
    return sorted(refs, key=lambda r: r.start), lambda i: anchors[bisect.bisect_right(cuts, i) - 1]


#: What follows a page's date stamp: a clock time or a weekday ("2024-02-17 21:47", "2024年1月29日 星期一").
_STAMP_AFTER = re.compile(r"\s*(?:[（(]?(?:星期|周|週|礼拜)[一二三四五六日天][）)]?|"
                          r"\d{1,2}[:：]\d{2}(?!\d)|"
                          # a post's clock with its part of the day, alone in its field ("2024年9月14日 上午10:31 · 🌏"):
                          # not a happening's time in prose ("8月29日中午12:08，华为上线…")
                          r"(?:上午|下午|中午|晚上|早上|凌晨|傍晚|AM|PM|am|pm)\s*\d{1,2}[:：]\d{2}(?=\s*(?:$|[·・|｜•/／]|\s))|"
                          r"(?:出刊|出版|发布|发表|刊出|刊登|更新)(?=于|\s|$|[｜|│，,。:：]))")
_STAMP = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:[-/.]|\s*年\s*)(1[0-2]|0?[1-9])(?:[-/.]|\s*月\s*)([12]\d|3[01]|0?[1-9])"
                    r"(?:\s*[日号])?(?![\d.])")
#: What a clock time of a happening reads on with ("上午9:00起", "14:30开始", "10:00在…举行").
_HAPPENS_AT = re.compile(r"\s*(?:起|开始|前|后|以前|以后|之前|之后|至|到|[—-]|在|举行|召开|开幕|截止)")
#: A speaker who says what day it is as the piece opens ("今天是2024年1月4号星期四"): the page's date,
#: and still a row of the timeline (the day the piece tells of), unlike a stamp the page prints.
_TODAY_IS = re.compile(r"(?:今天|今日)\s*是\s*$")

#: A word of posting before a page's date ("发表于 2024-06-18 21:05", "编辑于", "更新于"): the page's
#: own date, not an event "于" a date.
_POSTED_AT = re.compile(r"(?:发表|發表|发布|發布|發佈|编辑|編輯|更新|发帖|發帖|写|寫)于?於?\s*[：:]?\s*$")


#: A page's own date under its label in a metadata row ("**发布时间：2024年7月26日** · 时长 52:18",
#: "发布日期：2024-07-26 | 来源：…", "上传时间: 2024/7/26"): when the page was published.
_PUBLISHED_LABEL = re.compile(r"(?:(?:发布|發布|發佈|发表|發表|上传|上傳|更新|播出|首播|刊发|刊發|出版)(?:时间|時間|日期)|"
                              # a programme's or an episode's first airing ("第12集首播：2025年4月18日")
                              r"首播|首映|播出|首發|首发)\s*[：:]\s*(?:\*+\s*)?$")
#: What closes such a row's date: its end (perhaps a full stop), or a separator before the row's next field.
_ROW_FIELD_END = re.compile(r"\s*(?:\*+\s*)?(?:[。.]?\s*$|[·・|｜•/／])|\s{2}")


#: A page's counter as a field after a separator, its word first ("· 阅读 3.6万", "| 浏览：1.2万", "· 播放 3.6万次").
_COUNT_FIELD = re.compile(r"\s*(?:\*+\s*)?[·・|｜•]\s*(?:阅读|閱讀|浏览|瀏覽|播放|观看|觀看|点赞|點讚|点击|點擊|评论|評論|收藏|转发|轉發)"
                          r"\s*(?:量|数|數|次数)?\s*[：:]?\s*\d")


def published_label(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] is a page's publication date under its label, alone in its field
    (a metadata row joined with others, or a line of its own): the page's date, never an event."""
    if _PUBLISHED_LABEL.search(text[max(0, start - 12):start]) and _ROW_FIELD_END.match(text, end):
        return True
    return bool(_COUNT_FIELD.match(text, end))  # "阿强 · 2024年7月26日 · 阅读 3.6万": the post's own row


def page_stamps(sentences: list[Sentence], year: int | None = None) -> dict[str, tuple[str, int]]:
    """Each article's date stamp on its page, with the paragraph it stands in: a full date
    followed by a clock time, a weekday or a word of publishing ("2024-02-17 21:47发布于广东",
    "2024-01-29 星期一 来源：…", "2024年10月2日出刊"), or a month and day with a clock time as a
    social-media post shows it ("9-18 20:55 来自 iPhone", in ``year``: the corpus's), in the
    article's first two paragraphs. A forum post or a live blog saved without its metadata still
    says when it was posted; the stamp is the page's date, not an event."""
    out: dict[str, tuple[str, int]] = {}
    for s in sentences:
        if s.article in out or s.para_index > 1 or s.index == ROW_INDEX:
            continue
        simple = year_first(s.simple)  # "财经直播间 26.09.2024 12:40": a stamp written day first
        for m in _STAMP.finditer(simple[:200]):
            after = _STAMP_AFTER.match(simple, m.end())
            if after and _HAPPENS_AT.match(simple, after.end()):
                continue  # "2031年3月5日 上午9:00起，南线加密": the time something happens, no stamp
            if (after or post_stamp(simple, m.start(), m.end())
                or _TODAY_IS.search(simple[max(0, m.start() - 4):m.start()])
                or published_label(simple, m.start(), m.end())) \
                    and (not re.search(r"[于在将从自]\s*$", simple[max(0, m.start() - 2):m.start()])
                         or _POSTED_AT.search(simple[max(0, m.start() - 6):m.start()])):
                out[s.article] = (f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}", s.para_index)
                break
        else:
            m = _POST_STAMP.search(s.simple[:200])
            if m and year:
                try:
                    out[s.article] = (dt.date(year, int(m["m"]), int(m["d"])).isoformat(), s.para_index)
                except ValueError:
                    pass
    return out


#: A post's month and day with its clock time, as social-media pages print them ("9-18 20:55",
#: "09/18 20:55", "9月18日 20:55").
_POST_STAMP = re.compile(r"(?<![\d.:/\-])(?P<m>1[0-2]|0?[1-9])(?:[-/]|\s*月\s*)(?P<d>[12]\d|3[01]|0?[1-9])\s*日?"
                         r"\s+(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:])")

