"""Hard-wrapped lines and paragraphs split mid-sentence are joined into one-line paragraphs.

- A line that does not end a sentence (。！？… + closing quotes) continues on the next text line,
  across blank lines, captions and tables (those are moved after the paragraph). Headings stop it.
- After a sentence end, the next line starts a new paragraph when a blank line separates them, or
  when the paragraph already swallowed a blank line (the layout displaced the paragraph break).
- A story's end mark (``（完）``, ``【全文完】``, ``（終）``) ends its paragraph, and a line indented as a
  paragraph's first (two ideographic or three plain spaces) after a blank line starts one, whatever
  the line before ends on (a headline, a byline, a wire roundup's dated items), unless that line
  stops on a word that needs more (``…對未來的``: a page break inside a sentence).
- A line indented under a one-line labelled field (``嘉宾：甲，…`` ⏎ ``　　　乙，…``) is that field's next
  value: a paragraph of its own (and so is each one indented under it).
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
- A table set inside a sentence by the layout takes with it, after the paragraph, the short line right
  over it (its title, no clause mark: a heading) and the note and source lines right under it
  (``註：…`` a paragraph of its own, ``資料來源：…`` the table's caption).
- Two ASCII words meeting at a join get a space ("Stable⏎Video" → "Stable Video").
- Another column woven into a sentence: when a sentence joined across blank lines runs from a long
  line through two or more short lines of one narrow width (none ending a sentence) and then on, the
  short lines are another column's text (a sidebar printed beside it): they are set aside (audit
  and editor flag), and the sentence is joined around them.

How the text marks its paragraphs (wrap width, a paragraph per line, indents, enumerated items, a
menu) is read in :mod:`generator.clean.paragraphing`; its structural lines and posts' stamps in
:mod:`generator.clean.structure_lines`.
"""

import re

from ..doc import Chunk
from ...readers.lines import empty_message
from ..paragraphing import LINE_WRAP, bullet_items, indents_paragraphs, menu_runs, numbered_items, per_line
from ..structure_lines import mark_structure, post_stamps
from ..text import ends_sentence, hard_break, interview_labels, opens_turn, turn_labels

NAME = "join_lines"
_ALNUM = re.compile(r"[A-Za-z0-9]")


#: An English sentence's end ("…bookings higher.", "…said.\"") and an English sentence's opening
#: ("The …", "\"This …"): Latin text ends its sentences with ASCII marks, which :func:`ends_sentence`
#: leaves alone (in Chinese text "3." or "U.S." ends nothing).
_LATIN_END = re.compile(r"[A-Za-z][^\u3000-\u9fff]{10,}[A-Za-z0-9%)][.!?][\"'”’)]*$")  # on a tail of ≤ 40
_LATIN_OPEN = re.compile(r"[\"“‘(]?[A-Z]")
_LATIN_TAIL = re.compile(r"[A-Za-z]{2}[^\u3000-\u9fff]{0,3}[.,;:!?\"')”’]$")


def _sep(a: str, b: str) -> str:
    x, y = a[-1:], b[:1]
    if _ALNUM.match(x) and _ALNUM.match(y) and not (x.isdigit() and y.isdigit()):
        return " "
    if _LATIN_TAIL.search(a[-8:]) and (y.isascii() and (y.isalpha() or y in "\"(") or y in "“‘"):
        return " "  # English words stay apart across a line break ("higher. The", "said, \"We")
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
        self.hanging = False  # a value indented under a labelled field's line (one more value of it)

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


#: A line opening on a short label and its colon ("嘉宾：", "Guests:"), its value after it.
_LABELLED = re.compile(r"^[^\s:：，。,]{1,6}[:：]\s*\S")

#: A story's end mark, on its line's end: 完 or 全文完, 终/終, in brackets (a wire's items each end on one).
_END_MARK = re.compile(r"[（(【〔\[]\s*(?:全文)?(?:完|终|終)\s*[）)】〕\]]\s*$")

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
    if _CHAT_MESSAGE.match(nxt.text):
        return False  # a chat export's message (its day, time and sender's label) starts anew, punctuated or not
    if opens_turn(nxt.text, turns[0]) and (ends_sentence(cur.tail) or nxt.gap > 0 and opens_turn(nxt.text, turns[1])):
        return False  # an interview's next turn (問：… 答：…) is a paragraph of its own
    if doc.markdown:
        return nxt.gap == 0
    if _EMOJI_OPEN.match(nxt.text) or (nxt.gap > 0 and _EMOJI_END.search(cur.tail)):
        return False  # a post's emoji bullet opens a paragraph; an emoji before a blank line ends one
    if lines and not re.search(r"[，、：；,:;]$", cur.tail) and (ends_sentence(cur.tail) or len(cur.parts[-1][1].text) < LINE_WRAP):
        return False  # a paragraph per line: a short line ending no clause (a headline, a label) stands alone
    if nxt.gap > 0 and _LATIN_END.search(cur.tail[-40:]) and _LATIN_OPEN.match(nxt.text.lstrip()):
        return False  # an English sentence's end before a blank line ends its paragraph (a wire story)
    if _END_MARK.search(cur.tail):
        return False  # a story's end mark ("……。（完）") ends its paragraph: the next dispatch starts anew
    if nxt.gap == 0 and nxt.indent and (cur.hanging or _LABELLED.match(cur.pieces[0])) and len(cur.parts) == 1:
        return False  # a field's next value indented under the first ("嘉宾：甲，…" ⏎ "　　　乙，…"): its own line
    if nxt.gap > 0 and nxt.indent and not _DANGLING_END.search(cur.tail):
        return False  # a blank line, then a paragraph's indent: a paragraph starts, whatever the line before ends on
    if not ends_sentence(cur.tail):
        if _fused(cur, nxt):
            doc.flag(nxt.line, cur.tail[-20:] + " ‖ " + nxt.text[:20],
                     "A paragraph stops mid-phrase and the next one opens a new sentence: its end was lost "
                     "in the layout (another column?). Kept as two paragraphs; complete the first from the "
                     "original, or mark the gap (……).")
            return False
        return True
    return nxt.gap == 0 and not owed and not (indents and nxt.indent) and not lines


