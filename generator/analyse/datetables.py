"""A table whose column headers are dates ("| 类别 | 2023年6月 | 2024年6月 |") reports, under each,
the figures of that date: for the timeline, each such column is one line that the date heads and
its rows' figures follow ("2024年6月：带鱼 150吨；黄鱼 60吨。"), read as a table row
(``tables.ROW_INDEX``) citing the table. A row's own line leaves those headers out
(``tables.linearise(for_events=True)``), so a date is never an event of every row.

Only a header that is a date alone (a year with a month, a day, a quarter, or a year) over a column
most of whose cells hold a figure: a column of words under a date (a schedule's "完成") or a header
naming a period it counts over ("2024年6月环比") is not read here."""

from __future__ import annotations

import re

from .tables import _cells, _label_columns, _RULE, table_lines
from .text import Sentence

__all__ = ["column_dates"]

#: A header that is a date alone: "2024年6月", "2024-06", "2024/6/30", "2024年", "2024年一季度",
#: "2024年6月30日", "2024.6" (a bracketed unit after it is allowed: "2024年6月（吨）").
_DATE_HEADER = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*(?:(?:1[0-2]|0?[1-9])\s*月\s*(?:(?:[12]\d|3[01]|0?[1-9])\s*[日号])?"
                          r"|[一二三四1-4]\s*季度|[上下]半年)?|[-/.]\s*(?:1[0-2]|0?[1-9])(?:\s*[-/.]\s*(?:[12]\d|3[01]|0?[1-9]))?)"
                          r"\s*(?:[（(][^()（）]{1,8}[）)])?")
#: A figure in a cell.
_FIGURE = re.compile(r"\d")
#: The rows a column's line names at most (a long table is still one line a reader can read).
MAX_ROWS = 6


def _column_lines(table: str) -> list[str]:
    lines = [ln for ln in table.splitlines() if ln.strip()]
    if len(lines) < 3 or not _RULE.fullmatch(lines[1]):
        return []
    header = _cells(lines[0])
    rows = [_cells(ln) for ln in lines[2:] if not _RULE.fullmatch(ln)]
    dated = [i for i, h in enumerate(header) if _DATE_HEADER.fullmatch(h.replace("*", "").strip())]
    if not dated or not rows:
        return []
    labels = [i for i in _label_columns(header, rows) if i not in dated]
    if not labels:
        return []
    out = []
    for i in dated:
        cells = [(" ".join(r[j] for j in labels if j < len(r) and r[j]), r[i] if i < len(r) else "") for r in rows]
        figures = [(label, cell) for label, cell in cells if label and _FIGURE.search(cell)]
        if len(figures) * 2 <= len(cells):
            continue  # a column of words under a date, or mostly empty: no figures reported
        head = header[i].replace("*", "").strip()
        out.append(f"{head}：" + "；".join(f"{label} {cell}" for label, cell in figures[:MAX_ROWS])
                   + ("等" if len(figures) > MAX_ROWS else "") + "。")
    return out


def column_dates(articles, converters) -> list[Sentence]:
    """Each date column of each table as a Sentence citing the table's id."""
    return table_lines(articles, converters, _column_lines)
