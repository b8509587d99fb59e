"""Rejected reports: a sentence that names a report or a claim and rejects it ("针对外媒关于…将减少三成的报道，…回应称，
这一说法没有依据", "网传…的消息不实") disputes the sentence, in any article, that makes the claim it names — a
domestic outlet answering a foreign one, an official answering a rumour, a company answering a report (issue 13,
property 6); any topic; a split of ``disputes``.

The claim named is what the rejecting sentence says the report says ("关于X的报道", "称X的说法"), else its own head
before the rejection; the sentence making it is the one, of another article first, sharing the most of its content
words (at least ``SHARED``, and most of them). The rejection's argument is the sentence itself and the next one of its
paragraph or the paragraph after, when that one carries a figure or a denial (its evidence).
"""

from __future__ import annotations

import re

from .exchanges import CONTRARY
from .text import Sentence, content_tokens, is_whole_sentence

__all__ = ["rejected_reports", "REJECTS"]

#: A rejection of a report or a claim as unfounded or untrue.
REJECTS = re.compile(r"(?:没有|毫无|缺乏|并无|没有任何|毫无任何|缺少)(?:事实|科学|数据)?(?:依据|根据)|无(?:事实|科学)?依据|"
                     r"(?:消息|说法|报道|传闻|传言|内容)(?:严重)?(?:不实|失实)|不符合事实|与事实不符|并非事实|不是事实|"
                     r"站不住脚|纯属谣言|纯属捏造|子虚乌有|系谣言|是谣言|予以否认|并不属实|不属实")
#: The claim a rejecting sentence names: "关于X的报道", "针对X的说法", "称X的说法".
_NAMED = re.compile(r"(?:关于|针对|对于|有关|称|说|指)(?:[^，。“”]{0,12}?(?:关于|称|说))?[“「]?(?P<c>[^，。“”「」]{6,60}?)[”」]?"
                    r"的(?:报道|说法|传闻|消息|传言|言论|指控|猜测|观点)")
#: Characters of a sentence read for its rejection and the claim it names (a 1 MB line is read no further).
HEAD = 300
#: Content words a claim's sentence must share with the claim named.
SHARED = 2


def _words(text: str, stop: frozenset) -> set[str]:
    return {t for t in content_tokens(text[:300]) if len(t) >= 2 and re.search(r"[\u4e00-\u9fff]", t)
            and not {t[i:i + 2] for i in range(len(t) - 1)} <= stop}


def rejected_reports(sents: list[Sentence], stop: frozenset) -> list[tuple[list, list]]:
    """(the claim's sentence, the rejection and its evidence) for every sentence rejecting a claim it names, whose
    claim some sentence of the corpus makes. ``stop``: pairs of characters of the topic's own names."""
    rejecting = [k for k, x in enumerate(sents) if REJECTS.search(x.simple[:HEAD]) and is_whole_sentence(x.original)]
    if not rejecting:
        return []
    wanted: dict[int, set[str]] = {}
    for k in rejecting:
        x = sents[k]
        head = x.simple[:REJECTS.search(x.simple[:HEAD]).start()]  # (what it rejects comes before the rejection)
        m = _NAMED.search(head)
        named = m.group("c") if m else head
        words = _words(named, stop)
        if len(words) >= SHARED:
            wanted[k] = words
    if not wanted:
        return []
    # one pass over the corpus: each sentence scored only against the rejections whose words it uses
    posting: dict[str, list[int]] = {}
    for k, words in wanted.items():
        for w in words:
            posting.setdefault(w, []).append(k)
    best: dict[int, tuple[tuple, int]] = {}
    for j, y in enumerate(sents):
        if j in wanted or REJECTS.search(y.simple) or not is_whole_sentence(y.original):
            continue
        hits: dict[int, int] = {}
        for w in _words(y.simple, stop) & posting.keys():
            for k in posting[w]:
                hits[k] = hits.get(k, 0) + 1
        for k, n in hits.items():
            if n < SHARED or n * 2 < len(wanted[k]) or (y.article == sents[k].article and j > k):
                continue
            key = (n, y.article != sents[k].article, -j)
            if k not in best or key > best[k][0]:
                best[k] = (key, j)
    out = []
    for k, (_, j) in sorted(best.items()):
        x = sents[k]
        answer = [x]
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        if nxt is not None and nxt.article == x.article and nxt.para_index - x.para_index <= 1 \
                and is_whole_sentence(nxt.original) and (re.search(r"\d", nxt.simple) or CONTRARY.search(nxt.simple)):
            answer.append(nxt)
        out.append(([sents[j]], answer))
    return out
