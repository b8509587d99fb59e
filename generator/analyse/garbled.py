"""A clause of OCR garbage, which dates and names nothing a reader can trust (split from
``datefind.py``)."""

from __future__ import annotations

import re
from functools import lru_cache


#: A part of a day or a trading session the dictionary lacks ("今早低开3.5%", "昨晚", "早段升5%"):
#: words of a report, never OCR garbage.
_TIME_WORD = re.compile(r"[今昨明前当翌次](?:早|晨|晚|夜|午|早上|晚上)|[早午尾]段|[早午尾]盘|盘[初中尾]")


@lru_cache(maxsize=1 << 16)
def garbled(simple: str) -> bool:
    """A clause of OCR garbage: three or more words the dictionary does not know making up most
    of its Chinese characters ("慨芯版份|开幅|周注"); names alone never reach that share."""
    from .namewords import word_tag
    from .text import tokens

    for clause in re.split(r"[，。；：！？,;:!?]", simple):
        toks = [t for t in tokens(clause) if re.fullmatch(r"[\u4e00-\u9fff]+", t)]
        size = sum(map(len, toks))
        unknown = [t for t in toks if len(t) >= 2 and not word_tag(t) and not _TIME_WORD.fullmatch(t)]
        if len(unknown) >= 3 and sum(map(len, unknown)) >= 0.6 * size:
            return True
    return False
