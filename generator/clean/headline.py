"""What a headline looks like: shared by the ``title`` and ``headings`` rules."""

from __future__ import annotations

import re

from .text import FIXED_TURNS, han_count, opens_turn

_CLAUSE = re.compile(r"[，。；、,;]|[：:]$")
#: A line ending in one of these is cut mid-phrase, not a heading.
_DANGLING = set("的了在和与與及或等是把被对對从從向以为為而且但之其这這那将將会會")
NUMBERED = re.compile(r"^(\d{1,2})\s+(?=\S)")


def heading_like(text: str, max_len: int = 30) -> bool:
    """A short line without clause punctuation that does not stop mid-phrase."""
    t = text.strip()
    if not (2 <= len(t) <= max_len) or _CLAUSE.search(t) or han_count(t) < 2:
        return False
    if t.endswith(("。", ".", "…")) or t[-1] in _DANGLING:
        return False
    if t.endswith("中") and "在" in t[:-1]:
        return False  # "…在物理世界中": the frame 在…中 goes on; a status ("更新中") ends
    if LEAD.match(t):
        return False  # a dateline ("新华社北京5月6日电") opens the lead, it heads nothing
    if t[0] in "（(" and t[-1] in "）)":
        return False  # an aside or a credit in brackets ("（编辑：赵明）"), never a headline
    return not opens_turn(t, FIXED_TURNS)  # "問：為甚麼？" is an interview's turn

#: The opening of a news lead: "【本报讯】", "本报讯", a dateline ("新华社北京5月6日电", "本报上海5月6日讯").
#: The lines above it are the headline (and its decks), never the start of its first sentence.
LEAD = re.compile(r"^(?:【[^【】\n]{1,12}(?:讯|訊|电|電)】|[（(\[]?本[报報][^，。\s]{0,8}?(?:讯|訊)|"
                  r"[【\[（(]?[\u4e00-\u9fff]{0,12}?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
                  r"(?:专电|專電|电|電|讯|訊)(?=[（(【\s\u3000:：，,]|$))")
