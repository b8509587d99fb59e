"""A garbled OCR copy of a phrase, ended by ■ and followed by the clean copy, is deleted.

"並展示多個中Sora生成,具具時間達成為 ■並展示多個由Sora生成" keeps only the clean copy: the span
from the earlier occurrence of the words after ■ up to and including ■ goes, and is logged.
"""

import re

NAME = "ocr_duplicates"
_MARK = re.compile(r"\s*■\s*")


def apply(doc):
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
