"""A mail archive (``.mbox``: a mailing list's archive, Thunderbird's folder file, a Gmail Takeout
export, or such a file under another ending): read as a thread, one post per message.

    from generator.readers.mbox import mail_archive, convert
    if mail_archive(raw):
        markdown = convert(raw, "content/sources/x.mbox", decode)

The archive is a run of messages, each opening on a separator line ``From <address> <date>`` followed
by its header block. What each message becomes:

- **a post of its sender**: the heading ``N楼　name　day time`` (``forms.post_line``) with the sender's
  display name from ``From:`` (encoded words decoded; the address's local part when no name is
  given) and the day and time of its ``Date:`` as it was written (the sender's own clock);
- **its own words only**: the body (base64 and quoted-printable undone, charset decoded, the plain
  part of a multi-part message or its HTML part as text) without
  - the **list footer** (under a rule ``____``, or the closing lines every message of the archive
    ends on), the **signature** (from the ``-- `` line on; a closing line that only says which
    device sent it: ``Sent from my iPhone``, ``从我的手机发送``),
  - **quoted text**: ``>`` lines, the lead-in that opens a quote (``X wrote:``, ``On … X wrote:``,
    ``X 於 2024年3月29日 週五 上午9:12 寫道：``, ``在 …，X 写道：``), an ``-----Original Message-----``
    block to the end, and a line that repeats an earlier message's line word for word (a quote whose
    ``>`` marks were lost): what a reply quotes is not the replier's words, and it is published once,
    in the message that said it;
- **the thread's title**: the subject most messages share, without ``Re:``/``回复：``/``Fwd:`` and
  list tags (``[EV-Talk]``); the thread's date is its first message's day, its outlet the list's name
  (``List-Id``) when it has one.

What leaves a post is written under it as an HTML comment (``<!-- left out: quoted … -->``), which the
reader drops and the cleaning record keeps under that reason, so an editor sees what left and where
(the review flags do not ask about it: no rule removed it by mistake).

A message of **another thread** that the archive holds (another subject, replying to no message of the
thread) is marked so in its heading (``OTHER_THREAD``); the cleaning sets it aside (recorded, kept for
the editor). A message of the thread about something else stays a post as in any forum thread: the
analysis sets it aside when it is off the corpus's topic. Hard-wrapped lines are joined into paragraphs (no space between
a Chinese character or mark); a numbered point starts a paragraph of its own.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from email.header import decode_header, make_header
from email.utils import parseaddr, parsedate_to_datetime

from ..errors import SourceError
from ..model import post_heading
from .forms import front, html_paragraphs, md_escape

__all__ = ["mail_archive", "convert", "OTHER_THREAD"]

#: The role in the heading of a message of another thread (another subject, replying to none of the
#: thread's): the cleaning sets it aside (``clean.rules.off_topic``), kept for the editor.
OTHER_THREAD = "另一主题"

#: An mbox separator: "From " then an address (or MAILER-DAEMON, or Gmail's id) and an asctime date.
_SEPARATOR = re.compile(r"^From \S+ +(?:[A-Z][a-z]{2} +){1,2}\d{1,2} +\d{1,2}:\d{2}(?::\d{2})? +(?:[+-]\d{4} +)?\d{4}\s*$"
                        r"|^From \S+@\S+ +\S.{5,60}$")
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,60}:")
_CHARSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
_SUBJECT_TAGS = re.compile(r"^(?:\s*(?:(?:Re|RE|Fwd?|FW|AW|WG|回复|回覆|回復|答复|答覆|转发|轉發|轉寄)\s*(?:\[\d+\])?\s*[:：]|\[[^\]]{1,40}\]))+\s*", re.I)
_FOOTER_RULE = re.compile(r"^_{10,}\s*$")
_SIG = re.compile(r"^-- ?$")
_DEVICE = re.compile(r"^(?:Sent from my \S.{0,30}|Get Outlook for \S.{0,20}|(?:从|從)?我的\S{1,12}(?:发送|傳送|寄出|發送)|"
                     r"(?:发|發)自我的\S{1,12})\s*$", re.I)
_LEAD_IN = re.compile(r"(?:\bwrote|\bschrieb|写道|寫道|寫到|写到)\s*[:：]?\s*$", re.I)
_ORIGINAL = re.compile(r"^\s*-{2,}\s*(?:Original Message|原始邮件|原始郵件|Forwarded message|转发的邮件|轉寄郵件)\s*-{0,}\s*$", re.I)
_LEAD_OPEN = re.compile(r"^(?:On\s|Am\s|Le\s|在\s?\d|於\s?\d|于\s?\d)|<$")
_QUOTED_FROM = re.compile(r"^(?:From|发件人|發件人|寄件者|寄件人)\s*[:：]", re.I)
_QUOTED_NEXT = re.compile(r"^(?:Sent|Date|To|发送时间|發送時間|日期|寄件日期|收件人|收件者)\s*[:：]", re.I)
_POINT = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十][、．.]|第[一二三四五六七八九十]、|[-*•·]\s)")
_CJK_END = re.compile(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]$")
_CJK_START = re.compile(r"^[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]")
#: A line shorter than this (spaces aside) is too common to tell a lost quote from the replier's words.
_REPEAT_MIN = 12


def mail_archive(raw: bytes) -> bool:
    """True when the bytes open (blank lines aside) on an mbox separator followed by a header line."""
    lines = raw[:4096].decode("latin-1").replace("\r\n", "\n").lstrip("\xef\xbb\xbf \t\n").split("\n", 2)
    return len(lines) >= 2 and bool(_SEPARATOR.match(lines[0])) and bool(_HEADER.match(lines[1]))


def _split(raw: bytes) -> list[bytes]:
    """The archive's messages (each without its separator line; ``>From`` unescaped), as bytes: each
    message states its own charset."""
    lines = raw.decode("latin-1").replace("\r\n", "\n").lstrip("\xef\xbb\xbf \t\n").split("\n")
    messages: list[list[str]] = []
    for i, line in enumerate(lines):
        opens = _SEPARATOR.match(line) and (i == 0 or not lines[i - 1].strip()) and \
            i + 1 < len(lines) and _HEADER.match(lines[i + 1])
        if opens:
            messages.append([])
        elif messages:
            messages[-1].append(line[1:] if re.match(r"^>+From ", line) else line)
    return ["\n".join(m).encode("latin-1") for m in messages]


def _decoded(value) -> str:
    try:
        return str(make_header(decode_header(str(value or "")))).strip()
    except (LookupError, UnicodeDecodeError, ValueError):
        return str(value or "").strip()


def _field(message, key: str, decode=None) -> str:
    """A header's text: encoded words decoded; raw 8-bit text (an old client's GB2312 or Big5 header,
    sent unencoded) decoded in the message's charset, else as UTF-8, GB18030 or Big5 (the likelier)."""
    raw = next((str(v) for k, v in message.raw_items() if k.lower() == key.lower()), "")
    try:
        data = raw.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # already text
        return _decoded(raw)
    if data.isascii():
        return _decoded(raw)
    for charset in (message.get_content_charset(), "utf-8"):
        try:
            return re.sub(r"\s*\n\s*", " ", data.decode(_CHARSETS.get(charset or "", charset or "utf-8"))).strip()
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return re.sub(r"\s*\n\s*", " ", decode(data, key)[0]).strip() if decode else _decoded(message.get(key))
    except SourceError:
        return _decoded(message.get(key))


