"""The web page reader: the main text of a whole saved page, extracted with trafilatura.

trafilatura keeps the headings, paragraphs, lists and tables of the article and leaves out
navigation, ads, related-article boxes, comments, scripts and styles; it also reads the page's
metadata (title, author, date, site name, canonical URL) from ``<meta>``, JSON-LD and the page
itself. The page is walked once more with the HTML walker (:mod:`generator.readers.html`) to give
every kept block its raw line and to record every text element the extractor left out, with its
raw line and why. What the page says of itself beside the extractor's metadata (its date, site name,
decks, info line) is read in :mod:`generator.readers.pagemeta`. Nothing from the page is kept as HTML.
"""

from __future__ import annotations

import re

from ..clean.blockmarkdown import render_table
from ..clean.doc import Chunk, Doc
from ..errors import SourceError
from .html import NAME, XML_DECLARATION, Walker, norm, parse
from .office import for_extractor, running_heads, suite_title
from .pageparts import comments_after, dl_fields, field_rows, news_in_captions
from .answers import authored_blocks
from .exchange import exchange_blocks
from .infoline import paywall
from .threadblocks import thread_blocks
from .pageboxes import boxed_pieces
from .pagekeep import chronology, live_times, piece_heads, recover, structure
from .pagenet import keep_passages
from .mhtml import saved_from
from .pagemeta import head_meta, headline_decks, headline_title, info_line, page_date, page_meta, site_name, squash
from .paperauthors import paper_authors

__all__ = ["read_page", "MAX_ELEMENTS"]

#: Pages with more elements than this are refused (no article needs them; bounds the work).
MAX_ELEMENTS = 200_000


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


def _xml_blocks(main) -> list[Chunk]:
    """trafilatura's ``<main>`` as blocks (lines are located later)."""
    blocks: list[Chunk] = []
    for el in main:
        tag = el.tag
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text = norm("".join(el.itertext()))
            if text:
                blocks.append(Chunk("h", text, [(0, 1)], 1, level=level))
        elif tag == "list":
            ordered = el.get("rend") == "ol"
            for n, item in enumerate(el.iter("item"), start=1):
                text = norm("".join(item.itertext()))
                if text:
                    blocks.append(Chunk("line", (f"{n}. " if ordered else "- ") + text, [(0, 1)], 1))
        elif tag == "table":
            rows = [[norm("".join(c.itertext())) for c in row.iter("cell")] for row in el.iter("row")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Chunk("table", render_table(rows), [(0, 1)], 1, rows=rows))
        else:
            for piece in re.split(r"\n", "".join(el.itertext())):
                text = norm(piece)
                if text:
                    blocks.append(Chunk("line", text, [(0, 1)], 1))
    return blocks


def _locate(blocks: list[Chunk], inventory: list[Chunk]) -> set[int]:
    """Give each extracted block the raw line of the page element it came from; return the
    indices of the page's text elements that the extracted text uses."""
    used: set[int] = set()
    by_text: dict[str, list[int]] = {}
    keys = [squash(b.text) for b in inventory]
    for i, key in enumerate(keys):
        by_text.setdefault(key, []).append(i)
    j = 0
    for b in blocks:
        key = squash(b.text.lstrip("-0123456789. ") if b.kind == "line" else b.text)
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


def read_page(html: str, doc: Doc, first_line: int = 1) -> None:
    """Extract the main text of a whole web page (starting on raw line ``first_line``) into
    ``doc.blocks``; record everything dropped."""
    doc.rule = NAME
    root = parse(html, whole=True)
    count = sum(1 for _ in root.iter())
    if count > MAX_ELEMENTS:
        raise SourceError(f"the page has {count:,} HTML elements (more than {MAX_ELEMENTS:,}); save only "
                          "the article (or copy its text into a .md file)")
    walker = Walker(first_line, keep_comments=True)
    walker.walk(root)
    walker.flush()
    inventory = walker.blocks
    result = _extract(for_extractor(XML_DECLARATION.sub(r"\1", html)))
    blocks = _xml_blocks(result.find("main")) if result is not None and result.find("main") is not None else []
    if result is not None:
        page_meta(result.attrib, doc, first_line)
        suite_title(root, doc, first_line)
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
        blocks = recover(blocks, inventory, walker.parents, used, doc)
        blocks = piece_heads(blocks, inventory, used, doc)
        blocks = headline_decks(doc, blocks, inventory, used)
        blocks = chronology(blocks, inventory, used, doc)
        blocks = live_times(blocks, inventory, used, doc)
        blocks = thread_blocks(blocks, inventory, walker.owners, used, root, doc)
        blocks = authored_blocks(blocks, inventory, used, root, doc)
        blocks = exchange_blocks(blocks, inventory, walker.parents, used, doc)
        blocks = boxed_pieces(blocks, inventory, used, doc)
        blocks = structure(field_rows(dl_fields(blocks, walker, doc), walker, doc), inventory, used, walker, doc)
        page_date(html, root, doc, inventory, used)
        headline_title(doc, blocks)
        info_line(doc, inventory, used)
        blocks = paywall(blocks, inventory, used, doc)
        blocks = keep_passages(blocks, inventory, used, doc)  # nothing that carries news left out silently
    blocks = running_heads(root, blocks, doc)
    blocks = news_in_captions(blocks, doc) + comments_after(walker, doc, first_line)
    head_meta(root, doc, first_line)
    if "url" not in doc.declared and (saved := saved_from(html)):  # a saved page's mark of the web
        doc.declared["url"] = saved[0]
        doc.record(first_line + saved[1] - 1, saved[0], "", "metadata", "the address the page was saved from → url")
    paper_authors(doc, inventory, used)
    site = site_name(root, doc.declared.get("title")) if "outlet" not in doc.declared else None
    if site:
        doc.declared["outlet"] = site
        doc.record(first_line, site, "", "metadata", "site name in the page's <title> (after the article's "
                   "title) → outlet")
    for line, text, why in walker.dropped:
        doc.record(line, text, "", "removed", why)
    for i, b in enumerate(inventory):
        if i not in used:
            doc.record(b.line, b.text, "", "removed",
                       "page text outside the article's main text (navigation, ads, related links, "
                       "bylines read as metadata), as judged by the extractor")
    doc.blocks[:] = blocks
    doc.rule = ""
