"""Escaping article text for the places it is shown: it is always data, never markup."""

from __future__ import annotations

import re

__all__ = ["md_escape", "html_escape", "attr_escape"]

# Characters with inline meaning anywhere (emphasis, code, links, attribute lists, table cells)…
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
# … and those that only mean something at the start of a line (lists, headings, quotes).
_MD_LINE_START = re.compile(r"(^|\n)([ \t]*)(?:([-+])|(\d+)([.)]))")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_HTML_TABLE = str.maketrans(_HTML)


def html_escape(text: str) -> str:
    """Escape text for HTML element content or a quoted attribute."""
    return text.translate(_HTML_TABLE)


attr_escape = html_escape


def md_escape(text: str) -> str:
    """Escape text for inline Markdown: HTML-escape, then backslash-escape Markdown syntax.

    The result renders as exactly the given characters, whatever they are: no tags, no links, no
    emphasis, no table cells and no template syntax survive as such.
    """
    text = html_escape(text)
    # '&' from the escapes above must stay an entity start: escape specials outside entities only.
    parts = re.split(r"(&(?:amp|lt|gt|quot|#39);)", text)
    out = []
    for i, part in enumerate(parts):
        out.append(part if i % 2 else _MD_SPECIAL.sub(r"\\\1", part))
    return _MD_LINE_START.sub(_escape_line_start, "".join(out))


def _escape_line_start(m: re.Match) -> str:
    lead = m.group(1) + m.group(2)
    if m.group(3):
        return lead + "\\" + m.group(3)
    return lead + m.group(4) + "\\" + m.group(5)  # "1." would start an ordered list
