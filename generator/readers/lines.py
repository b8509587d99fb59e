"""Line-per-message forms of plain text: chat exports and transcripts of timed turns.

- **Messages and timed turns**: a text whose lines open on a time stamp and a speaker's label
  (``2024-05-03 09:12 周敏：…``, ``[00:12:31] 主持人：…``) writes a message or a turn per line.
  The form is recognised by its structure: three stamped, labelled lines or more in one stamp
  format (bracket, date, seconds), two labels or more each opening two of them. Each message then
  starts a paragraph of its own that opens on its speaker's label (``周敏：…``); the stamp leaves
  the text (recorded), so it is never glued to the name; a message that ends on no final mark (chats
  write none) gets a full stop, so its words are a sentence of their own (recorded). A chat that runs over several days gets the
  day as a heading where the day changes (``### 2024-05-04``), as the app shows it. A message holding
  nothing but placeholders (``[表情]``, ``[图片]``) is removed; so is a stamped line with no label
  (the app's own notice: "「某某」撤回了一条消息"), when short. Lines under a message without a stamp
  (a forwarded note, a list) stay with it. A chapter list above the turns, stamped in another format
  ("00:03:12 销量和在线人数", three lines or more, with its short title line), leaves. An export that writes each sender and time on a line of
  its own over the message ("王磊 2024-08-21 09:12" ⏎ "…") is read the same way. The chat's name in the header above the first message (a
  line closing on its member count, "青禾志愿队（9人）", an app's "与X的聊天记录", or the export's first
  line "群聊：青禾志愿队")
  is the title.

Subtitle files and timed transcripts without speakers: :mod:`generator.readers.cues`.
"""

from __future__ import annotations

import re
from collections import Counter

from ..clean.doc import Chunk, Doc

__all__ = ["read_messages", "empty_message", "MESSAGE_RE"]

NAME = "read_lines"

#: A stamped line: optional bracket, optional date, a clock time (seconds optional), bracket, then
#: (optionally) a label of 1–16 characters and a colon. Groups: open, date, time, secs, close, label, rest.
MESSAGE_RE = re.compile(
    r"^\s*(?P<open>[\[【(（]?)\s*(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?"
    r"(?P<time>\d{1,2}[:：]\d{2}(?P<secs>[:：]\d{2}(?:[.,]\d{1,3})?)?)\s*(?P<close>[\]】)）]?)\s*"
    r"(?:(?P<label>[^\s：:，。,；;！？!?「」\[\]【】]{1,16}?)\s*[：:])?(?P<rest>.*)$")
#: A message that holds only placeholders of what the export could not keep ("[表情]", "[图片]").
_ONLY_PLACEHOLDERS = re.compile(r"^\s*(?:[\[【][^\[\]【】\s]{1,6}[\]】]\s*)+$")
_FINAL = re.compile(r"[。！？!?…~～）)」』”\"]$|[\u3002.]{3}$")
_LABEL_ONLY = re.compile(r"^[^\s：:，。]{1,16}[：:]\s*$")
#: An app notice without a sender is short and ends no sentence of its own.
_NOTICE_MAX = 24


def _signature(m: re.Match) -> tuple[bool, bool, bool]:
    return (bool(m.group("open")), bool(m.group("date")), bool(m.group("secs")))


def _day(date: str) -> str:
    y, mo, d = (int(x) for x in re.findall(r"\d+", date)[:3])
    return f"{y:04d}-{mo:02d}-{d:02d}"


_STAMP = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?"
#: A message's header on a line of its own, its text on the next: "王磊 2024-08-21 09:12",
#: "2024-08-21 09:12:03 王磊(12345)", "王磊  9:12 AM".
_SENDER_LINE = re.compile(rf"^\s*(?:(?P<n1>[^\s\d：:，。,\[\]【】][^\s：:，。,\[\]【】]{{0,15}}?)\s+(?P<s1>{_STAMP})|"
                     rf"(?P<s2>{_STAMP})\s+(?P<n2>[^\s\d：:，。,\[\]【】][^\s：:，。,\[\]【】]{{0,15}}?)"
                     rf"(?:\s*[（(][^()（）\s]{{1,20}}[)）])?)\s*$")


#: The app's own line inside a chat, of any topic: a member joined, left, was removed, recalled a
#: message, patted another; a stretch of history begins. Its verbs are the app's, not the members'.
_SYSTEM = re.compile(r"^\s*(?:(?:[「“\"『]?[^\s，。,；;！？!?]{1,20}?[」”\"』]?)?\s*(?:(?:邀请|邀請)\S{1,40}?)?"
                     r"(?:加入了?群聊|加入了?群組|退出了?群聊|退出了?群組|离开了?群聊|離開了?群組|被移出(?:了)?群聊|被移出(?:了)?群組|"
                     r"撤回了一条消息|撤回了一條消息|收回了一則訊息|已收回訊息|拍了拍\S{0,20}|修改群名为\S{0,30}|修改群名為\S{0,30})"
                     r"|[-—=\s]*(?:以下(?:是|为|為)新消息|以上(?:是|为|為)历史消息|以上(?:是|为|為)歷史訊息)[-—=\s]*)\s*$")
