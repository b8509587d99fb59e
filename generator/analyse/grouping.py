"""Grouping: one claim across outlets, by what is claimed rather than by shared characters.

Two candidates state the same claim when their wording is close (word and character-bigram
TF-IDF cosine, best clause pair) plus their structure agrees: a shared facet of the claim ("the
demo was pre-recorded", "the share price fell"), a shared figure or title, shared rare words, and
across outlets the same specific category words and direction of effect; a rise and a fall are
never one claim, nor are two owners' share moves. Clustering is greedy, strongest first, against each group's seed (and its first
members, so groups do not chain); an inverted index keeps the work linear. Sentences that are not
candidates join a claim made elsewhere when they share one of its anchors (``recruit.recruit``).
Two sentences taking opposite sides of a general question (``polarity``) are never one claim.
"""

from __future__ import annotations

import re

from .claims import Candidate, _norm
from .claimchanges import opposed_changes, other_things
from .claimkeys import _same_key, claim_keys, nominal, stated_keys
from .rarewords import anchor_words
from .general import OPPOSITE, OWNED_FACETS, THEME_FACETS, restricts
from .polarity import conflict, same_side
from .support import _movers
from .text import content_tokens, dot
from .vecmemo import Clauses, kept_pair
from .samefact import ANCHOR_RARE, COUNTED, SAME_RARE, _DENIAL, _bounded, _same_answer, _same_fact, _same_facet, _same_rare, claimed, counts_apart, shared_hard  # noqa: F401
# a candidate's vectors and anchors (``groupvectors``; recruit, the tests and the old callers import them from here)
from .groupvectors import _TITLED, _bigrams, _corpus_size, _figures, _hard, _vectors, hard_anchors, measures  # noqa: F401

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
CLAUSE_WEIGHT = 0.85
MAX_POSTING = 200


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
    if opposed_changes(a.claimkeys, b.claimkeys):
        return 0.0  # "房价上涨" and "房价回落" said of one thing: a rise and a fall, never one claim
    facets = a.facets & b.facets
    if facets & OWNED_FACETS and same_mover(a.sentence.simple, b.sentence.simple, facets) is False:
        return 0.0  # "风筝概念股大涨" / "酒店概念股大涨": two owners' moves, never one claim (``points`` agrees)
    s = 0.0
    if facets - THEME_FACETS:
        s += FACET_BONUS
    side = bool(a.polar and b.polar and same_side(a.polar, b.polar))
    if side:
        s += SIDE_BONUS  # the same answer to a question ("含有观望成分" / "说明了首日数字的水分")
    if a.claimkeys & b.claimkeys:
        s += CLAIMKEY_BONUS
    if shared_hard(a, b):
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
    if other_things(a.claimkeys, b.claimkeys):
        # "显卡销量上升" / "英译本销量增长": one change said of two things (a soft sign: what a clause's
        # change is of is read from its words, and a time or place word can stand for it)
        s -= FIGURE_APART
    if apart_figures(a, b) or counts_apart(a, b) and (a.hard & b.hard):
        # "银发经济2035年达30万亿" / "老年人口2035年突破4亿": a shared frame, two facts; "产能30万辆" / "年产能约30万套":
        # one number counting two kinds of things
        s -= FIGURE_APART
    return s + similarity(a, b, need - s)


def same_mover(text: str, other: str, facets) -> bool | None:
    """Whether two texts say a move of the same owner's (shares, a funding round): True when they
    name one owner ("大飞机概念股大涨" / "大飞机指数单日上涨3.8%"), False when each names whose and
    no owner is the same ("风筝概念股大涨" / "酒店概念股大涨": two claims however alike their wording),
    None when a text does not say whose, or there is no such move."""
    owned = facets & OWNED_FACETS
    if not owned or owned <= _SHARE_MOVES and not (_SHARES.search(text) and _SHARES.search(other)):
        return None  # ("房价上涨2至3倍": a rise, but of no one's shares)
    mine, theirs = ({w for w in _movers(t, owned) if nominal(w) and w not in _MARKETS} for t in (text, other))
    if not mine or not theirs:
        return None
    if mine & theirs:
        return True
    # an owner named in another clause of the other sentence ("A股风筝概念板块持续走强，…多只个股涨停")
    # is still the same owner: only two sentences that never name each other's are two owners
    return None if mine & _words(other) or theirs & _words(text) else False


def _words(text: str) -> set[str]:
    return set(content_tokens(text.lower()))


#: Facets of a share move, and the words that say a rise or fall is of shares.
_SHARE_MOVES = frozenset({"stock-up", "stock-down"})
_SHARES = re.compile(r"股|板块|指数|市值")
#: Where shares move, not whose they are ("A股游戏股大涨" / "A股医药股大涨": two owners).
_MARKETS = frozenset("a股 港股 美股 股市 大盘 两市 沪指 深成指 指数 单日 当日 全天 午后 早盘 尾盘 盘面 市值".split())


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
    if c.facets & seed.facets or shared_hard(c, seed) or c.claimkeys & seed.claimkeys \
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
