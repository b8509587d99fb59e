"""A transcript embedded in a page (a video page's machine subtitles under its description, above its
comments; a podcast page's timed text between its show notes and its footer) is read as a transcript:
its timed lines are split into sentences and paragraphs at pauses and turns, its stamps leave, and
the page's other parts stay as they are around it.

``cues.read_timed_lines`` reads a text that IS a transcript (half its lines timed or more); here the
transcript is one stretch of the page: the longest run of eight timed lines or more one under the
other (a blank line between them allowed), every stamp in one format, no speaker's label, the times
running forward, the lines short (median 80 characters at most), and either most of them ending no sentence or
following each other within a minute (speech cut into lines, not a log of reports minutes apart). A shorter run of times (a video's chapter list:
"03:45 国产海鲜价格变化") is no transcript and stays as it is.
"""

from __future__ import annotations

import re
import statistics

from ..clean.doc import Doc
from .lines import MESSAGE_RE, _signature

__all__ = ["read_timed_run"]

_MIN_LINES = 8
_MEDIAN_MAX = 80


def _stamp(b):
    if b.kind != "line":
        return None
    m = MESSAGE_RE.match(b.text)
    if not m or m.group("label") or m.group("date") or not m.group("rest").strip():
        return None
    return m


def _seconds(m) -> int:
    parts = [int(p) for p in re.split(r"[:：]", re.sub(r"[.,]\d+$", "", m.group("time")))]
    total = 0
    for p in parts:
        total = total * 60 + p
    return total


def _longest_run(bl) -> tuple[int, int] | None:
    best, i = None, 0
    while i < len(bl):
        m = _stamp(bl[i])
        if m is None:
            i += 1
            continue
        sig, last, j = _signature(m), _seconds(m), i + 1
        while j < len(bl) and bl[j].gap <= 1 and (n := _stamp(bl[j])) is not None and _signature(n) == sig \
                and _seconds(n) > last:
            last = _seconds(n)
            j += 1
        if j - i >= _MIN_LINES and (best is None or j - i > best[1] - best[0]):
            best = (i, j)
        i = j
    return best


_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_ENDS = re.compile(r"[。！？!?…，,、；;：:]$")
#: A cut in the recording: the next line starts this many times later than the line's length at the
#: run's speaking rate says, and at least this many seconds later.
_CUT_TIMES, _CUT_MIN = 2.5, 15
_PARAGRAPH_MAX = 300
#: Lines of speech follow each other within this many seconds (a median step); a log's entries do not.
_STEP = 60


def _chapters(bl, run) -> tuple[list[int], list]:
    """A recording's chapter list above its transcript: another run of three timed lines or more, short
    heads (20 characters at most, no sentence end), the times running forward within the transcript's
    span. Returns (chapter times, their lines)."""
    i, j = run
    span = (_seconds(_stamp(bl[i])), _seconds(_stamp(bl[j - 1])))
    k = 0
    while k < i:
        m = _stamp(bl[k])
        if m is None:
            k += 1
            continue
        e, times = k, []
        while e < i and (n := _stamp(bl[e])) is not None and len(n.group("rest").strip()) <= 20 \
                and not re.search(r"[。！？!?]$", n.group("rest").strip()) and (not times or _seconds(n) > times[-1]):
            times.append(_seconds(n))
            e += 1
        if len(times) >= 3 and span[0] <= times[0] and times[-1] <= span[1]:
            return times, bl[k:e]
        k = max(e, k + 1)
    return [], []


def read_timed_run(doc: Doc) -> bool:
    """The page's transcript stretch read as a transcript (see the module); False when it has none."""
    bl = doc.blocks
    run = _longest_run(bl)
    if run is None:
        return False
    i, j = run
    stamps = [_stamp(b) for b in bl[i:j]]
    texts = [m.group("rest").strip() for m in stamps]
    starts = [_seconds(m) for m in stamps]
    if not stamps[0].group("secs") and starts[0] >= 60:
        return False  # "07:30" first: a clock time of a day's log; a recording's positions start at zero
    steps = [b - a for a, b in zip(starts, starts[1:])]
    if statistics.median(len(t) for t in texts) > _MEDIAN_MAX or (
            sum(1 for t in texts if re.search(r"[。！？!?]$", t)) * 2 > len(texts) and statistics.median(steps) > _STEP):
        return False  # long lines, or reports that end sentences minutes apart: a log, not speech cut into lines
    punctuated = sum(1 for t in texts if re.search(r"[，。！？,!?]", t)) * 3 >= len(texts)
    rates = [(b - a) / max(len(t), 1) for a, b, t in zip(starts, starts[1:], texts)]
    rate = statistics.median(rates) if rates else 0.25
    chapters, listed = _chapters(bl, run)
    para = 0
    for k, (b, m, text) in enumerate(zip(bl[i:j], stamps, texts)):
        doc.record(b.line, b.text[:m.start("rest")].strip(), "", "removed", "a transcript line's time stamp")
        b.text, b.marks = text, [(0, b.line)]
        if not punctuated:
            doc.sub(b, _PAUSE, lambda _m: "，", "a pause in machine-made speech (a space between words): a comma")
            if not _ENDS.search(b.text):
                doc.edit(b, len(b.text), len(b.text), "。", "a transcript line's end: a sentence's end")
        cut = k > 0 and starts[k] - starts[k - 1] > max(_CUT_MIN, _CUT_TIMES * rate * len(texts[k - 1]))
        chapter = k > 0 and any(starts[k - 1] < t <= starts[k] for t in chapters)
        if k == 0 or cut or chapter or para >= _PARAGRAPH_MAX:
            b.gap, b.starts, para = max(b.gap, 1), True, 0
        else:
            b.gap, b.starts = 0, False
        para += len(b.text)
    if j < len(bl):
        bl[j].gap, bl[j].starts = max(bl[j].gap, 1), True
    with doc.batch():
        for b in listed:
            doc.remove(b, "a recording's chapter list (its contents) above its transcript")
    doc.flag(bl[i].line, texts[0][:40], "A machine-made transcript (time-stamped lines"
             + ("" if punctuated else " without punctuation: sentence ends and commas were added at its pauses")
             + "): check its words against the recording.")
    return True
