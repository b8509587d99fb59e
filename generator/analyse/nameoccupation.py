"""People a report names after what they do, as it names ordinary people it meets: an occupation
or a standing before the name ("出租车司机高永强开了十五年车", "老板赵德顺这半个月…", "导游孙丽娜说",
"家长吴先生在外企…"), and people who introduce themselves by surname ("我姓赵，赵德顺",
"免贵姓林，林海"). The job titles of officials and experts (``namevocab.TITLES``) are read in
``namepeople._titles``; these are the words for everyone else, which a title list leaves out.

General Chinese usage only: the nouns are what a person is (a driver, an owner, a parent, a
resident), never a name of anyone."""

from __future__ import annotations

import re

from ..greetings import SURNAME_INTRO
from .namecandidate import Candidate
from .namesegment import _tags
from .namewords import SURNAMES, _SPEECH_RE, _cut, _person_ok, _unknown_or_name, word_tag

__all__ = ["occupation_people", "surname_intro_people", "introduced_at", "SURNAME_INTRO"]

#: What a person is, as a report writes it before the person's name: a trade, an owner, a user of
#: a service, a member of the public.
_OCCUPATION = re.compile(r"(?:司机|的哥|老板娘|老板|店主|东主|摊主|店长|店员|服务员|厨师|保洁员?|前台|导游|领队|"
                         r"房东|业主|商户|经营者|从业者|经销商|代购|骑手|快递员|外卖员|民警|辅警|交警|保安|"
                         r"家长|学生|游客|旅客|乘客|顾客|消费者|市民|居民|村民|网友|患者|患儿家属|家属|"
                         r"爱好者|志愿者|工作人员|员工|职员|农民|工人|渔民|船长|机长)"
                         r"(?=[\u4e00-\u9fff])")
#: How often jieba's dictionary counts a word that, however tagged, is a common word and no
#: ordinary person's name (陈述 763, 张家口 303; a famous singer's name under 100).
_COMMON = 100
#: An honorific that stands for a withheld given name ("吴先生", "陈女士").
_HONORIFIC = re.compile(r"(先生|女士|小姐|阿姨|师傅|大爷|大姐|大哥)")


def _name_after(text: str, i: int) -> str:
    """The person's name at ``i``: a surname and an honorific ("吴先生"), or a surname and a given
    name of one or two characters, no word of the dictionary ("陈述", "高度") and not running into
    a verb of saying ("王某表示": 王某)."""
    if text[i:i + 1] not in SURNAMES:
        return ""
    h = _HONORIFIC.match(text, i + 1)
    if h:
        return text[i:h.end()]
    first = next(iter(_cut(text[i:i + 6])), "")
    if len(first) >= 2 and word_tag(first) and not word_tag(first).startswith("nr"):
        return ""  # a word starts at the surname's character: "高度评价", "陈述了", "王者荣耀"
    ends, at = set(), 0
    for tok in _cut(text[i:i + 8]):
        at += len(tok)
        ends.add(at)
    for size in (3, 2):
        name = text[i:i + size]
        if len(name) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or size not in ends:
            continue  # the name ends where the segmenter ends a word ("黄明|这个", not "黄明这")
        if size == 3 and re.match(_SPEECH_RE, text[i + 2:i + 4]):
            continue  # the third character starts the verb
        tag = word_tag(name)
        if tag and not tag.startswith("nr") or _tags()[1].get(name, 0) >= _COMMON:
            continue  # a word of the dictionary, or one as common as words are ("陈述", "张家口")
        given = word_tag(name[1:])
        if given.startswith(("p", "c", "u", "r", "d", "m", "q", "f")):
            continue  # "王这", "李们": a function word is no given name
        if size == 3 and given[:1] in ("n", "v") and given[:2] not in ("nr", "ns", "nz") \
                and _tags()[1].get(name[1:], 0) >= _COMMON:
            continue  # "学生戴口罩": a surname's character before a common noun or verb ("口罩")
        if _person_ok(name) and _unknown_or_name(name):
            return name
    return ""


def occupation_people(text: str, out: list[Candidate]) -> None:
    """Each name after an occupation word, with the occupation as its role."""
    for m in _OCCUPATION.finditer(text):
        name = _name_after(text, m.end())
        if not name:
            continue
        out.append(Candidate(name, "person", "occupation", role=_with_noun_before(text, m.start()) + m.group(0)))


def _with_noun_before(text: str, i: int) -> str:
    """The noun that makes the occupation whole ("出租车|司机", "白酒|经销商", "学生|家长"), or ''."""
    before = _cut(text[max(0, i - 6):i])
    last = before[-1] if before else ""
    tag = word_tag(last)
    return last if len(last) >= 2 and tag.startswith("n") and not tag.startswith(("nr", "ns", "nt")) else ""


#: "我姓赵，赵德顺", "我姓赵赵德顺", "免贵姓林，叫林海": the surname said, then the full name
#: (``greetings.SURNAME_INTRO``, shared with an interview's guests).


def surname_intro_people(text: str, out: list[Candidate]) -> None:
    """A speaker who gives the surname, then the whole name."""
    for m in SURNAME_INTRO.finditer(text):
        if m.group("s") not in SURNAMES:
            continue
        name = _name_after(text, m.end())
        if len(name) >= 2 and not _HONORIFIC.search(name):
            out.append(Candidate(name, "person", "speech"))


_BEFORE_NAME = re.compile(r"(?:" + _OCCUPATION.pattern.split("(?=")[0] + r"|(?:我|免贵)姓(?P<s>[\u4e00-\u9fff])[，,、\s]*(?:叫|名叫)?)$")


def introduced_at(text: str, i: int) -> bool:
    """An occupation word or a speaker's "我姓X" ends right before ``i``, where a name starts (for the
    mentions of a name the segmenter cuts across: "我姓赵|赵德|顺")."""
    m = _BEFORE_NAME.search(text, max(0, i - 8), i)
    return bool(m) and (not m.group("s") or text[i:i + 1] == m.group("s"))
