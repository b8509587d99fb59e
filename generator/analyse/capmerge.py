"""One point per claim when the briefing is full (issue 13, property 3, and the points cap).

The cap (``_rank_and_cap``/``_cap``) keeps at most ``MAX_POINTS`` entries. When it binds, two
points that state one claim (two outlets' facets of it that the first pass filed apart, often
under two categories of one kind) cost the reader a second entry and push out a claim that only
one point carries. So before the weakest are dropped, the points that state one claim are merged:
the same kind, two outlets' members tied by the claim's structure (a shared claim key, specific
facet, figure or three rare words), linked at least ``CAP_RELAX`` of what the first pass needed,
neither taking the other side nor stating the effect the other way round. The stronger point
keeps its statement and category and takes the other's sources.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Candidate
import re

from .directions import _CAUSE_CLAUSE, _DIRECTIONS, _NEGATOR, _NEGATION_REACH, flips
from .grouping import _bounded, _fit, apart, link, opposite
from .model import Point
from .samefact import SAME_RARE, shared_hard
from .claimsubject import other_subjects
from .claimchanges import without_changes
from .general import THEME_FACETS

__all__ = ["members_of", "merge_when_full", "merge_same_claims", "duplicates", "CAP_RELAX"]

#: How much of the link the first pass needed two members of two points must reach to be merged
#: when the briefing is full (the first pass weighed every seed; here only points stay apart).
CAP_RELAX = 0.8
#: Rare words two outlets share that count as a second anchor (the same place, event, object and
#: effect named in both: "渔港", "台风", "渔船", "休渔", "受损").
MANY_RARE = 5
#: The strongest members of a point compared (bounded work for a large point).
MEMBER_SAMPLE = 4
#: Points sharing one index key beyond this many are not compared on it (a common word).
CAP_POSTING = 12


def members_of(points: list[Point], groups: list[list[Candidate]]) -> dict[str, list[Candidate]]:
    """Each point's candidates: the members of its groups whose sentence its citations quote."""
    at: dict[tuple[str, str], list[Candidate]] = {}
    for g in groups:
        for c in g:
            at.setdefault((c.sentence.article, c.sentence.paragraph), []).append(c)
    out: dict[str, list[Candidate]] = {}
    for p in points:
        found: list[Candidate] = []
        for cit in p.citations:
            for c in at.get((cit.article, cit.paragraph), ()):
                text = c.sentence.original.strip()
                if text and (text in cit.quote or cit.quote.strip() in text) and c not in found:
                    found.append(c)
        out[p.id] = found
    return out


def _keys(c: Candidate) -> set[str]:
    """What ties a candidate to a claim's structure: claim keys, specific facets, figures, rare words."""
    return ({"!" + e + ":" + w for e, w in c.claimkeys} | {"@" + f for f in c.facets - THEME_FACETS}
            | {"#" + h for h in c.hard} | {"~" + w for w in c.rare})


def _anchored(a: Candidate, b: Candidate) -> bool:
    """Two candidates share what names one claim: a claim key, a specific facet, a figure,
    ``SAME_RARE`` rare words, or two rare words and one figure two outlets round differently
    ("经济舱平均成交价为2180元" / "机票也涨到人民币2000多元") said to move the same single way."""
    shared = len(a.rare & b.rare)
    if (a.claimkeys & b.claimkeys) or ((a.facets & b.facets) - THEME_FACETS) or shared_hard(a, b) \
            or shared >= SAME_RARE:
        return True
    return shared >= ROUNDED_RARE and _rounded(a.sentence.simple, b.sentence.simple) \
        and len(_moves(a.sentence.simple)) == 1 and _moves(a.sentence.simple) == _moves(b.sentence.simple)


#: Rare words two outlets share that, with one figure each rounds differently, name one claim.
ROUNDED_RARE = 2
#: How far apart two roundings of one figure may be (larger over smaller).
ROUNDED_RATIO = 1.25
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)(?:多|余)?(万|亿)?(元|%|人次|架|辆|吨|件|间|家)")
_SCALE = {"": 1.0, "万": 1e4, "亿": 1e8}


def _amounts(simple: str) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for m in _AMOUNT.finditer(simple):
        out.setdefault(m.group(3), []).append(float(m.group(1)) * _SCALE[m.group(2) or ""])
    return out


def _rounded(a: str, b: str) -> bool:
    """Whether each sentence gives one amount of one unit that the other gives rounded: the same
    unit, within ``ROUNDED_RATIO`` of each other (the tour fee of 6万元 is no airfare of 2180元)."""
    x, y = _amounts(a), _amounts(b)
    return any(u in y and min(p, q) > 0 and max(p, q) / min(p, q) <= ROUNDED_RATIO
               for u, ps in x.items() for p in ps for q in y.get(u, ()))


