"""The title's lines: which line reads as a headline (:func:`headline_line`), how the title's text
is set (:func:`title_text`), a deck line under it (:func:`deck`), and taking a line out of the body
into the metadata (:func:`take`). Shared by the ``title`` rule and :mod:`.lead_titles`.
"""

import re

from .headline import NUMBERED, heading_like
from .text import LIST_RE, ends_sentence, han_count
from .titlepick import not_a_title

_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\uff1f\uff01”」])[ \u3000]+(?=\S)|(?<=\S)[ \u3000]+(?=[\u4e00-\u9fff])")


#: A section number: "三、", "3、", "3.", "第三章" (a compilation's section heading, not its title).
SECTION = re.compile(r"^(?:[一二三四五六七八九十百]+\s*[、．.]|\d{1,2}\s*[、．](?!\d)|\d{1,2}\.(?!\d)|"
                     r"第[一二三四五六七八九十百\d]+[章节節部篇])")


#: A column label in brackets opening a headline ("【專訪】…", "[独家]…"): the kicker, not the
#: headline's length (a dateline's 【…讯】 is the lead's, never a label).
_BRACKET_LABEL = re.compile(r"^[【\[〔［]([\u4e00-\u9fff]{1,3}[\u4e00-\u9fff](?<![讯訊电電]))[】\]〕］]\s*(?=\S)")


def headline_line(b, max_len: int = 30) -> bool:
    text = _BRACKET_LABEL.sub("", b.text, count=1) if b.text[:1] in "【[〔［" else b.text
    return b.kind == "line" and not b.message and heading_like(text, max_len) and not NUMBERED.match(text) \
        and not SECTION.match(text) and not not_a_title(text)


#: A headline part that is only a Latin name or a figure ("SU7", "16%"): OCR spacing around it is
#: layout, not a separator of the headline's parts.
_LATIN_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-]*")


def title_text(s: str, pangu: bool) -> str:
    """The headline with its parts set apart by ideographic spaces (a non-spaced source); a part
    that is only a Latin name or a figure joins its neighbours ("小米 SU7 訂單火爆" → 小米SU7訂單火爆)."""
    if pangu:
        return s
    if not han_count(s):
        return " ".join(s.split())  # a headline in a Latin script: its spaces are its words' (never set apart)
    parts = s.split()
    if len(parts) > 1 and any(_LATIN_PART.fullmatch(p) for p in parts):
        out = parts[0]
        for prev, part in zip(parts, parts[1:]):
            glue = _LATIN_PART.fullmatch(part) or _LATIN_PART.fullmatch(prev)
            both_latin = re.search(r"[A-Za-z0-9]$", prev) and re.match(r"[A-Za-z0-9]", part)
            out += (" " if both_latin else "") + part if glue else " " + part
        s = out
    return _SPACE.sub("\u3000", s)


def deck(b) -> bool:
    """A deck line under a headline: short, no sentence end (commas allowed)."""
    t = b.text.strip()
    return b.kind == "line" and 4 <= len(t) <= 40 and han_count(t) >= 4 and not ends_sentence(t) \
        and not LIST_RE.match(t) and not t.startswith("#")


def take(doc, b, key, text, note, separates=False):
    doc.meta[key] = text
    doc.meta_lines[key] = b.line
    doc.remove(b, note, action="metadata", separates=separates)
