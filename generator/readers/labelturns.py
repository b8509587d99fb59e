"""Turns under speaker labels on lines of their own (a meeting app's or a speech-recognition service's
export: ``說話人 1  00:03:12`` ⏎ the turn's words; ``00:01:05 Speaker 2`` ⏎ …; ``发言人A`` ⏎ …).

The phenomenon: a machine transcript prints each turn's label (and its position in the recording) on
a line of its own and the words under it. The label is one speaker throughout, so it must stay with
the turn: each turn becomes a paragraph opening on its label (``說話人 1：…``) and the position leaves
(recorded), as a transcript's labelled turns are written. A turn's end is its sentence's end.

A label line is a label alone, before or after a recording position (``00:03:12``, ``[01:05]``): an
anonymous label (说话人/發言人/Speaker/讲者 and a number or letter) with or without a position, or a
short name with a position that counts from the recording's start (never a chat's clock time: the
positions run forward and the first is within the recording's first ten minutes). Three label lines
or more, two labels or more, else nothing is read.

What stands above the first turn in such an export is the app's, not the speakers': a heading of a
machine summary (``智能摘要``, ``AI 摘要``, ``Summary``) and the prose under it are set aside (kept in the
audit, out of the text: no speaker said it), the export's section heads (``章節速覽``, ``逐字稿``) leave,
and the exported file's name (``檔案名稱：EP217 … .m4a``) is the title, its recording time the date.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from .meta import iso_date

__all__ = ["read_label_turns", "ANON_LABEL", "LABEL_LINE"]

NAME = "label_turns"

#: An anonymous speaker label of a machine transcript.
ANON_LABEL = (r"(?:说话人|說話人|发言人|發言人|讲者|講者|发言者|發言者|说话者|說話者|讲话人|講話人|"
              r"Speaker|SPEAKER|speaker|Spk|SPK|spk)[ _\-]?(?:\d{1,2}|[A-Z])")
_POS = r"[\[(（]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])）]?"
_NAMED = r"[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z.'\-]{0,15}(?: [A-Z][A-Za-z.'\-]{0,15}){0,2}"
#: A label line: a position, then a label; or a label, then a position; or an anonymous label alone.
LABEL_LINE = re.compile(
    rf"^\s*(?:(?P<t1>{_POS})\s+)?(?P<label>{ANON_LABEL}|{_NAMED})\s*[：:]?\s*(?:(?P<t2>{_POS}))?\s*$")
_ANON = re.compile(rf"^{ANON_LABEL}$")
_END = re.compile(r"[。！？!?…~～」』”\"）)]$|[\u3002.]{3}$")
#: The app's machine summary heading above the turns.
_SUMMARY = re.compile(r"^\s*[#【\[]*\s*(?:智能|AI\s*|自动|自動|会议|會議|内容|內容|全文)?(?:摘要|总结|總結|概要|纪要|紀要|要点|要點|速览|速覽)"
                      r"\s*[】\]]*\s*$|^\s*(?:AI\s+)?Summary\s*$", re.I)
#: The export's own section heads (chapters, the transcript itself).
_HEAD = re.compile(r"^\s*[#【\[]*\s*(?:章节速览|章節速覽|章节|章節|逐字稿|转写|轉寫|转写内容|轉寫內容|文字记录|文字記錄|全文|"
                   r"Transcript|Chapters|关键词|關鍵詞|待办|待辦)\s*[】\]]*\s*$", re.I)
_RULE = re.compile(r"^\s*[\u2500-\u257f\u2014\u2013\-=＝_＿━]{3,}\s*$")
_FILE = re.compile(r"^\s*(?:檔案名稱|档案名称|文件名称|文件名稱|文件名|檔名|档名|File\s*name|录音名称|錄音名稱)\s*[:：]\s*"
                   r"(?P<v>.+?)(?:\.(?:m4a|mp3|wav|mp4|aac|amr|ogg|flac|mov|webm))?\s*$", re.I)
_RECORDED = re.compile(r"^\s*(?:錄音時間|录音时间|录制时间|錄製時間|会议时间|會議時間|Recorded|Date)\s*[:：]\s*(?P<v>.+?)\s*$", re.I)
_FIRST_WITHIN = 600


def _seconds(stamp: str) -> int:
    parts = [int(p) for p in re.findall(r"\d+", re.sub(r"[.,]\d+", "", stamp))]
    total = 0
    for p in parts:
        total = total * 60 + p
    return total


def _labelled(blocks) -> list[tuple[int, re.Match]]:
    found = []
    for i, b in enumerate(blocks):
        if b.kind != "line" or len(b.text) > 40:
            continue
        m = LABEL_LINE.match(b.text)
        if not m:
            continue
        anon = bool(_ANON.match(m.group("label")))
        if m.group("t2") and re.search(r"[：:]", b.text[m.end("label"):m.start("t2")]):
            continue  # "時長：00:38:52": a field and its value, no speaker
        # the words come on the next line: a label line is never the last line, never followed by another label
        if i + 1 >= len(blocks) or blocks[i + 1].kind != "line" or LABEL_LINE.match(blocks[i + 1].text):
            continue
        if anon or m.group("t1") or m.group("t2"):
            found.append((i, m))
    return found


def _positions_ok(found) -> bool:
    """Named labels need positions counted from the recording's start, running forward."""
    times = [_seconds(m.group("t1") or m.group("t2")) for _, m in found if m.group("t1") or m.group("t2")]
    if len(times) != len(found):
        return False
    return times[0] <= _FIRST_WITHIN and all(b >= a for a, b in zip(times, times[1:]))


