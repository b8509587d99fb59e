"""How a plain text marks its paragraphs, read before its lines are joined (``join_lines``).

- a **wrap width**: three lines in a row or more, none ending a sentence, of about one length (a
  hard-wrapped text);
- a **paragraph per line** with no blank lines (a page copied from an app or a screen);
- **indented first lines** as the paragraph mark (some lines indented, others not);
- an **enumerated list**: lines opening on 一、 二、 三、 … in order, each a whole sentence;
- a **menu or tags** at the top: three or more short unpunctuated lines one under the other.
"""

import re

from .text import ends_sentence

#: A wrap width: this many lines in a row, none ending a sentence, of lengths within _WRAP_SPREAD.
_WRAP_RUN, _WRAP_SPREAD = 3, 3
#: In a text of a paragraph per line, a line this long that ends no sentence was still wrapped.
LINE_WRAP = 24


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


def indents_paragraphs(blocks) -> bool:
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


def numbered_items(blocks) -> None:
    """Lines that open on 一、 二、 三、 … in order (two or more), each a whole sentence or a whole item ending on a
    semicolon (an order's or a law's items: "一、…停止侵权；" "二、…赔偿…；"), each start a paragraph: an enumerated
    list after a line ending on a colon is no sentence running on."""
    items = [(b, _cn_number(m.group(1))) for b in blocks if b.kind == "line" and (m := _CN_ITEM.match(b.text))
             and (ends_sentence(b.text) or b.text.rstrip().endswith(("；", ";")))]
    run: list = []
    following = {id(a): b for a, b in zip(blocks, blocks[1:])}

    def mark():
        if len(run) >= 2 and run[0][1] == 1:
            for x, _ in run:
                x.starts = True
            last, after = run[-1][0], following.get(id(run[-1][0]))
            if after is not None and after.kind == "line" and ends_sentence(last.text):
                after.starts = True  # the text after the list's last item is no part of that item

    for b, n in items:
        if run and n == run[-1][1] + 1:
            run.append((b, n))
            continue
        mark()
        run = [(b, n)] if n == 1 else []
    mark()


#: A menu or a list of tags at the top: three lines or more, each this short, no punctuation, among
#: the first _TOP blocks.
_MENU_LEN, _MENU_RUN, _TOP = 8, 3, 30
_PUNCT = re.compile(r"[，。！？、；,.!?;]|[：:]\s*$")


def menu_runs(blocks) -> set[int]:
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


def wrapped(lines) -> bool:
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


#: A bullet mark opening a line of a plain text ("· 8月24日 …", "• 第一…", "▪ …"): a dot, a filled shape.
_LABEL = re.compile(r"^[\s\u3000]*[\u4e00-\u9fff]{1,6}(?:[（(][\u4e00-\u9fff]{1,3}[）)])?[：:]")
BULLET = re.compile(r"^[\s\u3000]*[·•●◆■▪▸►◦][\s\u3000]*(?=\S)")


_ITEM = re.compile(r"^[\s\u3000]*(?:\d{1,2}[.、)．]|[（(]\d{1,2}[）)])")


def list_mark(text: str) -> str | None:
    """The list mark opening ``text``: the bullet ("•"), or an item number's style ("9." for "1. …",
    "9、" for "2、…"); None when the line opens on none."""
    if m := BULLET.match(text):
        return m.group(0).strip()
    if m := _ITEM.match(text):
        return re.sub(r"\d+", "9", m.group(0).strip())
    return None


def bullet_items(blocks) -> None:
    """Lines opening on one list mark (a bullet, or item numbers of one style), two or more one under
    the other, are list items: each starts
    a paragraph (a slide's or a digest's bullets are never run into one paragraph). When the items
    are well shorter than the text's long lines (the median of its lines of 15 characters or more), no
    item ran on to the next line, so the line after the run starts a paragraph too (a note or the
    next section, not the last item's tail); so does a line after the run that opens on a label
    ("备注：…", "注：…"), which no item's tail does."""
    lines = [b for b in blocks if b.kind == "line"]
    longer = sorted(len(b.text) for b in lines if len(b.text) >= 15 and not BULLET.match(b.text))
    width = longer[len(longer) * 4 // 5] if longer else 0
    k = 0
    while k < len(lines):
        mark = list_mark(lines[k].text)
        if not mark:
            k += 1
            continue
        j = k + 1
        while j < len(lines) and list_mark(lines[j].text) == mark:
            j += 1
        if j - k >= 2:
            for b in lines[k:j]:
                b.starts = True
            if j < len(lines) and (_LABEL.match(lines[j].text) or width and all(len(b.text) <= min(40, 0.6 * width) for b in lines[k:j])):
                lines[j].starts = True
        k = j
