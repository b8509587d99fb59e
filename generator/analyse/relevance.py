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
import re
from collections import Counter
from functools import lru_cache

from ..claimsignal import claim_signal

from .keywords import terms_of
from .text import jieba_module

__all__ = ["corpus_topic_words", "relevant", "off_topic_sections", "authored_units", "GENERAL_PER_MILLION", "REACH", "SHARED_WORDS",
           "SHARED_OUTLETS"]

#: A word this frequent in general Chinese (per million words of jieba's dictionary) is too
#: common to name a topic ("市场" 448, "国际" 409, "真正" 159; "禁令" 6, "排海" 0).
GENERAL_PER_MILLION = 20.0
#: Paragraphs after one naming a corpus topic word that are still about it (as ``claims.TOPIC_REACH``).
REACH = 5
#: A paragraph of a section that never names the topic is still about it when at least this many
#: of its specific words (rare in general Chinese, no everyday word) …
SHARED_WORDS = 2
#: … are each said by at least this many other sources: it speaks of what the corpus speaks of
#: (a report's chapter on "农险" or "车险" under a flood story, worded "本次灾害"), where a
#: newsletter's other item (a marathon's entries in a ferry story) shares no such word.
SHARED_OUTLETS = 1


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


def off_topic_sections(articles, simple_of, words: tuple[str, ...], sentences=()) -> set[tuple[str, str]]:
    """The paragraphs (article slug, paragraph id) of sections about something else: under a
    heading, in a section whose heading and paragraphs never name the topic (``words``: the
    editor's terms and label, the corpus's own topic words). A newsletter's or a digest's other
    items ("美国1月非农就业大超预期", "春运客流创同期新高") sit there; the topic named a few
    paragraphs earlier, in another section, does not reach them. With the corpus's ``sentences``,
    a section that speaks of what the other sources speak of (``_shared_with_others``) is about
    the topic however it words it ("本次灾害" in a report's chapter on one line of insurance)."""
    low_words = tuple(w.lower() for w in words if w)
    out: set[tuple[str, str]] = set()
    if not low_words:
        return out  # no topic named: every section is about it
    unnamed: list[tuple[str, list[str]]] = []
    for a in articles:
        simple = simple_of(a.slug)
        section: list[str] | None = None
        named = False

        def close():
            if section is not None and not named:
                unnamed.append((a.slug, section))

        for b in a.blocks:
            if b.kind in ("h2", "h3"):
                close()
                section, named = [], any(w in simple(b.text).lower() for w in low_words)
            elif b.kind == "p" and section is not None:
                section.append(b.id)
                named = named or any(w in simple(b.text).lower().replace(" ", "") for w in low_words)
        close()
    shared = _shared_with_others(sentences, unnamed) if sentences and unnamed else set()
    for slug, section in unnamed:
        out.update((slug, pid) for pid in section if (slug, pid) not in shared)
    return out


def _specific(word: str, rate) -> bool:
    """A word that can name what a story is about: two characters or more, no figure, rare in
    general Chinese and no everyday word ("玉米", "保额", "车损险"; never "情况", "影响")."""
    from .rarewords import everyday

    return len(word) >= 2 and not any(ch.isdigit() for ch in word) and rate(word) <= GENERAL_PER_MILLION \
        and not everyday(word)


def _shared_with_others(sentences, sections: list[tuple[str, list[str]]]) -> set[tuple[str, str]]:
    """The paragraphs (slug, id) of these sections at least ``SHARED_WORDS`` of whose specific
    words are each said by ``SHARED_OUTLETS`` other sources (each paragraph on its own: a mail's
    footer under the last item does not ride on the item): one pass over the corpus's sentences
    (their tokens are cached), then one look-up per word of a paragraph."""

    where: dict[tuple[str, str], set[str]] = {}
    sources: dict[str, set[str]] = {}
    for s in sentences:
        ws = _specific_words(s.simple)
        where.setdefault((s.article, s.paragraph), set()).update(ws)
        for w in ws:
            sources.setdefault(w, set()).add(s.article)
    out = set()
    for slug, section in sections:
        for pid in section:
            common = {w for w in where.get((slug, pid), ()) if len(sources.get(w, set()) - {slug}) >= SHARED_OUTLETS}
            if len(common) >= SHARED_WORDS:
                out.add((slug, pid))
    return out


#: A heading over a post, a reply or an answer carries its stamp: a date or a clock time.
_STAMP = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}[日号]?)?|\d{1,2}月\d{1,2}[日号]|\d{1,2}:\d{2}")
#: … and names its writer besides the stamp (a live page's or a news feed's "### 13:05" heads an item, not a post).
_NAMED = re.compile(r"[A-Za-z\u4e00-\u9fff]{2}")


def authored_units(articles) -> dict[tuple[str, str], str]:
    """(article slug, paragraph id) → the authored block the paragraph belongs to: a post, a reply or
    an answer under a short ``h3`` heading that carries a stamp and a name (``model.POST_HEADING``,
    "### 市水务集团 · 2024-03-19"; a feed's "### 13:05" names no writer), or a paragraph that opens on its author's label (a transcript turn, a comment, a
    chat message: "陈慧敏：…"). Read from the page's structure, whatever the form."""
    from ..model import POST_HEADING
    from .blockauthors import line_label

    out: dict[tuple[str, str], str] = {}
    for a in articles:
        unit = None
        for b in a.blocks:
            if b.kind in ("h2", "h3"):
                head = b.text.strip()
                unit = f"{a.slug}#{b.id}" if b.kind == "h3" and len(head) <= 60 and (
                    POST_HEADING.match(head) or _STAMP.search(head) and _NAMED.search(_STAMP.sub("", head))) else None
            elif b.kind == "p":
                if line_label(b.text):
                    out[(a.slug, b.id)] = f"{a.slug}¶{b.id}"
                elif unit:
                    out[(a.slug, b.id)] = unit
    return out


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence: kept across a served site's saves
def _specific_words(simple: str) -> frozenset[str]:
    """The ``_specific`` words of one (simplified) sentence."""
    from .text import content_tokens

    rate = _general_rate()
    return frozenset(t for t in content_tokens(simple) if _specific(t, rate))


def relevant(cands: list, sentences: list, words: tuple[str, ...],
             elsewhere: set[tuple[str, str]] = frozenset(), authored: dict | None = None) -> list:
    """The candidates about the topic: marked ``topical`` (an editor term within reach) or within
    ``REACH`` paragraphs after one naming a corpus topic word; never one in a section about
    something else (``elsewhere``: ``off_topic_sections``) — except that a whole authored block
    (``authored``: ``authored_units``; a post, a reply, an answer, a transcript turn) is never
    dropped while it holds a claim (``claimsignal.claim_signal``): when none of its candidates
    would stay, those that carry a claim do. A reply need not repeat the question's words."""
    kept = _relevant(cands, sentences, words, elsewhere)
    if not authored or len(kept) == len(cands):
        return kept
    ids = {id(c) for c in kept}
    units_kept = {authored.get((c.sentence.article, c.sentence.paragraph)) for c in kept}
    for c in cands:
        unit = authored.get((c.sentence.article, c.sentence.paragraph))
        if id(c) not in ids and unit is not None and unit not in units_kept and claim_signal(c.sentence.original):
            ids.add(id(c))
    return [c for c in cands if id(c) in ids]


def _relevant(cands: list, sentences: list, words: tuple[str, ...], elsewhere) -> list:
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
