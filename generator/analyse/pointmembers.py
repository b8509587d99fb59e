"""What a point's members share and who holds them: the specific facets its outlets have in common
(weighed when choosing the statement), the words that name facets, the holder of a sentence no one
in it is said to speak (a column's author), the category most outlets place the claim in, and how
surely a member must link to the statement to be a source or to make its speaker a holder. A split
of ``points``, which builds the points with these."""

from __future__ import annotations

import re

from .claims import Candidate
from .general import DENIABLE, FACETS, THEME_FACETS
from .model import Speaker


#: Weight, when choosing a group's statement, of carrying a facet its members share across outlets.
FACET_REP = 1.0


def facet_words(facets) -> tuple[str, ...]:
    """The words that name these facets (``general.FACETS``; a denied effect's own words)."""
    out: list[str] = []
    for f in sorted(facets):
        out.extend(DENIABLE.get(f[len("denies-"):], ()) if f.startswith("denies-") else FACETS.get(f, ()))
    return tuple(out)


def _shared_facets(g: list[Candidate]) -> frozenset:
    """Specific facets (not themes) that members from two or more articles carry: what the
    outlets of a group have in common, whatever their wording."""
    arts: dict[str, set[str]] = {}
    for c in g:
        for f in c.facets - THEME_FACETS:
            arts.setdefault(f, set()).add(c.sentence.article)
    return frozenset(f for f, a in arts.items() if len(a) >= 2)


#: A cited quote's speaker is a holder of the point only when the quote links this surely to the
#: statement's sentence (or states its claim key or specific facet): the statement is theirs too.
SPEAKER_LINK = 0.28


#: Wording (``grouping.similarity``) below which a shared theme alone does not make a sentence a
#: source: it must also share a specific facet, a rare word, a figure, a claim key, a name or
#: the answer to a question (``polarity``).
FACET_ONLY_WORDING = 0.12


#: Citations of one article a point gives at most.
PER_ARTICLE = 2


def own_holder(c: Candidate, authors: dict | None) -> Speaker | None:
    """The holder of a sentence no one in it is said to speak: the author of a column (or of a
    desk's comment paragraph, "简评：…"), when ``speakers.column_authors`` found one; never for
    a sentence quoting someone ("…“…”") or saying "我们", whose words may be someone else's; a short
    term in quotation marks ("披着“治堵”外衣", "而不是什么“立竿见影”") quotes no one."""
    from .outletvoice import quotes_speech
    from .speakerroles import names_holder

    if c.speakers or not authors or quotes_speech(c.sentence.simple) or re.search(r"我们|咱们", c.sentence.simple):
        return None

    if names_holder(c.sentence.simple):
        return None  # the sentence names its own holders ("甲承认…，乙估算…"), though no one surely
    # a column's narration is its author's, the figures it reports included ("次日即回吐收跌。这是
    # 典型的利好出尽"): the writer chose them for the argument
    return authors.get((c.sentence.article, c.sentence.paragraph)) or authors.get(c.sentence.article)


def majority_category(members: list[Candidate], seed: str) -> str:
    """The category most of a point's outlets placed its claim in (each article votes once, for
    the category of its own strongest member; the seed's on a tie): the same claim put under
    two categories by two outlets is one point, in the category its sources agree on."""
    best: dict[str, Candidate] = {}
    for c in members:
        if c.score > 0 and (c.sentence.article not in best or c.score > best[c.sentence.article].score):
            best[c.sentence.article] = c
    votes: dict[str, int] = {}
    for c in best.values():
        votes[c.category] = votes.get(c.category, 0) + 1
    if not votes:
        return seed
    top = max(votes.values())
    return seed if votes.get(seed, 0) == top else min(k for k, v in votes.items() if v == top)


def majority_kind(members: list[Candidate], seed: str, kinds: dict[str, str]) -> str:
    """The category of a point whose outlets filed one claim under two kinds (one outlet's "prices
    rose" an impact, another's "prices rose too much" a limit): the kind is decided once for the
    group, by its outlets' votes (each article once, for the kind of its strongest member), then
    on a tie by the weight of all its members' scores, then the seed's; the category is the one
    most outlets of that kind placed it in (``majority_category`` among them)."""
    best: dict[str, Candidate] = {}
    for c in members:
        if c.score > 0 and (c.sentence.article not in best or c.score > best[c.sentence.article].score):
            best[c.sentence.article] = c
    seed_kind = kinds.get(seed)
    votes: dict[str, int] = {}
    for c in best.values():
        k = kinds.get(c.category)
        if k is not None:
            votes[k] = votes.get(k, 0) + 1
    if len(votes) < 2:
        return majority_category(members, seed)
    top = max(votes.values())
    tied = sorted(k for k, v in votes.items() if v == top)
    if len(tied) > 1:
        weight: dict[str, float] = {}
        for c in members:
            k = kinds.get(c.category)
            if k in tied and c.score > 0:
                weight[k] = weight.get(k, 0.0) + c.score
        heavy = max(weight.values(), default=0.0)
        tied = sorted(k for k in tied if weight.get(k, 0.0) == heavy) or tied
    kind = seed_kind if seed_kind in tied else tied[0]
    own = [c for c in members if kinds.get(c.category) == kind]
    return majority_category(own, seed if seed_kind == kind else own[0].category)
