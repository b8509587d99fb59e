"""Invisible and control characters are removed: NUL and other C0/C1 controls, escape
sequences, zero-width characters, bidi overrides and stray byte-order marks.

A form feed is a page break (``pdftotext`` writes one between pages): where it stands between two
pieces of text on one line (a page's foot ``32 / 84`` and the next page's running head), it becomes a
wide space, so that the two stay apart as two cells of the line (read by :mod:`.running_heads`).

They carry no text, can hide or reorder what a reader sees (bidi overrides), and break search
and PDF text extraction. The rule comes first in the chain: it removes them from the decoded text
the document was read from and reads the rest again with the same reader, so what remains is split into blocks
exactly as a re-cleaning would split it. Tabs and newlines stay; each removal is recorded with its
raw line.
"""

import re

from ...model import AuditEntry

NAME = "control_chars"
# ESC sequences first (ESC [ … letter), then single characters.
_CONTROL = re.compile(
    r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)

#: A form feed with text on both sides of it on one line (a page's foot, then the next page's head).
_PAGE_BREAK = re.compile(r"(?<=\S)[ \t]*\f+[ \t]*(?=\S)")
_BREAK_GAP = "    "


def prepare(text: str) -> tuple[str, list[AuditEntry]]:
    """Remove the characters from the raw text; return (text, audit entries)."""
    if not _CONTROL.search(text):
        return text, []
    entries, lines = [], []
    for n, line in enumerate(text.split("\n"), start=1):
        inner = _PAGE_BREAK.search(line)
        if inner:
            entries.append(AuditEntry(NAME, n, "\f", _BREAK_GAP, "changed",
                                      "page break between two pieces of a line: set apart by a wide space"))
            line = _PAGE_BREAK.sub(_BREAK_GAP, line)
        for m in _CONTROL.finditer(line):
            entries.append(AuditEntry(NAME, n, m.group(0), "", "removed",
                                      "invisible or control character removed"))
        lines.append(_CONTROL.sub("", line))
    return "\n".join(lines), entries


def apply(doc):
    """Remove the characters from the document's text and read it again (first in the chain)."""
    from ...readers import read  # the readers build on the cleaner's Doc: imported when used

    text, entries = prepare(doc.text)
    if not entries:
        return
    fresh = read(text, doc.source)
    for name in ("blocks", "markdown", "kind", "declared", "pangu", "meta", "meta_lines", "flags",
                 "set_aside"):
        setattr(doc, name, getattr(fresh, name))
    doc.audit[:] = entries + fresh.audit
    doc.text = text
