"""Spaces next to Chinese characters left by justified print layouts are removed.

"用 处 于 初 级 阶 段" → "用处于初级阶段". Spaces between Latin words stay. Spaces between Han and
Latin/digits stay when the source uses them consistently (pangu spacing is house style, not noise).
The space after an @handle stays ("@大国支持 整理"). In headings a space between Han characters separates the headline's halves: it becomes "　".
A lowercase Latin word with spaces on both sides inside Chinese keeps them (it is flagged later).
"""

import re

from ..text import CJK_PUNCT, HAN, LIST_RE, protected_spans

NAME = "cjk_spaces"
_SPACES = re.compile(r"(?<=\S)[ \u00a0]+(?=\S)")
_IS_HAN = re.compile(f"[{HAN}]")
_IS_PUNCT = re.compile(f"[{CJK_PUNCT}]")
_ALNUM = re.compile(r"[A-Za-z0-9%]")
_LOWER_WORD_AFTER = re.compile(r"[a-z]{2,}(?= [\u4e00-\u9fff])")
_HAN_BMP = re.compile(r"[\u4e00-\u9fff]")


def _lower_word_before(text: str, end: int) -> bool:
    """True when a lowercase word of 2+ letters ends at ``end`` with "<Han> " before it.

    Walks back over the word only (a search from the start of the text for every space was
    quadratic on a long line).
    """
    k = end
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return end - k >= 2 and k >= 2 and text[k - 1] == " " and bool(_HAN_BMP.match(text[k - 2]))


def _after_handle(text: str, start: int) -> bool:
    """True when the space at ``start`` ends an @handle ("@大国支持 整理"): it separates the handle
    from the text, as on the platforms the handle comes from (looks back 30 characters at most)."""
    at = text.rfind("@", max(0, start - 31), start)
    return at >= 0 and start - at > 1 and not any(ch.isspace() for ch in text[at:start])


def _repl(doc, b):
    text = b.text

    def repl(m):
        if text[m.end()] == "@" or _after_handle(text, m.start()):
            return None  # the spaces around an @handle separate it from the text
        a, c = text[m.start() - 1], text[m.end()]
        a_han, c_han = bool(_IS_HAN.match(a)), bool(_IS_HAN.match(c))
        if not (a_han or c_han or _IS_PUNCT.match(a) or _IS_PUNCT.match(c)):
            return None
        if _IS_PUNCT.match(a) or _IS_PUNCT.match(c):
            return ""
        if a_han and c_han:
            return "\u3000" if b.kind == "h" else ""
        other = c if a_han else a
        if _ALNUM.match(other):
            if doc.pangu:
                return None
            if a_han and _LOWER_WORD_AFTER.match(text, m.end()) or c_han and _lower_word_before(text, m.start()):
                return None
            return "\u3000" if b.kind == "h" else ""
        return None if doc.pangu else ""
    return repl


def apply(doc):
    for b in doc.blocks:
        if b.kind in ("p", "h", "caption"):
            skip = [(a - 1, z + 1) for a, z in protected_spans(b.text)]
            lead = LIST_RE.match(b.text)
            if lead:
                skip.append((0, lead.end() + 1))  # the space after a list marker is structure
            doc.sub(b, _SPACES, _repl(doc, b), "layout space next to a Chinese character", skip=skip)
