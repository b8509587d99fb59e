"""Emphasis marks the Markdown reader could not read as emphasis (CommonMark does not close ``**``
after a Chinese punctuation mark that is followed by a character: ``**問：**為甚麼…``) are removed,
each recorded; the text between them stays. Only paired ``**`` inside one line of a Markdown source.
"""

import re

NAME = "emphasis_marks"
_PAIR = re.compile(r"\*\*(?=[^*\s])([^*\n]{1,60}?)\*\*")


def apply(doc):
    if not doc.markdown:
        return
    for b in doc.blocks:
        if b.kind not in ("line", "caption") or "**" not in b.text:
            continue
        edits = []
        for m in _PAIR.finditer(b.text):
            edits.append((m.start(), m.start() + 2, ""))
            edits.append((m.end() - 2, m.end(), ""))
        doc.edit_many(b, edits, "emphasis mark the Markdown reader left as text (next to Chinese punctuation)")
