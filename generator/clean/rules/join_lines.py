"""Hard-wrapped lines and paragraphs split mid-sentence are joined into one-line paragraphs.

- A line that does not end a sentence (。！？… + closing quotes) continues on the next text line,
  across blank lines, captions and tables (those are moved after the paragraph). Headings stop it.
- After a sentence end, the next line starts a new paragraph when a blank line separates them, or
  when the paragraph already swallowed a blank line (the layout displaced the paragraph break).
- In Markdown sources a blank line is always a paragraph break.
- A plain text that marks its paragraphs by indenting their first line (some lines indented, others
  not: "　　中讯社东京8月25日电…" with no blank lines) starts a paragraph at an indented line after a
  sentence end. A text that indents every line, or none, is read by the rules above.
- A plain text that writes a paragraph per line with no blank lines (a page copied from an app or
  a screen: lines that end a sentence go straight on to the next, and no run of lines shows a wrap
  width) starts a paragraph at each line, unless the line before ends on a clause mark (，、：；) or
  is long (24 characters or more) and ends no sentence (a wrap the text still has).
- Lines that open on 一、 二、 三、 … in order (two or more), each a whole sentence, each start a
  paragraph, even after a line ending on a colon (an enumerated list, not a sentence running on).
- A chat message or timed turn (see :mod:`generator.readers.lines`) is a paragraph of its own; one
  left with nothing but its speaker's label (a sticker's shortcode removed) is removed.
- Three or more short unpunctuated lines one under the other among a page's first blocks (a menu,
  topic tags) each start a paragraph, and so does the line after them.
- A line that is structure, not prose (:mod:`generator.clean.linekinds`: a run of two or more
  fields ``标签：值`` or document numbers, a date line, a stamp of times/dates/counters, a bracketed
  note on its own line, a salutation before a blank line, a poster's ``名字 @handle · 日期`` line, a lone
  counter set apart by a space ``1,208 次查看``, a reference list's entry ``[3] …``) is a paragraph of its own, and the line
  after it starts anew: a header block, a signature's date or a post's stamp is never glued to
  the text. A stamp of two pieces or more (a clock time or counters with a date or other counters;
  a bare time is a live blog's entry heading) that recurs (two or more) is each post's stamp:
  it leaves the text (recorded as metadata; the first stamp's date is the article's when it has
  none), so it is never read as the start of the next post; so does a lone counter whose word the
  stamps carry (``4,312 次查看`` under a reply).
- A line opening on an emoji or keycap bullet (``📍第一单：…``, ``1️⃣ …``) starts a paragraph, and a
  line ending on an emoji before a blank line ends one (posts end sentences on emoji, not 。).
- Two ASCII words meeting at a join get a space ("Stable⏎Video" → "Stable Video").
- Another column woven into a sentence: when a sentence joined across blank lines runs from a long
  line through two or more short lines of one narrow width (none ending a sentence) and then on, the
  short lines are another column's text (a sidebar printed beside it): they are set aside (audit
  and editor flag), and the sentence is joined around them.
"""

import re

from ..doc import Chunk
from ...readers.lines import empty_message
from .. import linekinds as lk
from ..text import ends_sentence, hard_break, interview_labels, opens_turn, turn_labels

NAME = "join_lines"
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _sep(a: str, b: str) -> str:
    x, y = a[-1:], b[:1]
    if _ALNUM.match(x) and _ALNUM.match(y) and not (x.isdigit() and y.isdigit()):
        return " "
    return ""


class _Para:
    """A paragraph being assembled: pieces joined once at the end (``text +=`` per line copied
    the whole paragraph each time: quadratic on a long hard-wrapped text)."""

    TAIL = 64

    def __init__(self, b: Chunk):
        self.first = b
        self.pieces = [b.text]
        self.marks = list(b.marks)
        self.length = len(b.text)
        self.tail = b.text[-self.TAIL:]
        self.parts: list[tuple[str, Chunk]] = [("", b)]

    def add(self, sep: str, b: Chunk) -> None:
        self.parts.append((sep, b))
        self.marks.extend((o + self.length + len(sep), ln) for o, ln in b.marks)
        self.pieces += (sep, b.text)
        self.length += len(sep) + len(b.text)
        self.tail = (self.tail + sep + b.text)[-self.TAIL:]

    def block(self) -> Chunk:
        return Chunk("p", "".join(self.pieces), self.marks, self.first.gap, message=self.first.message)


