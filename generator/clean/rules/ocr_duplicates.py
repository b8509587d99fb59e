"""OCR's debris: a garbled copy of a phrase, and a watermark read as lines of text.

- A garbled OCR copy of a phrase, ended by ■ and followed by the clean copy, is deleted:
  "並展示多個中Sora生成,具具時間達成為 ■並展示多個由Sora生成" keeps only the clean copy: the span from
  the earlier occurrence of the words after ■ up to and including ■ goes, and is logged.
- **A watermark** (a site's or issuer's name stamped across a long image, a scanner's banner) comes
  out of OCR as the same short line three times or more, each on a line of its own between
  paragraphs, with OCR's slips in it (a stray space, one character misread: 旅游厅 / 旅游斤): every
  copy leaves the text (never a section heading). A line is such a copy when it is 6 to 30
  characters, holds no punctuation, digit or clause, stands apart (a blank line above and under it),
  equals two others or more once spaces are dropped and one character may differ, and running text
  stands between every two copies (the same cell repeated down a table's column is no watermark).
"""

import re

NAME = "ocr_duplicates"
_MARK = re.compile(r"\s*■\s*")


_MARK_FREE = re.compile(r"^[\u4e00-\u9fffA-Za-z \u3000]{6,40}$")
_LONGEST = 30


def _key(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def _near(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1


def _spread(bl, places: list[int]) -> bool:
    """Running text (a block with a sentence's end and fifteen characters or more) stands between every
    two copies: a watermark is stamped across the text, a column of a table repeats its cells together."""
    return all(any(len(b.text) >= 15 and re.search(r"[。！？!?；]", b.text) for b in bl[i + 1:j])
               for i, j in zip(places, places[1:]))


def watermarks(doc) -> None:
    """Every copy of a watermark read as lines of text leaves it (see the module)."""
    bl = doc.blocks
    cands = []
    for i, b in enumerate(bl):
        if b.kind != "line" or not _MARK_FREE.match(b.text.strip()):
            continue
        k = _key(b.text)
        apart = (i == 0 or b.gap > 0) and (i + 1 == len(bl) or bl[i + 1].gap > 0)
        if 6 <= len(k) <= _LONGEST and apart:
            cands.append((k, b))
    if len(cands) < 3:
        return
    groups: list[tuple[str, list]] = []  # (first copy's key, copies): few distinct short lines on a page
    for k, b in cands:
        for head, members in groups:
            if _near(head, k):
                members.append(b)
                break
        else:
            if len(groups) < 200:
                groups.append((k, [b]))
    where = {id(b): i for i, b in enumerate(bl)}
    with doc.batch():
        for head, members in groups:
            if len(members) >= 3 and _spread(bl, [where[id(b)] for b in members]):
                for b in members:
                    doc.remove(b, f"a watermark read as a line of text (printed {len(members)} times on the page, "
                               "OCR's slips aside)", separates=True)


def apply(doc):
    watermarks(doc)
    for b in doc.blocks:
        if b.kind != "line" or "■" not in b.text[1:]:
            continue
        edits, limit = [], len(b.text)  # from the last ■ back; applied together (linear)
        for m in reversed(list(_MARK.finditer(b.text))):
            head = b.text[m.end():m.end() + 4]
            if len(head) < 4 or m.start() == 0 or m.end() > limit:
                continue
            start = b.text.rfind(head, max(0, m.start() - 60), m.start())
            if start >= 0:
                edits.append((start, m.end(), ""))
                limit = start
            else:
                doc.flag(b.line_at(m.start()), b.text[max(0, m.start() - 20):m.end() + 20],
                         "■ inside running text: probably an image or OCR debris; check the sentence.")
        doc.edit_many(b, edits[::-1], "garbled OCR duplicate before ■ (the clean copy follows)")
