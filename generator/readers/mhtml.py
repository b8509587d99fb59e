"""A web page a browser saved as one file (MHTML: Chrome's and Edge's ``.mhtml``, Internet Explorer's
and Word's ``.mht``, or such a file under another ending): read as the page it holds.

    from generator.readers.mhtml import saved_page, page_html
    if saved_page(raw):
        html = page_html(raw, "content/sources/x.mhtml", decode)

The file is a MIME message (``MIME-Version``, ``Content-Type: multipart/related`` with a boundary): its
parts are the page's HTML, then the style sheets, images and frames the page used. Only the page's
HTML is read (the part the ``start`` parameter names, else the first ``text/html`` part), decoded from
quoted-printable or base64 and from its charset (the part's, else the page's ``<meta charset>``, else
as any source: UTF-8, GB18030 or Big5). The images and style sheets are left out. The address the page
was saved from (``Snapshot-Content-Location``, else the HTML part's ``Content-Location``) is the page's
address when the page states none: it is marked in the page's head as a browser marks a page it saves
as HTML (``<!-- saved from url=(0044)https://… -->``, on the same line, so the lines of the HTML keep
their numbers), and the HTML reader reads that mark, here or in any saved page. The HTML reader then reads it as any saved page
(title, outlet, date, author, furniture).

A saved page is told from an e-mail by its header: a browser's ``From: <Saved by …>``, a
``Snapshot-Content-Location``, or a ``multipart/related`` message whose root is HTML and that names
no recipient (``To:``) — an e-mail with inline images names one.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from ..errors import SourceError

__all__ = ["saved_page", "page_html", "saved_from"]

_HEAD_BYTES = 8192
_SAVED_BY = re.compile(rb"^From:[ \t]*<?Saved by ", re.I | re.M)
_SNAPSHOT = re.compile(rb"^Snapshot-Content-Location:", re.I | re.M)
_RELATED = re.compile(rb"^Content-Type:[ \t]*multipart/related\b", re.I | re.M)
_MIME = re.compile(rb"^MIME-Version:[ \t]*1\.0", re.I | re.M)
_TO = re.compile(rb"^To:", re.I | re.M)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_\-]{2,20})", re.I)
_HEAD_TAG = re.compile(r"<head\b[^>]{0,500}>", re.I)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d{1,5}\)\s*(https?://[^\s<>\"']{1,2000}?)\s*-->", re.I)
_LOOK = 20000  # the head of a page read for its mark of the web


def _header(raw: bytes) -> bytes:
    """The top header block (up to the first empty line), at most ``_HEAD_BYTES``."""
    head = raw[:_HEAD_BYTES].replace(b"\r\n", b"\n").lstrip(b"\xef\xbb\xbf \t\n")
    end = head.find(b"\n\n")
    return head if end < 0 else head[:end]


def saved_page(raw: bytes) -> bool:
    """True when the bytes are a browser's single-file saved page (see the module)."""
    head = _header(raw)
    if not _MIME.search(head) and not _SNAPSHOT.search(head):
        return False
    if _SAVED_BY.search(head) or _SNAPSHOT.search(head):
        return True
    return bool(_RELATED.search(head)) and not _TO.search(head) and b"text/html" in head.lower()


def _root(message: Message) -> Message | None:
    """The page's HTML part: the one the ``start`` parameter names, else the first text/html part."""
    start = (message.get_param("start") or "").strip("<>") if message.is_multipart() else ""
    parts = [p for p in message.walk() if not p.is_multipart()]
    if start:
        named = next((p for p in parts if str(p.get("Content-ID", "")).strip().strip("<>") == start), None)
        if named is not None and named.get_content_type() == "text/html":
            return named
    return next((p for p in parts if p.get_content_type() == "text/html"), None)


def _text(part: Message, name: str, decode) -> str:
    """The HTML part's text: transfer encoding undone, then its charset (the part's, the page's
    ``<meta charset>``, else as any source)."""
    body = part.get_payload(decode=True) or b""
    for charset in (part.get_content_charset(), (m.group(1).decode("ascii") if (m := _META_CHARSET.search(body[:4096])) else None)):
        if not charset:
            continue
        charset = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(charset.lower(), charset)
        try:
            return body.decode(charset).replace("\r\n", "\n").replace("\r", "\n")
        except (LookupError, UnicodeDecodeError):
            continue
    return decode(body, name)[0]


def _with_address(html: str, url: str) -> str:
    """The page with the address it was saved from, as a browser marks a saved page (the "mark of the
    web" ``<!-- saved from url=(0044)https://… -->``), in its head on the same line, when it has none."""
    if not re.match(r"https?://[^\s\"'<>]{1,2000}$", url) or "-->" in url or _SAVED_FROM.search(html[:_LOOK]):
        return html
    head = _HEAD_TAG.search(html)
    if head is None:
        return html
    return html[:head.end()] + f"<!-- saved from url=({len(url):04d}){url} -->" + html[head.end():]


def saved_from(html: str) -> tuple[str, int] | None:
    """(the address a saved page was saved from, its line from 1) by its mark of the web, if any."""
    m = _SAVED_FROM.search(html[:_LOOK])
    return (m.group(1), html.count("\n", 0, m.start()) + 1) if m else None


def page_html(raw: bytes, name: str, decode) -> str:
    """The saved page's HTML, decoded, with the address it was saved from (see the module).

    Raises SourceError when the file holds no HTML part."""
    message = email.message_from_bytes(raw.replace(b"\r\n", b"\n"), policy=email.policy.compat32)
    root = _root(message)
    if root is None:
        raise SourceError(f"{name}: this saved page (MHTML) holds no HTML part, only "
                          f"{', '.join(sorted({p.get_content_type() for p in message.walk() if not p.is_multipart()})) or 'nothing'}; "
                          "save the page again as a complete web page, or copy its text into a .txt file")
    url = str(message.get("Snapshot-Content-Location", "") or root.get("Content-Location", "") or "").strip()
    return _with_address(_text(root, name, decode), url)
