"""A page whose main text is an exchange (a message and its official reply, a question and an office's
answer, a letter and its response, a complaint and its handling record, a rating of the handling):
every block of the exchange kept, each under its author and date.

The phenomenon: such a page prints two blocks or more side by side, each in an element of its own that
opens on a field line naming its author (``留言人：X``, ``回复单位：Y``, ``答复部门：Y``, ``提问者：X``,
``评价人：X``) with a field line or a stamp giving its date, then its text. The extractor keeps the
densest block only (often the message), and the reply, which is the news (measures, figures, dates),
is dropped as page furniture. So, read from the page's structure, never from a site's words:

- a **part** is the smallest element holding an author field line (a label ending in 人, 者, 单位,
  部门, 机构, 机关, 方 and a name: no sentence, 2–20 characters) and at least one line of text of its
  own (ten Han characters or more) that is not a field of the head;
- a page is an exchange when two parts or more, none inside another, are found, and the extractor
  kept text of at least one of them and left out an author line (when it kept them all, the page is
  read as a board of field lines downstream, unchanged);
- every part opens on a post heading (``model.post_heading``: number, author, day, time, role), its
  author and date lines leave (read into the heading, recorded); a part the extractor left out is
  kept whole otherwise (its short heading such as ``回复`` goes, the heading says it).

Every change is recorded with its raw line.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from ..model import post_heading

__all__ = ["exchange_blocks"]

#: One field of a head line: a label and its value, up to the next field or the line's end.
_FIELD = re.compile(r"([^\s：:|｜]{1,8})\s*[：:]\s*([^\s　|｜]+(?:[ \u3000]\d{1,2}:\d{2}(?::\d{2})?)?)")
#: The label of an author field.
_AUTHOR_LABEL = re.compile(r"(?:人|者|单位|單位|部门|部門|机构|機構|机关|機關|方)$")
#: Labels of a recipient or a subject, never the author ("留言对象", "受理人" is an author's office).
_NOT_AUTHOR = re.compile(r"对象|對象|被|收件|抄送")
_NAME = re.compile(r"^[^\s，。！？；;,.!?、（）()“”「」《》]{2,20}$")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2}))?")
_HAN = re.compile(r"[\u3400-\u9fff]")
_SHORT_HEAD = 6
_MOST = 8  # author lines: an exchange has a few blocks


def _fields(text: str) -> list[tuple[str, str]]:
    """The fields of a head line (``留言人：陈**　留言时间：2023-08-29 10:23``), or [] when the line
    is not made of fields only (a sentence with a colon is no head line)."""
    t = text.strip().lstrip("-• ").strip()
    if len(t) > 80 or re.search(r"[。！？!?]", t):
        return []
    found = list(_FIELD.finditer(t))
    if not found or found[0].start() > 0:
        return []
    return [(m.group(1), m.group(2)) for m in found]


def _author(text: str) -> tuple[str, str] | None:
    """(label, name) of an author field line."""
    for label, value in _fields(text):
        if _AUTHOR_LABEL.search(label) and not _NOT_AUTHOR.search(label) and _NAME.match(value) \
                and not _DATE.search(value):
            return label, value
    return None


def _stamp(text: str) -> tuple[str, str] | None:
    """(day, time) of a head line giving a date."""
    for _, value in _fields(text) or []:
        m = _DATE.search(value)
        if m:
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", m.group(4) or ""
    return None


def _text_line(b: Chunk) -> bool:
    return b.kind in ("line", "table") and len(_HAN.findall(b.text)) >= 10


def _parts(inventory: list[Chunk], parents: list) -> list[tuple[object, list[int], int]]:
    """(element, inventory indices inside it, index of its author line) of every part of the page."""
    authors = [a for a, b in enumerate(inventory) if b.kind == "line" and parents[a] is not None and _author(b.text)]
    if not 2 <= len(authors) <= _MOST:
        return []  # a long list of authored blocks is a thread (see .threadblocks), not an exchange
    chains = [[p, *p.iterancestors()] if p is not None else [] for p in parents]
    ancestors = [{id(x) for x in ch} for ch in chains]
    parts, seen = [], set()
    for a in authors:
        for el in chains[a]:
            inside = [i for i, anc in enumerate(ancestors) if id(el) in anc]
            if any(_text_line(inventory[i]) and not _fields(inventory[i].text) for i in inside):
                break
        else:
            continue
        if id(el) in seen or el.tag in ("body", "html"):
            continue
        seen.add(id(el))
        parts.append((el, inside, a))
    # parts side by side: none inside another, none holding two authors' lines
    ok = []
    for el, inside, a in parts:
        if any(o is not el and any(x is o for x in el.iterancestors()) for o, _, _ in parts):
            continue
        if any(o is not el and any(x is el for x in o.iterancestors()) for o, _, _ in parts):
            continue
        ok.append((el, inside, a))
    return ok


def exchange_blocks(blocks: list[Chunk], inventory: list[Chunk], parents: list, used: set[int],
                    doc: Doc) -> list[Chunk]:
    """Every block of an exchange kept under its post heading (see the module); ``blocks`` unchanged
    when the page is no exchange."""
    if not used:
        return blocks
    parts = _parts(inventory, parents)
    if len(parts) < 2 or not any(set(inside) & used for _, inside, _ in parts) \
            or all(a in used for _, _, a in parts):
        return blocks  # the extractor kept every author line: read as a board of field lines downstream
    out = list(blocks)

    def insert(chunk: Chunk, line: int) -> None:
        at = next((k for k, x in enumerate(out) if x.line > line), len(out))
        out.insert(at, chunk)

    names = []
    for n, (_, inside, a) in enumerate(parts, 1):
        label, name = _author(inventory[a].text)
        stamp_at = next((i for i in [a, *inside] if _stamp(inventory[i].text)), None)
        day, time = _stamp(inventory[stamp_at].text) if stamp_at is not None else ("", "")
        head_lines = {a} | ({stamp_at} if stamp_at is not None else set())
        for i in head_lines & used:  # a head line the extractor kept: it is in the heading now
            b = inventory[i]
            out = [x for x in out if not (x.line == b.line and x.text.strip() == b.text.strip())]
        kept = [i for i in inside if i in used]
        gone: set[int] = set()
        text_at = next((i for i in inside if _text_line(inventory[i]) and not _fields(inventory[i].text)), len(inventory))

        def drop(i: int, why: str) -> None:
            nonlocal out
            b = inventory[i]
            if i in used:
                out = [x for x in out if not (x.line == b.line and x.text.strip() == b.text.strip())]
            doc.record(b.line, b.text, "", "removed", why)
            gone.add(i)
            used.add(i)
        for i in inside:
            b = inventory[i]
            if i in head_lines or i in used and not (i < text_at and b.kind in ("h", "line")):
                continue
            if i < a and b.kind == "h" and len(b.text.strip()) <= _SHORT_HEAD:
                drop(i, "the short heading of an exchange's block (its post heading says who wrote it)")
                continue
            if i < text_at and b.kind != "h" and _fields(b.text) and not _text_line(b):
                drop(i, "a field of an exchange's block head (its type, its area): not its text")
                continue
            if i in used or kept or i < a or (b.kind != "h" and _fields(b.text) and not _text_line(b)):
                continue  # the kept block's own head fields, or a field of the head (类型, 领域): left out
            insert(Chunk(b.kind if b.kind in ("line", "table", "h") else "line", b.text, [(0, b.line)], 1,
                         level=b.level, links=list(b.links)), b.line)
            used.add(i)
            doc.record(b.line, b.text, b.text, "changed", "a block of an exchange on the page (a reply, an "
                       "answer, a rating) the extractor left out: kept")
        body = [i for i in inside if i in used and i not in head_lines and i not in gone]
        first = min((i for i in body if i > a and inventory[i].kind != "h"), default=min(body, default=None))
        if first is None:
            continue
        head = post_heading(n, name, day, time, label)
        insert_line = inventory[first].line
        at = next((k for k, x in enumerate(out) if x.line >= insert_line), len(out))
        out[at:at] = [Chunk("h", head, [(0, inventory[a].line)], 1, level=3)]
        stamp_text = f" / {inventory[stamp_at].text}" if stamp_at not in (None, a) else ""
        doc.record(inventory[a].line, inventory[a].text + stamp_text, "### " + head, "changed",
                   "an exchange's block: its author and date lines → the block's heading")
        used.update(head_lines)
        names.append(name)
    if names and not doc.declared.get("author"):
        doc.declared["author"] = names[0]
        doc.record(inventory[parts[0][2]].line, "", names[0], "metadata",
                   "the author of the exchange's first block (the message)")
    return out
