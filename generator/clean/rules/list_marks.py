"""After the lines are joined, a bullet mark opening a list item of a Markdown source ("- ", "* ", "+ ", "• ") is removed: the
item is a paragraph of its own, and its text is what is quoted and summarised (a quote opening on
"- " read as garbage). Numbered items keep their number ("1. 蔚来：…"): it is part of what they say.

In any source (a report converted from PDF, a pasted text), a report's bullet ("●", "◆", "■") opening a
paragraph that is a sentence ("●核心观点：本轮降雨…。") leaves too: the sentence is what is said, the bullet
its print; a bullet over a short label or a line that ends no sentence is left to the other rules.
"""

import re

from ..text import ends_sentence, han_count

NAME = "list_marks"
_BULLET = re.compile(r"^[-*+•·▪●◆■]\s+(?=\S)")


_REPORT_BULLET = re.compile(r"^[\s\u3000]*[●◆■][\s\u3000]*(?=\S)")


def apply(doc):
    for b in doc.blocks:
        if b.kind not in ("line", "p"):
            continue
        if doc.markdown and (m := _BULLET.match(b.text)):
            doc.edit(b, 0, m.end(), "", "bullet mark of a list item (the item stays as a paragraph)")
        elif (m := _REPORT_BULLET.match(b.text)) and ends_sentence(b.text) \
                and han_count(b.text[m.end():]) >= 12:
            doc.edit(b, 0, m.end(), "", "a report's bullet over a sentence (the sentence stays as a paragraph)")
