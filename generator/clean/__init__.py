"""The article cleaner: an ordered, named chain of small rules with an audit trail.

    from generator.clean import clean, RULE_NAMES
    cleaned = clean(text, source="x.txt", disabled=("headings",))

Each rule is a function ``apply(doc)`` in its own module under :mod:`generator.clean.rules`; it edits
the working :class:`~generator.clean.doc.Doc` only through helpers that record every edit (rule,
raw line, before, after), so the audit is complete by construction.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from ..errors import UnknownRule
from ..model import Cleaned
from .blockmarkdown import render
from .doc import Doc
from .rules import (
    ad_inserts, aside_boxes, grid_tables, bare_links, bylines, caption_lines, captions, cjk_spaces, closing_quotes, comments, column_tables, control_chars, dangling_refs,
    datelines, digest_items, emphasis_marks, empty_headings, field_records, field_rows, form_furniture, form_headers, garbage_lines, hashtags, headings, image_text, images,
    inline_furniture, contents_lists, closing_notices, counter_rows, edit_marks, reference_lists, page_footers, page_notices,
    join_lines, info_lines, notes_marks, latin_ocr, list_marks, masthead_strips, mastheads, news_slug, ocr_duplicates, off_topic, page_furniture, page_layout, page_widgets,
    paginated, piece_info, running_heads, feature_head, footnote_marks, timeline_box, column_weave, post_stamps, qa_pairs, letter_tail, feed_posts, floor_posts, authored_blocks, meeting_rows, form_chrome, repost_chains, comment_rows,
    photo_credits, promo_lines, punctuation, review_flags, section_heads, shownotes, side_widgets, site_furniture, source_url,
    stray_english, tab_tables, title, video_placeholders, markup_residue, markup_tokens, repeated_blocks, wire_fields, wiki_links, paper_apparatus, research_notes, talk_chrome, forum_text, channel_ads,
)
from .script import detect_script

__all__ = ["clean", "RULE_NAMES", "CHAIN", "UnknownRule"]

#: The chain, in order: (name, rule). Structure first, then joining, then character-level fixes.
CHAIN: tuple[tuple[str, Callable[[Doc], None]], ...] = tuple(
    (m.NAME, m.apply)
    for m in (
        control_chars, markup_tokens, grid_tables, wiki_links, emphasis_marks, source_url, images, video_placeholders, caption_lines, bare_links, feed_posts, counter_rows, site_furniture,
        promo_lines, side_widgets, running_heads, feature_head, footnote_marks, timeline_box, paginated, research_notes, forum_text, floor_posts, qa_pairs, field_records, authored_blocks, meeting_rows, form_headers, form_furniture, page_widgets, comment_rows, post_stamps, letter_tail, aside_boxes, shownotes, notes_marks, off_topic, hashtags, channel_ads, edit_marks, inline_furniture, wire_fields, bylines, piece_info, datelines, mastheads, page_furniture, ad_inserts, page_layout, info_lines, page_notices, closing_notices, contents_lists, talk_chrome, paper_apparatus, reference_lists, page_footers, comments, repost_chains, form_chrome, ocr_duplicates,
        image_text, photo_credits, captions, field_rows, tab_tables, column_tables, markup_residue, repeated_blocks, column_weave, title, news_slug, section_heads, digest_items, masthead_strips,
        headings, join_lines, list_marks, closing_quotes, cjk_spaces, punctuation, latin_ocr, stray_english,
        empty_headings, dangling_refs, garbage_lines, review_flags,
    )
)
RULE_NAMES: tuple[str, ...] = tuple(name for name, _ in CHAIN)


_CLAUSE = re.compile(r"[，。！？；,!?;]|[。！？][”」]")
#: An outlet read wrong: an address, a bullet or mark before it, the page naming itself (本报), a tag (原创).
_NOT_OUTLET = re.compile(r"^(?:https?://|www\.)|^[^\w（(《「“]|^(?:本[报報网網台刊站社]|原创|原創|转载|轉載)$|^(?:原创|原創|转载|轉載)(?=\S)")
_ISO = re.compile(r"(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def _fail_clean(doc) -> None:
    """Every metadata field a rule read is checked for its shape, whatever the form: a name (author,
    outlet) is no clause or sentence and no longer than 40 characters, a date is an ISO date, a title
    is no date, stamp or document number alone; an outlet is no web address, opens on no mark
    (``■本报``) and is not the page naming itself (``本报``) or a tag (``原创…``). A field that fails leaves (recorded): less, never
    garbage. (What the source declares itself is left as it is.)"""
    from .linekinds import date_line, is_doc_number, is_stamp

    checks = {
        "author": lambda v: len(v) <= 40 and not _CLAUSE.search(v),
        "outlet": lambda v: len(v) <= 40 and not _CLAUSE.search(v) and not _NOT_OUTLET.search(v),
        "date": lambda v: bool(_ISO.fullmatch(v)),
        "title": lambda v: not (is_stamp(v) or date_line(v) or is_doc_number(v)),
    }
    for key, ok in checks.items():
        value = doc.meta.get(key)
        if isinstance(value, str) and value.strip() and not ok(value.strip()):
            del doc.meta[key]
            doc.record(doc.meta_lines.get(key, 1), value, "", "removed",
                       f"read as the {key}, but it is not shaped like one: left out")


def clean(text: str, *, source: str = "<text>", disabled: Iterable[str] = ()) -> Cleaned:
    """Read one decoded article with the reader its content needs, then clean it; ``disabled``
    names rules to skip. Raises SourceError when nothing of the source is article text."""
    disabled = set(disabled)
    unknown = sorted(disabled - set(RULE_NAMES))
    if unknown:
        raise UnknownRule(
            f"{source}: unknown cleaning rule(s) {', '.join(unknown)}; valid rules: {', '.join(RULE_NAMES)}"
        )
    from ..readers import read  # the readers build on this package's Doc: imported when used
    from ..readers.meta import merge

    doc = read(text, source)
    for name, rule in CHAIN:
        if name in disabled:
            continue
        doc.rule = name
        rule(doc)
    doc.rule = "metadata_check"
    from .issuer import department_outlet
    department_outlet(doc)
    _fail_clean(doc)
    form_chrome.saved_date(doc)  # the content's date, never an export's or a save's: the audit says which
    from .author_names import outlet_slogan, tidy
    tidy(doc)  # the author field names people only (no role, filing place or page label)
    outlet_slogan(doc)  # the outlet is a site's name, not its slogan
    doc.rule = ""
    body = render(doc)
    from .safetynet import review
    review(doc, body)  # claim-bearing text removed, a page stripped of most of its prose: flagged
    from .sourceyield import review_yield
    review_yield(doc, body)  # a large source that published little: flagged
    meta = merge(doc.meta, doc.declared)
    meta["script"] = detect_script(doc.text)
    return Cleaned(body, meta, tuple(doc.audit), tuple(doc.flags), tuple(doc.set_aside))
