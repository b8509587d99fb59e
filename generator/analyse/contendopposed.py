"""Opposed contentions (any topic): a claim and a sentence the grouping kept apart because it takes
the opposite stance on it ("让人笑而不语", "言过其实", "不认同"); the question is the claim the answer
quotes, else the claim's statement. Two sentences that both say "cannot" agree and make no question
(``_both_deny``); words that mock a claim rather than argue against it are ``MOCKING``. A split of
``contentions``."""

from __future__ import annotations

import hashlib
import re

from .grouping import STANCE
from .disputesides import STRONG
from .model import Contention, Point, Side
from .text import to_simplified


def _point_of(c, points: list[Point]) -> Point | None:
    """The point citing a candidate's sentence."""
    s = c.sentence
    for p in points:
        for x in p.citations:
            if x.article == s.article and x.paragraph == s.paragraph and x.quote in s.original:
                return p
    return None


#: A claim quoted in full in an answer (a phrase of a sentence's length, not a word in quotes).
_QUOTED_CLAIM = re.compile(r"[“「『]([^“”「」『』]{10,60})[”」』]")


def _opposed(pairs, points: list[Point]) -> list[Contention]:
    """A claim and a sentence taking the opposite stance on it (the grouping kept them apart):
    "百度是全球大厂第一个…" against "…的自我表扬，让人笑而不语"."""
    out: list[Contention] = []
    used: set[str] = set()
    for seed, other in pairs:
        p, q = _point_of(seed, points), _point_of(other, points)
        if p is None or q is None or p.id == q.id or p.id in used or q.id in used:
            continue
        if seed.sentence.article != other.sentence.article and \
                any(STRONG.search(x.sentence.simple) for x in (seed, other)):
            continue  # a sentence stating whom it answers ("另一派则认为", "对这一点我不同意") answers its own page's view
        if any(w in p.statement for w in STANCE):
            p, q = q, p
        if _both_deny(p.statement, q.statement):
            continue
        cid = "contention-" + hashlib.sha1((p.id + q.id).encode()).hexdigest()[:6]
        # the question is the claim the answer quotes to mock or deny ("什么'…第一个…竞争者'，
        # 谷哥笑而不语"), else the claim's statement
        quoted = [m.group(1) for x in q.citations for m in _QUOTED_CLAIM.finditer(x.quote)]
        asked = max(quoted, key=len) if quoted else p.statement
        out.append(Contention(
            id=cid, topic=to_simplified(asked, "zh-Hant").rstrip("。！!…") + "？",
            a=Side("持此看法", (p.id,), p.citations, p.statement, p.speakers),
            b=Side("质疑或反对", (q.id,), q.citations, q.statement, q.speakers)))
        used.update((p.id, q.id))
    return out


#: A clause saying something cannot, will not or does not measure up ("难以完全替代", "比不上").
_CANNOT = re.compile(r"难以|无法|不能|不可能|比不上|不如|赶不上|不足以|不会|并不|并非|没有|有限|(?<![少免])不了")


def _both_deny(claim: str, answer: str) -> bool:
    """Two sentences that both say "cannot" agree ("国内市场难以完全替代中国市场" and "东南亚的加工
    能力短期内都比不上中国"): an answer doubting without a stance word of its own ("笑而不语",
    "言过其实") is no answer to a claim whose last clause doubts too."""
    clauses = [c for c in re.split(r"[，,；;。！？!?]", claim) if c.strip()]
    # "单靠延迟退休解决不了养老金的长期问题，还需要…" / "但单靠延迟退休不足以填补缺口，仍需…": a "cannot"
    # clause of each on the same thing (three pairs of characters in common) is one view twice
    answers = [_pairs(c) for c in re.split(r"[，,；;。！？!?]", answer) if _CANNOT.search(c)]
    if any(len(_pairs(c) & a) >= 3 for c in clauses if _CANNOT.search(c) for a in answers):
        return True
    return bool(clauses) and bool(_CANNOT.search(clauses[-1])) and _CANNOT.search(answer) is not None \
        and not any(w in answer for w in STANCE + MOCKING)


def _pairs(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


#: Words that mock a claim rather than argue against it (a doubt in earnest, "为时过早", stays a point).
MOCKING = ("笑而不语", "自我表扬", "言过其实", "夸大其词", "文不对题", "一脸懵圈", "自吹自擂")
