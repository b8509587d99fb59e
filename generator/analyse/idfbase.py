"""The idf weights of the analysis, over a corpus size that one edit rarely moves.

``text.idf`` weighs a token ``log((1 + N) / (1 + df)) + 1`` with ``N`` the number of sentences:
every save that adds or removes a sentence moves ``N``, so every weight, so every word vector and
dot product of the grouping (``vecmemo``) misses, and a one-sentence edit costs a whole
recomputation. Here ``N`` is the sentence count rounded up to a grid of sixteen steps per
doubling (``base``): 300 sentences count as 304, 30,000 as 30,720. The weights move only by a
constant ``log((1 + base(N)) / (1 + N))`` (at most ``log(17/16)``, 0.06, against weights of 1 to
7), so which word weighs more than which, and every rarity threshold drawn from the same formula
(``groupvectors._corpus_size``), is unchanged; and an edit that keeps ``base(N)`` (all but one
edit in sixteen at the smallest corpora, all but one in a thousand at 1,000 articles) moves only
the weights of the words whose document frequency it changes. A cold build computes the same
``base(N)`` from the same sentences, so an incremental build stays byte for byte a cold one.
"""

from __future__ import annotations

from .text import idf as _idf_over

__all__ = ["base", "idf", "STEPS"]

#: Grid steps per doubling of the corpus (2**4: a weight moves by at most log(17/16)).
STEPS_LOG2 = 4
STEPS = 1 << STEPS_LOG2


def base(n: int) -> int:
    """``n`` rounded up to the grid: exact under ``2 * STEPS``, then a step of ``2**(k - 4)``
    for ``n`` in ``[2**k, 2**(k+1))``."""
    n = max(1, n)
    if n < 2 * STEPS:
        return n
    step = 1 << (n.bit_length() - 1 - STEPS_LOG2)
    return -(-n // step) * step


def idf(docs: list[list[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency over token lists, ``N`` on the grid (``base``)."""
    return _idf_over(docs, base(len(docs)))
