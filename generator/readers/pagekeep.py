"""What the extractor of a web page left out of the article and belongs to it, and the page's own
structure read back into the kept blocks (see :mod:`.page`).

- **Sentences among the article's paragraphs** (:func:`recover`).
- **A piece's headline and info line** (:func:`piece_heads`): a topic or compilation page prints
  several pieces, each under its own headline (``<h2>``) with an info line under it (date, source,
  reporter). The extractor keeps their paragraphs and drops the headlines and info lines, so the
  pieces run into one another and their headlines (news in themselves) are lost. A heading the
  extractor left out that stands right above kept paragraphs (or above one short info line over
  them) is kept as a heading, the info line as a line of its own, which the cleaner's credit rules
  read (date, outlet, reporter); a heading that is the page's title is not repeated.
- **A chronology of the story** (:func:`chronology`): a list of three items or more, each opening
  on a date and saying what happened (``11月21日 某公司发布股票交易异常波动公告``), none of them a link:
  a topic page's 最新进展 or 大事记, news in brief, kept as a list under its heading. A list of
  links (related articles, even dated ones) is navigation and stays out.
- **A live text's entry times** (:func:`live_times`): a live page sets each entry under its clock time
  (``<span class="time">11:32</span>``), which the extractor drops, so the entries lose their times and
  their order. A clock time alone on its line, left out, right above a kept block, becomes that
  entry's heading (``### 11:32``, which the timeline reads); when three times or more run backwards
  (the page shows the newest first), the entries are set in time order (recorded): a reader reads
  a press conference from its opening to its close.
- **The page's structure** (:func:`structure`).
"""

from __future__ import annotations

import re
from collections import Counter

from ..clean.blockmarkdown import render_table
from ..clean.doc import Chunk, Doc
from ..clean.text import ends_sentence, han_count
from .html import REF_MARK, Walker, norm


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def recover(blocks: list[Chunk], inventory: list[Chunk], parents: list, used: set[int], doc: Doc) -> list[Chunk]:
    """Put back the sentences the extractor left out from among the article's own paragraphs.

    A text block of the page that sits in the same container as paragraphs the extractor kept
    (e.g. a ``<section><span>`` paragraph beside ``<p>`` ones, as WeChat pages have) and reads as
    prose (10+ Han characters, ending a sentence) is article text: it is kept, in page order, and
    flagged for the editor.
    """
    containers = {parents[i] for i in used if parents[i] is not None}
    # a figure's caption among the article's blocks (a gallery's news is in its captions): its figure
    # sits in the article's container
    extra = [i for i, b in enumerate(inventory)
             if i not in used and b.kind in ("line", "caption") and parents[i] is not None
             and (parents[i] in containers or b.kind == "caption" and parents[i].getparent() in containers)
             and han_count(b.text) >= 10 and ends_sentence(b.text)]
    if not extra:
        return blocks
    merged = list(blocks)
    for i in extra:
        b = inventory[i]
        _insert(merged, Chunk(b.kind, b.text, [(0, b.line)], 1, links=b.links))
        used.add(i)
        doc.flag(b.line, b.text[:60], "The extractor left this paragraph out, but it sits among the "
                 "article's paragraphs and reads as a sentence, so it was kept. Check it belongs.")
    return merged


