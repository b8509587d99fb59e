"""The facets of a sentence: the specific claims it makes in words any outlet uses
(``general.FACETS``: "stock-down", "funding" …) and the strong effects it denies or defers
("denies-disrupt": "为时过早", "不足以颠覆"), a negation counted only shortly before the effect word.
A split of ``claims``, which re-exports ``_facets`` (grouping, recruit and points read it there)."""

from __future__ import annotations

import re
from functools import lru_cache

from .general import DENIABLE, DENIALS, FACETS, NEGATION_REACH


_NEGATION = re.compile(r"不|无法|难以|难言|并非|没有|未必")


def _denied(simple: str) -> set[str]:
    """The strong effects a sentence denies or defers: a denial word anywhere in it
    ("为时过早", "不认同") or a negation shortly before the effect word ("不足以颠覆")."""
    out = set()
    whole = any(d in simple for d in DENIALS)
    for effect, words in DENIABLE.items():
        for w in words:
            for m in re.finditer(re.escape(w), simple):
                before = simple[max(0, m.start() - NEGATION_REACH):m.start()]
                before = re.split(r"[，。；：！？,;:]", before)[-1]
                # an odd number of negations: "没有什么是不可替代的" denies nothing
                if whole or len(_NEGATION.findall(before)) % 2 == 1:
                    out.add("denies-" + effect)
    return out


#: Facets read from a sentence's structure rather than its words: a wait too long for those waiting
#: ("排队太长了", "排队时间过长", "排队3、4个小时", "排了好几个小时", "等候超过2小时"), in any story of
#: crowds, services or supplies.
SHAPED_FACETS = {
    # (hours of it, two or more, or "too long"; half an hour in a queue for a new drink is a crowd, no wait
    # too long)
    "long-wait": re.compile(r"(?:排队|排隊|等候|候车|排了|等了)[^，。；！？]{0,6}?(?:时间)?(?:过长|太长|"
                            r"(?:超过|长达|足足|近|约)?(?:[2-9](?:[、至到-][0-9]{1,2})?|1[0-9]|[二三四五六七八九十两]|好几|几|数)"
                            r"(?:个)?(?:多)?(?:小时|钟头|个钟))"),
    # the thing itself not ready ("Sora尽管不成熟", "技术还不成熟"); the immaturity of one part it
    # names is the cause of flaws in what it makes ("其根源在于世界模型的不成熟，这会带来三个问题：
    # 物体会扭曲…"), a narrower claim than "only a toy, far from use"
    "not-ready": re.compile(r"(?<![的之])不成熟"),
    "flawed": re.compile(r"(?<=[的之])不成熟"),
    # hands too few for the work ("打扫卫生请不到人", "最大的难处是招不到人", "岗位普遍招工难", "人手紧缺"),
    # in any story of services, trades or seasons; not a debt no one pays ("损失找不到人赔")
    "staff-short": re.compile(r"(?:招|请|雇)(?:不到|不来|不着)(?:人|员工|工人|帮手)|人手(?:紧缺|不足|短缺|紧张|不够)|"
                              r"用工荒|招工难|缺人手|(?:用工|人手|员工)[^，。；！？]{0,12}?(?:紧缺|短缺|缺口)"),
}


@lru_cache(maxsize=1 << 16)  # a pure function of the sentence: kept across a serve session's saves
def _facets(simple: str) -> frozenset[str]:
    """The specific claims a sentence makes in words any outlet uses (``general.FACETS``) or in
    a shape of its own (``SHAPED_FACETS``), and the strong effects it denies (``denies-disrupt`` …)."""
    low = simple.lower()
    return frozenset({f for f, words in FACETS.items() if any(w.lower() in low for w in words)}
                     | {f for f, rx in SHAPED_FACETS.items() if rx.search(simple)} | _denied(simple))