#: A reply's quote of another message: "引用：王某：…", "「王某：…」", "> 王某：…", "回复 王某：…".
_QUOTE = re.compile(r"^\s*(?:(?:引用|引述|回复|回覆)\s*[：:]?\s*(?:[@＠])?|>\s*|[「『])(?P<who>[^\s：:，。,]{1,16})\s*[：:]\s*(?P<words>\S.*?)[」』]?\s*$")


def _aside(doc: Doc, b: Chunk, earlier: str) -> str:
    """What a line under a message is, when it is no words of the sender's: ``"gone"`` (the app's
    notice, a placeholder of a picture or a voice message: removed, recorded), ``"quote"`` (another
    member's words quoted by the reply: removed when those words are in an earlier message, else
    kept as a quote of its own), or ``""`` (the sender's words)."""
    t = b.text.strip()
    if len(t) <= 60 and _SYSTEM.match(t):
        doc.record(b.line, b.text, "", "removed", "the chat app's own notice (a member joined, left, recalled a message)")
        return "gone"
    if _ONLY_PLACEHOLDERS.match(t):
        doc.record(b.line, b.text, "", "removed", "a placeholder of what the export could not keep (a picture, a voice message)")
        return "gone"
    m = _QUOTE.match(t)
    if m and len(m.group("words")) >= 2:
        words = re.sub(r"[。！？!?，,…\s]+$", "", m.group("words"))
        if words and words in earlier:
            doc.record(b.line, b.text, "", "removed", f"a reply's quote of {m.group('who')}'s earlier message: "
                       "their words (kept where they wrote them), not the sender's")
            return "gone"
        doc.record(b.line, b.text, "> " + t, "changed", f"a reply's quote of {m.group('who')}'s words: a quote, "
                   "not the sender's words")
        b.kind, b.text, b.gap = "caption", f"{m.group('who')}：{m.group('words')}", max(b.gap, 1)
        return "quote"
    return ""


def _bare(name: str) -> str:
    """A sender without the note the app prints after the name ("老李(5栋)" → "老李")."""
    return re.sub(r"[（(][^()（）]{1,20}[)）]$", "", name)


def _fold_headers(doc: Doc) -> set[int]:
    """A chat export that writes each message's sender and time on a line of its own, the text on
    the lines under it: three such headers or more, two senders or more each heading two of them.
    Each header is folded into its message's first line ("09:12 王磊：…"), so the message reads as
    the one-line form does (recorded)."""
    bl = doc.blocks
    heads = [(i, m) for i, b in enumerate(bl[:-1]) if b.kind == "line" and (m := _SENDER_LINE.match(b.text))
             and bl[i + 1].kind == "line" and bl[i + 1].gap == 0 and not _SENDER_LINE.match(bl[i + 1].text)]
    names = Counter((m.group("n1") or m.group("n2")) for _, m in heads)
    if len(heads) < 2:
        return set()
    if len(heads) < 3 or sum(1 for n in names.values() if n >= 2) < 2:
        # a few such headers among one-line messages of the same export (one chat, two forms): the
        # senders heading them write one-line messages too
        senders = Counter()
        for n, c in names.items():
            senders[_bare(n)] += c
        for b in bl:
            if b.kind == "line" and (m := MESSAGE_RE.match(b.text)) and m.group("label"):
                senders[_bare(m.group("label"))] += 1
        one_line = sum(senders.values()) - sum(names.values())
        if one_line < 2 or sum(senders.values()) < 4 or sum(1 for n in senders.values() if n >= 2) < 2:
            return set()
    quotes = _asides(doc, heads[0][0])
    if quotes is not None:
        heads = [(i, m) for i, b in enumerate(bl[:-1]) if b.kind == "line" and (m := _SENDER_LINE.match(b.text))
                 and bl[i + 1].kind == "line" and bl[i + 1].gap == 0 and not _SENDER_LINE.match(bl[i + 1].text)]
    gone, folded = set(), set()
    for i, m in heads:
        head, first = bl[i], bl[i + 1]
        folded.add(id(first))
        name, stamp = m.group("n1") or m.group("n2"), (m.group("s1") or m.group("s2")).strip()
        stamp = re.sub(r"\s*([AaPp][Mm])$", "", stamp)
        prefix = f"{stamp} {name}："
        doc.record(head.line, head.text, prefix, "changed",
                   "a message's header (sender and time on a line of their own) → before its first line")
        first.text = prefix + first.text
        first.marks = [(0, head.line)] + [(o + len(prefix), ln) for o, ln in first.marks]
        first.gap = head.gap
        gone.add(id(head))
        k = i + 2  # the message's further lines (typed on new lines: clauses of one message)
        while k < len(bl) and bl[k].kind == "line" and bl[k].gap == 0 and not _SENDER_LINE.match(bl[k].text) \
                and not _LIST.match(bl[k].text) and not _LIST.match(bl[i + 1].text[len(prefix):]):
            sep = "" if re.search(r"[，。！？,.!?；;：:…]$", first.text) else "，"
            doc.record(bl[k].line, first.text[-8:] + "\n" + bl[k].text[:8], first.text[-8:] + sep + bl[k].text[:8],
                       "changed", "a message's next line joined to it (a line typed within one message)")
            first.marks += [(o + len(first.text) + len(sep), ln) for o, ln in bl[k].marks]
            first.text += sep + bl[k].text
            gone.add(id(bl[k]))
            k += 1
    bl[:] = [b for b in bl if id(b) not in gone]
    for head_line, quote in quotes or ():  # each quote over the reply that quotes it
        at = next((k for k, b in enumerate(bl) if b.line == head_line and b.kind == "line"), None)
        if at is not None:
            bl.insert(at, quote)
    return folded


