"""A line printed again and again through one source is furniture, whatever the form.

A converted report's running head or foot, the chrome or footer under every message or item of an
export, a disclaimer printed after each section: the same line (its numbers, dates, counters and
addresses may vary: ``浏览 1,203`` / ``浏览 987``) stands on a line of its own at least
:data:`TIMES` times, spread through the source with text between the copies. Every copy leaves the
text, each recorded. The specific rules (page furniture, post stamps, a form's chrome) run first
and read what such lines say (the date, the outlet); this rule takes what they were not written
for. A page's counter that Markdown read as a heading (``第 1 页 共 5 页`` between two rules), on two
pages or more, leaves too.

Never furniture: a heading, a table, a chat message or speaker's turn; an item's head whose copies
differ in a date or time (``#3 某网友 2024-07-12 13:20``: who posted when, read by the post rules);
a line whose words, without its numbers, are too few to be chrome (``（掌声）``, ``张三 10:42``), or
that is one short token (``主持人王小明``: a speaker's label); copies side by side (a list, an OCR
double). A line that holds a sentence (it ends on 。！？ or carries a claim, and is no known furniture
sentence) is prose: when its copies are the same word for word, the first stays and the others
leave (nothing is lost); when they differ in their numbers, all stay (each says something of its own).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..safetynet import claim_signal, furniture_sentence, holds_passage
from .page_furniture import _COUNTER, _PAGE_NUMBER

NAME = "repeated_blocks"
#: Copies from which a line is furniture.
TIMES = 3
#: Longest line taken as furniture (a disclaimer fits; a paragraph does not).
LONGEST = 160
#: Word characters (Han, letters) a line needs without its numbers to be read as chrome.
MIN_WORDS = 5
_KINDS = ("line", "p", "caption")
_NUMBER = re.compile(r"\d+(?:[.,:：/-]\d+)*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_SPACE = re.compile(r"[\s\u3000]+")
#: A counter names pages (``第 1 页``, ``Page 2``); a bare ``1/3`` over a thread's post is the post's number.
_PAGE_WORD = re.compile(r"[页頁]|page", re.I)
_PARTS = re.compile(r"[\s|｜丨·•:：,，/]")
_STAMP = re.compile(r"\d{1,2}[:：]\d{2}|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日")
_WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")


def key(text: str) -> str:
    """The line with its numbers, addresses and spacing made uniform."""
    s = _ADDRESS.sub("@", text.strip())
    s = _NUMBER.sub("#", s)
    return _SPACE.sub(" ", s)


_SENTENCE_END = re.compile(r"[。！？!?][”」』）)]*$")


def _prose(text: str) -> bool:
    """A sentence a reader needs: it ends on 。！？ (or carries a claim), and is no known furniture
    sentence (a copyright line, a call to share)."""
    t = text.strip()
    if holds_passage(t) or claim_signal(t):
        return True
    return bool(_SENTENCE_END.search(t)) and len(_WORDS.findall(t)) >= 8 and not furniture_sentence(t)


def _chrome_shaped(k: str) -> bool:
    """Enough words to be chrome, and more than one short token (``主持人王小明`` alone on its line is a
    speaker's label, a section's name: read by other rules)."""
    return len(_WORDS.findall(k)) >= MIN_WORDS and not (len(k) <= 10 and not _PARTS.search(k))


def _page_counters(doc) -> None:
    """A page's number or counter read as a heading (``第 1 页 共 5 页`` between rules of a converted
    document, which Markdown makes a heading), printed on two pages or more: every copy leaves."""
    heads = [b for b in doc.blocks if b.kind == "h" and len(b.text) <= 40 and _PAGE_WORD.search(b.text)
             and (_PAGE_NUMBER.match(b.text) or _COUNTER.fullmatch(b.text.strip()))]
    if len(heads) < 2:
        return
    with doc.batch():
        for b in heads:
            doc.remove(b, "a page's number or counter read as a heading (printed on every page)", separates=True)


def apply(doc):
    _page_counters(doc)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, b in enumerate(doc.blocks):
        if b.kind not in _KINDS or b.message or b.verbatim is not None or len(b.text.strip()) > LONGEST:
            continue
        k = key(b.text)
        if _chrome_shaped(k):
            groups[k].append(i)
    if not any(len(v) >= TIMES for v in groups.values()):
        return
    blocks = list(doc.blocks)
    with doc.batch():
        for k, where in groups.items():
            if len(where) < TIMES or any(b - a < 2 for a, b in zip(where, where[1:])):
                continue  # copies side by side: a list, a table's column or an OCR double
            copies = [blocks[i] for i in where]
            same = len({c.text.strip() for c in copies}) == 1
            if not same and any(_STAMP.search(c.text) for c in copies):
                continue  # an item's head with its time (a poster's line, a post's stamp): read by other rules
            if _prose(copies[0].text):
                if not same:
                    continue
                copies = copies[1:]
                note = f"the same sentence printed {len(where)} times through the source: the first kept"
            else:
                note = (f"a line printed {len(where)} times through the source (a running head or foot, "
                        "an item's chrome or footer)")
            for c in copies:
                doc.remove(c, note, separates=True)
