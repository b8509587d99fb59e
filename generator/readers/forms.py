"""Sources received in a structured file form (a feed, a spreadsheet export, a Word document, a slide
deck, a JSON export): each converted to a Markdown text that the Markdown reader then reads.

    from generator.readers.forms import convert
    text = convert(raw_bytes, "content/sources/x.docx")   # None: not one of these forms

The form is sniffed from the bytes, the file ending only says which form to try first: a ``.xml`` that
is no feed, a ``.csv`` of one column, a ``.docx`` that is no zip is refused with a warning naming the
file (``SourceError``) or read as plain text, never converted into garbage. What each form becomes:

| form | becomes |
| ---- | ------- |
| RSS 2.0 / RSS 1.0 / Atom feed (``.xml``, ``.rss``, ``.atom``) | one section per item: its title as a heading, its author and date as a post heading (``1楼　author　day time``), its text (escaped HTML or CDATA read as HTML, never run) |
| spreadsheet export (``.csv``, ``.tsv``, ``.xlsx``: each sheet) | one section per row: the row's title column as its heading, its author/source and date columns as a post heading, its text columns as paragraphs; lines before the header and a total line after the rows left out |
| Word document (``.docx``) | paragraphs, headings by their style, tables as Markdown tables; the document's title, author and date from its properties |
| slide deck (``.pptx``) | one section per slide: its title as a heading, its body text, tables, and speaker notes under ``演讲者备注`` |
| chat or channel export as JSON (``.json``, Telegram's ``result.json``) | one post per message (sender, day, time), a forward its original sender's; service messages, media and reactions left out (``chatjson``) |
| JSON export (``.json``) | one article (an object with a title and a long text) as that article, else an array of records read like a spreadsheet's rows |
| chat or channel export saved as a page (``.html``) | one post per message (sender, day, time), the export's chrome left out; any other page is no form (None) |
| a browser's single-file saved page (MHTML: ``.mhtml``, ``.mht``, by content) | its page's HTML, decoded, read by the HTML reader (``mhtml``) |
| mail archive (``.mbox``, by content) | a thread: one post per message (sender, day, time), its own words only (``mbox``) |
| wire story as XML (NITF, NewsML-G2: ``.xml``) | one article: headline, reporters, issue date and agency as its metadata; the body's paragraphs, subheadings, tables, captions and end matter in order (``newsxml``) |

Every converted text carries front matter (title, author, date, url) when the form states them, so the
pages mark them "据来源页面"; the cleaning record's line numbers count lines of the converted text.
"""

from __future__ import annotations

import html as _html
import html.entities
import json
import re
from pathlib import PurePath

from ..errors import SourceError

__all__ = ["convert", "FORM_SUFFIXES", "md_escape", "html_paragraphs", "front", "safe_xml", "post_line",
           "MAX_CELL", "MAX_UNZIPPED"]

FEED_SUFFIXES = (".xml", ".rss", ".atom")
TABLE_SUFFIXES = (".csv", ".tsv")
DOCX_SUFFIXES = (".docx",)
PPTX_SUFFIXES = (".pptx",)
XLSX_SUFFIXES = (".xlsx",)
JSON_SUFFIXES = (".json",)
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")  # only a chat export among them is converted (``chatexport``)
FORM_SUFFIXES = FEED_SUFFIXES + TABLE_SUFFIXES + DOCX_SUFFIXES + PPTX_SUFFIXES + XLSX_SUFFIXES + JSON_SUFFIXES
#: A spreadsheet cell or a feed item's text longer than this is no article's text: the source is refused.
MAX_CELL = 200_000
#: The uncompressed parts of a .docx/.pptx read, at most (a zip bomb is refused, never unpacked).
MAX_UNZIPPED = 32 * 1024 * 1024


