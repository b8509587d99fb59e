"""Opposites: two holders saying opposite things of the same subject, with no frame between them
(any topic; a split of ``disputes``).

A sentence takes a direction on a general axis (``AXES``: a large effect or a limited one, safe or
not, a benefit or none, credible or not, will or will not), read from the clause it ends on ("…确实
首当其冲；但对整体经济而言，分量很轻" is a limited effect). Two sentences are opposite when they take
opposite directions on one axis, are held by different named holders, and share the subject: the
content words their opposing clauses name (the industry, the object, the measure), not the topic's
own names. A "will not" clause and a "will" clause are opposite only when they name the same action
("不会因为某一款竞品调整价格体系" / "跟进调整价格只是时间问题").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence, content_tokens, is_whole_sentence

__all__ = ["AXES", "direction", "opposite_pairs"]

#: Per axis, the words of each direction (general words of effects, risks and judgements).
AXES: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "magnitude": (
        re.compile(r"灭顶之灾|重创|沉重打击|毁灭性|(?:巨大|严重|重大)的?(?:冲击|打击|损失)|(?:冲击|打击|损失)(?:巨大|惨重)"),
        re.compile(r"(?:冲击|影响|打击|分量|损失)[^，。；]{0,4}?(?:有限|很小|不大|很轻|微乎其微|相当有限)|分量很轻|"
                   r"几乎没有影响|影响不大")),
    "safety": (
        re.compile(r"符合[^，。；]{0,6}安全标准|(?:科学|技术)上(?:没有|不存在)问题|(?:风险|剂量)[^，。；]{0,4}"
                   r"(?:很低|极低|极小|极其微小|远低于)|是安全的"),
        re.compile(r"不安全|风险(?:很大|极大|不明|未知)|没有人能打包票|并不真正知道|数据不足|缺乏充分研究|"
                   r"不确定性(?:很大|太大)|存在(?:安全)?隐患")),
    "benefit": (
        re.compile(r"(?:将|有望|会)(?:明显|直接)?受益|迎来[^，。；]{0,6}需求|替代空间在|业绩有望"),
        re.compile(r"(?:业绩|营收)[^，。；]{0,8}(?:贡献|影响)[^，。；]{0,4}(?:有限|很小|几乎没有)|难以受益|并不受益")),
    "credible": (
        re.compile(r"(?:科学|客观)、?(?:中立|公正)|权威可信|值得信任"),
        re.compile(r"不可信|不值得(?:无条件)?信任|(?:无法|不能)为[^，。；]{0,12}背书|范围本身有限|信任赤字")),
    # when a thing comes: soon ("快速进入商业化应用阶段") or far off ("距离落地还有巨大的鸿沟", "漫长的过程")
    "timing": (
        re.compile(r"(?:快速|迅速|很快|即将|短期内)(?:进入|实现|落地|商业化|普及|投入)|(?:落地|商业化|普及)[^，。；]{0,4}(?:加速|提速)"),
        re.compile(r"漫长的过程|远未(?:到|成熟|落地)|(?:距离|离)[^，。；]{1,12}还有[^，。；]{0,4}(?:很长|漫长|巨大|不小|一段|很远)|"
                   r"短(?:时间|期)内?(?:难以|无法|不会|不能)|不意味着短(?:时间|期)|尚未(?:成熟|形成闭环)")),
    # a gap between rivals: widening ("进一步拉大了差距") or closing ("可以逐步赶上")
    "gap": (
        re.compile(r"(?:拉大|扩大)[^，。；]{0,14}差距|差距[^，。；]{0,6}(?:拉大|扩大|还不止)|(?:无法|难以|不能)(?:超越|追上|赶上)"),
        re.compile(r"(?:逐步|很快|能够|能|可以|有望)(?:赶上|追上|追平|缩小[^，。；]{0,4}差距)")),
}
_ANY = re.compile("|".join(f"(?:{rx.pattern})" for pair in AXES.values() for rx in pair))
#: (the 不会 of an A-not-A question, "会不会被卷进…", asks and refuses nothing)
_WILL_NOT = re.compile(r"(?<!会)不会(?:因为[^，。；]{1,12}?而?)?(?P<act>[^，。；“”「」]{2,12})")
_WILL = re.compile(r"只是时间问题|势必|必然|(?<!不)会|(?<!不)将")
_NEGATED = re.compile(r"不|没有|并非|未必|难以")
_CLAUSE = re.compile(r"[，；。！？,;]")
#: Pairs of judging sentences compared at most (the comparison is quadratic in their number).
MAX_PAIRS = 200_000


def _clause_of(simple: str, rx: re.Pattern) -> str:
    """The clause of a sentence holding a match of ``rx`` (the claim, for the question)."""
    for clause in _CLAUSE.split(simple):
        if rx.search(clause):
            return clause.strip()
    return ""


@lru_cache(maxsize=1 << 17)  # (a shared dict: read, never changed)
def direction(simple: str) -> dict[str, int]:
    """Per axis, +1 or −1: the direction of the last clause that takes one."""
    out: dict[str, int] = {}
    if not _ANY.search(simple):
        return out  # (most sentences judge nothing: one scan settles it)
    for axis, (yes, no) in AXES.items():
        last = (-1, 0)
        for rx, sign in ((yes, 1), (no, -1)):
            for m in rx.finditer(simple):
                if m.start() > last[0]:
                    last = (m.start(), sign)
        if last[1]:
            out[axis] = last[1]
    return out


def _bigrams(text: str) -> set[str]:
    """The action a clause names, as its pairs of Chinese characters (word cuts differ: 价格体系 / 价格)."""
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", text[:200])
    return {cjk[i:i + 2] for i in range(len(cjk) - 1)}


def _subject(simple: str, stop: frozenset) -> set[str]:
    return {t for t in content_tokens(simple) if len(t) >= 2 and t not in stop}


def _other_actor(clause: str, act: set[str], refusal: Sentence, refusers: set[str]) -> bool:
    """Whether a "will" clause names an actor of its own (the words before the action it shares with
    a refusal) whom the refusal names nowhere, neither as its holder nor in its sentence."""
    text = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", clause)
    cut = next((i for i in range(len(text) - 1) if text[i:i + 2] in act), 0)
    actor = re.sub(r"(?:跟进|跟随|也|将|会|势必|必然|或|可能|被迫|不得不|继续)+$", "", text[:cut])
    if len(actor) < 2 or re.match(r"(?:该|其|这|它|他|她|对方|双方)", actor):
        return False  # no actor named, or one referred back to: the refusal may be theirs
    named = refusal.simple + "".join(refusers)
    return actor not in named and not any(h and h in actor for h in refusers)


def opposite_pairs(sents: list[Sentence], topic_terms, holder_of) -> list[tuple[Sentence, Sentence, str]]:
    """(claim, opposite, the claim's clause) pairs: different named holders, opposite directions on one axis,
    the same subject (two content words in common outside the topic's names), or the same action
    willed and refused."""
    stop = frozenset(topic_terms)
    held, willing = [], []
    for s in sents:
        d = direction(s.simple)
        refused = [m.group("act") for m in _WILL_NOT.finditer(s.simple)]
        wills = bool(_WILL.search(s.simple))
        if not (d or refused or wills) or not is_whole_sentence(s.original):
            continue
        holders = {sp.name for sp in holder_of(s)}
        if holders:
            row = (s, d, refused, holders, _subject(s.simple, stop))
            if d or refused:
                held.append(row)
            if wills:
                willing.append(row)
    out = []
    seen: set[tuple] = set()
    budget = MAX_PAIRS
    for axis in AXES:
        # each sentence of one direction against those of the other sharing a subject word
        # (looked up in an index of the other side's words, not compared pairwise)
        neg = [row for row in held if row[1].get(axis) == -1]
        index: dict[str, list[int]] = {}
        for k, row in enumerate(neg):
            for t in row[4]:
                index.setdefault(t, []).append(k)
        for x, dx, _rx, hx, sx in (row for row in held if row[1].get(axis) == 1):
            shared: dict[int, int] = {}
            for t in sx:
                for k in index.get(t, ()):
                    shared[k] = shared.get(k, 0) + 1
            for k in sorted(k for k, n in shared.items() if n >= 2):
                budget -= 1
                if budget < 0:
                    return out  # (a corpus this full of judgements keeps the pairs found so far)
                y, dy, _ry, hy, sy = neg[k]
                if hx & hy or (x.article == y.article and x.paragraph == y.paragraph) or (x.index, y.article, y.index) in seen:
                    continue
                out.append((x, y, _clause_of(x.simple, AXES[axis][0])))
                seen.add((x.index, y.article, y.index))
    grams = None  # each willing sentence's clauses of will (not negated) with their pairs: made once
    for x, dx, rx, hx, sx in held:  # will not (x) against will (y), the same action named
        for act in rx:
            want = _bigrams(act)
            if grams is None:
                grams = [[(clause, _bigrams(clause)) for clause in _CLAUSE.split(row[0].simple)
                          if _WILL.search(clause) and not _NEGATED.search(clause)] for row in willing]
            for (y, dy, ry, hy, sy), clauses in zip(willing, grams):
                if y is x or hy & hx or y.article == x.article:
                    continue
                for clause, pairs in clauses:
                    if len(want & pairs) >= 3:
                        if _other_actor(clause, want, x, hx):
                            break  # "乙跟进降价只是时间问题" / 甲: "不会降价": each speaks of another actor
                        out.append((y, x, clause))  # "跟进调整价格只是时间问题" / "不会因为竞品调整价格体系"
                        break
    return out