def _sender(message, decode=None) -> str:
    name, address = parseaddr(_field(message, "From", decode))
    name = name.strip().strip("\"'")
    if not name or "@" in name:
        name = address.split("@")[0] if address else ""
    return name


def _when(message) -> tuple[str, str]:
    try:
        d = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return "", ""
    return (d.strftime("%Y-%m-%d"), d.strftime("%H:%M")) if d else ("", "")


def _body(message, name: str, decode) -> str:
    """The message's text (transfer encoding and charset undone; the HTML part as text when there
    is no plain one; a part that states no charset decoded as any source)."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        text = part.get_content()
        if "\ufffd" in text and not part.get_content_charset():
            text = decode(part.get_payload(decode=True) or b" ", name)[0]
        if part.get_content_type() == "text/html":
            text = "\n\n".join(html_paragraphs(text))
    except (LookupError, ValueError, AttributeError, KeyError, UnicodeDecodeError):
        payload = message.get_payload()
        text = payload if isinstance(payload, str) else ""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _closing(bodies: list[list[str]]) -> int:
    """How many closing lines (blank lines aside) every message shares: a list's footer."""
    if len(bodies) < 2:
        return 0
    tails = [[ln.strip() for ln in b if ln.strip()] for b in bodies]
    n = 0
    while all(len(t) > n for t in tails) and len({t[-1 - n] for t in tails}) == 1:
        n += 1
    return n if n >= 2 or len(bodies) >= 3 else 0  # (two messages ending on the same "谢谢！" share no footer)


