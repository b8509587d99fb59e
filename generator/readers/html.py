"""HTML as text blocks: the element walker shared by the HTML readers, and HTML fragments.

An HTML fragment (a raw HTML block inside Markdown, e.g. an outlet's markup pasted into a blog
post) is walked element by element with lxml: scripts, styles, images, embeds, forms, navigation
and boxes whose class or id says they are furniture (ad, share, related, comment …) are dropped
and recorded with their raw line; the tags themselves are recorded as markup. Whole saved pages
are read by :mod:`generator.readers.page` (trafilatura), which uses the same walker to account for
every text element the extractor leaves out.

Nothing is ever kept as HTML: the result is plain text blocks. Link targets are kept only when
they are http(s), and only beside the text (``Chunk.links``), never in it.
"""

from __future__ import annotations

import re

from ..clean.safetynet import CONVERTED_ASIDE, holds_passage
from ..clean.blockmarkdown import render_table
from ..clean.doc import Chunk, Doc
from ..errors import SourceError
from .accounting import leftovers, unaccounted

__all__ = ["fragment_blocks", "tag_name", "looks_like_page", "parse", "Walker", "norm", "XML_DECLARATION"]

NAME = "read_html"

_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)")
_PAGE = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                   re.I | re.S)
_SPACE = re.compile(r"[ \t\r\n\f\u200b]+")
#: A comment a converter wrote to record what it left out (``<!-- left out: why ⏎ lines -->``, ``readers.mbox``).
_CONVERTED = re.compile(r"<!--\s*left out:\s*([^\n]{1,200})")
_NEWLINE_RUN = re.compile(r"\s*\n\s*")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd",
           "blockquote", "figure", "figcaption", "pre", "center", "address", "details", "summary",
           "body", "html", "hgroup", "caption"} | _HEADINGS
#: Elements that never hold article text: dropped whole (with their text), and recorded.
def _boxed_piece(el) -> bool:
    """A box that opens on a column label of the paper's own pieces (``短评``, ``编后``, ``記者手記``)
    and holds sentences: not furniture, whatever its tag or class (see :mod:`.pageboxes`)."""
    from .pageboxes import box_label
    text = norm(el.text_content())[:200]
    first = next((norm(t) for t in el.itertext() if norm(t)), "")
    return bool(first) and box_label(first) and "。" in text


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


#: class/id words of a box of readers' comments (kept apart, not dropped: see :func:`comment_items`).
_COMMENT_BOX = re.compile(r"(?:^|[\s_-])(?:comments?|comment-?list|replies|discuss(?:ion)?s?|pinglun|liuyan)(?:$|[\s_-]|\d)",
                          re.I)
#: A control of the comment box, by its class (its form, its count, its buttons): never a comment.
_COMMENT_CONTROL = re.compile(r"form|count|num|btn|button|input|editor|login|more|tool|action|sort|tab", re.I)


def comment_items(box, first_line: int) -> list[list[Chunk]]:
    """The comments in a box of readers' comments: the box's items (the children of the element
    holding most of its text), each as its text blocks. The box's heading and controls are left out."""
    el = box
    while True:
        kids = [c for c in el if isinstance(c.tag, str) and c.tag.lower() not in _DROP and c.tag.lower() not in _HEADINGS
                and norm(c.text_content()) and not _COMMENT_CONTROL.search(f"{c.get('class', '')} {c.get('id', '')}")]
        total = len(norm(el.text_content())) or 1
        big = [c for c in kids if len(norm(c.text_content())) * 10 >= total * 7 and len(c)]
        if len(kids) >= 1 and big and (len(kids) == 1 or len(big) == 1 and len(kids) <= 2):
            el = big[0]
            continue
        break
    items = []
    for item in kids:
        walker = Walker(first_line, keep_comments="inside")
        walker.walk(item)
        walker.flush()
        blocks = [b for b in walker.blocks if b.text.strip()]
        for k, b in enumerate(blocks):
            b.kind = "line" if b.kind != "table" else b.kind
            b.gap, b.starts = (1, True) if k == 0 else (0, False)
            b.text = b.text[2:] if b.text.startswith("- ") else b.text
        if blocks:
            items.append(blocks)
    return items


#: class/id words of an edit or share control inside a heading ("编辑 播报" beside a section's name).
_CONTROL = re.compile(r"ctrl|control|edit|tool|action|btn|button|anchor|permalink|share", re.I)
#: A reference mark set in superscript: [1], [2-3], [4,5].
REF_MARK = re.compile(r"\[\s*\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*\s*\]")
#: A label in bold opening a paragraph: short, no sentence or clause punctuation.
#: (A label with a colon, "<b>王蕾：</b>…", is a speaker's or a field's label: it stays in its paragraph.)
LABEL = _LABEL = re.compile(r"[^。！？!?，,；;：:]{1,16}")


def tag_name(html: str) -> str:
    """The lower-case tag name of a raw HTML tag string ('' when it is not one)."""
    m = _TAG.match(html)
    return m.group(1).lower() if m else ""


