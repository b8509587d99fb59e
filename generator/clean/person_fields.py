"""A document's labelled person fields under its text: who explains, speaks for or wrote it.

The phenomenon: an official document, a policy Q&A (政策解读) or a statement prints under its text,
often in brackets beside the issuing office and a contact number, the person who answers for it:
``（解读机关：X厅资源开发处  解读人：处长 张某某  联系电话：…）``, ``发言人：李某``, ``执笔：王某``,
``撰稿人：…``. That line is the document's tail, but the person is its author (the one who explains
or wrote it): read as the author (when the page names none), the field kept in the credits. An
office, a contact person or a telephone number names no author.
"""

from __future__ import annotations

import re

#: A field naming who explains, speaks for or wrote the document; a role word (处长, 主任 …) may stand
#: before the name.
_PERSON = re.compile(r"(?:^|[\s\u3000（(；;，,])(解读人|解讀人|答问人|答問人|解读嘉宾|解讀嘉賓|发言人|發言人|执笔人|執筆人|执笔|執筆|"
                     r"撰稿人|撰稿|起草人)\s*[:：]\s*(?:([\u4e00-\u9fff]{1,8}?(?:长|長|主任|书记|書記|专员|專員|总监|總監|"
                     r"研究员|研究員|干部|幹部|处员|處員|科员|科員))[\s\u3000]*)?([\u4e00-\u9fff·]{2,4})(?=$|[\s\u3000）)；;，,])")


def read(doc, block) -> bool:
    """The person a labelled field on ``block`` names → the author (when none), the field → credits.
    True when one was read."""
    m = _PERSON.search(block.text)
    if not m:
        return False
    label, role, name = m.group(1), m.group(2) or "", m.group(3)
    field = f"{label}：{role + ' ' if role else ''}{name}"
    credits = doc.meta.setdefault("credits", [])
    if field not in credits:
        credits.append(field)
    if not doc.meta.get("author") and not doc.declared.get("author"):
        doc.meta["author"] = name
        doc.meta_lines["author"] = block.line
        doc.record(block.line, m.group(0).strip(), name, "metadata",
                   f"the document's {label} (who answers for it) → author; the field → credits")
    return True
