"""A point stated in English is shown in English, whole, with a label saying so.

The statement machinery speaks Chinese: it cuts a sentence at its commas and quote marks and ends
it on "。". A point whose statement is English (no Chinese outside a name given in brackets) is
stated by its English sentence as written, after the label ENGLISH_LABEL (the same characters in
both scripts, so the traditional page says it too), and each English citation quotes its whole
English sentence, never the fragment before its first comma ("Priya Natarajan", "The game's
scenery"). Chinese points are left as they are.
"""

from __future__ import annotations

import dataclasses
import re

from .text import Sentence

#: The label before an English statement: "(quoted in the original English)". The characters are
#: the same in simplified and traditional script, so no conversion changes them.
ENGLISH_LABEL = "（英文原文）"

_CJK = re.compile(r"[\u3400-\u9fff]")
_BRACKETED = re.compile(r"[（(][^（）()]{0,30}[）)]")


def english_statement(text: str) -> bool:
    """A statement in English: Latin words, and no Chinese outside a bracketed name."""
    rest = _BRACKETED.sub("", text)
    return not _CJK.search(rest.replace(ENGLISH_LABEL, "")) and len(re.findall(r"[A-Za-z]+", rest)) >= 4


def _key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).lower()


def _sentence_of(quote: str, sents: list[Sentence]) -> Sentence | None:
    """The English sentence a quote is part of (the quote within it), or None."""
    q = _key(quote)
    if len(q) < 6:
        return None
    for s in sents:
        if q in _key(s.original):
            return s
    return None


def english_points(points: list, english: list[Sentence]) -> list:
    """``points`` with each English citation quoting its whole sentence and each English statement
    stated by its sentence, labelled."""
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for s in english:
        by_para.setdefault((s.article, s.paragraph), []).append(s)
    if not by_para:
        return points
    out = []
    for p in points:
        cites = []
        firsts: list[Sentence] = []
        for c in p.citations:
            s = _sentence_of(c.quote, by_para.get((c.article, c.paragraph), []))
            if s is not None and not _CJK.search(_BRACKETED.sub("", c.quote)):
                cites.append(dataclasses.replace(c, quote=s.original))
                firsts.append(s)
            else:
                cites.append(c)
        statement = p.statement
        if english_statement(statement) and not statement.startswith(ENGLISH_LABEL):
            core = statement.rstrip("。").strip()
            own = next((s for s in firsts if _key(core)[:40] in _key(s.original)), firsts[0] if firsts else None)
            if own is not None:
                statement = ENGLISH_LABEL + own.original
        if statement != p.statement or cites != list(p.citations):
            p = dataclasses.replace(p, statement=statement, citations=tuple(dict.fromkeys(cites)))
        out.append(p)
    return out
