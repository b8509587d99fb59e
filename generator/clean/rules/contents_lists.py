"""A page's table of contents is furniture: it leaves the body, each line recorded.

Phenomenon: a run of short lines that repeats, in order, the section heads printed further down the
same text is a contents list (an encyclopedia page's "目录 1 背景 2 …", a slide deck's "目录" slide,
a report's "目次" with page numbers), not content; the heads themselves stay where they stand.

The run is three lines or more, each short (at most 40 characters) and ending no sentence, with no
blank line inside it; either a label line opens it ("目录", "目錄", "目次", "Contents") or most of its
lines carry a section number ("1 ", "3.1 ", "一、", "（二）", "第三章"). Numbers, dot leaders with a
page number ("背景……3") and edit marks ("[编辑]") are set aside to compare. At least two thirds of
its items (and three at least) must come back later in the text as a line that is the item or opens
on it ("二、日本对华水产品出口结构（2022年）" for "二、日本对华水产品出口结构"). A numbered list
whose items are not heads below (a report's recommendations, a list of steps) stays. A line the
list names is a head: it becomes a heading even with its section's text right under it.
"""

from __future__ import annotations

import re

from ..text import ends_sentence

NAME = "contents_lists"

_LABEL = re.compile(r"^\s*(?:目录|目錄|目次|内容目录|內容目錄|本文目录|本文目錄|contents|table of contents)\s*[:：]?\s*$",
                    re.IGNORECASE)
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.、)]?\s+|\d{1,2}[.、)]\s*|[一二三四五六七八九十]{1,3}\s*[、．.]\s*"
                     r"|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|第[一二三四五六七八九十\d]{1,3}\s*[章节節部篇](?:分)?[\s\u3000：:、]*)")
_LEADER = re.compile(r"(?:\s*[.…·．。]{2,}\s*|\s+)\d{1,4}\s*$")
_EDIT = re.compile(r"\s*\[(?:编辑|編輯|编辑源代码|編輯原始碼|edit|Edit|EDIT)\]\s*$")
_MAX_ITEM, _MAX_RUN = 40, 80


def _key(text: str) -> str:
    """An item or a head as compared: without its number, dot leader, page number or edit mark."""
    t = _EDIT.sub("", text.strip())
    t = _LEADER.sub("", t) if re.search(r"[.…·．。]{2,}\s*\d{1,4}\s*$", t) else t
    return re.sub(r"\s+", "", t)


def _item(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= _MAX_ITEM and not ends_sentence(t) and "，" not in t and "。" not in t


def _runs(bl):
    """(label index or None, first item index, end index) of each candidate run."""
    i = 0
    while i < len(bl):
        b = bl[i]
        label = b.kind == "line" and bool(_LABEL.match(b.text))
        start = i + 1 if label else i
        j = start
        while j < len(bl) and j - start < _MAX_RUN and bl[j].kind == "line" and _item(bl[j].text) \
                and (j == start or bl[j].gap == 0) and not _LABEL.match(bl[j].text):
            j += 1
        n = j - start
        if n >= 3:
            numbered = sum(1 for b2 in bl[start:j] if _NUMBER.match(b2.text))
            if label or numbered * 3 >= n * 2:
                yield (i if label else None), start, j
                i = j
                continue
        i += 1


def apply(doc):
    bl = doc.blocks
    found = list(_runs(bl))
    if not found:
        return
    # later lines by their first two characters: an item is looked up among the few sharing its opening
    heads: dict[str, list[tuple[int, str]]] = {}
    for k, b in enumerate(bl):
        if b.kind in ("line", "h") and len(b.text) <= 200:
            key = _key(b.text)
            if len(key) >= 2:
                heads.setdefault(key[:2], []).append((k, key))
    with doc.batch():
        for label, start, end in found:
            hits, named = 0, []
            for b in bl[start:end]:
                key = _key(b.text)
                numbered = _key(_NUMBER.sub("", b.text, count=1))
                for cand in (key, numbered):
                    at = next((k for k, h in heads.get(cand[:2], ()) if k >= end and h.startswith(cand)), None) \
                        if len(cand) >= 2 else None
                    if at is not None:
                        hits += 1
                        named.append(bl[at])
                        break
            n = end - start
            if hits < 3 or hits * 3 < n * 2:
                continue
            if label is not None:
                doc.remove(bl[label], "label of a contents list", separates=True)
            for b in bl[start:end]:
                doc.remove(b, "contents list: a line that repeats a section head printed below", separates=True)
            for h in named:  # a line the contents list names is a head, even with text right under it
                if h.kind == "line" and len(h.text.strip()) <= _MAX_ITEM and not ends_sentence(h.text):
                    h.kind, h.level = "h", 2
                    doc.record(h.line, h.text, "## " + h.text, "changed", "a line the contents list names → heading")
