"""A chat's or channel's export saved as JSON (Telegram Desktop's ``result.json``, and exports in its shape):
each message a post of its own, as :mod:`.chatexport` reads the same export saved as HTML.

The phenomenon: the export is an object naming the chat (``name``, ``type``: ``public_channel``,
``private_group`` …) with a list of ``messages``, each with an ``id``, a ``type`` (``message``, or
``service`` for a pin, a join, a title change), a stamp (``date``: ``2023-09-05T08:12:33``, the exporting
machine's clock), its sender (``from``; a forward's original sender in ``forwarded_from``), its ``text`` (a
string, or a list mixing strings and entity objects ``{"type": "bold", "text": …}``), and what is no text:
``photo``/``file`` paths, ``reactions``, ``edited`` stamps, ``text_entities`` (the same text again).
So the export becomes Markdown: front matter (the chat's name as title and, for a channel, whose posts
are its own, as outlet; the newest day as date), then per message a post heading (number, sender, day,
time) over its text, one paragraph per line. Service messages, media paths, reactions and a short
message in which the channel addresses its readers about itself (join our VIP group) leave; a message
with no text (a photo alone) gives no post.
"""

from __future__ import annotations

import re

from .forms import MAX_CELL, front, md_escape, post_line

__all__ = ["chat_export", "convert"]

_MIN = 3


def chat_export(data) -> bool:
    """Whether parsed JSON is a chat's export: an object with a list of three or more messages, most of them
    carrying a stamp and a text."""
    if not isinstance(data, dict):
        return False
    chats = data.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        return any(chat_export(c) for c in chats["list"] if isinstance(c, dict))
    messages = data.get("messages")
    if not isinstance(messages, list) or len(messages) < _MIN:
        return False
    shaped = [m for m in messages[:200] if isinstance(m, dict) and "date" in m and "text" in m]
    return len(shaped) * 2 > min(len(messages), 200)


def _text(value) -> str:
    """A message's text as Markdown lines: its words escaped, a link entity a Markdown link (a line that is only a
    link, "報告原文", is then the cleaner's to judge, as any link line)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return ""
    out = []
    for v in value:
        if isinstance(v, str) and not v.strip():
            out.append(v)  # the space or line break between entities
        elif isinstance(v, str):
            out.append("\n".join(md_escape(line) for line in v.split("\n")))
        elif isinstance(v, dict):
            words = str(v.get("text", ""))
            href = str(v.get("href", "")) if v.get("type") == "text_link" else ""
            if href.startswith(("http://", "https://")) and words.strip():
                out.append(f"[{md_escape(words)}](<{href.replace('>', '%3E')}>)")
            else:
                out.append("\n".join(md_escape(line) for line in words.split("\n")))
    return "".join(out)


def _stamp(value: str) -> tuple[str, str]:
    m = re.match(r"\s*((?:19|20)\d{2}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", str(value or ""))
    return (m.group(1), m.group(2) or "") if m else ("", "")


def _chat(data: dict, name: str, number: int) -> tuple[list[str], list[str], bool, str]:
    """(lines, days, every post the chat's own, chat name) of one chat's messages."""
    from .chatexport import about_itself

    chat = str(data.get("name") or "").strip()
    lines: list[str] = []
    days: list[str] = []
    own = True
    for m in data.get("messages") or []:
        if not isinstance(m, dict) or m.get("type", "message") != "message":
            continue  # a pin, a join, a title change: the export's record, not a message
        text = _text(m.get("text"))
        if len(text) > MAX_CELL:
            from ..errors import SourceError
            raise SourceError(f"{name}: message {m.get('id', '?')} holds over {MAX_CELL:,} characters of text; it is not read")
        paras = [re.sub(r"[ \t\u3000]+", " ", p).strip() for p in text.splitlines()]
        paras = [p for p in paras if p]
        if not paras or about_itself(paras):
            continue
        sender = str(m.get("forwarded_from") or m.get("from") or m.get("actor") or chat or "").strip()
        if not m.get("forwarded_from"):  # a forward is another's post; the channel's own posts are the channel's
            own = own and sender == chat
        day, clock = _stamp(m.get("date"))
        number += 1
        lines += [post_line(number, sender, day, clock), ""]
        for p in paras:
            lines += [p, ""]
        if day:
            days.append(day)
    return lines, days, own, chat


def convert(data: dict, name: str) -> str | None:
    """The Markdown text of a chat export (parsed JSON), or None when it holds fewer than three messages with text."""
    chats = data["chats"]["list"] if isinstance(data.get("chats"), dict) else [data]
    body: list[str] = []
    days: list[str] = []
    titles: list[str] = []
    own_all = True
    count = 0
    for c in chats:
        if not isinstance(c, dict) or not chat_export(c):
            continue
        lines, d, own, chat = _chat(c, name, count)
        if not lines:
            continue
        count += sum(1 for line in lines if line.startswith("### "))
        if len(chats) > 1:
            body += ["## " + md_escape(chat or "对话"), ""]
        body += lines
        days += d
        titles.append(chat)
        own_all = own_all and own and str(c.get("type", "")).endswith("channel")
    if count < _MIN:
        return None
    title = titles[0] if len(titles) == 1 else "、".join(t for t in titles if t)
    outlet = title if own_all and len(titles) == 1 else ""
    return "\n".join(front({"title": title, "outlet": outlet, "date": max(days, default="")}) + body)