def _anchors(a: Candidate, b: Candidate) -> int:
    """How many anchors two candidates share (a claim key, a specific facet, a figure, two rare
    words, and again ``MANY_RARE`` of them): across categories one is not enough (a claim key a
    long sentence's passing clause carries, a percentage of two different measures)."""
    shared = len(a.rare & b.rare)
    return (bool(a.claimkeys & b.claimkeys) + bool((a.facets & b.facets) - THEME_FACETS)
            + bool(shared_hard(a, b)) + (shared >= 2) + (shared >= MANY_RARE))


_CLAUSE = re.compile(r"[^，,；;。！？!?]+")


def _moves(simple: str) -> frozenset[str]:
    """Which ways (``up``/``down``) a sentence's own claim says things move: the direction words of
    its clauses, leaving out a condition clause ("票价上调至3元后，") and a denied word ("没有下降")."""
    out = set()
    for clause in _CLAUSE.findall(simple):
        if _CAUSE_CLAUSE.search(clause):
            continue
        for way in ("up", "down"):
            for m in _DIRECTIONS[way].finditer(clause):
                if not _NEGATOR.search(clause[max(0, m.start() - _NEGATION_REACH):m.start()]):
                    out.add(way)
    return frozenset(out)


def _against(a: str, b: str) -> bool:
    """Whether one sentence's claim says only a rise and the other's only a fall ("客流下降了一成" /
    "客流不降反升，增加了一成"): two claims, whatever subject and figure they share."""
    x, y = _moves(a), _moves(b)
    return len(x) == 1 and len(y) == 1 and x != y


def _tie(a: Candidate, b: Candidate) -> float:
    """How surely two outlets' candidates state one claim, as a share of what the first pass
    needed (0 when they never can: one outlet, nothing anchoring them, opposite sides or
    directions, one denying what the other states)."""
    if a.sentence.article == b.sentence.article or a.kind != b.kind or not _anchored(a, b):
        return 0.0
    if a.category != b.category and _anchors(a, b) < 2:
        return 0.0
    if opposite(a, b) or apart(a, b) or _bounded(a.sentence.simple) != _bounded(b.sentence.simple):
        return 0.0
    if flips(a.sentence.simple, b.sentence.simple) or _against(a.sentence.simple, b.sentence.simple):
        return 0.0
    fit = _fit(a, b)
    if fit is None:
        return 0.0
    need, _ = fit
    value = link(a, b, need * CAP_RELAX)
    return value / need if need > 0 else 0.0


def _point_tie(xs: list[Candidate], ys: list[Candidate]) -> float:
    """How surely two points state one claim: their statements (each point's first member) state
    one claim as surely as the first pass needed, and on average every member of each states the
    other's statement at least ``CAP_RELAX`` as surely (a point's other members may be facets a
    loose group took in: one of them alone never merges it). 0 when they do not."""
    if not xs or not ys:
        return 0.0
    head = _tie(xs[0], ys[0])
    if head < 1.0:
        return 0.0
    ties = [head] + [_tie(xs[0], b) for b in ys[1:]] + [_tie(a, ys[0]) for a in xs[1:]]
    mean = sum(ties) / len(ties)
    return mean if mean >= CAP_RELAX else 0.0


def _pairs(points: list[Point], members: dict[str, list[Candidate]],
           strict: bool = False) -> list[tuple[float, str, str]]:
    """(tie, stronger id, weaker id) of the point pairs that state one claim, surest first.
    ``strict`` (the briefing is not full): two statements saying a shared predicate of two
    different subjects (``claimsubject``) are never one claim."""
    sample = {p.id: members.get(p.id, [])[:MEMBER_SAMPLE] for p in points}
    posting: dict[str, list[int]] = {}
    for i, p in enumerate(points):
        for k in {k for c in sample[p.id] for k in _keys(c)}:
            posting.setdefault(k, []).append(i)
    seen: set[tuple[int, int]] = set()
    out = []
    for ids in posting.values():
        if len(ids) > CAP_POSTING:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                i, j = ids[x], ids[y]
                if (i, j) in seen or points[i].kind != points[j].kind:
                    continue
                seen.add((i, j))
                best = _point_tie(sample[points[i].id], sample[points[j].id])
                if best >= CAP_RELAX and strict and _two_claims(sample[points[i].id][0], sample[points[j].id][0]):
                    continue
                if best >= CAP_RELAX:
                    out.append((best, points[i].id, points[j].id))
    return sorted(out, key=lambda t: (-t[0], t[1], t[2]))


