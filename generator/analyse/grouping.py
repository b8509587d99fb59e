"""Grouping: one claim across outlets, by what is claimed rather than by shared characters.

Two candidates state the same claim when their wording is close (word and character-bigram
TF-IDF cosine, best clause pair) plus their structure agrees: a shared facet of the claim ("the
demo was pre-recorded", "the share price fell"), a shared figure or title, shared rare words, and
across outlets the same specific category words and direction of effect; a rise and a fall are
never one claim. Clustering is greedy, strongest first, against each group's seed (and its first
members, so groups do not chain); an inverted index keeps the work linear. Sentences that are not
candidates join a claim made elsewhere when they share one of its anchors (``recruit.recruit``).
Two sentences taking opposite sides of a general question (``polarity``) are never one claim.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from .claims import Candidate, _facets, _norm
from .claimkeys import SPECIFIC_DOCS, SPECIFIC_SHARE, _same_key, _subject_words, claim_keys, clause_keys, stated_keys
from .directions import direction_keys, spread_keys
from .figurekeys import figure_keys, measured_things
from .rarewords import RARE_DOCS, anchor_token, anchor_words
from .general import OPPOSITE, OWNED_FACETS, THEME_FACETS, restricts
from .polarity import conflict, polarity, same_side
from .text import clause_tokens, content_tokens, dot, is_word, mainland_tokens, unit, vector
from .vecmemo import Clauses, kept_clauses, kept_pair, unit_vector
from .samefact import ANCHOR_RARE, COUNTED, SAME_RARE, _DENIAL, _bounded, _same_answer, _same_fact, _same_facet, _same_rare, claimed  # noqa: F401

__all__ = ["cluster", "link", "one_word", "shared_words", "opposite", "similarity", "stance", "apart", "denies", "claim_keys", "stated_keys", "SUPPORT", "STANCE"]

#: Link a candidate needs to a group's seed of the same category, of another category with a
#: shared facet or figure, and of another category otherwise (wording alone).
SAME_CAT = 0.3
ANY_CAT_ANCHORED = 0.45
ANY_CAT = 0.6
#: What structure adds to wording.
FACET_BONUS = 0.3
HARD_BONUS = 0.25
SIDE_BONUS = 0.3
RARE_BONUS = 0.12
CUE_BONUS = 0.15
SIGNAL_BONUS = 0.12
#: A category word counts as an anchor when at most this share of the category's sentences use it.
KEY_CUE_SHARE = 0.3
CLAUSE_WEIGHT = 0.85
KEY_TOKENS = 16
MAX_POSTING = 200


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
    n = len(cands) or 1
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


def _direction_anchors(cands: list[Candidate], topic: frozenset) -> None:
    """Adds to each candidate's claim keys its direction keys that tie outlets (``spread_keys``)."""
    found = [(c.sentence.article, direction_keys(c.sentence.simple, topic)) for c in cands]
    keep = spread_keys(found)
    for c, (_, keys) in zip(cands, found):
        if keys & keep:
            c.claimkeys = c.claimkeys | (keys & keep)


#: Wording similarity at which two outlets' sentences are one claim whatever kind each was filed as.
REWORDING = 0.6
#: What a shared claim key (the same effect on the same subject) adds to wording.
CLAIMKEY_BONUS = 0.3

#: Members of a group a candidate is compared with (average link over the first ones).
AVG_SAMPLE = 6
def similarity(a: Candidate, b: Candidate, floor: float = 0.0, shared: int = 1) -> float:
    """How surely two candidates make the same claim (0–1): the best of whole-sentence word
    cosine, character-bigram cosine and (discounted) best clause-pair cosine. The clause pairs
    are not compared when even a perfect one could not lift the result to ``floor``; ``shared``:
    the words (quantifiers aside) a clause pair must share to count (``CLAUSE_SHARED`` where
    nothing else ties the two sentences)."""
    whole = 0.5 * dot(a.vec, b.vec) + 0.5 * dot(a.cvec, b.cvec)
    if whole >= CLAUSE_WEIGHT or CLAUSE_WEIGHT < floor:  # a clause cosine is at most 1: it cannot win
        return whole
    # (clauses sharing no word have a dot product of 0.0: the set test runs at C speed)
    # (with ``shared``, a clause pair says one thing only when it shares that many words: two
    # clauses sharing a formula, "请家长理性看待" / "请各位投资者理性看待", are no near rewording)
    if type(a.clauses) is Clauses and type(b.clauses) is Clauses:  # (``vecmemo``: kept across saves)
        clause = kept_pair(a.clauses, b.clauses, shared, _best_clause)
    else:
        clause = _best_clause(a.clauses, b.clauses, shared)
    return max(whole, CLAUSE_WEIGHT * clause)


