"""After the lines are joined, a bullet mark opening a list item of a Markdown source ("- ", "* ", "+ ", "• ") is removed: the
item is a paragraph of its own, and its text is what is quoted and summarised (a quote opening on
"- " read as garbage). Numbered items keep their number ("1. 蔚来：…"): it is part of what they say.
"""

import re

NAME = "list_marks"
_BULLET = re.compile(r"^[-*+•·▪●◆■]\s+(?=\S)")


def apply(doc):
    if not doc.markdown:
        return
    for b in doc.blocks:
        if b.kind not in ("line", "p"):
            continue
        m = _BULLET.match(b.text)
        if m:
            doc.edit(b, 0, m.end(), "", "bullet mark of a list item (the item stays as a paragraph)")