def read_label_turns(doc: Doc) -> bool:
    """Read turns under label lines (see the module); False (nothing changed) when the text has none."""
    bl = doc.blocks
    found = _labelled(bl)
    if sum(1 for _, m in found if _ANON.match(m.group("label"))) >= 3:
        found = [(i, m) for i, m in found if _ANON.match(m.group("label"))]
    if len(found) < 3:
        return False
    labels = {m.group("label") for _, m in found}
    if len(labels) < 2:
        return False
    if not all(_ANON.match(m.group("label")) for _, m in found) and not _positions_ok(found):
        return False
    at = dict(found)
    first = found[0][0]
    _above(doc, first)
    bl = doc.blocks
    found = [(i, m) for i, m in _labelled(bl) if m.group("label") in labels]
    at = dict(found)
    first_line = bl[found[0][0]].line
    out: list[Chunk] = []
    turn: Chunk | None = None
    label = ""
    for i, b in enumerate(bl):
        m = at.get(i)
        if m is not None:
            if turn is not None and not _END.search(turn.text.rstrip()):
                doc.record(turn.line, turn.text[-8:], turn.text[-8:] + "。", "changed",
                           "a speaker's turn ends here: its sentence's end")
                turn.text = turn.text.rstrip() + "。"
            label = re.sub(r"(?<=[\u4e00-\u9fff])[ _\-]+(?=[0-9A-Z])", "", m.group("label").strip())  # "說話人 1" → "說話人1"
            doc.record(b.line, b.text.strip(), label + "：", "changed",
                       "a speaker's label on its own line over the turn (its position in the recording "
                       "leaves): the turn opens on its label")
            turn = None
            nxt = bl[i + 1]
            nxt.text = label + "：" + nxt.text.lstrip()
            nxt.marks = [(0, b.line)] + [(o + len(label) + 1, ln) for o, ln in nxt.marks[1:]] \
                if nxt.marks else [(0, b.line)]
            nxt.gap, nxt.starts, nxt.message = max(b.gap, 1), True, True
            turn = nxt
            continue
        if turn is not None and b is not turn and (b.kind != "line" or b.gap > 0):
            if not _END.search(turn.text.rstrip()):
                doc.record(turn.line, turn.text[-8:], turn.text[-8:] + "。", "changed",
                           "a speaker's turn ends here: its sentence's end")
                turn.text = turn.text.rstrip() + "。"
            turn = None
        out.append(b)
    if turn is not None and not _END.search(turn.text.rstrip()):
        doc.record(turn.line, turn.text[-8:], turn.text[-8:] + "。", "changed",
                   "a speaker's turn ends here: its sentence's end")
        turn.text = turn.text.rstrip() + "。"
    bl[:] = out
    doc.flag(first_line, found[0][1].group("label"),
             "A machine transcript with speaker labels (" + "、".join(sorted(labels)[:4])
             + "): the labels are the app's; check who each one is against the recording.")
    return True


def _above(doc: Doc, first: int) -> None:
    """The export's parts above the first turn (see the module): the file name → title, the recording
    time → date, a machine summary set aside, the export's section heads out."""
    bl = doc.blocks
    gone: set[int] = set()
    summary = False
    for k in range(first):
        b = bl[k]
        if b.kind not in ("line", "h", "p"):
            summary = False
            continue
        t = b.text.strip()
        if (m := _FILE.match(t)) and m.group("v").strip():
            doc.declared.setdefault("title", m.group("v").strip())
            doc.record(b.line, t, "", "metadata", "the exported recording's file name → title")
            gone.add(k)
        elif (m := _RECORDED.match(t)) and iso_date(m.group("v")):
            doc.declared.setdefault("date", iso_date(m.group("v")))
            doc.record(b.line, t, "", "metadata", "the recording's time → date")
            gone.add(k)
        elif _SUMMARY.match(t):
            summary = True
            doc.record(b.line, t, "", "removed", "the transcript app's heading over its machine summary")
            gone.add(k)
        elif _HEAD.match(t):
            summary = False
            doc.record(b.line, t, "", "removed", "the transcript app's section head (not the speakers' words)")
            gone.add(k)
        elif _RULE.match(t):
            continue
        elif summary:
            doc.record(b.line, t, "", "set_aside", "a summary the transcript app made by machine: no speaker "
                       "said it, so it is no claim of theirs (kept here, out of the text)")
            doc.set_aside.append(t)
            gone.add(k)
    if gone:
        after = [b for k, b in enumerate(bl) if k not in gone]
        bl[:] = after
