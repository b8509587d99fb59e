"""The web page's safety net: a passage of news the extractor left outside the main text is kept.

The extractor chooses a page's main text by its place and its density of text; a form it was not
built for (a 留言板 page whose official reply sits in a box of its own, a Q&A record, a notice
with an appended Q&A) puts news beside that choice, and the reply is lost as "page text outside
the article's main text". Whatever the form, a run of consecutive page blocks the extractor left
out (and no recovery of :mod:`.pagekeep`, :mod:`.answers`, :mod:`.exchange` took) that holds a
passage carrying claims (:func:`~generator.clean.safetynet.holds_passage`: two prose sentences or
more, a figure, a speaker's words or a dated event among them, no furniture pattern) and is no
list of links is kept, in page order, and flagged for the editor (a figure's caption is read by
:func:`~.pageparts.news_in_captions`, not here). Navigation, related-link lists,
ads and single captions never qualify (links, furniture wording, one sentence).
"""

from __future__ import annotations

from ..clean.doc import Chunk, Doc
from ..clean.safetynet import furniture_sentence, holds_passage
from ..clean.text import han_count
from .pagekeep import _insert

__all__ = ["keep_passages"]


def _runs(inventory: list[Chunk], used: set[int]) -> list[list[int]]:
    """Runs of consecutive inventory blocks the extractor left out."""
    runs, cur = [], []
    for i in range(len(inventory)):
        if i in used:
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(i)
    if cur:
        runs.append(cur)
    return runs


def keep_passages(blocks: list[Chunk], inventory: list[Chunk], used: set[int], doc: Doc) -> list[Chunk]:
    """Put back each run of left-out page blocks that holds a passage carrying news (flagged)."""
    extra: list[int] = []
    for run in _runs(inventory, used):
        text = [i for i in run if inventory[i].kind in ("line", "p", "h")
                and not inventory[i].link_only and han_count(inventory[i].text) >= 2
                and not furniture_sentence(inventory[i].text)]
        if text and holds_passage("\n".join(inventory[i].text for i in text)):
            extra += text
    if not extra:
        return blocks
    merged = list(blocks)
    for i in extra:
        b = inventory[i]
        _insert(merged, Chunk(b.kind, b.text, [(0, b.line)], 1, level=b.level, links=b.links))
        used.add(i)
    first = inventory[extra[0]]
    doc.flag(first.line, first.text[:60], f"The extractor left {len(extra)} block(s) of this page out of its main "
             "text, but they hold sentences that carry news (a figure, a speaker's words, a dated event), so "
             "they were kept. Check they belong to the article.")
    return merged