def structure(blocks: list[Chunk], inventory: list[Chunk], used: set[int], walker: Walker, doc: Doc) -> list[Chunk]:
    """The page's own structure, read the same way on any page:

    - an edit control inside a heading ("发展历程编辑 播报") is not the heading's text;
    - a section heading the extractor left out, standing between the article's paragraphs and
      heading one of them, is kept;
    - a short bold label opening a paragraph (``<b>就业</b>　…``) is that paragraph's heading, not the
      first words of its sentence (not one with a colon, ``<b>王蕾：</b>``, a speaker's or a field's
      label, nor one opening two paragraphs or more, a Q&A's 问/答);
    - a table whose rows alternate label cells and value cells (an infobox) is a list of fields, one
      label and its value a row, with no header row (its first labels are no column headers);
    - a reference mark set in superscript (``<sup>[2-3]</sup>``) leaves the text (recorded): it points
      to a reference list, and a reader of the sentence does not read it.
    """
    controls = [c for _, c in walker.controls if c]
    for b in blocks:
        rows = walker.fields.get(_squash(b.text)) if b.kind == "table" else None
        if rows:
            new = render_table(rows)
            doc.record(b.line, b.text, new, "changed", "a table whose rows alternate labels and values (an "
                       "infobox) is a list of fields: one label and its value a row, no header row")
            b.text, b.rows = new, rows
        if b.kind == "h":
            for c in controls:
                if b.text.endswith(c) and len(b.text) > len(c):
                    new = b.text[:-len(c)].rstrip()
                    doc.record(b.line, b.text, new, "changed", "an edit control inside a heading is not its text")
                    b.text = new
                    break
    if used:
        lo, hi = min(used), max(used)
        for i, inv in enumerate(inventory):
            if inv.kind == "h" and i not in used and lo < i < hi and i + 1 in used:
                at = next((k for k, kept in enumerate(blocks) if kept.line > inv.line), len(blocks))
                blocks.insert(at, Chunk("h", inv.text, [(0, inv.line)], 1, level=inv.level or 2))
                used.add(i)
                doc.record(inv.line, inv.text, inv.text, "changed", "a section heading the extractor left out, "
                           "heading the article's next paragraph: kept")
    out: list[Chunk] = []
    level = 2
    seen = Counter(walker.labels.values())  # a label opening two paragraphs or more is a turn's (问, 答)
    for b in blocks:
        if b.kind == "h":
            level = b.level or 2
        label = walker.labels.get((b.line, _squash(b.text)[:16])) if b.kind == "line" else None
        if label and seen[label] == 1 and b.text.startswith(label) and len(b.text) > len(label) + 4:
            rest = b.text[len(label):].lstrip(" \u3000:：")
            out.append(Chunk("h", label, [(0, b.line)], b.gap, level=min(level + 1, 6)))
            doc.record(b.line, b.text[:len(label) + 8], f"{label} ⏎ {rest[:8]}", "changed",
                       "a bold label opening a paragraph is its heading, not the first words of its sentence")
            b.text = rest
            b.gap = 0
        out.append(b)
    if walker.refs:
        marks = {m for _, m in walker.refs}
        for b in out:
            if b.kind == "h" or "[" not in b.text:
                continue
            found = [m for m in REF_MARK.finditer(b.text) if m.start() > 0 and norm(m.group(0)) in marks]
            for m in reversed(found):
                doc.record(b.line, m.group(0), "", "removed", "a reference mark (superscript [n]) pointing to the "
                           "page's reference list: out of the text")
                b.splice(m.start(), m.end(), "")
    return out


#: An info line under a piece's headline: a date or a source or a reporter, no sentence.
_INFO = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|来源|來源|记者|記者|作者|编辑|編輯")


def _info(b: Chunk) -> bool:
    t = b.text.strip()
    return b.kind == "line" and len(t) <= 60 and not re.search(r"[。！？]", t) and bool(_INFO.search(t))


def _insert(blocks: list[Chunk], chunk: Chunk) -> None:
    """Puts a block back among the kept ``blocks`` in page order (before the first kept block below it)."""
    at = next((k for k, kept in enumerate(blocks) if kept.line > chunk.line), len(blocks))
    blocks.insert(at, chunk)


def piece_heads(blocks: list[Chunk], inventory: list[Chunk], used: set[int], doc: Doc) -> list[Chunk]:
    """A piece's headline (and the info line under it) that the extractor left out, right above
    the article's kept paragraphs: kept (see the module)."""
    if not used:
        return blocks
    lo, hi = min(used), max(used)
    title = _squash(doc.declared.get("title") or "")
    out = list(blocks)
    for i, inv in enumerate(inventory):
        if inv.kind != "h" or i in used or not (lo - 2 <= i < hi) or _squash(inv.text) == title:
            continue
        info = i + 1 < len(inventory) and i + 1 not in used and _info(inventory[i + 1]) and i + 2 in used
        if not (i + 1 in used or info) or han_count(inv.text) < 6 or len(inv.text) > 60:
            continue
        _insert(out, Chunk("h", inv.text, [(0, inv.line)], 1, level=inv.level or 2))
        used.add(i)
        doc.record(inv.line, inv.text, inv.text, "changed", "a piece's headline the extractor left out, over "
                   "the article's paragraphs: kept as its heading")
        if info:
            nxt = inventory[i + 1]
            _insert(out, Chunk("line", nxt.text, [(0, nxt.line)], 1))
            used.add(i + 1)
            doc.record(nxt.line, nxt.text, nxt.text, "changed", "the info line under a piece's headline (date, "
                       "source, reporter) the extractor left out: kept for the credit rules to read")
    return out


