"""Straight double quotes read as the quotation marks they stand for.

Pages converted from other forms (OCR'd print, app share pages, minutes typed in an editor, e-mail)
often write Chinese quotations with the ASCII mark ("…") instead of “…”. Read as it is, the mark is
ambiguous: a sentence ending "…了。" followed by a quotation takes the quotation's opening mark as its
own closing one, and a holder's span ("X说：“…”") never finds where the quotation ends. Here each
straight mark in Chinese text becomes the curly mark it stands for, one character for one (offsets
into the original stay valid): marks alternate, opening then closing; a mark with nothing but
punctuation after it closes (a quotation whose opening was in an earlier sentence). Latin text
(`"Hello," he said` with no Chinese character next to the mark) is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["curly_quotes"]

_MARK = re.compile('"')
_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
#: After a closing mark: the end, punctuation, a space.
_TRAILING = re.compile(r"[\s。，、；：！？…）)」”\]】]*$")


def _chinese_next_to(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return bool(_CJK.match(before) or _CJK.match(after))


def curly_quotes(text: str) -> str:
    """``text`` with each straight double quote next to Chinese text as “ or ” (same length)."""
    if '"' not in text or not _CJK.search(text):
        return text
    marks: list[tuple[int, str]] = []
    open_ = False
    for m in _MARK.finditer(text):  # (the marks only: linear in the marks, a megabyte line read once)
        i = m.start()
        if not _chinese_next_to(text, i):
            continue
        if not open_ and i > 0 and _TRAILING.match(text, i + 1) and text[i - 1] in "。！？…":
            marks.append((i, "”"))  # "…路线。" ending a quotation opened in an earlier sentence
            continue
        marks.append((i, "”" if open_ else "“"))
        open_ = not open_
    if not marks:
        return text
    pieces, at = [], 0
    for i, ch in marks:
        pieces += [text[at:i], ch]
        at = i + 1
    pieces.append(text[at:])
    return "".join(pieces)
