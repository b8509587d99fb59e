"""The cleaned body as Markdown: each block written so that the Markdown reader reads back exactly its
text (escaped where needed), tables as GFM pipe tables. Used by :mod:`generator.clean.doc` (the audit
records a removed block as it renders) and by the readers that build tables."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .doc import Chunk, Doc

__all__ = ["block_text", "markdown_line", "escape_cell", "render_table", "render"]

# Characters and line starts that Markdown may read as markup (checked before any parsing).
_SPECIAL = re.compile(r"[\\`*_\[\]<]|&(?:#|[A-Za-z][A-Za-z0-9]*;)|^[ \t\u3000]*(?:[-+][ \t]|[-+]$|#{1,6}(?:[ \t]|$)|>"
                      r"|\d{1,9}[.)](?:[ \t]|$)|(?:-[ \t]*){3,}$|~~~)")
_INLINE = re.compile(r"([\\`*_\[\]<&])")
_LEAD = re.compile(r"^([ \t\u3000]*)(?:([#>+=|~-])|(\d{1,9})([.)]))")


def block_text(block: Chunk) -> str:
    """The text of a block as it renders (and as the audit records it)."""
    if block.kind == "table" and block.rows is not None:
        return render_table(block.rows)
    if block.verbatim is not None:
        return block.verbatim
    if block.kind == "h":
        return markdown_line("#" * max(block.level, 2) + " ", block.text.strip())
    if block.kind == "caption":
        return markdown_line("> ", block.text.strip())
    # Tabs kept for table detection must not linger at a line's ends (re-cleaning strips them).
    text = block.text.strip() if block.kind != "line" or "\t" not in block.text.strip() else block.text
    return markdown_line("", text)


def markdown_line(prefix: str, text: str) -> str:
    """``prefix + text`` escaped where needed so that Markdown reads back exactly ``text``: the
    cleaned body means what the text said, and cleaning it again changes nothing."""
    line = prefix + text
    if not _SPECIAL.search(text) or _reads_back(line, text):
        return line
    escaped = _INLINE.sub(r"\\\1", text)
    m = _LEAD.match(escaped) if not _reads_back(prefix + escaped, text) else None
    if m:
        mark = ("\\" + m.group(2)) if m.group(2) else (m.group(3) + "\\" + m.group(4))
        escaped = m.group(1) + mark + escaped[m.end():]
    return prefix + escaped


def _reads_back(line: str, text: str) -> bool:
    """True when the Markdown reader reads ``line`` as one block whose text is ``text``."""
    from ..readers.markdown_parser import parser  # the reader depends on this module, not the reverse

    inlines = [t for t in parser().parse(line) if t.type == "inline"]
    if len(inlines) != 1:
        return False
    kids = inlines[0].children or []
    # Code spans are kept with their backticks (the rules protect them), so they read back as-is.
    return (all(c.type in ("text", "code_inline") for c in kids) and "".join(
        c.markup + c.content + c.markup if c.type == "code_inline" else c.content for c in kids) == text.strip())


def escape_cell(s: str) -> str:
    return s.replace("|", "\\|").strip()


def render_table(rows: list[list[str]]) -> str:
    """A GFM pipe table; the first row is the header."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = ["| " + " | ".join(escape_cell(c) for c in rows[0]) + " |",
           "|" + "|".join(["---"] * width) + "|"]
    out += ["| " + " | ".join(escape_cell(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


def render(doc: Doc) -> str:
    """The cleaned Markdown body: one line per paragraph, blocks separated by one blank line."""
    out = [text for text in (block_text(b) for b in doc.blocks) if text.strip()]
    return "\n\n".join(out) + ("\n" if out else "")
