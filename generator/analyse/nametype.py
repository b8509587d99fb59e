"""A kind of institution is no institution's name: "定点医院", "家长委员会", "村民委员会", "宠物医院",
"卫生院" say what sort of body (a common noun before a body's head word), not which one. Such a
word stays only as the short form of a name found in full (滨江市儿童医院 → 儿童医院), where the
spellings are merged; alone, with nothing but its suffix to vouch for it, it is left out."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _cut, _has_proper, word_tag

__all__ = ["without_kinds_of_body", "without_plural_bodies"]

#: The head words of bodies (longest first); what stands before them may be a name or a kind.
_BODY_HEADS = ("委员会", "研究院", "研究所", "幼儿园", "派出所", "医院", "学校", "中学", "小学", "大学", "学院", "中心",
               "协会", "银行", "法院", "诊所", "公司", "保险", "院", "会", "所", "站")
#: A head counted or sized ("多家出版社", "中小图书公司", "部分银行"), or a clause with a negation or a
#: verb before it ("没买保险"): a description of some bodies, not the name of one.
_COUNTED = re.compile(r"(?:[多几数各每诸两三四五六七八九十百千\d]+家|部分|一些|若干|众多|诸多|大中小|中小|大中型|中小型|小型|大型|中型|个别|有的|其他|其它|其余)")
_ASSOCIATION = re.compile(r"(?:协会|商会|联合会|委员会|联盟|研究会|促进会)$")
_NEGATED = re.compile(r"^(?:没有?|未|不|无|非|别|尚未|从未|并未)")
#: Contexts that find a name by its suffix or its shape alone.
_SUFFIX_ONLY = frozenset(("suffix", "suffix-plain", "public", "enumeration", "data-source", "heading"))
#: jieba's tags of a common word (a noun, a noun-like verb or adjective), not a proper one.
_COMMON_TAGS = ("n", "vn", "an", "a", "v")
_PROPER_TAGS = ("nr", "ns", "nt", "nz", "j")


def _kind_of_body(name: str) -> bool:
    for suffix in _BODY_HEADS:
        head = name[:-len(suffix)]
        if name.endswith(suffix) and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", head) and _cut(head) == (head,):
            tag = word_tag(head)
            return tag.startswith(_COMMON_TAGS) and not tag.startswith(_PROPER_TAGS) and not _has_proper(head)
    return False


def _description(name: str) -> bool:
    """Some bodies described, none named: a counted or sized head, a negated clause."""
    m = _COUNTED.search(name)
    if m and len(name) - m.end() >= 2 and not _ASSOCIATION.search(name):
        return True  # ("百家号": a product's name; "中小企业协会": one association of them)
    first = _cut(name)[0]
    neg = _NEGATED.match(first)
    if not neg or word_tag(first) and not word_tag(first).startswith(("v", "d")):
        return False  # "不动产登记中心", "无锡银行", "未来研究院": a word that opens on a negation's character
    rest = first[neg.end():]
    return not rest or word_tag(rest).startswith("v")


def without_kinds_of_body(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``found`` without the organisations that are a common noun and a body's head word, vouched
    for by their suffix only and the tail of no longer name found."""
    kinds = {name for name, cands in found.items()
             if cands and all(c.kind == "org" and c.why in _SUFFIX_ONLY for c in cands)
             and (_kind_of_body(name) or _description(name))
             and not any(other != name and other.endswith(name) for other in found)}
    # its short form in brackets goes with it ("家长委员会（家委会）")
    return {name: cands for name, cands in found.items()
            if name not in kinds and not (cands and all(c.alias and c.alias in kinds for c in cands))}


#: A scope before a body's head that makes it many bodies ("全国哨点医院", "各地定点医院", "多个监测站").
_SCOPE_BEFORE = re.compile(r"(?:全国|各地|各级|各个|多个|多家|部分|这些|那些|所有|各)$")
#: A scheme after an insurance ("巨灾保险制度", "…保险试点"): a kind of cover, no insurer.
_SCHEME_AFTER = re.compile(r"(?:制度|体系|试点|产品|条款|机制|覆盖|险种)")


def without_plural_bodies(found: dict[str, list[Candidate]], corpus: str) -> dict[str, list[Candidate]]:
    """``found`` without the bodies vouched for by their suffix only that the corpus names only in
    the plural (each time after a scope: "全国哨点医院") and the insurances it calls a scheme
    somewhere ("巨灾保险制度")."""
    out = dict(found)
    for name, cands in found.items():
        if not cands or not all(c.kind == "org" and c.why in _SUFFIX_ONLY for c in cands) or len(name) < 4:
            continue
        at = [m.start() for m in re.finditer(re.escape(name), corpus)]
        if at and all(_SCOPE_BEFORE.search(corpus, max(0, i - 2), i) for i in at):
            del out[name]
        elif name.endswith("保险") and any(_SCHEME_AFTER.match(corpus, i + len(name)) for i in at):
            del out[name]
    return out
