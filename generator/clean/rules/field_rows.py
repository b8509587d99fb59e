"""A record printed as "label value" lines (a wiki infobox copied as text, a product's specification
sheet, a programme's facts box, a company's profile card) is a table of fields, never a paragraph of
the text: the run becomes a table (label | value …), so no field is glued to the prose,
read as a sentence or taken for a heading.

Read by SHAPE, never by words: three lines or more one under the other (no blank line between them),
each a label of two to six Han characters, a space (or an ideographic space) and a short value (at
most thirty characters, no sentence or clause mark nor colon: 。！？；，：), the labels all different (a
transcript's speakers come back; a record's fields do not), one value at least holding a figure (a
date, an amount, a size: what makes a record, where "张三 我觉得不对" lines hold none). A short line
right above the run, with no blank line between and no punctuation, is the record's name: it becomes
a ``###`` heading over the table (the table's own header row stays empty: a record has no column
heads). A row printed in columns (an ideographic space or two spaces between its cells; tab-separated
rows are ``tab_tables``' with their header row) keeps
its cells, and its label may run to twelve characters ("海参（干制）　约100亿日元"). Every row is recorded in the audit.
"""

from __future__ import annotations

import re

from ..doc import Chunk

NAME = "field_rows"

_ROW = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,6})[ \t\u3000]+(\S[^\t]{0,29})$")
_NOT_VALUE = re.compile(r"[。！？!?；;，,：:]")
_NAME = re.compile(r"^[^\s。！？!?；;，,：:]{2,30}$")
#: Where a row printed in columns splits into cells: an ideographic space, two spaces or more.
_CELLS = re.compile(r"\u3000|[ ]{2,}")
_MIN_ROWS = 3
#: A column's label: two to twelve characters, Han (two at least) or brackets, no figure ("海参（干制）").
_LABEL = re.compile(r"^(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){2})[\u4e00-\u9fff（）()、]{2,12}$")


def _row(b):
    """The cells of a record's row, or None: a line split into columns by an ideographic space or
    two spaces (its label up to twelve characters, Han or brackets, no figure), else a label of two to six Han
    characters, one space and its value."""
    if b.kind != "line" or b.message or "\t" in b.text:
        return None  # tab-separated rows: a table with its own header row (``tab_tables``)
    cells = [c.strip() for c in _CELLS.split(b.text.strip()) if c.strip()]
    if len(cells) >= 2 and _LABEL.match(cells[0]):
        row = cells
    elif m := _ROW.match(b.text):
        row = [m.group(1)] + [c.strip() for c in _CELLS.split(m.group(2).strip()) if c.strip()]
    else:
        return None
    if any(len(c) > 30 or _NOT_VALUE.search(re.sub(r"(?<=\d)[,，](?=\d{3})", "", c)) for c in row[1:]):
        return None  # "7,800": a figure's comma; any other comma or stop is prose
    return row


def apply(doc):
    bl = doc.blocks
    out, i, changed = [], 0, False
    while i < len(bl):
        j, rows, labels = i, [], set()
        while j < len(bl) and (j == i or bl[j].gap == 0):
            r = _row(bl[j])
            if r is None or r[0] in labels:
                break
            rows.append(r)
            labels.add(r[0])
            j += 1
        if len(rows) < _MIN_ROWS or not any(re.search(r"\d", c) for r in rows for c in r[1:]):
            out.append(bl[i])
            i += 1
            continue
        run = bl[i:j]
        width = max(len(r) for r in rows)
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "line" and run[0].gap == 0 and _NAME.match(prev.text.strip()) \
                and not prev.message:
            prev.kind, prev.level = "h", 3  # the record's name heads it (as a table's title does)
            doc.record(prev.line, prev.text, "### " + prev.text.strip(), "changed", "the name of a record of fields: its heading")
        first = run[0]
        table = Chunk("table", "", [(0, b.line) for b in run], first.gap,
                      rows=[[""] * width] + [r + [""] * (width - len(r)) for r in rows])
        for b, r in zip(run, rows):
            doc.record(b.line, b.text, "| " + " | ".join(r) + " |", "changed",
                       "a record's \"label value\" line (an infobox, a spec sheet) → table row, not prose")
        out.append(table)
        if j < len(bl):
            bl[j].starts = True  # the record ends: what follows is never glued to the line above it
        changed = True
        i = j
    if changed:
        bl[:] = out
