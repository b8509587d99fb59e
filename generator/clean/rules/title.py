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
"""

import re

from ..paragraphing import per_line
from ..headline import LEAD, NUMBERED, heading_like
from .. import issuer
from ..titlepick import (drop_false_title, named_label, no_headline, not_a_title, pick, remnant, subject_field,
                         title_parts)
from ..text import LIST_RE, ends_sentence, han_count, hard_break, opens_turn, turn_labels

NAME = "title"
_NOTE = re.compile(r"[:：*＊]")
_KICKER = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff ·-]*$")
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\uff1f\uff01”」])[ \u3000]+(?=\S)|(?<=\S)[ \u3000]+(?=[\u4e00-\u9fff])")


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


#: A section number: "三、", "3、", "3.", "第三章" (a compilation's section heading, not its title).
_SECTION = re.compile(r"^(?:[一二三四五六七八九十百]+\s*[、．.]|\d{1,2}\s*[、．](?!\d)|\d{1,2}\.(?!\d)|"
                      r"第[一二三四五六七八九十百\d]+[章节節部篇])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FIRST_SCREEN = (25, 1500)  # blocks, characters
_CLAUSES = re.compile(r"[，。！？；：,!?;]")
#: Words that introduce a publication's own name in its first lines ("欢迎你来到 X").
_WELCOME = re.compile(r"^(?:\w{0,6}[，,]\s*)?(?:欢迎|歡迎)(?:你|您|大家)?(?:来到|來到|阅读|閱讀)|^(?:这里是|這裡是|本期是|本文是)")


#: A column label in brackets opening a headline ("【專訪】…", "[独家]…"): the kicker, not the
#: headline's length (a dateline's 【…讯】 is the lead's, never a label).
_BRACKET_LABEL = re.compile(r"^[【\[〔［]([\u4e00-\u9fff]{1,3}[\u4e00-\u9fff](?<![讯訊电電]))[】\]〕］]\s*(?=\S)")


def _headline(b, max_len: int = 30) -> bool:
    text = _BRACKET_LABEL.sub("", b.text, count=1) if b.text[:1] in "【[〔［" else b.text
    return b.kind == "line" and not b.message and heading_like(text, max_len) and not NUMBERED.match(text) \
        and not _SECTION.match(text) and not not_a_title(text)


def _same_title(numbered: str, other: str) -> bool:
    """``other`` states the numbered heading's words (a garbled copy of the title: "三、月航海…"
    for "3 月航海｜…"): most of its Han characters, in a line of similar length."""
    a = set(_HAN.findall(_SECTION.sub("", numbered)))
    b = set(_HAN.findall(other))
    return len(a) >= 3 and len(a & b) >= 0.7 * len(a) and len(other) <= 2 * len(numbered) + 10


def _markdown_title(doc) -> None:
    """The first level-1 heading; when it carries a section number, the line of the first screen
    that repeats its words is the real title (the numbered copy is dropped)."""
    bl = doc.blocks
    first = bl[0]
    if not (first.kind == "h" and first.level == 1):
        return
    if _SECTION.match(first.text):
        chars = 0
        for b in bl[1:_FIRST_SCREEN[0]]:
            chars += len(b.text)
            if chars > _FIRST_SCREEN[1]:
                break
            if b.kind not in ("line", "h") or _SECTION.match(b.text):
                continue
            if 4 <= len(b.text) <= 60 and not ends_sentence(b.text) and _same_title(first.text, b.text):
                doc.remove(first, "section-numbered first heading that repeats the title below it "
                           "(a garbled copy)")
                _take(doc, b, "title", b.text.strip(), "line of the first screen that the numbered first "
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
    if declared and _TITLE_NOISE.sub("", declared) not in _TITLE_NOISE.sub("", first.text) \
            and _TITLE_NOISE.sub("", first.text) not in _TITLE_NOISE.sub("", declared):
        # the front matter's title is the file's (a note's name): the page's own headline is its subtitle
        _take(doc, first, "subtitle", first.text.strip(), "first-level heading under another declared title → subtitle")
        return
    _take(doc, first, "title", first.text.strip(), "first-level heading → title")


#: A headline part that is only a Latin name or a figure ("SU7", "16%"): OCR spacing around it is
#: layout, not a separator of the headline's parts.
_LATIN_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-]*")


def _title_text(s: str, pangu: bool) -> str:
    """The headline with its parts set apart by ideographic spaces (a non-spaced source); a part
    that is only a Latin name or a figure joins its neighbours ("小米 SU7 訂單火爆" → 小米SU7訂單火爆)."""
    if pangu:
        return s
    parts = s.split()
    if len(parts) > 1 and any(_LATIN_PART.fullmatch(p) for p in parts):
        out = parts[0]
        for prev, part in zip(parts, parts[1:]):
            glue = _LATIN_PART.fullmatch(part) or _LATIN_PART.fullmatch(prev)
            both_latin = re.search(r"[A-Za-z0-9]$", prev) and re.match(r"[A-Za-z0-9]", part)
            out += (" " if both_latin else "") + part if glue else " " + part
        s = out
    return _SPACE.sub("\u3000", s)


def _deck(b) -> bool:
    """A deck line under a headline: short, no sentence end (commas allowed)."""
    t = b.text.strip()
    return b.kind == "line" and 4 <= len(t) <= 40 and han_count(t) >= 4 and not ends_sentence(t) \
        and not LIST_RE.match(t) and not t.startswith("#")


_PARTS = re.compile(r"[\u4e00-\u9fff]{2,}(?:[ \u3000]+[\u4e00-\u9fff][^\s]*){1,3}")


def _spaced(text: str) -> bool:
    """A headline printed in parts set apart by spaces, each of two or more characters."""
    if len(text) > 40:
        return False
    parts = text.split()
    return len(parts) >= 2 and all(len(p) >= 2 for p in parts) and bool(_PARTS.fullmatch(text.strip()))


def _lead_headline(doc, pangu) -> bool:
    """A headline (and up to two decks) right above a news lead ("【本报讯】…", "新华社北京5月6日电…")
    is the title (and subtitle), however the lines are spaced: the lead marker says where the
    text begins. A headline in parts set apart by spaces with decks right under it ends at the
    first blank line. True when taken."""
    bl = doc.blocks
    k = next((k for k in range(1, min(len(bl), 4)) if bl[k].kind == "line" and LEAD.match(bl[k].text)), None)
    # above a lead marker a headline in parts may run longer than a heading ("X正式上市 起售价… 首日…")
    longest = 40 if k is not None else 30
    if k is None and _spaced(bl[0].text) and len(bl) > 2 and bl[1].gap == 0:
        # a headline in parts ("远程课堂 三千学生受益") with its deck printed right under it
        k = next((k for k in range(2, min(len(bl), 4)) if bl[k].gap > 0), None)
    if k is None or not (_headline(bl[0], longest) or (k > 0 and LEAD.match(bl[k].text) and _lead_head(bl[0]))) \
            or not all(_deck(b) for b in bl[1:k]):
        return False
    decks = bl[1:k]
    _take(doc, bl[0], "title", _title_text(bl[0].text, pangu), "headline above the news lead → title")
    if decks:
        doc.meta["subtitle"] = "\u3000".join(_title_text(b.text, pangu) for b in decks)
        doc.meta_lines["subtitle"] = decks[0].line
        for b in decks:
            doc.remove(b, "deck line between the headline and the news lead → subtitle", action="metadata")
    return True


def _lead_head(b) -> bool:
    """A headline right above a news lead may carry commas ("X正式上市，起售价…"): a short line
    that ends no sentence or clause and is no section head or list item."""
    t = b.text.strip()
    return _deck(b) and not t.endswith(("，", "、", "：", ":", "；", ",")) and "。" not in t \
        and not NUMBERED.match(t) and not _SECTION.match(t)


#: A dateline fused to the headline on one line ("…24小时大定88898台财讯社北京3月30日电（记者…）…"):
#: a news agency (the outlet already read, or two characters and 社), a place, the day, 电/讯.
_FUSED_DATELINE = re.compile(r"([\u4e00-\u9fff]{2}[社网網])([\u4e00-\u9fff]{2,5}?)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:专电|專電|电|電|讯|訊)"
                             r"(?=[（(【\s\u3000:：，,]|$)")
_FUSED_REACH = 100  # characters of the first line searched


def _fused_lead(doc, pangu) -> bool:
    """A headline printed on the same line as the dateline that opens the lead: the part before
    the dateline is the title, the lead stays. True when taken."""
    bl = doc.blocks
    b = bl[0]
    if b.kind != "line":
        return False
    head = b.text[:_FUSED_REACH]
    outlet = doc.meta.get("outlet") or doc.declared.get("outlet") or ""
    at = None
    if len(outlet) >= 2:
        i = head.find(outlet, 4)
        if i > 0 and LEAD.match(b.text[i:]):
            at = i
    if at is None:
        m = _FUSED_DATELINE.search(head, 4)
        at = m.start() if m else None
    if at is None:
        return False
    title = b.text[:at].strip()
    if not (4 <= len(title) <= 50) or han_count(title) < 4 or ends_sentence(title) or "。" in title \
            or title.endswith(("，", "、", "：", ":", "；", ",")) or NUMBERED.match(title) or _SECTION.match(title):
        return False
    doc.meta["title"] = _title_text(title, pangu)
    doc.meta_lines["title"] = b.line
    doc.record(b.line, b.text[:at], "", "metadata", "headline printed on the lead's line, before its dateline → title")
    b.splice(0, at, "")
    from .mastheads import read_dateline  # the dateline now opens the line: its date and reporter
    read_dateline(doc, [b])
    return True


_TITLED = re.compile(r"[\s\u3000]*题\s*[：:]\s*(\S.{3,60})$")


def _titled_dateline(doc, pangu) -> bool:
    """A feature's dateline line that carries its title ("新华社北京5月6日电　题：…"): the title
    leaves the line, the dateline stays to open the lead. True when taken."""
    for b in doc.blocks[:3]:
        m = LEAD.match(b.text) if b.kind == "line" else None
        t = _TITLED.match(b.text, m.end()) if m else None
        if t:
            title = t.group(1).strip()
            doc.meta["title"] = _title_text(title, pangu)
            doc.meta_lines["title"] = b.line
            doc.record(b.line, b.text[m.end():], "", "metadata", "title on the dateline's line (题：…) → title")
            b.splice(m.end(), len(b.text), "")
            return True
    return False


def _take(doc, b, key, text, note, separates=False):
    doc.meta[key] = text
    doc.meta_lines[key] = b.line
    doc.remove(b, note, action="metadata", separates=separates)


#: A column label before a bar opening the headline ("专访｜X：…", "深度丨…"), or a wire's desk or a
#: column label in brackets ("（经济）…", "【專訪】…"): the kicker.
_COLUMN_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*[｜丨|]\s*(?=\S)|^[（(【\[〔［]([\u4e00-\u9fff]{2,4})[）)】\]〕］]\s*(?=\S)")


def _column_label(doc) -> None:
    """The title's column label (one bar only, a label of two to four characters) or bracketed desk
    → kicker."""
    title = doc.meta.get("title") or ""
    m = _COLUMN_LABEL.match(title)
    rest = title[m.end():] if m else ""
    if not m or "kicker" in doc.meta or len(rest) < 6 or re.search(r"[｜丨|]", rest) or doc.declared.get("title"):
        return  # (a declared title: "X｜title" names the outlet X, read when the metadata are merged)
    doc.meta["kicker"], doc.meta["title"] = m.group(1) or m.group(2), rest
    doc.record(doc.meta_lines.get("title", 1), title, rest, "changed", "column label before the headline's bar → kicker")


_TITLE_NOISE = re.compile(r"[\s\u3000《》「」“”\"'『』]")


def _repeated_title(doc) -> None:
    """The title printed again as a line of the first screen (a repost prints the headline above
    the account line and again in its card): the copy leaves the body."""
    title = doc.meta.get("title") or doc.declared.get("title") or ""
    key = _TITLE_NOISE.sub("", title)
    if len(key) < 4:
        return
    for b in doc.blocks[:6]:
        if b.kind in ("line", "h") and len(b.text) <= 2 * len(title) + 8 and _TITLE_NOISE.sub("", b.text) == key:
            doc.remove(b, "the title printed again in the first lines", action="metadata")
            return


#: A part of the title that names a programme's or a publication's issue ("城市慢行电台 第12期").
_ISSUE_PART = re.compile(r"^(\S.{1,14}?)\s*(?:第\s*[\d一二三四五六七八九十百千零〇]{1,6}\s*[期集回號号]|"
                         r"(?:Vol|No|EP|Ep)\.?\s*\d{1,4})$")


def _issue_part(doc) -> None:
    """A title in parts whose other part is the headline ("城市慢行电台 第12期｜共享单车退潮之后"): the
    name before the issue number is the programme or publication: the outlet, when none is known."""
    title = doc.meta.get("title") or ""
    parts = title_parts(title)
    if len(parts) < 2 or doc.meta.get("outlet") or doc.declared.get("outlet"):
        return
    for p in parts:
        m = _ISSUE_PART.match(p)
        if m and han_count(m.group(1)) >= 2 and not not_a_title(title):
            doc.meta["outlet"] = m.group(1).strip()
            doc.record(doc.meta_lines.get("title", 1), title, m.group(1).strip(), "metadata",
                       "the title's issue part names the programme or publication → outlet")
            return


def apply(doc):
    drop_false_title(doc)
    _find(doc)
    _issue_part(doc)
    named_label(doc)
    _column_label(doc)
    _repeated_title(doc)
    issuer.issuer_title(doc), issuer.signature_date(doc), issuer.poster_title(doc), issuer.doc_numbers(doc)
    no_headline(doc)


def _picked(doc, pangu) -> bool:
    """The headline read from the page's structure (:func:`..titlepick.pick`), or a labelled subject
    field ("本集主题：…"); the label and issue lines above it leave. True when taken."""
    found = subject_field(doc)
    if found:
        b, text = found
        doc.meta["title"] = _title_text(text, pangu)
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
    for above in bl[:k]:
        why = not_a_title(above.text)
        if above.kind == "line" and why in ("a label naming a kind of document", "an issue or volume line"):
            from .form_headers import _date  # an issue line's date is the page's
            if not doc.meta.get("date") and not doc.declared.get("date") and (d := _date(above.text)):
                doc.meta["date"] = d
            doc.remove(above, f"{why} above the headline → metadata", action="metadata", separates=True)
    _take(doc, b, "title", _title_text(text, pangu), "the first line of the first screen that reads as a headline "
          "and shares words with the text under it (banners, labels, issue and date lines above it are none) → title",
          separates=True)
    return True


def _find(doc):
    bl = doc.blocks
    if not bl:
        return
    if doc.markdown:
        _markdown_title(doc)
        if "title" not in doc.meta and doc.blocks:
            _lead_headline(doc, doc.pangu)  # a plain headline line above a news lead
        return  # (a cleaned article read again is Markdown: its headings are never taken as its title)
    pangu = doc.pangu
    lead = _titled_dateline(doc, pangu) or _lead_headline(doc, pangu) or _fused_lead(doc, pangu)
    if not lead and len(bl) > 1 and bl[0].kind == "line" and len(bl[0].text) <= 8 and _KICKER.match(bl[0].text) and _headline(bl[1]) and _isolated(doc, 0) \
            and _isolated(doc, 1):
        _take(doc, bl[0], "kicker", bl[0].text, "kicker line above the headline → kicker")
    if lead or doc.meta.get("title"):
        pass  # (a title an earlier rule read from the page's structure, e.g. above its header fields, stands)
    elif bl and _headline(bl[0]) and _isolated(doc, 0) and len(bl) > 1:
        _take(doc, bl[0], "title", _title_text(bl[0].text, pangu), "headline → title")
        if len(bl) > 1 and _headline(bl[0]) and _isolated(doc, 0) and not _headline(bl[1]):
            _take(doc, bl[0], "subtitle", _title_text(bl[0].text, pangu), "second headline line → subtitle")
    elif "title" not in doc.meta and not doc.declared.get("title") and _picked(doc, pangu):
        pass
    elif not any(b.kind == "h" for b in bl):
        for i in range(len(bl) - 1):
            pair = bl[i:i + 2]
            if all(_headline(b) and len(b.text) >= 5 for b in pair) and pair[1].gap == 0 and _isolated(doc, i, 2):
                text = "\u3000".join(_title_text(b.text, pangu) for b in pair)
                doc.meta["title"] = text
                doc.meta_lines["title"] = pair[0].line
                for b in pair:
                    doc.remove(b, "two-deck headline printed inside the text → title", action="metadata")
                break
        else:
            last = bl[-1]
            if _headline(last) and _isolated(doc, len(bl) - 1) and len(bl) > 2 and not _NOTE.search(last.text):
                _take(doc, last, "title", _title_text(last.text, pangu), "headline printed at the end → title")
                return
    last = bl[-1] if bl else None
    if last is not None and "title" in doc.meta and _headline(last) and _isolated(doc, len(bl) - 1) \
            and len(bl) > 2 and bl[-2].kind == "line" and not opens_turn(last.text, turn_labels(bl)):
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
