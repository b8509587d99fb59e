"""The SubStation script format (``.ass``, ``.ssa``): sections, styles and events, read into
:class:`Event` values (times in seconds, alignment as the numpad, text parts without tags).
What the events mean is read by :mod:`generator.readers.substation`."""

from __future__ import annotations

import re

from ..clean.doc import Chunk

__all__ = ["Event", "TAGS", "glue", "script_events"]

_SECTION = re.compile(r"^\s*\[([^\]]{2,40})\]\s*$")
_EVENT = re.compile(r"^\s*(Dialogue|Comment|Picture|Sound|Movie|Command)\s*:\s?(.*)$")
_FORMAT = re.compile(r"^\s*Format\s*:\s*(.+)$")
TAGS = re.compile(r"\{[^{}]*\}")
_AN = re.compile(r"\\an([1-9])")
_A = re.compile(r"\\a(\d{1,2})(?!\d)")
_POS = re.compile(r"\\(?:pos|move)\(")
_BREAK = re.compile(r"\\[Nn]")
_DEFAULT_EVENTS = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text")


def _seconds(stamp: str) -> float:
    parts = re.findall(r"\d+(?:\.\d+)?", stamp)
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    return total


def _numpad(alignment: str, legacy: bool) -> int:
    """A style's or a tag's alignment as the numpad (1–3 bottom, 4–6 middle, 7–9 top); SSA v4 counts
    1–3 bottom, +4 top, +8 middle."""
    try:
        a = int(alignment)
    except ValueError:
        return 2
    if not legacy:
        return a if 1 <= a <= 9 else 2
    horizontal = (a & 3) or 2
    return horizontal + (6 if a & 4 else 3 if a & 8 else 0)


class Event:
    """One event of the script: its kind, times, style, actor, effect, raw text, the block it came
    from, its text's parts (its ``\\N`` breaks, tags out) and its alignment (numpad)."""

    __slots__ = ("kind", "start", "end", "style", "name", "effect", "raw", "parts", "block", "align", "placed",
                 "role", "speaker")

    def __init__(self, kind, start, end, style, name, effect, raw, block):
        self.kind, self.start, self.end, self.style, self.name, self.effect = kind, start, end, style, name, effect
        self.raw, self.block, self.parts = raw, block, []
        self.align, self.placed, self.role, self.speaker = 2, False, "", ""

    @property
    def text(self) -> str:
        return glue(self.parts)


def glue(parts: list[str]) -> str:
    """A line's parts (its ``\\N`` breaks) as one: Latin words keep a space between them."""
    out = ""
    for p in parts:
        if out and re.search(r"[A-Za-z0-9]$", out) and re.match(r"[A-Za-z0-9]", p):
            out += " "
        out += p
    return out


def _sections(bl: list[Chunk]) -> dict[int, str]:
    current, out = "", {}
    for i, b in enumerate(bl):
        if b.kind != "line":
            continue
        m = _SECTION.match(b.text)
        if m:
            current = m.group(1).strip().lower()
            out[i] = "@" + current
        else:
            out[i] = current
    return out


def script_events(bl: list[Chunk]) -> tuple[list[Event], dict, set[int]]:
    """The script's events (alignment from their style or tags) and info (key → value); ids of the
    blocks they came from."""
    where = _sections(bl)
    fmt_events = list(_DEFAULT_EVENTS)  # (a script without its Format line: the standard fields)
    fmt_styles: list[str] = []
    styles: dict[str, int] = {}
    info: dict[str, str] = {}
    events: list[Event] = []
    legacy = any(s == "v4 styles" for s in where.values())
    used: set[int] = set()
    for i, b in enumerate(bl):
        section = where.get(i, "")
        if section.startswith("@"):
            continue
        if section == "script info":
            m = re.match(r"^\s*([^:;][^:]{0,40}):\s*(.*)$", b.text)
            if m:
                info[m.group(1).strip().lower()] = m.group(2).strip()
        elif "styles" in section:
            if (m := _FORMAT.match(b.text)):
                fmt_styles = [f.strip().lower() for f in m.group(1).split(",")]
            elif (m := re.match(r"^\s*Style\s*:\s*(.*)$", b.text)) and fmt_styles:
                values = [v.strip() for v in m.group(1).split(",", len(fmt_styles) - 1)]
                row = dict(zip(fmt_styles, values))
                styles[row.get("name", "")] = _numpad(row.get("alignment", "2"), legacy)
        elif section == "events":
            if (m := _FORMAT.match(b.text)):
                fmt_events = [f.strip().lower() for f in m.group(1).split(",")]
            elif (m := _EVENT.match(b.text)) and fmt_events:
                values = m.group(2).split(",", len(fmt_events) - 1)
                if len(values) < len(fmt_events):
                    continue
                row = dict(zip(fmt_events, values))
                events.append(Event(m.group(1), _seconds(row.get("start", "0")), _seconds(row.get("end", "0")),
                                     row.get("style", "").strip().lstrip("*"), row.get("name", "").strip(),
                                     row.get("effect", "").strip(), row.get("text", ""), b))
                used.add(id(b))
    for e in events:
        e.align = styles.get(e.style, 2)
        tags = "".join(TAGS.findall(e.raw))
        if (m := _AN.search(tags)):
            e.align = int(m.group(1))
        elif (m := _A.search(tags)):
            e.align = _numpad(m.group(1), True)
        e.placed = bool(_POS.search(tags))
        text = TAGS.sub("", e.raw).replace("\\h", " ")
        e.parts = [p.strip() for p in _BREAK.split(text) if p.strip()]
    return events, info, used


