"""A notes app's own syntax in a Markdown export (Obsidian, Logseq, Bear, Notion), read as markup, never as text.

The phenomenon: a note quotes other sources in marked blocks and dresses its own text in the app's
marks. A callout (``> [!quote] 某报 10月9日`` over quoted lines, ``> [!info] …``) is a block quote
whose first line carries the callout's type in brackets: the type is markup (removed, recorded);
the rest of that line is the block's title. A quoting callout's title (``quote``, ``cite``) names
the source the block quotes (an outlet, a person, a date): it is a label over the quote, never the
note writer's sentence, so it becomes the block's caption. A query block (``dataview``, ``query``,
``tasks``: a fenced block the app runs to list other notes) computes a list inside the app: no text
of the note, dropped and recorded. Highlights, wiki links and task boxes are handled by the
cleaning rules (:mod:`generator.clean.rules.wiki_links`, :mod:`generator.clean.rules.notes_marks`).
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc

__all__ = ["QUERY_LANGS", "callout", "query_fence"]

#: Fenced blocks a notes app runs (Obsidian's Dataview, core search and Tasks plugins, Logseq's
#: advanced queries): their content is a query, not text.
QUERY_LANGS = frozenset({"dataview", "dataviewjs", "query", "tasks", "base", "logseq-query", "datacorejsx", "datacore"})
#: A callout's type opening the first line of a block quote: ``[!quote]``, ``[!NOTE]-``, ``[!info]+``.
_CALLOUT = re.compile(r"^\[!([A-Za-z][A-Za-z0-9_-]{0,20})\][+-]?[ \t\u3000]*")
#: Callout types that quote someone: their title names the source.
_QUOTING = frozenset({"quote", "cite", "quotation", "excerpt", "source"})


def query_fence(info: str) -> bool:
    """A fenced block's info string names a notes app's query language."""
    word = (info or "").strip().split(" ", 1)[0].lower()
    return word in QUERY_LANGS


def callout(block: Chunk, doc: Doc) -> Chunk | None:
    """The block without its callout type mark (recorded), a quoting callout's title as a caption;
    None when nothing is left of the line (a callout with no title)."""
    m = _CALLOUT.match(block.text)
    if not m:
        return block
    kind = m.group(1).lower()
    rest = block.text[m.end():].strip()
    doc.record(block.line, m.group(0).strip(), "", "removed",
               f"a notes app's callout type [!{kind}] (markup, not text)")
    if not rest:
        return None
    block.text = rest
    block.marks = [(0, block.line)]
    if kind in _QUOTING:
        block.kind = "caption"
        block.note = "callout-source"
    else:
        block.kind = "line"  # the writer's own aside (a note, a warning): text
    return block


#: Notion's callout as its Markdown export writes it: a bare ``<aside>`` block (no class, no id: a
#: page's side box always has one), its lines the writer's own text, the first after an icon.
_ASIDE_OPEN = re.compile(r"^\s*<aside>\s*$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"^\s*</aside>\s*$", re.IGNORECASE)
#: The callout's icon opening its first line (an emoji or a symbol, then a space).
_ICON = re.compile(r"^[^\w\s\u3400-\u9fff“‘「『（(《【\[<]{1,3}[ \t\u3000]+")


def aside_callout(content: str, first: int, doc: Doc) -> list[Chunk] | None:
    """The lines of a notes app's bare ``<aside>`` callout (Notion) as text lines, starting on raw line
    ``first``; None when the block is no such callout. The tags and the icon are recorded as markup."""
    lines = content.rstrip("\n").split("\n")
    if not lines or not (_ASIDE_OPEN.match(lines[0]) or _ASIDE_CLOSE.match(lines[0])):
        return None
    if any("<" in ln and not (_ASIDE_OPEN.match(ln) or _ASIDE_CLOSE.match(ln)) for ln in lines):
        return None  # other markup inside: the HTML reader's
    out: list[Chunk] = []
    for k, ln in enumerate(lines):
        line = first + k
        if _ASIDE_OPEN.match(ln) or _ASIDE_CLOSE.match(ln):
            doc.record(line, ln.strip(), "", "removed", "a notes app's callout box tag (<aside>): markup")
            continue
        text = ln.strip()
        if not text:
            continue
        if not out and (m := _ICON.match(text)):
            doc.record(line, m.group(0).strip(), "", "removed", "a notes app's callout icon (markup, not text)")
            text = text[m.end():].strip()
        if text:
            out.append(Chunk("line", text, [(0, line)]))
    return out