#: A paragraph cut by the layout ends on a word that needs more after it ("…對未來的") …
_DANGLING_END = re.compile(r"[的之把被將将對对從从向與与及和在於于為为而且是]$")
#: … and when the next block, after a blank line, opens a sentence of its own ("隨着AI…"), the two
#: are two paragraphs with the first one's end lost: joining them would publish fused text.
_OPENER = re.compile(r"^(?:隨着|随着|不過|不过|但是|然而|此外|同時|同时|另外|因此|所以|據|据|目前|近日|日前|"
                     r"去年|今年|明年|如今|對此|对此|其中|首先|其次|最後|最后|總之|总之|事實上|事实上)")


_HAN_END = re.compile(r"[\u4e00-\u9fff]$")
_COMMA = re.compile(r"[，,]")


def _fused(cur: _Para, nxt: Chunk) -> bool:
    """True when ``nxt`` starts a new paragraph although ``cur`` stops mid-phrase: after a blank
    line, an opener follows a word that needs more ("…對未來的" ‖ "隨着…"), or an opener set off by
    a comma follows a bare character ("…物理世界中" ‖ "不過，…"), which no sentence does."""
    opener = _OPENER.match(nxt.text)
    if nxt.gap == 0 or not opener:
        return False
    if _DANGLING_END.search(cur.tail):
        return True
    return bool(_HAN_END.search(cur.tail)) and bool(_COMMA.match(nxt.text, opener.end()))


#: A woven column's lines: at most this many characters, all within _SAME_WIDTH of each other, at
#: least _WOVEN_MIN of them, after a line at least _WIDER times as long as the longest of them.
_NARROW, _SAME_WIDTH, _WOVEN_MIN, _WIDER = 24, 2, 2, 2


def _woven(parts: list[tuple[str, Chunk]]) -> list[int]:
    """Indexes of the parts that are another column woven into the paragraph (see the module)."""
    out: list[int] = []
    i, n = 1, len(parts)
    while i < n - 1:
        j = i
        while j < n - 1 and parts[j][1].gap > 0 and len(parts[j][1].text) <= _NARROW \
                and not ends_sentence(parts[j][1].text):
            j += 1
        run = [len(parts[k][1].text) for k in range(i, j)]
        if len(run) >= _WOVEN_MIN and max(run) - min(run) <= _SAME_WIDTH \
                and len(parts[i - 1][1].text) >= _WIDER * max(run) and parts[j][1].gap > 0:
            out.extend(range(i, j))
        i = j + 1 if j > i else i + 1
    return out


def _unweave(doc, para: _Para) -> _Para:
    """``para`` without the woven column's lines, which are set aside (audit, flag)."""
    woven = set(_woven(para.parts))
    if not woven:
        return para
    kept = [b for k, (_, b) in enumerate(para.parts) if k not in woven]
    lines = [para.parts[k][1] for k in sorted(woven)]
    width = max(len(b.text) for b in lines)
    for b in lines:
        doc.record(b.line, b.text, "", "set_aside",
                   f"another column's line ({len(b.text)} characters, like its neighbours) woven into a "
                   "sentence of longer lines")
        doc.set_aside.append(b.text)
    doc.flag(lines[0].line, "".join(b.text for b in lines)[:40],
             f"{len(lines)} short lines of one width (≤ {width} characters) sat inside a sentence of longer "
             "lines: read as another column (a sidebar) woven in by the layout and set aside; the sentence "
             "is joined around them. Check both against the original.")
    out = _Para(kept[0])
    for b in kept[1:]:
        out.add(_sep(out.tail, b.text), b)
    return out


def _joins(doc, cur: _Para, nxt: Chunk, owed: bool, turns=(frozenset(), frozenset()), indents=False, lines=False) -> bool:
    """``turns``: the labels that open speakers' turns, and those of a Q&A text (after a blank
    line, a turn of a Q&A starts anew even when the one before has no final punctuation)."""
    if hard_break("", nxt.text, 0) or cur.pieces[0].startswith("#") or nxt.starts:
        return False  # list items start anew; '#' lines are hashtags or headings, never continuations
    if opens_turn(nxt.text, turns[0]) and (ends_sentence(cur.tail) or nxt.gap > 0 and opens_turn(nxt.text, turns[1])):
        return False  # an interview's next turn (問：… 答：…) is a paragraph of its own
    if doc.markdown:
        return nxt.gap == 0
    if _EMOJI_OPEN.match(nxt.text) or (nxt.gap > 0 and _EMOJI_END.search(cur.tail)):
        return False  # a post's emoji bullet opens a paragraph; an emoji before a blank line ends one
    if lines and not re.search(r"[，、：；,:;]$", cur.tail) and (ends_sentence(cur.tail) or len(cur.parts[-1][1].text) < _LINE_WRAP):
        return False  # a paragraph per line: a short line ending no clause (a headline, a label) stands alone
    if not ends_sentence(cur.tail):
        if _fused(cur, nxt):
            doc.flag(nxt.line, cur.tail[-20:] + " ‖ " + nxt.text[:20],
                     "A paragraph stops mid-phrase and the next one opens a new sentence: its end was lost "
                     "in the layout (another column?). Kept as two paragraphs; complete the first from the "
                     "original, or mark the gap (……).")
            return False
        return True
    return nxt.gap == 0 and not owed and not (indents and nxt.indent) and not lines


