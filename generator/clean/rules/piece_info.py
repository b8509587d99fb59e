"""A piece's info line under its headline, wherever the piece stands on the page: metadata.

A page that prints several pieces (a topic page, a compilation, a digest of two reports) sets an
info line under each headline: the date and time, the source, the reporter, the editor, set apart
by wide spaces or bars (``2023-11-25 08:12  来源：某某网  记者 王明``, ``2024年3月2日 ｜ 作者：李华``).
Such a line is no sentence of the text: it leaves (recorded); the first one gives the date, outlet and
author the page does not give otherwise, and every one is kept in ``credits`` (which piece is whose).

The page's author is the reporter only when one piece is signed. Only a line right under a heading, or among the page's first lines, made wholly of such pieces and
with two of them at least, is read; a line that says anything else stays.
"""

from __future__ import annotations

import re

from .form_headers import _date

NAME = "piece_info"
_LONGEST = 64
_TOP = 3
_SEP = re.compile(r"[\s\u3000|｜丨]*")
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_END = r"(?=[\s\u3000|｜丨]|$)"
_PIECE = re.compile(
    r"(?P<date>(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})"
    r"(?:\s*(?:上午|下午|早上|晚上)?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?)" + _END +
    r"|(?:来源|來源|出处|出處|稿源)\s*[:：]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z0-9·]{2,20})" + _END +
    rf"|(?:(?:本[报報网網台刊])?(?:记者|記者)|作者|撰文)\s*[:：/／]?\s*(?P<author>{_NAME}(?:、{_NAME})*)" + _END +
    rf"|(?P<editor>(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*{_NAME})" + _END)


def _read(text: str) -> dict | None:
    t = text.strip()
    if len(t) > _LONGEST or re.search(r"[。！？，,]", t):
        return None
    got: dict = {}
    pos, n, count = 0, len(t), 0
    while pos < n:
        pos = _SEP.match(t, pos).end()
        if pos >= n:
            break
        m = _PIECE.match(t, pos)
        if not m:
            return None
        for key in ("date", "outlet", "author", "editor"):
            if m.group(key):
                got.setdefault(key, _date(m.group(key)) if key == "date" else m.group(key))
        count += 1
        pos = m.end()
    return got if count >= 2 and (got.get("date") or "outlet" in got) else None


def apply(doc):
    bl = doc.blocks
    found = [(b, got) for i, b in enumerate(bl) if b.kind == "line" and (i < _TOP or bl[i - 1].kind == "h")
             and (got := _read(b.text)) is not None]
    if not found:
        return
    # the page's own date and outlet from the first piece; its author only when one piece is signed
    authors = {got.get("author") for _, got in found if got.get("author")}
    first = found[0][1]
    for key in ("date", "outlet", "author"):
        if first.get(key) and not doc.declared.get(key) and (key != "author" or len(authors) == 1):
            doc.meta.setdefault(key, first[key])
    with doc.batch():
        for b, _ in found:
            doc.meta.setdefault("credits", [])
            doc.meta["credits"].append(b.text.strip())
            doc.remove(b, "a piece's info line under its headline (date, source, reporter) → credits", "metadata",
                       separates=True)
