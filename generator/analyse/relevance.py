"""Topic relevance learned from the corpus: which paragraphs are about the topic when the editor
named it with a few words only.

An editor names a topic with a label and a handful of terms ("福岛核污染水", "抢盐"); the articles
word it their own ways ("排海", "核污水", "禁令", "扇贝"). A paragraph is about the topic when it,
or one of the few paragraphs before it, names an editor term (``claims.candidates`` marks those
candidates ``topical``) or one of the **corpus's own topic words**: words of the articles'
headlines that recur in the bodies of at least half of the articles (two at least) and are rare
in general Chinese (jieba's dictionary frequency, so "市场", "国际", "真正" never qualify while
"排海", "禁令", "价格战", "造车" do). Such words exist only when the corpus is about one subject:
in a corpus of unrelated articles no headline word recurs in half of them.

The per-article step keeps every candidate with its ``topical`` mark (an article's part never
depends on another article, so the per-article cache holds); this corpus step drops the others
that are not within reach of a corpus topic word.
"""

from __future__ import annotations

import math
from collections import Counter

from .keywords import terms_of
from .text import jieba_module

__all__ = ["corpus_topic_words", "relevant", "off_topic_sections", "GENERAL_PER_MILLION", "REACH"]

#: A word this frequent in general Chinese (per million words of jieba's dictionary) is too
#: common to name a topic ("市场" 448, "国际" 409, "真正" 159; "禁令" 6, "排海" 0).
GENERAL_PER_MILLION = 20.0
#: Paragraphs after one naming a corpus topic word that are still about it (as ``claims.TOPIC_REACH``).
REACH = 5


def _general_rate():
    jb = jieba_module()
    freq, total = jb.dt.FREQ, jb.dt.total or 1
    return lambda w: freq.get(w, 0) / total * 1e6


def corpus_topic_words(article_terms: list[Counter], titles: list[str]) -> tuple[str, ...]:
    """The corpus's own topic words: in a headline, in the bodies of at least half of the articles
    (and of two), and rare in general Chinese. Sorted (deterministic)."""
    n = len(article_terms)
    if n < 2:
        return ()
    need = max(2, math.ceil(n / 2))
    df: Counter = Counter()
    for terms in article_terms:
        df.update(set(terms))
    in_titles: set[str] = set()
    for title in titles:
        in_titles.update(terms_of(title))
    rate = _general_rate()
    return tuple(sorted(w for w in in_titles if df[w] >= need and rate(w) <= GENERAL_PER_MILLION
                        and not any(ch.isdigit() for ch in w)))


def off_topic_sections(articles, simple_of, words: tuple[str, ...]) -> set[tuple[str, str]]:
    """The paragraphs (article slug, paragraph id) of sections about something else: under a
    heading, in a section whose heading and paragraphs never name the topic (``words``: the
    editor's terms and label, the corpus's own topic words). A newsletter's or a digest's other
    items ("美国1月非农就业大超预期", "春运客流创同期新高") sit there; the topic named a few
    paragraphs earlier, in another section, does not reach them."""
    low_words = tuple(w.lower() for w in words if w)
    out: set[tuple[str, str]] = set()
    if not low_words:
        return out  # no topic named: every section is about it
    for a in articles:
        simple = simple_of(a.slug)
        section: list[str] | None = None
        named = False

        def close():
            if section is not None and not named:
                out.update((a.slug, pid) for pid in section)

        for b in a.blocks:
            if b.kind in ("h2", "h3"):
                close()
                section, named = [], any(w in simple(b.text).lower() for w in low_words)
            elif b.kind == "p" and section is not None:
                section.append(b.id)
                named = named or any(w in simple(b.text).lower().replace(" ", "") for w in low_words)
        close()
    return out


def relevant(cands: list, sentences: list, words: tuple[str, ...],
             elsewhere: set[tuple[str, str]] = frozenset()) -> list:
    """The candidates about the topic: marked ``topical`` (an editor term within reach) or within
    ``REACH`` paragraphs after one naming a corpus topic word; never one in a section about
    something else (``elsewhere``: ``off_topic_sections``)."""
    cands = [c for c in cands if (c.sentence.article, c.sentence.paragraph) not in elsewhere]
    if all(c.topical for c in cands):
        return cands
    near: set[tuple[str, int]] = set()
    if words:
        seen: set[tuple[str, int]] = set()
        for s in sentences:
            key = (s.article, s.para_index)
            if key in seen:
                continue
            seen.add(key)
            low = s.paragraph_simple.lower().replace(" ", "")
            if any(w in low for w in words):
                near.update((s.article, s.para_index + k) for k in range(REACH))
    return [c for c in cands if c.topical or (c.sentence.article, c.sentence.para_index) in near]
