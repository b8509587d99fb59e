"""Who reports a figure, read on the sentence before it: a "据…统计/披露/公布", "根据X数据" names the data's
source (over a speaker quoted earlier in the paragraph), else the sentence's attributed speaker, unless
they are named only after the figure to give a view of it ("…40%至70%，不少学者认为标准偏低"), else a
"…显示" before it. The day it spoke is no part of who ("据X官方2日公布": X官方). Split from ``facts.py``."""

from __future__ import annotations

import re

from .figurecounted import comments_after

__all__ = ["source_of"]

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
    if speaker and not comments_after(simple, start, speaker):
        return speaker
    found = ""
    for m in _SOURCE.finditer(simple[:start]):
        found = (m.group(1) or m.group(2) or "").strip()
    found = _bare_source(found)
    if found.count("《") > found.count("》"):
        found = found.split("《")[-1]
    return found if 2 <= len(found) <= 18 else ""


def _bare_source(found: str) -> str:
    """A source without the linking word before it, the manner after it ("据本刊不完全统计": 本刊) or the
    day it spoke ("据X官方2日公布", "根据2000年发布的…": a date is no one)."""
    found = re.sub(r"^(?:其中|此外|同时|另外|而|但|据)+", "", found)
    found = re.sub(r"(?:不完全|初步|最新|公开|相关)+$", "", found)
    return re.sub(r"(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{2,4}年|[昨今前][日天]", "", found).strip()
