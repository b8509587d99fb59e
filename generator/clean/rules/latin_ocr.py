"""OCR's slips inside Latin words of a Chinese text.

- The lowercase l read for capital I in "AI": "OpenAl", "Stability Al", "Al人才" → "AI".
- A name's capital cut off by a space (a column wrap the OCR kept, or a line join):
  "（R afael Grossi）", "，M aruha Nichiro" → "Rafael", "Maruha". Only a lone capital that follows
  Chinese text or punctuation (never a Latin word: "Plan B offers") and is followed by a
  lowercase run that is no English word on its own ("A is", "I am", "C and" stay).
"""

import re


NAME = "latin_ocr"
_AL = re.compile(
    r"(?<![A-Za-z])(?P<glued>[A-Z][a-z]+)Al(?![a-z])"
    r"|(?<![A-Za-z])(?P<spaced>[A-Z][a-z]+ )Al(?![A-Za-z])"
    r"|(?<![A-Za-z])Al(?=[\u4e00-\u9fff])"
)


_SPLIT_CAPITAL = re.compile(r"(?<=[^\sA-Za-z0-9])([A-Z]) ([a-z]{2,})(?![A-Za-z])")
#: English words a lone capital may stand before ("C is", "A and B"): never joined to it.
_WORDS = frozenset("""a an and are as at be but by can do for from had has have he her his if in into is it its
    of on or our she so than that the their them then there they this to us was we were what when which who
    will with would you your am vs via per""".split())


def _join_capital(m):
    return None if m.group(2) in _WORDS else m.group(1) + m.group(2)


def _fix(m):
    return (m.group("glued") or m.group("spaced") or "") + "AI"


def apply(doc):
    for b in doc.blocks:
        if b.kind in ("p", "h", "caption"):
            doc.sub(b, _AL, _fix, "OCR read the I of AI as a lowercase l")
            if " " in b.text:
                doc.sub(b, _SPLIT_CAPITAL, _join_capital, "OCR space after the capital of a Latin name")
        elif b.kind == "table" and b.rows:
            for row in b.rows:
                for k, cell in enumerate(row):
                    new = _AL.sub(_fix, cell)
                    if new != cell:
                        doc.record(b.line, cell, new, "changed", "OCR read the I of AI as a lowercase l (table cell)")
                        row[k] = new
