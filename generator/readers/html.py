"""The HTML reader: saved web pages and HTML inside Markdown posts become text blocks.

- A whole page: its main text is extracted with **trafilatura** (headings, paragraphs, lists,
  tables; navigation, ads, related-article boxes, comments, scripts and styles dropped), its
  metadata (title, author, date, site name, canonical URL) read from ``<meta>``, JSON-LD and the
  page itself. Every text element of the page that the extractor left out is recorded in the
  audit with its raw line and why.
- An HTML fragment (a raw HTML block inside Markdown): walked element by element with lxml;
  scripts, styles, images, embeds, forms, navigation and boxes whose class or id says they are
  furniture (ad, share, related, comment …) are dropped and recorded.

Nothing from a page is ever kept as HTML: the result is plain text blocks. Link targets are kept
only when they are http(s), and only beside the text (``Block.links``), never in it.
"""

from __future__ import annotations

import re

from ..clean.doc import Block, Doc, render_table
from ..errors import SourceError
from .accounting import leftovers, unaccounted

__all__ = ["read_page", "fragment_blocks", "tag_name", "looks_like_page", "MAX_ELEMENTS"]

NAME = "read_html"
#: Pages with more elements than this are refused (no article needs them; bounds the work).
MAX_ELEMENTS = 200_000

_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")
_PAGE = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                   re.I | re.S)
_SPACE = re.compile(r"[ \t\r\n\f\u200b]+")
_NEWLINE_RUN = re.compile(r"\s*\n\s*")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd",
           "blockquote", "figure", "figcaption", "pre", "center", "address", "details", "summary",
           "body", "html", "hgroup", "caption"} | _HEADINGS
#: Elements that never hold article text: dropped whole (with their text), and recorded.
_DROP = {"script": "script (never run or shown)", "style": "style sheet (never applied)",
         "noscript": "fallback for scripts", "template": "HTML template", "iframe": "embedded frame",
         "object": "embedded object", "embed": "embedded object", "svg": "drawing", "canvas": "drawing",
         "video": "video", "audio": "audio", "img": "image: the picture is not part of the text",
         "picture": "image: the picture is not part of the text", "map": "image map",
         "form": "form", "input": "form field", "button": "button", "select": "form field",
         "textarea": "form field", "nav": "navigation", "aside": "side box (related links, ads)",
         "footer": "page footer", "head": "page head (its metadata is read separately)",
         "title": "page title (read as metadata)", "meta": "page metadata", "link": "page link"}
#: class/id words of page furniture.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(ad|ads|adv|advert\w*|banner|share|sharing|social|related|recommend\w*|comments?|"
    r"sidebar|promo\w*|subscribe|breadcrumbs?|toolbar|copyright|nav|navbar|menu|hot|rank\w*|relnews)(?:$|[\s_-]|\d)",
    re.I)


def tag_name(html: str) -> str:
    """The lower-case tag name of a raw HTML tag string ('' when it is not one)."""
    m = _TAG.match(html)
    return m.group(1).lower() if m else ""


def looks_like_page(text: str) -> bool:
    """True when ``text`` is a whole HTML document (doctype, <html>, <head> or <body> first)."""
    return bool(_PAGE.match(text))


def _norm(text: str) -> str:
    """White space as a reader sees it: a line break between CJK characters disappears."""
    def join(m: re.Match) -> str:
        a, b = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return "" if (a and ord(a) > 0x2e7f) and (b and ord(b) > 0x2e7f) else " "
    text = _NEWLINE_RUN.sub(join, text)
    return _SPACE.sub(" ", text).strip()


def _squash(text: str) -> str:
    return "".join(text.split())


def _describe(el) -> str:
    """What a dropped element was, in one line, for the audit."""
    tag = el.tag.lower() if isinstance(el.tag, str) else "comment"
    text = _norm(el.text_content()) if tag not in ("img", "picture") else ""
    if tag in ("img", "picture", "iframe", "video", "audio", "embed", "source"):
        attrs = " ".join(f'{k}="{v}"' for k, v in el.attrib.items() if k in ("src", "alt", "title", "href"))
        return f"<{tag} {attrs}>".replace(" >", ">") + (f" {text}" if text else "")
    return text or f"<{tag}>"


