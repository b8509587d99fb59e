"""An RSS 2.0, RSS 1.0 (RDF) or Atom feed saved as a file: each item a piece of its own.

The phenomenon: a feed is a list of items, each with its title, link, date (``pubDate``, ``dc:date``,
``updated``, ``published``), author (``author``, ``dc:creator``, Atom's ``<author><name>``), categories
and text (``description``, ``content:encoded``, Atom's ``content``/``summary``), the text often HTML
escaped or in CDATA. So each item becomes a section: its title a heading, its author and date a post
heading (``1楼　author　2024-03-05 08:30``: a block with its own author and stamp, as a thread's floor),
its text read as HTML (tags give paragraphs; scripts, styles and frames dropped, never run). The
channel's title and link are the article's (the part of the title naming the site the link's host names,
"X Daily｜Games" at games.xdaily.com, is the outlet); its date is the newest item's. Items off the corpus's topic
are left to the relevance machinery (a section whose heading and text never name the topic), never
dropped here. An XML file that is no feed is refused with a warning, never read as text.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
from email.utils import parsedate_to_datetime

from ..errors import SourceError
from .forms import MAX_CELL, front, html_paragraphs, md_escape, post_line, safe_xml

__all__ = ["convert"]

_ATOM = "http://www.w3.org/2005/Atom"


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(el, *names: str):
    for kid in el:
        if _local(kid.tag) in names:
            return kid
    return None


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _stamp(value: str) -> tuple[str, str]:
    """(day, time) of a feed's date: RFC 822 (``Tue, 05 Mar 2024 08:30:00 +0800``) or ISO 8601; the
    time as printed in the date's own zone."""
    value = value.strip()
    if not value:
        return "", ""
    when = None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            when = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            m = re.search(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})", value)
            if m:
                try:
                    return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), ""
                except ValueError:
                    return "", ""
            return "", ""
    if when is None:
        return "", ""
    clock = when.strftime("%H:%M") if (when.hour, when.minute) != (0, 0) else ""
    return when.date().isoformat(), clock


def _author(item) -> str:
    el = _child(item, "author", "creator")
    if el is None:
        return ""
    name = _child(el, "name")
    text = _text(name) if name is not None else _text(el)
    # RSS 2.0 <author> is "mail@host (Name)": the name is the author, the address never printed
    m = re.fullmatch(r"\S+@\S+\s*\((.+)\)", text)
    text = m.group(1) if m else ("" if re.fullmatch(r"\S+@\S+", text) else text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= 40 else ""  # a list of names or a sentence: no one's name, never cut to one


def _body(item) -> str:
    for names in (("encoded",), ("content",), ("description", "summary")):
        el = _child(item, *names)
        if el is None:
            continue
        if len(el) and (el.get("type") == "xhtml" or _local(el[0].tag) == "div"):
            import xml.etree.ElementTree as ET
            return "".join(ET.tostring(k, encoding="unicode") for k in el)
        if (el.text or "").strip():
            return el.text
    return ""


def convert(text: str, name: str) -> str:
    root = safe_xml(text, name)
    kind = _local(root.tag)
    if kind == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise SourceError(f"{name}: an RSS file without a <channel>; it is not read")
        items = [k for k in channel if _local(k.tag) == "item"]
    elif kind == "feed":
        channel = root
        items = [k for k in root if _local(k.tag) == "entry"]
    elif kind == "rdf":
        channel = _child(root, "channel")
        channel = root if channel is None else channel
        items = [k for k in root if _local(k.tag) == "item"]
    else:
        raise SourceError(f"{name}: this XML file is no RSS or Atom feed (its root element is <{kind}>); it is "
                          "not read. Save the article's text as a .txt or .md file instead")
    if not items:
        raise SourceError(f"{name}: the feed holds no items; it is not read")
    title = _text(_child(channel, "title"))
    link_el = _child(channel, "link")
    link = (link_el.get("href") or _text(link_el)) if link_el is not None else ""
    body: list[str] = []
    days: list[str] = []
    for n, item in enumerate(items, 1):
        head = re.sub(r"\s+", " ", _html.unescape(_text(_child(item, "title")))).strip()
        day, clock = _stamp(_text(_child(item, "pubdate", "date", "published", "updated", "issued")))
        author = _author(item)
        raw = _body(item)
        if len(raw) > MAX_CELL:
            raise SourceError(f"{name}: item {n} ('{head[:30]}') holds {len(raw):,} characters of text, more than "
                              f"{MAX_CELL:,}; the feed is not read")
        paras = html_paragraphs(raw)
        if head and paras and paras[0] == head:
            paras = paras[1:]
        if not head and not paras:
            continue
        days.append(day)
        if not paras:  # a headline feed: the title is the item's text (an empty section would leave)
            paras, head = [head], ""
        if head:
            body += ["## " + md_escape(head), ""]
        if author:
            body += [post_line(n, author, day, clock), ""]
        elif not head:
            body += ["## " + md_escape(f"{day} {clock}".strip() if day else f"第{n}条"), ""]
        elif day:
            body += [md_escape(f"发布时间：{day} {clock}".strip()), ""]
        for p in paras:
            body += [md_escape(p), ""]
    if not body:
        raise SourceError(f"{name}: the feed's items hold no text; it is not read")
    newest = max((d for d in days if d), default="")
    url = link if link.startswith("http") else ""
    return "\n".join(front({"title": title, "url": url, "outlet": site_part(title, url), "date": newest}) + body)


def site_part(title: str, url: str) -> str:
    """The part of a channel's title that names the site its address names ("港聞點評 HKPoint｜遊戲頻道" at
    game.hkpoint.com.hk → "港聞點評 HKPoint"), or "": a Latin word of the part (four letters or more), or
    its Latin words run together ("Alpine Post" ~ alpinepost.ch), is a label of the address's host. A title in one part, or no part naming the host, names no outlet."""
    m = re.match(r"https?://([^/:?#]+)", url or "")
    parts = [p.strip() for p in re.split(r"\s*[｜|丨]\s*|\s+[-–—]\s+", title or "") if p.strip()]
    if not m or len(parts) < 2:
        return ""
    labels = {x.lower() for x in m.group(1).split(".")}
    for p in parts:
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", p)]
        if len(p) <= 40 and words and (any(len(w) >= 4 and w in labels for w in words) or "".join(words) in labels):
            return p
    return ""

