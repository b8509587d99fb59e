"""A table drawn with ASCII rules (a plain-text mail's or a terminal's table) becomes rows that
``tab_tables`` makes a table, instead of a run of bars and dashes flattened into a paragraph:

    +------------+--------+--------+
    | 指标       | 8月    | 9月    |
    +------------+--------+--------+
    | 毛利率     | 18.5%  | 15.2%  |
    +------------+--------+--------+

Three lines or more in a row, each a border (``+---+---+``, ``+===+``) or a row set between bars
(``| a | b |``), two rows at least and a border among them: the borders leave, each row's cells are set
apart by tabs (recorded). A line of bars in a text (``A | B | C``) is no such row: a row opens and
closes on a bar.
"""

from __future__ import annotations

import re

NAME = "grid_tables"
_BORDER = re.compile(r"^\s*\+(?:[-=]+\+){1,20}\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")
_LONGEST = 400


def _kind(b) -> str | None:
    if b.kind != "line" or len(b.text) > _LONGEST:
        return None
    if _BORDER.match(b.text):
        return "border"
    if _ROW.match(b.text) and b.text.count("|") >= 3:
        return "row"
    return None


def apply(doc):
    bl = doc.blocks  # (a text with bars may be read as Markdown: its grid is no Markdown table either)
    i, runs = 0, []
    while i < len(bl):
        j = i
        while j < len(bl) and _kind(bl[j]) and (j == i or bl[j].gap == 0):
            j += 1
        kinds = [_kind(b) for b in bl[i:j]]
        if j - i >= 3 and kinds.count("row") >= 2 and "border" in kinds:
            runs.append((i, j))
        i = max(j, i + 1)
    if not runs:
        return
    with doc.batch():
        for i, j in runs:
            first = True
            for b in bl[i:j]:
                if _kind(b) == "border":
                    doc.remove(b, "a table's border drawn with ASCII rules")
                    continue
                cells = [c.strip() for c in b.text.strip()[1:-1].split("|")]
                doc.set_text(b, "\t".join(cells), "a table row drawn between bars → cells set apart by tabs")
                if not first:
                    b.gap = 0
                first = False
            if j < len(bl):  # the text under the table starts anew (a note, the next paragraph)
                bl[j].gap, bl[j].starts = max(bl[j].gap, 1), True
