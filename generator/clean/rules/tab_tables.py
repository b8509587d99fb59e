"""Runs of tab-separated lines become pipe tables.

A leading row with a single cell is the table's title (kept as a ``###`` heading above it).
Cells lose OCR column spaces between Han characters; each rebuilt row is logged.
"""

import re

from ..doc import Chunk

NAME = "tab_tables"
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _cells(text: str) -> list[str]:
    return [_HAN_SPACE.sub("", c.strip()) for c in text.rstrip("\t ").split("\t")]


def apply(doc):
    i = 0
    blocks = doc.blocks
    out = []  # the blocks as they come out, built in one pass
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "line" and "\t" in blocks[j].text and (j == i or blocks[j].gap == 0):
            j += 1
        run = blocks[i:j]
        rows = [_cells(b.text) for b in run]
        title = None
        if rows and len(rows[0]) == 1:
            title, run, rows = run[0], run[1:], rows[1:]
        width = max((len(r) for r in rows), default=0)
        if len(rows) >= 2 and width >= 2 and sum(len(r) == width for r in rows) >= 0.75 * len(rows):
            table = Chunk("table", "", [(0, run[0].line)] + [(0, b.line) for b in run[1:]], run[0].gap, rows=rows)
            for b, r in zip(run, rows):
                doc.record(b.line, b.text, "| " + " | ".join(r) + " |", "changed", "tab-separated row → table row")
            if title is not None:
                doc.set_text(title, rows and _cells(title.text)[0], "table title")
                title.kind, title.level = "h", 3
                out.append(title)
            out.append(table)
            if any(len(r) != width for r in rows):
                doc.flag(run[0].line, "\n".join(b.text for b in run),
                         "Table rows have different numbers of cells; check the alignment.")
            i = j
        else:
            if len(rows) >= 2:
                doc.flag(blocks[i].line, "\n".join(b.text for b in blocks[i:j]),
                         "Tab-separated lines that do not form a regular table: kept as text; rebuild by hand.")
            out += blocks[i:max(j, i + 1)]
            i = max(j, i + 1)
    blocks[:] = out
