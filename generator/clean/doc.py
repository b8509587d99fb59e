"""The working document the rules edit: blocks that carry their raw line numbers.

Every edit goes through :class:`Doc` helpers, which record the audit entry (rule, raw line,
before, after) themselves, so a rule never has to. The blocks are written out as Markdown by
:mod:`generator.clean.blockmarkdown`.
"""

from __future__ import annotations

import bisect
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from ..model import AuditEntry, Flag
from .blockmarkdown import block_text
from .safetynet import SOFT, holds_passage

__all__ = ["Chunk", "Doc", "parse", "spaced_style", "lost_lines"]

_INF = float("inf")

_PANGU_SPACED = re.compile(r"[\u4e00-\u9fff] [A-Za-z0-9]|[A-Za-z0-9] [\u4e00-\u9fff]")
_PANGU_TIGHT = re.compile(r"[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]")


@dataclass(eq=False)
class Chunk:
    """A run of text with the raw line number of each of its pieces.

    ``kind``: ``line`` (raw line, not yet classified), ``p``, ``h``, ``caption``, ``table``, ``code``.
    """

    kind: str
    text: str
    marks: list[tuple[int, int]]
    """(offset in ``text``, raw 1-based line number) pairs, sorted by offset."""
    gap: int = 0
    """Blank lines before this block in the raw text."""
    level: int = 0
    """Heading level for ``h`` blocks."""
    rows: list[list[str]] | None = None
    """Table cells for ``table`` blocks built by a rule."""
    verbatim: str | None = None
    """Exact Markdown for blocks that were already clean Markdown (tables, code)."""
    note: str = ""
    links: list[str] = field(default_factory=list)
    """http(s) targets of the links whose text is in this block (the targets are not in ``text``)."""
    link_only: bool = False
    """True when the block's text is nothing but the text of links (a link line, not prose)."""
    indent: bool = False
    """True when the raw line opened with an indent (two ideographic or three plain spaces): in a
    hard-wrapped text that indents its paragraphs, such a line after a sentence end starts one."""
    starts: bool = False
    """True when a rule knows a paragraph starts here whatever the line before ends on (a live
    blog's entry under its time)."""
    message: bool = False
    """True for a chat message or a timed turn read by :mod:`generator.readers.lines`: a paragraph
    of its own opening on its speaker's label."""

    @property
    def line(self) -> int:
        """Raw line number where the block starts."""
        return self.marks[0][1]

    def line_at(self, offset: int) -> int:
        """Raw line number of the character at ``offset``."""
        i = bisect.bisect_right(self.marks, (offset, _INF)) - 1
        return self.marks[max(i, 0)][1]

    def splice(self, start: int, end: int, new: str) -> None:
        """Replace ``text[start:end]`` by ``new`` and shift the marks after it."""
        delta = len(new) - (end - start)
        self.text = self.text[:start] + new + self.text[end:]
        marks = []
        for off, ln in self.marks:
            if off >= end and off > start:
                off += delta
            elif off > start:
                off = start + len(new) if off >= start + len(new) else off
            marks.append((off, ln))
        # keep marks strictly usable: sorted, offsets inside the text
        marks.sort()
        self.marks = marks or [(0, self.line)]


