"""A spreadsheet export saved as ``.csv`` / ``.tsv`` (a 舆情 monitor's export, a list of posts or
comments, a clipping table): each row a piece of its own.

The phenomenon: such an export may open on a title or an export-stamp line (one filled cell), then a
header row (the first filling most of the table's columns, two at least), then the rows (quoted fields may hold commas and line
breaks), perhaps a total line at the end (``合计``, ``总计``, ``Total``). Its text columns (``正文``,
``内容``, ``摘要``, ``标题`` …, or, unlabelled, the columns whose cells are long) are the content; its date,
source and author columns are each row's metadata. So each row becomes a section: its title cell a
heading, its author (or its source column's media or account name; a platform or channel column such as
``平台: 微博`` names no one and is left out) and date a post heading (``1楼　author　day time``), its text cells
paragraphs. The lines before the header give the article's title and date (with no title line there, the
export's own line naming where its rows come from, ``共25条 数据来源：X平台``, titles it: never a row's
text, never the file's name); the total line and columns
of counts or labels (阅读数, 情感, 序号) are left out. A file of one column is no table: it is read as
plain text. A row whose cell is too long for any article (a 1 MB cell) refuses the file, naming the line.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import PurePath

from ..errors import SourceError
from .forms import MAX_CELL, front, md_escape, post_line

__all__ = ["convert", "rows_to_markdown", "table_to_markdown", "classify", "cell_paragraphs"]

_LABELS = {
    "title": re.compile(r"^(?:标题|標題|题目|題目|主题|主題|title|headline|subject)$", re.I),
    "text": re.compile(r"(?:正文|内容|內容|摘要|全文|文本|原文|评论|評論|留言|text|content|body|summary|"
                       r"description|comment|message)", re.I),
    "date": re.compile(r"(?:日期|时间|時間|发布于|發佈於|date|time|published|created)", re.I),
    "author": re.compile(r"^(?:作者|发布者|發佈者|发布人|發布人|博主|用户|用戶|用户名|用戶名|昵称|暱稱|账号|帳號|"
                         r"author|user|username|poster|by)(?:名称|名稱)?$", re.I),
    #: a platform or channel column names where a row was posted (微博, 论坛), never who wrote it: it is no name
    "platform": re.compile(r"(?:平台|渠道|载体|載體|类型|類型|platform|channel|type)", re.I),
    "source": re.compile(r"(?:来源|來源|媒体|媒體|站点|站點|网站|網站|source|outlet|media|site|publisher)", re.I),
    "url": re.compile(r"(?:链接|鏈接|連結|网址|網址|url|link)", re.I),
}
_TOTAL = re.compile(r"^\s*(?:合计|合計|总计|總計|共计|共計|小计|小計|总数|總數|total|sum)\b|^\s*共\s*\d+\s*[条條项項篇]", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2}[:：]\d{2}))?")


def classify(header: list[str], rows: list[list[str]]) -> dict[int, str]:
    """Each column's role (title, text, date, author, source, url) from its header label; a column no
    label names is text when its cells are long sentences (on average 20 characters or more, with Han)."""
    roles: dict[int, str] = {}
    for i, label in enumerate(header):
        label = label.strip()
        if not label or len(label) > 20:
            continue
        for role, pattern in _LABELS.items():
            if not pattern.search(label):
                continue
            counted = role == "text" and re.search(r"数|數|count|量|情感|倾向|傾向|类型|類型|type|长度|長度|length", label, re.I)
            if not counted and (role == "text" or role not in roles.values()):
                roles[i] = role
            break
    if "text" not in roles.values():
        for i in range(len(header)):
            cells = [r[i] for r in rows if i < len(r) and r[i].strip()]
            if i not in roles and cells and sum(map(len, cells)) / len(cells) >= 20 \
                    and sum(1 for c in cells if _HAN.search(c)) * 2 >= len(cells):
                roles[i] = "text"
    return roles


def _day(value: str) -> tuple[str, str]:
    m = _DATE.search(value)
    if not m:
        return "", ""
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return "", ""
    clock = (m.group(4) or "").replace("：", ":")
    return f"{y:04d}-{mo:02d}-{d:02d}", clock.zfill(5) if clock else ""


_END = re.compile(r"[。！？!?…；;：:」』”\"）)]\s*$")


def cell_paragraphs(text: str) -> list[str]:
    """A cell's paragraphs: split at blank lines and at line breaks after a sentence's end; a line break
    inside a sentence (a cell wrapped by hand) joins its halves, so no sentence is chopped."""
    out: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        para = ""
        for line in chunk.split("\n"):
            line = line.strip()
            if not line:
                continue
            if para and not _END.search(para):
                glue = "" if _HAN.match(line[0]) or _HAN.search(para[-1]) else " "
                para += glue + line
            else:
                if para:
                    out.append(para)
                para = line
        if para:
            out.append(para)
    return out


def rows_to_markdown(header: list[str], rows: list[list[str]], before: list[str], name: str) -> str | None:
    """The Markdown text of a table's rows under ``header`` (None when no column holds text)."""
    roles = classify(header, rows)
    text_cols = [i for i, r in roles.items() if r == "text"]
    if not text_cols and "title" not in roles.values():
        return None
    col = {r: i for i, r in sorted(roles.items(), reverse=True) if r != "text"}
    body: list[str] = []
    days: list[str] = []
    n = 0
    for row in rows:
        cell = lambda role: row[col[role]].strip() if role in col and col[role] < len(row) else ""  # noqa: E731
        texts = [row[i].strip() for i in text_cols if i < len(row) and row[i].strip()]
        title = cell("title")
        if not texts and not title:
            continue
        n += 1
        day, clock = _day(cell("date"))
        days.append(day)
        who = cell("author") or cell("source")
        if not texts:  # a row of titles only: the title is its text (an empty section would leave)
            texts, title = [title], ""
        if title:
            body += ["## " + md_escape(title), ""]
        if who and len(who) <= 40:
            body += [post_line(n, who, day, clock), ""]
        elif not title:
            body += ["## " + md_escape(f"{day} {clock}".strip() if day else f"第{n}条"), ""]
        elif day:
            body += [md_escape(f"发布时间：{day} {clock}".strip()), ""]
        for t in texts:
            body += [x for para in cell_paragraphs(t) for x in (md_escape(para), "")]
    if not body:
        return None
    title = next((b for b in before if not _DATE.search(b) and len(b) <= 60), "")
    date = next((d for b in before if (d := _day(b)[0])), "") or max((d for d in days if d), default="")
    return "\n".join(front({"title": title, "date": date}) + body)


