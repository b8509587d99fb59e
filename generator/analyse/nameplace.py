"""A company written with where it comes from before its name ("美国通用汽车", "台北大鹏旅行社",
"美商霍尼韦尔", "法国赛峰集团"): the place or the origin ("美商": an American firm) says where the
company is, the company goes by the rest. The rest becomes a spelling of the same entry, so the
index lists the company once, under the name readers know, wherever either spelling stands.

A public body keeps its place (北京市教育局, 美国联邦航空总署, 新加坡国立大学: the place is part of
the name, and 美国国务院 is not 中国国务院), and so does a common noun after the place (英国石油公司,
日本东京电力公司, 哈尔滨冰雪大世界: "电力公司" names no one)."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namepublic import place_ends
from .namewords import _cut, word_tag

__all__ = ["without_place"]

#: An origin written before a company ("美商", "日资", "港商"): one character of a country or region and 商/资.
_ORIGIN = re.compile(r"^[美日韩德法英台港澳陆中外欧俄加澳星泰]商(?=[\u4e00-\u9fff]{2})")
#: What a public body, a school, a hospital, a newspaper ends with: its place is part of its name.
_PUBLIC_END = re.compile(r"(?:局|厅|部|委|委员会|院|署|办|办公室|政府|当局|议会|国会|法院|检察院|党|大学|学院|学校|中学|小学|"
                         r"幼儿园|医院|中心|研究所|协会|学会|联合会|基金会|报|日报|电视台|电台|广播|频道|站|馆|所|队|军|警方|"
                         r"海关|总署|特区|省|市|县|区|州)$")
#: jieba's tags of a word that names something (a person, a place, an organisation, a brand).
_PROPER = ("nr", "nt", "nz", "ns", "j")
#: jieba's tags of a common word (a noun, a verb used as one, an adjective).
_COMMON = ("n", "vn", "v", "a", "an")


def _rest(name: str) -> str:
    """The company's own name after a place or an origin opening ``name``, or ''."""
    m = _ORIGIN.match(name)
    if m:
        return name[m.end():]
    ends = place_ends(name)
    return name[ends[-1]:] if ends else ""


def _common(tok: str) -> bool:
    tag = word_tag(tok)
    return tag.startswith(_COMMON) and not tag.startswith(_PROPER)


def _names_someone(rest: str) -> bool:
    """The rest is a company's name: Chinese only, three characters or more, no public body, and
    what stands before its common words (造船, 有限公司) a name: proper words or none of the
    dictionary's ("诺|维克", "大鹏"), not a common noun ("石油|公司", "冰雪|大|世界")."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,12}", rest) or _PUBLIC_END.search(rest):
        return False
    whole = word_tag(rest)
    if whole:
        return whole.startswith(_PROPER)  # "通用汽车" (a company's word), not "电力公司"
    toks = list(_cut(rest))
    while toks and _common(toks[-1]):
        toks.pop()  # the trade and the company word after the name
    head = "".join(toks)
    return len(head) >= 2 and all(not word_tag(t) or word_tag(t).startswith(_PROPER) for t in toks)


#: A kind of business written before a company's name ("连锁咖啡店瑞幸咖啡", "新能源车企蔚来汽车").
_KIND_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:店|品牌|企业|平台|巨头|厂商|车企|券商|机构)(?=[\u4e00-\u9fff]{2})")
#: A company's registered form after the name it goes by ("哈尔滨冰雪大世界股份有限公司").
_REGISTERED = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")


def without_place(found: dict[str, list[Candidate]], corpus: str = "") -> dict[str, list[Candidate]]:
    """``found`` with, for each organisation named with its place or origin before it, the rest
    added as another spelling of it (merged through the candidate's alias); and for a company
    found only under its registered name, the name it goes by (without the registered form, and
    without its place) when the corpus writes that name alone at least twice ("冰雪大世界" for
    哈尔滨冰雪大世界股份有限公司)."""
    out = dict(found)
    for name, cands in found.items():
        if not cands or not any(c.kind == "org" for c in cands) or any(c.kind == "person" for c in cands):
            continue
        rest = _rest(name)
        if rest and rest != name and (rest in found or _names_someone(rest)):
            out[rest] = [*out.get(rest, []), Candidate(rest, "org", "without-place", alias=name)]
        kind = _KIND_BEFORE.match(name)  # "连锁咖啡店瑞幸咖啡": what sort of business, then its name
        # (the kind is common words only: "鸿翎汽车品牌|公关部" is a company's unit, not a kind and a name)
        brand = name[kind.end():] if kind and all(_common(t) for t in _cut(name[:kind.end()])) else ""
        if len(brand) >= 3 and not any(c.kind == "person" for c in found.get(brand, ())):
            out[brand] = [*out.get(brand, []), Candidate(brand, "org", "without-place", alias=name)]
        registered = _REGISTERED.search(name)
        if registered and corpus:
            core = name[:registered.start()]
            for short in dict.fromkeys((core, _rest(core))):
                if short in found and len(short) >= 2 and any(c.kind == "org" for c in found[short]) \
                        and not any(c.kind == "person" for c in found[short]):
                    out[short] = [*out[short], Candidate(short, "org", "short-form", alias=name)]  # "港岛日报" = 港岛日报有限公司
                elif len(short) >= 4 and short not in found and re.fullmatch(r"[\u4e00-\u9fff]+", short) \
                        and corpus.count(short) - corpus.count(name) >= 2:
                    out[short] = [Candidate(short, "org", "short-form", alias=name)]
    return out
