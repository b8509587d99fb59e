"""What the timeline's merges compare rows by (a split of ``eventmerge``): a row with some fields changed,
and the rare words two rows share (the corpus's weights above a scale-free level, date words aside). Values
only."""

from __future__ import annotations

import re

from .model import Event

__all__ = ["with_changes", "rare_level", "shared_rare", "RARE_SHARE", "SHARED_RARE", "DISPUTE_RARE"]


def with_changes(e: Event, **changes) -> Event:
    fields = {f: getattr(e, f) for f in Event.__dataclass_fields__}
    fields.update(changes)
    return Event(**fields)


def _overlap(a: frozenset, b: frozenset) -> int:
    return len(a & b)


#: A word is rare in the corpus when its weight (an inverse document frequency) is at least this
#: share of the weight of a word written once: scale-free, for a corpus of 20 sentences or 20,000.
RARE_SHARE = 0.6
#: Two outlets' rows of one date are one event when they share this many rare words.
SHARED_RARE = 4
_DATE_WORD = re.compile(r"[年月日天周]|今|昨|明|底|初|旬|期间|以来|此前|之前|之后|随后")


def rare_level(weights: dict[str, float]) -> float:
    return RARE_SHARE * max(weights.values(), default=1.0)


def shared_rare(a: dict, b: dict, level: float) -> int:
    """How many rare words two rows share (date words left out: "去年" dates, it does not tell
    what happened). Two outlets' rows of one month sharing ``SHARED_RARE`` ("许家印…去年9月…被采取
    强制措施" in five outlets' words) tell one event."""
    return sum(1 for t, w in a.items() if t in b and w >= level and not _DATE_WORD.search(t))


#: Two outlets' entries a day or two apart that share this many rare words tell one event whose
#: day they disagree on (fewer than ``SHARED_RARE``: the days differ, so each tells it its own way).
DISPUTE_RARE = 3
