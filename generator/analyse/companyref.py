"""Whose "公司" a statement means.

An investor-relations line or a listed company's answer speaks of itself as "公司", "该公司" or
"本公司" ("公司拥有海量的 IP…", "通过公司现有成熟短剧…"). Cut out of its paragraph as a briefing
statement, the word names no one. ``name_company`` puts the organisation the text has say the
sentence in its place: the statement's own holder, else the organisation quoted in the same
article's paragraph just before (a company's answer going on in the next paragraph). A holder who
writes *about* a company (a broker's note, a paper's report: "中信证券认为，公司业绩…") is never
taken for it, and "上市公司", "科技公司" are a kind of company, not a back-reference.

``unresolved_company`` says whether a statement still holds such a word (the overview leaves it out).
"""

from __future__ import annotations

import re

__all__ = ["name_company", "unresolved_company"]

#: "公司" standing alone: "该公司"/"本公司", or "公司" after the start, a pause or a word that takes
#: a noun after it ("通过公司现有…", "对公司…"), never inside a longer name ("上市公司", "子公司").
_COMPANY = re.compile(
    r"(?:该|本)公司(?!们)|(?:(?<=^)|(?<=[，。；：、“”「」（）\s])|(?<=通过|由于|对于|关于|作为|随着|依托|借助|目前|未来|今年|去年)|"
    r"(?<=[由让使将把为对从在与和及是给向令据]))公司(?![们法章债])")
#: A holder who writes about companies rather than for one: a broker, a research house, a bank,
#: a fund, a rating agency, a newspaper, a site, a broadcaster.
_OBSERVER = re.compile(r"(?:证券|证券公司|研究院|研究所|研究中心|研究部|银行|基金|资本|投资|资管|评级|咨询|财经|"
                       r"日报|晚报|时报|周刊|杂志|报|网|社|台|媒体)$")


#: A reporting frame before the word: its holder ("…公司总经理孙某告诉记者，公司…", "一位中航内部人士
#:透露，公司…") tells the reader whose company it is.
_FRAME_BEFORE = re.compile(r"(?:表示|透露|告诉|介绍|指出|坦言|直言|说|称)")


def unresolved_company(statement: str) -> bool:
    """Whether ``statement`` speaks of "公司" / "该公司" / "本公司" without naming it (no reporting
    frame before the word says whose)."""
    m = _COMPANY.search(statement or "")
    return bool(m) and not _FRAME_BEFORE.search(statement[:m.start()])


def _before(paragraph: str) -> str:
    m = re.fullmatch(r"p(\d+)", paragraph or "")
    return f"p{int(m.group(1)) - 1}" if m else ""


def name_company(statement: str, article: str, paragraph: str, holders, simple_of) -> str:
    """``statement`` with its bare "公司" made the organisation that says it (see the module's note):
    ``holders`` are the sentence's own speakers first, then the point's; ``simple_of`` writes a
    name in simplified script. Unchanged when no single organisation holds it."""
    if not unresolved_company(statement):
        return statement
    own = [h for h in holders if h.article == article and h.paragraph == paragraph]
    near = [h for h in holders if h.article == article and h.paragraph == _before(paragraph)]
    for pool in (own, near):
        orgs = list(dict.fromkeys(simple_of(h.name) for h in pool if h.kind == "org"))
        if not pool:
            continue
        if len(orgs) != 1 or len(pool) != len([h for h in pool if h.kind == "org"]):
            return statement  # a person or two bodies: whose company is unsure
        name = orgs[0]
        if _OBSERVER.search(name) or len(name) < 2:
            return statement
        return _COMPANY.sub(name, statement)
    return statement