def _best_clause(ac: list, bc: list, shared: int) -> float:
    return max((dot(x, y) for x in ac for y in bc
                if not x.keys().isdisjoint(y.keys()) and (shared <= 1 or _clause_shared(x, y) >= shared)),
               default=0.0)


#: Words two clauses must share (quantifiers aside) for their cosine to make a near rewording.
CLAUSE_SHARED = 3
#: Quantifiers and address words that say nothing of what a clause claims ("部分", "各位").
_NO_CLAIM = frozenset({"部分", "一些", "一部分", "不少", "多数", "大多数", "全部", "所有", "各地", "各位",
                       "有些", "一些人", "许多", "很多", "大家"})


def _clause_shared(x: dict, y: dict) -> int:
    return len((x.keys() & y.keys()) - _NO_CLAIM)


def link(a: Candidate, b: Candidate, need: float = 0.0) -> float:
    """How surely two candidates state the same claim: their wording (``similarity``) plus their
    structure — a shared facet of the claim, a shared figure or title, shared rare words, and
    across outlets the same category words and direction of effect; a facet of the opposite
    direction (a rise against a fall) rules it out. Below ``need`` the exact value is not
    worked out (the result is then only known to be below it)."""
    if any((x, y) in OPPOSITE for x in a.facets for y in b.facets) and not (a.facets & b.facets):
        return 0.0
    if a.polar and b.polar and opposite(a, b):
        return 0.0  # "是价格战" and "不是来打价格战的": two sides of a question, never one claim
    s = 0.0
    facets = a.facets & b.facets
    if facets - THEME_FACETS:
        s += FACET_BONUS
    side = bool(a.polar and b.polar and same_side(a.polar, b.polar))
    if side:
        s += SIDE_BONUS  # the same answer to a question ("含有观望成分" / "说明了首日数字的水分")
    if a.claimkeys & b.claimkeys:
        s += CLAIMKEY_BONUS
    if a.hard & b.hard:
        s += HARD_BONUS
    structured = s > 0.0
    # (a theme facet, "负担" whoever bears it, is a shared word, not a shared claim)
    words = s + (FACET_BONUS if facets and not (facets - THEME_FACETS) else 0.0)
    words += RARE_BONUS * min(2, len(a.rare & b.rare))
    if a.sentence.article != b.sentence.article:
        words += CUE_BONUS * min(2, len(a.keyhits & b.keyhits))
        words += SIGNAL_BONUS * min(1, len(a.signals & b.signals))
    if structured or len(shared_words(a, b)) >= 2:
        s = words
    # (one shared word, "负担" whoever bears it, with nothing else in common, is no shared claim:
    # the wording alone decides)
    if apart_figures(a, b):
        s -= FIGURE_APART  # "银发经济2035年达30万亿" / "老年人口2035年突破4亿": a shared frame, two facts
    return s + similarity(a, b, need - s)


#: What two sentences giving only different figures of different things lose from their link.
FIGURE_APART = 0.25