@dataclass
class Doc:
    """The article being cleaned, plus everything recorded about it."""

    blocks: list[Chunk]
    markdown: bool
    """True when the source has block structure of its own (Markdown or HTML): a blank line or an
    element boundary is then a real paragraph break."""
    kind: str = "plain"
    """Which reader made the blocks: ``plain``, ``markdown`` or ``html`` (see :mod:`generator.readers`)."""
    declared: dict = field(default_factory=dict)
    """Metadata the source declares about itself (front matter, ``<meta>``, a repost card): title,
    author, outlet, date, url, tags. It wins over what the rules infer from the text."""
    pangu: bool = False
    """True when the source puts spaces between Han and Latin/digits (house style, kept)."""
    meta: dict = field(default_factory=dict)
    meta_lines: dict = field(default_factory=dict)
    """Raw line of each metadata value taken from the text (for audit entries)."""
    audit: list[AuditEntry] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)
    section_numbers: list[tuple[int, int]] = field(default_factory=list)
    """(raw line, number) of the Arabic-numbered section heads found so far (``section_heads``,
    ``headings``): numbering that starts above 1 marks an excerpt."""
    rule: str = ""
    text: str = ""
    """The decoded text the reader read the blocks from."""
    source: str = "<text>"
    """The source's name, for messages."""
    saved_date: str = ""
    """The date of a row saying when the file was saved or exported (``form_chrome``): never the
    article's; the audit names it beside the date used (``form_chrome.saved_date``)."""
    chrome_title: str = ""
    """A title candidate that was the chrome of the tool that saved the source (``Exported Data``, the
    file's or the site's name), left out: the content's first headline-like line is looked for."""
    withheld_title: str = ""
    """A declared title that only names the outlet or the file, left out for the content's headline
    (``titlepick.chrome_title``): it comes back when the content prints none."""
    _pending: set[int] | None = None
    """ids of blocks removed inside :meth:`batch`, taken out of ``blocks`` when it ends."""
    _separating: set[int] = field(default_factory=set)
    """ids of those removed blocks that set the next block left apart (``remove(separates=True)``)."""

    # -- recording helpers -------------------------------------------------------------------
    def record(self, line: int, before: str, after: str, action: str = "changed", note: str = "") -> None:
        """Append one audit entry for the current rule."""
        self.audit.append(AuditEntry(self.rule, line, before, after, action, note))

    def flag(self, line: int, text: str, message: str, suggestion: str = "") -> None:
        """Send something to the editor without changing it."""
        self.flags.append(Flag(self.rule, line, text, message, suggestion))

    def remove(self, block: Chunk, note: str, action: str = "removed", separates: bool = False) -> None:
        """Take ``block`` out of the body, recording its text. ``separates``: the removed line stood
        between two pieces of text, so the next block that stays starts a new paragraph (inside
        :meth:`batch`, the next one left when the batch ends).

        A rule that removes by place or form (``safetynet.SOFT``) never takes out a passage that
        carries news (``safetynet.holds_passage``): the block stays, flagged for the editor."""
        text = block_text(block)
        if action != "metadata" and self.rule in SOFT and holds_passage(text):
            self.flag(block.line, text[:60], f"{self.rule} read this block as {note}, but it "
                      "holds sentences that carry news (a figure, a speaker's words, a dated event): kept in "
                      "the text. Remove it by hand if it is no part of the article.")
            return
        self.record(block.line, text, "", action, note)
        if action == "set_aside":
            self.set_aside.append(text)
        if self._pending is not None:
            self._pending.add(id(block))
            if separates:
                self._separating.add(id(block))
            return
        i = self.index(block)
        if separates and i + 1 < len(self.blocks):
            self.blocks[i + 1].gap = max(self.blocks[i + 1].gap, 1)
        del self.blocks[i]

    @contextmanager
    def batch(self):
        """Blocks removed inside ``with doc.batch():`` leave ``blocks`` together at its end.

        For rules that walk a copy of the blocks and drop some: one pass instead of a list
        search and shift per removal (quadratic on tens of thousands of lines).
        """
        if self._pending is not None:
            yield
            return
        self._pending, self._separating = set(), set()
        try:
            yield
        finally:
            gone, self._pending = self._pending, None
            separating, self._separating = self._separating, set()
            if gone:
                kept, owed = [], False
                for b in self.blocks:
                    if id(b) in gone:
                        owed = owed or id(b) in separating
                        continue
                    if owed:
                        b.gap = max(b.gap, 1)  # a removed line stood between this block and the text above
                        owed = False
                    kept.append(b)
                self.blocks[:] = kept

    def to_meta(self, block: Chunk, key: str, value, note: str) -> None:
        """Move ``block`` into metadata ``key`` (lists are appended to)."""
        if isinstance(self.meta.get(key), list):
            self.meta[key].extend(value if isinstance(value, list) else [value])
        elif key not in self.meta:
            self.meta[key] = value
        self.remove(block, note, action="metadata")

    def edit(self, block: Chunk, start: int, end: int, new: str, note: str) -> None:
        """Replace a span of ``block`` and record it."""
        before = block.text[start:end]
        if before == new:
            return
        self.record(block.line_at(start), before, new, "changed" if new else "removed", note)
        block.splice(start, end, new)

    def sub(self, block: Chunk, pattern: re.Pattern, repl: Callable[[re.Match], str | None], note: str,
            skip: list[tuple[int, int]] | None = None) -> int:
        """Apply ``repl`` to each match of ``pattern`` (None = keep); record each change; return count."""
        edits = []
        skip = _Spans(skip or [])
        for m in pattern.finditer(block.text):
            if skip.touches(m.start(), m.end()):
                continue
            new = repl(m)
            if new is not None and new != m.group(0):
                edits.append((m.start(), m.end(), new))
        return self.edit_many(block, edits, note)

    def edit_many(self, block: Chunk, edits: list[tuple[int, int, str]], note: str) -> int:
        """Replace several disjoint spans ``(start, end, new)`` of ``block``, in order, recording
        each; one rebuild of the text and its marks (linear time); return the count."""
        if not edits:
            return 0
        pieces, pos, shifts = [], 0, []
        for start, end, new in edits:
            self.record(block.line_at(start), block.text[start:end], new, "changed" if new else "removed", note)
            pieces.append(block.text[pos:start])
            pieces.append(new)
            shifts.append((end, len(new) - (end - start), start + len(new)))
            pos = end
        pieces.append(block.text[pos:])
        marks, k, delta = [], 0, 0
        for off, ln in block.marks:
            while k < len(shifts) and shifts[k][0] <= off:
                delta += shifts[k][1]
                k += 1
            marks.append((off + delta, ln))
        block.text = "".join(pieces)
        block.marks = sorted(marks)
        return len(edits)

    def set_text(self, block: Chunk, new: str, note: str) -> None:
        """Replace the whole text of ``block`` (keeps its first line number)."""
        if new != block.text:
            self.record(block.line, block.text, new, "changed", note)
            block.text = new
            block.marks = [(0, block.line)]

    # -- navigation ----------------------------------------------------------------------------
    def index(self, block: Chunk) -> int:
        """Position of ``block`` (by identity) in ``blocks``."""
        return next(i for i, b in enumerate(self.blocks) if b is block)

    def next_of(self, block: Chunk, kinds: tuple[str, ...] | None = None) -> Chunk | None:
        i = self.index(block) + 1
        while i < len(self.blocks):
            if kinds is None or self.blocks[i].kind in kinds:
                return self.blocks[i]
            i += 1
        return None


