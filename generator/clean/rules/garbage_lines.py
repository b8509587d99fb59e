"""Lines that read as OCR garbage are flagged for the editor, never published silently as text.

A short line (a heading, a caption, a table title, a line of its own) whose Chinese does not
segment into words — nearly every character stands alone in jieba's dictionary ("慨芯版份开幅沒周",
OCR of a picture or a damaged title) — is not language. It cannot be repaired without the
original, so it is flagged with what was found; traditional text is segmented in simplified form.
A phrase of real one-character words is told apart by its common characters (的, 有, 人, 会 …).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import han_count

NAME = "garbage_lines"
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_MIN_HAN, _MAX_LEN = 6, 200
_PIECES = re.compile(r"[，。；：:,;！？!?\s*＊、（）()「」“”]+")
#: Share of the Han characters that stand alone (no dictionary word) from which a line is garbage;
#: headlines and short sentences stay below 0.45, OCR garbage sits near 1.
SHARE = 0.8
#: The commonest characters of Chinese text (function words and the like): real phrases made of
#: one-character words are full of them ("会有更多的人想用上"), garbage is not.
_COMMON = set("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过"
              "发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前"
              "但因只从想实日更很最与将被把让给向已再都被們這個來為國說時會對還進過後現發開問")
COMMON_MAX = 0.3


@lru_cache(maxsize=1)
def _tools():
    import logging

    import jieba
    import opencc

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # its own dictionary: the build's search segmenter changes the global one
    tokenizer.initialize()
    return tokenizer, opencc.OpenCC("t2s.json")


def single_share(text: str) -> float:
    """Share of the Han characters of ``text`` that jieba leaves as one-character words."""
    tokenizer, t2s = _tools()
    runs = _HAN_RUN.findall(t2s.convert(text))
    total = sum(map(len, runs))
    single = sum(1 for r in runs for t in tokenizer.cut(r, HMM=False) if len(t) == 1)
    return single / total if total else 0.0


def apply(doc):
    for b in doc.blocks:
        if b.kind not in ("p", "h", "caption") or len(b.text) > _MAX_LEN or han_count(b.text) < _MIN_HAN:
            continue
        for piece in _PIECES.split(b.text):  # a garbled title can be glued to a good footnote
            if han_count(piece) < _MIN_HAN:
                continue
            share = single_share(piece)
            han = _HAN_RUN.findall(piece)
            common = sum(ch in _COMMON for run in han for ch in run) / max(1, sum(map(len, han)))
            if share >= SHARE and common < COMMON_MAX:
                doc.flag(b.line_at(b.text.find(piece)), piece,
                         f"“{piece}” does not read as Chinese ({share:.0%} of its characters form no word): "
                         "probably OCR garbage or a damaged title. Restore it from the original, or delete it.")
