"""The paper's own piece boxed beside an article: a column label (``短评``, ``编后``, ``记者手记``,
``评论员观察``…) over its headline and its paragraphs.

The phenomenon: a newspaper page (an e-paper, a news site) often sets a short signed piece of its
own next to the report (a comment, an editor's afterword, the reporter's notes), in a box the
extractor of the main text leaves out as page furniture. It is the outlet's own view on the story,
content a reader of the page reads: when the page prints a column label of that kind, alone on its
line, over a short headline and at least one paragraph of sentences, all left out, the box is kept
after the article as a section of its own, headed ``短评：<its headline>``, its paragraphs under it
(recorded). A box whose lines are links or short items (a list of related reports) stays out.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from ..clean.text import han_count

__all__ = ["boxed_pieces", "box_label"]

_LABEL = re.compile(r"^\s*[【\[［]?\s*(?:短评|短評|快评|快評|小评|小評|时评|時評|点评|點評|编后|編後|编后语|編後語|编后记|編後記|"
                    r"编者按|編者按|记者手记|記者手記|记者观察|記者觀察|采访手记|採訪手記|评论员观察|評論員觀察|本报评论员|本報評論員|"
                    r"一家之言|微评|微評)\s*[】\]］]?\s*[:：]?\s*$")
_SENTENCE = re.compile(r"[。！？!?][”」』）)]?")


def box_label(text: str) -> bool:
    """True when ``text`` is a column label of the paper's own boxed pieces."""
    return bool(_LABEL.match(text))


def boxed_pieces(blocks: list[Chunk], inventory: list[Chunk], used: set[int], doc: Doc) -> list[Chunk]:
    """The boxed pieces of the page (see the module), appended after the kept blocks."""
    if not used:
        return blocks
    out = list(blocks)
    first = min(used)
    for i, b in enumerate(inventory):
        if i in used or i < first or b.link_only or not _LABEL.match(b.text):
            continue
        if i + 1 >= len(inventory) or i + 1 in used:
            continue
        head = inventory[i + 1]
        if head.link_only or len(head.text) > 40 or _SENTENCE.search(head.text) or han_count(head.text) < 4:
            continue
        body = []
        for j in range(i + 2, len(inventory)):
            p = inventory[j]
            if j in used or p.link_only or han_count(p.text) < 15 or not _SENTENCE.search(p.text):
                break
            body.append(p)
        if not body:
            continue
        label = re.sub(r"[【】\[\]［］:：\s]", "", b.text)
        title = f"{label}：{head.text.strip()}"
        out.append(Chunk("h", title, [(0, b.line)], 1, level=2))
        doc.record(b.line, f"{b.text} / {head.text}", "## " + title, "changed",
                   "the paper's own piece boxed beside the article (its column label and headline), which the "
                   "extractor left out: kept after the article as a section of its own")
        used.update({i, i + 1})
        for k, p in enumerate(body, i + 2):
            out.append(Chunk("line", p.text, [(0, p.line)], 1, links=list(p.links), starts=True))
            doc.record(p.line, p.text, p.text, "changed", "a paragraph of the paper's boxed piece: kept under its heading")
            used.add(k)
    return out
