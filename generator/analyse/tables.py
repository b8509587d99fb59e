"""Table rows read as sentences: each data row of a pipe table becomes one line that says what
the row is about and what each column holds ("HiDream.ai：成立時間 2023年3月；融資輪次 半年内兩輪；
最新一輪融資規模 累計融資近億元人民幣。"), so figures and events found in a row carry their row
label and column header as "what is counted" instead of table markup.

The row's label is the cell under a name-like header (公司, 股份, 模型, 团队 …), else its first
cell when the first column holds words (a model "极氪007" may carry digits), else the first cell
without digits. A bare number under a header that gives its unit in brackets
("收市 (元人民幣)") takes that unit. For the timeline, headers that hold a date themselves
("3月21日收市") are left out, so a header is never an event of every row.
"""

from __future__ import annotations

import re

from .text import Sentence

__all__ = ["table_sentences", "row_what", "drawn_rows", "ROW_INDEX"]

#: Sentence index given to table rows (they stand outside the article's sentence order).
ROW_INDEX = 10 ** 6

_NAME_HEADER = re.compile(r"公司|股份|股票|名称|名稱|企业|企業|机构|機構|团队|團隊|模型|产品|產品|品牌|项目|項目|"
                          r"人物|姓名|国家|國家|地区|地區|name|company", re.I)
_UNIT_IN_HEADER = re.compile(r"\s*[（(]\s*(?P<unit>[^()（）]{1,8}?)\s*[）)]\s*")
_BARE_NUMBER = re.compile(r"[+\-−]?\d+(?:[.,]\d+)*")
_DATE = re.compile(r"\d{1,2}\s*月|(?:19|20)\d{2}\s*年|\d{4}[-./]\d{1,2}")
_RULE = re.compile(r"[\s|:\-]*")
#: A cell that is a date alone ("9月23日", "2024年", "2024-10-08", "2023年12月").
_DATE_CELL = re.compile(r"\s*(?:(?:(?:19|20)\d{2}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?|"
                        r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?)\s*")


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def _label_columns(header: list[str], rows: list[list[str]]) -> list[int]:
    named = [i for i, h in enumerate(header) if _NAME_HEADER.search(h)][:2]
    if named:
        return named
    first = [r[0] for r in rows if r and r[0]]
    if first and not any(_BARE_NUMBER.fullmatch(c) or _DATE.search(c) for c in first) \
            and sum(bool(re.search(r"[\u4e00-\u9fffA-Za-z]", c)) for c in first) == len(first):
        return [0]  # the first column names the rows ("SU7 标准版", "极氪007（参考）"), numbers or not
    for i in range(len(header)):
        if rows and all(not re.search(r"\d", r[i]) for r in rows if i < len(r) and r[i]):
            return [i]
    return [0]


def linearise(table: str, for_events: bool = False) -> list[str]:
    """One line per data row of a Markdown pipe table (the header row and the rule excluded)."""
    lines = [ln for ln in table.splitlines() if ln.strip()]
    if len(lines) < 2 or not _RULE.fullmatch(lines[1]):
        return [ln for ln in lines if not _RULE.fullmatch(ln)]  # not a headed table: rows as written
    header = _cells(lines[0])
    rows = [_cells(ln) for ln in lines[2:] if not _RULE.fullmatch(ln)]
    pairs = _key_values([header] + rows)
    if pairs:
        return pairs
    labels = _label_columns(header, rows)
    out = []
    for row in rows:
        label = " ".join(row[i] for i in labels if i < len(row) and row[i])
        values = [c for i, c in enumerate(row) if i not in labels and c]
        if for_events and len(values) >= 2 and all(_DATE_CELL.fullmatch(c) for c in values):
            continue  # "| 指标 | 9月23日 | 10月8日 | 11月8日 |": the columns' dates under a caption, no event
        parts = []
        for i, cell in enumerate(row):
            if i in labels or not cell:
                continue
            head = header[i] if i < len(header) else ""
            unit = _UNIT_IN_HEADER.search(head)
            if unit and _BARE_NUMBER.fullmatch(cell):
                cell, head = cell + unit.group("unit"), _UNIT_IN_HEADER.sub(" ", head).strip()
            if for_events and _DATE.search(head):
                head = ""
            parts.append(f"{head} {cell}".strip())
        if parts:
            out.append(f"{label}：" + "；".join(parts) + "。" if label else "；".join(parts) + "。")
    return out


