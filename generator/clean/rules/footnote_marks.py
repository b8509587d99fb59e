"""Footnote marks set as superscript digits after a word (``88,898台¹``, ``的訂單²。``): removed.

A page converted from print (a magazine, a report, a paper) keeps its footnote marks as superscript
digits glued to the word they annotate. They are no part of the sentence: left in, they fuse with
the figure or word before them for every reader downstream (``88,898台¹``). A superscript digit
right after a Han character, a closing quote or bracket, a clause mark or a per cent sign is such a
mark; after a Latin letter or a digit it is an exponent (``m²``, ``10³``) and stays. The note itself
(``註1：…``) is text and stays. Each mark removed is recorded.
"""

import re

NAME = "footnote_marks"
_MARK = re.compile(r"(?<=[\u4e00-\u9fff」』”’）)】%％。，、；：！？])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def apply(doc):
    if doc.markdown:
        return
    for b in doc.blocks:
        if b.kind in ("line", "p", "caption") and _MARK.search(b.text):
            doc.sub(b, _MARK, lambda m: "", "footnote mark (a superscript digit after a word) removed")
