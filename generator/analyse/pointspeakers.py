"""Every quote of a point keeps its own speaker.

A point lists its holders once each, in the order its quotes vouch for them; a holder quoted again in
another paragraph or another outlet ("易明远：…" in a podcast's turn, the same man quoted by a
newspaper) is the speaker of that quote too. Without an entry there, that quote reads as unattributed
to anything that asks who said *this* paragraph (the per-quote speaker of a point). The extra entries
come after the first holders; pages show a name once (``render.briefing._speaker_list``, the digest's
and the print's lists dedupe by name)."""
from __future__ import annotations

from .model import Speaker
from .text import to_simplified

__all__ = ["more_places"]


def _key(sp: Speaker) -> str:
    return to_simplified(sp.name, "zh-Hant")


def more_places(first: list[Speaker], again: list[Speaker]) -> list[Speaker]:
    """The entries of ``again`` that name a holder already in ``first`` at a paragraph none of its
    entries covers, one per (holder, article, paragraph), in the order given. A name not in ``first``
    is not added here (the caller decided against it)."""
    holders = {_key(sp) for sp in first}
    placed = {(_key(sp), sp.article, sp.paragraph) for sp in first}
    out: list[Speaker] = []
    for sp in again:
        k = (_key(sp), sp.article, sp.paragraph)
        if k[0] in holders and k not in placed:
            placed.add(k)
            out.append(sp)
    return out
