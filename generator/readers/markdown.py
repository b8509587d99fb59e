"""The Markdown reader: markdown-it-py tokens (with their source line maps) become blocks.

Headings, paragraphs, list items, block quotes, tables, code fences and raw HTML blocks arrive as
tokens; images, link targets, emphasis marks, escapes and entities are removed *structurally* (by
token, never by pattern), each recorded with its raw line. HTML blocks go to the HTML reader.
Whatever markup characters a block drops beyond that (``#``, ``>``, list markers, brackets) are
recorded in one entry per block, so every raw character is kept or accounted for.

The parser, and the limits on a paragraph's length and a line's nesting that keep it fast and
whole, are in :mod:`generator.readers.markdown_parser`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from markdown_it.token import Token

from .html import LABEL as _LABEL
from ..clean.blockmarkdown import block_text
from ..clean.doc import Chunk, Doc
from ..clean.text import ends_sentence
from . import html as html_reader
from . import page
from .accounting import leftovers, unaccounted
from .markdown_parser import MAX_DEPTH, MAX_INLINE, flatten, parser
from .meta import front_matter
from .footnotes import footnotes, note_blocks
from .notesyntax import aside_callout, callout, query_fence
from .markdown_bold import _BOLD_LEAD, _bold_fields, _marked_first_line

__all__ = ["read", "parser"]

NAME = "read_markdown"
#: Raw HTML tags whose content is never text (dropped with the tags).
_SKIP_INLINE = {"script", "style", "noscript", "template", "iframe", "object", "svg", "textarea", "title"}


#: A quoted line this long (CJK characters) that ends a sentence is body text.
QUOTED_BODY = 16


_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>")


def _quoted_sentences(text: str) -> bool:
    """A quoted line that reads as speech or prose: it ends a sentence and is not short."""
    return ends_sentence(text) and len(re.findall(r"[\u3400-\u9fff]", text)) >= QUOTED_BODY


class _Line(NamedTuple):
    """One source line of a paragraph, as text."""

    line: int
    text: str
    links: list[str]
    link_only: bool
    """Nothing but link text on the line."""
    after_image: bool
    """The line starts with an image: its text is the picture's caption or credit."""
    hard: bool
    """The line follows an explicit break (``<br>``, two trailing spaces): never joined to the last."""


#: Text after an image on its line, this short and without a sentence end, is its caption.
_CAPTION_MAX = 30


