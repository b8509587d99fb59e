"""The article's title (and kicker, subtitle) leave the body for metadata.

- Markdown: the first level-1 heading (under another declared title: the subtitle).
- Plain text: a short isolated first line (after an optional one-word kicker line) and a second
  headline line just below it (subtitle). No line that is never a title (a file name, an issue
  line, an account's banner, a document-type label, a date line: :mod:`..titlepick`) is taken.
- Else the page's structure: a labelled subject field, or the first line of the first screen that
  reads as a headline and shares words with the text (:func:`..titlepick.pick`).
- No headline at the top: a two-deck headline (two short lines printed together) elsewhere, else a
  headline printed as the last line of the OCR text; none at all: flagged.
A headline-like last line left over when a title was already found becomes a heading and is flagged
(the file probably holds a second piece whose title was printed at its end).

A title at a news lead is read in :mod:`..lead_titles`; what a found title tells beyond itself (its
kicker, the outlet, a copy printed in the first lines) in :mod:`..title_labels`; what they share
(which line reads as a headline, how the title's text is set) in :mod:`..title_lines`.
"""

import re

from .. import issuer
from ..letterhead import continued_title, letterhead, poster_header
from ..lead_titles import fused_lead, lead_headline, titled_dateline
from ..linekinds import date_line
from ..paragraphing import per_line
from ..structure_lines import roster_blocks
from ..text import ends_sentence, hard_break, opens_turn, turn_labels
from ..title_labels import TITLE_NOISE, column_label, issue_part, repeated_title
from ..title_lines import SECTION, headline_line, take, title_text
from ..titlepick import CRUMB as _CRUMB, chrome_title, restore_title, drop_false_title, named_label, no_headline, not_a_title, pick, remnant, subject_field

NAME = "title"
_NOTE = re.compile(r"[:：*＊]")
_KICKER = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff ·-]*$")


def _isolated(doc, i, n=1):
    bl = doc.blocks
    if _per_line(doc):
        return True  # a paragraph per line (an app or screen copy): every line stands alone
    before = i == 0 or hard_break(bl[i - 1].text, bl[i].text, bl[i].gap)
    after = i + n >= len(bl) or hard_break(bl[i + n - 1].text, bl[i + n].text, bl[i + n].gap)
    return before and after


def _per_line(doc) -> bool:
    if getattr(doc, "_per_line", None) is None:
        doc._per_line = per_line(doc)
    return doc._per_line


_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIRST_SCREEN = (25, 1500)  # blocks, characters
_CLAUSES = re.compile(r"[，。！？；：,!?;]")
#: Words that introduce a publication's own name in its first lines ("欢迎你来到 X").
_WELCOME = re.compile(r"^(?:\w{0,6}[，,]\s*)?(?:欢迎|歡迎)(?:你|您|大家)?(?:来到|來到|阅读|閱讀)|^(?:这里是|這裡是|本期是|本文是)")


def _same_title(numbered: str, other: str) -> bool:
    """``other`` states the numbered heading's words (a garbled copy of the title: "三、月航海…"
    for "3 月航海｜…"): most of its Han characters, in a line of similar length."""
    a = set(_HAN.findall(SECTION.sub("", numbered)))
    b = set(_HAN.findall(other))
    return len(a) >= 3 and len(a & b) >= 0.7 * len(a) and len(other) <= 2 * len(numbered) + 10


def _markdown_title(doc) -> None:
    """The first level-1 heading; when it carries a section number, the line of the first screen
    that repeats its words is the real title (the numbered copy is dropped)."""
    bl = doc.blocks
    first = bl[0]
    if not (first.kind == "h" and first.level == 1):
        # a page saved as Markdown with its header lines (the poster, a back link) above its headline
        k = next((k for k, b in enumerate(bl[:6]) if b.kind == "h"), None)
        if k is None or bl[k].level != 1 or any(b.kind != "line" or len(b.text) > 40 or re.search(r"[。！？]", b.text)
                                               for b in bl[:k]):
            return
        first = bl[k]
    if SECTION.match(first.text):
        chars = 0
        for b in bl[1:_FIRST_SCREEN[0]]:
            chars += len(b.text)
            if chars > _FIRST_SCREEN[1]:
                break
            if b.kind not in ("line", "h") or SECTION.match(b.text):
                continue
            if 4 <= len(b.text) <= 60 and not ends_sentence(b.text) and _same_title(first.text, b.text):
                doc.remove(first, "section-numbered first heading that repeats the title below it "
                           "(a garbled copy)")
                take(doc, b, "title", b.text.strip(), "line of the first screen that the numbered first "
                     "heading repeats → title")
                return
            for clause in _CLAUSES.split(b.text):
                named = _WELCOME.sub("", clause.strip()).strip("《》「」“” ")
                if 4 <= len(named) <= 60 and _same_title(first.text, named):
                    doc.remove(first, "section-numbered first heading that repeats the title named in the "
                               "text below it (a garbled copy)")
                    doc.meta["title"] = named
                    doc.meta_lines["title"] = b.line
                    doc.record(b.line, named, named, "changed", "title named in the first screen's text "
                               "(“欢迎来到…”), which the numbered first heading repeats → title; the text stays")
                    return
        doc.flag(first.line, first.text, "The first heading carries a section number: it may be a section "
                 "heading rather than the article's title. Set the title in the front matter if it is wrong.")
    declared = doc.declared.get("title")
    if declared and TITLE_NOISE.sub("", declared) not in TITLE_NOISE.sub("", first.text) \
            and TITLE_NOISE.sub("", first.text) not in TITLE_NOISE.sub("", declared):
        # the front matter's title is the file's (a note's name): the page's own headline is its subtitle
        take(doc, first, "subtitle", first.text.strip(), "first-level heading under another declared title → subtitle")
        return
    take(doc, first, "title", first.text.strip(), "first-level heading → title")


