"""A page's fields: a line made of ``label：value`` items and a date (``2024-01-29 星期一  来源：X  阅读量：186.2万``,
``分析师：X`` / ``执业证书编号：…``, ``本期编辑：X | 校对：Y``), and what the page's header fields say of it
(its date, its outlet or issuer, its writers, a mail's subject), read into the document's metadata. A split
of ``page_layout``, which decides where such a line is furniture; the items of a line (set apart by bars,
wide spaces, or standing in brackets) are read here for both."""

from __future__ import annotations

import re

from ..screens import SUBJECT, mail_date
from .form_headers import _date

#: Items of a line: set apart by bars, wide spaces, or standing in brackets.
_ITEMS = re.compile(r"\s*[|｜]\s*|\s{2,}|\u3000+")
_BOXED = re.compile(r"[【\[]\s*[^【】\[\]\s，。][^【】\[\]，。]{0,17}[】\]]")
_FIELD = re.compile(r"^([\u4e00-\u9fffA-Za-z]{1,8})\s*[：:]\s*(\S.{0,40})$")
_WHO = re.compile(r"^(?:分析师|分析師|研究员|研究員|作者|撰文|文|记者|記者|撰稿|撰稿人)$")
_SOURCE = re.compile(r"^(?:来源|來源|出处|出處)$")
#: The issuing body's label: the outlet, or the author when the page's outlet is already known (a portal).
_ISSUER = re.compile(r"^(?:发布机构|發布機構|发布单位|發布單位|发文机关|發文機關|发文单位|發文單位)$")
#: A header's title field (a container's or an export's ``Title: …``, ``标题：…``).
_TITLE = re.compile(r"^(?:Title|TITLE|Headline|标题|標題|题目|題目)$")
#: An editor's field (``责任编辑：X``, ``本期校对：Y``).
_EDITOR = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:编辑|編輯|责编|責編|校对|校對|审核|審核|审校|審校|美编|美編)\s*[：:]")


def _fields(text: str) -> list[str]:
    return [w for w in _ITEMS.split(text.strip()) if w.strip()]


def _field_line(text: str) -> bool:
    """A line made only of ``label：value`` fields (and a date), no clause."""
    t = text.strip()
    if len(t) > 80 or re.search(r"[。；！？]", t):
        return False
    fs = _fields(t)
    if not fs:
        return False
    plain = [f for f in fs if (not _FIELD.match(f) or "，" in f) and not _BOXED.fullmatch(f.strip())]
    return len(fs) > len(plain) and all(_date(f) for f in plain)  # (a button beside the fields: 【打印本页】)


def _take_fields(doc, b) -> None:
    authors = []
    for f in _fields(b.text):
        m = _FIELD.match(f)
        if not m:
            continue
        label, value = m.group(1), m.group(2).strip()
        if _WHO.match(label) and re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", value) and value not in authors:
            authors.append(value)
        elif _SOURCE.match(label) and len(value) <= 16 and not doc.declared.get("outlet"):
            doc.meta.setdefault("outlet", value)
        elif _ISSUER.match(label) and 2 <= len(value) <= 24:
            if not (doc.declared.get("outlet") or doc.meta.get("outlet")):
                doc.meta["outlet"] = value
            elif value not in (doc.declared.get("outlet"), doc.meta.get("outlet")) and not doc.declared.get("author"):
                doc.meta.setdefault("author", value)
        elif (SUBJECT.match(label) or _TITLE.match(label)) and len(value) >= 4 and not doc.declared.get("title"):
            doc.meta.setdefault("title", value)  # a mail's subject, a container's title field
            doc.meta_lines.setdefault("title", b.line)
    from .form_chrome import _EXPORT_ROW
    if _EXPORT_ROW.match(b.text):  # when the file was saved or exported: never the article's date
        doc.saved_date = doc.saved_date or _date(b.text) or ""
    elif (d := _date(b.text) or mail_date(b.text)) and not doc.declared.get("date"):
        doc.meta.setdefault("date", d)
    if authors and not doc.declared.get("author"):
        have = [a for a in str(doc.meta.get("author") or "").split("、") if a]
        doc.meta["author"] = "、".join(have + [a for a in authors if a not in have])
