"""Lines that read as OCR garbage are flagged for the editor, never published silently as text.

A short line (a heading, a caption, a table title, a line of its own) whose Chinese does not
segment into words — nearly every character stands alone in jieba's dictionary ("慨芯版份开幅沒周",
OCR of a picture or a damaged title) — is not language. It cannot be repaired without the
original, so it is flagged with what was found; traditional text is segmented in simplified form.
A phrase of real one-character words is told apart by its common characters (的, 有, 人, 会 …).

A heading garbled in only one word ("孕球著名…" for 全球著名) passes that test, so a heading (or a
short line of its own without sentence punctuation) is also flagged when its text *opens* with two
characters that form no word, are both rare as words of their own in jieba's dictionary (joint
log-probability under :data:`RARE_PAIR`), and one of which appears nowhere else in the article:
a misread character is a stranger to its article. A name set in apposition ("…副总裁贾扬清") does
not open its heading's text and is left alone; the rule only flags, it never changes the text.
"""

from __future__ import annotations

import re
import math
from collections import Counter
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
#: Joint log-probability (natural log, jieba's unigram frequencies) under which two adjacent
#: one-character words are a rare pair: 孕+球 −21.1, 华+策 −20.0, 周+鸿 −16.
RARE_PAIR = -20.5
#: A short line of its own: at most this many characters, and no sentence punctuation.
_SHORT = 24
#: Characters of the heading's first Han run segmented to judge its opening (a heading can be huge).
_OPENING = 16
_SENTENCE_MARKS = re.compile(r"[，。；！？,;!?]")


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


def opening_rare_pair(text: str, counts: Counter) -> str | None:
    """The two characters opening ``text``'s first Han run when they form a rare non-word pair
    and one of them occurs in the article (``counts``) only in this line; else None."""
    tokenizer, t2s = _tools()
    run = _HAN_RUN.search(text)
    if run is None or len(run.group()) < 4:
        return None
    opening = run.group()[:_OPENING]
    simple = t2s.convert(opening)
    if len(simple) != len(opening):
        return None
    words = list(tokenizer.cut(simple, HMM=False))
    if len(words) < 3 or len(words[0]) != 1 or len(words[1]) != 1:
        return None
    total = tokenizer.total
    score = sum(math.log((tokenizer.FREQ.get(w) or 1) / total) for w in words[:2])
    pair = run.group()[:2]
    here = Counter(text)
    if score < RARE_PAIR and any(counts[ch] == here[ch] for ch in pair):
        return pair
    return None


def apply(doc):
    counts: Counter | None = None
    for b in doc.blocks:
        if _garbage(doc, b):
            continue
        if b.kind == "h" or (b.kind == "p" and len(b.text) <= _SHORT and not _SENTENCE_MARKS.search(b.text)):
            if counts is None:
                counts = Counter()
                for other in doc.blocks:
                    counts.update(other.text)
            pair = opening_rare_pair(b.text, counts)
            if pair:
                doc.flag(b.line, b.text,
                         f"“{pair}” at the start of this heading forms no word, its characters are rare and "
                         "one appears nowhere else in the article: probably a misread (OCR) character. "
                         "Check it against the original.")


def _garbage(doc, b) -> bool:
    """Flag the pieces of ``b`` that do not read as Chinese; True when one was flagged."""
    if b.kind not in ("p", "h", "caption") or len(b.text) > _MAX_LEN or han_count(b.text) < _MIN_HAN:
        return False
    found = False
    for piece in _PIECES.split(b.text):  # a garbled title can be glued to a good footnote
        if han_count(piece) < _MIN_HAN:
            continue
        share = single_share(piece)
        han = _HAN_RUN.findall(piece)
        common = sum(ch in _COMMON for run in han for ch in run) / max(1, sum(map(len, han)))
        if share >= SHARE and common < COMMON_MAX:
            found = True
            doc.flag(b.line_at(b.text.find(piece)), piece,
                     f"“{piece}” does not read as Chinese ({share:.0%} of its characters form no word): "
                     "probably OCR garbage or a damaged title. Restore it from the original, or delete it.")
    return found
