"""A news agency's story delivered as XML: NITF (``<nitf>``) or NewsML-G2 (``<newsItem>``, ``<newsMessage>``).

The phenomenon: a wire service sends its stories to subscribers as XML, not as pages. The story's
metadata sits in elements of its own (NITF: ``<hl1>`` the headline, ``<byline>`` the reporters,
``<date.issue norm="20230912T183000+0800">``, ``<doc.copyright holder="…">`` the agency; NewsML-G2:
``<headline>``, ``<by>``, ``<firstCreated>``, ``<provider>``/``<creditline>``), and its text in a body
of paragraphs (NITF's ``<body.content>``, NewsML-G2's ``<inlineXML>`` holding XHTML or NITF). So the
story becomes one article: its headline the title, its reporters the author, its issue date the date,
its agency the outlet; the body's elements in document order: the subheadline (``<hl2>``) and an
editor's note, the abstract, the paragraphs, section headings (``<hl2>`` in the body) as headings,
block quotes and list items as paragraphs, tables as tables, a photo's caption as a paragraph of its own
(a photo a Markdown picture with its caption, which the cleaner sets aside with an entry in the record), and the story's end matter
(``<tagline>``: 责任编辑; ``<bibliography>``: related stories, rights lines) as paragraphs after it, so
the cleaner removes them with an entry in the record rather than the converter dropping them unseen.
The metadata elements (keywords, subject codes, revision history, the dateline's repeat of the first
paragraph's own dateline, the media file's reference and producer) are not text and leave.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..errors import SourceError
from .forms import MAX_CELL, front, md_escape

__all__ = ["news_xml", "convert"]

#: Root elements of the wire formats read here.
_ROOTS = ("nitf", "newsitem", "newsmessage")
#: Body elements whose text is a paragraph of its own.
_PARAS = {"p", "block-quote", "blockquote", "li", "pre", "media-caption", "tagline", "bibliography", "abstract-p"}
#: Body elements that are metadata or markup of a file, never text.
_SKIP = {"media-reference", "media-producer", "media-metadata", "media-object", "dateline", "distributor",
         "byline", "docdata", "meta", "tobject", "pubdata", "revision-history", "key-list", "identified-content",
         "series", "fn", "rights", "script", "style", "object"}


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def news_xml(text: str) -> bool:
    """Whether an XML text's root element is a wire story's (NITF or NewsML-G2)."""
    body = re.sub(r"<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text[:6000], flags=re.S)
    m = re.search(r"<\s*(?:[A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)", body)
    return bool(m) and m.group(1).lower() in _ROOTS


def _text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def _first(root, *names: str):
    for el in root.iter():
        if _local(el.tag) in names:
            return el
    return None


def _day(value: str) -> str:
    """The day of an ISO 8601 stamp, basic (``20230912T183000+0800``) or extended (``2023-09-12T18:30:00Z``),
    in the stamp's own zone."""
    m = re.match(r"\s*((?:19|20)\d{2})-?(\d{2})-?(\d{2})", value or "")
    if not m:
        return ""
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return ""


def _byline(root) -> str:
    """The reporters a byline names (its ``<person>`` elements), else its text without the title (``<byttl>``)
    and the agency's "记者" label; '' when it reads as a sentence."""
    by = _first(root, "byline", "by")
    if by is None:
        return ""
    people = [_text(p) for p in by.iter() if _local(p.tag) == "person" and _text(p)]
    if people:
        return " ".join(dict.fromkeys(people))
    parts = [by.text or ""] + [(k.tail or "") if _local(k.tag) == "byttl" else _text(k) + (k.tail or "") for k in by]
    name = re.sub(r"\s+", " ", "".join(parts)).strip()
    name = re.sub(r"^(?:\S{1,8}?社)?\s*(?:记者|記者|通讯员|通訊員|特派记者|by)\s*", "", name, flags=re.I).strip()
    return name if 0 < len(name) <= 30 else ""


def _outlet(root) -> str:
    for names, attr in ((("doc.copyright",), "holder"), (("provider",), "literal"), (("pubdata",), "name")):
        el = _first(root, *names)
        if el is not None and (el.get(attr) or "").strip():
            return el.get(attr).strip()
    for names in (("distributor",), ("creditline",), ("provider",)):
        el = _first(root, *names)
        if el is not None and _text(el):
            return _text(el)
    meta = next((m for m in root.iter() if _local(m.tag) == "meta" and (m.get("name") or "").lower() == "agency"), None)
    return (meta.get("content") or "").strip() if meta is not None else ""


