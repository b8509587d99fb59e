"""A printed paper's continuation marks: where a story jumps to another page and where it resumes.

A newspaper story too long for its page ends there on ``（轉Ａ１３版）`` / ``（下转第3版）`` and
resumes on the other page under ``（接Ａ１２版）`` / ``（上接第1版）``, often followed by a short
jump head (the story's name again: ``（接Ａ１２版）電動車反補貼稅``). Converted to text, the marks sit
between the story's halves.

- A line that is a continuation mark (转/轉/接/续/續/承, a page — ``Ａ１３``, ``第3``, ``B2``,
  ``三`` — and 版/页/頁, in brackets), alone or followed by a jump head (at most 20 characters, no
  clause mark), is removed.
- A mark at the end or start of a line of text (``…關稅牆」。（轉Ａ１３版）``) leaves the line; the
  text stays.

Every removal is recorded with its raw line; the story's halves are then joined as a page break's
halves are (a mark after a sentence's end separates; one inside a sentence does not).
"""

from __future__ import annotations

import re

NAME = "jump_lines"

_PAGE = r"(?:第\s*)?[A-Za-zＡ-Ｚ]?\s*[\d０-９一二三四五六七八九十]{1,3}\s*[A-Za-zＡ-Ｚ]?"
_MARK = rf"[（(〔【]\s*(?:下|上)?\s*(?:转|轉|接|续|續|承)\s*(?:自\s*|至\s*|到\s*)?{_PAGE}\s*(?:版|页|頁|面)\s*[）)〕】]"
_LINE = re.compile(rf"\s*{_MARK}\s*(?P<head>[^，。；！？,;!?]{{0,20}})\s*")
_TAIL = re.compile(rf"(?<=[。！？!?…」』”’])\s*{_MARK}\s*$")
_HEAD = re.compile(rf"^\s*{_MARK}\s*(?=\S)")


def apply(doc):
    if doc.markdown:
        return
    with doc.batch():
        for b in [b for b in doc.blocks if b.kind == "line"]:
            m = _LINE.fullmatch(b.text)
            if m:
                doc.remove(b, "a printed paper's continuation mark (the story jumps to or resumes from another page)"
                           + (", with its jump head" if m.group("head").strip() else ""))
                continue
            tail = _TAIL.search(b.text)
            if tail:
                doc.edit(b, tail.start(), len(b.text), "", "a printed paper's continuation mark at a paragraph's end")
                continue
            head = _HEAD.match(b.text)
            if head and len(b.text) - head.end() > 20:
                doc.edit(b, 0, head.end(), "", "a printed paper's continuation mark at a paragraph's start")
