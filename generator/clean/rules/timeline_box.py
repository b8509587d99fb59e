"""A box of dated entries beside a feature (a chronology: ``小米造車大事記``, ``大事记``, ``Timeline``),
kept as what it is: a section of its own, an entry a paragraph, its source line in the credits.

A magazine or a report prints a timeline box as short lines each opening on a date and a wide space
(``2021.03.30　宣布进军…``, ``2023年12月28日：首度公开…``). Converted to text, the lines end on no
sentence mark and run into one paragraph with the box's title and the text above.

- **The entries**: a run of three lines or more, each at most 90 characters and opening on a date
  (a year with its month, ``2023.12.28``, ``2023-12``, ``2023年12月28日``, or ``12月28日``) then a
  wide space, a colon or a dash: each entry starts a paragraph.
- **The box's title**: a short line right above the run (at most twenty characters, no clause mark):
  a heading of its own.
- **The box's source** (``資料來源：…``, ``来源：…``, ``Source: …``) right under the run: credits.
"""

import re

NAME = "timeline_box"
_DATE = (r"(?:(?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2}\s*日?|\s*月)?"
         r"|\d{1,2}\s*月\s*\d{1,2}\s*日)")
_ENTRY = re.compile(rf"^\s*{_DATE}(?:[ \t\u3000]+|\s*[：:]\s*|\s*[—–-]\s*)\S")
_SOURCE = re.compile(r"^\s*(?:資料來源|资料来源|來源|来源|Source|Sources)\s*[：:]\s*\S.{0,40}$")
_CLAUSE = re.compile(r"[，。；！？,;!?：:]")
_RUN = 3
_LONGEST = 90


def is_entry(text: str) -> bool:
    """``text`` reads as a timeline's entry: a short line opening on a date and a wide space or a colon."""
    return len(text) <= _LONGEST and bool(_ENTRY.match(text))


def _runs(bl):
    i = 0
    while i < len(bl):
        j = i
        while j < len(bl) and bl[j].kind == "line" and is_entry(bl[j].text):
            j += 1
        if j - i >= _RUN:
            yield i, j
            i = j
        else:
            i += 1


def apply(doc):
    if doc.markdown:
        return
    bl = doc.blocks
    with doc.batch():
        for i, j in list(_runs(bl)):
            for b in bl[i:j]:
                b.kind, b.starts, b.gap = "p", True, max(b.gap, 1)  # a paragraph already: never joined, never a heading
            doc.record(bl[i].line, bl[i].text, bl[i].text, "changed",
                       f"a box of {j - i} dated entries (a timeline): each entry a paragraph of its own")
            title = bl[i - 1] if i > 0 else None
            if title is not None and title.kind == "line" and len(title.text.strip()) <= 20 \
                    and not _CLAUSE.search(title.text) and (i - 1 == 0 or title.gap > 0):
                title.kind, title.level, title.starts = "h", 2, True
                doc.record(title.line, title.text, "## " + title.text.strip(), "changed", "a timeline box's title → heading")
            src = bl[j] if j < len(bl) else None
            if src is not None and src.kind == "line" and _SOURCE.match(src.text):
                credits = doc.meta.setdefault("credits", [])
                doc.to_meta(src, "credits", [] if src.text.strip() in credits else src.text.strip(),
                            "a timeline box's source line → credits")