#: A chat export's message line: a day and a clock time, then the sender's label ("2024-07-09 20:44 老周(武昌)：").
_CHAT_MESSAGE = re.compile(r"\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000T]*\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*[^，。；：:\s]{1,20}[：:]")


#: A line opening on an emoji or a keycap used as a bullet ("📍第一单：…", "1️⃣ …", "🔸 …"), and a line
#: ending on one (social posts end their sentences on an emoji instead of a full stop).
_PICTO = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF"
_EMOJI_OPEN = re.compile(rf"^\s*(?:[#*0-9]\uFE0F?\u20E3|[{_PICTO}])\uFE0F?\s*\S")
_EMOJI_END = re.compile(rf"[{_PICTO}][\uFE0F\u200D{_PICTO}]*$")


#: A note or source printed under a table ("註：另須繳付…", "資料來源：…").
_BOX_NOTE = re.compile(r"^\s*(?:註|注|说明|說明|资料来源|資料來源|数据来源|數據來源|来源|來源|备注|備註)\s*[:：]")


#: … of which a source line is the table's caption; a note (its figures: "另須繳付10%…") stays text, a paragraph.
_BOX_SOURCE = re.compile(r"^\s*(?:资料来源|資料來源|数据来源|數據來源|来源|來源)\s*[:：]")


def _box_title(blocks, i: int) -> bool:
    """Block ``i`` is a short line with no clause mark right over a table (or over a table's title
    heading): the table's title, printed by the layout inside the sentence beside the table."""
    b = blocks[i]
    nxt = blocks[i + 1:i + 3]
    if len(b.text.strip()) > 24 or re.search(r"[，。；：！？,;:!?、]", b.text) or not nxt or nxt[0].gap > 0:
        return False
    return nxt[0].kind == "table" or nxt[0].kind == "h" and len(nxt) > 1 and nxt[1].kind == "table"


def _box_note(pending: list, b) -> bool:
    """``b`` is a note or source line right under a table moved out of a sentence (or under another such note)."""
    return bool(pending) and pending[-1].kind in ("table", "caption", "p") and b.gap == 0 and len(b.text) <= 60 \
        and bool(_BOX_NOTE.match(b.text))


def apply(doc):
    if not doc.markdown:
        post_stamps(doc)
        numbered_items(doc.blocks)
        bullet_items(doc.blocks)
        menu = menu_runs(doc.blocks)
    else:
        menu = set()
    turns = (turn_labels(doc.blocks), interview_labels(doc.blocks))
    if not doc.markdown:
        mark_structure(doc.blocks, turns[0])
    indents = not doc.markdown and indents_paragraphs(doc.blocks)
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
        if b.kind == "line" and cur is not None and not doc.markdown and not ends_sentence(cur.tail) \
                and (_box_title(doc.blocks, i) or _box_note(pending, b)):
            title = not pending
            b.kind, b.level = ("h", 3) if title else ("caption" if _BOX_SOURCE.match(b.text) else "p", b.level)
            doc.record(b.line, b.text, b.text, "changed", "a table's title printed inside a sentence: the table's heading, "
                       "after the paragraph" if title else "a table's note or source under it, inside a sentence: kept "
                       "with the table, after the paragraph")
            pending.append(b)
            continue
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
            hanging = cur is not None and b.indent and b.gap == 0 and (cur.hanging or bool(_LABELLED.match(cur.pieces[0])))
            close()
            cur = _Para(b)
            cur.hanging = hanging
            owed = crossed = False
        elif (b.kind in ("caption", "table") or table_title) and cur is not None and not ends_sentence(cur.tail) \
                and not doc.markdown:
            if table_title and pending and pending[-1].kind == "h" and pending[-1].level == 3 and b.gap == 0:
                head = pending[-1]  # the table's title over its own sub-heading ("…稅" ⏎ "（正式稅率）"): one heading
                doc.record(b.line, head.text + "\n" + b.text, head.text + b.text, "changed",
                           "a table's title and the line under it: one heading")
                head.text += b.text
                head.marks = head.marks + [(len(head.text) - len(b.text) + o, ln) for o, ln in b.marks]
                continue
            pending.append(b)
        else:
            close()
            out.append(b)
    close()
    doc.blocks[:] = out
