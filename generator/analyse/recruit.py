"""Recruiting: sentences that are not candidates join a claim another outlet made.

A sentence that states a claim without the words that make a candidate ("李彦宏连续对文心一言提出了
与《三体》相关的若干问题" supports the demo claim another outlet made with "展示") joins the claim's
group when it shares one of its anchors (facet, figure, title, rare word, or claim key: the same
effect on the same subject) and links to its seed
strongly (``grouping.link``), taking the same side of it; at most one per article.
"""

from __future__ import annotations

import math
from collections import Counter

from .figurekeys import measured_things
from .claims import Candidate, _facets

from .claimkeys import SPECIFIC_DOCS, SPECIFIC_SHARE, clause_keys
from .grouping import _bigrams, _corpus_size, _figures, _TITLED, apart, hard_anchors, link, measures
from .directions import direction_keys, spread_keys
from .rarewords import anchor_token, anchor_words, repeated_rare, word_spread
from .polarity import polarity
from .vecmemo import kept_clauses, unit_vector
from .taxonomy import Taxonomy
from .text import Sentence, cjk_len, clause_tokens, content_tokens, is_whole_sentence, is_word, mainland, mainland_tokens, unit, vector
from .text import count_words as _count

__all__ = ["recruit", "RECRUIT", "RECRUIT_ANCHORED"]

#: A sentence that is not a candidate joins a claim made elsewhere when it links to the claim's
#: seed at least this surely, sharing one of its anchors (facet, figure, title or rare word).
RECRUIT = 0.5
#: … or this surely when it shares the claim's facet, figure or title (or ``RECRUIT_RARE`` rare words).
RECRUIT_ANCHORED = 0.35
#: Rare words (``grouping.repeated_rare``) a sentence must share with a claim's seed to count as
#: anchored like a shared facet or figure: two things only this claim's outlets name ("拨备", "贷款").
RECRUIT_RARE = 2
RECRUIT_POSTING = 60


