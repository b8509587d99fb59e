"""What a saved page's layout says beyond its main text: a gallery whose news is in its captions, a
message board's fields (a definition list, a table of labels and texts), the box of readers' comments.
Used by :mod:`generator.readers.page` on the blocks the extractor gave."""

from __future__ import annotations

from ..clean.doc import Chunk, Doc
from ..clean.text import ends_sentence, han_count
from .html import Walker, comment_items

__all__ = ["news_in_captions", "dl_fields", "field_rows", "comments_after"]


def _squash(text: str) -> str:
    return "".join(text.split())


def news_in_captions(blocks: list[Chunk], doc: Doc) -> list[Chunk]:
    """A photo gallery's news is in its captions: when the captions hold more of the page's sentences
    than its paragraphs do, each caption is a paragraph of the article (its text, not a picture's label)."""
    said = lambda b: han_count(b.text) if ends_sentence(b.text) else 0  # noqa: E731
    captions = [b for b in blocks if b.kind == "caption"]
    if len(captions) < 2 or sum(map(said, captions)) <= sum(said(b) for b in blocks if b.kind == "line"):
        return blocks
    for b in captions:
        b.kind, b.starts = "line", True
        doc.record(b.line, b.text, b.text, "changed", "a gallery's caption: its news is the article's text, a "
                   "paragraph of its own")
    return blocks


def dl_fields(blocks: list[Chunk], walker: Walker, doc: Doc) -> list[Chunk]:
    """A definition list's label and value, extracted as two lines (``回复单位`` ⏎ ``X``): one field line,
    ``label：value``, as the page shows it (a value alone, a date, would read as the page's own)."""
    if not walker.dl_pairs:
        return blocks
    out: list[Chunk] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        label = b.text.strip().rstrip("：:")
        if nxt is not None and b.kind == nxt.kind == "line" and (label, nxt.text.strip()) in walker.dl_pairs:
            doc.record(nxt.line, f"{b.text} ⏎ {nxt.text[:20]}", f"{label}：{nxt.text[:20]}", "changed",
                       "a definition list's label and its value: one field line")
            out.append(Chunk("line", f"{label}：{nxt.text.strip()}", [(0, nxt.line)], b.gap, starts=True))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


def field_rows(blocks: list[Chunk], walker: Walker, doc: Doc) -> list[Chunk]:
    """A table of labelled fields whose values are texts (a message board's message and its reply, a
    case's record): one line per field, ``label：value``, that the text's rules and the analysis read;
    a table of short values stays a table."""
    out = []
    for b in blocks:
        rows = walker.fields.get(_squash(b.text)) if b.kind == "table" else None
        pairs = [r for r in (rows or [])[1:] if r[0] and r[1]]
        if len(pairs) >= 3 and any(ends_sentence(v) or len(v) >= 30 for _, v in pairs) \
                and all(len(k) <= 8 for k, _ in pairs):
            doc.record(b.line, b.text[:80], " / ".join(k for k, _ in pairs), "changed",
                       "a table of labelled fields holding texts: one line per field (label：value)")
            out.extend(Chunk("line", f"{k}：{v}", [(0, b.line)], 1, starts=True) for k, v in pairs)
        else:
            out.append(b)
    return out


def comments_after(walker: Walker, doc: Doc, first_line: int) -> list[Chunk]:
    """The page's boxes of readers' comments (by their class or id), after the article under the
    comments section's head: the rule ``comments`` labels each comment and removes the box's
    buttons and counts."""
    from ..clean.rules.comments import HEAD, NOTE

    items = [item for box in walker.comment_boxes for item in comment_items(box, first_line)]
    if not items:
        return []
    line = items[0][0].line
    doc.record(line, "", HEAD, "changed", "the page's box of readers' comments (its class or id says so): kept "
               "as their own section after the article, never as the article's text")
    return [Chunk("h", HEAD, [(0, line)], 1, level=2, note=NOTE)] + [b for item in items for b in item]