def _two_claims(a: Candidate, b: Candidate) -> bool:
    """Whether two statements the cap would merge still state two claims when nothing forces a
    merge: they say a shared predicate of two different subjects (``claimsubject``), or one names
    an effect on a subject (a claim key) the other does not name, and no facet or figure ties
    them ("Lumo将降低客服行业的人工成本，带动客服外包企业订单增长" / "Lumo将带动算力需求，利好服务器厂商的
    订单": the shared words are context)."""
    if other_subjects(a.sentence.simple, b.sentence.simple):
        return True
    ak, bk = without_changes(a.claimkeys), without_changes(b.claimkeys)  # (``claimchanges``)
    keyed = (ak or bk) and not (ak & bk)
    return bool(keyed and not ((a.facets & b.facets) - THEME_FACETS) and not shared_hard(a, b))


def merge_when_full(points: list[Point], limit: int, members: dict[str, list[Candidate]],
                    strength, keep_ids: frozenset = frozenset(), strict: bool = False) -> list[Point]:
    """While more than ``limit`` points stand, merge the surest pair that states one claim: the
    weaker (``strength``, smaller is stronger) joins the stronger, which keeps its statement and
    category and takes the other's sources and speakers. Pinned or edited points and those in
    ``keep_ids`` (a contention's sides) are never merged away; a point that took another's sources
    is never merged away itself, and each pair is weighed on the points' own members (no chain
    drifting from one claim to the next)."""
    if len(points) <= limit:
        return points
    by_id = {p.id: p for p in points}
    gone: set[str] = set()
    hosts: set[str] = set()
    excess = len(points) - limit
    for _, i, j in _pairs(points, members, strict):
        if excess <= 0:
            break
        if {i, j} & gone:
            continue
        a, b = by_id[i], by_id[j]
        strong, weak = (a, b) if (strength(a), a.id) <= (strength(b), b.id) else (b, a)
        if weak.pinned or weak.edited or weak.id in keep_ids or weak.id in hosts:
            strong, weak = weak, strong
            if weak.pinned or weak.edited or weak.id in keep_ids or weak.id in hosts:
                continue
        have = {(c.article, c.paragraph) for c in strong.citations}
        cites = strong.citations + tuple(c for c in weak.citations if (c.article, c.paragraph) not in have)
        names = {(s.name, s.article) for s in strong.speakers}
        speakers = strong.speakers + tuple(s for s in weak.speakers if (s.name, s.article) not in names)
        by_id[strong.id] = replace(strong, citations=cites, speakers=speakers, score=max(strong.score, weak.score))
        gone.add(weak.id)
        hosts.add(strong.id)
        excess -= 1
    return [by_id[p.id] for p in points if p.id not in gone]


def duplicates(points: list[Point], members: dict[str, list[Candidate]], strength) -> set[str]:
    """The points whose statement a stronger point (not itself such a duplicate) already states,
    as far as the first pass would link them (one anchor is enough here): when points must go,
    these go before the only point of a claim. A point's statement is what the reader sees, so
    only it is weighed (against the stronger point's strongest members)."""
    ranked = sorted(points, key=lambda p: (strength(p), p.id))
    sample = {p.id: members.get(p.id, [])[:MEMBER_SAMPLE] for p in points}
    posting: dict[str, list[int]] = {}
    out: set[str] = set()
    for i, p in enumerate(ranked):
        mine = sample[p.id]
        if mine and not p.pinned:
            head = mine[0]
            stronger = {j for k in _keys(head) for j in posting.get(k, ())[:CAP_POSTING]}
            if any(_tie(head, b) >= 1.0 for j in sorted(stronger)
                   if ranked[j].kind == p.kind and ranked[j].id not in out for b in sample[ranked[j].id]):
                out.add(p.id)
                continue
        for k in {k for c in mine for k in _keys(c)}:
            posting.setdefault(k, []).append(i)
    return out


def merge_same_claims(points: list[Point], members: dict[str, list[Candidate]], strength) -> list[Point]:
    """Two outlets' points that state one claim are one point whether or not the briefing is full:
    the pairs ``merge_when_full`` would merge are merged (the stronger keeps its statement and
    takes the other's sources), unless they still state two claims (``_two_claims``: a shared
    predicate of two different subjects, "供应商蓝海光电股价大跌6%" / "对手月光科技股价大跌6%"; an
    effect on a subject only one of them names)."""
    return merge_when_full(points, 0, members, strength, strict=True)