def _asides(doc: Doc, first: int):
    """The lines under the messages of a chat export (from its first header ``first`` on) that are
    no words of their sender's, taken out of the blocks before the messages are folded: the app's
    notices and placeholders leave; a quote of another message leaves when its words are in an
    earlier message, else it is kept as a quote (``caption``) set over its reply. Returns the kept
    quotes as (raw line of the reply's header, quote block), or None when there was nothing."""
    bl, out, said, head, changed = doc.blocks, [], [], None, False
    keep = []
    for k, b in enumerate(bl):
        if k < first or b.kind != "line":
            keep.append(b)
            continue
        if _SENDER_LINE.match(b.text):
            head = b.line
            keep.append(b)
            continue
        nxt = bl[k + 1] if k + 1 < len(bl) else None
        if keep and keep[-1].line == head and (nxt is None or nxt.gap > 0 or nxt.kind != "line" or _SENDER_LINE.match(nxt.text)):
            keep.append(b)  # a message's only line (a picture's placeholder) stays: the message leaves whole later
            said.append(b.text)
            continue
        what = _aside(doc, b, "\n".join(said))
        if what == "quote" and head is not None:
            out.append((head, b))
            changed = True
        elif what:
            changed = True
        else:
            said.append(b.text)
            keep.append(b)
    if changed:
        bl[:] = keep
    return out if changed else None


def read_messages(doc: Doc) -> bool:
    """Recognise a chat export or a timestamped transcript (see the module); edit ``doc.blocks``
    in place; True when the text is one."""
    folded = _fold_headers(doc)
    blocks = doc.blocks
    found = [(i, m) for i, b in enumerate(blocks) if b.kind == "line" and (m := MESSAGE_RE.match(b.text))]
    labelled = [(i, m) for i, m in found if m.group("label")]
    if len(labelled) < 3:
        return False
    sig = Counter(_signature(m) for _, m in labelled).most_common(1)[0][0]
    ours = [(i, m) for i, m in found if _signature(m) == sig or id(blocks[i]) in folded]
    labels = Counter(m.group("label") for _, m in ours if m.group("label"))
    if sum(1 for n in labels.values() if n >= 2) < 2 or sum(labels.values()) < 3:
        return False
    _chapters(doc, [i for i, m in found if _signature(m) != sig and id(blocks[i]) not in folded], min(i for i, _ in ours))
    _group_name(doc, min(i for i, _ in ours))
    blocks = doc.blocks
    found = [(i, m) for i, b in enumerate(blocks) if b.kind == "line" and (m := MESSAGE_RE.match(b.text))]
    ours = [(i, m) for i, m in found if _signature(m) == sig or id(blocks[i]) in folded]
    out: list[Chunk] = []
    stamped = dict(ours)
    last_day = None
    days = {_day(m.group("date")) for _, m in ours if m.group("date")}
    removed = 0
    for i, b in enumerate(blocks):
        m = stamped.get(i)
        if m is None:
            if b.kind == "line" and out and any(o.message for o in out) and \
                    (what := _aside(doc, b, "\n".join(o.text for o in out if o.message))):
                if what == "quote":
                    out.append(b)
                continue
            out.append(b)
            continue
        stamp = b.text[:m.start("label") if m.group("label") else m.start("rest")]
        label, rest = m.group("label"), m.group("rest").strip()
        if not label and (len(rest) > _NOTICE_MAX or re.search(r"[。！？!?]$", rest)):
            label = None  # a stamped line of text (an entry's time): kept, only the stamp leaves
        elif not label or _ONLY_PLACEHOLDERS.match(rest) or not rest:
            doc.record(b.line, b.text, "", "removed",
                       "a message with nothing to read (a placeholder of a sticker or picture, or the app's "
                       "notice without a sender)" if label or not rest else
                       "the chat app's notice (a stamped line without a sender)")
            removed += 1
            continue
        day = _day(m.group("date")) if m.group("date") else None
        if day and len(days) > 1 and day != last_day:
            head = Chunk("h", day, [(0, b.line)], max(b.gap, 1), level=3)
            doc.record(b.line, stamp.strip(), "### " + day, "changed", "the chat's day → a heading where it changes")
            out.append(head)
        last_day = day or last_day
        if label and not _FINAL.search(rest):
            doc.record(b.line, rest[-8:], rest[-8:] + "。", "changed",
                       "a message's end is its sentence's end (a chat writes no final stop)")
            rest += "。"
        text = (label + "：" + rest) if label else rest
        doc.record(b.line, stamp.strip(), "", "removed",
                   "a message's time stamp (the message keeps its speaker label and is a paragraph of its own)")
        b.text, b.marks = text, [(0, b.line)]
        b.gap, b.starts = max(b.gap, 1), True
        b.message = bool(label)
        out.append(b)
    blocks[:] = out
    return True


