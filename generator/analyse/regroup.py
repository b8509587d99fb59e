"""Regrouping: one refining pass over the greedy clusters (issue 13, property 3).

``grouping.cluster`` places candidates strongest first; a member is placed with the best seed
that exists when its turn comes. An outlet's weaker sentence that is the seed of the very claim
a member states comes later, and the member stays with a merely related, stronger sentence
("直接的影响是影视行业，特别是特效行业" with a list of industries, before "Sora会对影视的特效制作环节
带来巨大影响" was seen). Here every member is weighed once more against the seeds that came
after it, of other outlets, with the same rules as the first pass, and moves when it links to
one clearly more surely; never to a seed it takes the other side of.
"""

from __future__ import annotations

from .claims import Candidate
from .directions import flips
from .grouping import AVG_SAMPLE, CLAUSE_SHARED, MAX_POSTING, REWORDING, _bounded, _fit, apart, link, opposite, similarity

__all__ = ["reassign", "pair_rewordings", "REASSIGN_MARGIN"]


#: How much better a member must link to another group's seed than to its own to move there.
REASSIGN_MARGIN = 0.1
#: Members sharing a word beyond this many are not compared for near rewordings (a common word).
PAIR_POSTING = 24


def _index_keys(c: Candidate) -> tuple[str, ...]:
    return c.keys + tuple("@" + f for f in sorted(c.facets)) + tuple("#" + h for h in sorted(c.hard)) \
        + tuple("!" + e + ":" + w for e, w in sorted(c.claimkeys))


def reassign(groups: list[list[Candidate]], rank: dict[int, int]) -> None:
    """One refining pass: a member placed greedily, before the seed of its own claim was seen,
    moves to the group whose seed it states clearly more surely (``REASSIGN_MARGIN``) — a facet of
    one claim that an outlet stated after a stronger, merely related sentence took it. Seeds stay;
    every move is decided against the first pass's groups, so the order of moves changes nothing.
    Only seeds sharing a distinctive word, facet or figure with the member are compared."""
    seeds: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        for t in _index_keys(g[0]):
            seeds.setdefault(t, []).append(gi)
    moves: list[tuple[int, Candidate, int]] = []
    for gi, g in enumerate(groups):
        for m in g[1:]:
            own = link(m, g[0])
            best, best_sim = None, own + REASSIGN_MARGIN
            seen = {gi}
            for t in _index_keys(m):
                posting = seeds.get(t, ())
                if len(posting) > MAX_POSTING:
                    continue
                for gj in posting:
                    if gj in seen:
                        continue
                    seen.add(gj)
                    other = groups[gj]
                    if other[0].sentence.article == m.sentence.article or rank[id(other[0])] < rank[id(m)]:
                        # a move joins outlets, and only with a claim whose seed came after the
                        # member was placed (the first pass weighed the seeds it had)
                        continue
                    fit = _fit(m, other[0], best_sim)
                    if fit is None:
                        continue
                    need, value = fit
                    if value < need or value <= best_sim or apart(m, other[0]):
                        continue
                    if flips(other[0].sentence.simple, m.sentence.simple):
                        continue  # it says the seed's direction the other way round ("会增加" / "不会增加")
                    sample = other[1:AVG_SAMPLE]
                    avg = (value + sum(link(m, x) for x in sample if x is not m)) / (1 + len(sample))
                    if avg >= need * 0.75:
                        best, best_sim = gj, value
            if best is not None:
                moves.append((gi, m, best))
    for gi, m, gj in moves:
        groups[gi] = [x for x in groups[gi] if x is not m]
        groups[gj].append(m)


def pair_rewordings(groups: list[list[Candidate]]) -> None:
    """Two outlets' near rewordings of one claim that greedy placing left as members of two other
    claims ("Sora是人工智能发展进程中的里程碑" in one outlet's list of brokers' views, placed with a
    claim about brokers' reports, and in another's quote of one broker, placed with a claim on
    computing demand): when the two link to each other more surely than each links to its own
    seed, they leave and make one claim of their own (the stronger one its seed). Only members
    sharing a distinctive word are compared (the groups' keys), so the work stays linear."""
    where: dict[int, int] = {}
    own: dict[int, float] = {}
    index: dict[str, list[Candidate]] = {}
    members = []
    for gi, g in enumerate(groups):
        for m in g[1:]:
            where[id(m)] = gi
            members.append(m)
            for t in m.keys:
                index.setdefault(t, []).append(m)
    pairs = []
    for m in members:
        seen = {id(m)}
        for t in m.keys:
            posting = index.get(t, ())
            if len(posting) > PAIR_POSTING:
                continue  # (a near rewording shares words few members use)
            for o in posting:
                if id(o) in seen or where[id(o)] == where[id(m)] or o.sentence.article == m.sentence.article \
                        or o.kind != m.kind:
                    continue
                seen.add(id(o))
                if similarity(m, o, REWORDING, CLAUSE_SHARED) < REWORDING:
                    continue
                if opposite(m, o) or apart(m, o) or _bounded(m.sentence.simple) != _bounded(o.sentence.simple):
                    continue
                together = link(m, o)
                for x in (m, o):
                    if id(x) not in own:
                        own[id(x)] = link(x, groups[where[id(x)]][0])
                if together > max(own[id(m)], own[id(o)]) + REASSIGN_MARGIN:
                    key = tuple(sorted((where[id(m)], where[id(o)])))
                    pairs.append((-together, key, m, o))
    moved: set[int] = set()
    made: list[list[Candidate]] = []
    for _, _, m, o in sorted(pairs, key=lambda x: (x[0], x[1])):
        if id(m) in moved or id(o) in moved:
            continue
        moved.update((id(m), id(o)))
        made.append(sorted((m, o), key=lambda c: -c.score))
    if not made:
        return
    for gi, g in enumerate(groups):
        groups[gi] = [c for c in g if id(c) not in moved or c is g[0]]
    groups.extend(made)