class _Spans:
    """Spans to leave alone; ``touches`` answers in log time (a list scan per match was
    quadratic on a paragraph full of links)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        # the furthest end among the spans up to each index (spans may overlap)
        self.reach, far = [], -1
        for _, z in self.spans:
            far = max(far, z)
            self.reach.append(far)

    def touches(self, start: int, end: int) -> bool:
        """True when ``start`` or ``end`` (exclusive) falls inside one of the spans."""
        if not self.spans:
            return False
        for pos, last in ((start, False), (end, True)):
            i = bisect.bisect_right(self.starts, pos - 1 if last else pos) - 1
            if i >= 0 and (self.reach[i] >= pos if last else self.reach[i] > pos):
                return True
        return False


_REMOVING = ("removed", "set_aside", "metadata")


def lost_lines(doc: Doc):
    """A function ``(a, b) -> [raw lines]``: the raw lines between blocks ``a`` and ``b`` (``b``
    None: to the end) whose text a rule or reader removed and no remaining block holds."""
    covered = {ln for blk in doc.blocks for _, ln in blk.marks}
    lines = sorted({e.line for e in doc.audit if e.action in _REMOVING} - covered)

    def between(a: Chunk, b: Chunk | None) -> list[int]:
        lo = max(ln for _, ln in a.marks)
        hi = b.line if b is not None else (lines[-1] + 1 if lines else 0)
        i = bisect.bisect_right(lines, lo)
        out = []
        while i < len(lines) and lines[i] < hi:
            out.append(lines[i])
            i += 1
        return out
    return between


def parse(text: str) -> Doc:
    """The plain-text reader: one block per non-blank line, with its raw line number.

    Chunk structure of Markdown and HTML sources is read by :mod:`generator.readers`, never here.
    """
    blocks: list[Chunk] = []
    gap = 0
    for i, raw in enumerate(text.split("\n")):
        if not raw.strip():
            gap += 1
            continue
        # Tabs inside a line may be table cells: keep them (and the line's edge tabs, which
        # can be empty cells); a tab only at the edges is plain white space.
        stripped = raw.strip(" \u3000\ufeff") if "\t" in raw.strip() else raw.strip()
        lead = raw.lstrip("\ufeff")
        indent = lead.startswith(("\u3000\u3000", "   ", "\u3000 ", " \u3000")) and not lead.startswith("\t")
        blocks.append(Chunk("line", stripped, [(0, i + 1)], gap, indent=indent))
        gap = 0
    return Doc(blocks, False, pangu=spaced_style(text))


def spaced_style(text: str) -> bool:
    """True when the text puts spaces between Han and Latin letters or digits more often than not."""
    return len(_PANGU_SPACED.findall(text)) > len(_PANGU_TIGHT.findall(text))
