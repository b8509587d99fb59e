"""A kind of institution is no institution's name: "定点医院", "家长委员会", "村民委员会", "宠物医院",
"卫生院" say what sort of body (a common noun before a body's head word), not which one. Such a
word stays only as the short form of a name found in full (滨江市儿童医院 → 儿童医院), where the
spellings are merged; alone, with nothing but its suffix to vouch for it, it is left out."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import _cut, _has_proper, word_tag

__all__ = ["without_kinds_of_body"]

#: The head words of bodies (longest first); what stands before them may be a name or a kind.
_BODY_HEADS = ("委员会", "研究院", "研究所", "幼儿园", "派出所", "医院", "学校", "中学", "小学", "大学", "学院", "中心",
               "协会", "银行", "法院", "诊所", "公司", "院", "会", "所", "站")
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


def without_kinds_of_body(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``found`` without the organisations that are a common noun and a body's head word, vouched
    for by their suffix only and the tail of no longer name found."""
    kinds = {name for name, cands in found.items()
             if cands and all(c.kind == "org" and c.why in _SUFFIX_ONLY for c in cands) and _kind_of_body(name)
             and not any(other != name and other.endswith(name) for other in found)}
    # its short form in brackets goes with it ("家长委员会（家委会）")
    return {name: cands for name, cands in found.items()
            if name not in kinds and not (cands and all(c.alias and c.alias in kinds for c in cands))}
