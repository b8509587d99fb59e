"""A digest of numbered items (a morning newsletter, a school bulletin, a roundup, a conference
programme's sessions) is a list of separate pieces: each item's lead line becomes a ``###`` heading,
so that every item is a section of its own, judged on or off the topic by its own words downstream
(``analyse.relevance.off_topic_sections``), whatever its heading markup.

Read by SHAPE, never by words: three lines or more, each opening on an item number ("1. …", "2、…",
"（3）…", "【4】…", "5️⃣ …", "⑥ …"), the numbers counting up by one in one style, each line a head
(2–40 characters, two Han characters at least, no sentence stop inside or at its end, no clause mark
at its end) and each followed by its own body: a line that ends a sentence or runs to twenty
characters and opens on no item number. A numbered list whose items have no body (a slide's bullets,
a contents list) stays a list; a numbered paragraph (a sentence after its number) is no head.
The item number leaves the heading (recorded), as section numbers do.
"""

from __future__ import annotations

import re

from ..text import ends_sentence, han_count

NAME = "digest_items"

#: The item number opening a line: (style, number).
_MARKS = (
    ("dot", re.compile(r"^(\d{1,2})\s*[.．、)）]\s*(?=\S)")),
    ("paren", re.compile(r"^[（(](\d{1,2})[）)]\s*(?=\S)")),
    ("bracket", re.compile(r"^[【\[](\d{1,2})[】\]]\s*(?=\S)")),
    ("keycap", re.compile(r"^(\d)\ufe0f?\u20e3\s*(?=\S)")),
    ("circled", re.compile(r"^([\u2460-\u2473])\s*(?=\S)")),
)
_STOP = re.compile(r"[。！？!?；;]")
_CLAUSE_END = ("，", "、", "：", ":", "；", ";", ",")
_MIN_ITEMS = 3
_BODY = 20


def _item(text: str):
    """``(style, number, end of the mark)`` when ``text`` is an item's head line, else None."""
    t = text.strip()
    for style, pattern in _MARKS:
        m = pattern.match(t)
        if not m:
            continue
        g = m.group(1)
        number = ord(g) - 0x2460 + 1 if style == "circled" else int(g)
        head = t[m.end():].strip()
        if not (2 <= len(head) <= 40) or han_count(head) < 2 or _STOP.search(head) \
                or ends_sentence(head) or head.endswith(_CLAUSE_END):
            return None
        if style == "dot" and re.match(r"\d", head):
            return None  # "3.5 亿…": a decimal, not an item number
        return style, number, m.end() + (len(text) - len(text.lstrip()))
    return None


def _marked(text: str) -> bool:
    t = text.strip()
    return any(p.match(t) for _, p in _MARKS)


def _body(b) -> bool:
    """A block that is an item's text: prose, not the next item nor a bare label."""
    return b.kind in ("line", "p") and not _marked(b.text) and (ends_sentence(b.text) or len(b.text.strip()) >= _BODY)


def apply(doc):
    bl = doc.blocks
    heads = []  # (index, style, number, mark end)
    for i, b in enumerate(bl):
        if b.kind != "line" or b.message:
            continue
        found = _item(b.text)
        if found and i + 1 < len(bl) and _body(bl[i + 1]):
            heads.append((i, *found))
    # runs of one style whose numbers count up by one
    runs, cur = [], []
    for h in heads:
        if cur and h[1] == cur[-1][1] and h[2] == cur[-1][2] + 1:
            cur.append(h)
            continue
        if len(cur) >= _MIN_ITEMS:
            runs.append(cur)
        cur = [h]
    if len(cur) >= _MIN_ITEMS:
        runs.append(cur)
    for run in runs:
        for i, _style, _number, end in run:
            b = bl[i]
            doc.edit(b, 0, end, "", "item number of a digest's numbered item")
            b.kind, b.level, b.starts = "h", 3, True
            doc.record(b.line, b.text, "### " + b.text, "changed",
                       "a digest's numbered item: its head line → heading (each item a section of its own)")
