"""The wire-copy check's readings of texts, kept from one analysis of a served site to the next.

``wirecopy.with_copies`` reads, on every analysis, the passages each pair of cited paragraphs (and, where
they share one, each pair of whole articles) have in common. Each is a function of the two texts alone, so a
save that changes one article reads again only the pairs holding its text: the rest is looked up under the
very texts it was made from (a kept value is the value computed again; nothing approximates). (Which
passages a third article carries too is read again on every analysis: keeping each article's pieces would
save 0.27 s of CPU per save at 1,000 articles and hold about 90 MiB.)

Active only inside ``session()`` (``incremental.analyse_cached``: the serve loop, ``mkdocs build`` with the
memo); elsewhere each reading is computed. Two generations are kept, as ``vecmemo`` keeps them: what the last
analysis used and what this one uses.
"""

from __future__ import annotations

import contextlib

__all__ = ["session", "kept", "stats"]

_state = {"active": 0}
_prev: dict = {}
_now: dict = {}
_stats = {"kept": 0, "made": 0}


def stats() -> dict:
    """Counts of the current (or last) session: readings made and kept."""
    return dict(_stats)


@contextlib.contextmanager
def session():
    """One analysis using the memo: what the previous session read may be reused; at its end, only what
    this one used is kept for the next."""
    global _prev, _now
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
        _prev, _now = _now, {}


def kept(key: tuple, compute):
    """``compute()``, or the value kept under ``key`` (the texts it reads, with the reading's name)."""
    if not _state["active"]:
        return compute()
    value = _now.get(key, _now)
    if value is _now:
        value = _prev.get(key, _prev)
        if value is _prev:
            value = compute()
            _stats["made"] += 1
        else:
            _stats["kept"] += 1
        _now[key] = value
    return value
