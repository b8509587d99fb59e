"""A notes app's own marks, exported with the notes: each removed line recorded.

- **A to-do item** (a task list's checkbox, ``- [ ] 核实…``, ``- [x] 整理…``): the writer's work
  list, not the article's text. An item assigned to someone the text names elsewhere (minutes'
  ``[ ] 王主任：五月底前公布名单`` under "参会：居委会王主任…") records who does what: it stays.
- **A footnote's definition** (``[^2]: 国家统计局… https://…``): where a fact came from, kept in the
  cleaning record; the reference mark in the text (``…21.1%[^2]``) stays.
"""

import re

NAME = "notes_marks"
_TODO = re.compile(r"^\s*(?:[-*+]\s+)?\[[ xX✓✔]\]\s+\S")
_ASSIGNED = re.compile(r"^\s*(?:[-*+]\s+)?\[[ xX✓✔]\]\s+([^\s：:]{2,6})\s*[：:]")
_FOOTNOTE = re.compile(r"^\s*\[\^[^\]\s]{1,12}\]\s*[:：]\s*\S")


def _assigned(b, others: str) -> bool:
    """The item opens on a label the text names elsewhere (a person given the task)."""
    m = _ASSIGNED.match(b.text)
    return bool(m) and m.group(1) in others


def apply(doc):
    todos = [b for b in doc.blocks if b.kind == "line" and len(b.text) <= 300 and _TODO.match(b.text)]
    others = "\n".join(b.text for b in doc.blocks if b.kind == "line" and not _TODO.match(b.text)) if todos else ""
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line" or len(b.text) > 300:
                continue
            if _TODO.match(b.text) and not _assigned(b, others):
                doc.remove(b, "a to-do item of the notes (a task list's checkbox)", separates=True)
            elif _FOOTNOTE.match(b.text):
                doc.remove(b, "a footnote's definition (the source of a fact; its mark stays in the text)", separates=True)
