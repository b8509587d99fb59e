"""Numbered section heads printed as plain lines become ``##`` headings, even when a comma is in
them or no blank line sets them apart, so that they are never glued into the paragraph below.

A section number opens the line ("01 友商：嘴上欢迎，手上降价", "一、产能过剩仍未消化",
"（二）燃油成本，压力难减", "第三部分 市场"), the head after it is short (2–30 characters, two
Han characters at least), it does not end a sentence or a clause (。！；，、：; one final question mark
is a head's as the "三、价格会涨吗？" of a report's or a Q&A's section), and the line
stands where a head can stand: at the start of the text or after a sentence end, a heading or a
table, with text after it. Without a blank line after it, the line must also be shorter than the
text's wrapped lines (a hard-wrapped numbered paragraph "一、要加强对平台的监管，完善…" runs to the
full width and goes on below). Two numbered lines in a row of the same style are a list, not heads.

An Arabic section number ("01 ") is dropped, as the ``headings`` rule drops it; a Chinese one
("一、", "（二）") is part of the head as written and stays. In Markdown and web pages the head must
be a paragraph of its own (often bold: "**一、谁在降价**") with a paragraph of prose after it.
"""

import re

from ..text import ends_sentence, han_count

NAME = "section_heads"

#: (style, pattern): the number at the start of the line and the separator after it.
_STYLES = (
    ("arabic", re.compile(r"^(0\d|[1-9]\d?)(?:\s+|\s*[|｜丨]\s*)(?=\S)")),
    ("han", re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、．.]\s*")),
    ("paren", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]\s*")),
    ("part", re.compile(r"^第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|節|篇)[\s\u3000：:、]*")),
)
_CLAUSE_END = ("，", "、", "：", ":", "；", ";", ",")
_INNER_STOP = re.compile(r"[。！？；;!?]")


def _numbered(text: str):
    """``(style, match)`` when ``text`` opens on a section number and the head after it fits."""
    for style, pattern in _STYLES:
        m = pattern.match(text)
        if not m:
            continue
        head = text[m.end():].strip()
        if head.endswith(("？", "?")):  # a question head ("三、…会涨价吗？") is a head: its one final mark
            head = head[:-1].rstrip()
        if not (2 <= len(head) <= 30) or han_count(head) < 2 or _INNER_STOP.search(head) \
                or ends_sentence(head) or head.endswith(_CLAUSE_END):
            return None
        if style == "arabic" and re.match(r"[\d.%年月日万亿元倍个個家位名只台辆輛款项項条條次]", head):
            return None  # "10 万辆" / "2024 年": a number in the text, not a section number
        return style, m
    return None


def _width(blocks) -> float:
    """The text's wrapped-line width: the median length of its longer lines."""
    lengths = sorted(len(b.text) for b in blocks if b.kind == "line" and len(b.text) >= 15)
    return lengths[len(lengths) // 2] if lengths else 0


def apply(doc):
    bl = doc.blocks
    width = _width(bl)
    for i, b in enumerate(bl):
        if b.kind != "line":
            continue
        found = _numbered(b.text.strip())
        if not found:
            continue
        style, m = found
        prev = bl[i - 1] if i > 0 else None
        nxt = bl[i + 1] if i + 1 < len(bl) else None
        if nxt is None or nxt.kind != "line":
            continue
        if doc.markdown and not (b.gap > 0 and nxt.gap > 0 and (ends_sentence(nxt.text) or len(nxt.text) >= 20)):
            continue  # Markdown, HTML: a paragraph of its own (a bold "一、…" line), with prose after it
        if prev is not None and b.gap == 0 and (prev.kind not in ("line", "h", "table") or (
                prev.kind == "line" and not ends_sentence(prev.text))):
            continue  # the line continues the text above it
        after, before = _numbered(nxt.text.strip()), _numbered(prev.text.strip()) if prev is not None else None
        if (after and after[0] == style) or (before and before[0] == style and b.gap == 0):
            continue  # numbered lines in a row: a list
        if nxt.gap == 0 and width and len(b.text) > 0.75 * width:
            continue  # a hard-wrapped numbered paragraph, not a head
        if style == "arabic":
            doc.section_numbers.append((b.line, int(m.group(1))))
            doc.edit(b, 0, m.end(), "", "section number of a numbered heading")
        b.kind, b.level = "h", 2
        doc.record(b.line, b.text, "## " + b.text, "changed", "numbered section head on a line of its own → heading")
