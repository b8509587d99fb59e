"""Shared wire copy: one text two outlets both print is one source, not two (issue 13, property 2).

Two articles carrying the same long passages word for word (an agency's copy, a press release,
one outlet's text reused by another: the same sentences, the same example) do not corroborate
each other. When a point cites both for what those passages say (the cited paragraphs share such
a passage), the later one is recorded as a copy (``Point.copies``) and "N 个来源" says how many of
them are. Two outlets quoting one speaker's short remark word for word share one passage, not
two, and stay two sources; a whole paragraph reprinted (``WIRE_LONG``) is a copy. A passage a
third article carries too is no copy of one by the other.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from . import wirememo
from .model import Point

__all__ = ["with_copies", "shared_passages", "WIRE_RUN", "WIRE_PASSAGES", "WIRE_TOTAL"]

#: Characters (punctuation and spaces left out) of one identical passage.
WIRE_RUN = 15
#: Identical passages two articles share, and their characters in all, to be one wire text.
WIRE_PASSAGES = 2
WIRE_TOTAL = 45
#: … or one passage this long (a whole paragraph reprinted).
WIRE_LONG = 60
#: How many of a point's cited articles (in citation order) are compared for copies: a point that
#: twelve outlets make is corroborated whatever two of them share; beyond, the pairs would cost a save
#: at 1,000 articles seconds (a point of forty articles is 780 pairs).
WIRE_AMONG = 12
#: Length of the pieces passages are found by (a passage is a run of shared pieces).
_GRAM = 12

_NOT_TEXT = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]")


def _plain(text: str) -> str:
    return _NOT_TEXT.sub("", text).lower()


def shared_passages(a: str, b: str) -> list[str]:
    """The passages of ``WIRE_RUN`` characters or more that two (simplified) texts share word for
    word, punctuation and spacing aside (as plain text), in the order ``a`` gives them."""
    a, b = _plain(a), _plain(b)
    if len(a) < _GRAM or len(b) < _GRAM:
        return []
    pieces = {b[k:k + _GRAM] for k in range(len(b) - _GRAM + 1)}
    covered = bytearray(len(a))
    for k in range(len(a) - _GRAM + 1):
        if a[k:k + _GRAM] in pieces:
            covered[k:k + _GRAM] = b"\x01" * _GRAM
    runs = re.finditer(rb"\x01+", bytes(covered))
    return [a[m.start():m.end()] for m in runs if m.end() - m.start() >= WIRE_RUN]


def _grams_of(plain: str) -> frozenset[str]:
    """The pieces of ``_GRAM`` characters of a plain text."""
    return frozenset(plain[k:k + _GRAM] for k in range(len(plain) - _GRAM + 1))


@functools.lru_cache(maxsize=8192)
def _grams(text: str) -> frozenset[str]:
    """The pieces of ``_GRAM`` characters of a text read as plain text (kept for the texts asked about again)."""
    return _grams_of(_plain(text))


def _passages(a: str, b: str) -> tuple[str, ...]:
    """``shared_passages(a, b)``, kept across saves by the two texts (``wirememo``)."""
    return wirememo.kept(("passages", a, b), lambda: tuple(shared_passages(a, b)))


def _wire(runs: list[str]) -> bool:
    sizes = [len(r) for r in dict.fromkeys(runs)]  # (a title printed twice is one passage)
    return len(sizes) >= WIRE_PASSAGES and sum(sizes) >= WIRE_TOTAL or any(n >= WIRE_LONG for n in sizes)


def with_copies(points: list[Point], texts: dict[str, str], paragraphs: dict[tuple[str, str], str]) -> list[Point]:
    """Each point with the cited articles that repeat another cited article's wire copy.

    ``texts``: each article's running text (simplified); ``paragraphs``: each (article,
    paragraph) id's simplified text. Articles are taken in citation order: the first of each
    set of copies stays a source, the others are its copies. A passage a third article also
    carries is the story's own wording (a law's long name, an official's announcement every
    outlet quotes), no sign that one of two outlets copied the other.

    The pieces a third article carries are looked up in one index of the pieces the passages
    hold (built by reading each article once per stage), not by reading every article again for
    each passage: at 1,000 articles that is a second, not minutes."""
    where: dict[str, set[str]] = {}  # a piece of a passage → the articles carrying it
    pieces: dict[str, frozenset[str]] = {}  # each article's pieces (made again on each analysis: kept
    # across saves, they would hold ~90 MiB at 1,000 articles for 0.27 s of CPU)

    def index(runs_lists) -> None:
        wanted = {r[k:k + _GRAM] for runs in runs_lists for r in runs for k in range(len(r) - _GRAM + 1)}
        wanted -= where.keys()
        if not wanted:
            return
        for g in wanted:
            where[g] = set()
        if not pieces:
            pieces.update((slug, _grams_of(_plain(text))) for slug, text in texts.items())
        for slug, carried in pieces.items():
            for g in carried & wanted if len(carried) < len(wanted) else wanted & carried:
                where[g].add(slug)

    def own(runs, pair):
        # (the parts of each passage no third article carries: "副处长" + a law's long name that
        # every outlet writes is a title beside the story's wording, no copied sentence)
        kept = []
        two = frozenset(pair)
        for r in runs:
            common = bytearray(len(r))  # (every character a piece carried elsewhere covers)
            for k in range(len(r) - _GRAM + 1):
                if not where[r[k:k + _GRAM]] <= two:
                    common[k:k + _GRAM] = b"\x01" * _GRAM
            kept += [r[m.start():m.end()] for m in re.finditer(rb"\x00+", bytes(common))
                     if m.end() - m.start() >= WIRE_RUN]
        return kept

    # the pairs of cited articles each point asks about, with the passages their cited paragraphs share
    asked: list[tuple[Point, list[tuple[str, list[tuple[tuple[str, str], list[list[str]]]]]]]] = []
    for p in points:
        arts = p.articles
        if len(arts) < 2:
            asked.append((p, []))
            continue
        cited: dict[str, list[str]] = {}
        for c in p.citations:
            cited.setdefault(c.article, []).append(paragraphs.get((c.article, c.paragraph), ""))
        rows = []
        for i, b in enumerate(arts[:WIRE_AMONG]):
            pairs = []
            for a in arts[:i]:
                pair = (a, b) if a < b else (b, a)
                # (two paragraphs with no piece in common share no passage: a set test, not a reading)
                pairs.append((pair, [_passages(x, y) if not _grams(x).isdisjoint(_grams(y)) else ()
                                     for x in cited[a] for y in cited[b]]))
            rows.append((b, pairs))
        asked.append((p, rows))
    index(runs for _, rows in asked for _, pairs in rows for _, lists in pairs for runs in lists)
    # (the cited paragraphs first: most pairs of outlets share no passage there, and the whole texts
    # are compared only for those that do)
    shared = [[(pair, any(own(runs, pair) for runs in lists)) for pair, lists in pairs]
              for _, rows in asked for _, pairs in rows]  # (each point's pairs, read once)
    whole_needed = {pair for pairs in shared for pair, sharing in pairs if sharing}
    whole = {pair: _passages(texts.get(pair[0], ""), texts.get(pair[1], "")) for pair in sorted(whole_needed)}
    index(whole.values())
    wire = {pair: _wire(own(runs, pair)) for pair, runs in whole.items()}
    out = []
    it = iter(shared)
    for p, rows in asked:
        copies = []
        for b, _ in rows:
            if any(sharing and wire[pair] for pair, sharing in next(it)):
                copies.append(b)
        out.append(replace(p, copies=tuple(copies)) if copies else p)
    return out
