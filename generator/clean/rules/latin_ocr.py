"""OCR's lowercase l for capital I in "AI": "OpenAl", "Stability Al", "Al人才" → "AI"."""

import re


NAME = "latin_ocr"
_AL = re.compile(
    r"(?<![A-Za-z])(?P<glued>[A-Z][a-z]+)Al(?![a-z])"
    r"|(?<![A-Za-z])(?P<spaced>[A-Z][a-z]+ )Al(?![A-Za-z])"
    r"|(?<![A-Za-z])Al(?=[\u4e00-\u9fff])"
)


def _fix(m):
    return (m.group("glued") or m.group("spaced") or "") + "AI"


def apply(doc):
    for b in doc.blocks:
        if b.kind in ("p", "h", "caption"):
            doc.sub(b, _AL, _fix, "OCR read the I of AI as a lowercase l")
        elif b.kind == "table" and b.rows:
            for row in b.rows:
                for k, cell in enumerate(row):
                    new = _AL.sub(_fix, cell)
                    if new != cell:
                        doc.record(b.line, cell, new, "changed", "OCR read the I of AI as a lowercase l (table cell)")
                        row[k] = new
