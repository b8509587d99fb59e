"""A title written in 《》 is a work (a film, a book, a series, a game, a short), not a product a
company sells: "《空中梦想家》", "《射雕英雄传》" are listed under 作品 in the index. A name counts
as a work when it is a product and at least half of the places that name it write it in 《》."""

from __future__ import annotations

from .model import Entity

__all__ = ["with_works"]


def with_works(entities: list[Entity] | tuple[Entity, ...], paragraphs: dict[tuple[str, str], str]) -> list[Entity]:
    """``entities`` with the products that are titles of works re-kinded ``work``."""
    out = []
    for e in entities:
        if e.kind == "product" and e.mentions:
            titled = sum(1 for m in e.mentions if f"《{m.surface}》" in paragraphs.get((m.article, m.paragraph), ""))
            if titled and titled * 2 >= len(e.mentions):
                e = Entity(e.name, "work", e.mentions, e.role, e.aliases, e.forms)
        out.append(e)
    return out