class _Reader:
    """Walks markdown-it's token stream once, turning each block token into working blocks."""

    def __init__(self, text: str, offset: int, doc: Doc):
        self.lines = text.split("\n")
        self.offset = offset  # raw lines before the parsed text (leading blank lines)
        self.doc = doc
        self.out: list[Chunk] = []
        self.last_line = offset  # raw line (1-based) of the last line used by a block
        self.quote = 0
        self.callout = 0  # depth of the open callout (a notes app's "> [!quote] 某报"), its lines are text
        self.items: list[list] = []  # open list items: [marker, first paragraph pending]

    # -- helpers -------------------------------------------------------------------------------
    def raw_line(self, index: int) -> int:
        """Raw 1-based line of the parsed text's 0-based line ``index``."""
        return index + self.offset + 1

    def add(self, block: Chunk, gap: int | None = None) -> None:
        """Append ``block``; its gap is the blank raw lines before it unless ``gap`` is given."""
        if gap is not None:
            block.gap = gap
        else:
            block.gap = max(0, block.line - self.last_line - 1) if self.out else block.line - 1
        self.last_line = block.marks[-1][1]
        self.out.append(block)

    def drop(self, line: int, before: str, note: str, action: str = "removed") -> None:
        if before.strip():
            self.doc.record(line, before, "", action, note)

    # -- inline --------------------------------------------------------------------------------
    def inline(self, token: Token, first: int) -> list[_Line]:
        """The inline children of ``token``, line by line."""
        if token.type == "inline_text":
            self.doc.flag(first, token.content[:60],
                          f"This paragraph is over {MAX_INLINE:,} characters: it was read as plain text, "
                          "so any Markdown inside it (links, emphasis) is kept as typed. Check it.")
        lines: list[_Line] = []
        parts: list[str] = []
        image_first = False
        hard = False
        links: list[str] = []
        plain = linked = 0
        line = first
        skip: str | None = None
        in_link = 0

        def flush(then_hard: bool = False):
            nonlocal parts, links, plain, linked, image_first, hard
            lines.append(_Line(line, "".join(parts), links, linked > 0 and plain == 0, image_first, hard))
            parts, links, plain, linked, image_first, hard = [], [], 0, 0, False, then_hard

        for child in token.children or []:
            kind = child.type
            if skip is not None:
                if kind == "html_inline" and child.content.lower().startswith(f"</{skip}"):
                    self.drop(line, child.content, f"raw HTML <{skip}> closed (its content is never shown)")
                    skip = None
                elif kind in ("softbreak", "hardbreak"):
                    line += 1
                else:
                    self.drop(line, child.content, f"content of a raw HTML <{skip}> element (never run or shown)")
                continue
            if kind in ("softbreak", "hardbreak"):
                flush(then_hard=kind == "hardbreak")
                line += 1
            elif kind in ("text", "code_inline"):
                # code spans keep their backticks: the cleaning rules leave code untouched
                parts.append(child.content if kind == "text" else child.markup + child.content + child.markup)
                if child.content.strip():
                    if in_link:
                        linked += 1
                    else:
                        plain += 1
            elif kind == "text_special":
                parts.append(child.content)
                plain += 1
                if child.info == "entity":
                    self.doc.record(line, child.markup, child.content, "changed", "HTML entity → its character")
                else:
                    self.drop(line, "\\", "Markdown escape (the character is kept)")
            elif kind == "image":
                # The picture is not shipped; its alt text is a label for it ("GitHub", a file name,
                # "图片"), not article text: both go to the audit. Real captions are lines of their own.
                alt = child.content
                target = child.attrs.get("src", "")
                image_first = image_first or not "".join(parts).strip()
                self.drop(line, f"![{alt}]({target})", "image (and its alt text): the picture is not part of the text")
            elif kind == "link_open":
                in_link += 1
                href = str(child.attrs.get("href", ""))
                if href.startswith(("http://", "https://")):
                    links.append(href)
                self.drop(line, href, "link target (the link's text is kept)")
            elif kind == "link_close":
                in_link = max(0, in_link - 1)
            elif kind == "html_inline":
                tag = html_reader.tag_name(child.content)
                if tag in _SKIP_INLINE and not child.content.startswith("</") and not child.content.endswith("/>"):
                    skip = tag
                self.drop(line, child.content, "raw HTML tag (never shown as HTML)")
                if tag == "br":
                    flush(then_hard=True)
            elif kind.endswith(("_open", "_close")):
                self.drop(line, child.markup, "Markdown emphasis mark")
        flush()
        return lines

    # -- blocks --------------------------------------------------------------------------------
    def run(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if kind == "front_matter":
                self.front_matter(tok)
            elif kind == "heading_open":
                self.heading(tok, tokens[i + 1])
                i += 2
            elif kind == "paragraph_open":
                self.paragraph(tok, tokens[i + 1])
                i += 2
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
                self.callout = min(self.callout, self.quote)
            elif kind == "list_item_open":
                marker = f"{tok.info}{tok.markup}" if tok.info else tok.markup
                self.items.append([marker, True])
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "fence":
                if query_fence(tok.info):
                    self.drop(self.raw_line(tok.map[0]), "\n".join(self.lines[tok.map[0]:tok.map[1]]),
                              "a notes app's query block (it lists other notes inside the app; no text)")
                    self.last_line = self.raw_line(tok.map[1] - 1)
                else:
                    self.verbatim(tok, "code")
            elif kind == "table_open":
                j = next(k for k in range(i, len(tokens)) if tokens[k].type == "table_close")
                self.table(tok, tokens[i:j + 1])
                i = j
            elif kind == "html_block":
                self.html_block(tok)
            elif kind == "hr":
                self.drop(self.raw_line(tok.map[0]), tok.markup, "thematic break (a rule line, not text)")
            i += 1

    def front_matter(self, tok: Token) -> None:
        first = self.raw_line(tok.map[0])
        raw = "\n".join(self.lines[tok.map[0]:tok.map[1]])
        declared, problems = front_matter(tok.content)
        for key, value in declared.items():
            self.doc.declared.setdefault(key, value)
        self.doc.record(first, raw, "", "metadata",
                        "front matter → " + (", ".join(sorted(declared)) or "nothing usable"))
        for line, message in problems:
            self.doc.flag(first + line, raw.split("\n")[min(line, raw.count("\n"))], message)

    def heading(self, tok: Token, inline: Token) -> None:
        first = self.raw_line(tok.map[0])
        lines = self.inline(inline, first)
        text = " ".join(ln.text.strip() for ln in lines if ln.text.strip())
        if text:
            links = [u for ln in lines for u in ln.links]
            self.add(Chunk("h", text, [(0, first)], level=int(tok.tag[1]), links=links))

    def _leads(self):
        """How many lines of the source open on each bold label (a label opening two or more is a turn's)."""
        if getattr(self, "_lead_count", None) is None:
            from collections import Counter
            self._lead_count = Counter(m.group(2).strip() for ln in self.lines if (m := _BOLD_LEAD.match(ln.strip())))
        return self._lead_count

    def paragraph(self, tok: Token, inline: Token) -> None:
        first = self.raw_line(tok.map[0])
        lines = self.inline(inline, first)
        if lines and not self.quote and not self.items and (row := _bold_fields(_marked_first_line(inline))):
            self.doc.record(first, lines[0].text, row, "changed", "a row of bold field labels (a reporter, a date …) "
                            "→ labelled fields, not the paragraph's heading")
            lines[0] = lines[0]._replace(text=row)
        m = _BOLD_LEAD.match(lines[0].text.strip()) if lines and not self.quote and not self.items else None
        kids = [k for k in inline.children or [] if k.type != "text" or k.content]
        if not m and lines and not self.quote and not self.items and len(kids) > 3 and \
                [k.type for k in kids[:3]] == ["strong_open", "text", "strong_close"] and kids[1].content.strip():
            m = re.match(rf"()({re.escape(kids[1].content.strip())})[ \u3000]+(?=\S)", lines[0].text.strip())
        if m and _LABEL.fullmatch(m.group(2).strip()) and len(rest := lines[0].text.strip()[m.end():]) > 4 \
                and self._leads()[m.group(2).strip()] <= 1 and not rest.lstrip().startswith(("|", "｜")):
            # (a bold name before a bar is a row of fields, "**X报** ｜ 记者Y ｜ date", read by headrows)
            label = m.group(2).strip().rstrip("：:")  # a bold label opening a paragraph is its heading
            self.add(Chunk("h", label, [(0, first)], level=3))
            self.doc.record(first, m.group(0), f"### {label}", "changed",
                            "a bold label opening a paragraph is its heading, not the first words of its sentence")
            lines[0] = lines[0]._replace(text=rest)
        marker = ""
        if self.items and self.items[-1][1]:
            marker = self.items[-1][0] + " "
            self.items[-1][1] = False
        for k, ln in enumerate(lines):
            text = ln.text.strip()
            if not text:
                continue
            # a quotation block of sentences ("> 常启明：…基金的收支压力会明显缓解。") is what the
            # page quotes people saying: body text, not a caption
            kind = "caption" if self.quote and not _quoted_sentences(text) and not self.callout else "line"
            if self.quote and k and not _QUOTE_MARK.match(self.lines[ln.line - self.offset - 1]):
                # a line under a quoted line with no quote mark of its own is the writer's reply to
                # the quote (a forum post, a mail), not more of the quote
                kind = "line"
                self.doc.record(ln.line, text, text, "changed",
                                "a line under a quote without a quote mark: the writer's own words, not the quote's")
            if ln.after_image and not marker and len(text) <= _CAPTION_MAX and not ends_sentence(text):
                kind = "caption"
                self.doc.record(ln.line, text, "> " + text, "changed", "text on an image's line → its caption")
            text = (marker + text) if marker and k == 0 else text
            block = Chunk(kind, text, [(0, ln.line)], links=ln.links, link_only=ln.link_only and not marker)
            if self.quote and k == 0 and text.startswith("[!"):
                self.callout = self.quote
                if (block := callout(block, self.doc)) is None:
                    continue
            self.add(block, gap=1 if ln.hard else None)

    def verbatim(self, tok: Token, kind: str) -> None:
        first = self.raw_line(tok.map[0])
        text = "\n".join(self.lines[tok.map[0]:tok.map[1]]).rstrip()
        block = Chunk(kind, text, [(0, first)], verbatim=text)
        self.add(block)
        block.marks = [(0, first)]
        self.last_line = self.raw_line(tok.map[1] - 1)

    def table(self, tok: Token, tokens: list[Token]) -> None:
        first = self.raw_line(tok.map[0])
        rows: list[list[str]] = []
        marked = False
        for t in tokens:
            if t.type == "tr_open":
                rows.append([])
            elif t.type == "inline":
                cell = " ".join(ln.text for ln in self.inline(t, self.raw_line(t.map[0])))
                rows[-1].append(cell.strip())
                marked = marked or any(c.type not in ("text",) for c in t.children or [])
        if marked:
            block = Chunk("table", "\n".join(" | ".join(r) for r in rows), [(0, first)], rows=rows)
            self.add(block)
            self.last_line = self.raw_line(tok.map[1] - 1)
        else:
            raw = [ln.strip() for ln in self.lines[tok.map[0]:tok.map[1]] if ln.strip()]
            self.verbatim(tok, "table")
            self.out[-1].text = self.out[-1].verbatim = "\n".join(raw)

    def html_block(self, tok: Token) -> None:
        first = self.raw_line(tok.map[0])
        callout_lines = aside_callout(tok.content, first, self.doc)
        if callout_lines is not None:  # a notes app's callout box (Notion's <aside>): the writer's text
            for block in callout_lines:
                self.add(block)
            self.last_line = max(self.last_line, self.raw_line(tok.map[1] - 1))
            return
        for block in html_reader.fragment_blocks(tok.content, first, self.doc):
            self.add(block, gap=block.gap)  # HTML elements are blocks of their own, even on adjacent lines
        self.last_line = max(self.last_line, self.raw_line(tok.map[1] - 1))


def _account(doc: Doc, text: str, offset: int, tokens: list[Token], before_audit: int) -> None:
    """Record the raw characters that no block kept and no audit entry holds (the markup)."""
    lines = text.split("\n")
    # Blocks as the cleaned body writes them: heading and quote marks are kept there, not dropped.
    kept = [block_text(b) for b in doc.blocks] + [e.before for e in doc.audit[before_audit:]]
    missing = unaccounted(text, kept)
    if not missing:
        return
    covered = [False] * len(lines)
    for tok in tokens:
        if tok.level == 0 and tok.map and tok.nesting >= 0:
            for k in range(tok.map[0], min(tok.map[1], len(lines))):
                covered[k] = True
    for k, chars in leftovers(lines, missing):
        note = ("Markdown markup (heading, quote and list marks, link brackets)" if covered[k]
                else "Markdown link reference definition or other non-text line")
        doc.record(k + offset + 1, chars, "", "removed", note)


def read(text: str, doc: Doc) -> None:
    """Parse ``text`` (the whole decoded source) into ``doc.blocks``; record what is dropped."""
    doc.rule = NAME
    before_audit = len(doc.audit)
    body = text.lstrip("\n")
    offset = len(text) - len(body)  # leading blank lines (the front matter must start the text)
    flat, runs = flatten(body)
    raw_lines = body.split("\n") if runs else []
    for first, count, deepest in runs:
        doc.flag(first + offset + 1, raw_lines[first][:60].strip(),
                 f"Markdown nested {deepest} levels deep ({count} line{'s' if count > 1 else ''} from here): "
                 f"read as nested {MAX_DEPTH} levels, the deeper quote and list marks were dropped "
                 "(see the audit) and no text was lost. Check the structure of this passage.")
    flat, notes = footnotes(flat)
    tokens = parser().parse(flat)
    reader = _Reader(flat, offset, doc)
    if tokens and tokens[0].type == "front_matter":
        rest = "\n".join(reader.lines[tokens[0].map[1]:])
        if html_reader.looks_like_page(rest):
            # a post whose body is a whole saved page: the page reader, under the post's metadata
            reader.front_matter(tokens[0])
            page.read_page(rest, doc, first_line=reader.raw_line(tokens[0].map[1]))
            doc.rule = ""
            return
    reader.run(tokens)
    doc.blocks[:] = reader.out + note_blocks(doc, notes, reader.raw_line)
    _account(doc, body, offset, tokens, before_audit)
    doc.rule = ""
