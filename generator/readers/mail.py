"""E-mail saved as a file (``.eml``): a newsletter or a forwarded report as an editor receives it.

- **The message's header block** (``From:``, ``To:``, ``Subject:``, ``Date:``, ``MIME-Version:`` …, up
  to the first empty line) leaves the text; its subject (without ``转发：``, ``Fwd:``, ``Re:``) is the
  title and its date the article's date. Each removed line is recorded with its raw line number.
- **A forwarded message's header** (a rule such as ``-------- 转发的邮件 --------``, ``---------- Forwarded
  message ---------`` or ``-----Original Message-----`` followed by ``发件人：``/``From:``, ``日期：``/
  ``Date:``, ``收件人：``, ``主题：`` lines) leaves the text too: the forwarded message is the article, so
  its date and subject win over the outer message's, and its sender's display name is the outlet.
  The forwarder's own note above it stays (what the forwarder says of the report is news about it); the
  forwarder's signature under the note (``邵佳`` ⏎ ``采购总监｜…`` ⏎ ``手机：…``: short lines, no sentence)
  leaves the text (recorded: it carries a private number).
- **The body** keeps its raw lines when the message is sent as plain 7- or 8-bit text (the usual
  case); a body sent in base64 or quoted-printable, or as several parts, is decoded with Python's
  ``email`` package (the plain-text part, or the HTML part when the plain one is only a stub), and
  its lines are counted in the decoded text (the audit says so).

The body is then read as any source (plain text, Markdown or an HTML page).

A message a mail client exported or copied as plain text (``.txt``: ``发件人: … ⏎ 收件人: … ⏎ 日期: … ⏎
主题: …`` or ``From: … ⏎ Sent: … ⏎ To: … ⏎ Subject: …`` at the top, up to the first empty line) is read the
same way (``unwrap_exported``): its header lines leave the text (recorded), the subject is the title, the
date the article's date and the sender's display name the outlet.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.utils import parseaddr

from ..model import AuditEntry
from .meta import iso_date

__all__ = ["unwrap", "unwrap_exported", "is_message", "SUFFIXES"]

NAME = "read_mail"
SUFFIXES = (".eml",)

_HEADER = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]*(.*)$")
_CONTINUED = re.compile(r"^[ \t]+\S")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:转发|轉發|回复|回覆|答复|答覆|Fwd?|FW|Re|RE|AW|WG)\s*[:：]\s*)+", re.I)
_FORWARD_RULE = re.compile(
    r"^\s*-{2,}\s*(?:转发的邮件|轉發的郵件|转发邮件|轉寄郵件|原始邮件|原始郵件|Forwarded message|Original Message|"
    r"Begin forwarded message)\s*-{0,}\s*$", re.I)
_FORWARD_FIELD = re.compile(
    r"^\s*(?P<label>发件人|發件人|寄件者|From|日期|发送时间|發送時間|寄件日期|Date|Sent|收件人|收件者|To|抄送|副本|Cc|主题|主題|主旨|Subject)"
    r"\s*[:：]\s*(?P<value>.*)$", re.I)
_FROM_LABELS = {"发件人", "發件人", "寄件者", "from"}
_DATE_LABELS = {"日期", "发送时间", "發送時間", "寄件日期", "date", "sent"}
_SUBJECT_LABELS = {"主题", "主題", "主旨", "subject"}
_PLAIN_CTE = {"", "7bit", "8bit", "binary"}


def _header_block(lines: list[str]) -> int:
    """How many lines the message's header block spans (0 when the text does not open with one):
    header lines and their folded continuations, up to the first empty line; at least two of them
    must be mail headers (From, To, Subject, Date, MIME-Version, Content-Type, Message-ID …)."""
    n, known = 0, 0
    for n, line in enumerate(lines):
        if not line.strip():
            break
        if n and _CONTINUED.match(line):
            continue
        m = _HEADER.match(line)
        if not m:
            return 0
        if m.group(1).lower() in ("from", "to", "cc", "subject", "date", "mime-version", "content-type",
                                  "message-id", "received", "return-path", "reply-to", "sender"):
            known += 1
    else:
        n = len(lines)
    return n if known >= 2 else 0



def is_message(text: str) -> bool:
    """True when the text opens on a mail header block (two known headers or more, see ``unwrap``)."""
    return _header_block(text.lstrip("\ufeff").split("\n", 60)[:60]) > 0


def _body(message, raw_body: str) -> tuple[str, bool]:
    """(the body's text, whether it was decoded) for a parsed message."""
    cte = str(message.get("Content-Transfer-Encoding", "") or "").strip().lower()
    if not message.is_multipart() and cte in _PLAIN_CTE:
        return raw_body, False
    try:
        plain = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        text = plain.get_content() if plain is not None else ""
        if html is not None and len(text.strip()) < 200:
            text = html.get_content()
    except (LookupError, ValueError, AttributeError, KeyError):
        return raw_body, False
    return (text, True) if text.strip() else (raw_body, False)


def _forwarded(lines: list[str], start: int, entries: list[AuditEntry], declared: dict) -> None:
    """Blank each forwarded message's rule and header lines (recorded); the last forwarded header's
    date, subject and sender name win (the innermost message is the article)."""
    i = start
    while i < len(lines):
        if not _FORWARD_RULE.match(lines[i]):
            i += 1
            continue
        j, fields = i + 1, {}
        while j < len(lines) and j <= i + 12:
            if not lines[j].strip() and not fields:
                j += 1
                continue
            m = _FORWARD_FIELD.match(lines[j])
            if not m:
                break
            fields.setdefault(m.group("label").lower(), m.group("value").strip())
            j += 1
        if not fields:
            i += 1
            continue
        note = [k for k in range(start, i) if lines[k].strip()]
        if note and sum(len(x) for x in lines[j:]) > 2 * sum(len(lines[k]) for k in note):
            # the forwarder's note stays (what the forwarder says of it), set apart from the forwarded
            # message; the signature under it (name, title, phone) leaves the text
            sig = []
            for k in reversed(note):
                if len(lines[k].strip()) > 30 or re.search(r"[。！？；，]", lines[k]):
                    break
                sig.append(k)
            if len(sig) < len(note):
                for k in sorted(sig):
                    entries.append(AuditEntry(NAME, k + 1, lines[k], "", "removed",
                                              "the forwarder's signature (name, title, phone) under the note"))
                    lines[k] = ""
        for k in range(i, j):
            if lines[k].strip():
                entries.append(AuditEntry(NAME, k + 1, lines[k], "", "removed",
                                          "a forwarded message's header: its date, subject and sender are the "
                                          "article's metadata"))
            lines[k] = ""
        _declare(fields, declared)
        i = j


_EXPORT_TO = {"收件人", "收件者", "to", "抄送", "副本", "cc"}


def _declare(fields: dict[str, str], declared: dict) -> None:
    """The metadata a header's labelled lines give: the date, the subject (without 转发：/Re:) as
    the title, the sender's display name as the outlet."""
    for label, value in fields.items():
        if label in _DATE_LABELS and (d := iso_date(value)):
            declared["date"] = d
        elif label in _SUBJECT_LABELS and (s := _SUBJECT_PREFIX.sub("", value).strip()):
            declared["title"] = s
        elif label in _FROM_LABELS:
            name = parseaddr(value)[0].strip() or (value.split("<")[0].strip().strip('"') if "<" in value else "")
            if 2 <= len(name) <= 40 and "@" not in name:
                declared["outlet"] = name


def unwrap_exported(text: str) -> tuple[str, list[AuditEntry], dict]:
    """A mail client's plain-text export: (the text without its header lines, their audit, the
    metadata they declare). The text is returned as is unless it opens (blank lines aside) with a
    block of ``label: value`` lines naming a sender, a subject and a recipient or a date."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    fields: dict[str, str] = {}
    end = start
    while end < len(lines) and lines[end].strip() and end - start < 12:
        m = _FORWARD_FIELD.match(lines[end])
        if not m:
            return text, [], {}
        fields.setdefault(m.group("label").lower(), m.group("value").strip())
        end += 1
    labels = set(fields)
    if not (labels & _FROM_LABELS and labels & _SUBJECT_LABELS and labels & (_EXPORT_TO | _DATE_LABELS)):
        return text, [], {}
    entries = [AuditEntry(NAME, k + 1, lines[k], "", "removed",
                          "the exported e-mail's header: its subject is the title, its date the article's date, "
                          "its sender the outlet") for k in range(start, end)]
    declared: dict = {}
    _declare(fields, declared)
    out = [""] * end + lines[end:]
    _forwarded(out, end, entries, declared)
    return "\n".join(out), entries, declared


def unwrap(text: str) -> tuple[str, list[AuditEntry], dict]:
    """The body of a saved e-mail, the audit of what left it, and the metadata it declares
    (title, date, outlet). A text that does not open with a mail header block is returned as is."""
    lines = text.split("\n")
    n = _header_block(lines)
    if not n:
        return text, [], {}
    message = email.message_from_string(text, policy=email.policy.default)
    entries = [AuditEntry(NAME, k + 1, lines[k], "", "removed",
                          "the e-mail's header: its subject is the title, its date the article's date")
               for k in range(n) if lines[k].strip()]
    declared: dict = {}
    subject = _SUBJECT_PREFIX.sub("", str(message.get("Subject", "") or "")).strip()
    if subject:
        declared["title"] = subject
    if message.get("Date") and (d := iso_date(str(message.get("Date")))):
        declared["date"] = d
    body, decoded = _body(message, "\n".join(lines[n:]))
    if decoded:
        entries.append(AuditEntry(NAME, n + 1, "", "", "changed",
                                  "the body was sent encoded (base64, quoted-printable or several parts): it "
                                  "is read decoded, and its line numbers count in the decoded text"))
    body_lines = body.split("\n")
    out = [""] * n + body_lines
    _forwarded(out, n, entries, declared)
    return "\n".join(out), entries, declared
