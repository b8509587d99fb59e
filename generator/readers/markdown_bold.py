"""Bold labels in a Markdown paragraph (split from :mod:`generator.readers.markdown`): a bold label
opening a paragraph ("**就业**　…"), a row of bold field labels ("**記者** 林志偉　**發布時間** …") and the
first line of a paragraph with its bold marks."""

from __future__ import annotations

import re

from markdown_it.token import Token

#: A bold label opening a paragraph ("**就业**　…", "**续航：**…").
_BOLD_LEAD = re.compile(r"(\*\*|__)([^*_\n]{1,17}?)\1[ \u3000]+(?=\S)")


#: A bold label of a row of fields, its colon inside the bold, after it or missing ("**記者** X").
_BOLD_FIELD = re.compile(r"(\*\*|__)\s*([^*_\n:：]{1,8}?)\s*[:：]?\s*\1\s*[:：]?[ \u3000]*")


def _bold_fields(text: str) -> str | None:
    """A line made only of bold field labels and their values ("**記者** 林志偉／台東報導　**發布時間**
    2025/04/22 10:30") as a row of labelled fields ("記者：林志偉／台東報導｜發布時間：2025/04/22 10:30"), which the
    head-rows reader reads; None for any other line (a bold label opening a sentence stays the
    paragraph's heading)."""
    from .headrows import FIELD_LABELS, row_fields
    found = list(_BOLD_FIELD.finditer(text)) if text.startswith(("**", "__")) and len(text) <= 160 else []
    if not found:
        return None
    labels = "|".join(FIELD_LABELS.values())
    parts = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        value = text[m.end():end].strip(" \u3000|｜")
        if not re.fullmatch(labels, m.group(2).strip()) or not value or (k == 0 and m.start()):
            return None
        parts.append(f"{m.group(2).strip()}：{value}")
    row = "｜".join(parts)
    return row if len(parts) >= 2 and row_fields(row) else None


def _marked_first_line(inline: Token) -> str:
    """The first line of a paragraph with its bold marks (``**``), when it opens on one; else ''."""
    kids = [k for k in inline.children or [] if k.type != "text" or k.content]
    if not kids or kids[0].type != "strong_open":
        return ""
    out = []
    for k in kids:
        if k.type in ("softbreak", "hardbreak"):
            break
        out.append("**" if k.type in ("strong_open", "strong_close") else k.content if k.type in ("text", "code_inline") else "")
    return "".join(out).strip()
