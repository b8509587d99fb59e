"""Headings left without any text because the cleaner removed their section's content go.

A section whose pictures, videos, link lists or credits were all removed would otherwise show a
bare heading ("### 6.2 某某的观点" and then the next heading). Only a heading whose section held
text in the raw file is removed (a heading that was empty in the source is the source's own
structure; ``review_flags`` asks the editor about it); a parent heading whose subsections all went
goes too. Each removal names the raw lines whose removal emptied the section.
"""

from ..doc import lost_lines

NAME = "empty_headings"


def apply(doc):
    between = lost_lines(doc)
    kept = []  # blocks after the current one that stay, nearest last
    gone = set()
    for b in reversed(doc.blocks):
        nxt = kept[-1] if kept else None
        if b.kind == "h" and (nxt is None or nxt.kind == "h" and nxt.level <= b.level):
            lost = between(b, nxt)
            if lost:
                shown = ", ".join(map(str, lost[:6])) + ("…" if len(lost) > 6 else "")
                doc.record(b.line, "#" * max(b.level, 2) + " " + b.text, "", "removed",
                           f"heading left without text: its section's content (raw lines {shown}) was "
                           "removed as pictures, videos, links or furniture")
                gone.add(id(b))
                continue
        kept.append(b)
    if gone:
        doc.blocks[:] = [b for b in doc.blocks if id(b) not in gone]