def apart_figures(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences each give figures, share none, and measure nothing in common (a
    bare year never ties them: a year is no figure key): two facts, whatever frame they share."""
    return bool(a.measures and b.measures and a.hard and b.hard and not (a.hard & b.hard)
                and not (a.measures & b.measures) and not ((a.facets & b.facets) - THEME_FACETS))


#: Wording similarity under which two sentences tied by one shared word state two claims.
ONE_WORD_WORDING = 0.3


def one_word(a: Candidate, b: Candidate) -> bool:
    """Whether all that ties two sentences of two outlets is one shared word and little wording:
    no shared facet, claim key, figure or answer, at most one shared rare or cue word ("停课…照护
    负担" / "拍CT，这既增加了孩子的负担"; "理性看待" in a hospital's note and a company's)."""
    if a.sentence.article == b.sentence.article:
        return False
    if ((a.facets & b.facets) - THEME_FACETS) or (a.claimkeys & b.claimkeys) or (a.hard & b.hard) \
            or (a.polar and b.polar and same_side(a.polar, b.polar)):
        return False
    return len(shared_words(a, b)) <= 1 and similarity(a, b, 0.0, CLAUSE_SHARED) < ONE_WORD_WORDING


def shared_words(a: Candidate, b: Candidate) -> frozenset:
    """The words two candidates share that tie claims: rare words, the category's distinctive cue
    words and (across outlets) kind signals, as one set (a word counted once however it ties)."""
    out = a.rare & b.rare
    if a.sentence.article != b.sentence.article:
        out = out | (a.keyhits & b.keyhits) | (a.signals & b.signals)
    return out


#: Words that take the opposite stance on a claim ("让人笑而不语", "言过其实", "说颠覆为时过早"):
#: a sentence using them is never grouped with one that does not; the pair is a contention.
STANCE = ("为时过早", "言之过早", "为时尚早", "不认同", "不足以", "难言", "言过其实", "夸大其词",
          "笑而不语", "自我表扬", "不实", "否认", "辟谣", "并不像", "站不住")


def opposite(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates take opposite sides of a general question (``polarity``): a loss
    against a profit, real demand against an inflated figure, a price war against its denial."""
    return bool(a.polar and b.polar and conflict(a.polar, b.polar, a.sentence.simple, b.sentence.simple))


def stance(c: Candidate) -> bool:
    """Whether a candidate takes the doubting side: a stance word, or an effect it denies."""
    return any(w in c.sentence.simple for w in STANCE) or any(f.startswith("denies-") for f in c.facets)


#: A verb with a negative potential complement ("解决不了", "做不到", "扛不住", "买不起"): it denies.
_CANNOT = re.compile(r"[\u4e00-\u9fff]不(?:了|到|住|起|动)(?![解])")


def denies(c: Candidate) -> bool:
    """Whether a sentence denies or restricts what it reports: a stance word, a denial ("不会",
    "无法", "V不了"), or restricting language (``general.restricts``)."""
    simple = c.sentence.simple
    return stance(c) or bool(_DENIAL.search(simple) or _CANNOT.search(simple)) or restricts(simple)


def apart(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates take opposite stances on a claim: one doubts it with a stance word
    ("不足以填补缺口") and the other states it without any denial. Two sentences that both deny or
    restrict ("单靠X不足以填补缺口" / "单靠X解决不了…问题") are on one side, whatever words they
    deny with."""
    return stance(a) != stance(b) and not (denies(a) and denies(b))


def _fit(c: Candidate, seed: Candidate, floor: float = 0.0) -> tuple[float, float] | None:
    """(the link a candidate needs to a group's seed, its link to it), or None when the two can
    never be one claim (another kind, and not one fact filed under two kinds). Below
    ``max(need, floor)`` the link is not worked out exactly."""
    if seed.kind != c.kind and not _same_fact(c, seed):
        if c.sentence.article != seed.sentence.article and not opposite(c, seed) \
                and _bounded(c.sentence.simple) == _bounded(seed.sentence.simple):
            # two outlets stating one fact in nearly the same words, one filed as an impact and
            # the other as a limit ("本学期餐费标准不作调整" twice): a near rewording is one claim
            near = similarity(c, seed, REWORDING, CLAUSE_SHARED)
            if near >= REWORDING:
                return REWORDING, near
        return None
    if seed.kind != c.kind:
        # two outlets filed one fact as an impact and as a limit: its structure and
        # wording decide, as for another category
        return ANY_CAT_ANCHORED, link(c, seed, max(ANY_CAT_ANCHORED, floor))
    # (a catch-all category none of a sentence's words gave it neither joins nor separates)
    placed = bool(c.hits and seed.hits)
    if (seed.category == c.category and placed) or _same_key(c, seed) or _same_facet(c, seed) \
            or _same_rare(c, seed) or _same_answer(c, seed):
        # the same category, or another outlet stating the same effect on the same subject
        return SAME_CAT, link(c, seed, max(SAME_CAT, floor))
    if c.facets & seed.facets or c.hard & seed.hard or c.claimkeys & seed.claimkeys \
            or len(anchor_words(c, seed)) >= ANCHOR_RARE or not placed:
        # another category, the same facet or figure: the claim's structure decides
        return ANY_CAT_ANCHORED, link(c, seed, max(ANY_CAT_ANCHORED, floor))
    # another category: only a near rewording joins (cheap whole-text test)
    return ANY_CAT, 0.5 * dot(c.vec, seed.vec) + 0.5 * dot(c.cvec, seed.cvec)


def cluster(cands: list[Candidate], weights: dict[str, float],
            topic: frozenset = frozenset(),
            opposed: list | None = None, rare=None) -> list[list[Candidate]]:
    """Group candidates making the same claim; strongest first, greedy.

    A candidate joins the group whose first member (the claim's seed, which the statement is
    made from) it links to best, provided it also links to the group as a whole (no chaining).
    Only groups sharing a distinctive word, facet or figure are compared (an inverted index), so
    the cost grows with the corpus, not with its square. A candidate that would join a group
    but takes the opposite stance stays apart; the pair (the group's seed, the candidate) is
    added to ``opposed``. ``rare``: which words are rare anchors (``repeated_rare``)."""
    _vectors(cands, weights, topic, rare)
    groups: list[list[Candidate]] = []
    index: dict[str, list[int]] = {}
    exact: dict[tuple[str, str], int] = {}
    order = sorted(cands, key=lambda c: (-c.score, c.sentence.article, c.sentence.index))
    for c in order:
        seen: set[int] = set()
        best, best_sim = None, 0.0
        same = exact.get((c.kind, _norm(c.sentence.simple)))
        if same is not None:  # the very same sentence (syndicated copy): its group, no search
            best, best_sim = same, 9.0
        keys = c.keys + tuple("@" + f for f in sorted(c.facets)) + tuple("#" + h for h in sorted(c.hard)) \
            + tuple("!" + e + ":" + w for e, w in sorted(c.claimkeys))
        for t in (keys if same is None else ()):
            posting = index.get(t, ())
            if len(posting) > MAX_POSTING:
                continue
            for gi in posting:
                if gi in seen:
                    continue
                seen.add(gi)
                g = groups[gi]
                fit = _fit(c, g[0], best_sim)
                if fit is None:
                    continue
                need, seed = fit
                if seed < need or seed <= best_sim:
                    continue
                if apart(c, g[0]):
                    if opposed is not None:
                        opposed.append((g[0], c))
                    continue
                if c.sentence.article != g[0].sentence.article \
                        and similarity(c, g[0], REWORDING, CLAUSE_SHARED) >= REWORDING:
                    # another outlet's near rewording of the seed: the seed's claim itself,
                    # whatever the group's other members say (no chaining through them)
                    best, best_sim = gi, seed
                    continue
                sample = g[1:AVG_SAMPLE]
                avg = (seed + sum(link(c, m) for m in sample)) / (1 + len(sample))
                if avg >= need * 0.75:
                    best, best_sim = gi, seed
        if best is None:
            best = len(groups)
            groups.append([c])
        else:
            groups[best].append(c)
        exact.setdefault((c.kind, _norm(c.sentence.simple)), best)
        for t in keys:
            lst = index.setdefault(t, [])
            if not lst or lst[-1] != best:
                lst.append(best)
    from .regroup import pair_rewordings, reassign  # (they weigh links as this module does)

    reassign(groups, {id(c): i for i, c in enumerate(order)})
    pair_rewordings(groups)
    return groups


#: A member of a claim is cited for it only when it links to the claim's statement this surely.
SUPPORT = 0.3
