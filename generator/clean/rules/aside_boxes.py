"""Boxes beside the article, by their SHAPE: kept as what they are, out of the text the analysis
reads (set aside: listed with the article, never a sentence of its argument or its conclusion).

- **A labelled note** of the translator or the editor: a paragraph opening on its label (``译者注：``,
  ``譯者註：``, ``編者註：``, ``Translator's note:``), in any dress (bold, in a quote, in brackets).
- **A glossary box**: three or more lines in a row, each a term and its translation and nothing else
  (``robotaxi — 無人駕駛的士``, ``break-even — 收支平衡``, ``出租车 = taxi``; joined by a dash or an equals
  sign: ``Wi-Fi：支持`` lines are a spec list), with the box's short heading
  right above them (``英中詞彙對照``).

An editor's preface (``编者按``) is the article's own text and stays. A sentence that mentions a
translation (``原文的 robotaxi 在香港一般譯作…``) outside such a note stays.
"""

from __future__ import annotations

import re

NAME = "aside_boxes"

_DRESS = r"[\s>*_【\[（(「]*"
_NOTE = re.compile(rf"^{_DRESS}(?:译者注|譯者註|譯者注|译者按|譯者按|译注|譯註|译按|譯按|编者注|編者註|编注|編註|"
                   r"Translator'?s note|Editor'?s note)(?:[\s*_]*[:：]|[\s*_]*[】\]）)」][\s*_]*[:：]?)", re.I)
_LATIN = r"[A-Za-z][A-Za-z0-9 .'’/\-]{0,40}?"
_CJK = r"[\u3400-\u9fff][^。！？!?]{0,30}?"
#: A term and its translation joined by a dash or an equals sign (a colon joins a field and its value:
#: ``Wi-Fi：支持`` is a spec list, text).
_PAIR = re.compile(rf"^[\s>*\-•·]*(?:{_LATIN}\s*(?:—{{1,2}}|–|--|\s-\s|[=＝])\s*{_CJK}|{_CJK}\s*(?:—{{1,2}}|–|--|\s-\s|[=＝])\s*{_LATIN})"
                   r"[\s*]*$")
_HEAD = re.compile(r"^[\s>*#_【\[]*[^\s，。！？,.!?：:]{2,12}[\s*_】\]]*[:：]?\s*$")
_BOX = 3  # term lines at least, for a glossary


def _texts(b) -> str:
    return b.text.strip()


def apply(doc):
    bl = doc.blocks
    gone: dict[int, str] = {}
    for k, b in enumerate(bl):
        if b.kind in ("line", "p", "caption") and len(b.text) <= 600 and _NOTE.match(b.text):
            gone[k] = "the translator's or editor's note: kept with the article, out of its text"
    k = 0
    while k < len(bl):
        j = k
        while j < len(bl) and bl[j].kind in ("line", "caption", "p") and len(bl[j].text) <= 80 and _PAIR.match(bl[j].text) \
                and re.search(r"[A-Za-z]", bl[j].text):
            j += 1
        if j - k >= _BOX:
            for i in range(k, j):
                gone[i] = "a glossary box (terms and their translations): kept with the article, out of its text"
            h = k - 1
            if h >= 0 and bl[h].kind in ("line", "caption", "p", "h") and _HEAD.match(bl[h].text) and not _PAIR.match(bl[h].text):
                gone[h] = "the glossary box's heading"
        k = max(j, k + 1)
    if not gone:
        return
    with doc.batch():
        for i, why in sorted(gone.items()):
            doc.remove(bl[i], why, action="set_aside", separates=True)
