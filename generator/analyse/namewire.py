"""A wire dispatch's byline ("（中央社记者林怡萱台北2日电）", "新华社记者王晓东北京8月1日电"): the
reporter's name runs from 记者 to the dateline's place, which the byline glues to it with no space.
A finder that reads a name by its title alone cuts such a name where its own guess ends (林怡|萱台北);
the dateline says where the name ends."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import SURNAMES, word_tag

__all__ = ["wire_reporters"]

#: 记者 (reporter), then the name and the place glued, then the day and 电 (dispatch): the dateline.
_DATELINE = re.compile(r"(?:记者|特派员|通讯员)\s*([\u4e00-\u9fff]{4,8}?)\s*"
                       r"(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*(?:电|讯|專電|专电)")


def _place(word: str) -> bool:
    return word_tag(word) in ("ns", "s")


def wire_reporters(text: str) -> list[Candidate]:
    """The reporters a dispatch's dateline names, each cut where the dateline's place begins."""
    out = []
    for m in _DATELINE.finditer(text):
        run = m.group(1)
        cuts = [k for k in (2, 3, 4) if len(run) - k >= 2 and run[0] in SURNAMES and _place(run[k:])]
        if len(cuts) == 1:  # (two readings, "王晓东北京" = 王晓|东北京? no: one place only; else fail clean)
            out.append(Candidate(run[:cuts[0]], "person", "wire", "记者"))
    return out
