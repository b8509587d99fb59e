"""Who a document's people are, read once for the whole document: the role it gives a person
(a cast list "来宾：林志远（某大学教授）", a label "来宾（某大学教授林志远）："), the interviewee
an interview introduces before its first question, the organisation that signs a research note
whose narration says "我们认为", and a short second mention ("张表示", "林教授") of one person
named in full before. A split of ``speakers``; used by ``speakerdoc``. When unsure, nobody."""

from __future__ import annotations

import re

from .interviews import ANSWER_TURN, QUESTION_LABEL
from .speakers import ROLE_TITLES, find_attributions, split_holder

__all__ = ["names_holder", "proper_name", "misread", "short_forms", "cast_roles", "interviewee", "report_holder", "report_frames", "short_mention", "turn_label"]

#: "林志远（北台财经大学财金系教授）": a name with its role in brackets (a cast list, a caption).
_NAME_ROLE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})[（(]([^（）()]{2,40})[）)]")


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


#: An organisation with its short form in brackets ("宁川路桥集团（宁桥）").
_ORG_SHORT = re.compile(r"([\u4e00-\u9fff]{2,20})[（(]([\u4e00-\u9fff]{2,4})[）)]")


def short_forms(texts) -> set[str]:
    """Short forms a document gives organisations ("宁川路桥集团（宁桥）" → 宁桥): a bare mention
    of one later is that organisation, never a person whose surname it happens to start with."""
    from .speakers import _ORG_SUFFIX

    return {m.group(2) for t in texts for m in _ORG_SHORT.finditer(t) if _ORG_SUFFIX.search(m.group(1))}


def cast_roles(texts, titles: tuple[str, ...] = ROLE_TITLES) -> dict[str, str]:
    """Roles a document gives its people as "NAME（ROLE）" (the role holding a job title)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _NAME_ROLE.finditer(text):
            name, role = m.group(1), m.group(2)
            if name[0] in _surnames() and any(role.endswith(t) or t in role for t in titles):
                out.setdefault(name, role)
    return out


#: A transcript's turn label with the speaker's description in brackets ("来宾（某大学教授林志远）：",
#: "林志远（某大学教授）："), or a role and a name apart ("某部副部长 张三：").
_LABELLED = re.compile(r"^\s*([^，。：:“”「」（(\s]{1,12})[（(]([^（）()]{2,40})[）)]\s*[：:]")
_SPACED = re.compile(r"^\s*([^，。；：:“”「」（(\s]{2,24})[ \u3000]+([\u4e00-\u9fff]{2,4})\s*[：:]")


#: A live text's or minutes' turn label in lenticular brackets ("【市教育局副局长邓某】…", "〖主持人 卢某〗"):
#: the role and the name of who speaks the entry; a bracket naming no person ("【现场】", "【主持人】",
#: "【网友互动】", "【记者提问】") is a section's or an unnamed turn's.
_BRACKET_TURN = re.compile(r"^\s*[【〖]([^【】〖〗，。：:“”「」]{3,30})[】〗]\s*(?=\S)")


def turn_label(simple: str, titles: tuple[str, ...] = ROLE_TITLES) -> tuple[str, str, int] | None:
    """(name, role, end of label) of a turn label naming a person, or None."""
    m = _BRACKET_TURN.match(simple)
    if m:
        got = split_holder(m.group(1).replace(" ", "").replace("\u3000", ""), titles)
        if got and got[2] == "person" and got[1] and got[0][0] in _surnames():
            return got[0], got[1], m.end()
        return None
    m = _LABELLED.match(simple)
    if m:
        got = split_holder(m.group(2), titles)
        if got and got[2] == "person":
            return got[0], got[1], m.end()
        outer = m.group(1)
        quoted = simple[m.end():m.end() + 2].lstrip()[:1] in ("“", "「")
        if 2 <= len(outer) <= 4 and outer[0] in _surnames() and (any(t in m.group(2) for t in titles) or quoted):
            # "韩一鸣（应届毕业生，在找工作）：“…”": a name, who they are, then their words
            return outer, re.split(r"[，,；;]", m.group(2))[0], m.end()
        return None
    m = _SPACED.match(simple)
    if m:
        got = split_holder(m.group(1) + m.group(2), titles)
        if got and got[2] == "person":
            return got[0], got[1], m.end()
    from .captions import caption_label

    return caption_label(simple, titles)  # a broadcast's "字幕：邓某　市教育局副局长" over the bite


#: The interview's own verb introducing its interviewee ("本网专访香港某中心主任区志恒教授").
_INTERVIEWS = re.compile(r"(?:专访|采访|访问|对话|访谈|请到|请来|邀请)(?:了)?([^，。；：！？“”「」]{3,40})")


def interviewee(texts, known: dict[str, str], titles: tuple[str, ...] = ROLE_TITLES):
    """(name, role) of the one person an interview's answers ("答：") belong to: named by the
    interview's own verb before the first question, else the only person given a role there;
    None when the document is not an interview (two questions and two answers at least) or when
    it is unsure."""
    if sum(bool(QUESTION_LABEL.match(t)) for t in texts) < 2 or sum(bool(ANSWER_TURN.match(t)) for t in texts) < 2:
        return None
    first_q = next(i for i, t in enumerate(texts) if QUESTION_LABEL.match(t))
    people = []
    for text in texts[:first_q]:
        for m in _INTERVIEWS.finditer(text):
            got = split_holder(m.group(1), titles)
            if got and got[2] == "person":
                return got[0], got[1]
        people += [n for n in known if n in text and n not in people]
    return (people[0], known[people[0]]) if len(people) == 1 else None


#: A research note's own first-person-plural frame ("我们认为", "据我们测算", "我们预计"), or a paper's
#: ("本文认为", "本文估计": a scholarly paper speaks of itself so).
_REPORT_FRAME = re.compile(r"(?:(?<=^)|(?<=[，。；：,]))(?:但|不过|而|同时)?(?:据)?(?:我们(?:的)?(?:不完全)?(?:认为|预计|判断|测算|估计|"
                           r"预测|相信|看好|建议|维持|统计)|本文(?:认为|估计|预计|测算|发现|判断|建议))")
_QUOTED = re.compile(r"“[^”]{0,300}”|「[^」]{0,300}」")
#: An organisation a document names as its own source ("资料来源：…，某证券研究所", a heading).
_ISSUER = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12}(?:研究所|研究院|研究中心|研究部))")


def report_frames(text: str) -> list[tuple[int, int]]:
    """Spans of the narration's own "我们认为…" frames in a paragraph (not inside quotations)."""
    narration = _QUOTED.sub(lambda m: "　" * len(m.group(0)), text)
    return [m.span() for m in _REPORT_FRAME.finditer(narration)]


