"""A notes app's own marks, exported with the notes: each removed line recorded.

- **A to-do item** (a task list's checkbox, ``- [ ] 核实…``, ``- [x] 整理…``): the writer's work
  list, not the article's text. An item assigned to someone the text names elsewhere (minutes'
  ``[ ] 王主任：五月底前公布名单`` under "参会：居委会王主任…") records who does what: it stays.
- **A disclaimer of the writer's own** (a callout's or a line's "本笔记为个人工作底稿，观点不代表所在机构",
  "以上仅为个人观点，不代表公司立场"): a line this short that says the views are the writer's own and
  not an institution's speaks of the note, not of the topic.
- **A query line** of an outliner (Logseq's ``{{query …}}``, ``{{embed …}}``): the app computes it.
- **A footnote's definition** (``[^2]: 国家统计局… https://…``): where a fact came from, kept in the
  cleaning record; the reference mark in the text (``…21.1%[^2]``) stays.
"""

import re

NAME = "notes_marks"
_TODO = re.compile(r"^\s*(?:[-*+]\s+)?\[[ xX✓✔]\]\s+\S")
_ASSIGNED = re.compile(r"^\s*(?:[-*+]\s+)?\[[ xX✓✔]\]\s+([^\s：:]{2,6})\s*[：:]")
#: The writer's disclaimer: the views (or the note) are personal, and do not stand for an institution.
_DISCLAIMER = re.compile(r"(?:个人|個人|本人|笔者|筆者|作者)[^。！？\n]{0,24}(?:不代表|不代錶|並不代表|并不代表|非代表|不反映)"
                         r"[^。！？\n]{0,16}(?:机构|機構|单位|單位|公司|立场|立場|观点|觀點|意见|意見|研究所|研究院)")
_DISCLAIMER_MAX = 80
_QUERY_LINE = re.compile(r"^\s*(?:[-*+]\s+)?\{\{(?:query|embed|tasks?|renderer|function)\b[^{}\n]{0,300}\}\}\s*$", re.IGNORECASE)
#: An outliner's task marker opening an item (Logseq's ``TODO``/``DONE``/``LATER``…): a to-do item too.
_TASK_WORD = re.compile(r"^\s*(?:[-*+]\s+)?(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED)\s+\S")
#: A line of nothing but one notes app's tag (``#野外/冰川``), in a Markdown source: how the app files the
#: note, not text (two tags or more on a line are the ``hashtags`` rule's, read into the tags).
_TAG_LINE = re.compile(r"^\s*#[^\s#\d][^\s#]{0,30}\s*$")
#: A notes app's property row (Notion's export prints them under the title: ``Created: …``, ``Tags: …``).
_PROPERTY = re.compile(r"^\s*(?:Created|Created time|Created by|Last edited|Last edited time|Last edited by|Updated|Tags|"
                       r"Status|Type|Date|Author|Owner|Assignee|URL|Category|Aliases|Priority|创建时间|創建時間|"
                       r"上次编辑时间|上次編輯時間|最后编辑时间|最後編輯時間|创建者|創建者)\s*[:：]\s*\S.{0,80}$")
_FOOTNOTE = re.compile(r"^\s*\[\^[^\]\s]{1,12}\]\s*[:：]\s*\S")


def _assigned(b, others: str) -> bool:
    """The item opens on a label the text names elsewhere (a person given the task)."""
    m = _ASSIGNED.match(b.text)
    return bool(m) and m.group(1) in others


def apply(doc):
    todos = [b for b in doc.blocks if b.kind == "line" and len(b.text) <= 300 and _TODO.match(b.text)]
    others = "\n".join(b.text for b in doc.blocks if b.kind == "line" and not _TODO.match(b.text)) if todos else ""
    bl = doc.blocks
    props = {id(b) for k, b in enumerate(bl) if doc.markdown and b.kind == "line" and _PROPERTY.match(b.text) and any(
        0 <= j < len(bl) and j != k and bl[j].kind == "line" and _PROPERTY.match(bl[j].text) for j in (k - 1, k + 1))}
    with doc.batch():
        for b in list(doc.blocks):
            if id(b) in props:
                doc.remove(b, "a notes app's property row (created, tags, status …): metadata", action="metadata")
                continue
            if b.kind != "line" or len(b.text) > 300:
                continue
            if doc.markdown and _TASK_WORD.match(b.text) and not _assigned(b, others):
                doc.remove(b, "a to-do item of the notes (an outliner's task marker)", separates=True)
            elif doc.markdown and _TAG_LINE.match(b.text) and not b.text.strip().endswith("#"):
                doc.remove(b, "a line of the notes app's tags (how the note is filed, no text)", separates=True)
            elif _TODO.match(b.text) and not _assigned(b, others):
                doc.remove(b, "a to-do item of the notes (a task list's checkbox)", separates=True)
            elif len(b.text) <= _DISCLAIMER_MAX and _DISCLAIMER.search(b.text):
                doc.remove(b, "the writer's disclaimer (the views are personal, not an institution's)", separates=True)
            elif _QUERY_LINE.match(b.text):
                doc.remove(b, "an outliner's query or embed line (the app computes it; no text)", separates=True)
            elif _FOOTNOTE.match(b.text):
                doc.remove(b, "a footnote's definition (the source of a fact; its mark stays in the text)", separates=True)
