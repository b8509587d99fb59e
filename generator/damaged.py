"""UTF-8 with a few damaged bytes: decode what decodes, and say exactly which bytes did not.

A source that is UTF-8 except for a handful of invalid bytes (a bad copy, a truncated transfer)
is not skipped: each invalid byte sequence becomes U+FFFD (�) on the page, and the raw bytes, their
byte offset and their line are kept so the editor is told where to look. A file with many invalid
sequences is not damaged UTF-8 but another encoding, and is left to the other decoders.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .model import AuditEntry, Flag

__all__ = ["Damage", "decode_damaged_utf8", "damage_record", "damage_warning", "MAX_DAMAGED_SHARE",
           "MIN_DAMAGED_BYTES"]

#: At most this share of the bytes may be invalid for a file to count as damaged UTF-8 (GB18030 or
#: Big5 text read as UTF-8 is invalid at nearly every Chinese character).
MAX_DAMAGED_SHARE = 0.01
#: … or at most this many bytes, for a short file.
MIN_DAMAGED_BYTES = 16


@dataclass(frozen=True, slots=True)
class Damage:
    """One run of bytes that is not valid UTF-8, shown as one U+FFFD per byte."""

    offset: int
    """Byte offset of the run in the raw file."""
    raw: bytes
    line: int
    """1-based line of the run in the decoded text."""

    def describe(self) -> str:
        return f"byte offset {self.offset}: {self.raw.hex(' ')}"


class _TooMany(Exception):
    pass


def decode_damaged_utf8(raw: bytes) -> tuple[str, tuple[Damage, ...]] | None:
    """(text, damages) when ``raw`` is UTF-8 with a few invalid bytes; None when it is not UTF-8
    at all (too many invalid bytes) or not damaged (strict decoding works). Linear in the size."""
    runs: list[tuple[int, int]] = []
    limit = max(MIN_DAMAGED_BYTES, int(len(raw) * MAX_DAMAGED_SHARE))
    bad = 0

    def handler(err: UnicodeDecodeError):
        nonlocal bad
        bad += err.end - err.start
        if bad > limit:
            raise _TooMany
        if runs and runs[-1][1] == err.start:
            runs[-1] = (runs[-1][0], err.end)
        else:
            runs.append((err.start, err.end))
        return "\ufffd" * (err.end - err.start), err.end

    name = f"jianfan-damaged-{id(handler)}"
    codecs.register_error(name, handler)
    try:
        text = raw.decode("utf-8", errors=name)
    except _TooMany:
        return None
    if not runs or bad * 10 > len(raw):
        return None  # nothing damaged, or more damage than text
    newline = b"\n" if b"\n" in raw else b"\r"
    damages, line, prev = [], 1, 0
    for start, end in runs:
        line += raw.count(newline, prev, start)
        prev = start
        damages.append(Damage(start, raw[start:end], line))
    return text, tuple(damages)


RULE = "damaged_bytes"


def damage_record(damages: tuple[Damage, ...]) -> tuple[tuple[AuditEntry, ...], tuple[Flag, ...]]:
    """The cleaning record of the damaged bytes: an audit entry and a flag for the editor each."""
    entries, flags = [], []
    for d in damages:
        shown = "\ufffd" * len(d.raw)
        entries.append(AuditEntry(RULE, d.line, d.raw.hex(" "), shown, "changed",
                                  f"bytes at byte offset {d.offset} are not valid UTF-8: shown as \ufffd"))
        flags.append(Flag(RULE, d.line, shown,
                          f"Damaged bytes in the source ({d.describe()}): they cannot be read and show as "
                          "\ufffd. Find the missing character(s) in the original and correct the cleaned article.",
                          ""))
    return tuple(entries), tuple(flags)


def damage_warning(path: str, damages: tuple[Damage, ...]) -> str:
    """The build warning for a source with damaged bytes (the article is still published)."""
    count = sum(len(d.raw) for d in damages)
    where = ", ".join(f"line {d.line} ({d.describe()})" for d in damages[:5])
    more = f" and {len(damages) - 5} more" if len(damages) > 5 else ""
    return (f"{path}: {count} byte(s) are not valid UTF-8, at {where}{more}; the rest of the article is "
            "published and each damaged byte shows as \ufffd (see its cleaning record). Replace the file "
            "with an undamaged copy, or correct the article in content/articles/")