def report_holder(outlet: str, texts, other_texts) -> str:
    """The organisation that holds a document's own "我们认为" (two paragraphs or more say it):
    its outlet, else the one research body its headings or source lines name; '' when unsure."""
    if sum(bool(report_frames(t)) for t in texts) < 2:
        return ""
    if outlet:
        return outlet
    found = {m.group(1) for t in list(other_texts) + list(texts) for m in _ISSUER.finditer(t)
             if "资料来源" in t or t in other_texts}
    return found.pop() if len(found) == 1 else ""


def proper_name(word: str) -> bool:
    """Whether a short holder is one proper name to the dictionary (an abbreviation "东电", an
    organisation, a name: one jieba piece tagged j/nt/nz/nr), not an ordinary word ("市场", "外界")."""
    import jieba.posseg as posseg

    from ..textutil import cut_long

    pieces = cut_long(posseg.cut, word)
    return len(pieces) == 1 and pieces[0].flag in ("j", "nt", "nz", "nr") and 2 <= len(word) <= 6


#: An unnamed source's frame opening a sentence ("有人担心…", "也有专家认为…", "不少网友质疑…").
_UNNAMED_SOURCE = re.compile(r"^(?:[^，。]{0,6}[，,])?(?:当然|不过|但是|但|而且|其实|另外|此外)?(?:也|还|另|又)?有(?:人|些人|一些人|专家|学者|网友|观点|声音|分析)|"
                             r"^(?:[^，。]{0,6}[，,])?(?:不少|很多|许多|一些|部分|有的|多数|大多数|好多)[^，。]{0,6}?"
                             r"(?:人|网友|粉丝|读者|观众|用户|玩家|家长|市民|居民|乘客|司机|专家|学者|人士)")


#: A sentence whose subject is a third person ("她也有担心", "不过他觉得…"): the writer reports that
#: person, whose view it is (resolved or not), not the writer's own.
_THIRD_PERSON_SUBJECT = re.compile(r"^(?:[^，。]{0,6}[，,])?(?:不过|但是|但|而|可是|可|同时|当然)?[，,]?(?:他|她)(?![们人的])")


def names_holder(simple: str) -> bool:
    """Whether a sentence names a holder of its own (a person, an organisation, a proper name
    before a reporting verb) or opens on an unnamed source's ("有人担心…"): then it is not a column
    author's narration, even when no one holds it surely."""
    if _UNNAMED_SOURCE.match(simple) or _THIRD_PERSON_SUBJECT.match(simple):
        return True  # ("她也有担心，…": the person the writer reports on holds it, not the writer)
    return any(a.kind in ("person", "org") or (a.kind == "bare" and (a.name[0] in _surnames() or proper_name(a.name)))
               for a in find_attributions(simple))


def misread(name: str, known: dict) -> str:
    """The one person named in full before whom a three-character name differing only in its
    first character means ("干洪雷" after "于洪雷": an OCR slip of the surname), or ''."""
    if len(name) != 3 or name in known:
        return ""
    same = [k for k in known if len(k) == 3 and k[1:] == name[1:] and known[k][1] == "person"]
    return same[0] if len(same) == 1 else ""


#: A surname with an honorific or a form of address ("林教授", "陈官" a judge in Hong Kong usage,
#: "张姐", "刘阿姨"): one person named in full before.
_SHORT = re.compile(r"^([\u4e00-\u9fff])(?:教授|博士|先生|女士|小姐|老师|律师|医生|总|董|官|生|太|姐|哥|叔|姨|阿姨|伯|婶|大姐|大哥|师傅|老|工)?$")


def addressed_surname(name: str) -> str:
    """The surname of a surname with a form of address ("韩老师", "张工"), or ''."""
    m = _SHORT.match(name)
    return m.group(1) if m and len(name) >= 2 else ""


def short_mention(name: str, known: dict) -> str:
    """The one person named in full before whom a short mention means ("张", "林教授"), or ''."""
    if name in known:
        return ""
    m = _SHORT.match(name)
    if not m:
        # "霍尔" after "丹尼尔·霍尔": a transliterated name's last part
        full = [k for k in known if "·" in k and k.endswith("·" + name) and known[k][1] == "person"]
        return full[0] if len(full) == 1 and len(name) >= 2 else ""
    full = [k for k in known if len(k) >= 2 and k.startswith(m.group(1)) and known[k][1] == "person"]
    return full[0] if len(full) == 1 else ""
