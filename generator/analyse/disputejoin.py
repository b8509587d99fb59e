"""Joining disputes: disputes on the same claim are one contention (a split of ``disputes``).

Two ways, both linear in the disputes (words are looked up, never compared pairwise across the whole
corpus): sides quoting the same words (a quoted phrase, or a long common run of characters) join, the
claim of one possibly the answer of the other; and disputes of different articles whose sides share
content words side against side (the claim with the claim and the answer with the answer, or
crosswise) are one question.
"""

from __future__ import annotations

import re

from .disputeholders import uncaptioned
from .text import content_tokens

__all__ = ["join_quotes", "join_subjects", "merge_sides", "norm", "QUOTED", "SIDE_ITEMS"]

QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"]{4,40})[”」』\"]")
_PUNCT = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]")
#: A line's author label at its head ("lulu1017：", "王委员：").
_LINE_LABEL = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9_.\-]{1,19}|[\u4e00-\u9fff·]{2,8})[ \u3000]*"
                         r"(?:[（(][^（）()：:，。\n]{1,12}[）)][ \u3000]*)?[：:]")


def norm(text: str) -> str:
    """The text's letters and digits only (punctuation and spaces removed)."""
    return _PUNCT.sub("", text)


def _phrases(texts) -> set[str]:
    return {norm(m.group(1)) for t in texts for m in QUOTED.finditer(t) if len(norm(m.group(1))) >= 4}


#: Characters in a row two sides must share to quote the same words.
SHARED_RUN = 9


def _keys(items, simple) -> set[str]:
    """What a side quotes, as keys two sides quoting the same words share: its runs of
    ``SHARED_RUN`` characters, and the phrases it puts in quotation marks."""
    out = {"q" + p for p in _phrases(simple(c) for c, _ in items)}
    for c, _ in items:
        # (a transcript's caption, "字幕：沈立明　江州农业大学…副教授", says who speaks: two sides quoting one
        # person's title quote no claim in common)
        # (a line's author label, "harbinfan：", is who writes it: two lines of one writer quote nothing in common)
        t = norm(_LINE_LABEL.sub("", uncaptioned(simple(c)), count=1))[:300]  # (the head of a long run is enough)
        out.update(t[i:i + SHARED_RUN] for i in range(len(t) - SHARED_RUN + 1))
    return out


def join_quotes(built: list[list], simple) -> list[list]:
    """Disputes over the same claim are one: sides quoting the same words join (a side of one
    dispute may be the other side of the next: the claim answered in one is the answer in
    another). Linear in the disputes: each side's words are looked up, not compared pairwise."""
    out: list[list] = []
    index: dict[str, tuple[int, int]] = {}
    for g in built:
        ka, kb = _keys(g[0], simple), _keys(g[1], simple)
        hit = next((index[k] + (0,) for k in sorted(ka) if k in index), None) or \
            next((index[k] + (1,) for k in sorted(kb) if k in index), None)
        if hit is None:
            out.append([list(g[0]), list(g[1])] + list(g[2:3]))  # (the question the page asks, if any)
            hi, flip = len(out) - 1, False
        else:
            hi, side, mine = hit
            flip = side != mine  # the claim of one is the answer of the other
            merge_sides(out[hi], *((g[1], g[0]) if flip else (g[0], g[1])))
            if len(g) > 2 and g[2] and not (len(out[hi]) > 2 and out[hi][2]):
                out[hi][2:] = [g[2]]
        for k in ka:
            index.setdefault(k, (hi, 1 if flip else 0))
        for k in kb:
            index.setdefault(k, (hi, 0 if flip else 1))
    return out


#: Sentences a side of a dispute holds at most (the first found; a side shows fewer).
SIDE_ITEMS = 12


def merge_sides(h, a_items, b_items) -> None:
    if len(h[0]) >= SIDE_ITEMS and len(h[1]) >= SIDE_ITEMS:
        return
    have = {c for c, _ in h[0] + h[1]}
    other_b = {c for c, _ in b_items}
    h[0] += [it for it in a_items if it[0] not in have and it[0] not in other_b]
    have |= {c for c, _ in h[0]}
    h[1] += [it for it in b_items if it[0] not in have]
    del h[0][SIDE_ITEMS:], h[1][SIDE_ITEMS:]


#: Content words two disputes of different articles must share, side against side, to be one question:
#: on the better-matched pair of sides and on the other pair.
SUBJECT_WORDS = (4, 2)
#: Disputes a word may be shared by and still tie two of them.
SUBJECT_POSTING = 40


def join_subjects(groups, simple, names: frozenset) -> list:
    """Disputes of different articles on one question are one contention: each side of one shares
    content words with a side of the other (the claim with the claim and the answer with the answer,
    or crosswise), "外地法院承认破产令的机会相当低 / 有先例可循，并非不可能" and "有先例了，并不是不可能 /
    外地法院承认的机会非常低". Words are the sides' own (the topic's names left out)."""
    def words(items) -> set[str]:
        return {t for c, _ in items for t in content_tokens(simple(c)[:300])
                if len(t) >= 2 and t not in names and not any(t in n for n in names)}
    sides = [(words(g[0]), words(g[1]), {c.article for c, _ in g[0] + g[1]}) for g in groups]
    parent = list(range(len(groups)))
    flip = [False] * len(groups)

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k
    hi, lo = SUBJECT_WORDS
    # only disputes sharing a word are compared (an inverted index; a word in very many is no evidence)
    posting: dict[str, list[int]] = {}
    for k, (a, b, _) in enumerate(sides):
        for t in a | b:
            posting.setdefault(t, []).append(k)
    near: dict[int, set[int]] = {}
    for ks in posting.values():
        if len(ks) <= SUBJECT_POSTING:
            for k in ks:
                near.setdefault(k, set()).update(x for x in ks if x > k)
    for i in range(len(groups)):
        for j in sorted(near.get(i, ())):
            (ai, bi, arts_i), (aj, bj, arts_j) = sides[i], sides[j]
            if arts_i & arts_j or root(j) != j or root(i) != i:
                continue
            straight = sorted((len(ai & aj), len(bi & bj)), reverse=True)
            crossed = sorted((len(ai & bj), len(bi & aj)), reverse=True)
            if straight[0] >= hi and straight[1] >= lo and straight >= crossed:
                parent[j], flip[j] = i, False
            elif crossed[0] >= hi and crossed[1] >= lo:
                parent[j], flip[j] = i, True
    out, at = [], {}
    for k, g in enumerate(groups):
        r = root(k)
        if r == k:
            at[k] = len(out)
            out.append([list(g[0]), list(g[1])] + list(g[2:]))
        else:
            h = out[at[r]]
            merge_sides(h, *((g[1], g[0]) if flip[k] else (g[0], g[1])))
    return out
