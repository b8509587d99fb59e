"""Headings encoded as plain lines become ``##`` headings.

- A short isolated line that looks like a headline (no clause punctuation, not cut mid-phrase),
  with text after it. Numbered section heads ("4 概念股…") lose the number; when the first number is
  above 1 the excerpt is marked ``completeness: partial`` and flagged.
- A column label split over short lines ("记者⏎观察") is joined, and merged with the heading right
  after it ("记者观察｜它为什么…").
- A news-item headline in 【】 on its own line (any source) becomes a ``####`` heading.
- In a conversation (two speakers or more, each opening two lines), a line of one more speaker's words
  ("某网友：支持苏老师！") is a turn, never a heading.
- A list item is never a heading: a line opening on a bullet mark ("· …", "• …") or on an item
  number ("1. …", "2、…"), with a line of the same mark next to it, is one item of a list.
"""

import re

from ..headline import NUMBERED, heading_like
from ..paragraphing import list_mark
from ..structure_lines import roster_blocks
from ..text import hard_break, interview_labels, opens_turn, turn_labels

NAME = "headings"
_BRACKETED = re.compile(r"^【([^【】]{4,60})】$")
#: One turn of a speaker not heard elsewhere on the page: a name, a colon, their words ending on a mark.
_ONE_TURN = re.compile(r"^[^\s：:，。！？]{2,12}[：:]\s*\S.{0,40}[。！？!?～~]$")
def _list_items(bl) -> set[int]:
    """Lines opening on one list mark, two or more in a row (blank lines between allowed)."""
    items: set[int] = set()
    lines = [b for b in bl if b.kind == "line"]
    marks = [list_mark(b.text) for b in lines]
    for k, m in enumerate(marks):
        if m and ((k and marks[k - 1] == m) or (k + 1 < len(marks) and marks[k + 1] == m)):
            items.add(id(lines[k]))
    return items


_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _bracketed(doc):
    for b in doc.blocks:
        m = _BRACKETED.match(b.text) if b.kind == "line" else None
        if m:
            doc.edit(b, len(b.text) - 1, len(b.text), "", "【】 headline → heading")
            doc.edit(b, 0, 1, "", "【】 headline → heading")
            b.kind, b.level = "h", 4


def apply(doc):
    _bracketed(doc)
    if doc.markdown:
        return
    bl = doc.blocks
    numbers = doc.section_numbers
    turns = turn_labels(bl)  # an interview's short turn ("問：為甚麼？") is no heading
    # a conversation (two speakers or more, each with two turns): a viewer's or guest's one turn
    # ("某网友：支持苏老师！") is someone's words too, never a heading
    conversation = len(interview_labels(bl)) >= 2
    items = _list_items(bl)
    rosters = roster_blocks(bl)  # a signature block's rows ("审　判　长　　周文静") are no headings
    gone: set[int] = set()  # label pieces merged into the line before; taken out after the walk
    i = 0
    while i < len(bl):
        b = bl[i]
        if b.kind != "line":
            i += 1
            continue
        # group of consecutive short lines (a split label)
        j = i + 1
        while j < len(bl) and bl[j].kind == "line" and not hard_break(bl[j - 1].text, bl[j].text, bl[j].gap):
            j += 1
        group = bl[i:j]
        isolated = (i == 0 or hard_break(bl[i - 1].text, b.text, b.gap)) and \
            (j >= len(bl) or hard_break(bl[j - 1].text, bl[j].text, bl[j].gap))
        has_next = j < len(bl) and bl[j].kind in ("line", "table", "caption", "h")
        if not (isolated and has_next):
            i = j
            continue
        if len(group) == 1 and heading_like(b.text) and not opens_turn(b.text, turns) and id(b) not in items \
                and id(b) not in rosters \
                and not (conversation and _ONE_TURN.match(b.text)):
            m = NUMBERED.match(b.text)
            if m:
                numbers.append((b.line, int(m.group(1))))
                doc.edit(b, 0, m.end(), "", "section number of a numbered heading")
            b.kind, b.level = "h", 2
            doc.record(b.line, b.text, "## " + b.text, "changed", "short isolated line → heading")
        elif 2 <= len(group) <= 3 and all(len(g.text) <= 4 and heading_like(g.text) for g in group):
            first = group[0]
            for g in group[1:]:
                doc.record(g.line, g.text, "", "changed", "column label split over lines, joined")
                first.marks.append((len(first.text), g.line))
                first.text += g.text
                gone.add(id(g))
            first.kind, first.level = "h", 2
            nxt = bl[j] if j < len(bl) else None
            if nxt is not None and nxt.kind == "line" and heading_like(nxt.text) and nxt.gap > 0 and \
                    (j + 1 >= len(bl) or bl[j + 1].gap > 0):
                doc.record(nxt.line, nxt.text, first.text + "｜" + nxt.text, "changed", "column label + heading merged")
                first.marks.append((len(first.text), nxt.line))
                first.text += "｜" + nxt.text
                gone.add(id(nxt))
                j += 1
            i = j
            continue
        else:
            i = j  # a line inside the group never starts an isolated one
            continue
        i += 1
    if gone:
        bl[:] = [b for b in bl if id(b) not in gone]
    for b in bl:
        if b.kind == "h" and not doc.pangu:
            doc.sub(b, _SPACE, lambda m: "\u3000", "space separating headline halves → ideographic space")
    first = min(numbers) if numbers else None
    if first and first[1] > 1:
        head = next((b for b in bl if b.line == first[0]), None)
        doc.meta["completeness"] = "partial"
        doc.flag(first[0], head.text if head is not None else "",
                 f"Section numbering starts at {first[1]}: the earlier sections are missing from this source "
                 "(marked completeness: partial). Find the full text, or leave it as an excerpt.")
