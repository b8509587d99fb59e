"""A table flattened one cell per line, column by column, is rebuilt when its shape is certain.

The run of short isolated lines is read as ``[title] + columns``, each column a header and the same
number of values; the number of values is taken from the longest stretch of cells holding digits
(a date or amount column), and every header must be digit-free. A later run of exactly one more column
of that size (the layout pushed it away) is appended. Anything less certain is flagged, not guessed.
"""

import re

from ..doc import Chunk
from ..text import han_count

NAME = "column_tables"
_CLAUSE = re.compile(r"[，。；！？,;!?：:]")
_DIGIT = re.compile(r"\d")


def _cell_like(b) -> bool:
    return b.kind == "line" and len(b.text) <= 16 and not _CLAUSE.search(b.text) and b.gap > 0


def _runs(doc):
    blocks, i = doc.blocks, 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _cell_like(blocks[j]):
            j += 1
        if j - i >= 7:
            yield i, blocks[i:j]
        i = max(j, i + 1)


def _longest_digit_stretch(texts):
    best = cur = 0
    for t in texts:
        cur = cur + 1 if _DIGIT.search(t) else 0
        best = max(best, cur)
    return best


def _shape(texts):
    """(title_count, column_size) or None."""
    r = _longest_digit_stretch(texts)
    if r < 3:
        return None
    c = r + 1
    for t in (0, 1):
        n = len(texts) - t
        if n >= 2 * c and n % c == 0:
            heads = texts[t::c]
            if not any(_DIGIT.search(h) for h in heads):
                return t, c
    return None


def apply(doc):
    if doc.markdown:
        return  # Markdown sources carry their tables as tables
    last = None  # (table block, column size)
    replace: dict[int, tuple[int, list]] = {}  # start → (end, new blocks), applied in one pass
    for start, run in list(_runs(doc)):
        texts = [b.text for b in run]
        shape = _shape(texts)
        if shape:
            t, c = shape
            cols = [texts[k:k + c] for k in range(t, len(texts), c)]
            rows = [list(r) for r in zip(*cols)]
            body = run[t:]
            table = Chunk("table", "", [(0, b.line) for b in body], body[0].gap, rows=rows)
            for b in body:
                doc.record(b.line, b.text, b.text, "changed", "cell of a table flattened one cell per line")
            replace[start + t] = (start + len(run), [table])
            if t:
                run[0].kind, run[0].level = "h", 3
            doc.flag(run[t].line, " / ".join(texts[t:]),
                     "Table rebuilt from one-cell-per-line text (read column by column): check the row alignment.")
            last = (table, c)
            continue
        if last and len(texts) in (last[1], last[1] + 1) and not _DIGIT.search(texts[-last[1]]):
            table, c = last
            col = run[-c:]
            for row, b in zip(table.rows, col):
                row.append(b.text)
                doc.record(b.line, b.text, b.text, "changed", "table column printed away from its table")
                table.marks.append((0, b.line))
            replace[start + len(run) - c] = (start + len(run), [])
            doc.flag(col[0].line, " / ".join(b.text for b in col),
                     "A column printed apart from its table was appended to the table above; check it.")
            continue
        elif han_count("".join(texts)):
            doc.flag(run[0].line, " / ".join(texts),
                     "Many short lines in a row: possibly a table flattened one cell per line that could not "
                     "be rebuilt with confidence; rebuild it by hand or confirm they are headings.")
    if replace:
        out, i = [], 0
        while i < len(doc.blocks):
            if i in replace:
                i, new = replace[i]
                out += new
            else:
                out.append(doc.blocks[i])
                i += 1
        doc.blocks[:] = out
