"""A body's short name made from its long name's words (人社部 = 人力资源社会保障部, 社科院 =
中国社会科学院, 全国人大常委会 = 全国人民代表大会常务委员会): the short name takes, in order, the first
character of some of the long name's words (or a whole word), may leave out a place (or 国家, 全国)
that opens the long name, and ends on the long name's last word. It is merged with the long name when exactly one
long name of the corpus allows it and at least one of its characters stands for a longer word
(中国银行 is not a short form of 中国农业银行: it only leaves a word out)."""

from __future__ import annotations

import re
from functools import lru_cache

from .namecandidate import Candidate
from .namerules import kind_votes
from .namewords import _cut, _spans, word_tag

__all__ = ["contraction_candidates", "contracts"]


#: Words that open a national body's name and its short name leaves out (国家|文物保护研究中心 → 文保中心).
_NATIONAL = frozenset(("国家", "全国", "中央", "中华人民共和国"))


@lru_cache(maxsize=1 << 12)
def _parts(name: str) -> tuple[str, ...]:
    """The long name's words, long words of the dictionary split into their two-character words
    (全国人民代表大会常务委员会 → 全国|人民|代表|大会|常务|委员|会)."""
    out: list[str] = []
    for tok in _cut(name):
        i = 0
        while i < len(tok):
            if len(tok) > 2 and i + 2 <= len(tok) and word_tag(tok[i:i + 2]):
                out.append(tok[i:i + 2])
                i += 2
            elif len(tok) <= 2 and i == 0:
                out.append(tok)
                i = len(tok)
            else:
                out.append(tok[i])
                i += 1
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def contracts(short: str, long: str) -> bool:
    """``short`` is a contraction of ``long`` (see the module's docstring)."""
    if not (3 <= len(short) < len(long) - 1) or short[-1] != long[-1] or short in long:
        return False
    parts = _parts(long)

    def match(si: int, k: int, cut: bool) -> bool:
        if si == len(short):
            return cut and k == len(parts)
        for j in range(k, len(parts)):
            w = parts[j]
            if short.startswith(w, si) and match(si + len(w), j + 1, cut):
                return True
            if len(w) > 1 and short[si] == w[0] and match(si + 1, j + 1, True):
                return True
            if si == 0 and word_tag(w) != "ns" and w not in _NATIONAL:
                return False  # only a place may be left out before the first character
        return False

    return match(0, 0, False)


def contraction_candidates(found, paragraphs) -> list[Candidate]:
    """Short names of the corpus's long organisation names: found names, and words the dictionary
    knows as an organisation or an abbreviation (tags ``nt``, ``j``) written in the text."""
    longs = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{5,20}", n) and kind_votes(cs) == "org"]
    if not longs:
        return []
    shorts = {n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", n) and kind_votes(cs) == "org"}
    for simple, _ in paragraphs.values():
        for _a, _b, tok in _spans(simple)[0]:
            if 3 <= len(tok) <= 8 and word_tag(tok) in ("nt", "j") and re.fullmatch(r"[\u4e00-\u9fff]+", tok):
                shorts.add(tok)
    by_end: dict[str, list[str]] = {}
    for n in longs:  # a short name ends on its long name's last character: only those are tried
        by_end.setdefault(n[-1], []).append(n)
    out = []
    for short in sorted(shorts):
        chars = set(short)
        owners = [n for n in by_end.get(short[-1], ()) if chars <= set(n) and contracts(short, n)]
        # a body named with and without its country is one body ("中国|全国人民代表大会常务委员会")
        owners = [n for n in owners if not any(o != n and n.endswith(o) for o in owners)]
        if len(owners) == 1:
            out.append(Candidate(short, "org", "abbreviation", alias=owners[0]))
    return out
