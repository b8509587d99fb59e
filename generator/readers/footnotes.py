"""A Markdown text's footnotes (``…四千吨[^2]`` and ``[^2]: 按每辆车每年十二吨测算。``): where a fact came
from is news, so each note is kept at the end of the text under its own heading (``注释``, ``註釋``), its
mark in the text as ``[n]``, numbered in the order the text first cites the notes."""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc

__all__ = ["NOTES", "NOTES_HANT", "footnotes", "note_blocks"]

#: A footnote's definition (``[^2]: 按每辆车每年十二吨测算。``) and its mark in the text (``[^2]``).
_NOTE_DEF = re.compile(r"^[ ]{0,3}\[\^([^\]\s]{1,16})\]:[ \t]*(.*)$")
_NOTE_MARK = re.compile(r"\[\^([^\]\s]{1,16})\](?!:)")
_URL = re.compile(r"\s*(https?://[^\s<>）)」』]+)")
NOTES = "注释"
NOTES_HANT = "註釋"


def footnotes(flat: str) -> tuple[str, list[tuple[str, str, int]]]:
    """The footnotes of a Markdown text: their definitions leave the text (their lines left blank),
    their marks become ``[n]``, numbered in the order the text first cites them; returns the text
    and the notes as (number, text, 0-based line)."""
    if "[^" not in flat:
        return flat, []
    lines = flat.split("\n")
    defs: dict[str, tuple[str, int]] = {}
    i = 0
    while i < len(lines):
        m = _NOTE_DEF.match(lines[i])
        if not m:
            i += 1
            continue
        first, parts = i, [m.group(2).strip()]
        lines[i] = ""
        i += 1
        while i < len(lines) and lines[i].startswith(("    ", "\t")) and lines[i].strip():
            parts.append(lines[i].strip())
            lines[i] = ""
            i += 1
        defs.setdefault(m.group(1), (" ".join(p for p in parts if p), first))
    if not defs:
        return flat, []
    order: dict[str, str] = {}
    for line in lines:
        for m in _NOTE_MARK.finditer(line):
            if m.group(1) in defs and m.group(1) not in order:
                order[m.group(1)] = str(len(order) + 1)
    for key in defs:
        order.setdefault(key, str(len(order) + 1))
    lines = [_NOTE_MARK.sub(lambda m: f"[{order[m.group(1)]}]" if m.group(1) in order else m.group(0), line)
             for line in lines]
    notes = sorted(((order[k], text, line) for k, (text, line) in defs.items() if text), key=lambda n: int(n[0]))
    return "\n".join(lines), notes


def note_blocks(doc: Doc, notes, raw_line) -> list[Chunk]:
    """The footnotes as notes at the end of the text, under their own heading: ``[1] …``."""
    if not notes:
        return []
    from ..clean.script import detect_script

    head = NOTES_HANT if detect_script("".join(t for _, t, _ in notes)) == "zh-Hant" else NOTES
    first = raw_line(notes[0][2])
    out = [Chunk("h", head, [(0, first)], 1, level=2, note="footnotes")]
    for n, text, line in notes:
        raw = raw_line(line)
        links = _URL.findall(text)
        text = _URL.sub("", text).strip() or text  # a link's target beside the text, never in it
        out.append(Chunk("p", f"[{n}]{text}", [(0, raw)], 1, starts=True, links=links))
        doc.record(raw, f"[^…]: {text[:40]}", f"[{n}] {text[:40]}", "changed",
                   "a footnote: kept as a note at the end of the text, its mark in the text as [n]")
    return out
