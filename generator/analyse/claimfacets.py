"""The facets of a sentence: the specific claims it makes in words any outlet uses
(``general.FACETS``: "stock-down", "funding" …) and the strong effects it denies or defers
("denies-disrupt": "为时过早", "不足以颠覆"), a negation counted only shortly before the effect word.
A split of ``claims``, which re-exports ``_facets`` (grouping, recruit and points read it there)."""

from __future__ import annotations

import re
from functools import lru_cache

from .general import DENIABLE, DENIALS, FACETS, NEGATION_REACH


_NEGATION = re.compile(r"不|无法|难以|难言|并非|没有|未必")


def _denied(simple: str) -> set[str]:
    """The strong effects a sentence denies or defers: a denial word anywhere in it
    ("为时过早", "不认同") or a negation shortly before the effect word ("不足以颠覆")."""
    out = set()
    whole = any(d in simple for d in DENIALS)
    for effect, words in DENIABLE.items():
        for w in words:
            for m in re.finditer(re.escape(w), simple):
                before = simple[max(0, m.start() - NEGATION_REACH):m.start()]
                before = re.split(r"[，。；：！？,;:]", before)[-1]
                # an odd number of negations: "没有什么是不可替代的" denies nothing
                if whole or len(_NEGATION.findall(before)) % 2 == 1:
                    out.add("denies-" + effect)
    return out


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence: kept across a serve session's saves
def _facets(simple: str) -> frozenset[str]:
    """The specific claims a sentence makes in words any outlet uses (``general.FACETS``), and
    the strong effects it denies (``denies-disrupt`` …)."""
    low = simple.lower()
    return frozenset({f for f, words in FACETS.items() if any(w.lower() in low for w in words)}
                     | _denied(simple))
