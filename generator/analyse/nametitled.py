"""Names and roles a text runs together with other words (a split of ``entities``): a wire's dateline read before
a title is no role, a body, a title and a person's name written as one ("欧盟委员会主席冯德莱恩") list the person,
and a transliterated name written beside a person the corpus names ("在纳德拉和黄仁勋的守护下") is a person too."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namerules import kind_votes
from .namewords import SURNAMES, _TR, word_tag

__all__ = ["DATELINE_HEAD", "coordinated_people", "fused_title"]


#: A wire story's dateline and credit read before a title ("环亚社布鲁塞尔9月19日电（记者李静文）中国商务部部长"):
#: where and when the story was filed, never the person's role.
DATELINE_HEAD = re.compile(r"^.*?\d{1,2}\s*日\s*[电電讯訊]\s*(?:[（(][^）)]{0,16}[）)])?\s*")


def fused_title(name: str) -> tuple[str, str] | None:
    """(the role, the person) of a name that is a body, a title and a person's name run together, as a bracket's
    original is read back to where the clause opens ("欧盟委员会主席冯德莱恩"): a public office or a post closes
    four characters or more, then a person's name of two to four characters (or a transliteration with its dot)."""
    for title in _FUSED_TITLES:
        at = name.rfind(title)
        person, role = name[at + len(title):], name[:at + len(title)]
        if at < 0 or len(role) < 4 or not _FUSED_NAME.fullmatch(person):
            continue
        if person[0] in SURNAMES or "·" in person or len(person) >= 3 and word_tag(person) in ("nr", "nrt", "nrfg", ""):
            return role, person
    return None


_FUSED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_FUSED_TITLES = ("首席执行官", "副总统", "秘书长", "总干事", "发言人", "董事长", "主席", "总统", "总理", "首相", "部长", "外长",
                 "总裁", "行长", "大使", "市长", "州长")


def coordinated_people(found: dict[str, list[Candidate]], paragraphs) -> list[Candidate]:
    """People written beside a person the corpus names, joined by 和, 与, 及 or 、, whose name is a transliteration
    of three to five characters the dictionary does not know as a common word ("纳德拉和黄仁勋", "黄仁勋与皮查伊"):
    two people side by side, the same kind."""
    people = [n for n, cs in found.items() if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", n) and kind_votes(cs) == "person"]
    if not people:
        return []
    names = "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True))
    tr = "".join(sorted(set(_TR)))
    pattern = re.compile(rf"(?<![{tr}])([{tr}]{{3,5}})(?:和|与|及|、)(?:{names})|(?:{names})(?:和|与|及|、)([{tr}]{{3,5}})(?![{tr}])")
    out = []
    for simple, _ in paragraphs.values():
        for m in pattern.finditer(simple):
            name = m.group(1) or m.group(2)
            if name not in found and (not word_tag(name) or word_tag(name).startswith("nr")):
                out.append(Candidate(name, "person", "coordinated"))
    return out