def looks_like_page(text: str) -> bool:
    """True when ``text`` is a whole HTML document (doctype, <html>, <head> or <body> first)."""
    return bool(_PAGE.match(text))


def norm(text: str) -> str:
    """White space as a reader sees it: a line break between CJK characters disappears."""
    def join(m: re.Match) -> str:
        a, b = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return "" if (a and ord(a) > 0x2e7f) and (b and ord(b) > 0x2e7f) else " "
    text = _NEWLINE_RUN.sub(join, text)
    return _SPACE.sub(" ", text).strip()


def _describe(el) -> str:
    """What a dropped element was, in one line, for the audit."""
    tag = el.tag.lower() if isinstance(el.tag, str) else "comment"
    text = norm(el.text_content()) if tag not in ("img", "picture") else ""
    if tag in ("img", "picture", "iframe", "video", "audio", "embed", "source"):
        attrs = " ".join(f'{k}="{v}"' for k, v in el.attrib.items() if k in ("src", "alt", "title", "href"))
        return f"<{tag} {attrs}>".replace(" >", ">") + (f" {text}" if text else "")
    return text or f"<{tag}>"


class Walker:
    """Turns an lxml element tree into blocks; lists what it drops in ``dropped``."""

    def __init__(self, first_line: int, keep_comments: bool | str = False):
        self.base = first_line - 1
        self.keep_comments = keep_comments
        """Read a box of readers' comments apart into ``comment_boxes`` instead of dropping it
        (``"inside"``: walking such a box, whose parts say comment too)."""
        self.comment_boxes: list = []
        self.dl_pairs: set[tuple[str, str]] = set()
        """(label, value) of each field of a definition list read as ``label：value`` lines."""
        self.blocks: list[Chunk] = []
        self.parents: list = []
        """For each block, the parent element of the element it came from (its container)."""
        self.owners: list = []
        """For each block, the element it came from (None for a block read whole, e.g. a table's)."""
        self.owner = None
        self.dropped: list[tuple[int, str, str]] = []  # (raw line, text, why)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.line = first_line
        self.plain = self.linked = 0
        self.kind = "line"
        self.level = 0
        self.prefix = ""
        self.controls: list[tuple[int, str]] = []  # (raw line, text) of edit controls left out of headings
        self.refs: list[tuple[int, str]] = []       # (raw line, mark) of superscript reference marks
        self.labels: dict[tuple, str] = {}  # (raw line, first characters) of a paragraph → its bold label
        self.fields: dict[str, list[list[str]]] = {}  # an infobox table's text → its label/value rows
        self.label = ""

    def line_of(self, el) -> int:
        return self.base + (el.sourceline or 1)

    def flush(self, gap: int = 1) -> None:
        text = norm("".join(self.parts))
        if text:
            block = Chunk(self.kind, self.prefix + text, [(0, self.line)], gap, links=list(self.links),
                          link_only=self.linked > 0 and self.plain == 0,
                          level=self.level if self.kind == "h" else 0)
            label = norm(self.label)
            if label and self.kind != "h" and text.startswith(label) and len(text) > len(label) + 4 \
                    and text[len(label)] in " \u3000":  # set apart from the sentence, not bold words of it
                self.labels[(self.line, "".join(text.split())[:16])] = label
            self.blocks.append(block)
            self.parents.append(self.owner.getparent() if self.owner is not None else None)
            self.owners.append(self.owner)
            self.prefix = ""
        self.parts, self.links = [], []
        self.plain = self.linked = 0
        self.label = ""

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
            own = _CONVERTED.match(str(el))  # a converted form's record of what it left out
            self.dropped.append((self.line_of(el), str(el), f"{CONVERTED_ASIDE}: {own.group(1)}" if own else "HTML comment"))
            self.text(el.tail, el, in_link)
            return
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        why = _DROP.get(tag) or ("page furniture (its class or id says ad, share, related …)"
                                 if tag not in ("body", "html") and _FURNITURE.search(marks) else None)
        if why and self.keep_comments and tag in _BLOCKS and _COMMENT_BOX.search(marks) and tag not in _DROP:
            if self.keep_comments == "inside":
                why = None  # one comment, or its parts, inside a comments box
            else:
                self.comment_boxes.append(el)  # readers' comments: read apart (comment_items), never dropped
                self.text(el.tail, el, in_link)
                return
        if why and tag in ("aside", "div", "section") and _boxed_piece(el):
            why = None  # the paper's own boxed piece (短评, 编后, 记者手记 …): read, see readers.pageboxes
        if why and tag in ("aside", "div", "section", "article", "ul", "ol", "table") and holds_passage("\n".join(el.itertext())):
            why = None  # news in a box whose class says furniture (a reply in a sidebar): read, its parts judged
        if why:
            self.drop(el, why)
            self.text(el.tail, el, in_link)
            return
        if self.kind == "h" and tag in ("span", "a", "em", "small", "i") and _CONTROL.search(marks) \
                and "".join(self.parts).strip():
            self.controls.append((self.line_of(el), norm(el.text_content())))  # an edit control in a heading
            self.text(el.tail, el, in_link)
            return
        if tag == "sup" and REF_MARK.fullmatch(norm(el.text_content()) or "-"):
            self.refs.append((self.line_of(el), norm(el.text_content())))
        if tag in ("b", "strong") and self.kind != "h" and not "".join(self.parts).strip() \
                and _LABEL.fullmatch(norm(el.text_content()) or "。"):
            self.label = el.text_content()
        if tag == "br":
            self.flush()
            self.text(el.tail, el, in_link)
            return
        if tag == "table":
            self.flush()
            self.table(el)
            self.text(el.tail, el, in_link)
            return
        if tag == "dl" and self.fields_list(el):
            self.text(el.tail, el, in_link)
            return
        block = tag in _BLOCKS
        owner = self.owner
        if block:
            self.flush()
            self.owner = el
            self.kind = "h" if tag in _HEADINGS else ("caption" if tag == "figcaption" else kind)
            self.level = int(tag[1]) if tag in _HEADINGS else 0
            if tag == "li":
                parent = el.getparent()
                if parent is not None and parent.tag == "ol":
                    self.prefix = f"{parent.index(el) + 1}. "
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
            self.owner = owner
        self.text(el.tail, el, in_link)

    def fields_list(self, el) -> bool:
        """A definition list of short labels and their values (``<dt>回复单位</dt><dd>X</dd>``): one line per
        field, ``label：value``, as a page prints it; False (walked as usual) for any other list."""
        kids = [k for k in el if isinstance(k.tag, str)]
        tags = [k.tag.lower() for k in kids]
        if len(kids) < 4 or set(tags) != {"dt", "dd"} or any(a != "dt" or b != "dd" for a, b in zip(tags[::2], tags[1::2])) \
                or len(tags) % 2:
            return False
        pairs = [(norm(a.text_content()), norm(b.text_content()), b) for a, b in zip(kids[::2], kids[1::2])]
        if any(not k or len(k) > 10 or k[-1] in "：:" and len(k) > 11 for k, _, _ in pairs):
            return False
        self.flush()
        for k, v, dd in pairs:
            if v:
                self.blocks.append(Chunk("line", f"{k.rstrip('：:')}：{v}", [(0, self.line_of(dd))], 1))
                self.parents.append(el)
                self.owners.append(dd)
                self.dl_pairs.add((k.rstrip("：:"), v))
        return True

    def table(self, el) -> None:
        rows, tags = [], []
        for tr in el.iter("tr"):
            cells = [td for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")]
            text = [norm(td.text_content()) for td in cells]
            if any(text):
                rows.append(text)
                tags.append([td.tag for td in cells])
        if rows:
            self.blocks.append(Chunk("table", render_table(rows), [(0, self.line_of(el))], 1, rows=rows))
            self.parents.append(el.getparent())
            self.owners.append(el)
            # an infobox: every row alternates a label cell (th) and its value (td): fields, no header row
            if len(rows) >= 2 and all(len(t) % 2 == 0 and all(x == ("th" if k % 2 == 0 else "td") for k, x in
                                                               enumerate(t)) for t in tags):
                pairs = [[r[k], r[k + 1]] for r in rows for k in range(0, len(r), 2) if r[k] or r[k + 1]]
                self.fields["".join(render_table(rows).split())] = [["", ""]] + pairs


XML_DECLARATION = re.compile(r"\A(\s*)<\?xml[^>\n]*\?>")


def parse(html: str, whole: bool):
    import lxml.html

    # lxml refuses a str that declares its own encoding; the text is already decoded
    html = XML_DECLARATION.sub(r"\1", html)
    try:
        if whole:
            return lxml.html.document_fromstring(html)
        return lxml.html.document_fromstring("<html><body>" + html + "</body></html>")
    except Exception as err:  # lxml raises ParserError/ValueError on what it cannot read
        raise SourceError(f"cannot read the HTML ({err}); save the page again or copy its text") from None


def fragment_blocks(html: str, first_line: int, doc: Doc) -> list[Chunk]:
    """Blocks of a raw HTML fragment that starts on raw line ``first_line``; drops recorded."""
    rule, doc.rule = doc.rule, NAME
    root = parse(html, whole=False)
    walker = Walker(first_line)
    walker.walk(root.body if root.find("body") is not None else root)
    walker.flush()
    for line, text, why in walker.dropped:
        doc.record(line, text, "", "removed", why)
    _account_markup(doc, html, first_line, walker.blocks, walker.dropped)
    doc.rule = rule
    return walker.blocks


def _account_markup(doc: Doc, html: str, first_line: int, blocks: list[Chunk], dropped) -> None:
    """One entry per line for the tags, attributes and entities of a fragment (not kept as text)."""
    missing = unaccounted(html, [b.text for b in blocks] + [text for _, text, _ in dropped])
    for k, chars in leftovers(html.split("\n"), missing):
        doc.record(first_line + k, chars, "", "removed",
                   "HTML markup (tags, attributes, entities); the text inside is kept")
