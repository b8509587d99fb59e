"""An exported e-mail's quoted original and its closing matter.

- **Quoted original** (``------ 原始邮件 ------`` / ``-----Original Message-----`` then ``> 发件人: …``,
  ``> 日期: …``, ``> 主题: …``): the quoted header leaves (recorded), and the quoted text becomes one block
  by its sender, opening on the sender's name as a turn (``孟庆川：你好，补充几点：…``), so that what it
  says is credited to who wrote it; the quoted header's date with its clock time goes before the name as
  a message's stamp (``2023-08-02 09:30 孟庆川：…``: when it was written, which its 昨天 counts from, no
  event); a date with no clock time is left out. A quoted header with no readable sender stays as it is.
- **Closing matter**, from the end of the mail up: the unsubscribe line (``请点击此处退订``,
  ``unsubscribe``), the confidentiality notice (``本邮件…保密信息…``), a rule line, and the signature
  block above them (short lines holding a contact field: 电话, 地址, 邮箱 …; an editor's credit there
  goes to ``editors``). Read only in a mail (its header was read) and only as a run closing the file.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^\s*[-—–_=>\s]*(?:原始邮件|原始郵件|原邮件|原郵件|转发邮件|轉發郵件|转发的邮件|Original Message|Forwarded message)"
                        r"[-—–_=\s]*$", re.I)
_HEADER = re.compile(r"^\s*(?P<label>发件人|發件人|寄件者|寄件人|From|日期|发送时间|發送時間|寄件日期|Date|Sent|主题|主題|主旨|Subject|"
                     r"收件人|收件者|To|抄送|副本|Cc)\s*[:：]\s*(?P<value>.*)$", re.I)
_SENDER_LABELS = {"发件人", "發件人", "寄件者", "寄件人", "from"}
_DATE_LABELS = {"日期", "发送时间", "發送時間", "寄件日期", "date", "sent"}
#: the clock time of a quoted header's date ("2023年8月2日 9:30", "Wed, 2 Aug 2023 09:30:00 +0800", "9:30 PM").
_CLOCK = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[:：]([0-5]\d)(?::[0-5]\d)?(?:\s*([ap])\.?m\.?)?(?![\d:])", re.I)
_DISPLAY = re.compile(r"^\s*[\"“”']?\s*([^\"“”'<>@]{2,24}?)\s*[\"“”']?\s*(?:<[^>]*>|\S+@\S+)?\s*$")
_UNSUBSCRIBE = re.compile(r"退订|退訂|取消订阅|取消訂閱|unsubscribe", re.I)
_PRIVATE = re.compile(r"(?:保密|機密|机密|confidential|privileged)", re.I)
_MAIL_WORD = re.compile(r"邮件|郵件|e-?mail", re.I)
_RULE = re.compile(r"^\s*[-—–_=*~·]{4,}\s*$")
_CONTACT = re.compile(r"(?:电话|電話|地址|邮箱|郵箱|信箱|电邮|電郵|手机|手機|传真|傳真|微信|Tel|Fax|E-?mail|Mobile)\s*[:：]", re.I)
_CREDIT = re.compile(r"^\s*(?:本期)?(?:责任编辑|責任編輯|编辑|編輯|主编|主編|责编|責編)\s*[:：]\s*([\u4e00-\u9fff·]{2,4})\s*$")
_SIGNATURE_LINES = 5
_SHORT = 60


def is_mail(doc) -> bool:
    return any(e.rule == "read_mail" for e in doc.audit)


def _raw_quoted(doc, b) -> bool:
    lines = doc.text.splitlines()
    return 0 < b.line <= len(lines) and lines[b.line - 1].lstrip().startswith(">")


def _sent_stamp(value: str) -> str:
    """A quoted header's date as a message's stamp ("2023-08-02 09:30"), or "" when it gives no full day and clock
    time (a day alone would read as an event of the text; no time is made up)."""
    from ..readers.meta import iso_date

    day = iso_date(value)
    clock = _CLOCK.search(value)
    if not day or not clock:
        return ""
    hour = int(clock.group(1))
    if clock.group(3):
        hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
    elif hour < 12 and re.search(r"(?:下午|晚上|晚间|晚間|傍晚)\s*$", value[:clock.start()]):
        hour += 12  # "星期二 下午4:20"
    return f"{day} {hour:02d}:{clock.group(2)}"


def quoted_original(doc) -> None:
    """The quoted original's header leaves; its text becomes one turn by its sender (see the module)."""
    if not is_mail(doc):
        return
    bl = doc.blocks
    for k, b in enumerate(bl):
        if b.kind not in ("caption", "line", "p") or not _SEPARATOR.match(b.text):
            continue
        j, sender, head, sent = k + 1, None, [b], ""
        while j < len(bl) and (m := _HEADER.match(bl[j].text)) and _raw_quoted(doc, bl[j]):
            if m.group("label").lower() in _DATE_LABELS:
                sent = sent or _sent_stamp(m.group("value"))
            if m.group("label").lower() in _SENDER_LABELS and (d := _DISPLAY.match(m.group("value"))):
                sender = d.group(1).strip()
                parts = sender.split()
                if len(parts) > 1 and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", parts[-1]):
                    sender = parts[-1]  # "观测站 宋立平": the unit, then the person who wrote
            head.append(bl[j])
            j += 1
        body = []
        while j < len(bl) and _raw_quoted(doc, bl[j]) and bl[j].kind in ("caption", "line", "p"):
            body.append(bl[j])
            j += 1
        if not sender or not body or len(head) < 2:
            return
        with doc.batch():
            for h in head:
                doc.remove(h, f"the quoted mail's header: its sender ({sender}) labels the quoted text", action="metadata")
        first = body[0]
        for n, x in enumerate(body):
            x.kind = "line"
            x.gap = 1 if n == 0 else 0
        doc.edit(first, 0, 0, (sent + "\u3000" if sent else "") + f"{sender}：", "the quoted mail's sender opens its text as "
                 "a turn (the quote is a block by that sender), its own sending time before it as a message's stamp")
        first.starts = True
        return


