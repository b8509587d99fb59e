"""Readers: one per kind of source, each turning decoded text into the cleaner's working document.

    from generator.readers import read, detect
    doc = read(text, "content/sources/x.md")     # kind chosen by content, the file ending a hint

| kind       | chosen when                                                  | reads with          |
| ---------- | ------------------------------------------------------------ | ------------------- |
| ``html``   | the text is a whole HTML document (doctype, ``<html>`` …)    | trafilatura + lxml  |
| ``markdown`` | front matter, Markdown structure, raw HTML tags, or ``.md`` | markdown-it-py      |
| ``plain``  | anything else                                                | one block per line  |

A structured form (a feed, a spreadsheet export or workbook, a Word document, a slide deck, a JSON
export) reaches ``read`` already converted to Markdown by ``forms.convert`` (called from
``generator.sources``): items and rows as sections with post headings, tables as tables.

Each reader fills ``doc.blocks`` (every block carries its raw line numbers), ``doc.declared``
(metadata the source states about itself) and records an audit entry for every element it drops.
A repost envelope (feed wrapper, archive card, paywall note) is read the same way for every kind.
"""

from __future__ import annotations

import html as _html
import re
from pathlib import PurePath

from ..clean.doc import Doc, parse, spaced_style
from ..clean.sourceyield import unread_form
from ..errors import SourceError
from ..model import AuditEntry
from . import cues, envelope, headrows, labelturns, lines, prodscript, mail, markdown, page, substation, timedrun
from .footnotes import NOTES, NOTES_HANT
from . import html as html_reader

__all__ = ["read", "detect", "KINDS", "MARKDOWN_SUFFIXES", "HTML_SUFFIXES"]

KINDS = ("plain", "markdown", "html")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

#: Endings whose text is read by its content as plain text, Markdown or a page (a mail header there is not sniffed).
_READ_SUFFIXES = MARKDOWN_SUFFIXES + HTML_SUFFIXES + (".txt", ".text", ".srt", ".vtt", ".mhtml", ".mht", ".mbox",
                                                      ".xml", ".rss", ".atom", ".csv", ".tsv", ".docx", ".pptx",
                                                      ".xlsx", ".json")
_FRONT = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_MD_SIGNS = re.compile(r"^[ \t\u3000]{0,3}(?:#{1,6}[ \t]+\S|!\[|>[ \t]*\S|\|.*\|[ \t]*$|```|~~~)", re.M)
_TAGS = re.compile(
    r"<(?:/?(?:p|br|div|span|img|a|script|style|iframe|strong|b|i|em|font|section|figure|figcaption|table|"
    r"tr|td|th|ul|ol|li|h[1-6]|blockquote|article|video|audio|source|center|hr)\b[^<>\n]{0,2000}>)", re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                     r"|\\[!-/:-@\[-`{-~]")


def detect(text: str, name: str = "") -> str:
    """Which reader a source needs, from its content (the file ending only breaks a tie)."""
    suffix = PurePath(name).suffix.lower()
    if html_reader.looks_like_page(text):
        return "html"
    if cues.timed(text) or substation.looks_like_substation(text):
        return "plain"  # subtitle cues (their inline tags are residue, never Markdown): read by the cue reader
    if _FRONT.match(text) or _MD_SIGNS.search(text) or _TAGS.search(text):
        return "markdown"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "plain"


def _entities(text: str) -> tuple[str, list[AuditEntry]]:
    """Plain text: HTML entities (``&amp;``, ``&#8212;``) and backslash escapes (``\\*``, as the
    cleaned articles write them) → their characters, each recorded."""
    if ("&" not in text and "\\" not in text) or not _ENTITY.search(text):
        return text, []
    entries: list[AuditEntry] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "&" not in line and "\\" not in line:
            continue

        def one(m: re.Match, n=n) -> str:
            escape = m.group(0).startswith("\\")
            new = m.group(0)[1] if escape else _html.unescape(m.group(0))
            if new != m.group(0):
                entries.append(AuditEntry("read_plain", n + 1, m.group(0), new, "changed",
                                          "backslash escape → the character" if escape
                                          else "HTML entity → its character"))
            return new
        lines[n] = _ENTITY.sub(one, line)
    return "\n".join(lines), entries


def _field_labels(doc: Doc) -> None:
    """A field's label spaced out to align a column (``时    间：…``) is written whole (``时间：…``,
    recorded), so no column reader splits it and the field reads as one."""
    from ..clean.linekinds import unspace_label

    doc.rule = "read_plain"
    for b in doc.blocks:
        if b.kind == "line" and ("\u3000" in b.text[:16] or " " in b.text[:16]):
            new = unspace_label(b.text)
            if new and new != b.text:
                doc.record(b.line, b.text, new, "changed", "a field's label spaced out to align a column, "
                           "written whole")
                b.text = new
    doc.rule = ""


