"""English sentences inside the articles: an English wire, a bilingual page's English paragraphs, an
English quote in a compilation.

The Chinese splitter ends a sentence on 。！？ only, so an English paragraph is one "sentence" to the
rest of the analysis and never a claim. Here an English stretch is split into its own sentences by
the marks English uses (a full stop, a question or an exclamation mark before a capital, a quote or
a figure), furniture it carries at its head is set aside (a wire's dateline "SHANGHAI, Aug 23
(Reuters) - ", a sub-head run into the text "HARDWARE BOOST The game's…"), and each English
sentence becomes a ``Sentence`` of its own, numbered after the article's sentences so no key of the
Chinese ones moves.
"""

from __future__ import annotations

import re

from .text import Sentence

#: A stretch is English when Latin letters outnumber CJK characters this many times over (a name
#: given in both scripts, "Game Science（游戏科学）", stays English).
LATIN_OVER_CJK = 4
#: Fewest words in an English sentence worth reading as one.
MIN_WORDS = 6
#: Longest English sentence read (a run-on page, a table flattened into one line: none of it is a
#: sentence a reader can take on its own).
MAX_CHARS = 700
#: English sentences are numbered from here on, per parent sentence (``index`` stays an int key).
INDEX_BASE = 10_000_000
PER_PARENT = 1000

#: How far back in its paragraph a sentence looks for a quotation still open (bounded: a huge line).
QUOTE_REACH = 5000

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
#: A sentence end: a full stop, "!" or "?", any closing quotes or brackets, then spacing.
_END = re.compile(r"[.!?]+[\"'”’)\]]*[ \t\u00a0]+|(?<=[a-z]{2})\.(?=[A-Z][a-z])")
#: What may open the next sentence after a sentence end.
_OPENS = re.compile(r"[\"“‘(]?[A-Z0-9$£€¥]")
#: Abbreviations a full stop does not end a sentence after.
_ABBREV = frozenset("mr mrs ms dr prof st jr sr inc ltd co corp no vs etc gen gov sen rep rev mt ft jan feb mar apr "
                    "jun jul aug sep sept oct nov dec u.s u.k e.g i.e approx est dept univ".split())
#: A wire's dateline at the head of its first paragraph: "SHANGHAI, Aug 23 (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,[A-Za-z0-9 .]{0,30})?\s\([A-Za-z][A-Za-z .]{1,30}\)\s?[-–—]{1,2}\s")
#: A sub-head run into the paragraph it heads: capitals only, then a capitalised sentence opening.
_SUBHEAD = re.compile(r"^(?:[A-Z][A-Z&'-]+ ){2,6}(?=[A-Z][a-z])|^[A-Z][A-Z&'-]{4,} (?=[A-Z][a-z])")


def is_english(text: str) -> bool:
    """A stretch of English: Latin letters, and few CJK characters beside them."""
    latin = len(_LATIN.findall(text))
    return latin >= 20 and latin >= LATIN_OVER_CJK * len(_CJK.findall(text))


def _ends(text: str):
    """Offsets where English sentences end (after their closing marks and spacing)."""
    for m in _END.finditer(text):
        end = m.end()
        if not _OPENS.match(text, end):
            continue
        word = re.search(r"([A-Za-z.]+)$", text[max(0, m.start() - 12):m.start()])
        if word and m.group(0).startswith(".") and (word.group(1).lower().rstrip(".") in _ABBREV
                                                    or len(word.group(1)) == 1):
            continue  # "Mr. Li", "U.S. officials", "J. Smith"
        yield end


def split_english(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) of each English sentence of an English stretch."""
    out: list[tuple[int, str]] = []
    start = 0
    for end in list(_ends(text)) + [len(text)]:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((start + lead, piece.strip()))
        start = end
    return out


def strip_head(sentence: str) -> tuple[int, str]:
    """The sentence less a dateline or a run-in sub-head at its head: (chars dropped, rest)."""
    cut = 0
    for pat in (_DATELINE, _SUBHEAD):
        m = pat.match(sentence, cut)
        if m:
            cut = m.end()
    return cut, sentence[cut:]


def is_whole_english(sentence: str) -> bool:
    """A sentence a reader can take on its own: opens on a capital or a quote, ends on its mark,
    has words enough, asks nothing; not a note in brackets ("($1 = 7.13 yuan)")."""
    s = sentence.strip()
    if len(s) > MAX_CHARS or len(re.findall(r"[A-Za-z]+", s)) < MIN_WORDS:
        return False
    if not re.match(r"[\"“‘]?[A-Z0-9]", s) or s[0] == "(":
        return False
    if not re.search(r"[.!][\"'”’)]*$", s):
        return False
    if re.match(r"(?:And|Or|But|So)\b[^,]{0,3}$", s.split(" ")[0]):
        return False
    return not re.search(r"https?://|www\.|@\w", s)


def inside_quote(s: Sentence) -> bool:
    """Whether an English sentence is (part of) a quotation: it opens on a quote mark, or a quote
    opened before it in its paragraph is still open."""
    before = s.paragraph_original[max(0, s.start - QUOTE_REACH):s.start]
    if s.original[:1] in "\"“":
        return True
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def english_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """Each English sentence of the articles' English stretches, as a ``Sentence`` of its own
    (same article, paragraph and offsets into the paragraph; ``index`` past the article's own)."""
    out: list[Sentence] = []
    for s in sentences:
        if len(s.original) > 20 * MAX_CHARS or not is_english(s.original):
            continue
        same = len(s.simple) == len(s.original)
        for k, (off, text) in enumerate(split_english(s.original)[:PER_PARENT]):
            cut, rest = strip_head(text)
            if rest[:1] in "\"“" and not re.search(r"[\"”]", rest[1:]):
                cut, rest = cut + 1, rest[1:]  # a quotation going on past this sentence: its opening mark
            if not is_whole_english(rest) or not is_english(rest):
                continue
            at = off + cut
            simple = s.simple[at:at + len(rest)] if same else rest
            out.append(Sentence(article=s.article, paragraph=s.paragraph,
                                index=INDEX_BASE + s.index * PER_PARENT + k, para_index=s.para_index,
                                start=s.start + at, original=rest, simple=simple,
                                paragraph_original=s.paragraph_original, paragraph_simple=s.paragraph_simple))
    return out


def partners(sentences: list[Sentence]) -> dict[tuple[str, str], str]:
    """On a bilingual page, the Chinese paragraph each English paragraph stands beside as its
    translation: (article, English paragraph id) → Chinese paragraph id. The page's layout decides
    the side: the Chinese paragraph before each English one when most English paragraphs follow a
    Chinese one, the one after when more precede one."""
    paras: dict[str, list[tuple[str, bool]]] = {}
    seen: set[tuple[str, str]] = set()
    for s in sentences:
        if (s.article, s.paragraph) in seen:
            continue
        seen.add((s.article, s.paragraph))
        cjk = len(_CJK.findall(s.paragraph_original))
        paras.setdefault(s.article, []).append((s.paragraph, is_english(s.paragraph_original) if cjk < 200 else False))
    out: dict[tuple[str, str], str] = {}
    for article, ps in paras.items():
        eng = [i for i, (_, e) in enumerate(ps) if e]
        if not eng or len(eng) == len(ps):
            continue
        def chinese(i: int) -> bool:
            return 0 <= i < len(ps) and not ps[i][1]

        after = sum(1 for i in eng if chinese(i - 1))
        before = sum(1 for i in eng if chinese(i + 1))
        step = -1 if after >= before else 1
        for i in eng:
            if chinese(i + step):
                out[(article, ps[i][0])] = ps[i + step][0]
    return out
