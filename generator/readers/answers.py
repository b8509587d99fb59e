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


def authored_blocks(blocks: list[Chunk], inventory: list[Chunk], used: set[int], root, doc: Doc) -> list[Chunk]:
    """Headings over the authored pieces of a page (see the module); ``blocks`` unchanged otherwise."""
    idx = sorted(used)
    if not idx:
        return blocks
    runs, start = [], idx[0]
    for a, b in zip(idx, idx[1:] + [None]):
        if b is None or b != a + 1:
            runs.append((start, a))
            start = b
    units = []
    for k, (lo, hi) in enumerate(runs):
        prev_hi = runs[k - 1][1] if k else max(lo - 6, -1)
        next_lo = runs[k + 1][0] if k + 1 < len(runs) else min(hi + 6, len(inventory))
        stamp = next((inventory[i] for i in range(hi + 1, next_lo) if i not in used
                      and _STAMP.match(inventory[i].text)), None)
        above = [i for i in range(prev_hi + 1, lo) if i not in used and inventory[i].kind == "line"]
        while above and (_COUNTS.search(inventory[above[-1]].text) and len(inventory[above[-1]].text) <= 30):
            above.pop()  # the piece's vote count, between its author line and its text
        if stamp is None or not above:
            continue
        line = inventory[above[-1]]
        if len(line.text) > 60 or re.search(r"[。！？]", line.text):
            continue
        who = _author(root, line.text)
        if who:
            units.append((lo, line, who, stamp))
    if len(units) < 2 or len({u[2][0] for u in units}) < 2:
        return blocks
    out = list(blocks)
    for n, (lo, line, (name, bio), stamp) in enumerate(units, 1):
        m = _STAMP.match(stamp.text)
        when = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + (f" {m.group(4).replace('：', ':')}"
                                                                             if m.group(4) else "")
        head = f"{n}楼\u3000{name}\u3000{when}"
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
