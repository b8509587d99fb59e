"""Character classes and small predicates shared by the cleaning rules."""

from __future__ import annotations

import re

#: Han ideographs (BMP blocks and the supplementary planes).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Full-width / CJK punctuation, including curly quotes, ellipsis and the middle dot.
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"
CJK = HAN + CJK_PUNCT

HAN_RE = re.compile(f"[{HAN}]")
#: Sentence-final punctuation, optionally followed by closing quotes/brackets.
FINAL_RE = re.compile(r"(?:[。！？!?…]|\.{3})[”’」』）)\]》\"']*(?:\s*\|)?$")
#: A line that starts a list item: （1） 1、 1. 1， ① - * • 第一，
LIST_RE = re.compile(
    r"^(?:[（(]\d{1,2}[)）]|\d{1,2}\s?[、.．，,)）](?!\d)|[①-⑳]|[-*•]\s|第[一二三四五六七八九十]+[，、：])"
)
#: Things the text rules must never touch: URLs, domains with a path, inline code, Markdown link targets.
PROTECT_RE = re.compile(
    r"`[^`\n]*`|\]\([^)\s]*\)|https?://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+"
    r"|\b[\w-]+(?:\.[\w-]+)+/[^\s\u4e00-\u9fff]*|[\w.+-]+@[\w-]+\.[\w.]+"
)


def is_han(ch: str) -> bool:
    """True for a Han ideograph."""
    return bool(ch) and HAN_RE.match(ch) is not None


def han_count(s: str) -> int:
    """Number of Han ideographs in ``s``."""
    return len(HAN_RE.findall(s))


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with sentence-final punctuation (。！？… + closers)."""
    return FINAL_RE.search(s.rstrip()) is not None


def protected_spans(s: str) -> list[tuple[int, int]]:
    """Spans (start, end) of URLs, code and link targets in ``s``."""
    return [m.span() for m in PROTECT_RE.finditer(s)]


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls inside one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


def hard_break(prev_text: str, text: str, gap: int) -> bool:
    """True when a line can never continue the line before it (so the two are separate blocks)."""
    return gap > 0 or bool(LIST_RE.match(text)) or text.startswith("#") or prev_text.startswith("#")