#: The chat's name over the export: a line closing on its member count ("青禾志愿队（9人）",
#: "Hiking club (12 members)"), or the export's first line as "label：name" with no digit in the name.
_MEMBERS = re.compile(r"^\s*(?:[^\s：:]{1,5}\s*[：:]\s*)?(?P<name>\S.{0,38}?)\s*[（(]\s*\d{1,5}\s*(?:人|位|名|members?)\s*[）)]\s*$",
                      re.I)
_LIST = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[-*•·]\s|[（(]?[一二三四五六七八九十]{1,2}[、）)])")
#: A chat app's export title: "与X的聊天记录", "和X的聊天记录", "X的聊天记录".
_RECORD_OF = re.compile(r"^\s*(?:与|與|和|跟)?[“\"「]?(?P<name>[^“”\"「」]{2,40}?)[”\"」]?\s*的?(?:聊天记录|聊天紀錄|聊天記錄|群聊记录|对话记录)\s*$")
_NAMED = re.compile(r"^\s*[^\s：:\d]{1,5}\s*[：:]\s*(?P<name>[^\d：:]{2,40}?)\s*$")


def _group_name(doc: Doc, first: int) -> None:
    """The chat's name in the export's header (the lines above its first message) → title: an app
    prints it over the messages as a window's title; the first message is never the title."""
    if doc.declared.get("title"):
        return
    head = [b for b in doc.blocks[:min(first, 8)] if b.kind == "line"]
    for k, b in enumerate(head):
        m = _MEMBERS.match(b.text) or _RECORD_OF.match(b.text) or \
            (_NAMED.match(b.text) if k == 0 and b is doc.blocks[0] else None)
        if m:
            doc.declared["title"] = m.group("name").strip()
            doc.record(b.line, b.text, "", "metadata", "the chat's name over its messages → title")
            doc.blocks.remove(b)
            return


def _chapters(doc: Doc, other: list[int], first: int) -> None:
    """A recording's chapter list above its turns: three or more lines in a row stamped in another
    format than the turns ("00:03:12 销量和在线人数"), with the short title line over them
    ("【本期时间轴】"): the recording's navigation, removed (recorded)."""
    run = [i for i in other if i < first]
    if len(run) < 3 or run != list(range(run[0], run[0] + len(run))):
        return
    bl = doc.blocks
    gone = [bl[i] for i in run]
    k = run[0] - 1
    if k >= 0 and bl[k].kind == "line" and len(bl[k].text) <= 12 and not re.search(r"[，。！？,.!?：:]", bl[k].text):
        gone.insert(0, bl[k])
    for b in gone:
        doc.record(b.line, b.text, "", "removed", "the recording's chapter list (times and chapter titles), over its turns")
    ids = {id(b) for b in gone}
    bl[:] = [b for b in bl if id(b) not in ids]


def empty_message(b: Chunk) -> bool:
    """True when a message read by :func:`read_messages` kept nothing but its speaker's label
    (the rules removed all it held, e.g. a sticker's shortcode)."""
    return b.message and bool(_LABEL_ONLY.match(b.text))
