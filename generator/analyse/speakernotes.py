"""A slide deck's speaker notes are its presenter's words (issue 13, property 1).

A deck exported as text names its presenter once on its title slide (``主讲人：何某　某协会副秘书长``,
``演讲人：``, ``报告人：``, ``分享人：``) and carries, under each slide, the notes the presenter reads out
(``备注：…``, ``备注（续）：…``, ``演讲者备注：…``, the label on the notes' first paragraph only, their
further paragraphs running to the next slide's title). Those notes are the presenter's, with the role the
title slide gives; the slides' own bullet lines stay nobody's. Two presenters named, or none: the notes
are nobody's (a panel's notes cannot be told apart). A split of ``speakerreading``, which adds these
paragraphs to the signed ones (``DocReading.signed``)."""

from __future__ import annotations

import re

__all__ = ["presenter_notes", "NOTES_LABEL"]

#: The presenter's field on the title slide: the label, one name (2–4 characters, or a transliteration
#: with "·"), then the role up to the line's end, a bracket's close or the first notes label.
_PRESENTER = re.compile(r"(?:主讲人|主讲嘉宾|主讲|演讲人|演讲嘉宾|报告人|分享人|分享嘉宾)[：:][ \u3000]*"
                        r"([\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?|[\u4e00-\u9fff]{1,3}·[\u4e00-\u9fff]{1,8})"
                        r"(?:[ \u3000]+|[（(])?([^（）()：:\n]{0,40}?)[）)]?"
                        r"(?=(?:演讲者|讲者)?备注|[ \u3000]*$|[ \u3000]*\n|[ \u3000]*\d{4}年)")
#: A paragraph opened by the notes' label ("备注：", "备注（续）：", "演讲者备注：").
NOTES_LABEL = re.compile(r"^[ \u3000]*(?:演讲者|讲者|主讲人)?备注(?:[（(]续[)）])?[：:]")
#: What the role may not be: a date or a number alone.
_NOT_ROLE = re.compile(r"^[\d年月日\-./ ]*$")


def presenter_notes(texts: list[str], breaks: frozenset[int] = frozenset()) -> dict[int, tuple[str, str]]:
    """Index of each paragraph opened by a notes label, and of the paragraphs after it up to the next
    section (``breaks``: indices of paragraphs that follow a heading, a slide's title) → (presenter, role),
    when the document names exactly one presenter (see the module)."""
    found = {}
    for t in texts:
        for m in _PRESENTER.finditer(t):
            role = m.group(2).strip(" \u3000，,")
            found.setdefault(m.group(1), "" if _NOT_ROLE.match(role) else role)
    if len(found) != 1:
        return {}
    [(name, role)] = found.items()
    out: dict[int, tuple[str, str]] = {}
    inside = False
    for i, t in enumerate(texts):
        if NOTES_LABEL.match(t):
            inside = True
        elif i in breaks or _PRESENTER.search(t):
            inside = False  # the next slide: its own lines are nobody's until its notes
        if inside:
            out[i] = (name, role)
    return out
