"""A chat's or channel's export saved as HTML (a messenger's desktop export, a Discord/Slack-style log, a
forum's printable page): a list of authored, stamped messages, each a post of its own.

The phenomenon: the page's body is one element repeated (same tag, same first class), three copies or
more, each copy holding a stamp (a date with a clock time, printed or in a ``title``/``datetime``
attribute), a short sender's name before its text (or none: a message that continues its sender's
run), and its text. The export's chrome around and inside the messages is furniture: the header, the
date separators (a copy holding only a date: it gives the day to the time-only stamps after it), a
service line (a copy with no stamp), "In reply to this message", reactions (emoji and counts), media
placeholders ("Video file", "00:48, 6.2 MB"), avatars' initials, and a short message in which the
channel addresses its readers about itself (subscribe, join, maintenance notice). A message holding a nested block with
its own name and stamp (a forward, a quoted post) is that block's sender's: a forwarded message is its
original channel's, dated by its own stamp. Read from the structure; class words (name, reply,
reaction, media …) are a second signal that only ever makes a short line chrome or a name.

So the export becomes Markdown (as :mod:`.forms` converts a feed): front matter (the chat's name, from the
page's header, as title and, when every message of its own is the chat's, as outlet; the newest day as
date), then per message a post heading (``model.post_heading``: number, sender, day, time) over its text.
A page that is no such list (an article, a thread of two posts, a list of links, a live blog whose
entries each open on a headline: no sender twice) is left to the page reader: ``convert`` returns None.
"""

from __future__ import annotations

import datetime as _dt
import re

from .forms import front, html_paragraphs, md_escape, post_line

__all__ = ["convert", "about_itself"]

_MIN = 3
_SHARE = 0.6  # of the page's text the messages must hold
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                        "dec"], 1)}
_BLOCK = {"div", "p", "section", "article", "blockquote", "li", "ul", "ol", "table", "tbody", "tr", "td", "th",
          "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "dl", "dt", "dd", "main", "aside"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "embed", "img",
         "video", "audio", "button", "input", "form", "canvas"}
_STAMP_ATTRS = ("title", "datetime", "data-timestamp", "data-time", "data-date", "data-datetime")

_ISO = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:[\sT,]{1,3}(\d{1,2})[:：](\d{2}))?")
_DMY = re.compile(r"(?<!\d)(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?:[\s,]{1,3}(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?")
_WORDY = re.compile(r"(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+"
                    r"((?:19|20)\d{2}))(?:[\s,]{1,4}(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?")
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?(?![\d:])")
#: A line that is only a stamp (date, time, zone, weekday words).
_STAMP_ONLY = re.compile(r"^[\s\d:./\-,年月日T]*(?:(?:[AaPp][Mm]|UTC[+-]?\d{0,2}:?\d{0,2}|GMT[+-]?\d{0,4}|"
                         r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?|at|on|星期.|周.|週.|今天|昨天|前天|上午|下午|晚上|凌晨|发表于|發表於|发布于|發佈於|发表时间|發表時間|"
                         r"Posted(?: on)?|[:：])[\s\d:./\-,年月日T]*){0,4}$")
#: A line of the export's chrome: a reply pointer, a media placeholder, an edit mark, a size or duration.
_CHROME_LINE = re.compile(
    r"^(?:In reply to(?: this message)?|Replying to\b.{0,40}|replied to\b.{0,40}|回复(?:了)?\s*\S{0,20}\s*的消息|回覆\s*\S{0,20}\s*的訊息|"
    r"Forwarded (?:message|from)\b.{0,40}|Video file|Photo|Sticker|Voice message|Audio file|File|Animation|GIF|"
    r"Not included, change data exporting settings to download\.?|\(?edited\)?|已编辑|已編輯|"
    r"\[?(?:图片|圖片|视频|視頻|影片|语音|語音|表情|文件|檔案|贴纸|貼圖)\]?|"
    r"[\d:.,\s]*(?:[KMG]i?B|bytes|秒|分钟)[\d:.,\s]*|\d{1,2}:\d{2}(?::\d{2})?,\s*[\d.]+\s*[KMG]B)$", re.I)
