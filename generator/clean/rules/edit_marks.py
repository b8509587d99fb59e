"""A wiki's section head carries an edit control at its end ("背景[编辑]", "Reception[edit]"): the
line is a heading, whatever follows it without a blank line, and the control leaves (recorded).

Phenomenon: an encyclopedia page copied as text prints each section head as a short line ending on
its edit link; the text of the section follows on the next line, so without the mark read as
structure the head is glued onto the section's first sentence ("影响禁令生效后…"). The line must be
short (at most 30 characters before the mark), end no sentence, and have a line after it.
"""

from __future__ import annotations

import re

from ..text import ends_sentence

NAME = "edit_marks"

_MARK = re.compile(r"\s*\[(?:编辑|編輯|编辑源代码|編輯原始碼|编辑原始码|edit|Edit|EDIT|edit source)\]\s*$")


def apply(doc):
    bl = doc.blocks
    for i, b in enumerate(bl):
        if b.kind != "line" or "[" not in b.text[-16:]:
            continue
        m = _MARK.search(b.text[-24:])
        if not m:
            continue
        start = len(b.text) - 24 + m.start() if len(b.text) > 24 else m.start()
        head = b.text[:start].strip()
        if not (1 <= len(head) <= 30) or ends_sentence(head) or i + 1 >= len(bl):
            continue
        doc.edit(b, start, len(b.text), "", "a wiki's edit control ending a section head")
        b.kind, b.level = "h", 2
        doc.record(b.line, b.text, "## " + b.text, "changed", "a line ending on an edit control → heading")
