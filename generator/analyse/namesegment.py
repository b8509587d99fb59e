"""jieba's segmentation and dictionary for the name finder: a word's tag, a text's words, a
paragraph's words with their offsets, and where words start and end (split from ``namewords.py``)."""

from __future__ import annotations

import bisect
from functools import lru_cache


@lru_cache(maxsize=1)
def _tags() -> tuple[dict, dict]:
    """jieba's dictionary: word → part-of-speech tag, word → frequency."""
    from .text import jieba_module

    jb = jieba_module()
    import jieba.posseg as posseg

    return posseg.dt.word_tag_tab, jb.dt.FREQ


def word_tag(word: str) -> str:
    """jieba's dictionary tag of a word ('' when the word is not in the dictionary)."""
    return _tags()[0].get(word, "")


@lru_cache(maxsize=1 << 16)
def _cut(text: str) -> tuple[str, ...]:
    """jieba's words of ``text``; a text longer than a sentence is cut in bounded pieces
    (``textutil.cut_long``: jieba's HMM is quadratic in one long run of unknown characters)."""
    from ..textutil import jieba_words

    return jieba_words(text)  # shared with ``text.tokens``: each sentence segmented once


@lru_cache(maxsize=1 << 15)
def _spans(text: str) -> tuple[tuple[tuple[int, int, str], ...], frozenset, frozenset]:
    """jieba words of a paragraph with their offsets (from the per-sentence segmentation the
    analysis has cached already), and the sets of word starts and ends."""
    from .text import split_sentences, tokens

    out: list[tuple[int, int, str]] = []
    low = text.lower()
    for off, sent in split_sentences(text):
        cursor = off
        for tok in tokens(sent):
            i = low.find(tok, cursor)
            if i < 0 or i - cursor > 2 and not text[cursor:i].isspace():
                break  # the sentence was segmented differently: fall back below
            out.append((i, i + len(tok), text[i:i + len(tok)]))
            cursor = i + len(tok)
        else:
            continue
        out = [x for x in out if x[1] <= off]
        cursor = off
        for tok in _cut(sent):
            out.append((cursor, cursor + len(tok), tok))
            cursor += len(tok)
    return tuple(out), frozenset(a for a, _, _ in out), frozenset(b for _, b, _ in out)


@lru_cache(maxsize=1 << 10)
def _span_starts(text: str) -> list[int]:
    return [a for a, _, _ in _spans(text)[0]]


def _starts_word(text: str, j: int, name: str) -> bool:
    """``name`` at ``j`` starts and ends on jieba word boundaries of its paragraph."""
    _, starts, ends = _spans(text)
    return j in starts and (j + len(name) in ends or word_tag(text[j:j + len(name)]).startswith("nr"))


def _inside_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is part of a longer dictionary word of the paragraph's segmentation
    ("梦里寻他千百度": 百度 inside 千百度; "东北大学": 北大 inside it), not glued to a neighbour
    by the segmenter's guess ("以谷歌")."""
    spans, _, _ = _spans(text)
    starts = _span_starts(text)
    k = max(0, bisect.bisect_right(starts, start) - 1)
    while k < len(spans) and spans[k][0] < end:
        a, b, tok = spans[k]
        if b > start and (a < start or b > end) and word_tag(tok):
            return True
        k += 1
    return False


def _token_starts_at(text: str, i: int) -> bool:
    """A jieba word starts at ``i``: "人工智能" does not end in the suffix 智能."""
    return i in _spans(text)[1]

