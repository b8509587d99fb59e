"""The article's title (and kicker, subtitle) leave the body for metadata.

- Markdown: the first level-1 heading.
- Plain text: a short isolated first line (after an optional one-word kicker line) and a second
  headline line just below it (subtitle).
- No headline at the top: a two-deck headline (two short lines printed together) elsewhere, else a
  headline printed as the last line of the OCR text.
A headline-like last line left over when a title was already found becomes a heading and is flagged
(the file probably holds a second piece whose title was printed at its end).
"""

import re

from ..headline import NUMBERED, heading_like
from ..text import hard_break

NAME = "title"
_NOTE = re.compile(r"[:：*＊]")
_KICKER = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff ·-]*$")
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\uff1f\uff01”」])[ \u3000]+(?=\S)|(?<=\S)[ \u3000]+(?=[\u4e00-\u9fff])")


def _isolated(doc, i, n=1):
    bl = doc.blocks
    before = i == 0 or hard_break(bl[i - 1].text, bl[i].text, bl[i].gap)
    after = i + n >= len(bl) or hard_break(bl[i + n - 1].text, bl[i + n].text, bl[i + n].gap)
    return before and after


def _headline(b) -> bool:
    return b.kind == "line" and heading_like(b.text) and not NUMBERED.match(b.text)


def _title_text(s: str, pangu: bool) -> str:
    return s if pangu else _SPACE.sub("\u3000", s)


def _take(doc, b, key, text, note):
    doc.meta[key] = text
    doc.meta_lines[key] = b.line
    doc.remove(b, note, action="metadata")


def apply(doc):
    bl = doc.blocks
    if not bl:
        return
    if doc.markdown:
        first = bl[0]
        if first.kind == "h" and first.level == 1:
            _take(doc, first, "title", first.text.strip(), "first-level heading → title")
        return
    pangu = doc.pangu
    if len(bl) > 1 and bl[0].kind == "line" and len(bl[0].text) <= 8 and _KICKER.match(bl[0].text) and _headline(bl[1]) and _isolated(doc, 0) \
            and _isolated(doc, 1):
        _take(doc, bl[0], "kicker", bl[0].text, "kicker line above the headline → kicker")
    if bl and _headline(bl[0]) and _isolated(doc, 0) and len(bl) > 1:
        _take(doc, bl[0], "title", _title_text(bl[0].text, pangu), "headline → title")
        if len(bl) > 1 and _headline(bl[0]) and _isolated(doc, 0) and not _headline(bl[1]):
            _take(doc, bl[0], "subtitle", _title_text(bl[0].text, pangu), "second headline line → subtitle")
    elif not any(b.kind == "h" for b in bl):
        for i in range(len(bl) - 1):
            pair = bl[i:i + 2]
            if all(_headline(b) and len(b.text) >= 5 for b in pair) and pair[1].gap == 0 and _isolated(doc, i, 2):
                text = "\u3000".join(_title_text(b.text, pangu) for b in pair)
                doc.meta["title"] = text
                doc.meta_lines["title"] = pair[0].line
                for b in pair:
                    doc.remove(b, "two-deck headline printed inside the text → title", action="metadata")
                break
        else:
            last = bl[-1]
            if _headline(last) and _isolated(doc, len(bl) - 1) and len(bl) > 2 and not _NOTE.search(last.text):
                _take(doc, last, "title", _title_text(last.text, pangu), "headline printed at the end → title")
                return
    last = bl[-1] if bl else None
    if last is not None and "title" in doc.meta and _headline(last) and _isolated(doc, len(bl) - 1) \
            and len(bl) > 2 and bl[-2].kind == "line":
        last.kind, last.level = "h", 2
        doc.record(last.line, last.text, "## " + last.text, "changed", "headline-like last line → heading")
        doc.flag(last.line, last.text,
                 "A headline is printed after the last paragraph: probably the title of a second piece in this "
                 "file. Split the file, or move the heading to where that piece starts.")
