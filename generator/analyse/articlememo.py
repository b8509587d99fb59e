"""Readings of one article on its own, kept from one analysis of a served site to the next.

Some corpus steps loop over the articles and read each alone (the credits the cleaner took out of it and
those left in its text, ``namecredits``; who holds a column's or a post's own sentences, ``speakercolumns``).
Each such reading is a function of the article (every field: ``articlekey.article_digest``) and of the code, so
a save that changes one article reads only that one again: the rest is looked up under the step's name and
the article's digest (a kept value is the value computed again; nothing approximates).

Active only inside ``session()`` (``incremental.analyse_cached``: the serve loop, ``mkdocs build`` with the
memo); elsewhere each reading is computed. Two generations are kept, as ``wirememo`` keeps them: what the last
analysis used and what this one uses.
"""

from __future__ import annotations

import contextlib

from ..articlekey import article_digest

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


def kept(step: str, article, compute):
    """``compute()`` (what ``step`` reads of ``article`` alone), or the value kept for this very article."""
    if not _state["active"]:
        return compute()
    key = (step, article_digest(article))
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