#: A reference mark glued to the text ("…约400辆[9]。", "…之一[2-3]"), and a reference list's entry line.
_REF_MARK = re.compile(r"(?<=[^\s\[])\[\s*(\d{1,3})(?:\s*[-–,，、]\s*\d{1,3})*\s*\](?![(\[:])")
_REF_ENTRY = re.compile(r"^\s*(?:[-*]\s+|\d{1,3}\.\s+)?\[\s*(\d{1,3})\s*\]\s*\S")


def _reference_marks(doc: Doc) -> None:
    """Reference marks glued to the text (``…约400辆[9]``) point to a reference list that the page
    prints (two or more entries ``[n] …`` whose numbers the marks use): they leave the text, each
    recorded, so a sentence reads whole; the list itself is left to the cleaning rules."""
    entries = set()
    for b in doc.blocks:
        if b.kind == "h" and (b.note == "footnotes" or b.text.strip() in (NOTES, NOTES_HANT)):
            break  # a Markdown text's footnotes: their marks stay in the text, [n] beside the notes
        if b.kind in ("line", "p") and len(b.text) <= 300 and (m := _REF_ENTRY.match(b.text)):
            entries.add(m.group(1))
    if len(entries) < 2:
        return
    rule, doc.rule = doc.rule, "read_refs"
    for b in doc.blocks:
        if b.kind in ("h", "table", "code") or b.verbatim is not None or "[" not in b.text or _REF_ENTRY.match(b.text):
            continue
        marks = [m for m in _REF_MARK.finditer(b.text) if m.group(1) in entries]
        for m in reversed(marks):
            doc.edit(b, m.start(), m.end(), "", "a reference mark [n] pointing to the page's reference list: "
                     "out of the text")
    doc.rule = rule


def read(text: str, name: str = "<text>") -> Doc:
    """Read one decoded source into the working document (blocks, declared metadata, audit).

    Raises SourceError for an HTML page without any text (e.g. a page of scripts).
    """
    decoded = text
    suffix = PurePath(name).suffix.lower()
    # an e-mail under an ending no reader knows (told by its header block, ``sniff``) is read as one
    claimed = suffix in mail.SUFFIXES or (suffix not in _READ_SUFFIXES and mail.is_message(text))
    pre: list[AuditEntry] = []
    mailed: dict = {}
    if claimed:  # (a mail's body is read as text by design)
        text, pre, mailed = mail.unwrap(text)
        kind = "html" if html_reader.looks_like_page(text) else "plain"  # a mail body is not Markdown
    else:
        kind = detect(text, name)
        if kind != "html":  # a mail client's export copied as text (its "> " quotes read as Markdown): the header is metadata
            text, pre, mailed = mail.unwrap_exported(text)
    base = None
    if kind != "html":
        text, feed, base = envelope.unwrap_feed(text)
        pre += feed
        claimed = claimed or bool(feed)
    if kind == "plain":
        text, entries = _entities(text)
        doc = parse(text)
        pre += entries
        _field_labels(doc)
        doc.rule = lines.NAME
        found = substation.read_substation(doc) or cues.read_cues(doc) or lines.read_messages(doc) or labelturns.read_label_turns(doc) or prodscript.read_script(doc) or cues.read_timed_lines(doc) or timedrun.read_timed_run(doc)
        claimed = claimed or bool(found)
        doc.rule = ""
    else:
        doc = Doc([], True)
        try:
            if kind == "html":
                page.read_page(text, doc)
            else:
                markdown.read(text, doc)
        except SourceError as err:
            raise SourceError(f"{name}: {err}") from None
    doc.kind, doc.text, doc.source = kind, decoded, name
    unread_form(doc, claimed)
    doc.audit[:0] = pre
    for key, value in mailed.items():
        doc.declared[key] = value
    envelope.take_card(doc, base)
    headrows.read_head_rows(doc)
    envelope.take_date_line(doc)
    envelope.drop_repost_note(doc)
    if kind != "html":
        _reference_marks(doc)
    if kind == "html" and not doc.blocks:
        raise SourceError(f"{name}: this HTML page holds no article text (only scripts, styles, images or "
                          "navigation); save the page again once the article shows, or copy its text into a .md file")
    if kind != "plain":
        doc.pangu = spaced_style(text if kind == "markdown" else " ".join(b.text for b in doc.blocks))
    return doc
