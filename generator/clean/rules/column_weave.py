"""Two columns a converter read line by line across the page (a magazine's or a report's PDF
converted to text): their lines, woven one from each column, read column by column again.

When the converter misses the gutter between two columns, it writes the first line of the left
column, then the first of the right, then the second of the left…: every sentence is cut at each
line and goes on two lines further down (``交付量為`` / ``品質方面，…開始出`` / ``7,058輛。``). Joined as
they come, two half-sentences make one statement that no source made.

The page's own words tell the two readings apart: where a line is cut inside a word, the word's
two halves (the last characters of a line and the first of the next) are printed together
elsewhere on the page. In a run of five lines or more with no blank line, the line two further
down continues a line better than the next one (its join is printed elsewhere, the next line's is
not) at two cuts or more, and the next line never does better: the run is two woven columns. Its
lines are read again column by column (every other line first, then the rest); the second column
starts a paragraph when the first ends a sentence. Each run is recorded and flagged for the editor:
the order is read from the page's words, not seen on the page.

On such a page, a short heading of the other column caught inside a sentence (a line of twelve
characters at most with no clause mark, between two lines of one sentence: ``…不少`` / ``「保時米」爭議``
/ ``車主反映…``) is moved out of it, to where the next paragraph starts.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import ends_sentence

NAME = "column_weave"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_RUN = 5
_WINS = 2
_LONGEST = 40  # a column's line: a narrow measure


def _grams(a: str, b: str) -> list[str]:
    """The character pairs and triples a join of ``a`` and ``b`` would make (Han only)."""
    out = []
    for x, y in ((a[-1:], b[:1]), (a[-2:], b[:1]), (a[-1:], b[:2])):
        if len(_HAN.findall(x + y)) >= 2:
            out.append(x + y)
    return out


def _page_grams(bl) -> Counter:
    """Every pair and triple of characters printed together inside one line of the page (no join
    of two lines is among them)."""
    seen: Counter = Counter()
    for b in bl:
        if b.kind == "line":
            t = b.text.strip()
            seen.update(t[i:i + n] for n in (2, 3) for i in range(len(t) - n + 1))
    return seen


def _score(page: Counter, a: str, b: str) -> int:
    return sum(min(page[g], 3) for g in _grams(a.strip(), b.strip()))


def _runs(bl):
    """Runs of consecutive plain lines with no blank line between them: (start, end) indices."""
    i = 0
    while i < len(bl):
        j = i + 1
        while j < len(bl) and bl[j].kind == "line" and bl[j].gap == 0 and bl[i].kind == "line":
            j += 1
        yield i, j
        i = j


def _candidate(lines) -> bool:
    return len(lines) >= _RUN and lines[0].kind == "line" and not any(b.message or len(b.text.strip()) > _LONGEST
                                                                      for b in lines)


def _woven(page: Counter, lines) -> bool:
    skip = nxt = 0
    for k in range(len(lines) - 2):
        a = lines[k].text
        if ends_sentence(a):
            continue
        s1, s2 = _score(page, a, lines[k + 1].text), _score(page, a, lines[k + 2].text)
        skip += s2 > s1
        nxt += s1 > s2
    return skip >= _WINS and nxt == 0


def apply(doc):
    if doc.markdown:
        return
    bl = doc.blocks
    runs = [(i, j) for i, j in _runs(bl)]
    if not any(_candidate(bl[i:j]) for i, j in runs):
        return
    page = _page_grams(bl)
    order, spans = [], []
    for i, j in runs:
        run = bl[i:j]
        if not (_candidate(run) and _woven(page, run)):
            order.extend(run)
            continue
        first, second = run[0::2], run[1::2]
        spans.append((len(order), len(order) + len(run)))
        if ends_sentence(first[-1].text):
            second[0].gap = max(second[0].gap, 1)
        order.extend(first + second)
        lines = f"{run[0].line}–{run[-1].line}"
        doc.record(run[0].line, run[0].text, run[0].text, "changed",
                   f"two columns woven line by line by the converter (raw lines {lines}): read column by column")
        doc.flag(run[0].line, run[0].text[:30], f"Raw lines {lines} read as two columns woven line by line "
                 "(every other line a column): they were put back column by column. Check the order against "
                 "the original page.")
    if spans:
        _stray_heads(doc, order, spans)
    bl[:] = order


_NEAR = 8  # lines around a woven run where another column's heading is looked for
_HEAD = re.compile(r"[^，。；！？,;!?：:]{2,12}")


def _stray_heads(doc, order, spans) -> None:
    """Move a short heading caught inside a sentence near a woven run to where the next paragraph starts."""
    near = {k for a, z in spans for k in range(max(1, a - _NEAR), z + _NEAR)}
    k = 1
    while k < len(order) - 1:
        if k not in near:
            k += 1
            continue
        b, prev, nxt = order[k], order[k - 1], order[k + 1]
        if not (b.kind == prev.kind == nxt.kind == "line" and b.gap == 0 and nxt.gap == 0
                and _HEAD.fullmatch(b.text.strip()) and not ends_sentence(prev.text)):
            k += 1
            continue
        to = next((m for m in range(k + 2, len(order)) if order[m].gap > 0 and ends_sentence(order[m - 1].text)), None)
        if to is None:
            k += 1
            continue
        order.insert(to, b)
        del order[k]
        b.gap = order[to].gap = 1  # (the heading, then the paragraph under it)
        doc.record(b.line, b.text, b.text, "changed", "another column's heading caught inside a sentence: moved "
                   "to where the next paragraph starts")