def _without_furniture(lines: list[str], footer: int) -> tuple[list[str], list[str]]:
    """(the body without the list footer — the shared closing lines, or what follows a ``____`` rule —,
    the signature and a closing device line; those lines)."""
    kept = [ln.rstrip() for ln in lines]
    while footer and kept:
        if kept.pop().strip():
            footer -= 1
    rule = next((i for i in range(len(kept) - 1, -1, -1) if _FOOTER_RULE.match(kept[i].strip())), None)
    if rule is not None and len(kept) - rule <= 10:
        kept = kept[:rule]
    sig = next((i for i in range(len(kept) - 1, -1, -1) if _SIG.match(kept[i])), None)
    if sig is not None and len(kept) - sig <= 12:
        kept = kept[:sig]
    while kept and (not kept[-1].strip() or _DEVICE.match(kept[-1].strip())):
        kept.pop()
    return kept, [ln.rstrip() for ln in lines[len(kept):]]


def _key(line: str) -> str:
    return re.sub(r"\s+", "", line.lstrip("> \t"))


def _quoted_header(lines: list[str], i: int) -> bool:
    """True when line ``i`` opens the header of a quoted original (Outlook's ``From: … ⏎ Sent: …``,
    perhaps under a ``____`` rule): the replier's words end there."""
    rest = [x.strip() for x in lines[i:i + 4] if x.strip()]
    if rest and _FOOTER_RULE.match(rest[0]):
        rest = rest[1:]
    return len(rest) >= 2 and bool(_QUOTED_FROM.match(rest[0])) and bool(_QUOTED_NEXT.match(rest[1]))


def _own_words(lines: list[str], said: set[str]) -> tuple[list[str], list[str]]:
    """(the replier's own lines, the quoted ones): quoted lines, quote lead-ins, an original message's
    block and lines that repeat an earlier message word for word are dropped (blank lines stand in)."""
    out: list[str] = []
    quoted: list[str] = []
    following = [""] * (len(lines) + 1)  # the next non-blank line after each line (one pass, from the end)
    for i in range(len(lines) - 1, -1, -1):
        following[i] = lines[i + 1].strip() if i + 1 < len(lines) and lines[i + 1].strip() else following[i + 1]
    for i, line in enumerate(lines):
        s = line.strip()
        if _ORIGINAL.match(s) or _quoted_header(lines, i):
            quoted += lines[i:]
            break
        nxt = following[i]
        if _LEAD_IN.search(s) and len(s) <= 200 and (nxt.startswith(">") or not nxt):
            # a lead-in wrapped over two lines ("On Wed, … Amy Lin <" ⏎ "amy@example.org> wrote:")
            k = len(out) - 1
            if k >= 0 and out[k].strip() and len(out[k]) <= 120 and _LEAD_OPEN.match(out[k].strip()):
                quoted.append(out[k])
                out[k] = ""
            out.append("")
            quoted.append(line)
        elif s.startswith(">") or (len(_key(s)) >= _REPEAT_MIN and _key(s) in said):
            out.append("")
            quoted.append(line)
        else:
            out.append(line)
    return out, quoted


