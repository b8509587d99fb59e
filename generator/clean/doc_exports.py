"""A document exported from an online editor (a shared log, a team's notes): its header fields,
its notices to the group and its export footer.

- **Team field**: among the header's labelled lines, the field naming the team or unit that keeps
  the document (``队名：``, ``团队：``, ``编写单位：``) gives the author when none is known; the line stays
  (it says what the team is). Two or more labelled lines in a row at the top stay lines of their own
  (a card of fields is no paragraph).
- **Notice to the group**: a line addressed to everyone in it (``@所有人``, ``@全体成员``, ``@all``) tells
  the members what to do; it is no text of the document (removed). Not in a chat export, whose
  messages are its text.
- **Export footer**: the run of lines closing the file that says who edited it and how it was
  exported (``协作者：…``, ``最后编辑：X 2023-08-06 22:40``, ``本文档由在线协作文档导出 · 仅限队内传阅``):
  removed; the last editor goes to ``editors``, the collaborators to ``credits``. Read only when the
  run holds an export or circulation notice or a last-edited field.
"""

from __future__ import annotations

import re

_NOTICE = re.compile(r"^\s*[@＠](?:所有人|全体成员|全體成員|全员|全員|全体|全體|all|everyone|here)(?=[\s\u3000:：,，]|$)", re.I)
_EXPORTED = re.compile(r"导出|導出|exported|仅限[^。]{0,8}(?:传阅|傳閱|使用|查阅|查閱)|僅限[^。]{0,8}(?:傳閱|使用|查閱)|"
                       r"内部资料|內部資料|请勿外传|請勿外傳|请勿转发|請勿轉發", re.I)
_EXPORT = re.compile(r"导出|導出|exported", re.I)
_LAST = r"最后编辑|最後編輯|最后修改|最後修改|最近编辑|最近編輯|最后更新|最後更新|最后编辑者|Last edited by|Last modified by"
_EDITED = re.compile(rf"^\s*(?:{_LAST}|协作者|協作者|创建者|創建者|创建人|創建人|所有者|编辑者|編輯者|修改人|Created by|Owner)\s*[:：]\s*(.{{1,60}})$", re.I)
_TEAM = re.compile(r"^\s*(?:队名|隊名|团队名称|團隊名稱|团队|團隊|队伍|隊伍|小组|小組|组名|組名|编写单位|編寫單位|编制单位|編製單位|"
                   r"填报单位|填報單位|记录单位|記錄單位)\s*[:：]\s*([\u4e00-\u9fffA-Za-z0-9·]{2,24})")
_FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}")
_TOP = 6
_TAIL = 6
_LONG = 80


def _set_author(doc, value, line) -> bool:
    if doc.meta.get("author") or doc.declared.get("author"):
        return False
    doc.meta["author"] = value
    doc.meta_lines["author"] = line
    return True


def header_fields(doc) -> None:
    """The team field and the card of labelled lines at the top (see the module)."""
    bl = doc.blocks
    field = [b.kind in ("line", "p") and bool(_FIELD_LINE.match(b.text)) and len(b.text) <= _LONG for b in bl[:_TOP]]
    f = next((i for i, x in enumerate(field) if x), None)
    if f is None:
        return
    # the card opens the document, or stands under its title (a heading, or a short line that is no clause)
    if f > 0 and not (bl[f - 1].kind == "h" or len(bl[f - 1].text) <= 30 and not re.search(r"[，。！？；：,;:]", bl[f - 1].text)):
        return
    fields = []
    for b, x in zip(bl[f:_TOP], field[f:]):
        if not x:
            break
        fields.append(b)
    if len(fields) < 2:
        return
    for b in fields:
        b.starts = True
        m = _TEAM.match(b.text)
        if m and _set_author(doc, m.group(1), b.line):
            doc.record(b.line, m.group(1), m.group(1), "changed", "the team or unit that keeps the document (its header "
                       "field) → author; the line stays")


def notices(doc) -> None:
    """Lines addressed to everyone in the group (see the module)."""
    if any(b.message for b in doc.blocks):
        return  # a chat export: its messages are its text
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind in ("line", "p") and len(b.text) <= 160 and _NOTICE.match(b.text):
                doc.remove(b, "a notice to everyone in the group (@所有人): what the members are to do, no text of "
                           "the document", separates=True)


def export_footer(doc) -> None:
    """The closing run of editing fields and export notices (see the module)."""
    bl = doc.blocks
    i = len(bl)
    while i > 0 and len(bl) - i < _TAIL and bl[i - 1].kind in ("line", "p") and len(bl[i - 1].text.strip()) <= _LONG \
            and (_EDITED.match(bl[i - 1].text) or _EXPORTED.search(bl[i - 1].text) and not re.search(r"[。！？]", bl[i - 1].text)):
        i -= 1
    run = bl[i:]
    if not run or i == 0 or not any(_EXPORT.search(b.text) or re.match(rf"^\s*(?:{_LAST})", b.text, re.I) for b in run):
        return  # (a closing line that only limits who may read it is no footer by itself)
    with doc.batch():
        for b in run:
            m = _EDITED.match(b.text)
            if m:
                label = b.text.split("：")[0].split(":")[0].strip()
                key = "editors" if re.match(rf"^\s*(?:{_LAST})", b.text, re.I) else "credits"
                value = m.group(1).strip()
                if key == "editors":
                    value = (_NAME.match(value) or re.match(r"^\S+", value)).group(0)
                doc.meta.setdefault(key, [])
                credit = f"{label}：{value}"
                if credit not in doc.meta[key]:
                    doc.meta[key].append(credit)
                doc.remove(b, f"the export's editing field → {key}", action="metadata", separates=True)
            else:
                doc.remove(b, "the export's footer (how and for whom the document was exported)", separates=True)
