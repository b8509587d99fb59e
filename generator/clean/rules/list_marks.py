"""After the lines are joined, a bullet mark opening a list item of a Markdown source ("- ", "* ", "+ ", "• ") is removed: the
item is a paragraph of its own, and its text is what is quoted and summarised (a quote opening on
"- " read as garbage). Numbered items keep their number ("1. 蔚来：…"): it is part of what they say.

In any source (a report converted from PDF, a pasted text), a report's bullet ("●", "◆", "■") opening a
paragraph that is a sentence ("●核心观点：本轮降雨…。") leaves too: the sentence is what is said, the bullet
its print; a bullet over a short label or a line that ends no sentence is left to the other rules.

In a plain text, the small bullets of a list (``·``, ``•``, ``▪``, ``▸``; the paragraphing gave each
item a paragraph of its own) leave when two paragraphs or more open on the same one: the item's words
are what is said (a slide's "· 8月24日 海关总署公告…").
"""

import re

from ..text import ends_sentence, han_count

NAME = "list_marks"
_BULLET = re.compile(r"^[-*+•·▪●◆■]\s+(?=\S)")


_REPORT_BULLET = re.compile(r"^[\s\u3000]*[●◆■][\s\u3000]*(?=\S)")


_SMALL_BULLET = re.compile(r"^[\s\u3000]*([·•▪▸►◦])[\s\u3000]*(?=\S)")


def _small_bullets(doc) -> None:
    if doc.markdown:
        return
    found = [(b, m) for b in doc.blocks if b.kind == "p" and (m := _SMALL_BULLET.match(b.text))]
    counts: dict[str, int] = {}
    for _, m in found:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for b, m in found:
        if counts[m.group(1)] >= 2 and han_count(b.text) >= 2:
            doc.edit(b, 0, m.end(), "", "bullet mark of a list item (the item stays as a paragraph)")


def apply(doc):
    _small_bullets(doc)
    for b in doc.blocks:
        if b.kind not in ("line", "p"):
            continue
        if doc.markdown and (m := _BULLET.match(b.text)):
            doc.edit(b, 0, m.end(), "", "bullet mark of a list item (the item stays as a paragraph)")
        elif (m := _REPORT_BULLET.match(b.text)) and ends_sentence(b.text) \
                and han_count(b.text[m.end():]) >= 12:
            doc.edit(b, 0, m.end(), "", "a report's bullet over a sentence (the sentence stays as a paragraph)")
