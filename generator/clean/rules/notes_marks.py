"""A notes app's own marks, exported with the notes: each removed line recorded.

- **A to-do item** (a task list's checkbox, ``- [ ] 核实…``, ``- [x] 整理…``): the writer's work
  list, not the article's text.
- **A footnote's definition** (``[^2]: 国家统计局… https://…``): where a fact came from, kept in the
  cleaning record; the reference mark in the text (``…21.1%[^2]``) stays.
"""

import re

NAME = "notes_marks"
_TODO = re.compile(r"^\s*(?:[-*+]\s+)?\[[ xX✓✔]\]\s+\S")
_FOOTNOTE = re.compile(r"^\s*\[\^[^\]\s]{1,12}\]\s*[:：]\s*\S")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line" or len(b.text) > 300:
                continue
            if _TODO.match(b.text):
                doc.remove(b, "a to-do item of the notes (a task list's checkbox)", separates=True)
            elif _FOOTNOTE.match(b.text):
                doc.remove(b, "a footnote's definition (the source of a fact; its mark stays in the text)", separates=True)
