"""An event's text: the sentence, or the clauses of a long one or of one that dates several
things, cut at clause marks and without them (split from ``timeline.py``)."""

from __future__ import annotations

import re

from .datefind import DateRef
from .eventrules import named_event, widen
from .residue import without_residue
from .text import Sentence


def _event_text(sentence: Sentence, ref: DateRef, several: bool = False, until: int | None = None,
                since: int | None = None) -> str:
    """The sentence, or for a long one the clauses from the date to the next full stop or
    semicolon (verbatim, in the article's script). A sentence that dates several things gives
    each date its clauses, up to the clause of the next date (``until``: where it starts) or the
    next semicolon ("4月2日港股复市，…收涨4.06%；4月3日股价回吐，收跌2.3%" is two rows, each
    saying what happened), so the timeline does not show the same sentence under two dates."""
    text = sentence.original
    entry = _chronology_entry(text, ref) if len(sentence.original) == len(sentence.simple) else None
    if entry:
        return entry  # "大事记2021.09.01　公司注册成立2023.12.28　…": one row per entry of the box
    named = named_event(sentence.simple, ref.start, ref.end)
    if named and len(sentence.original) == len(sentence.simple):
        return _trimmed(text[named[0]:named[1]])  # "2015年天津港爆炸事件": the event it names
    if several and len(sentence.original) == len(sentence.simple):
        marks = "，；;。,！？"
        left = max(text.rfind(ch, 0, ref.start) for ch in marks) + 1
        right = min([i for i in (text.find(ch, ref.end) for ch in marks) if i >= 0] or [len(text)])
        # what happened on that date reads on to the next date's clause or a semicolon
        hard = min([i for i in (text.find(ch, ref.end) for ch in "；;。！？") if i >= 0] or [len(text)])
        stop = min(max(text.rfind(ch, 0, until) for ch in marks) if until is not None else hard, hard)
        if right - left < 14 and left > 0 and text[left - 1] not in "；;":  # too short: the clause before too,
            before = max(text.rfind(ch, 0, left - 1) for ch in marks) + 1
            if since is None or before > since:  # unless it is the clause of the date before
                left = before
        if stop > right:
            ends = [i for i in range(right, min(stop, left + 120) + 1) if i == stop or text[i] in marks]
            right = max(ends) if ends else right
        if right - left < 14 and right < len(text) and text[right] not in "；;":  # …or the clause after,
            after = min([i for i in (text.find(ch, right + 1) for ch in marks) if i >= 0] or [len(text)])
            if after <= stop:  # not into the next date's clause
                right = after
        left, right = widen(text, left, right)  # a dateline or "…透露" reads on into its news
        subject = _subject_before(sentence.simple, text, ref, left, since)
        return (subject + "……" if subject else "") + _trimmed(text[left:right])
    if len(text) <= 140 or len(sentence.original) != len(sentence.simple):
        return _trimmed(text)
    if not _CJK.search(text[max(0, ref.start - 40):ref.end + 40]):
        # an English paragraph the splitter took as one sentence: the English sentence of the date
        stops = [m.end() for m in _EN_STOP.finditer(text)]
        left = max([i for i in stops if i <= ref.start] or [0])
        right = min([i for i in stops if i > ref.end] or [len(text)])
        return _trimmed(text[left:right])
    left = max(text.rfind(ch, 0, ref.start) for ch in "；;。") + 1
    right = min([i for i in (text.find(ch, ref.end) for ch in "；;。") if i >= 0] or [len(text) - 1]) + 1
    left, right = widen(text, left, right)
    return _trimmed(text[left:right])


#: A chronology box's entry mark: a full date, then a wide space before what happened that day
#: ("2021.09.01　", "2023-12-28  ", "2024年3月28日　").
_ENTRY = re.compile(r"(?:(?<!\d)|(?<=[A-Za-z]\d))(?:19|20)\d{2}(?:[.\-/]\d{1,2}[.\-/]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\u3000|\s{2,}|\u3000\s*)")


#: A preposition between a subject and its date ("Sora概念指数从2月20日…", "股价自3月1日…").
_DATE_PREP = re.compile(r"(?:从|自|于|在|截至|到)$")


def _subject_before(simple: str, text: str, ref: DateRef, left: int, since: int | None) -> str:
    """The subject of a clause that opens on its date and goes on with a verb ("…，3月22日出现近期高点"),
    taken from the clause of the date before it in the sentence ("Sora概念指数从2月20日的…"): the
    words before that date (and its preposition), as the sentence writes them; '' when there is none."""
    if since is None or since >= ref.start or text[left:ref.start].strip(" ，,、"):
        return ""
    from .namewords import _cut, word_tag

    after = _cut(simple[ref.end:ref.end + 8])
    if not after or not word_tag(after[0]).startswith("v") or word_tag(after[0]).startswith("vn"):
        return ""
    start = max(simple.rfind(ch, 0, since) for ch in "，；;。,！？：:") + 1
    head = _DATE_PREP.sub("", simple[start:since].rstrip())
    if not 2 <= len(head) <= 12 or re.search(r"\d|[年月日]", head) or not _CJK.search(head):
        return ""
    if word_tag(_cut(head)[-1]).startswith(("v", "p", "d", "c")):
        return ""  # "据悉" or "显示" ends no subject
    return text[start:start + len(head)].strip()


def _chronology_entry(text: str, ref: DateRef) -> str | None:
    """When the date opens one entry of a chronology flattened into a run (two marks or more), the
    entry alone: from after its mark to the next entry's mark, never two entries in one row."""
    marks = list(_ENTRY.finditer(text))
    if len(marks) < 2:
        return None
    for k, m in enumerate(marks):
        if m.start() == ref.start:
            end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
            body = _trimmed(text[m.end():end])
            return body or None
    return None


def _trimmed(text: str) -> str:
    """An event's text without the clause marks it was cut at ("，及“2020年1月21日…”" read as a
    row that opens on a comma)."""
    return without_residue(text.strip().lstrip("，、；：,;:").strip())


def _simple_of(text: str, s: Sentence) -> str:
    """The simplified copy of an event's text cut from sentence ``s`` (the whole sentence when
    the scripts' lengths differ)."""
    if len(s.original) != len(s.simple):
        return s.simple
    at = s.original.find(text)
    return s.simple[at:at + len(text)] if at >= 0 else s.simple


_CJK = re.compile(r"[\u4e00-\u9fff]")
#: The end of an English sentence: a full stop, a question or an exclamation mark (and a closing
#: quote), a space, then a capital or an opening quote ("Sept. 3" and "20.7bn" do not end one).
_EN_STOP = re.compile(r"[.!?][\"”’']?\s+(?=[\"“A-Z])")
