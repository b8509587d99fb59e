"""A converted printed publication's running heads and feet (a magazine, a report, a paper, a
brochure exported from PDF): every copy removed, the first dated one giving the outlet and the date.

A page converted to text keeps what the printer set on every page: a page counter (``32 / 84``,
``- 3 -``, ``第3页``, ``Page 3 of 12``) and, beside it or on the line next to it, a running head or
foot (``財經週刊 2024.05.06 | 第 1392 期``, ``COVER STORY 封面故事 | 小米造車40天``, ``XX公司2023年年度报告``).
Left in, each copy becomes a heading or is fused into the text.

- **Page counters**: a line (or a line's first or last cell, set apart by a wide space) that is a
  page counter, when the page counts two pages or more (``N / M`` with the same total twice or more,
  or ``- N -``, ``第N页``, ``Page N`` twice or more). A thread's numbering (``1/5`` over the first
  post's text, not under a page) is no page counter.
- **Running heads and feet**: the text beside a counter on its line, and the lines right above and
  under a counter line, when that text is short, ends no clause and is printed again (numbers
  aside) elsewhere in the page: every copy of it, wherever it stands (a copy a page break glued to a
  line of text, set apart by a wide space, leaves that line).
- **The outlet and the date**: the first copy that carries a date (``2024.05.06``, ``2024年5月``)
  gives the article's date, and the name before the date or the issue number its outlet, when
  nothing better has been read.

Every removal is recorded with its raw line; a removed line separates the text around it only when
the text above ends a sentence (a head printed between the two halves of a sentence is no break).
"""

from __future__ import annotations

import re
from collections import Counter

from ...readers.meta import iso_date

NAME = "running_heads"

_CELL = re.compile(r"[ \t]{2,}|\u3000{2,}|\t")
_FRACTION = re.compile(r"(\d{1,4})\s*/\s*(\d{1,4})")
#: (a counter out of a total in words, "第1页/共12页", is page_furniture's, which knows the paged notes that
#: carry it: their institution and disclaimer lines; this rule leaves those pages to it and to page_layout)
_COUNTER = re.compile(
    r"[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*[页頁](?!\s*[/，,]?\s*共)|\d{1,4}\s*/\s*\d{1,4}\s*[页頁]?"
    r"|(?:Page|PAGE|P\.)\s*\d{1,4}(?:\s*(?:of|OF|/)\s*\d{1,4})?")
_CLAUSE = re.compile(r"[，。；！？,;!?]")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2}\s*日?)?\s*月?)")
_ISSUE = re.compile(r"第\s*\d{1,5}\s*[期卷]|No\.\s*\d+|Vol\.\s*\d+|Issue\s*\d+", re.I)
_HEAD_LEN = 60


def _cells(text: str) -> list[str]:
    return [c for c in _CELL.split(text.strip()) if c.strip()]


def _shape(text: str) -> str:
    return re.sub(r"\d+", "0", re.sub(r"\s+", " ", text.strip()))


def _split_counter(text: str) -> tuple[str | None, str]:
    """(the page counter a line opens or ends on, the rest of the line), or (None, text)."""
    cells = _cells(text)
    if not cells:
        return None, text
    for k in (0, -1):
        if _COUNTER.fullmatch(cells[k].strip()):
            rest = cells[1:] if k == 0 else cells[:-1]
            return cells[k].strip(), " ".join(rest)
    return None, text


def _head_like(text: str) -> bool:
    t = text.strip()
    return 2 <= len(t) <= _HEAD_LEN and bool(_WORD.search(t)) and not _CLAUSE.search(t)


def _paged(counters: list[str]) -> bool:
    """The counters count pages: two or more, fractions sharing one total."""
    if len(counters) < 2:
        return False
    totals = Counter(m.group(2) for c in counters if (m := _FRACTION.fullmatch(c.strip().rstrip("页頁"))))
    plain = [c for c in counters if not _FRACTION.fullmatch(c.strip().rstrip("页頁"))]
    return len(plain) >= 2 or bool(totals) and totals.most_common(1)[0][1] >= 2


def _thread(lines, split, counters) -> bool:
    """The counters number a thread's posts (``1/5`` over the first post's text), not pages: a
    printed page's number stands under its page, never over the page's first line of text."""
    first = next((k for k, b in enumerate(lines) if len(b.text.strip()) >= 30), len(lines))
    m = _FRACTION.fullmatch(split[counters[0]][0])
    return bool(m) and m.group(1) == "1" and counters[0] < first


