"""What grouping compares candidates by (a split of ``grouping``): per candidate, its word, character-bigram
and clause vectors (``_vectors``), and its anchors beyond wording (``_anchors``): its facets, figures and titles
(``_hard``, kept by the sentence's text), what its figures measure, its rare words, its category words that
say which claim, its claim keys and directions of effect. Values only; the grouping itself (``similarity``,
``link``, ``cluster``) stays in ``grouping``."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from .claims import Candidate, _facets
from .claimchanges import only_changes
from .claimkeys import SPECIFIC_DOCS, SPECIFIC_SHARE, _subject_words, claim_keys, clause_keys
from .directions import direction_keys, spread_keys
from .idfbase import base
from .figurekeys import figure_keys, measured_things
from .rarewords import RARE_DOCS, anchor_token
from .polarity import polarity
from .text import clause_tokens, content_tokens, mainland_tokens
from .vecmemo import kept_clauses, unit_vector
from .samefact import COUNTED, claimed

__all__ = ["hard_anchors", "measures"]

#: A category word counts as an anchor when at most this share of the category's sentences use it.
KEY_CUE_SHARE = 0.3
#: The heaviest words of a sentence kept as its keys (``Candidate.keys``).
KEY_TOKENS = 16


def _bigrams(simple: str) -> list[str]:
    """Character bigrams of the CJK and alphanumeric runs (spacing and punctuation ignored)."""
    return list(_bigrams_of(simple))


@lru_cache(maxsize=1 << 16)  # a sentence's bigrams, again on every analysis of a served site
def _bigrams_of(simple: str) -> tuple[str, ...]:
    runs = re.findall(r"[\u4e00-\u9fff]+|[a-z0-9]+", simple.lower())
    out = []
    for r in runs:
        if r.isascii():
            out.append(r)
        else:
            out.extend(r[i:i + 2] for i in range(len(r) - 1))
    return tuple(out)


def _vectors(cands: list[Candidate], weights: dict[str, float], topic: frozenset = frozenset(),
             rare=None) -> None:
    """Per candidate: a word TF-IDF vector of the sentence, an idf-weighted character-bigram vector
    (catches syndicated copy and differently segmented spellings) and word vectors of its clauses
    (the same claim is often one clause of a longer sentence)."""
    df: Counter = Counter()
    grams = []
    texts = [claimed(c.sentence.simple) for c in cands]
    for text in texts:
        g = _bigrams(text)
        grams.append(g)
        df.update(set(g))
    n = base(len(cands))  # (``idfbase``: an added candidate rarely moves every bigram weight)
    for c, g, text in zip(cands, grams, texts):
        # (a word of Taiwan or Hong Kong usage as its mainland word: "硬体" is "硬件")
        words = mainland_tokens(content_tokens(text))
        c.vec = unit_vector(words, weights)  # (``vecmemo``: kept across a served site's saves)
        c.cvec = unit_vector(g, lambda k: math.log((1 + n) / (1 + df[k])) + 1.0)
        c.clauses = kept_clauses([v for v in (unit_vector(mainland_tokens(x), weights) for x in clause_tokens(text))
                                  if len(v) >= 2])
        c.keys = tuple(sorted(c.vec, key=lambda t: (-c.vec[t], -len(t), t))[:KEY_TOKENS])
    _anchors(cands, topic, weights, rare)


def _figures(simple: str) -> frozenset[str]:
    """The figures a sentence gives, one key per value however it is written ("220万",
    "二百二十多万"; "5万台" → "5万"): ``figurekeys.figure_keys``."""
    return _hard(simple)[0]


_TITLED = re.compile(r"《([^》]{1,16})》|「([^」]{2,10})」|“([^”]{2,10})”")


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence: kept across a served site's saves
def _hard(simple: str) -> tuple[frozenset, frozenset, frozenset]:
    """A sentence's figures (``figure_keys``), its titles ("《…》", "「…」", short quotes) and what
    its figures measure (``measured_things``, empty without a figure). The grouping and the
    recruiting ask for each sentence's on every analysis; a served site's save asks again for
    every sentence it did not touch, so they are kept by the sentence's text (frozen: a caller
    cannot change a kept value)."""
    figures = frozenset(figure_keys(simple))
    titles = frozenset(next(g for g in m.groups() if g) for m in _TITLED.finditer(simple))
    return figures, titles, measured_things(simple) if figures | titles else frozenset()


def hard_anchors(simple: str, topic) -> frozenset:
    """A sentence's figures and titles, the topic's own words aside."""
    figures, titles, _ = _hard(simple)
    return (figures | titles) - topic


def measures(simple: str, topic) -> frozenset:
    """What a sentence's figures measure, the topic's own words aside (empty without a figure or
    a title: ``_hard``)."""
    return _hard(simple)[2] - topic


def _corpus_size(weights: dict[str, float]) -> int:
    """The number of sentences an idf table was computed over (from its highest value)."""
    if not weights:
        return 0
    top = max(weights.values())
    return max(0, round(math.exp(top - 1.0) * 2 - 1))


def _anchors(cands: list[Candidate], topic: frozenset = frozenset(), weights: dict | None = None,
             rare=None) -> None:
    """Per candidate, what ties it to the same claim elsewhere, beyond shared wording: its facets,
    its figures and titles, and its rare words (``repeated_rare`` when the corpus's spread is
    known; otherwise in few candidate sentences, but in 2+ articles)."""
    weights = weights or {}
    # rare in the whole corpus too: in at most RARE_DOCS sentences (idf of the smoothed formula)
    n_all = _corpus_size(weights)
    rare_idf = math.log((1 + n_all) / (1 + RARE_DOCS)) + 1.0 if n_all else 0.0
    sf: Counter = Counter()
    arts: dict[str, set[str]] = {}
    toks = []
    for c in cands:
        ts = {t for t in c.vec if anchor_token(t)}  # ("ps5", "3a" too)
        toks.append(ts)
        sf.update(ts)
        for t in ts:
            arts.setdefault(t, set()).add(c.sentence.article)
    rare_max = max(3, len(cands) // 100)
    # a category word says which claim only when few of the category's sentences use it
    per_cat: Counter = Counter()
    cue_df: Counter = Counter()
    for c in cands:
        per_cat[c.category] += 1
        cue_df.update((c.category, h) for h in set(c.hits))
    for c in cands:
        n = per_cat[c.category]
        c.keyhits = frozenset(h for h in c.hits if cue_df[(c.category, h)] <= max(2, KEY_CUE_SHARE * n))
    subjects = _subject_words(cands, topic)
    # a word says what an effect falls on when it is specific: in few sentences of the corpus
    spec_idf = math.log((1 + n_all) / (1 + max(SPECIFIC_DOCS, SPECIFIC_SHARE * n_all))) + 1.0 if n_all else 0.0
    toks = [{t for t in ts if not COUNTED.match(t)} for ts in toks]  # ("一条差评" / "每一条视频")
    for c, ts in zip(cands, toks):
        c.claimkeys = claim_keys(c.sentence.simple, subjects) | clause_keys(
            c.sentence.simple, lambda t: weights.get(t, 0.0) >= spec_idf, topic)
        c.facets = _facets(c.sentence.simple)
        c.polar = polarity(c.sentence.simple)
        c.hard = hard_anchors(c.sentence.simple, topic)
        c.measures = measures(c.sentence.simple, topic)
        if rare is not None:
            c.rare = frozenset(t for t in ts if rare(t) and t not in topic)
        else:
            c.rare = frozenset(t for t in ts if sf[t] <= rare_max and len(arts[t]) >= 2
                               and weights.get(t, 0.0) >= rare_idf)
    _direction_anchors(cands, topic)
    _spread_changes(cands, topic)


def _spread_changes(cands: list[Candidate], topic: frozenset) -> None:
    """Adds the changes of a measured quantity (``claimchanges``) said of a word the corpus uses
    often ("古建" in a story on a game set in old temples) where outlets state that change of it
    about once each (``spread_keys``): the word alone is the story's, a rise of its visitors or
    bookings is one claim."""
    found = [(c.sentence.article, only_changes(clause_keys(c.sentence.simple, _any_word, topic)) - c.claimkeys)
             for c in cands]
    keep = spread_keys(found)
    for c, (_, keys) in zip(cands, found):
        if keys & keep:
            c.claimkeys = c.claimkeys | (keys & keep)


def _any_word(_word: str) -> bool:
    return True


def _direction_anchors(cands: list[Candidate], topic: frozenset) -> None:
    """Adds to each candidate's claim keys its direction keys that tie outlets (``spread_keys``)."""
    found = [(c.sentence.article, direction_keys(c.sentence.simple, topic)) for c in cands]
    keep = spread_keys(found)
    for c, (_, keys) in zip(cands, found):
        if keys & keep:
            c.claimkeys = c.claimkeys | (keys & keep)
