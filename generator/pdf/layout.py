"""One layout pass per PDF: page numbers of cross-references are filled in after pagination.

WeasyPrint resolves ``target-counter(…, page)`` by laying the document out again until the numbers
settle: every page holding a reference three times, and every page after one whose text grew when
its numbers arrived. The compendium of 100 articles was laid out 2.8 times (579 page layouts for
210 pages), the default one 1.85 times. Here a reference is laid out with placeholder digits as wide
as any number it can hold, the document is paginated once, and the digits are then replaced in the
laid-out text boxes; the rest of the line moves left by the width saved (or, after a leader, the
number stays flush right and the leader gains dots). Nothing moves to another line or page, so the
numbers are those of the final layout.

    css = placeholder_css(css, digits)    "999" instead of target-counter(attr(href url), page)
    pages = layout_document(…)            WeasyPrint's own steps, paginated once
    fill_page_refs(pages, …)              the digits replaced by the page numbers
    document = Document(pages, …)         links, anchors and bookmarks gathered as usual

Only ``target-counter(attr(href url), page)`` in ``content`` of a link's pseudo-element is handled
this way (that is all the print stylesheet uses); any other target-counter still works through
WeasyPrint's repagination. Lines holding references are taken to be start-aligned, as they are in
the print stylesheet (a centred line would end up off centre by the width saved).
"""

from __future__ import annotations

import logging
from math import inf

__all__ = ["PAGE_REF", "fill_page_refs", "placeholder_css", "render"]

log = logging.getLogger("mkdocs.plugins.jianfan")

#: The CSS this module replaces with placeholder digits.
PAGE_REF = "target-counter(attr(href url), page)"
#: Placeholder digit: the widest in Noto Serif CJK (Noto Sans CJK digits are all one width).
DIGIT = "9"


def placeholder_css(css: str, digits: int) -> str:
    """The stylesheet with every page reference laid out as ``digits`` wide digits."""
    return css.replace(PAGE_REF, f'"{DIGIT * digits}"')


def render(html: str, css: str, digits: int = 3):
    """Lay out ``html`` once and fill in its page references; return the WeasyPrint Document.

    When a referenced page number has more digits than the placeholder (a document longer than
    expected), the document is laid out again with wider placeholders."""
    while True:
        document, widest = _render_once(html, placeholder_css(css, digits), digits)
        if widest <= digits:
            return document
        digits = widest


def _render_once(html_text: str, css_text: str, digits: int):
    """The steps of ``weasyprint.Document._render``, with the page references filled in."""
    from weasyprint import CSS, DEFAULT_OPTIONS, HTML
    from weasyprint.css.counters import CounterStyle
    from weasyprint.document import Document, DocumentMetadata, Page
    from weasyprint.formatting_structure.build import build_formatting_structure
    from weasyprint.html import get_html_metadata
    from weasyprint.layout import layout_document
    from weasyprint.text.fonts import FontConfiguration

    # No base_url: nothing in the document may resolve to a local file.
    html = HTML(string=html_text, base_url=None)
    font_config, counter_style = FontConfiguration(), CounterStyle()
    options = dict(DEFAULT_OPTIONS, stylesheets=[CSS(string=css_text)])
    context = Document._build_layout_context(html, font_config, counter_style, {}, options)
    root_box = build_formatting_structure(
        html.etree_element, context.style_for, context.get_image_from_uri, html.base_url,
        context.target_collector, counter_style, context.footnotes)
    page_boxes = list(layout_document(html, root_box, context))
    widest = fill_page_refs(page_boxes, context, digits)
    if widest > digits:
        return None, widest
    document = Document([Page(box) for box in page_boxes], DocumentMetadata(**get_html_metadata(html)),
                        html.url_fetcher, font_config, {}, options["output_intent"])
    document._html = html
    return document, widest


