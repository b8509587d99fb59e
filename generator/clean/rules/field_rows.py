"""A record printed as "label value" lines (a wiki infobox copied as text, a product's specification
sheet, a programme's facts box, a company's profile card) is a table of fields, never a paragraph of
the text: the run becomes a two-column table (label | value), so no field is glued to the prose,
read as a sentence or taken for a heading.

Read by SHAPE, never by words: three lines or more one under the other (no blank line between them),
each a label of two to six Han characters, a space (or a tab, or an ideographic space) and a short
value (at most thirty characters, no sentence or clause mark: 。！？；，), the labels all different (a
transcript's speakers come back; a record's fields do not), one value at least holding a figure (a
date, an amount, a size: what makes a record, where "张三 我觉得不对" lines hold none). A short line
right above the run, with no blank line between and no punctuation, is the record's name: it heads
the table. Every row is recorded in the audit.
"""

from __future__ import annotations

import re

from ..doc import Chunk

NAME = "field_rows"

_ROW = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,6})[ \t\u3000]+(\S[^\t]{0,29})$")
_NOT_VALUE = re.compile(r"[。！？!?；;，,]")
_NAME = re.compile(r"^[^\s。！？!?；;，,：:]{2,30}$")
_MIN_ROWS = 3


def _row(b):
    if b.kind != "line" or b.message:
        return None
    m = _ROW.match(b.text)
    if not m:
        return None
    value = m.group(2).strip()
    if _NOT_VALUE.search(re.sub(r"(?<=\d)[,，](?=\d{3})", "", value)):  # "7,800": a figure's comma
        return None
    return m.group(1), value


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
        if len(rows) < _MIN_ROWS or not any(re.search(r"\d", v) for _, v in rows):
            out.append(bl[i])
            i += 1
            continue
        run = bl[i:j]
        head = ["", ""]
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "line" and run[0].gap == 0 and _NAME.match(prev.text.strip()) \
                and not prev.message:
            head = [prev.text.strip(), ""]
            doc.record(prev.line, prev.text, prev.text, "changed", "the name of a record of fields: heads its table")
            out.pop()
            first = prev
        else:
            first = run[0]
        table = Chunk("table", "", [(0, first.line)] + [(0, b.line) for b in run], first.gap,
                      rows=[head] + [[k, v] for k, v in rows])
        for b, (k, v) in zip(run, rows):
            doc.record(b.line, b.text, f"| {k} | {v} |", "changed",
                       "a record's \"label value\" line (an infobox, a spec sheet) → table row, not prose")
        out.append(table)
        changed = True
        i = j
    if changed:
        bl[:] = out