#: A line opening on an emoji or a keycap used as a bullet ("📍第一单：…", "1️⃣ …", "🔸 …"), and a line
#: ending on one (social posts end their sentences on an emoji instead of a full stop).
_PICTO = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF"
_EMOJI_OPEN = re.compile(rf"^\s*(?:[#*0-9]\uFE0F?\u20E3|[{_PICTO}])\uFE0F?\s*\S")
_EMOJI_END = re.compile(rf"[{_PICTO}][\uFE0F\u200D{_PICTO}]*$")

#: A wrap width: this many lines in a row, none ending a sentence, of lengths within _WRAP_SPREAD.
_WRAP_RUN, _WRAP_SPREAD = 3, 3
#: In a text of a paragraph per line, a line this long that ends no sentence was still wrapped.
_LINE_WRAP = 24


def _one_per_line(blocks, blank: bool = True) -> bool:
    """True when a plain text writes a paragraph per line with no blank line between them (a page
    copied from an app or a screen): two lines or more end a sentence and go straight on to the
    next (one line will do in a text with no blank line at all), and no run of lines shows a wrap width (three lines in a row, none ending a sentence, of
    about one length: a hard-wrapped text, whose lines may end a sentence mid-paragraph)."""
    lines = [b for b in blocks if b.kind == "line"]
    run: list[int] = []
    for a, b in zip(lines, lines[1:]):
        if b.gap == 0 and not ends_sentence(a.text):
            run.append(len(a.text))
            if len(run) >= _WRAP_RUN and max(run[-_WRAP_RUN:]) - min(run[-_WRAP_RUN:]) <= _WRAP_SPREAD:
                return False
        else:
            run = []
    pairs = sum(1 for a, b in zip(lines, lines[1:]) if b.gap == 0 and len(a.text) >= 30 and ends_sentence(a.text))
    return pairs >= 2 or pairs == 1 and not blank


_BLANK = re.compile(r"\n[ \t\u3000\r]*\n")


def per_line(doc) -> bool:
    """True when a plain text writes a paragraph per line (see :func:`_one_per_line`)."""
    return not doc.markdown and _one_per_line(doc.blocks, bool(_BLANK.search(doc.text.strip())))


def _indents_paragraphs(blocks) -> bool:
    """True when the text's lines show indentation as a paragraph mark: two or more indented lines,
    and a line that is not indented continuing one that ends no sentence (a hard-wrapped
    continuation, which a text indenting every line does not have)."""
    lines = [b for b in blocks if b.kind == "line"]
    if sum(1 for b in lines if b.indent) < 2:
        return False
    return any(not b.indent and b.gap == 0 and not ends_sentence(a.text) for a, b in zip(lines, lines[1:]))


_CN_ITEM = re.compile(r"^\s*([一二三四五六七八九十]{1,3})、")
_CN_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _cn_number(s: str) -> int:
    """一 … 九十九 as a number (0 when it is no numeral)."""
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN_DIGIT.get(a, 1 if not a else 0) * 10 + _CN_DIGIT.get(b, 0)
    return _CN_DIGIT.get(s, 0) if len(s) == 1 else 0


def _numbered_items(blocks) -> None:
    """Lines that open on 一、 二、 三、 … in order (two or more), each a whole sentence, each start a
    paragraph: an enumerated list after a line ending on a colon is no sentence running on."""
    items = [(b, _cn_number(m.group(1))) for b in blocks if b.kind == "line" and (m := _CN_ITEM.match(b.text))
             and ends_sentence(b.text)]
    run: list = []
    for b, n in items:
        if run and n == run[-1][1] + 1:
            run.append((b, n))
            continue
        if len(run) >= 2 and run[0][1] == 1:
            for x, _ in run:
                x.starts = True
        run = [(b, n)] if n == 1 else []
    if len(run) >= 2 and run[0][1] == 1:
        for x, _ in run:
            x.starts = True


