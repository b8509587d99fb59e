"""A memo that keeps a call's result with the corpus-wide values it read, and reuses it while they hold.

A step of the corpus analysis that works on one article at a time (its digest, ``digestmemo``) reads
the article's own part, which a content key covers, and a few corpus-wide tables (the idf weights,
document frequencies, who names what): of each table it reads only the entries its article needs.
Keying the result on whole tables would miss on every save; keying it on the article alone would
reuse a stale result. So the call runs once with each table behind a ``Reading`` view that records
every entry it looks up (present or not, and its value), and the result is kept under the content
key with those reads. The next run with the same content key checks each recorded read against the
new table (the value, and for a dict its items in order, as iteration order can reach the output);
all equal, the kept result is the one the call would give, else it runs again.

A view answers only look-ups (``get``, ``[]``, ``in``, truth, ``len``); a call that iterates a
table or hands it to code needing a real dict raises ``Unkeepable``, and the caller runs the call
on the plain tables, keeping nothing. Active only inside ``session()`` (``incremental.analyse_cached``):
a session reuses what the previous one kept and keeps only what it used (two analyses deep, as
``vecmemo``). ``tests/test_loop19b_digestmemo.py`` compares random edit sequences with cold runs.
"""

from __future__ import annotations

import contextlib

__all__ = ["Reading", "ReadingAttrs", "Sized", "Unkeepable", "session", "active", "look_up", "keep", "stats", "same"]

_MISSING = object()


class Unkeepable(Exception):
    """The call used a table in a way the memo cannot record (iteration, a copy)."""


def same(a, b) -> bool:
    """Equal, and equal in iteration order for dicts (a Counter's tie order reaches a digest)."""
    if a is b:
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind is float or kind is str or kind is int:  # (most reads: a weight, a count; checked first)
        return a == b
    if isinstance(a, dict):
        return len(a) == len(b) and all(ka == kb and same(va, vb)
                                        for (ka, va), (kb, vb) in zip(a.items(), b.items()))
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


class Reading:
    """A read-only view of a mapping that records every entry looked up (``reads``: key → value or
    ``_MISSING``) and whether its truth or size was asked."""

    __slots__ = ("_m", "reads")

    def __init__(self, mapping, reads: dict) -> None:
        self._m = mapping
        self.reads = reads

    def _read(self, key):
        value = self._m.get(key, _MISSING)  # (``dict.get`` never calls a default factory)
        self.reads[key] = value
        return value

    def get(self, key, default=None):
        value = self._read(key)
        return default if value is _MISSING else value

    def __getitem__(self, key):
        if self._read(key) is _MISSING and hasattr(self._m, "__missing__"):
            raise Unkeepable("a missing key's default")  # a Counter's 0, a defaultdict's default (not stored)
        return self._m[key]  # (a key absent from a plain dict: the dict's own KeyError)

    def __contains__(self, key) -> bool:
        return self._read(key) is not _MISSING

    def __len__(self) -> int:
        n = len(self._m)
        self.reads[("\0len",)] = n
        return n

    def __bool__(self) -> bool:
        truth = bool(self._m)
        self.reads[("\0bool",)] = truth
        return truth

    def __iter__(self):
        raise Unkeepable("iterated")

    def keys(self):
        raise Unkeepable("iterated")

    items = values = copy = keys


class ReadingAttrs:
    """A view of an object whose named mapping attributes are ``Reading`` views, each recorded
    under ``prefix.name``; any other attribute is unkeepable."""

    def __init__(self, obj, prefix: str, mappings: tuple[str, ...], reads: dict) -> None:
        for name in mappings:
            object.__setattr__(self, name, Reading(getattr(obj, name), reads.setdefault(f"{prefix}.{name}", {})))

    def __getattr__(self, name):
        raise Unkeepable(f"attribute {name}")


class Sized:
    """A sequence of which only the length may be used (recorded in the key by the caller)."""

    def __init__(self, n: int) -> None:
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __iter__(self):
        raise Unkeepable("iterated")

    def __getitem__(self, i):
        raise Unkeepable("indexed")


def _holds(reads: dict, tables: dict) -> bool:
    """Each recorded read gives the same value on the new tables (``tables``: name → mapping or object)."""
    for name, got in reads.items():
        table = tables[name.split(".")[0]]
        if "." in name:
            table = getattr(table, name.split(".", 1)[1])
        get = table.get
        for key, value in got.items():
            if key is None:
                now = table
            elif key.__class__ is tuple and key and key[0] in ("\0len", "\0bool"):
                now = len(table) if key == ("\0len",) else bool(table) if key == ("\0bool",) else get(key, _MISSING)
            else:
                now = get(key, _MISSING)
            if now is not value and not same(now, value):
                return False
    return True


_state = {"active": 0}
_prev: dict = {}
_now: dict = {}
_stats = {"kept": 0, "made": 0, "unkeepable": 0}


def active() -> bool:
    return bool(_state["active"])


def stats() -> dict:
    return dict(_stats)


def stats_unkeepable() -> None:
    _stats["unkeepable"] += 1


@contextlib.contextmanager
def session():
    """One analysis using the memo: what the previous session kept may be reused; at its end only
    what this one used is kept."""
    global _prev, _now
    if _state["active"]:
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


def look_up(key, tables: dict):
    """The kept result under ``key`` whose reads hold on ``tables``, else ``_MISSING``."""
    for store in (_now, _prev):
        for reads, result in store.get(key, ()):
            if _holds(reads, tables):
                _now.setdefault(key, [])
                if not any(r is reads for r, _ in _now[key]):
                    _now[key].append((reads, result))
                _stats["kept"] += 1
                return result
    return _MISSING


def keep(key, reads: dict, result) -> None:
    """Keep ``result`` with the reads that made it (a few variants per key at most)."""
    _stats["made"] += 1
    variants = _now.setdefault(key, [])
    variants.append((reads, result))
    del variants[:-2]


MISSING = _MISSING