def recruit(groups: list[list[Candidate]], sentences: list[Sentence], tax: Taxonomy,
            weights: dict[str, float], skip: set[tuple[str, int]], rare=None) -> int:
    """Add to each claim the sentences of other articles that state it without the words that
    make a candidate ("李彦宏连续对文心一言提出了与《三体》相关的若干问题" supports the demo
    claim another outlet made with "展示"): same anchor, strong link to the claim's seed, at
    most one per article (``rare``: which words are rare anchors, ``grouping.repeated_rare``).
    Returns the number of sentences added."""
    member = {(c.sentence.article, c.sentence.index) for g in groups for c in g}
    multi = [g for g in groups if g[0].score > 0]
    if not multi:
        return 0
    pool = []
    for s in sentences:
        if (s.article, s.index) in member or (s.article, s.index) in skip:
            continue
        if not is_whole_sentence(s.original) or cjk_len(s.original) > 200:
            continue
        toks = {mainland(t) for t in content_tokens(s.simple) if anchor_token(t)}  # ("硬体" is "硬件")
        pool.append((s, toks))
    if rare is None:
        rare = repeated_rare(word_spread(sentences))
    topic = set(tax.topic_terms) | {tax.topic_label}
    specific = _specific(weights)
    index: dict[str, list[int]] = {}
    info = []
    for i, (s, toks) in enumerate(pool):
        facets = _facets(s.simple)
        hard = hard_anchors(s.simple, topic)
        rares = {t for t in toks if rare(t) and t not in topic}
        # the same effect on the same subject, however worded ("节省…制作成本" / "降低…的制作成本")
        keys = clause_keys(s.simple, specific, frozenset(topic))
        info.append((frozenset(facets), frozenset(hard), frozenset(rares), keys))
    # the same direction of effect on the same two things, where outlets say it about once each
    # (judged over the whole corpus: a claim's candidate and the sentences that state it elsewhere)
    found = [(s.article, direction_keys(s.simple, frozenset(topic))) for s, _ in pool]
    members = [(c, direction_keys(c.sentence.simple, frozenset(topic))) for g in groups for c in g]
    keep = spread_keys(found + [(c.sentence.article, k) for c, k in members])
    for c, k in members:
        if k & keep:
            c.claimkeys = c.claimkeys | (k & keep)
    for i, (_, dk) in enumerate(found):
        if dk & keep:
            f, h, r, keys = info[i]
            info[i] = (f, h, r, keys | (dk & keep))
    for i, (facets, hard, rares, keys) in enumerate(info):
        for k in ["@" + f for f in sorted(facets)] + ["#" + h for h in sorted(hard)] + sorted(rares) \
                + ["!" + e + ":" + w for e, w in sorted(keys)]:
            index.setdefault(k, []).append(i)
    rules = {r.category.id: r for r in tax.rules}
    added = 0
    wanted: dict[int, list[tuple[int, Candidate]]] = {}
    temps: list[Candidate] = []
    for gi, g in enumerate(groups):
        seed = g[0]
        have = {c.sentence.article for c in g}
        keys = ["@" + f for f in sorted(seed.facets)] + ["#" + h for h in sorted(seed.hard)] + sorted(seed.rare) \
            + ["!" + e + ":" + w for e, w in sorted(seed.claimkeys)]
        seen: set[int] = set()
        for k in keys:
            posting = index.get(k, ())
            if len(posting) > RECRUIT_POSTING:
                continue
            for i in posting:
                s = pool[i][0]
                if i in seen or s.article in have:
                    continue
                seen.add(i)
                rule = rules.get(seed.category)
                hits = tuple(_count(s.simple, rule.strong + rule.cues)) if rule else ()
                sig = tax.impact_signals if seed.kind == "impact" else tax.limit_signals
                t = Candidate(s, seed.category, seed.kind, 0.0, hits, signals=frozenset(_count(s.simple, sig)))
                t.facets, t.hard, t.rare, t.claimkeys = info[i]
                t.measures = measures(s.simple, topic) if t.hard else frozenset()
                t.polar = polarity(s.simple)
                temps.append(t)
                wanted.setdefault(gi, []).append((i, t))
    if not temps:
        return 0
    _vectors_only(temps, weights)
    taken: set[int] = set()
    for gi in sorted(wanted):
        g = groups[gi]
        best: dict[str, tuple[float, int, Candidate]] = {}
        for i, t in wanted[gi]:
            if i in taken:
                continue
            if apart(t, g[0]):
                continue  # "还不能完全替代" is no source of "将替代": the other side of it
            anchored = bool(t.facets & g[0].facets or t.hard & g[0].hard or t.claimkeys & g[0].claimkeys) \
                or len(anchor_words(t, g[0])) >= RECRUIT_RARE
            score = link(t, g[0], RECRUIT_ANCHORED if anchored else RECRUIT)
            if score >= (RECRUIT_ANCHORED if anchored else RECRUIT) \
                    and score > best.get(t.sentence.article, (0.0,))[0]:
                best[t.sentence.article] = (score, i, t)
        for art in sorted(best):
            _, i, t = best[art]
            taken.add(i)
            g.append(t)
            added += 1
    return added


def _specific(weights: dict[str, float]):
    """Whether a word is specific enough to name what an effect falls on (as ``grouping._anchors``
    decides it for candidates: in few sentences of the corpus)."""
    n_all = _corpus_size(weights)
    if not n_all:
        return lambda t: False
    spec_idf = math.log((1 + n_all) / (1 + max(SPECIFIC_DOCS, SPECIFIC_SHARE * n_all))) + 1.0
    return lambda t: weights.get(t, 0.0) >= spec_idf


def _one(gram: str) -> int:
    return 1  # (a recruited sentence's bigrams are counted, not weighed)


def _vectors_only(cands: list[Candidate], weights: dict[str, float]) -> None:
    """Word, bigram and clause vectors of a few candidates (anchors are set by the caller)."""
    made: dict[str, tuple] = {}  # a sentence recruited for several claims: its vectors once (read only)
    for c in cands:
        simple = c.sentence.simple
        if simple not in made:
            made[simple] = (unit_vector(mainland_tokens(content_tokens(simple)), weights),  # (``vecmemo``)
                            unit_vector(_bigrams(simple), _one),
                            kept_clauses([v for v in (unit_vector(mainland_tokens(x), weights)
                                                      for x in clause_tokens(simple)) if len(v) >= 2]))
        c.vec, c.cvec, c.clauses = made[simple]