_FIELD = re.compile(r"[\u4e00-\u9fffA-Za-z ]{2,8}")


def _key_values(rows: list[list[str]]) -> list[str]:
    """A key-value table (an infobox: "| 中文名 | 萝卜快跑 | 外文名 | Apollo Go |", two pairs or more
    a row, every other cell a short field name without digits): one line per field, named by the
    table's subject (the first field's value), "萝卜快跑 上线时间：2021年8月。". Its first row is no
    header of columns, and a field name is never what another field's value counts."""
    if not rows or not all(len(r) >= 4 and len(r) % 2 == 0 and all(_FIELD.fullmatch(r[i]) for i in range(0, len(r), 2))
                           for r in rows):
        return []
    subject = rows[0][1]
    out = []
    for r in rows:
        for i in range(0, len(r), 2):
            if r[i + 1] and (r, i) != (rows[0], 0):
                out.append(f"{subject} {r[i]}：{r[i + 1]}。")
    return out


def table_sentences(articles, converters, for_events: bool = False) -> list[Sentence]:
    """Every data row of every table as a Sentence citing the table's id."""
    return table_lines(articles, converters, lambda text: linearise(text, for_events))


def table_lines(articles, converters, lines_of) -> list[Sentence]:
    """Each line ``lines_of`` reads from each table, as a Sentence citing the table's id."""
    out = []
    for a in articles:
        conv = converters[a.slug]
        for b in a.blocks:
            if b.kind != "table" or not b.id:
                continue
            for line in lines_of(b.text):
                simple = conv(line)
                out.append(Sentence(a.slug, b.id, ROW_INDEX, ROW_INDEX, 0, line, simple, line, simple))
    return out


def row_what(simple: str, start: int) -> str:
    """What a figure at ``start`` of a table row line counts: the row's label and the column's
    header ("因赛集团 累计升幅"), without stock codes and footnote marks."""
    label, colon, rest = simple.partition("：")
    if not colon or start < len(label) + 1:
        return ""
    seg_start = simple.rfind("；", 0, start) + 1 or len(label) + 1
    seg_start = max(seg_start, len(label) + 1)
    head = simple[seg_start:start].strip()
    label = re.sub(r"\s*[（(]\s*[\d.A-Za-z]+\s*[）)]", "", label).strip()
    what = f"{label} {head.rstrip('+-−± ')}".replace("*", "").strip()
    return re.sub(r"\s+", " ", what)


#: A drawn table's border ("+------+-----+") and a row's cells ("|校园订单占比|约35%|约12%|").
_BORDER = re.compile(r"\+(?:[-=]{3,}\+)+")
_DRAWN = re.compile(r"\+[-=]{3,}\+[-=+]*\s*\|")


def drawn_rows(simple: str) -> list[tuple[int, int, str]]:
    """A table drawn in characters and flattened into one line of text ("…如下：+----+\\|指标\\| 8月\\|
    9月\\|+----+\\|占比\\|约35%\\|约12%\\|…+----+注："): each data row as (start, end, what it says:
    "校园订单中预制菜品占比：8月（事件前） 约35%；9月（事件后） 约12%；变化 -23个百分点"), so a
    figure in it carries its row and column, never the whole table. [] when there is none."""
    if not _DRAWN.search(simple):
        return []
    out: list[tuple[int, int, str]] = []
    header: list[str] = []
    start = simple.find("+")
    for part in _BORDER.split(simple[start:]):
        offset = simple.find(part, start)
        for m in re.finditer(r"\|([^|]*(?:\|[^|]+)+)\|", part):
            cells = [c.strip() for c in m.group(1).split("|")]
            if not header:
                header = cells
                continue
            if len(cells) != len(header) or not cells[0]:
                continue
            said = "；".join(f"{h} {c}" for h, c in zip(header[1:], cells[1:]) if c)
            out.append((offset + m.start(), offset + m.end(), f"{cells[0]}：{said}"))
    return out
