"""Invisible and control characters are removed: NUL and other C0/C1 controls, escape
sequences, zero-width characters, bidi overrides and stray byte-order marks.

They carry no text, can hide or reorder what a reader sees (bidi overrides), and break search
and PDF text extraction. Tabs stay (tables use them); each removal is recorded with its line.
"""

import re

NAME = "control_chars"
# ESC sequences first (ESC [ … letter), then single characters.
_CONTROL = re.compile(
    r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def apply(doc):
    for b in doc.blocks:
        if doc.sub(b, _CONTROL, lambda m: "", "invisible or control character removed") \
                and getattr(b, "verbatim", None) is not None:
            b.verbatim = b.text
