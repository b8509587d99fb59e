"""Character accounting for the readers: whatever raw characters a reader neither keeps nor
records in an audit entry are found here, so that they can be recorded too (in raw order, with
their line). Linear in the size of the text: counting is done by ``collections.Counter`` on
whole strings, and only lines holding a missing character are scanned."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator

__all__ = ["unaccounted", "leftovers"]


def _count(strings: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for s in strings:
        counts.update(s)
    for ch in [c for c in counts if c.isspace()]:
        del counts[ch]
    return counts


def unaccounted(raw: str, kept: Iterable[str]) -> Counter:
    """Non-space characters of ``raw`` (with multiplicity) found in none of ``kept``."""
    return _count([raw]) - _count(kept)


def leftovers(lines: list[str], missing: Counter) -> Iterator[tuple[int, str]]:
    """(line index, the missing characters of that line in raw order), consuming ``missing``."""
    missing = +missing
    for k, line in enumerate(lines):
        if not missing:
            return
        needed = set(line).intersection(missing)
        if not needed:
            continue
        left = []
        for m in re.finditer("|".join(map(re.escape, needed)), line):
            ch = m.group(0)
            if missing[ch] > 0:
                missing[ch] -= 1
                left.append(ch)
        if left:
            yield k, "".join(left)
