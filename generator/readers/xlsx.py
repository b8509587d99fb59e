"""A spreadsheet saved as ``.xlsx`` (a zip of XML parts) read with the standard library, each sheet
as a spreadsheet export's rows (``csvtable.table_to_markdown``: title lines, header, rows as pieces with
their own author and date, total line left out).

Cells are read from the sheet's XML: shared strings (rich text joined, phonetic guides left out), inline
strings, formulas' cached values and numbers; a number in a date column (``日期``, ``时间`` …) between
1955 and 2119 as an Excel serial day is that day (and its time of day). Sheets are read in the
workbook's order, each under its name as a heading when there are several; a hidden sheet too (what it
holds was received). A sheet of one column is plain lines; an empty sheet leaves nothing.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..errors import SourceError
from .csvtable import _LABELS, table_to_markdown
from .docx import _open, zip_part
from .forms import MAX_CELL, md_escape

__all__ = ["convert"]

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")


def _shared(archive, name: str) -> list[str]:
    root = zip_part(archive, "xl/sharedStrings.xml", name)
    out: list[str] = []
    for si in (root.iter(f"{_S}si") if root is not None else ()):
        parts = []
        stack = list(reversed(list(si)))
        while stack:
            el = stack.pop()
            if el.tag == f"{_S}rPh":
                continue  # a phonetic guide
            if el.tag == f"{_S}t":
                parts.append(el.text or "")
            stack.extend(reversed(list(el)))
        out.append("".join(parts))
    return out


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _sheets(archive, name: str) -> list[tuple[str, str]]:
    book = zip_part(archive, "xl/workbook.xml", name)
    rels_root = zip_part(archive, "xl/_rels/workbook.xml.rels", name)
    rels = {r.get("Id"): r.get("Target") or "" for r in (rels_root.iter(f"{_REL}Relationship")
                                                          if rels_root is not None else ())}
    out = []
    for sheet in (book.iter(f"{_S}sheet") if book is not None else ()):
        target = rels.get(sheet.get(f"{_R}id"), "")
        if target:
            out.append((sheet.get("name") or "", target.lstrip("/") if target.startswith("/") else "xl/" + target))
    if not out:
        out = [("", n) for n in sorted(archive.namelist()) if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
    return out


def _serial(value: str) -> str:
    try:
        x = float(value)
    except ValueError:
        return value
    if not 20000 <= x <= 80000:
        return value
    when = _dt.datetime(1899, 12, 30) + _dt.timedelta(days=x)
    return when.strftime("%Y-%m-%d %H:%M") if x % 1 else when.strftime("%Y-%m-%d")


def _rows(archive, part: str, strings: list[str], name: str) -> list[list[str]]:
    sheet = zip_part(archive, part, name)
    rows: list[list[str]] = []
    for row in (sheet.iter(f"{_S}row") if sheet is not None else ()):
        cells: dict[int, str] = {}
        for n, c in enumerate(row.findall(f"{_S}c")):
            m = _REF.match(c.get("r") or "")
            col = _column(m.group(1)) if m else n
            kind = c.get("t") or "n"
            v = c.find(f"{_S}v")
            if kind == "inlineStr":
                text = "".join(t.text or "" for t in c.iter(f"{_S}t"))
            elif kind == "s" and v is not None and (v.text or "").strip().isdigit():
                i = int(v.text)
                text = strings[i] if i < len(strings) else ""
            else:
                text = (v.text or "") if v is not None else ""
                if kind == "b":
                    text = {"1": "TRUE", "0": "FALSE"}.get(text, text)
            if len(text) > MAX_CELL:
                raise SourceError(f"{name}: row {row.get('r') or len(rows) + 1}: a cell of over {MAX_CELL:,} "
                                  "characters; no article's text is this long, the workbook is not read")
            if col < 1000:
                cells[col] = text
        width = max(cells) + 1 if cells else 0
        rows.append([cells.get(i, "") for i in range(width)])
    return rows


def _dates(rows: list[list[str]]) -> list[list[str]]:
    """Numbers in the date columns (a header cell naming a date or time) → their days."""
    for i, row in enumerate(rows[:20]):
        cols = [j for j, c in enumerate(row) if c.strip() and len(c) <= 20 and _LABELS["date"].search(c)]
        if cols and sum(1 for c in row if c.strip()) >= 2:
            for r in rows[i + 1:]:
                for j in cols:
                    if j < len(r) and re.fullmatch(r"\d+(?:\.\d+)?", r[j].strip()):
                        r[j] = _serial(r[j].strip())
            break
    return rows


def convert(raw: bytes, name: str) -> str:
    archive = _open(raw, name)
    strings = _shared(archive, name)
    sheets = [(title, _dates(_rows(archive, part, strings, name))) for title, part in _sheets(archive, name)]
    sheets = [(t, rows) for t, rows in sheets if any(c.strip() for r in rows for c in r)]
    if not sheets:
        raise SourceError(f"{name}: the workbook holds no text; it is not read")
    out: list[str] = []
    head = ""
    for title, rows in sheets:
        text = table_to_markdown(rows, name)
        if text is None:  # one column, or no text column: the filled cells as lines
            lines = [" ".join(c.strip() for c in r if c.strip()) for r in rows]
            text = "\n\n".join(md_escape(x) for x in lines if x)
        if len(sheets) > 1 and title:
            m = re.match(r"\A---\n.*?\n---\n", text, flags=re.S)
            head = head or (m.group(0) if m else "")  # the first sheet's title and date are the workbook's
            text = _demote(text)
            out.append("# " + md_escape(title))
            out.append("")
        out.append(text)
    return head + "\n" + "\n".join(out) if len(sheets) > 1 else out[0]


def _demote(text: str) -> str:
    """A sheet's Markdown under its sheet-name heading: no front matter of its own."""
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