class _Walker:
    """Turns an lxml element tree into blocks; records (or lists) what it drops."""

    def __init__(self, doc: Doc | None, first_line: int, inventory: bool = False):
        self.doc = doc
        self.base = first_line - 1
        self.inventory = inventory
        self.blocks: list[Block] = []
        self.dropped: list[tuple[int, str, str]] = []  # (raw line, text, why)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.line = first_line
        self.plain = self.linked = 0
        self.kind = "line"
        self.level = 0
        self.prefix = ""

    def line_of(self, el) -> int:
        return self.base + (el.sourceline or 1)

    def flush(self, gap: int = 1) -> None:
        text = _norm("".join(self.parts))
        if text:
            block = Block(self.kind, self.prefix + text, [(0, self.line)], gap, links=list(self.links),
                          link_only=self.linked > 0 and self.plain == 0,
                          level=self.level if self.kind == "h" else 0)
            self.blocks.append(block)
            self.prefix = ""
        self.parts, self.links = [], []
        self.plain = self.linked = 0

    def drop(self, el, why: str) -> None:
        text = _describe(el)
        self.dropped.append((self.line_of(el), text, why))

    def text(self, s: str | None, el, in_link: bool) -> None:
        if not s:
            return
        if not self.parts or not "".join(self.parts).strip():
            self.line = self.line_of(el)
        self.parts.append(s)
        if s.strip():
            if in_link:
                self.linked += 1
            else:
                self.plain += 1

    def walk(self, el, in_link: bool = False, kind: str = "line") -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None:  # comment or processing instruction
            self.dropped.append((self.line_of(el), str(el), "HTML comment"))
            self.text(el.tail, el, in_link)
            return
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        why = _DROP.get(tag) or ("page furniture (its class or id says ad, share, related …)"
                                 if tag not in ("body", "html") and _FURNITURE.search(marks) else None)
        if why:
            self.drop(el, why)
            self.text(el.tail, el, in_link)
            return
        if tag == "br":
            self.flush()
            self.text(el.tail, el, in_link)
            return
        if tag == "table":
            self.flush()
            self.table(el)
            self.text(el.tail, el, in_link)
            return
        block = tag in _BLOCKS
        if block:
            self.flush()
            self.kind = "h" if tag in _HEADINGS else ("caption" if tag == "figcaption" else kind)
            self.level = int(tag[1]) if tag in _HEADINGS else 0
            if tag == "li":
                parent = el.getparent()
                if parent is not None and parent.tag == "ol":
                    self.prefix = f"{list(parent).index(el) + 1}. "
                else:
                    self.prefix = "- "
        link = in_link
        if tag == "a":
            href = (el.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                self.links.append(href)
            link = True
        self.text(el.text, el, link)
        for child in el:
            self.walk(child, link, kind)
        if block:
            self.flush()
            self.kind = kind
        self.text(el.tail, el, in_link)

    def table(self, el) -> None:
        rows = []
        for tr in el.iter("tr"):
            cells = [_norm(td.text_content()) for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")]
            if any(cells):
                rows.append(cells)
        if rows:
            self.blocks.append(Block("table", render_table(rows), [(0, self.line_of(el))], 1, rows=rows))


_XML_DECLARATION = re.compile(r"\A(\s*)<\?xml[^>\n]*\?>")


def _parse(html: str, whole: bool):
    import lxml.html

    # lxml refuses a str that declares its own encoding; the text is already decoded
    html = _XML_DECLARATION.sub(r"\1", html)
    try:
        if whole:
            return lxml.html.document_fromstring(html)
        return lxml.html.document_fromstring("<html><body>" + html + "</body></html>")
    except Exception as err:  # lxml raises ParserError/ValueError on what it cannot read
        raise SourceError(f"cannot read the HTML ({err}); save the page again or copy its text") from None


def fragment_blocks(html: str, first_line: int, doc: Doc) -> list[Block]:
    """Blocks of a raw HTML fragment that starts on raw line ``first_line``; drops recorded."""
    rule, doc.rule = doc.rule, NAME
    root = _parse(html, whole=False)
    walker = _Walker(doc, first_line)
    walker.walk(root.body if root.find("body") is not None else root)
    walker.flush()
    for line, text, why in walker.dropped:
        doc.record(line, text, "", "removed", why)
    _account_markup(doc, html, first_line, walker.blocks, walker.dropped)
    doc.rule = rule
    return walker.blocks


def _account_markup(doc: Doc, html: str, first_line: int, blocks: list[Block], dropped) -> None:
    """One entry per line for the tags, attributes and entities of a fragment (not kept as text)."""
    missing = unaccounted(html, [b.text for b in blocks] + [text for _, text, _ in dropped])
    for k, chars in leftovers(html.split("\n"), missing):
        doc.record(first_line + k, chars, "", "removed",
                   "HTML markup (tags, attributes, entities); the text inside is kept")


# -- whole pages ----------------------------------------------------------------------------------

def _config():
    from trafilatura.settings import use_config

    cfg = use_config()
    # The default minimum (250 characters) is tuned for alphabetic languages; a Chinese article of
    # 100 characters is a real article.
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    cfg.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
    cfg.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "on")
    return cfg


def _extract(html: str):
    """trafilatura's result as an XML element (``<doc>`` with metadata attributes), or None."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(html, output_format="xml", with_metadata=True, include_tables=True,
                              include_images=False, include_links=False, include_comments=False,
                              include_formatting=False, deduplicate=False, config=_config())
    if not xml:
        return None
    return etree.fromstring(xml.encode("utf-8"))


def _xml_blocks(main) -> list[Block]:
    """trafilatura's ``<main>`` as blocks (lines are located later)."""
    blocks: list[Block] = []
    for el in main:
        tag = el.tag
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text = _norm("".join(el.itertext()))
            if text:
                blocks.append(Block("h", text, [(0, 1)], 1, level=level))
        elif tag == "list":
            ordered = el.get("rend") == "ol"
            for n, item in enumerate(el.iter("item"), start=1):
                text = _norm("".join(item.itertext()))
                if text:
                    blocks.append(Block("line", (f"{n}. " if ordered else "- ") + text, [(0, 1)], 1))
        elif tag == "table":
            rows = [[_norm("".join(c.itertext())) for c in row.iter("cell")] for row in el.iter("row")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Block("table", render_table(rows), [(0, 1)], 1, rows=rows))
        else:
            for piece in re.split(r"\n", "".join(el.itertext())):
                text = _norm(piece)
                if text:
                    blocks.append(Block("line", text, [(0, 1)], 1))
    return blocks


def _locate(blocks: list[Block], inventory: list[Block]) -> set[int]:
    """Give each extracted block the raw line of the page element it came from; return the
    indices of the page's text elements that the extracted text uses."""
    used: set[int] = set()
    by_text: dict[str, list[int]] = {}
    keys = [_squash(b.text) for b in inventory]
    for i, key in enumerate(keys):
        by_text.setdefault(key, []).append(i)
    j = 0
    for b in blocks:
        key = _squash(b.text.lstrip("-0123456789. ") if b.kind == "line" else b.text)
        hit = next((i for i in by_text.get(key, ()) if i not in used), None)
        if hit is None and key:
            for i in range(j, min(len(inventory), j + 200)):
                if keys[i] and i not in used and (keys[i] in key or key[:24] in keys[i]):
                    hit = i
                    break
        if hit is None:
            continue
        b.marks = [(0, inventory[hit].line)]
        used.add(hit)
        # every element whose text lies inside this block is part of it
        k = hit + 1
        while k < len(inventory) and keys[k] and keys[k] in key and k not in used:
            used.add(k)
            k += 1
        j = max(j, k)
    return used


def _page_meta(result, doc: Doc, line: int) -> None:
    from .meta import clean_author, iso_date, http_url

    fields = {"title": result.get("title"), "author": clean_author(result.get("author")),
              "date": iso_date(result.get("date")), "outlet": result.get("sitename"),
              "url": http_url(result.get("url"))}
    for key, value in fields.items():
        if value:
            doc.declared.setdefault(key, value.strip())
            doc.record(line, value.strip(), "", "metadata", f"page metadata (<meta>, <title>, JSON-LD) → {key}")


def read_page(html: str, doc: Doc, first_line: int = 1) -> None:
    """Extract the main text of a whole web page (starting on raw line ``first_line``) into
    ``doc.blocks``; record everything dropped."""
    doc.rule = NAME
    root = _parse(html, whole=True)
    count = sum(1 for _ in root.iter())
    if count > MAX_ELEMENTS:
        raise SourceError(f"the page has {count:,} HTML elements (more than {MAX_ELEMENTS:,}); save only "
                          "the article (or copy its text into a .md file)")
    walker = _Walker(None, first_line, inventory=True)
    walker.walk(root)
    walker.flush()
    inventory = walker.blocks
    result = _extract(_XML_DECLARATION.sub(r"\1", html))
    blocks = _xml_blocks(result.find("main")) if result is not None and result.find("main") is not None else []
    if result is not None:
        _page_meta(result.attrib, doc, first_line)
    if not blocks:
        # The extractor found no main text: keep the page's own text blocks, flagged for the editor.
        blocks = [b for b in inventory]
        used = set(range(len(inventory)))
        if blocks:
            doc.flag(blocks[0].line, blocks[0].text[:60],
                     "The extractor found no main text in this page: all of its text was kept. "
                     "Check it, or save only the article.")
    else:
        used = _locate(blocks, inventory)
    for line, text, why in walker.dropped:
        doc.record(line, text, "", "removed", why)
    for i, b in enumerate(inventory):
        if i not in used:
            doc.record(b.line, b.text, "", "removed",
                       "page text outside the article's main text (navigation, ads, related links, "
                       "bylines read as metadata), as judged by the extractor")
    doc.blocks[:] = blocks
    doc.rule = ""