def convert(raw: bytes, name: str, decode, form: str | None = None) -> str | None:
    """The Markdown text of a source in one of the structured forms, or None when it is not one
    (then it is read as any text source). ``decode(raw, name)`` decodes text bytes (``sources.decode_source``).

    Raises SourceError (naming the file, and the line where the form breaks) for a source claiming a
    form it does not hold, a broken file, or hostile input (entity declarations, a zip bomb, a huge cell).
    ``form``: the ending to read a file of an unknown ending as (its content's form, ``readers.sniff``)."""
    suffix = form or PurePath(name).suffix.lower()
    from . import mbox, mhtml
    if mhtml.saved_page(raw):  # a browser's single-file page (.mhtml, .mht, or under any ending): its HTML
        page = mhtml.page_html(raw, name, decode)
        from .chatexport import convert as chat_export
        return chat_export(page, name) or page
    if mbox.mail_archive(raw):  # a mail archive (.mbox, or under any ending): a thread of its messages
        return mbox.convert(raw, name, decode)
    if raw.startswith(b"PK\x03\x04"):
        from . import docx, pptx
        kind = docx.office_kind(raw, name)
        if kind == "docx":
            return docx.convert(raw, name)
        if kind == "pptx":
            return pptx.convert(raw, name)
        if kind == "xlsx":
            from . import xlsx
            return xlsx.convert(raw, name)
        raise SourceError(f"{name}: this is a ZIP archive but no Word document (.docx), slide deck "
                          "(.pptx) or workbook (.xlsx); save the article's text as a .txt or .md file instead")
    if suffix in DOCX_SUFFIXES + PPTX_SUFFIXES + XLSX_SUFFIXES:
        if raw.startswith(b"\xd0\xcf\x11\xe0"):
            raise SourceError(f"{name}: this is an old Office file (.doc/.ppt), not a .docx/.pptx; save it again "
                              "as .docx/.pptx or copy its text into a .txt file")
        return None  # not a zip: decoded and read as text (or refused as binary) like any source
    if suffix in PAGE_SUFFIXES:  # a chat's or channel's export saved as a page: its messages as posts, else None
        from .chatexport import convert as chat_export
        return chat_export(decode(raw, name)[0], name)
    if suffix not in FEED_SUFFIXES + TABLE_SUFFIXES + JSON_SUFFIXES:
        return None
    text, _encoding, _damages = decode(raw, name)
    head = text.lstrip("\ufeff \t\n")[:400]
    from .html import looks_like_page
    if looks_like_page(text) and not re.search(r"<(?:rss|feed|rdf:RDF)\b", text[:4000]):
        return None  # a web page saved as .xml/.csv/.json: read as the page it is
    from . import newsxml
    if (suffix in FEED_SUFFIXES or head.startswith("<?xml")) and newsxml.news_xml(text):
        return newsxml.convert(text, name)  # a wire agency's story (NITF, NewsML-G2)
    if suffix in FEED_SUFFIXES or (head.startswith("<?xml") and re.search(r"<(?:rss|feed|rdf:RDF)\b", text[:4000])):
        from . import feed
        return feed.convert(text, name)
    if suffix in JSON_SUFFIXES:
        from . import jsonrecords
        return jsonrecords.convert(text, name)
    from . import csvtable
    return csvtable.convert(text, name)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d{1,9}(?=[.)]))(?=[.)]?(?:\s|$))")


def md_escape(text: str) -> str:
    """One line of text written so that Markdown reads it as that text (no markup, no raw HTML)."""
    text = re.sub(r"[ \t\u00a0]+", " ", text.replace("\n", " ")).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # (a list's mark escaped where CommonMark reads an escape: "\\-", "1\\." — a digit never takes one)
    return _LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2)), text)


def front(fields: dict[str, str | None]) -> list[str]:
    """YAML front matter lines for the fields the form states (JSON strings are valid YAML)."""
    kept = {k: v for k, v in fields.items() if v}
    if not kept:
        return []
    return ["---", *(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in kept.items()), "---", ""]


def post_line(num: int, author: str, day: str = "", time: str = "") -> str:
    """A block's post heading (``model.post_heading``) as a Markdown level-3 heading."""
    from ..model import post_heading
    return "### " + md_escape(post_heading(num, author, day, time))


_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
               "table", "section", "article", "figure", "figcaption", "hr", "pre", "dd", "dt", "header", "footer"}
#: Elements whose content is never text (read linearly: a hostile feed's unclosed tags cost no backtracking).
_SKIPPED = re.compile(r"<!--|<(script|style|iframe|object|embed|noscript|template|svg|math|head|title)\b", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?:[\s/][^<>]{0,2000})?>|<![^<>]{0,2000}>|<\?[^<>]{0,2000}>")