def anchor_pages(page_boxes) -> dict[str, int]:
    """Anchor name → number of the page where its box starts (what target-counter gives)."""
    pages: dict[str, int] = {}
    for number, page in enumerate(page_boxes, 1):
        for box in page.descendants():
            anchor = box.style["anchor"]
            if anchor and anchor not in pages:
                pages[anchor] = number
    return pages


def fill_page_refs(page_boxes, context, digits: int) -> int:
    """Replace the placeholders with page numbers; return the most digits a number needs.

    Nothing is changed when a number is wider than its placeholder (the caller lays out again)."""
    from weasyprint.formatting_structure import boxes

    pages = anchor_pages(page_boxes)
    lines, needed = [], 1
    for page in page_boxes:
        for line in page.descendants():
            if not isinstance(line, boxes.LineBox):
                continue
            targets = [_target(box) for box in line.descendants() if _is_page_ref(box, digits)]
            if targets:
                lines.append(line)
                needed = max(needed, *(len(str(pages.get(t, ""))) for t in targets))
    if needed > digits:
        return needed
    missing: list[str] = []
    for line in lines:
        _fill(line, pages, context, digits, None, missing)
    if missing:
        log.warning(f"PDF: {len(missing)} page reference(s) to anchors that are not in the document "
                    f"(first: #{missing[0]}); printed without a page number")
    return needed


def _is_page_ref(box, digits: int) -> bool:
    """A text box of a link's ``::after`` holding a placeholder."""
    from weasyprint.formatting_structure import boxes

    return (isinstance(box, boxes.TextBox) and (box.element_tag or "").endswith("::after")
            and DIGIT * digits in box.text and box.element is not None
            and (box.element.get("href") or "").startswith("#"))


def _target(box) -> str:
    """The anchor a page reference points to."""
    return box.element.get("href")[1:]


def _fill(parent, pages, context, digits: int, leader, missing: list[str]):
    """Fill the references inside ``parent`` (a line or an inline box); return (width saved, leader).

    Boxes after a shortened reference move left; inline boxes holding one become narrower."""
    from weasyprint.formatting_structure import boxes

    saved = 0.0
    for child in parent.children:
        if saved:
            child.translate(dx=-saved)
        if child.is_leader:
            leader = child
        if _is_page_ref(child, digits):
            number = pages.get(_target(child))
            if number is None:
                missing.append(_target(child))
            text = _replace_last(child.text, DIGIT * digits, "" if number is None else str(number))
            shorter = _set_text(child, text, context)
            if leader is not None:
                child.translate(dx=shorter)  # flush right, as the leader left it
                _extend_leader(leader, child.position_x)
            else:
                saved += shorter
        elif isinstance(child, boxes.InlineBox):
            shorter, leader = _fill(child, pages, context, digits, leader, missing)
            child.width -= shorter
            saved += shorter
    return saved, leader


def _replace_last(text: str, old: str, new: str) -> str:
    head, _, tail = text.rpartition(old)
    return head + new + tail


def _set_text(box, text: str, context) -> float:
    """Give a laid-out text box new text on the same line; return how much narrower it became."""
    from weasyprint.text.line_break import split_first_line

    layout, _, _, width, _, _ = split_first_line(text, box.style, context, inf,
                                                 box.justification_spacing)
    shorter = box.width - width
    box.text, box.pango_layout, box.width = text, layout, width
    return shorter


def _extend_leader(leader, end: float) -> None:
    """Add leader dots, on the leader's own grid, up to ``end``."""
    dots = leader.children
    if not dots:
        return
    last = max(dots, key=lambda dot: dot.position_x)
    added = []
    x = last.position_x + last.width
    while last.width > 0 and x + last.width <= end + 1e-6:  # (a dot of no width would never reach the end)
        dot = last.copy()
        dot.position_x = x
        added.append(dot)
        x += last.width
    if added:
        leader.children = (*dots, *added)
        leader.width += x - (last.position_x + last.width)
