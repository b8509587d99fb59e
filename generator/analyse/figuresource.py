"""Who reports a figure, read on the sentence before it: a "据…统计/披露/公布", "根据X数据" names the data's
source (over a speaker quoted earlier in the paragraph), else the sentence's attributed speaker, unless
they are named only after the figure to give a view of it ("…40%至70%，不少学者认为标准偏低"), else a
"…显示" before it. The day it spoke is no part of who ("据X官方2日公布": X官方). Split from ``facts.py``."""

from __future__ import annotations

import re

from .figurecounted import comments_after

__all__ = ["source_of"]

#: A name that opens with a day, a month or a year ("8月24日海关总署发布公告…后，我…"): the actor of a
#: time phrase taken for a speaker, never who gives a figure.
_DATED = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|\d{1,2}\s*[日号])")

_SOURCE = re.compile(r"(?:据|根据)([^，。；：“”]{2,18}?)(?:的)?(?:数据|统计|测算|预测|预估|报告|研报|显示|报道|消息|披露|公布|通报|发布)|"
                     r"(?:^|[，。；])([^，。；：“”]{2,14}?)(?:数据)?(?:显示|统计|测算|预计|预测|预估|认为|表示|指出)")


def source_of(simple: str, start: int, speaker: str) -> str:
    """Who gives the figure: a "根据克而瑞数据", "据…统计" in the sentence before it (the data's
    source, over a speaker quoted earlier in the paragraph), else the sentence's attributed
    speaker, else a "…显示" before it."""
    stated = [m.group(1).strip() for m in _SOURCE.finditer(simple[:start]) if m.group(1)]
    if stated and 2 <= len(stated[-1]) <= 18:
        found = _bare_source(stated[-1])
        if len(found) >= 2:
            return found
    if speaker and _DATED.match(speaker):  # "11月26日滨江市卫健委：…": the day it spoke is no part of who
        speaker = _bare_source(speaker)
        if len(speaker) < 2 or speaker not in simple[:start] or _timed_actor(simple, start, speaker):
            # "8月24日海关总署发布公告…后，我…": a time phrase's actor, not who gives the figure (nor,
            # carried on, the next sentence's "这批货已经付了七成货款")
            speaker = ""
    if speaker and not comments_after(simple, start, speaker):
        return speaker
    found = ""
    for m in _SOURCE.finditer(simple[:start]):
        found = (m.group(1) or m.group(2) or "").strip()
    found = _bare_source(found)
    if found.count("《") > found.count("》"):
        found = found.split("《")[-1]
    return found if 2 <= len(found) <= 18 else ""


def _timed_actor(simple: str, start: int, name: str) -> bool:
    """Whether ``name`` before the figure only acts in a clause that dates what follows ("X发布公告
    …后，", "X宣布…以来，"): the time of the figure's story, not its speaker."""
    at = simple.rfind(name, 0, start)
    return at >= 0 and bool(_TIME_CLAUSE.match(simple, at + len(name), start))


_TIME_CLAUSE = re.compile(r"[^，。；：:“”]{0,40}?(?:之后|以后|后|以来|期间|之际|时)[，,]")


def _bare_source(found: str) -> str:
    """A source without the linking word before it, the manner after it ("据本刊不完全统计": 本刊) or the
    day it spoke ("据X官方2日公布", "根据2000年发布的…": a date is no one)."""
    found = re.sub(r"^(?:其中|此外|同时|另外|而|但|据)+", "", found)
    found = re.sub(r"(?:不完全|初步|最新|公开|相关)+$", "", found)
    return re.sub(r"(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{2,4}年|[昨今前][日天]", "", found).strip()
