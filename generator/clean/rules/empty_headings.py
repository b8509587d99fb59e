"""Headings left without any text because the cleaner removed their section's content.

A section whose pictures, videos, link lists or credits were all removed would otherwise show a
bare heading ("### 6.2 某某的观点" and then the next heading). Only a heading whose section held
text in the raw file is touched (a heading that was empty in the source is the source's own
structure; ``review_flags`` asks the editor about it):

* when what was removed includes a picture, the section's content existed only as an image: the
  heading stays, marked ``（原文为图片，未收录）``, so the reader knows something was there and
  who it was about (the people a heading names stay in the index; nothing is attributed to them);
* otherwise (videos, links, credits, furniture) the heading goes, and a parent heading whose
  subsections all went goes too.

Each edit names the raw lines whose removal emptied the section. A heading that a rule made from a
plain line of text (a short isolated line, a numbered head) is that text and stays.
"""

import re

from ..doc import lost_lines

NAME = "empty_headings"

_PICTURE = re.compile(r"!\[[^\]\n]{0,500}\]\(|<img\b|\.(?:png|jpe?g|gif|webp|svg)\b", re.I)

#: Appended to a heading whose section was only pictures.
IMAGE_NOTE = "（原文为图片，未收录）"


def apply(doc):
    between = lost_lines(doc)
    pictures = {e.line for e in doc.audit if e.action == "removed"
                and (e.note.startswith("image") or _PICTURE.search(e.before))}
    # headings a rule made from a plain line of text: that line is the source's text, never removed
    made = {e.line for e in doc.audit if e.action == "changed" and e.after.lstrip().startswith("#")
            and not e.before.lstrip().startswith("#")}
    kept = []  # blocks after the current one that stay, nearest last
    gone = set()
    for b in reversed(doc.blocks):
        nxt = kept[-1] if kept else None
        if b.kind == "h" and b.line not in made and (nxt is None or nxt.kind == "h" and nxt.level <= b.level):
            lost = between(b, nxt)
            if lost:
                shown = ", ".join(map(str, lost[:6])) + ("…" if len(lost) > 6 else "")
                before = "#" * max(b.level, 2) + " " + b.text
                if pictures.intersection(lost) and not b.text.endswith(IMAGE_NOTE):
                    b.text = b.text.rstrip() + IMAGE_NOTE
                    doc.record(b.line, before, "#" * max(b.level, 2) + " " + b.text, "changed",
                               f"heading kept and marked: its section's content (raw lines {shown}) was "
                               "only pictures, removed from the text")
                    kept.append(b)
                    continue
                doc.record(b.line, before, "", "removed",
                           f"heading left without text: its section's content (raw lines {shown}) was "
                           "removed as videos, links or furniture")
                gone.add(id(b))
                continue
        kept.append(b)
    if gone:
        doc.blocks[:] = [b for b in doc.blocks if id(b) not in gone]