#: A menu or a list of tags at the top: three lines or more, each this short, no punctuation, among
#: the first _TOP blocks.
_MENU_LEN, _MENU_RUN, _TOP = 8, 3, 30
_PUNCT = re.compile(r"[，。！？、；,.!?;]|[：:]\s*$")


def _menu_runs(blocks) -> set[int]:
    """Short unpunctuated lines written one under the other at the top of a page (a site's menu,
    a question's topic tags) are items, not a wrapped sentence: each starts a paragraph, and so does
    the line after the run (a title or the text, which a tag glued in front of would corrupt)."""
    top = blocks[:_TOP]
    items: set[int] = set()
    k = 0
    while k < len(top):
        j = k
        while j < len(top) and top[j].kind == "line" and len(top[j].text.strip()) <= _MENU_LEN \
                and not _PUNCT.search(top[j].text) and (j == k or top[j].gap == 0):
            j += 1
        if j - k >= _MENU_RUN:
            for b in top[k:j + 1]:
                b.starts = True
            items |= {id(b) for b in top[k:j]}
        k = max(j, k + 1)
    return items


#: A poster's line over a reply ("邵凯 @shaokai_auto · 7月17日"), and a lone counter set apart by a
#: space ("1,208 次查看", "赞 1377"): a post's furniture, never the text's words.
_POSTER_LINE = re.compile(r"^\s*[^\s@，。]{1,16}\s*@[A-Za-z0-9_.]{2,30}(?:\s*[·•・]\s*[^\s，。]{1,16})?\s*$")
_COUNTER = re.compile(r"^\s*(?:\d[\d,]*(?:\.\d+)?[万千亿kKwW]?\s+[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}\s+\d[\d,]*(?:\.\d+)?[万千亿kKwW]?)\s*$")


_REF_ENTRY = re.compile(r"^\s*[\[［【]\s*\d{1,3}\s*[\]］】]\s*\S")  # a reference list's entry: "[3] 龙井茶产区调查…"


def _structural(b: Chunk) -> bool:
    t = b.text
    return lk.is_doc_number(t) or lk.date_line(t) or lk.is_stamp(t) or lk.is_note(t) or bool(_REF_ENTRY.match(t)) \
        or (len(t) <= 60 and bool(_POSTER_LINE.match(t) or _COUNTER.match(t)))


def _post_stamps(doc) -> None:
    """Stamps with a clock time or counters that recur are posts' stamps: out of the text."""
    stamps = [b for b in doc.blocks if b.kind in ("line", "h") and lk.is_stamp(b.text)
              and len(parts := lk.stamp_parts(b.text)) >= 2 and any(k != "date" for k, _ in parts)]
    if len(stamps) < 2:
        return
    # a lone counter set apart by a space under a post ("4,312 次查看"), its word the stamps' own
    words = {re.sub(r"[\d,.\s万千亿wWkK+]", "", p) for b in stamps for k, p in lk.stamp_parts(b.text) if k == "count"}
    stamps += [b for b in doc.blocks if b.kind == "line" and _COUNTER.match(b.text)
               and re.sub(r"[\d,.\s万千亿wWkK+]", "", b.text) in words]
    gone = {id(b) for b in stamps}
    after = False
    for b in stamps:
        if "date" not in doc.declared:
            iso = next((d for k, p in lk.stamp_parts(b.text) if k == "date" and (d := _iso(p))), None)
            if iso:
                doc.declared["date"] = iso
        doc.record(b.line, b.text, "", "metadata", "a post's stamp (clock time, date, counters), one of "
                   f"{len(stamps)} in the text: recorded, out of the text, never glued to the next post")
    kept = []
    for b in doc.blocks:
        if id(b) in gone:
            after = True
            continue
        if kept and kept[-1] is not None and after:
            b.starts = True  # the post after a stamp starts anew
        kept.append(b)
        after = False
    doc.blocks[:] = kept


def _iso(piece: str) -> str | None:
    m = re.search(r"((?:19|20)\d{2})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})", piece)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _short_field(t: str) -> bool:
    """A field with a short value and no punctuation (``IP属地：湖北``, ``签发人：刘卫东``): never prose."""
    m = re.match(r"^[^：:]{2,8}[：:]\s*(\S.*)$", t.strip())
    return bool(m) and len(t.strip()) <= 30 and lk.is_field(t) and len(m.group(1)) <= 20 \
        and not re.search(r"[，。！？；,.!?;、]", m.group(1))


