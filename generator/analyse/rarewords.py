"""Rare words: what ties two outlets' sentences to one claim beyond shared wording.

A word is rare by its spread across the corpus (``repeated_rare``): in a few sentences, or about
once in each article that uses it — a fact that every outlet of a story repeats names its thing
once in each, and is no less one claim for being repeated. Everyday Chinese ("减少", "实施") is
never an anchor between two outlets (``anchor_words``).
"""

from __future__ import annotations

from collections import Counter

from .text import content_tokens, is_word, mainland

__all__ = ["anchor_token", "word_spread", "repeated_rare", "everyday", "anchor_words", "RARE_DOCS", "RARE_PER_ARTICLE",
           "EVERYDAY_IDF"]

#: A rare word is in at most this many sentences of the whole corpus …
RARE_DOCS = 4
#: … or, when outlets repeat it, at most this many per article that uses it (a claim every outlet
#: of a story makes names its thing about once in each: "主要利益中心" in four outlets is four
#: sentences, not the topic's word that every paragraph uses).
RARE_PER_ARTICLE = 1.5
#: jieba's IDF below which a word is everyday Chinese ("取得", "开始", "减少", "以上"): said about
#: once per article by chance, never a rare anchor (same bar as ``keywords``).
EVERYDAY_IDF = 6.0


def anchor_token(token: str) -> bool:
    """A token that can tie two outlets to one thing: a word of two or more CJK characters, or a
    model or product name in Latin letters with a digit ("ps5", "3a", "h100", "iphone15"; a
    plain Latin word is a name too when four letters or more: "xbox", "steam"), never a bare
    number or a short abbreviation of general use ("ai", "ceo")."""
    if is_word(token):
        return True
    return token.isascii() and token.isalnum() and not token.isdigit() and (
        len(token) >= 4 or (len(token) >= 2 and any(ch.isdigit() for ch in token)))


def word_spread(sentences) -> dict[str, tuple[int, int]]:
    """Per word of the corpus: in how many sentences and in how many articles it is."""
    sents: Counter = Counter()
    arts: dict[str, set[str]] = {}
    kept, now = _WORDS["kept"], {}
    for s in sentences:
        ts = now.get(s.simple) or kept.get(s.simple)  # (kept by the text: a save reads its edit's sentences only)
        if ts is None:
            ts = {mainland(t) for t in content_tokens(s.simple) if anchor_token(t)}  # ("硬体" is "硬件")
        now[s.simple] = ts
        sents.update(ts)
        for t in ts:
            arts.setdefault(t, set()).add(s.article)
    _WORDS["kept"] = now
    return {t: (n, len(arts[t])) for t, n in sents.items()}


#: Each sentence's anchor words by its text, from the last call (the same set object, so the same order).
_WORDS: dict[str, dict] = {"kept": {}}


def repeated_rare(spread: dict[str, tuple[int, int]]):
    """Whether a word is rare enough to tie two outlets' sentences to one claim: in 2+ articles and
    in at most ``RARE_DOCS`` sentences, or about once per article using it (``RARE_PER_ARTICLE``).
    Document frequency, not a fixed count: a fact that six outlets repeat names its thing in six
    sentences, and is no less one claim than a fact two outlets share; by its spread, never an
    everyday word of general Chinese (``everyday``)."""
    def rare(t: str) -> bool:
        n, a = spread.get(t, (0, 0))
        if a < 2:
            return False
        return n <= RARE_DOCS or (n <= RARE_PER_ARTICLE * a and not everyday(t))
    return rare


def everyday(word: str) -> bool:
    """A word of everyday Chinese (jieba's IDF below ``EVERYDAY_IDF``: "减少", "实施", "进入")."""
    table = _IDF.get("table")
    if table is None:  # (read once: asked some 100,000 times per analysis at 1,000 articles)
        from .keywords import jieba_idf

        table = _IDF["table"] = jieba_idf()[0]
    return table.get(word, EVERYDAY_IDF) < EVERYDAY_IDF


_IDF: dict = {}


def anchor_words(a, b) -> frozenset[str]:
    """The rare words two candidates share that are not everyday Chinese: what ties two outlets'
    sentences to one claim like a shared figure (``ANCHOR_RARE``)."""
    return frozenset(t for t in a.rare & b.rare if not everyday(t))