def _delimiter(text: str, name: str) -> str:
    if PurePath(name).suffix.lower() == ".tsv":
        return "\t"
    sample = [ln for ln in text[:20000].split("\n")[:30] if ln.strip()]
    counts = {d: Counter(ln.count(d) for ln in sample).most_common(1)[0] for d in (",", "\t", ";", "，")} \
        if sample else {}
    best = max(counts, key=lambda d: (counts[d][0] > 0, counts[d][1] if counts[d][0] else 0, counts[d][0]),
               default=",")
    return best if counts.get(best, (0, 0))[0] > 0 else ","


def convert(text: str, name: str) -> str | None:
    """The Markdown text of a spreadsheet export, or None when it is no table (one column: plain text)."""
    delimiter = _delimiter(text, name)
    text = text.lstrip("\ufeff")
    if (sep := re.match(r"sep=(.)[ \t]*\n", text)):  # Excel's separator hint line
        delimiter, text = sep.group(1), text[sep.end():]
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if any(len(c) > MAX_CELL for c in row):
                raise SourceError(f"{name}: line {reader.line_num}: a cell of over {MAX_CELL:,} characters; no "
                                  "article's text is this long, the table is not read")
            rows.append(row)
    except csv.Error as err:
        raise SourceError(f"{name}: line {reader.line_num}: the table cannot be read ({err}); it is not read. "
                          "Export it again as CSV") from None
    return table_to_markdown(rows, name)


def table_to_markdown(rows: list[list[str]], name: str) -> str | None:
    """The Markdown text of a sheet's rows (lines before the header, header, rows, total line), or None
    when it is no table of text (one column, or no column of text)."""
    filled = [sum(1 for c in r if c.strip()) for r in rows]
    if max(filled, default=0) < 2:
        return None
    # the header fills most of the table's columns: an export stamp in two cells ("导出时间,2024-03-08") is none
    start = next(i for i, f in enumerate(filled) if f >= max(2, -(-max(filled) * 3 // 5)))
    header = rows[start]
    before = [" ".join(c.strip() for c in r if c.strip()) for r in rows[:start] if any(c.strip() for c in r)]
    data = rows[start + 1:]
    after: list[str] = []
    while data and (not any(c.strip() for c in data[-1]) or _TOTAL.match(next((c for c in data[-1] if c.strip()), ""))
                    or _PROVENANCE.search(" ".join(c.strip() for c in data[-1] if c.strip())) and filled_one(data[-1])):
        after.insert(0, " ".join(c.strip() for c in data.pop() if c.strip()))
    data = [r for r in data if not _TOTAL.match(next((c for c in r if c.strip()), ""))]
    if not any(b for b in before if not _DATE.search(b) and len(b) <= 60):
        # no title line above the header: the export's own line naming where its rows come from titles it
        # (never a row's text, never the file's name)
        own = next((a for a in after if _PROVENANCE.search(a) and len(a) <= 80), "")
        if own:  # its count and label go ("共25条 数据来源：X（…）" → "X（…）")
            own = re.sub(r"^\s*共\s*\d+\s*[条條项項篇]\s*", "", own)
            m = _PROVENANCE.search(own)
            before = [*before, own[m.end() - 1:].strip() if m.start() == 0 else own]
    return rows_to_markdown(header, data, before, name)


#: A line naming where an export's rows come from ("数据来源：X平台", "共25条 来源：…", "Source: …").
_PROVENANCE = re.compile(r"(?:数据来源|數據來源|资料来源|資料來源|数据提供|數據提供|Data source|Source)\s*[:：]\s*\S", re.I)


def filled_one(row: list[str]) -> bool:
    return sum(1 for c in row if c.strip()) == 1