def _wrapped(lines) -> bool:
    """The text shows a wrap width: three lines in a row or more, none ending a sentence, of about one
    length (a hard-wrapped text, whose wrapped lines may look like fields: "者表示：“目前…")."""
    run: list[int] = []
    for a, b in zip(lines, lines[1:]):
        if b.gap == 0 and not ends_sentence(a.text):
            run.append(len(a.text))
            if len(run) >= _WRAP_RUN and max(run[-_WRAP_RUN:]) - min(run[-_WRAP_RUN:]) <= _WRAP_SPREAD:
                return True
        else:
            run = []
    return False


def _mark_structure(blocks, turns) -> None:
    """Structural lines (see the module) and the line after each start a paragraph; in a hard-wrapped
    text, fields and salutations are not read (a wrapped line may look like one)."""
    lines = [b for b in blocks if b.kind == "line"]
    fields = not _wrapped(lines)
    run: list[Chunk] = []
    # a spaced label split by a column reader ("时" ⏎ "间：…" from "时    间：…") is one field
    tails = {id(lines[k + 1]) for k in range(len(lines) - 1)
             if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", lines[k].text.strip()) and lines[k + 1].gap == 0
             and lk.is_field(lines[k].text.strip() + lines[k + 1].text)}

    def close_run():
        if (len(run) >= 2 and fields) or (run and any(_structural(x) or (fields and _short_field(x.text)) for x in run)):
            for x in run:
                x.starts = id(x) not in tails
            k = lines.index(run[-1]) + 1 if run else 0
            if k < len(lines):
                lines[k].starts = True
        run.clear()

    for k, b in enumerate(lines):
        t = b.text
        if _structural(b) or (lk.is_field(t) and not opens_turn(t, turns)) or \
                id(b) in tails or (k + 1 < len(lines) and id(lines[k + 1]) in tails):
            if run and b.gap > 1:
                close_run()
            run.append(b)
            continue
        close_run()
        if fields and lk.is_salutation(t) and k + 1 < len(lines) and lines[k + 1].gap > 0 and not opens_turn(t, turns) \
                and not any(ends_sentence(x.text) for x in lines[:k]):  # a salutation heads the text
            b.starts = lines[k + 1].starts = True
    close_run()


def apply(doc):
    if not doc.markdown:
        _post_stamps(doc)
        _numbered_items(doc.blocks)
        menu = _menu_runs(doc.blocks)
    else:
        menu = set()
    turns = (turn_labels(doc.blocks), interview_labels(doc.blocks))
    if not doc.markdown:
        _mark_structure(doc.blocks, turns[0])
    indents = not doc.markdown and _indents_paragraphs(doc.blocks)
    lines = not indents and per_line(doc)
    out: list[Chunk] = []
    cur: _Para | None = None
    pending: list[Chunk] = []
    owed = False
    crossed = False

    def close():
        nonlocal cur, pending
        if cur is not None and empty_message(cur.first) and len(cur.parts) == 1:
            doc.remove(cur.first, "a message left with only its speaker's label (what it held was removed)")
        elif cur is not None:
            out.append(_unweave(doc, cur).block())
        out.extend(pending)
        cur, pending = None, []

    for i, b in enumerate(doc.blocks):
        table_title = b.kind == "h" and i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "table"
        if b.kind == "line":
            if cur is not None and id(cur.first) not in menu and _joins(doc, cur, b, owed, turns, indents, lines):
                sep = _sep(cur.tail, b.text)
                doc.record(b.line, cur.tail[-8:] + "\n" + b.text[:8], cur.tail[-8:] + sep + b.text[:8],
                           "changed", "line break inside a sentence joined")
                if pending and not crossed:
                    crossed = True
                    doc.flag(b.line, cur.tail[-20:] + " … " + b.text[:20],
                             "Sentence continued across a caption or table: check that the two parts belong "
                             "together (text from another column may be interleaved).")
                owed = owed or b.gap > 0
                cur.add(sep, b)
                continue
            close()
            cur = _Para(b)
            owed = crossed = False
        elif (b.kind in ("caption", "table") or table_title) and cur is not None and not ends_sentence(cur.tail) \
                and not doc.markdown:
            pending.append(b)
        else:
            close()
            out.append(b)
    close()
    doc.blocks[:] = out
