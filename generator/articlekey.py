"""An article's content digest, made once per build and shared by the analysis' and the renderer's caches.

The analysis keeps each article's own part under a key over the article (``analyse/incremental.part_key``) and
the render cache keys each article's pages on it (``render/cache.py``): both hashed a pickle of the whole article,
at 1,000 articles some 0.3 s of CPU each on every save. The digest is kept by the article object (held, so its
id is not reused; an ``Article`` is frozen, so the same object has the same content) until the next analysis
starts (``forget``), so each build pickles each article once. The pickle has no memo (``fast``): equal values
give equal digests however their strings happen to be shared.
"""

from __future__ import annotations

import hashlib
import pickle

__all__ = ["article_digest", "forget"]

_KEPT: dict[int, tuple[object, bytes]] = {}


class _Hasher:
    """A file-like sink feeding a hash (the pickle is never held whole)."""

    def __init__(self, h) -> None:
        self.h = h

    def write(self, data) -> int:
        self.h.update(data)
        return len(data)


def article_digest(article) -> bytes:
    """The sha256 of the article's pickle (every field), once per article object."""
    found = _KEPT.get(id(article))
    if found is None or found[0] is not article:
        h = hashlib.sha256(b"article\0")
        pickler = pickle.Pickler(_Hasher(h), protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True
        pickler.dump(article)
        if len(_KEPT) > 50_000:  # (bounded whoever calls it: a long process building many corpora)
            _KEPT.clear()
        found = _KEPT[id(article)] = (article, h.digest())
    return found[1]


def forget() -> None:
    """A new build's articles: let the last one's go."""
    _KEPT.clear()
