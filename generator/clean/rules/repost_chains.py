"""A repost chain: each forwarder's words under its own name, never the reposter's.

A forwarded post (微博, 雪球, 饭否 and the like, in either script) prints the reposter's own words
first, then each earlier forwarder's after ``//@X:`` (``//@X :``, ``//＠X：``; ``转发自@X：`` / ``轉發自@X：``),
most recent first: ``A的话//@B: B的话//@C: C的话``. Everything after ``//@B:`` up to the next marker is
B's, not the reposter's. So a paragraph holding such markers is split:

- the reposter's own words stay in the paragraph (with its label, ``A：…``, when a comment list gave
  it one); a paragraph with no words of the reposter's (only its label, or the app's default
  ``转发微博``) leaves, recorded;
- each forwarder's words become a paragraph of their own, ``B：B的话``, in the order shown (the way the
  comments rule labels a comment, which the speakers and the index read), recorded;
- a marker over no words (``//@C:`` at the end) leaves, recorded.
"""

from __future__ import annotations

import re

from ..doc import Chunk

NAME = "repost_chains"

#: A forward marker: "//@X:" (a colon is required after the name, spaces allowed), "转发自@X：".
_MARK = re.compile(r"(?://|／／)\s*[@＠](?P<a>[^\s:：/@＠，,。]{1,24})\s*[:：]|(?:转发自|轉發自|转自|轉自)\s*[@＠](?P<b>[^\s:：/@＠，,。]{1,24})\s*[:：]?")
#: A comment's label opening the paragraph ("长期主义的山羊：").
_LABEL = re.compile(r"^\s*[^\s：:，。！？/@＠]{1,24}(?:[（(][^（()）]{1,24}[）)])?\s*[：:]\s*")
#: What an app writes when the reposter adds no words.
_NO_WORDS = re.compile(r"^\s*(?:转发微博|轉發微博|转发|轉發|Repost|RT)?\s*[。.!！]?\s*$", re.I)
_MAX = 20000  # characters: a longer block is left as it is (no chain is that long)


def apply(doc):
    bl = doc.blocks
    if not any("@" in b.text or "＠" in b.text for b in bl):
        return
    out: list[Chunk] = []
    changed = False
    for b in bl:
        marks = list(_MARK.finditer(b.text)) if b.kind in ("line", "p") and len(b.text) <= _MAX else []
        if not marks:
            out.append(b)
            continue
        changed = True
        head = b.text[:marks[0].start()]
        label = _LABEL.match(head)
        own = head[label.end():] if label else head
        pieces = []
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(b.text)
            who = m.group("a") or m.group("b")
            words = b.text[m.end():end].strip()
            if not re.search(r"[\u3400-\u9fffA-Za-z0-9]", words):
                doc.record(b.line, b.text[m.start():end], "", "removed", "a repost chain's marker over no words")
                continue
            pieces.append((who, words))
        first = b.line
        if len(own) <= 40 and _NO_WORDS.match(own):
            doc.record(first, b.text[:marks[0].start()] or "//@", "", "removed", "a repost with no words of the "
                       "reposter's own (its label, or the app's default): the forwarded words follow, each under its writer")
            if not head.strip() and out and out[-1].kind in ("line", "p") and (lm := _LABEL.match(out[-1].text)) \
                    and lm.end() == len(out[-1].text):
                gone = out.pop()  # the reposter's name on the line above, over no words of its own
                doc.record(gone.line, gone.text, "", "removed", "a reposter's name over no words of its own (a repost chain follows)")
        else:
            new = b.text[:marks[0].start()].rstrip()
            doc.record(first, b.text, new, "changed", "a repost chain: the reposter's own words are those before the "
                       "first //@ (the rest is the forwarded writers', each under its name)")
            b.text, b.marks = new, [(0, first)]
            out.append(b)
        for who, words in pieces:
            text = f"{who}：{words}"
            doc.record(first, f"//@{who}:{words}", text, "changed", f"a repost chain's segment after //@{who}: "
                       f"{who}'s words, not the reposter's")
            out.append(Chunk(b.kind, text, [(0, first)], 1, starts=True))
    if changed:
        bl[:] = out
