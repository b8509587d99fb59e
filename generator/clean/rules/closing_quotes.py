"""A ``|`` after 。！？ at the end of a paragraph with an open 「 is an OCR'd 」."""

import re

NAME = "closing_quotes"
_BAR = re.compile(r"(?<=[。！？])\s*\|$")


def apply(doc):
    for b in doc.blocks:
        if b.kind == "p" and b.text.count("「") > b.text.count("」"):
            doc.sub(b, _BAR, lambda m: "」", "OCR read the closing quote 」 as |")
