"""An official document's end matter, by the genre's fixed SHAPE (the layout every government or
association document, letter, notice or minutes follows), never by a topic's words; only among the
document's last lines, whole lines removed, each recorded.

- **The distribution fields**: a line opening on ``抄送：``, ``抄报：``, ``分送：`` or ``发送：`` (who else receives
  the document; the ``印发：`` line goes to the credits, read by ``page_layout``).
- **Bracketed notes under the signature**: a line wholly in brackets that says how the document is
  published (``（此件公开发布）``, ``（此件不予公开）``), that nothing follows (``（以下无正文）``, ``（本页无正文）``), or
  gives a contact (``（联系人：X；联系电话：…）``); an unbracketed contact line (``联系人：X　电话：…``) too.
- **The closing formula** alone on its line (``特此函复。``, ``特此通知。``, ``特此批复。``), and the courtesy closing
  before it (``再次感谢您对…的关心和支持，欢迎继续提出宝贵意见和建议。``): a sentence of thanks for the
  reader's concern and support, and an invitation to write again, nothing more.

A line that says anything else (a decision, a figure, a date of an event) is text and stays, wherever
it stands.
"""

from __future__ import annotations

import re

from .. import person_fields

NAME = "letter_tail"

_TAIL = 10  # non-blank lines: where a document's end matter is looked for
_LONG = 80
#: (``印发：`` is read with the credits, by ``page_layout``: who issued the document and when.)
_FIELD = re.compile(r"^\s*(?:抄送|抄報|抄报|分送|发送|發送)\s*[:：]")
_BRACKETED = re.compile(r"^\s*[（(](.{2,60})[）)]\s*$")
_NOTE = re.compile(r"^(?:此件|本件|此文|本文件)(?:主动|主動|依申请|依申請|不予|不)?(?:公开|公開)(?:发布|發布)?$|"
                   r"^(?:以下|本页|本頁)(?:无|無)正文$|联系人|聯繫人|聯絡人|联系电话|聯繫電話|聯絡電話")
_CONTACT = re.compile(r"^\s*(?:联系人|聯繫人|聯絡人)\s*[:：][^，。]{1,12}?[\s\u3000；;，,]*(?:联系)?(?:电话|電話)\s*[:：]\s*[\d\-－ X()（）]{5,}\s*$")
_FORMULA = re.compile(r"^\s*特此(?:函复|函復|函告|通知|通告|公告|批复|批復|答复|答復|报告|報告|证明|證明|说明|說明|复函|復函)\s*[。！]?\s*$")
_COURTESY = re.compile(r"^\s*(?:再次)?(?:衷心)?(?:感谢|感謝)(?:您|你|您们|你们|各位)?对[^。！？]{1,30}的(?:关心|關心|关注|關注|支持|理解|信任)"
                       r"(?:和|与|與|、)?(?:关心|關心|关注|關注|支持|理解|信任)?[^。！？]{0,4}[，,；;]?"
                       r"(?:(?:欢迎|歡迎)[^。！？]{0,20}(?:意见|意見|建议|建議|监督|監督)[^。！？]{0,6})?[。！]?\s*$")


def _why(text: str) -> str | None:
    t = text.strip()
    if not t or len(t) > _LONG:
        return None
    if _FIELD.match(t):
        return "the document's distribution fields (抄送, 分送)"
    m = _BRACKETED.match(t)
    if m and _NOTE.search(m.group(1).strip()):
        return "a bracketed note under the signature (publication, no more text, contact)"
    if _CONTACT.match(t):
        return "the document's contact line"
    if _FORMULA.match(t):
        return "the document's closing formula (特此…)"
    if _COURTESY.match(t):
        return "the letter's courtesy closing (thanks for the reader's concern)"
    return None


def apply(doc):
    from .. import doc_exports  # a document exported from an online editor: its fields, notices and footer
    doc_exports.header_fields(doc)
    doc_exports.notices(doc)
    doc_exports.export_footer(doc)
    from .. import mail_parts  # an exported mail's quoted original and closing matter
    mail_parts.quoted_original(doc)
    mail_parts.closing_matter(doc)
    bl = doc.blocks
    lines = [k for k, b in enumerate(bl) if b.kind == "line" and b.text.strip()]
    tail = [k for k in lines[-_TAIL:] if k >= lines[len(lines) // 2]]  # never in a text's first half
    with doc.batch():
        for k in tail:
            why = _why(bl[k].text)
            if why:
                person_fields.read(doc, bl[k])  # who explains or wrote the document (解读人：…) → author
                doc.remove(bl[k], why, separates=True)
