"""Several authored blocks on one page (a Q&A page's answers, a blog's guest posts, a letters page):
each keeps its author and its stamp.

A page that prints several pieces by different people prints each under its author line (the name,
often with a one-line bio) and closes it with its stamp (``发布于 2024-01-05 10:11・IP 属地X``, ``編輯於
…``). The extractor keeps the pieces' text and drops those lines as page furniture, so the pieces would
read as one text by one person, and a piece's 昨天 would be dated by another's day. So when two kept
runs of text or more each sit between an author line and a stamp the extractor left out:

- each run opens on a heading in the shape of a thread's post heading (``1楼　X　2024-01-05 10:11``,
  see ``clean.rules.floor_posts``), which the index, the speakers and the timeline read;
- the author's bio (the author line's words after the name) is kept under it as the author's role,
  a line ``X，bio。`` about the author (never ``X：bio``, which would read as the author's words);
- the page's author becomes the authors' names joined, the first's date the page's date.

Every inserted line is recorded with the raw line it comes from. The vote counts and buttons stay out.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from ..model import post_heading

__all__ = ["authored_blocks"]

#: A piece's stamp: a publish/edit word, then a date and perhaps a time (the place label after it dropped).
_STAMP = re.compile(r"^\s*(?:发布于|發佈於|發布於|发表于|發表於|回答于|回答於|编辑于|編輯於|posted(?:\s+on)?)\s*[:：]?\s*"
                    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                    r"(?:\s*(\d{1,2}[:：]\d{2}))?", re.I)
_NAME = re.compile(r"^[^\s，。！？：:；,.!?、（）()]{2,16}$")
#: A line of counters or buttons between the author line and the text ("2.3 万人赞同了该回答").
_COUNTS = re.compile(r"\d")
_SQUASH = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SQUASH.sub("", text)


def _author(root, text: str) -> tuple[str, str] | None:
    """(name, bio) of an author line: the first element of the deepest element printing the line
    is the name, the rest its bio; a short line alone is a name with no bio."""
    want = _squash(text)
    best = None
    for el in root.iter():
        if not isinstance(el.tag, str) or len(el) < 2 or _squash(el.text_content()) != want:
            continue
        best = el
    if best is not None:
        name = best[0].text_content().strip()
        bio = _squash(best.text_content())[len(_squash(name)):].strip("，,·|｜ ")
        if _NAME.match(name):
            return name, bio
        return None
    t = text.strip()
    return (t, "") if _NAME.match(t) else None


def _sentence(b: Chunk) -> bool:
    """A line of a piece's text: sentences, not a link or a label."""
    t = b.text.strip()
    return b.kind == "line" and not b.link_only and len(re.findall(r"[\u3400-\u9fff]", t)) >= 8 \
        and bool(re.search(r"[。！？!?…”」』）)]$", t))


def _units(inventory: list[Chunk], used: set[int], root) -> list[tuple[list[int], Chunk, tuple[str, str], Chunk]]:
    """(text line indices, author line, (name, bio), stamp line) of every authored piece of the page:
    its text (kept lines, or sentences) between an author line and a stamp the extractor left out."""
    units, floor = [], -1
    for s, b in enumerate(inventory):
        if s in used or not _STAMP.match(b.text) or (s > 0 and s - 1 not in used and _STAMP.match(inventory[s - 1].text)):
            continue
        j, body = s - 1, []
        while j > floor and (j in used or _sentence(inventory[j])) and not _STAMP.match(inventory[j].text):
            body.insert(0, j)
            j -= 1
        while j > floor and j not in used and _COUNTS.search(inventory[j].text) and len(inventory[j].text) <= 30:
            j -= 1  # the piece's vote count, between its author line and its text
        floor = s
        if not body or j <= -1 or j in used or inventory[j].kind != "line":
            continue
        line = inventory[j]
        if len(line.text) > 60 or re.search(r"[。！？]", line.text):
            continue
        who = _author(root, line.text)
        if who:
            units.append((body, line, who, b))
    return units


def authored_blocks(blocks: list[Chunk], inventory: list[Chunk], used: set[int], root, doc: Doc) -> list[Chunk]:
    """Headings over the authored pieces of a page (see the module); ``blocks`` unchanged otherwise."""
    if not used:
        return blocks
    units = _units(inventory, used, root)
    if len(units) < 2 or len({u[2][0] for u in units}) < 2 or not any(set(u[0]) & used for u in units):
        return blocks
    out = list(blocks)
    for body, _, _, _ in units:
        for i in body:
            if i in used:
                continue
            b = inventory[i]
            at = next((k for k, x in enumerate(out) if x.line > b.line), len(out))
            out.insert(at, Chunk("line", b.text, [(0, b.line)], 1, links=list(b.links)))
            used.add(i)
            doc.record(b.line, b.text, b.text, "changed", "the text of an authored piece the extractor left out "
                       "(another author's piece on the same page): kept")
    units = [(u[0][0], u[1], u[2], u[3]) for u in units]
    for n, (lo, line, (name, bio), stamp) in enumerate(units, 1):
        m = _STAMP.match(stamp.text)
        day = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        head = post_heading(n, name, day, (m.group(4) or "").replace("：", ":"))
        first = inventory[lo].line
        at = next((k for k, b in enumerate(out) if b.line >= first), len(out))
        new = [Chunk("h", head, [(0, line.line)], 1, level=3)]
        doc.record(line.line, f"{line.text} / {stamp.text}", "### " + head, "changed",
                   "an authored piece's author line and stamp (the extractor left them out) → the piece's heading")
        if bio:
            text = f"{name}，{bio}。" if not re.search(r"[。！？]$", bio) else f"{name}，{bio}"
            new.append(Chunk("line", text, [(0, line.line)], 1, starts=True))
            doc.record(line.line, line.text, text, "changed", "the author's one-line bio, kept under the heading as "
                       "the author's role")
        out[at:at] = new
    names = [u[2][0] for u in units]
    author = doc.declared.get("author", "")
    if not author or author.startswith(names[0]):
        doc.declared["author"] = "、".join(dict.fromkeys(names))
        doc.record(units[0][1].line, author, doc.declared["author"], "metadata",
                   "a page of pieces by several authors: its author is all of them")
    return out
