"""Two generations of kept readings: the memo ``wirememo`` and ``articlememo`` are made of.

A reading kept under a key that names everything it reads (the texts, an article's digest, the step) is
the value computed again, so a save reuses what the previous analysis read and keeps, at the session's end,
only what this one used: what the last analysis used and what this one uses, never more.
"""

from __future__ import annotations

import contextlib

__all__ = ["Generations"]


class Generations:
    """A memo active only inside ``session()``; elsewhere ``kept`` computes."""

    def __init__(self) -> None:
        self._active = False
        self._prev: dict = {}
        self._now: dict = {}
        self._stats = {"kept": 0, "made": 0}

    def stats(self) -> dict:
        """Counts of the current (or last) session: readings made and kept."""
        return dict(self._stats)

    @contextlib.contextmanager
    def session(self):
        """One analysis using the memo: what the previous session read may be reused; at its end, only
        what this one used is kept for the next."""
        if self._active:  # (nested: the outer session keeps the generations)
            yield
            return
        self._active = True
        for k in self._stats:
            self._stats[k] = 0
        try:
            yield
        finally:
            self._active = False
            self._prev, self._now = self._now, {}

    def kept(self, key: tuple, compute):
        """``compute()``, or the value kept under ``key``."""
        if not self._active:
            return compute()
        missing = self._now
        value = self._now.get(key, missing)
        if value is missing:
            value = self._prev.get(key, missing)
            if value is missing:
                value = compute()
                self._stats["made"] += 1
            else:
                self._stats["kept"] += 1
            self._now[key] = value
        return value
