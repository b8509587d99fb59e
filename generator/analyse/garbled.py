"""A clause of OCR garbage, which dates and names nothing a reader can trust (split from
``datefind.py``)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def garbled(simple: str) -> bool:
    """A clause of OCR garbage: three or more words the dictionary does not know making up most
    of its Chinese characters ("慨芯版份|开幅|周注"); names alone never reach that share."""
    from .namewords import word_tag
    from .text import tokens

    for clause in re.split(r"[，。；：！？,;:!?]", simple):
        toks = [t for t in tokens(clause) if re.fullmatch(r"[\u4e00-\u9fff]+", t)]
        size = sum(map(len, toks))
        unknown = [t for t in toks if len(t) >= 2 and not word_tag(t)]
        if len(unknown) >= 3 and sum(map(len, unknown)) >= 0.6 * size:
            return True
    return False