def _blocks(el, out: list[str]) -> None:
    """The Markdown blocks of a body element's content, in document order."""
    for kid in el:
        tag = _local(kid.tag)
        if tag in _SKIP:
            continue
        if tag in ("hl1",):
            continue  # the title, already the article's
        if tag in ("hl2", "h1", "h2", "h3", "h4", "hedline"):
            if tag == "hedline":
                _blocks(kid, out)
            elif _text(kid):
                out.append(("## " if tag != "hl2" or _local(el.tag) != "hedline" else "") + md_escape(_text(kid)))
            continue
        if tag == "media":  # a photo: its caption as the picture's (the cleaner sets pictures aside, in the record)
            caption = _text(next((k for k in kid.iter() if _local(k.tag) == "media-caption"), None))
            ref = next((k for k in kid.iter() if _local(k.tag) == "media-reference"), None)
            src = (ref.get("source") or ref.get("href") or "") if ref is not None else ""
            if caption or src:
                src = re.sub(r"[()<>\s]", "", src) or "media"
                out.append(f"![{md_escape(caption)}]({src})")
            continue
        if tag == "table":
            rows = [[_text(c).replace("|", "｜") for c in r if _local(c.tag) in ("td", "th")]
                    for r in kid.iter() if _local(r.tag) == "tr"]
            rows = [r for r in rows if any(r)]
            if rows:
                width = max(len(r) for r in rows)
                rows = [r + [""] * (width - len(r)) for r in rows]
                out.append("\n".join(["| " + " | ".join(md_escape(c) for c in rows[0]) + " |",
                                      "|" + " --- |" * width] + ["| " + " | ".join(md_escape(c) for c in r) + " |" for r in rows[1:]]))
            continue
        if tag in _PARAS or (tag not in ("body", "body.head", "body.content", "body.end", "note", "abstract",
                                         "media", "block", "section", "div", "ul", "ol", "dl", "html", "inlinexml",
                                         "contentset", "body.content") and not len(kid)):
            words = _text(kid)
            if words:
                out.append(md_escape(words))
            continue
        _blocks(kid, out)


def convert(text: str, name: str) -> str:
    """The Markdown text of a wire story in NITF or NewsML-G2 (a ``newsMessage`` of several items: each a section)."""
    from .forms import safe_xml
    root = safe_xml(text, name)
    kind = _local(root.tag)
    if kind == "newsmessage":
        items = [el for el in root.iter() if _local(el.tag) == "newsitem"]
    else:
        items = [root]
    if not items:
        raise SourceError(f"{name}: this NewsML message holds no news item; it is not read")
    title = date = author = outlet = ""
    body: list[str] = []
    for item in items:
        head = _first(item, "hl1", "headline", "title")
        head_text = _text(head)
        stamp = _first(item, "date.issue", "story.date", "firstcreated", "versioncreated", "date.release")
        day = _day((stamp.get("norm") if stamp is not None and stamp.get("norm") else _text(stamp)) if stamp is not None else "")
        blocks: list[str] = []
        note = [el for el in item.iter() if _local(el.tag) in ("body.head",)]
        for el in note:
            _blocks(el, blocks)
        content = [el for el in item.iter() if _local(el.tag) in ("body.content", "inlinexml")]
        if kind != "nitf" and not content:
            content = [el for el in item.iter() if _local(el.tag) == "body"]
        seen: set[int] = set()
        for el in content:
            if any(id(a) in seen for a in el.iter()):
                continue
            if any(el in list(b.iter()) for b in note):
                continue  # an editor's note's own body.content, read with the head
            seen.update(id(a) for a in el.iter())
            _blocks(el, blocks)
        end = _first(item, "body.end")
        if end is not None:
            _blocks(end, blocks)
        if sum(len(b) for b in blocks) > MAX_CELL:
            raise SourceError(f"{name}: the story '{head_text[:30]}' holds over {MAX_CELL:,} characters of text; it is not read")
        if not blocks:
            continue
        if not title:
            title, date, author, outlet = head_text, day, _byline(item), _outlet(item)
        elif head_text:
            body += ["## " + md_escape(head_text), ""]
        for b in blocks:
            body += [b, ""]
    if not body:
        raise SourceError(f"{name}: the wire story holds no text in its body; it is not read")
    return "\n".join(front({"title": title, "outlet": outlet, "author": author, "date": date}) + body)