def apply(doc):
    chrome_title(doc)
    drop_false_title(doc)
    _find(doc)
    if doc.meta.get("title") and doc.blocks and doc.meta_lines.get("title") is not None \
            and doc.blocks[0].line == doc.meta_lines["title"] + 1:
        _dash_deck(doc, 0, doc.pangu)  # the deck under a headline an earlier rule took
    continued_title(doc), letterhead(doc), poster_header(doc)
    issue_part(doc)
    named_label(doc)
    column_label(doc)
    repeated_title(doc)
    issuer.issuer_title(doc), issuer.signature_date(doc), issuer.poster_title(doc), issuer.doc_numbers(doc)
    restore_title(doc)
    no_headline(doc)


def _picked(doc, pangu) -> bool:
    """The headline read from the page's structure (:func:`..titlepick.pick`), or a labelled subject
    field ("本集主题：…"); the label and issue lines above it leave. True when taken."""
    found = subject_field(doc)
    if found:
        b, text = found
        doc.meta["title"] = title_text(text, pangu)
        doc.meta_lines["title"] = b.line
        doc.remove(b, "the page's subject field (主题：…) → title", action="metadata", separates=True)
        return True
    found = pick(doc)
    if not found:
        return False
    b, text = found
    bl = doc.blocks
    k = bl.index(b)
    if remnant(bl, k):
        tail = bl[k + 1]
        text += tail.text.strip()
        doc.remove(tail, "the headline's last characters, wrapped onto a line of their own → title", action="metadata")
    crumbs = [i for i, above in enumerate(bl[:k]) if above.kind == "line" and _CRUMB.search(above.text)]
    if crumbs:
        c = crumbs[0]
        site = bl[c - 1] if c == 1 and bl[0].kind == "line" and _SITE_NAME.match(bl[0].text) else None
        if site is not None and not doc.meta.get("outlet") and not doc.declared.get("outlet"):
            doc.meta["outlet"] = site.text.strip()
            doc.meta_lines["outlet"] = site.line
        if site is not None:
            doc.remove(site, "the site's name above its breadcrumb → outlet", action="metadata", separates=True)
        for i in crumbs:
            doc.remove(bl[i - (site is not None)], "the site's breadcrumb (the path to the page's section)", separates=True)
        k = bl.index(b)
    for above in bl[:k]:
        why = not_a_title(above.text)
        if above.kind == "line" and why in ("a label naming a kind of document", "an issue or volume line"):
            from .form_headers import _date  # an issue line's date is the page's
            if not doc.meta.get("date") and not doc.declared.get("date") and (d := _date(above.text)):
                doc.meta["date"] = d
            doc.remove(above, f"{why} above the headline → metadata", action="metadata", separates=True)
    take(doc, b, "title", title_text(text, pangu), "the first line of the first screen that reads as a headline "
         "and shares words with the text under it (banners, labels, issue and date lines above it are none) → title",
         separates=True)
    _dash_deck(doc, k, pangu)
    return True


#: A deck printed under a headline, opened by a dash ("—— 保险行业点评", "——记一位乡村教师").
_DASH_DECK = re.compile(r"^[ \t\u3000]*(?:——|--|—|－－)[ \t\u3000]*([^\s。！？].{1,38})$")


def _dash_deck(doc, k, pangu) -> None:
    """The line right under the title that opens with a dash and is no sentence is its deck: the subtitle."""
    bl = doc.blocks
    if k < len(bl) and bl[k].kind == "line" and "subtitle" not in doc.meta and (m := _DASH_DECK.match(bl[k].text)) \
            and not ends_sentence(m.group(1)):
        take(doc, bl[k], "subtitle", title_text(m.group(1).strip(), pangu), "a dash-led deck under the headline → subtitle",
             separates=True)


_SITE_NAME = re.compile(r"^\s*[\w\u4e00-\u9fff][\w\u4e00-\u9fff .·-]{1,20}\s*$")

