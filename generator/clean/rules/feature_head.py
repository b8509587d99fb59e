"""The head of a printed feature (a magazine's or a report's article converted from PDF, a feature
page copied as text), set as one block over its byline: its lines set apart, the byline read.

A magazine prints its feature's head lines one under the other with no blank line between them:
a kicker (``封面故事``), the headline, a subtitle, a deck of two or three wrapped lines, and the byline
of roles and names (``文／蔡宜蓁　攝影／陳冠廷``, ``撰文｜X　圖｜Y``). Read as they come, they run into
one paragraph with the lead.

- **The byline** (a line made only of roles and names set apart by ``／ | ｜``, among the page's
  first lines): the writer is the author, the others (photographer, illustrator) the credits.
- **The deck**: the lines right above the byline that read as one wrapped paragraph (each line
  above ends on a clause mark or is about as long as the line under it): a paragraph of its own.
- **The head lines** above the deck (kicker, headline, subtitle: short lines): each a line of its
  own, so that the title rule reads them as what they are. A subtitle with commas in it
  (``雷軍的豪賭，贏了訂單，輸了毛利？``), right under a headline with none, is the subtitle: the title
  rule reads no line with a comma as a headline's.
"""

from __future__ import annotations

import re

from ..text import ends_sentence
from .page_layout import _ROLE_BAR, _ROLE_PART, _WRITER

NAME = "feature_head"
_FIRST = 15  # the byline is looked for among the page's first lines
_HEAD_LEN = 40
_CLAUSE = re.compile(r"[，；,;]")
_TITLE_LEN = 5  # a headline's length at least (a kicker is shorter: ``封面故事``)
_CLAUSE_END = re.compile(r"[，、；：,;:]\s*$")


def _byline(bl) -> int | None:
    for i, b in enumerate(bl[:_FIRST]):
        if b.kind == "line" and len(b.text.strip()) <= 40 and _ROLE_BAR.match(b.text.strip()):
            return i
    return None


def _deck_start(bl, start: int, j: int) -> int:
    """The first line of the deck, the wrapped paragraph right above the byline at ``j``."""
    k = j - 1
    while k > start:
        above, below = bl[k - 1].text.strip(), bl[k].text.strip()
        if ends_sentence(above) or not (_CLAUSE_END.search(above) or len(above) >= 0.8 * len(below)):
            break
        k -= 1
    return k


def apply(doc):
    if doc.markdown:
        return
    bl = doc.blocks
    j = _byline(bl)
    if j is None:
        return
    start = max((i for i in range(j + 1) if i == 0 or bl[i].gap > 0), default=0)
    group = bl[start:j]
    if not group or any(b.kind != "line" for b in group) or any(len(b.text.strip()) > 2 * _HEAD_LEN for b in group):
        return
    byline = bl[j]
    k = _deck_start(bl, start, j)
    heads = bl[start:k]
    if any(len(b.text.strip()) > _HEAD_LEN or _CLAUSE_END.search(b.text) for b in heads):
        return  # not a head of short lines over a deck: left as it is
    for b in [*heads[1:], bl[k]]:
        if b.gap == 0:
            b.gap = 1
            doc.record(b.line, b.text, b.text, "changed", "a line of a feature's head set apart (kicker, "
                       "headline, subtitle, deck over the byline)")
    if len(heads) >= 2 and _CLAUSE.search(heads[-1].text) and not _CLAUSE.search(heads[-2].text) \
            and len(heads[-2].text.strip()) >= _TITLE_LEN and not doc.declared.get("subtitle"):
        doc.to_meta(heads[-1], "subtitle", heads[-1].text.strip(), "a feature's subtitle, under its headline → subtitle")
    for role, names in _ROLE_PART.findall(byline.text):
        if role in _WRITER and not doc.declared.get("author"):
            doc.meta.setdefault("author", names)
        elif role not in _WRITER:
            doc.meta.setdefault("credits", []).append(f"{role}：{names}")
    doc.remove(byline, "byline under a feature's head → author, credits", action="metadata", separates=True)
