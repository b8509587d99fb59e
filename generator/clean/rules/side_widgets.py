"""A site's side widgets saved with the page as text: removed, each line recorded.

- **A list of counted links** (a blog's categories or archive, a forum's boards): two lines or more in
  a row, each a short name and its count in brackets (``小鎮故事 (12)``, ``2024年4月（5）``, ``二手交易(1,203)``),
  with the widget's short title right above it (``文章分類``, ``归档``), when it has one.
- **A list of dated links** (a blog's latest or related posts): two lines or more in a row, each a
  bullet, a short title with no sentence punctuation and the post's date at its end
  (``· 南坡修缮记 2024-03-09``), with the widget's short title above it (``最新文章``).

A line that says more (a clause, a sentence) is never part of such a list.
"""

from __future__ import annotations

import re

NAME = "side_widgets"
#: A widget's entry: a short name, then its count in brackets.
_COUNTED = re.compile(r"^\s*[^\s，。！？；,!?;:：]{1,16}(?:\s[^\s，。！？；,!?;:：]{1,8})?\s*[（(]\s*\d{1,3}(?:,\d{3})*\s*[)）]\s*$")
#: A widget's dated link: a bullet, a short title, the post's date at the end.
_DATED = re.compile(r"^\s*[·•●▪\-*]\s*[^\s，。！？；,!?;:：]{2,24}(?:\s[^\s，。！？；,!?;:：]{1,12})?\s+"
                    r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*$")
#: A widget's title: a few characters, no punctuation.
_TITLE = re.compile(r"^\s*[^\s，。！？；,!?;:：（）()]{2,8}\s*$")
_MIN = 2


def apply(doc):
    bl = doc.blocks
    gone: list = []
    i = 0
    while i < len(bl):
        j = i
        while j < len(bl) and bl[j].kind == "line" and _COUNTED.match(bl[j].text):
            j += 1
        if j == i:
            while j < len(bl) and bl[j].kind == "line" and _DATED.match(bl[j].text):
                j += 1
        if j - i >= _MIN:
            if i > 0 and bl[i - 1].kind in ("line", "h") and _TITLE.match(bl[i - 1].text) and bl[i - 1] not in gone:
                gone.append(bl[i - 1])
            gone.extend(bl[i:j])
            i = j
        else:
            i += 1
    if gone:
        with doc.batch():
            for b in gone:
                doc.remove(b, "a side widget of the site (a list of categories, archives or boards with their "
                           "counts, or of latest posts with their dates)", separates=True)