#: A thread's post head: a floor number, or a date and clock time at its end.
_POST_HEAD = re.compile(r"^\s*#\s?\d{1,4}[\s\u3000]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


def _find(doc):
    bl = doc.blocks
    if not bl:
        return
    if doc.markdown:
        _markdown_title(doc)
        if "title" not in doc.meta and doc.blocks:
            lead_headline(doc, doc.pangu)  # a plain headline line above a news lead
        if "title" not in doc.meta and not doc.declared.get("title") and doc.blocks \
                and not any(b.kind == "h" for b in doc.blocks):
            _picked(doc, doc.pangu)  # plain text read as Markdown (a list in it), no heading at all: the page's headline
        return  # (a cleaned article read again is Markdown: its headings are never taken as its title)
    pangu = doc.pangu
    lead = titled_dateline(doc, pangu) or lead_headline(doc, pangu) or fused_lead(doc, pangu)
    if not lead and len(bl) > 1 and bl[0].kind == "line" and len(bl[0].text) <= 8 and _KICKER.match(bl[0].text) and headline_line(bl[1]) and _isolated(doc, 0) \
            and _isolated(doc, 1):
        take(doc, bl[0], "kicker", bl[0].text, "kicker line above the headline → kicker")
    if lead or doc.meta.get("title"):
        pass  # (a title an earlier rule read from the page's structure, e.g. above its header fields, stands)
    elif bl and headline_line(bl[0]) and _isolated(doc, 0) and len(bl) > 1 and not _POST_HEAD.search(bl[0].text) \
            and not _CRUMB.search(bl[1].text):  # (a line over a breadcrumb is the site's name)
        take(doc, bl[0], "title", title_text(bl[0].text, pangu), "headline → title")
        if len(bl) > 1 and headline_line(bl[0]) and _isolated(doc, 0) and not headline_line(bl[1]) \
                and not _POST_HEAD.search(bl[0].text):  # a post's head (#1 name date time) is no subtitle
            take(doc, bl[0], "subtitle", title_text(bl[0].text, pangu), "second headline line → subtitle")
    elif "title" not in doc.meta and not doc.declared.get("title") and _picked(doc, pangu):
        pass
    elif not any(b.kind == "h" for b in bl):
        for i in range(len(bl) - 1):
            pair = bl[i:i + 2]
            if all(headline_line(b) and len(b.text) >= 5 for b in pair) and pair[1].gap == 0 and _isolated(doc, i, 2):
                if _DASH_DECK.match(pair[1].text):  # the headline and its dash-led deck
                    take(doc, pair[0], "title", title_text(pair[0].text.strip(), pangu), "headline printed inside the "
                         "text above its dash-led deck → title")
                    _dash_deck(doc, i, pangu)
                    break
                text = "\u3000".join(title_text(b.text, pangu) for b in pair)
                doc.meta["title"] = text
                doc.meta_lines["title"] = pair[0].line
                for b in pair:
                    doc.remove(b, "two-deck headline printed inside the text → title", action="metadata")
                break
        else:
            last = bl[-1]
            if headline_line(last) and _isolated(doc, len(bl) - 1) and len(bl) > 2 and not _NOTE.search(last.text):
                take(doc, last, "title", title_text(last.text, pangu), "headline printed at the end → title")
                return
    last = bl[-1] if bl else None
    if last is not None and "title" in doc.meta and headline_line(last) and _isolated(doc, len(bl) - 1) \
            and len(bl) > 2 and bl[-2].kind == "line" and not opens_turn(last.text, turn_labels(bl)) \
            and not date_line(last.text) and id(last) not in roster_blocks(bl):  # a signature's date or row is no heading
        last.kind, last.level = "h", 2
        doc.record(last.line, last.text, "## " + last.text, "changed", "headline-like last line → heading")
        start = _second_piece_start(doc, last)
        if start is None:
            doc.flag(last.line, last.text,
                     "A headline is printed after the last paragraph: probably the title of a second piece in "
                     "this file. Split the file, or move the heading to where that piece starts.")
            return
        k, anchor = start
        bl.pop()
        bl.insert(k, last)
        doc.record(last.line, "## " + last.text, "## " + last.text, "changed",
                   f"title of a second piece, printed after its text, moved to where the piece starts "
                   f"(after its byline or the first piece's headline, raw line {anchor})")
        doc.flag(last.line, last.text,
                 f"The title of a second piece (a signed commentary?) was printed after its text; it now heads "
                 f"the text after raw line {anchor}. Check where the piece starts, or split the file.")


def _second_piece_start(doc, last):
    """(index, raw line) where a second piece whose title was printed last starts: after the last
    byline or headline the cleaner took out of the body before it; None when there is none."""
    lines = [e.line for e in doc.audit if e.action == "metadata" and e.rule in ("bylines", "title")
             and e.line < last.line]
    if not lines or not doc.blocks:
        return None
    anchor = max(lines)
    if anchor <= doc.blocks[0].line:
        return None
    for k, b in enumerate(doc.blocks[:-1]):
        if b.line > anchor:
            return (k, anchor) if k > 0 else None
    return None