def _neighbour(lines, k: int, step: int):
    j = k + step
    return lines[j] if 0 <= j < len(lines) else None


def _stacked(lines, split, heads: set[str], shapes: Counter) -> set[str]:
    """A head of two lines or more (the paper, section and page; under it the date and the site):
    a line next to a running head's copy that is itself head-like and printed again is the head's
    too, and so on down the stack."""
    found: set[str] = set()
    grew = True
    while grew:
        grew = False
        for k, b in enumerate(lines):
            if split[k][0] or _shape(b.text) not in heads | found:
                continue
            for n in (_neighbour(lines, k, -1), _neighbour(lines, k, 1)):
                t = n.text if n else ""
                s = _shape(t)
                if n and s not in heads | found and _head_like(t) and shapes[s] >= 2 and not n.indent:
                    found.add(s)
                    grew = True
    return found


def _read_meta(doc, head: str, line: int) -> None:
    """The outlet and date a running head gives, when nothing better was read."""
    date = _DATE.search(head)
    if date and not doc.meta.get("date") and not doc.declared.get("date"):
        iso = iso_date(date.group(0).replace(" ", ""))
        if iso and len(iso) == 10:
            doc.meta["date"] = iso
            doc.meta_lines["date"] = line
    mark = date or _ISSUE.search(head)
    if mark and not doc.meta.get("outlet") and not doc.declared.get("outlet"):
        name = re.sub(r"[\s|｜/／·•:：-]+$", "", head[:mark.start()]).strip()
        # (a page code in the cell before the paper's name is the page's: "Ａ１３　　港滙日報　2024年10月9日")
        name = re.sub(r"^(?:[A-HＡ-Ｈ][0-9０-９]{1,3}|第?[0-9０-９]{1,3}[版页頁])(?:[ \t]{2,}|\u3000+|\t)", "", name).strip()
        if 2 <= len(name) <= 20 and _WORD.search(name) and not re.search(r"\d", name):
            doc.meta["outlet"] = name
            doc.meta_lines["outlet"] = line


def apply(doc):
    if doc.markdown:
        return
    lines = [b for b in doc.blocks if b.kind == "line"]
    split = [_split_counter(b.text) for b in lines]
    counters = [k for k, (c, _) in enumerate(split) if c]
    if not _paged([split[k][0] for k in counters]) or _thread(lines, split, counters):
        return
    shapes = Counter(_shape(rest if c else b.text) for b, (c, rest) in zip(lines, split))
    heads: set[str] = set()
    for k in counters:
        near = [split[k][1]] + [n.text for n in (_neighbour(lines, k, -1), _neighbour(lines, k, 1)) if n]
        heads |= {_shape(t) for t in near if _head_like(t) and shapes[_shape(t)] >= 2}
    heads |= _stacked(lines, split, heads, shapes)
    with doc.batch():
        for k, (b, (counter, rest)) in enumerate(zip(lines, split)):
            head = _shape(rest) in heads and _head_like(rest)
            if not (counter and (not rest.strip() or head)) and not (not counter and head):
                _cut_head(doc, b, heads)
                continue
            if head:
                _read_meta(doc, rest.strip(), b.line)
            above = _neighbour(lines, k, -1)
            ends = above is None or bool(re.search(r"[。！？!?…][」』”’）)]*\s*$", above.text))
            why = ("running head or foot of a converted page, with its page number" if counter and head
                   else "page number of a converted page (its counter)" if counter
                   else "running head or foot of a converted page (printed on every page)")
            doc.remove(b, why, separates=ends)


def _cut_head(doc, b, heads: set[str]) -> None:
    """A running head glued to a line of text by a page break (``…的現實。    財經週刊 2024.05.06``):
    the head's cell leaves, the text stays."""
    cells = _cells(b.text)
    if len(cells) < 2:
        return
    for cell in (cells[-1], cells[0]):
        if _shape(cell) in heads and _head_like(cell):
            at = b.text.rfind(cell) if cell is cells[-1] else b.text.find(cell)
            start, end = (len(b.text[:at].rstrip()), at + len(cell)) if cell is cells[-1] else \
                (at, len(b.text) - len(b.text[at + len(cell):].lstrip()))
            doc.edit(b, start, end, "", "running head of a converted page glued to a line of text by a page break")
            return
