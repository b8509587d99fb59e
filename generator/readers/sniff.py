"""What a file whose ending no reader knows holds, told by its content, so that it is read rather than
skipped when a reader knows the form.

    from generator.readers.sniff import sniff
    form = sniff(raw, decode)   # ("a mail archive (mbox)", ".mbox"), or None

The forms told, in this order: a browser's saved page (MHTML), a mail archive (mbox), an HTML page, a
feed (RSS, Atom), a JSON export, subtitles (ASS/SSA, SRT, WebVTT), an e-mail (a header block with ``From:``,
``Subject:``, ``Date:`` …). Each answer names the form and the ending the build reads it as (the
structured forms are converted as that ending's form). Anything else, plain text included, is no
known form (None): its ending says nothing of what it is, so the editor is asked to name it.
"""

from __future__ import annotations

import json
import re

from ..errors import SourceError

__all__ = ["sniff", "advice"]

#: Forms known by their content that no reader reads: what the editor should do with them.
_UNREAD = (
    (re.compile(r"\A\s*\{\\rtf"), "a rich-text document (RTF); save it again as .docx, or copy its text into a .txt file"),
)

_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)\b")


def sniff(raw: bytes, name: str, decode) -> tuple[str, str] | None:
    """(what the file holds, the ending it is read as) when a reader knows its content, else None.
    ``decode(raw, name)`` decodes text bytes (``sources.decode_source``)."""
    from . import cues, mail, mbox, mhtml
    from .substation import looks_like_substation
    from .html import looks_like_page

    if mhtml.saved_page(raw):
        return "a saved web page (MHTML)", ".mhtml"
    if mbox.mail_archive(raw):
        return "a mail archive (mbox)", ".mbox"
    try:
        text = decode(raw, name)[0]
    except SourceError:
        return None
    head = text.lstrip("\ufeff \t\n")
    if head.startswith("<?xml") and _FEED.search(head[:4000]):
        return "a feed (RSS or Atom)", ".xml"
    if looks_like_page(text):
        return "an HTML page", ".html"
    if head[:1] in "{[":
        try:
            json.loads(head)
            return "a JSON export", ".json"
        except (ValueError, RecursionError):
            pass
    if looks_like_substation(text):
        return "subtitles (ASS/SSA)", ".ass"
    if cues.timed(text):
        return "subtitles", ".srt"
    if mail.is_message(text):
        return "an e-mail", ".eml"
    return None


def advice(raw: bytes, name: str, decode) -> str | None:
    """What a file of a form known by its content but read by no reader is, and what to do with it
    (RTF), else None."""
    try:
        text = decode(raw, name)[0]
    except SourceError:
        return None
    return next((what for pattern, what in _UNREAD if pattern.search(text[:40000])), None)