#: A line naming the sender of a forwarded message ("Forwarded from X", "转发自 X").
_FORWARD = re.compile(r"^(?:Forwarded from|转发自|轉發自|轉寄自|转自|轉自)\s*[:：]?\s*([^\s：:，。].{0,39})$", re.I)
_CHROME_CLASS = re.compile(r"reaction|reply|userpic|avatar|initials|emoji|media|photo|video|sticker|attach|thumb|"
                           r"status|badge|edited|service|system|toolbar|action|button", re.I)
_NAME_CLASS = re.compile(r"name|author|from|sender|user|nick|poster", re.I)
_SENTENCE = re.compile(r"[。！？!?；;，,：:…]")
_LETTER = re.compile(r"[A-Za-z\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]")


def _stamp_only(text: str) -> bool:
    return len(text) <= 80 and bool(_STAMP_ONLY.match(text))  # a short line only: no backtracking on a long one


def _norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u200b]+", " ", text or "").strip()


def _clock(h: str, m: str, ampm: str | None) -> str:
    hour = int(h)
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    return f"{hour:02d}:{int(m):02d}" if hour < 24 and int(m) < 60 else ""


def _day(y, mo, d) -> str:
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return ""


def _when(text: str) -> tuple[str, str]:
    """(day, time) of a stamp: ``2024-10-08 15:08``, ``24.09.2024 09:31:05 UTC+08:00``, ``10/08/2024 3:08 PM``,
    ``8 October 2024``, ``Oct 8, 2024 at 3:08 PM``, or a time alone (day "")."""
    text = text[:120]
    if m := _ISO.search(text):
        return _day(*m.groups()[:3]), _clock(m.group(4), m.group(5), None) if m.group(4) else ""
    if m := _DMY.search(text):
        a, sep, b, y = m.group(1), m.group(2), m.group(3), m.group(4)
        day = _day(y, b, a) if sep == "." else (_day(y, a, b) or _day(y, b, a))  # 24.09.2024; 10/08/2024 (US first)
        return day, _clock(m.group(5), m.group(6), m.group(7)) if m.group(5) else ""
    if m := _WORDY.search(text):
        g = m.groups()
        d, mon, y = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
        month = _MONTHS.get(mon[:3].lower())
        if month:
            return _day(y, month, d), _clock(g[6], g[7], g[8]) if g[6] else ""
    if (m := _CLOCK.search(text)) and len(text) <= 24:
        return "", _clock(*m.groups())
    return "", ""


def _stamp_of(el) -> tuple[str, str] | None:
    """The stamp an element states in an attribute (``title``, ``datetime`` …), or None."""
    for attr in _STAMP_ATTRS:
        value = el.get(attr)
        if value and len(value) <= 80:
            day, clock = _when(value)
            if day:
                return day, clock
    return None