_DATED_ITEM = re.compile(r"^(?:[-•·]\s*|\d{1,2}\.\s+)?(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                         r"(?:\s*\d{1,2}[:：]\d{2})?[\s\u3000]+(?=\S)")
_RUN = 3


def chronology(blocks: list[Chunk], inventory: list[Chunk], used: set[int], doc: Doc) -> list[Chunk]:
    """A list of dated news items the extractor left out (a topic page's chronology): kept under its
    heading (see the module)."""
    out, i, n = list(blocks), 0, len(inventory)

    def item(k: int) -> bool:
        b = inventory[k]
        m = _DATED_ITEM.match(b.text) if b.kind == "line" and len(b.text) <= 120 else None
        return bool(m) and k not in used and not b.link_only and han_count(b.text[m.end():]) >= 8

    while i < n:
        j = i
        while j < n and item(j):
            j += 1
        if j - i >= _RUN:
            head = i - 1 if i > 0 and inventory[i - 1].kind == "h" and i - 1 not in used \
                and len(inventory[i - 1].text) <= 16 else None
            if head is not None:
                h = inventory[head]
                _insert(out, Chunk("h", h.text, [(0, h.line)], 1, level=h.level or 2))
                used.add(head)
            for k in range(i, j):
                b = inventory[k]
                text = b.text if b.text.startswith(("-", "•", "·")) or re.match(r"\d{1,2}\.\s", b.text) else "- " + b.text
                _insert(out, Chunk("line", text, [(0, b.line)], 1 if k == i else 0))
                used.add(k)
                doc.record(b.line, b.text, text, "changed", "an item of the page's chronology of the story (a dated "
                           "list, no links) the extractor left out: kept")
        i = max(j, i + 1)
    return out


_CLOCK = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d\s*$")


def live_times(blocks: list[Chunk], inventory: list[Chunk], used: set[int], doc: Doc) -> list[Chunk]:
    """Entry times the extractor left out, as the entries' headings; newest-first entries set in time
    order (see the module)."""
    times = [i for i, b in enumerate(inventory) if i not in used and b.kind == "line" and _CLOCK.match(b.text)
             and i + 1 in used]
    if len(times) < 3:
        return blocks
    out = list(blocks)
    for i in times:
        t = inventory[i]
        at = next((k for k, kept in enumerate(out) if kept.line >= t.line), len(out))  # (the time and its text
        out.insert(at, Chunk("h", t.text.strip().replace("：", ":"), [(0, t.line)], 1, level=3))  # share a line)
        used.add(i)
        doc.record(t.line, t.text, "### " + t.text.strip(), "changed", "a live entry's time the extractor left out "
                   "→ the entry's heading")
    heads = [k for k, b in enumerate(out) if b.kind == "h" and _CLOCK.match(b.text)]
    clocks = [tuple(int(x) for x in re.split("[:：]", out[k].text.strip())) for k in heads]
    if len(clocks) >= 3 and all(a > b for a, b in zip(clocks, clocks[1:])):
        entries = [out[a:b] for a, b in zip(heads, heads[1:] + [_entries_end(out, heads[-1])])]
        end = _entries_end(out, heads[-1])
        out = out[:heads[0]] + [c for e in reversed(entries) for c in e] + out[end:]
        doc.record(out[heads[0]].line, "", "", "changed", f"a live text's {len(entries)} entries shown newest first "
                   "(their times run backwards): set in time order")
    return out


def _entries_end(out: list[Chunk], last: int) -> int:
    """Where the last entry ends: at the next heading that is no entry's time, else the end."""
    return next((k for k in range(last + 1, len(out)) if out[k].kind == "h"), len(out))