def _kept_aside(what: str, lines: list[str]) -> list[str]:
    """Lines the thread does not publish, written as an HTML comment under the post: the reader
    drops it and the cleaning record keeps it (what left, where), as for any page's comment."""
    lines = [ln.replace("-->", "- ->") for ln in lines if ln.strip() and ln.strip() != ">"]
    return [f"<!-- left out: {what}", *lines, "-->", ""] if lines else []


def _paragraphs(lines: list[str]) -> list[str]:
    """Hard-wrapped lines joined into paragraphs: a blank line or a numbered point starts one."""
    paras: list[str] = []
    cur = ""
    for line in lines:
        s = line.strip()
        if not s or (_POINT.match(s) and cur):
            if cur:
                paras.append(cur)
            cur = s
            continue
        if not cur:
            cur = s
        elif _CJK_END.search(cur) or _CJK_START.search(s):
            cur += s
        else:
            cur += " " + s
    if cur:
        paras.append(cur)
    return paras


def _title(subjects: list[str]) -> str:
    """The subject most messages share (the first message's on a tie), without reply marks and tags."""
    cleaned = [_SUBJECT_TAGS.sub("", s).strip() for s in subjects]
    counts = Counter(c for c in cleaned if c)
    if not counts:
        return ""
    top = max(counts.values())
    return next(c for c in cleaned if c and counts[c] == top)


def _list_name(message, decode=None) -> str:
    value = _field(message, "List-Id", decode)
    name = re.sub(r"<[^>]*>", "", value).strip().strip("\"'")
    return name if 2 <= len(name) <= 60 else ""


def convert(raw: bytes, name: str, decode) -> str:
    """The archive as a thread in Markdown (front matter, one post heading per message, its
    paragraphs). Raises SourceError when it holds no message with text."""
    messages = [email.message_from_bytes(m, policy=email.policy.default) for m in _split(raw)]
    bodies = [_body(m, name, decode).split("\n") for m in messages]
    footer = _closing(bodies)
    subjects = [_field(m, "Subject", decode) for m in messages]
    title = _title(subjects)
    threaded = _in_thread(messages, subjects, title)
    said: set[str] = set()
    posts = []
    for message, body, ours in zip(messages, bodies, threaded):
        lines, furniture = _without_furniture(body, footer)
        own, quoted = _own_words(lines, said)
        paras = _paragraphs(own)
        said |= {k for ln in lines if len(k := _key(ln)) >= _REPEAT_MIN and not ln.lstrip().startswith(">")}
        aside = _kept_aside("quoted from an earlier message, not the sender's words (mbox)", quoted) + \
            _kept_aside("the sender's signature and the list's footer (mbox)", furniture)
        if paras:
            posts.append((_sender(message, decode) or "?", *_when(message), paras, "" if ours else OTHER_THREAD, aside))
    if not posts:
        raise SourceError(f"{name}: this mail archive (mbox) holds no message with text; export the "
                          "messages again, or copy their text into a .txt file")
    outlet = next((n for m in messages if (n := _list_name(m, decode))), "")
    out = front({"title": title, "outlet": outlet, "date": next((p[1] for p in posts if not p[4]), posts[0][1])})
    posts = [p for p in posts if not p[4]] + [p for p in posts if p[4]]  # the thread's floors run on
    for n, (sender, day, clock, paras, role, aside) in enumerate(posts, 1):
        out += ["### " + md_escape(post_heading(n, sender, day, clock, role)), ""]
        for p in paras:
            out += [md_escape(p), ""]
        out += aside
    return "\n".join(out)


def _ids(value) -> set[str]:
    return set(re.findall(r"<[^<>\s]{1,300}>", str(value or "")))


def _in_thread(messages, subjects: list[str], title: str) -> list[bool]:
    """Which messages belong to the thread: those under its subject, and those replying to one of
    them (``In-Reply-To``/``References``), whatever their subject says."""
    ids: set[str] = set()
    out = []
    for m, subject in zip(messages, subjects):
        subject = _SUBJECT_TAGS.sub("", subject).strip()
        refs = _ids(m.get("In-Reply-To")) | _ids(m.get("References"))
        ours = not title or subject == title or bool(refs & ids)
        if ours:
            ids |= _ids(m.get("Message-ID"))
        out.append(ours)
    return out