def _items(el, out: list) -> None:
    """The message's pieces in page order: (element, text) of each element with no block inside it, and
    of the direct text of one that has blocks."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _SKIP or not tag:
        return
    if not any(isinstance(k.tag, str) and k.tag.lower() in _BLOCK for k in el.iterdescendants()):
        kids = [k for k in el if isinstance(k.tag, str) and _norm(k.text_content())]
        if not (len(kids) >= 2 and not _norm(el.text) and not any(_norm(k.tail) for k in el)
                and all(len(_norm(k.text_content())) <= 60 for k in kids)):
            out.append(el)
            return
        # a row of short labelled pieces ("<span>name</span> <span>stamp</span>"): each a piece of its own
    if _norm(el.text):
        out.append((el, el.text))
    for kid in el:
        _items(kid, out)
        if _norm(kid.tail):
            out.append((el, kid.tail))


def _piece(item) -> tuple[object, str, tuple[str, str] | None]:
    """(element, its text without its stamps, the stamp it states)."""
    if isinstance(item, tuple):  # a text between elements ("<div>name</div>2024-10-08 15:08:01")
        el, text = item[0], _norm(item[1])
        if _stamp_only(text) and (w := _when(text))[0]:
            return el, "", w
        return el, text, None
    el, stamp, drop = item, _stamp_of(item), []
    for sub in item.iter():
        if sub is not item and isinstance(sub.tag, str) and (s := _stamp_of(sub)):
            stamp = stamp or s
            drop.append(_norm(sub.text_content()))
    text = _norm(item.text_content())
    for d in drop:
        if d:
            text = _norm(text.replace(d, " ", 1))
    if stamp is None and text and _stamp_only(text) and (w := _when(text)) != ("", ""):
        return el, "", w
    if stamp and _stamp_only(text):
        text = ""
    return el, text, stamp


def _classes(el, stop) -> str:
    out = []
    while el is not None and el is not stop:
        out.append(el.get("class", "") or "")
        el = el.getparent()
    return " ".join(out)


def _message(member) -> dict | None:
    """A copy's sender(s), stamp and text, or None when it holds no stamp."""
    items: list = []
    _items(member, items)
    names: list[tuple[str, tuple | None]] = []
    stamps: list[tuple[str, str]] = []
    texts: list[str] = []
    forward = ""
    for item in items:
        el, text, stamp = _piece(item)
        if stamp:
            stamps.append(stamp)
        if not text:
            continue
        cls = _classes(el, member)  # classes inside the message only: its own class says nothing of a line
        if (fw := _FORWARD.match(text)) and not texts:
            forward = fw.group(1).strip()
            continue
        short = len(text) <= 60
        if short and (_CHROME_LINE.match(text) or not _LETTER.search(text) or len(text) <= 1
                      or _CHROME_CLASS.search(cls) and not _NAME_CLASS.search(el.get("class", "") or "")):
            continue
        if not texts and len(text) <= 40 and (not _SENTENCE.search(text) or _NAME_CLASS.search(cls)) \
                and not text.startswith(("【", "[", "「", "“", "#", "@")):
            names.append((text, stamp))
            continue
        if isinstance(item, tuple):
            texts.append(text)
        else:
            import lxml.html
            texts += html_paragraphs(lxml.html.tostring(el, encoding="unicode"))
    if not stamps:
        return None
    if not texts and names and not _NAME_CLASS.search(member.get("class", "") or ""):
        texts = [names.pop()[0]]  # a short message alone (no sentence mark) is its text, not a name
    own = names[0][0] if names else ""
    sender, stamp = own, stamps[0]
    if forward:  # "Forwarded from X": X's message
        sender = forward
    elif len(names) > 1 and names[-1][1]:  # a nested block with its own name and stamp (a forward): its sender's
        sender, stamp = names[-1]
    # a further short line before the text is a badge or rank (≤ 8 characters: never a name), else text
    texts[:0] = [t for t, st in names[1:] if st is None and len(t) > 8 and t != sender]
    return {"own": own, "sender": sender, "stamp": stamp, "texts": texts}


#: The chat naming itself ("本頻道", "our channel"), and a call or notice to its readers (subscribe, join,
#: maintenance): a channel's post about the channel is its furniture, not news.
_ITSELF = re.compile(r"本?(?:頻道|频道|群組|群组)|本群|(?:this|our) (?:channel|group|server)", re.I)
_CALL = re.compile(r"訂閱|订阅|加入|按此|點擊|点击|掃碼|扫码|公告|維護|维护|置頂|置顶|subscribe|join|maintenance|pinned",
                   re.I)


