"""A paper's authors are its authors: a scholarly page's author line lists every writer, each with an
affiliation mark (``罗启航<sup>1</sup>，苏婉清<sup>2</sup>，许文斌<sup>1</sup>``, ``张三*, 李四†``), and a page
extractor that gives the first name alone loses the others. When the page's author is one name and a
line of the page (left out of the main text) opens on that name and is nothing but a list of names with
such marks, every name on it is the author (joined with ``、``), recorded."""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc

__all__ = ["paper_authors"]

_MARK = r"[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰,a-f]{0,8}"
_NAME = r"(?:[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
_LIST = re.compile(rf"^\s*{_NAME}\s*{_MARK}(?:\s*[，、;；]\s*{_NAME}\s*{_MARK}){{1,9}}\s*$")
_ONE = re.compile(rf"({_NAME})\s*{_MARK}")


def paper_authors(doc: Doc, inventory: list[Chunk], used: set[int]) -> None:
    """Every author of the page's author line, when the declared author is its first name alone."""
    first = (doc.declared.get("author") or "").strip()
    if not first or "、" in first:
        return
    for i, b in enumerate(inventory):
        text = b.text.strip()
        if i in used or len(text) > 120 or not text.startswith(first) or not _LIST.match(text):
            continue
        names = [m.group(1) for m in _ONE.finditer(re.sub(r"[，、;；]", "，", text))]
        if len(names) >= 2 and names[0] == first and len(set(names)) == len(names):
            doc.declared["author"] = "、".join(names)
            doc.record(b.line, text, doc.declared["author"], "metadata",
                       "a paper's author line (names with affiliation marks) → every name is an author")
        return
