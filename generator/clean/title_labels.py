"""What a found title tells beyond itself: the column label before its bar (the kicker), the name
before its issue number (the outlet), and its copy printed again in the first lines (removed).
Used by the ``title`` rule.
"""

import re

from .text import han_count
from .titlepick import not_a_title, title_parts

#: A column label before a bar opening the headline ("专访｜X：…", "深度丨…"), or a wire's desk or a
#: column label in brackets ("（经济）…", "【專訪】…"): the kicker.
_COLUMN_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*[｜丨|]\s*(?=\S)|^[（(【\[〔［]([\u4e00-\u9fff]{2,4})[）)】\]〕］]\s*(?=\S)")


def column_label(doc) -> None:
    """The title's column label (one bar only, a label of two to four characters) or bracketed desk
    → kicker."""
    title = doc.meta.get("title") or ""
    m = _COLUMN_LABEL.match(title)
    rest = title[m.end():] if m else ""
    if not m or "kicker" in doc.meta or len(rest) < 6 or re.search(r"[｜丨|]", rest) or doc.declared.get("title"):
        return  # (a declared title: "X｜title" names the outlet X, read when the metadata are merged)
    doc.meta["kicker"], doc.meta["title"] = m.group(1) or m.group(2), rest
    doc.record(doc.meta_lines.get("title", 1), title, rest, "changed", "column label before the headline's bar → kicker")


TITLE_NOISE = re.compile(r"[\s\u3000《》「」“”\"'『』]")


def repeated_title(doc) -> None:
    """The title printed again as a line of the first screen (a repost prints the headline above
    the account line and again in its card): the copy leaves the body."""
    title = doc.meta.get("title") or doc.declared.get("title") or ""
    key = TITLE_NOISE.sub("", title)
    if len(key) < 4:
        return
    for b in doc.blocks[:6]:
        if b.kind in ("line", "h") and len(b.text) <= 2 * len(title) + 8 and TITLE_NOISE.sub("", b.text) == key:
            doc.remove(b, "the title printed again in the first lines", action="metadata")
            return


#: A part of the title that names a programme's or a publication's issue ("城市慢行电台 第12期").
_ISSUE_PART = re.compile(r"^(\S.{1,14}?)\s*(?:第\s*[\d一二三四五六七八九十百千零〇]{1,6}\s*[期集回號号]|"
                         r"(?:Vol|No|EP|Ep)\.?\s*\d{1,4})$")


def issue_part(doc) -> None:
    """A title in parts whose other part is the headline ("城市慢行电台 第12期｜共享单车退潮之后"): the
    name before the issue number is the programme or publication: the outlet, when none is known."""
    title = doc.meta.get("title") or ""
    parts = title_parts(title)
    if len(parts) < 2 or doc.meta.get("outlet") or doc.declared.get("outlet"):
        return
    for p in parts:
        m = _ISSUE_PART.match(p)
        if m and han_count(m.group(1)) >= 2 and not not_a_title(title):
            doc.meta["outlet"] = m.group(1).strip()
            doc.record(doc.meta_lines.get("title", 1), title, m.group(1).strip(), "metadata",
                       "the title's issue part names the programme or publication → outlet")
            return