def about_itself(texts: list[str]) -> bool:
    """A short message in which the chat addresses its readers about itself (a call to subscribe or join,
    a notice of maintenance), holding no sentence of news (at most 80 characters)."""
    text = " ".join(texts)
    return len(text) <= 80 and bool(_ITSELF.search(text)) and bool(_CALL.search(text))


def _group(body):
    """The repeated element of the page that holds most text in stamped copies: (members, messages)."""
    best, best_size = None, 0
    for parent in body.iter():
        if not isinstance(parent.tag, str) or len(parent) < _MIN:
            continue
        buckets: dict[tuple, list] = {}
        for kid in parent:
            if isinstance(kid.tag, str):
                key = (kid.tag.lower(), (kid.get("class", "") or "").split()[:1])
                buckets.setdefault((key[0], tuple(key[1])), []).append(kid)
        for members in buckets.values():
            if len(members) < _MIN:
                continue
            size = sum(len(_norm(m.text_content())) for m in members)
            if size > best_size:
                best, best_size = members, size
    return best


def convert(text: str, name: str) -> str | None:
    """The Markdown of a chat or channel export, or None when the page is not one."""
    from .html import parse

    try:
        root = parse(text, whole=True)
    except Exception:
        return None
    body = root.find("body")
    if body is None:
        return None
    members = _group(body)
    if not members:
        return None
    total = len(_norm(" ".join(t for el in body.iter() if isinstance(el.tag, str) and el.tag.lower() not in _SKIP
                                for t in (el.text, el.tail) if t)))
    messages, day, run, first = [], "", "", None
    chosen = set(members)
    for m in members[0].getparent():
        if not isinstance(m.tag, str):
            continue
        msg = _message(m) if m in chosen else None
        if msg is None:  # a copy with no stamp, or another element between the copies: a date separator
            line = _norm(m.text_content())  # gives its day, any other is a service line
            w = _when(line) if len(line) <= 60 else ("", "")
            day = w[0] or day
            continue
        d, clock = msg["stamp"]
        d = d or day
        day = d or day
        run = msg["own"] or run
        sender = msg["sender"] if msg["sender"] != msg["own"] else (msg["own"] or run)
        if msg["texts"] and sender and not about_itself(msg["texts"]):
            first = first if messages else m
            messages.append((sender, d, clock, msg["texts"], sender == (msg["own"] or run)))
    said = sum(len(_norm(m.text_content())) for m in members)  # the list is the page: its copies hold most of its text
    if len(messages) < _MIN or said < _SHARE * total or sum(1 for x in messages if x[2]) * 2 < len(messages):
        return None
    if len({x[0] for x in messages}) == len(messages):  # no sender twice: a list of titled entries (a live blog's
        return None                                      # headlines), not people talking

    header = _header(body, first)
    title_el = root.find(".//title")
    title = header or (_norm(title_el.text_content()) if title_el is not None else "")
    own = {s for s, _d, _c, _t, own_ in messages if own_}
    outlet = header if header and own == {header} else ""
    lines = front({"title": title, "outlet": outlet, "date": max((d for _, d, *_ in messages if d), default="")})
    for n, (sender, d, clock, texts, _own) in enumerate(messages, 1):
        lines += [post_line(n, sender, d, clock), ""]
        for t in texts:
            lines += [md_escape(t), ""]
    return "\n".join(lines)


def _header(body, first) -> str:
    """The chat's name: the last short line printed before the first message (the export's header; a
    labelled line's value)."""
    last = ""
    for el in body.iter():
        if el is first:
            break
        if not isinstance(el.tag, str) or el.tag.lower() in _SKIP:
            continue
        t = _norm(el.text)
        if t and len(t) <= 80 and not _SENTENCE.search(t[-1:]) and _LETTER.search(t) and len(t) > 1 \
                and _when(t) == ("", ""):  # a date separator is no name
            label = re.match(r"^[^:：\s]{1,8}\s?[:：]\s*(\S.*)$", t)  # "消息对象: 小区业主群": the value names the chat
            last = label.group(1) if label else t
    return last
