"""Photo captions led by ▲ ◀ ▶ ■ (and kin) become caption blocks, or leave the body.

- A caption cut by the layout continues on a short fragment just before the next long line
  ("…拍打岸" … "邊的岩石"): the fragment is attached.
- A caption whose words mostly repeat the article text (a pull quote or a duplicate of a box)
  carries no content of its own: removed.
"""

import re

from ..text import ends_sentence

NAME = "captions"
_MARKER = re.compile(r"^[▲◀▶■▼△◁▷►◄]\s*")
_CLAUSE = re.compile(r"[，。；：！？,;:!?]")
_SKIP = re.compile(r"[\s\W_]+")


def _grams(s: str, n: int = 4) -> set[str]:
    s = _SKIP.sub("", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def _continuation(doc, i):
    """Index of the short fragment that continues the caption at ``i``, or None."""
    cands = []
    for j in range(i + 1, min(i + 3, len(doc.blocks))):
        t = doc.blocks[j]
        if t.kind != "line" or _MARKER.match(t.text) or len(t.text) > 16 or _CLAUSE.search(t.text) \
                or ends_sentence(t.text):
            break
        cands.append(j)
    if not cands:
        return None
    j = cands[-1]
    t = doc.blocks[j].text
    if _CLAUSE.search(t) or re.search(r"\s", t) or ends_sentence(t):
        return None
    return j


def apply(doc):
    consumed: set[int] = set()  # continuation fragments, taken out in one pass at the end
    for i, b in enumerate(doc.blocks):
        m = _MARKER.match(b.text) if b.kind == "line" and i not in consumed else None
        if not m:
            continue
        doc.edit(b, 0, m.end(), "", "caption marker")
        b.kind = "caption"
        if not ends_sentence(b.text):
            j = _continuation(doc, i)
            if j is not None:
                frag = doc.blocks[j]
                consumed.add(j)
                doc.record(frag.line, frag.text, b.text + frag.text, "changed",
                           "caption continued after an interruption")
                b.marks.append((len(b.text), frag.line))
                b.text += frag.text
    if consumed:
        doc.blocks[:] = [b for k, b in enumerate(doc.blocks) if k not in consumed]
    if not any(t.kind == "caption" for t in doc.blocks):
        return
    body = set()
    for t in doc.blocks:
        if t.kind == "line":
            body |= _grams(t.text)
    with doc.batch():
        for b in [t for t in doc.blocks if t.kind == "caption"]:
            g = _grams(b.text)
            if g and len(g & body) >= 0.5 * len(g):
                doc.remove(b, "caption repeats the article text")
            elif len(_SKIP.sub("", b.text)) < 4:
                doc.remove(b, "caption without content")
