"""The wire-copy check's readings of texts, kept from one analysis of a served site to the next.

``wirecopy.with_copies`` reads, on every analysis, the passages each pair of cited paragraphs (and, where
they share one, each pair of whole articles) have in common. Each is a function of the two texts alone, so a
save that changes one article reads again only the pairs holding its text: the rest is looked up under the
very texts it was made from (a kept value is the value computed again; nothing approximates). (Which
passages a third article carries too is read again on every analysis: keeping each article's pieces would
save 0.27 s of CPU per save at 1,000 articles and hold about 90 MiB.)

Active only inside ``session()`` (``incremental.analyse_cached``: the serve loop, ``mkdocs build`` with the
memo); elsewhere each reading is computed. Two generations are kept (``genmemo``): what the last
analysis used and what this one uses.
"""

from __future__ import annotations

from .genmemo import Generations

__all__ = ["session", "kept", "stats"]

_memo = Generations()
session = _memo.session
stats = _memo.stats


def kept(key: tuple, compute):
    """``compute()``, or the value kept under ``key`` (the texts it reads, with the reading's name)."""
    return _memo.kept(key, compute)