def closing_matter(doc) -> None:
    """Unsubscribe line, confidentiality notice, rule and signature closing a mail (see the module)."""
    if not is_mail(doc):
        return
    bl = doc.blocks
    i = len(bl)
    gone: list = []

    def text(k):
        return bl[k].text.strip()

    while i > 0 and bl[i - 1].kind in ("line", "p", "caption"):
        t = text(i - 1)
        if len(t) <= _SHORT and _UNSUBSCRIBE.search(t) or _PRIVATE.search(t) and _MAIL_WORD.search(t) or _RULE.match(t):
            i -= 1
            gone.append(bl[i])
        else:
            break
    k = i
    while k > 0 and i - k < _SIGNATURE_LINES and bl[k - 1].kind in ("line", "p") and len(text(k - 1)) <= _SHORT \
            and not re.search(r"[。！？]", text(k - 1)):
        k -= 1
    signature = bl[k:i]
    # a contact line of the signature another rule already took out (raw lines between it and the closing)
    end = gone[-1].line if gone else signature[-1].line + _SIGNATURE_LINES if signature else 0
    taken = signature and any(_CONTACT.search(e.before) for e in doc.audit if signature[-1].line < e.line < end)
    kinds = {m.group(0)[:2].lower() for b in signature for m in _CONTACT.finditer(b.text)}
    # with no closing notice under it, a signature shows two kinds of contact ("活动地址：…" alone is text)
    if signature and k > 0 and (taken or kinds) and (gone or taken or len(kinds) >= 2):
        gone += signature
    else:
        signature = []
    if not gone:
        return
    with doc.batch():
        for b in reversed(gone):
            m = _CREDIT.match(b.text)
            if m:
                credit = b.text.strip().removeprefix("本期").replace(":", "：").replace("： ", "：")
                doc.meta.setdefault("editors", [])
                if credit not in doc.meta["editors"]:
                    doc.meta["editors"].append(credit)
                doc.remove(b, "the mail's signature: an editor's credit → editors", action="metadata", separates=True)
            elif b in signature:
                doc.remove(b, "the mail's signature (the sender's name and contact)", separates=True)
            else:
                doc.remove(b, "the mail's closing matter (unsubscribe line, confidentiality notice, rule)", separates=True)
