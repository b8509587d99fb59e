"""Escaping article text for the places it is shown: it is always data, never markup."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

__all__ = ["md_escape", "html_escape", "attr_escape", "cut_long", "CUT_PIECE", "jieba_words"]

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


#: Longest piece of text handed to jieba at once. jieba's HMM for unknown words copies its path at
#: every character (quadratic in the run): 33,000 characters of one unknown run took 16 s. Real
#: sentences are far shorter, so they are cut exactly as before.
CUT_PIECE = 400


def cut_long(cut: Callable[[str], Iterable[str]], text: str, piece: int = CUT_PIECE) -> list[str]:
    """``list(cut(text))``, with a text longer than ``piece`` cut in pieces of at most ``piece``
    characters, each ending after a non-word character where one is near (linear in the text)."""
    if len(text) <= piece:
        return list(cut(text))
    out: list[str] = []
    pos = 0
    while pos < len(text):
        end = min(pos + piece, len(text))
        if end < len(text):
            k = end
            while k > pos + piece // 2 and text[k - 1].isalnum():
                k -= 1
            end = k if k > pos + piece // 2 else end
        out += cut(text[pos:end])
        pos = end
    return out


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1 << 17)  # a pure function of the text: kept across a serve session's saves
def jieba_words(text: str) -> tuple[str, ...]:
    """jieba's words of ``text`` (spaces and punctuation included), cut with ``cut_long``.

    One cache for the whole analysis: a sentence is segmented once, whichever module asks first
    (``analyse.text.tokens`` for scoring, ``analyse.namewords._cut`` for names and figures)."""
    return tuple(cut_long(_jieba().lcut, text))


def trie_pattern(words: Iterable[str]) -> str:
    """One regex source matching any of ``words``, longest first, built as a trie so that thousands of
    names cost one branch per character instead of one try per name at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)