def _unskipped(fragment: str) -> str:
    """The fragment without comments and the content of scripts, styles, frames (an unclosed one runs
    to the end); one pass, each search starting where the last ended."""
    low = fragment.lower()
    out, at = [], 0
    while (m := _SKIPPED.search(fragment, at)) is not None:
        out.append(fragment[at:m.start()])
        end = low.find("-->", m.end()) + 3 if m.group(0) == "<!--" else low.find(f"</{m.group(1).lower()}", m.end())
        if end < (3 if m.group(0) == "<!--" else 0):
            return "".join(out)
        if m.group(0) != "<!--":
            close = low.find(">", end)
            end = len(fragment) if close < 0 else close + 1
        at = end
    out.append(fragment[at:])
    return "".join(out)


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of a piece of HTML (a feed item's escaped HTML, CDATA), as plain text; a text
    without tags is split at its blank lines. Read in one linear pass (no HTML parser that a hostile
    item's thousands of unclosed tags could make quadratic); nothing in it is ever run."""
    if not re.search(r"<[A-Za-z/!?]", fragment):
        fragment = _html.unescape(fragment)
        if not re.search(r"<[A-Za-z/!?]", fragment):
            return [p for p in (re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n\s*\n", fragment)) if p]
    text = _unskipped(fragment)
    paras: list[list[str]] = [[]]
    at = 0
    for m in _TAG.finditer(text):
        paras[-1].append(_html.unescape(text[at:m.start()]))
        at = m.end()
        tag = (m.group(2) or "").lower()
        if tag in _BLOCK_TAGS:
            paras.append([])
        elif tag in ("td", "th"):
            paras[-1].append(" ")
    paras[-1].append(_html.unescape(text[at:]))
    out = []
    for para in paras:
        line = re.sub(r"[\s\u00a0]+", " ", "".join(para)).strip()
        if line:
            out.append(line)
    return out


_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_NAMED = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")


class _Refused(Exception):
    pass


def safe_xml(text: str, name: str):
    """Parse XML text with ``xml.etree`` refusing every entity declaration and external entity (no
    expansion bomb, no file read); an HTML entity a feed uses undeclared (``&nbsp;``) is read as its
    character. Raises SourceError naming the file and line of a broken or hostile document."""
    import xml.etree.ElementTree as ET
    import xml.parsers.expat as pyexpat

    if re.search(r"<!ENTITY", text[:100_000], re.I):
        raise SourceError(f"{name}: line {text[:text.upper().find('<!ENTITY')].count(chr(10)) + 1}: the XML declares "
                          "entities (a document can expand them without bound); it is not read. Save the feed "
                          "again from its site or remove the DOCTYPE block")

    def named(m: re.Match) -> str:
        key = m.group(1)
        if key in _XML_ENTITIES:
            return m.group(0)
        char = _html.entities.html5.get(key + ";")
        return "".join(f"&#{ord(c)};" for c in char) if char else m.group(0)

    text = _NAMED.sub(named, text)
    builder = ET.TreeBuilder()
    expat = pyexpat.ParserCreate(namespace_separator="}")
    qname = lambda n: "{" + n if "}" in n else n  # noqa: E731  (expat's "uri}local" → ElementTree's "{uri}local")

    def refuse(*_args):
        raise _Refused()

    expat.StartElementHandler = lambda tag, attrs: builder.start(qname(tag), {qname(k): v for k, v in attrs.items()})
    expat.EndElementHandler = lambda tag: builder.end(qname(tag))
    expat.CharacterDataHandler = builder.data
    expat.EntityDeclHandler = refuse
    expat.UnparsedEntityDeclHandler = refuse
    expat.ExternalEntityRefHandler = refuse
    expat.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    expat.ordered_attributes = False
    try:
        expat.Parse(text.lstrip("\ufeff"), True)
        return builder.close()
    except _Refused:
        raise SourceError(f"{name}: the XML declares or refers to entities; it is not read") from None
    except pyexpat.ExpatError as err:
        line, reason = err.lineno, pyexpat.ErrorString(err.code)
        raise SourceError(f"{name}: line {line}: the XML is broken ({reason}); it is not read. Save the feed "
                          "again from its site") from None
