"""Furniture glued to a line of text, as a social or app page saves it: cut out, each cut recorded.

- **Emoji shortcodes** inside the text (``…变成一串数字[笑cry]。``, ``…长文慎入[捂脸]``): a short word in
  square brackets set against a sentence's mark or the line's end, when the text has two of them or
  more (one bracketed word alone may be the writer's own note). Notes in brackets (``[注]``,
  ``[图片]``) and numbers (``[1]``) are never taken. A shortcode that ended a line before a blank
  line ended its paragraph: the next line still starts one.
- **A row of a page's controls** (``閱讀全文 »｜分享至 Facebook WhatsApp``, ``相关新闻：…``) on a line of its
  own or after a paragraph's closing mark: :mod:`..control_rows` (read in Markdown pages too).
- **A control glued to a paragraph's end** (``…十几个工人。展开全文``): the button's words after the
  last sentence mark.
"""

from __future__ import annotations

import re

from .. import control_rows

NAME = "inline_furniture"

_CODE = re.compile(r"\[([\u4e00-\u9fffA-Za-z]{1,6})\]")
_PUNCT = "。！？，；、：!?,;:…”」』）)"
#: Bracketed words that are a writer's or editor's notes, not a reaction.
_NOTES = {"注", "註", "编按", "編按", "编者按", "編者按", "按", "图", "圖", "图片", "圖片", "视频", "視頻", "音频", "音頻",
          "原文", "原文缺失", "缺", "略", "完", "续", "續", "待续", "待續", "更正", "附", "附录", "附錄", "表", "sic", "Sic"}
_EXPAND = re.compile(r"(?<=[。！？!?”」』）)])\s*(?:展开全文|展開全文|查看全文|阅读全文|閱讀全文|显示全文|顯示全文|全文)\s*[>›»∨▼]*\s*$")


def _placed(text: str, m: re.Match) -> bool:
    """The shortcode leans on a sentence's mark, another shortcode or the line's end."""
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return (not after or after in _PUNCT or after == "[" or after.isspace() or before in _PUNCT or before == "]")


def apply(doc):
    control_rows.apply(doc)  # rows of a page's controls (read more, share, related news): any form, Markdown too
    if doc.markdown:
        return
    found = []
    for b in doc.blocks:
        if b.kind != "line" or "[" not in b.text:
            continue
        spans = [(m.start(), m.end(), "") for m in _CODE.finditer(b.text)
                 if m.group(1) not in _NOTES and _placed(b.text, m)]
        if spans:
            found.append((b, spans))
    if sum(len(s) for _, s in found) >= 2:
        for b, spans in found:
            ends = spans[-1][1] == len(b.text.rstrip())
            doc.edit_many(b, spans, "emoji shortcode inside the text")
            k = doc.index(b) + 1
            if ends and k < len(doc.blocks) and doc.blocks[k].gap > 0:
                doc.blocks[k].starts = True  # the emoji ended the line's thought as a full stop would
    for b in doc.blocks:
        if b.kind == "line" and (m := _EXPAND.search(b.text[-16:])):
            start = len(b.text) - 16 + m.start() if len(b.text) > 16 else m.start()
            doc.edit(b, start, len(b.text), "", "a control glued to the paragraph's end (expand the full text)")
