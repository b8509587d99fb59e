"""Readings of one article on its own, kept from one analysis of a served site to the next.

Some corpus steps loop over the articles and read each alone (the credits the cleaner took out of it and
those left in its text, ``namecredits``; who holds a column's or a post's own sentences, ``speakercolumns``).
Each such reading is a function of the article (every field: ``articlekey.article_digest``) and of the code, so
a save that changes one article reads only that one again: the rest is looked up under the step's name and
the article's digest (a kept value is the value computed again; nothing approximates).

Active only inside ``session()`` (``incremental.analyse_cached``: the serve loop, ``mkdocs build`` with the
memo); elsewhere each reading is computed. Two generations are kept (``genmemo``): what the last
analysis used and what this one uses.
"""

from __future__ import annotations

from ..articlekey import article_digest
from .genmemo import Generations

__all__ = ["session", "kept", "stats"]

_memo = Generations()
session = _memo.session
stats = _memo.stats


def kept(step: str, article, compute):
    """``compute()`` (what ``step`` reads of ``article`` alone), or the value kept for this very article."""
    return _memo.kept((step, article_digest(article)), compute)
