"""One holder under several names: a person named once in full ("高志远") and then by a short form
("高教授", "高某", "老高", "志远"), in either script. A contention's two sides are never one person:
``same_person`` is how the contention modules tell (general forms of Chinese address, no list of
anyone's names)."""

from __future__ import annotations

import re

from .text import to_simplified

__all__ = ["same_person", "one_of"]

#: Titles and forms of address that follow a surname to make a short form of a person's name.
_TITLES = ("教授", "副教授", "老师", "先生", "女士", "小姐", "博士", "院士", "研究员", "总", "董", "经理", "主任",
           "局长", "处长", "科长", "部长", "厅长", "市长", "县长", "区长", "镇长", "乡长", "村长", "书记", "主席",
           "师傅", "医生", "大夫", "律师", "记者", "工", "姐", "大姐", "哥", "大哥", "叔", "阿姨", "某", "老板",
           "校长", "所长", "会长", "秘书长", "理事长", "董事长", "总经理", "总监", "院长", "馆长", "站长", "队长")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: Last characters of an organisation's or a place's name ("交通局", "商务部"): no person's full name.
_NOT_A_NAME = re.compile(r"(?:局|部|委|院|会|司|所|厅|处|行|社|台|站|厂|校|馆|队|组|办|署|省|市|县|区|镇|村|网|报|方|界)$")
_KEEP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")


def _norm(name: str) -> str:
    return _KEEP.sub("", to_simplified(name or "", "zh-Hant")).lower()


def _short_of(full: str, short: str) -> bool:
    """Whether ``short`` is a short form of the full Chinese name ``full`` (2–4 characters)."""
    if not _HAN.fullmatch(full) or short == full or _NOT_A_NAME.search(full):
        return False
    for n in (1, 2):  # a one- or two-character surname (欧阳, 司马 …)
        if len(full) <= n:
            break
        surname = full[:n]
        if short.startswith(surname) and short[n:] in _TITLES:
            return True
        if short in ("老" + surname, "小" + surname):
            return True
    return len(full) >= 3 and short == full[1:]  # the given name alone


def same_person(x: str, y: str) -> bool:
    """Whether two holder names name one person: equal in either script, or a full name and a short
    form of it ("高志远" / "高教授", "高某", "老高", "志远")."""
    a, b = _norm(x), _norm(y)
    if not a or not b:
        return False
    return a == b or _short_of(a, b) or _short_of(b, a)


def one_of(name: str, names) -> bool:
    """Whether ``name`` names one of ``names``' people."""
    return any(same_person(name, n) for n in names)
