"""Lines of a plain text that are structure, not prose, read before its lines are joined (``join_lines``).

- A run of fields ``标签：值`` or document numbers, a signature block's roster rows (``审　判　长　　周文静``), a date line, a stamp, a bracketed note, a
  salutation heading the text, a poster's ``名字 @handle · 日期`` line, a lone counter set apart by a
  space (``1,208 次查看``), a reference list's entry (``[3] …``) each start a paragraph, and so does the
  line after them (:func:`mark_structure`; :mod:`.linekinds` reads the shapes).
- A stamp of two pieces or more that recurs is each post's stamp: it leaves the text (recorded as
  metadata; the first stamp's date is the article's when it has none), with a lone counter whose word
  the stamps carry, and the post after it starts anew (:func:`post_stamps`).
"""

import re

from .doc import Chunk
from . import linekinds as lk
from .paragraphing import wrapped
from .text import ends_sentence, opens_turn

#: A poster's line over a reply ("邵凯 @shaokai_auto · 7月17日"), and a lone counter set apart by a
#: space ("1,208 次查看", "赞 1377"): a post's furniture, never the text's words.
_POSTER_LINE = re.compile(r"^\s*[^\s@，。]{1,16}\s*@[A-Za-z0-9_.]{2,30}(?:\s*[·•・]\s*[^\s，。]{1,16})?\s*$")
_COUNTER = re.compile(r"^\s*(?:\d[\d,]*(?:\.\d+)?[万千亿kKwW]?\s+[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}\s+\d[\d,]*(?:\.\d+)?[万千亿kKwW]?)\s*$")


_REF_ENTRY = re.compile(r"^\s*[\[［【]\s*\d{1,3}\s*[\]］】]\s*\S")  # a reference list's entry: "[3] 龙井茶产区调查…"

def roster_blocks(blocks) -> set[int]:
    """The ids of roster rows (:func:`.linekinds.roster_row`): a row whose role is spaced out letter by letter
    ("审　判　长　　周文静") on its own, any row directly under or over another one: a signature block's lines, never
    prose to join, a heading or a menu."""
    lines = [b for b in blocks if b.kind in ("line", "p")]
    roles = [lk.roster_row(b.text) for b in lines]
    found = set()
    for k, b in enumerate(lines):
        if not roles[k]:
            continue
        beside = (k > 0 and roles[k - 1] and b.gap == 0) or (k + 1 < len(lines) and roles[k + 1] and lines[k + 1].gap == 0)
        if lk.spaced_role(roles[k]) or beside:
            found.add(id(b))
    return found


def _structural(b: Chunk) -> bool:
    t = b.text
    return lk.is_doc_number(t) or lk.date_line(t) or lk.is_stamp(t) or lk.is_note(t) or bool(_REF_ENTRY.match(t)) \
        or (len(t) <= 60 and bool(_POSTER_LINE.match(t) or _COUNTER.match(t)))


_FLOOR_HEAD = re.compile(r"^\d{1,4}\s*[楼樓][\s\u3000]")


def post_stamps(doc) -> None:
    """Stamps with a clock time or counters that recur are posts' stamps: out of the text."""
    stamps = [b for b in doc.blocks if b.kind in ("line", "h") and lk.is_stamp(b.text)
              and not (b.kind == "h" and _FLOOR_HEAD.match(b.text))  # a thread's post heading (floor_posts)
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


def mark_structure(blocks, turns) -> None:
    """Structural lines (see the module) and the line after each start a paragraph; in a hard-wrapped
    text, fields and salutations are not read (a wrapped line may look like one)."""
    lines = [b for b in blocks if b.kind == "line"]
    fields = not wrapped(lines)
    run: list[Chunk] = []
    # a spaced label split by a column reader ("时" ⏎ "间：…" from "时    间：…") is one field
    tails = {id(lines[k + 1]) for k in range(len(lines) - 1)
             if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", lines[k].text.strip()) and lines[k + 1].gap == 0
             and lk.is_field(lines[k].text.strip() + lines[k + 1].text)}

    def close_run():
        if (len(run) >= 2 and fields) or (run and any(_structural(x) or id(x) in rosters or (fields and _short_field(x.text)) for x in run)):
            for x in run:
                x.starts = id(x) not in tails
            k = lines.index(run[-1]) + 1 if run else 0
            if k < len(lines):
                lines[k].starts = True
        run.clear()

    rosters = roster_blocks(lines)
    for k, b in enumerate(lines):
        t = b.text
        if _structural(b) or id(b) in rosters or (lk.is_field(t) and not opens_turn(t, turns)) or \
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
