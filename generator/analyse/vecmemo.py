"""The grouping's vectors and dot products, kept from one analysis of a served site to the next.

A candidate's word vector is the unit TF-IDF vector of its tokens; its value depends only on the
tokens (in order: the order of a vector's keys decides the order of a dot product's sum, so its
last bit) and the idf weight of each distinct token. ``unit_vector`` keeps each vector under
exactly that key, so a save whose edit moves no weight a sentence uses gets the very same object
back, and ``dot`` (``text.dot``) keeps the product of two kept vectors under their serial numbers
(in argument order: ``dot(a, b)`` and ``dot(b, a)`` may differ in the last bit). A kept value is
the value computed again, bit for bit: nothing here approximates.

What this can reuse is bounded by the idf: ``log((1 + N) / (1 + df)) + 1`` with ``N`` the number
of sentences of the corpus (or of candidates, for the character bigrams) rounded up to a grid
(``idfbase.base``: 16 steps per doubling), so a save moves only the weights of the words whose
document frequency it changes, unless it moves ``N`` across a grid step (one edit in 16 at the
smallest corpora, about one in a thousand at 1,000 articles): then every weight moves and every
vector misses.

The memo is active only inside ``session()`` (``incremental.analyse_cached``, the serve loop and
``mkdocs build`` with the memo); elsewhere ``unit_vector`` computes and ``dot`` multiplies as
before. Two generations are kept: what the last analysis used and what this one uses, so a long
serve session holds no more than two analyses' vectors and products.
"""

from __future__ import annotations

import contextlib
import itertools

__all__ = ["SERIAL", "Clauses", "unit_vector", "kept_clauses", "session", "stats", "kept_dot", "kept_pair"]


#: Serial number of each kept vector by ``id``: a kept vector is a plain dict (a dict of floats is
#: not tracked by the garbage collector; a subclass would be, and two analyses' worth of tracked
#: objects made every save trigger full collections: 0.1 s of a save on the default content). The
#: memo holds every vector it numbers, so no other object can have its ``id``.
SERIAL: dict[int, int] = {}


class Clauses(list):
    """A candidate's kept clause vectors (every one kept by ``unit_vector``), with a serial number."""

    __slots__ = ("serial",)

    def __reduce__(self):
        return (list, (list(self),))


_serials = itertools.count(1)
_state = {"active": 0}
_vecs_prev: dict = {}
_vecs_now: dict = {}
_dots_prev: dict = {}
_dots_now: dict = {}
_lists_prev: dict = {}
_lists_now: dict = {}
_pairs_prev: dict = {}
_pairs_now: dict = {}
_stats = {"clause_pairs_made": 0, "clause_pairs_kept": 0, "vectors_made": 0, "vectors_kept": 0, "dots_made": 0, "dots_kept": 0}


def stats() -> dict:
    """Counts of the current (or last) session: vectors and dot products made and kept."""
    return dict(_stats)


@contextlib.contextmanager
def session():
    """One analysis using the memo: what the previous session used may be reused; at its end,
    only what this one used is kept for the next."""
    global _vecs_prev, _vecs_now, _dots_prev, _dots_now, _lists_prev, _lists_now, _pairs_prev, _pairs_now
    if _state["active"]:  # (nested: the outer session keeps the generations)
        yield
        return
    _state["active"] = 1
    for k in _stats:
        _stats[k] = 0
    try:
        yield
    finally:
        _state["active"] = 0
        alive = _kept_ids(_vecs_now)
        for v in _vecs_prev.values():
            if id(v) not in alive:
                SERIAL.pop(id(v), None)
        _vecs_prev, _vecs_now = _vecs_now, {}
        _dots_prev, _dots_now = _dots_now, {}
        _lists_prev, _lists_now = _lists_now, {}
        _pairs_prev, _pairs_now = _pairs_now, {}


def unit_vector(tokens, weight) -> dict:
    """``unit(vector(tokens, weights))`` (``weight``: the token → idf mapping) or, for the
    character bigrams, the same with ``weight`` a function; kept while a session is active."""
    from .text import unit

    get = weight if callable(weight) else (lambda t, w=weight: w.get(t, 1.0))
    if not _state["active"]:
        return unit(_tf_idf(tokens, get))
    distinct = tuple(dict.fromkeys(tokens))
    key = (tuple(tokens), tuple(get(t) for t in distinct))
    v = _vecs_now.get(key)
    if v is None:
        v = _vecs_prev.get(key)
        if v is None:
            v = unit(_tf_idf(tokens, get))
            SERIAL[id(v)] = next(_serials)
            _stats["vectors_made"] += 1
        else:
            _stats["vectors_kept"] += 1
        _vecs_now[key] = v
    return v


def _tf_idf(tokens, get) -> dict:
    # (``text.vector``'s arithmetic: count × weight, keys in first-occurrence order)
    counts: dict = {}
    for t in tokens:
        counts[t] = counts.get(t, 0) + 1
    return {t: c * get(t) for t, c in counts.items()}


def kept_dot(sa: int, sb: int, a: dict, b: dict, compute) -> float:
    """The dot product of two kept vectors (serials ``sa``, ``sb``), from the memo or
    ``compute(a, b)`` (keys are plain ints: no tracked object per product)."""
    key = (sa << 36) | sb
    r = _dots_now.get(key)
    if r is None:
        r = _dots_prev.get(key)
        if r is None:
            r = compute(a, b)
            _stats["dots_made"] += 1
        else:
            _stats["dots_kept"] += 1
        _dots_now[key] = r
    return r


def kept_clauses(vectors: list) -> list:
    """A candidate's clause vectors as one kept list (the same object while its vectors are the
    same), so the best clause pair of two candidates can be kept (``kept_pair``)."""
    if not _state["active"] or not all(id(v) in SERIAL for v in vectors):
        return vectors
    key = tuple(SERIAL[id(v)] for v in vectors)
    out = _lists_now.get(key)
    if out is None:
        out = _lists_prev.get(key)
        if out is None:
            out = Clauses(vectors)
            out.serial = next(_serials)
        _lists_now[key] = out
    return out


def kept_pair(a: Clauses, b: Clauses, shared: int, compute) -> float:
    """``compute(a, b, shared)`` (the best clause pair's cosine) for two kept clause lists, kept."""
    if not 0 <= shared <= 15:
        return compute(a, b, shared)
    key = (a.serial << 40) | (b.serial << 4) | shared
    r = _pairs_now.get(key)
    if r is None:
        r = _pairs_prev.get(key)
        if r is None:
            r = compute(a, b, shared)
            _stats["clause_pairs_made"] += 1
        else:
            _stats["clause_pairs_kept"] += 1
        _pairs_now[key] = r
    return r


def _kept_ids(vecs: dict) -> set:
    return {id(v) for v in vecs.values()}
