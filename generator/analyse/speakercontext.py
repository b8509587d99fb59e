"""What ``speakerdoc.doc_speakers`` reads around a holder in one document: the heading over each
paragraph, a transcript's one host, what a "他"/"她" stands for, where each sentence starts in its
paragraph, a span's original-script spelling, and the marks that end a name or hand the floor to a
person (a report issued after a name, a form of address, a speaker label, a colon after "他的看法").
A split of ``speakerdoc``; nothing here decides who says a sentence."""

from __future__ import annotations

import re

from .speakerfields import fields_of
from .text import Sentence, to_simplified


#: A named person issuing a report or statement right after their name ("…王某昨日发表报告").
_ISSUES = re.compile(r"[^，。；]{0,12}?(?:发表|发布|出具)[^，。；]{0,8}?(?:报告|研报|声明)")


#: A form of address after a titled name ("首席分析师孙某老师", "律师王某先生"): the name ends before it.
_HONORIFIC_AFTER = r"(?:老师|先生|女士|博士|教授|律师|医生|同学|阿姨|师傅)"


#: How far back from a title ("总裁") its holder's role is read: bounded, so that a paragraph of
#: megabytes with many titles is read in linear time (no real role is this long).
_ROLE_BACK = 200


#: Characters that follow a two-character name rather than end a three-character one ("廖某则…").
_AFTER_NAME = frozenset("则也却还更又就并在向对将称说表认指曾已均亦同和与及的是为等今昨于接看坦直持抱把被给跟据")


#: A speaker label opening a message or a turn ("阿杰：", "孙老师：").
_LABEL_AT = re.compile(r"([^，。；：:“”「」\s]{1,12})[：:]")


#: A colon handing the floor over that says what the person says ("他的看法：", "X特别强调弹性：",
#: "X补充说："): the paragraph after it is theirs. Group 1: a pronoun.
_HANDS_OVER = re.compile(r"(他|她)?(?:的)?(?:看法|观点|说法|判断|意见|回答|解释|认为|表示|强调|提醒|补充|指出|说)[^，。；]{0,8}[：:]\s*$")


#: A surname with a form of address ("常老师", "林教授").
_ADDRESSED = re.compile(r"[\u4e00-\u9fff](?:老师|教授|博士|先生|女士|律师|医生|总)")


def _sections(article, simple_of) -> dict[str, str]:
    """The heading over each paragraph (simplified): a section headed by a person's name is theirs."""
    out, head = {}, ""
    for b in article.blocks:
        if b.kind == "p":
            out[b.id] = head
        elif b.kind.startswith("h"):
            head = simple_of(b.text)
    return out


#: Labels of a stamped line that name no person (a voice-over, a caption, the system's notices).
_NOT_SENDERS = frozenset(("旁白", "画外音", "字幕", "系统", "系统消息", "系统提示", "群公告", "提示", "公告", "通知"))


#: A turn label that is a host's role, not a name.
_HOST_LABELS = frozenset(("主持人", "主持", "主播", "节目主持人"))


def _host(article, texts, titles) -> str:
    """The one host of a transcript: the one person a cast list gives a host's label ("主持人：王某"),
    else the transcript's byline when it is one person's name (a programme's host signs its
    transcript); '' when there are several or none."""
    hosts = {n for t in texts for _, _, label, people in fields_of(t, titles) if label in _HOST_LABELS for n, _ in people}
    if hosts:
        return hosts.pop() if len(hosts) == 1 else ""
    author = to_simplified((article.author or "").strip(), article.script)
    return author if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", author) and author[0] in _surnames() else ""


def _antecedent(at: int, subject_at, here, psimple: str):
    """What a "他"/"她" at offset ``at`` stands for: the subject of a sentence before it in the
    paragraph (a name), unless a holder or a titled person comes after that subject in a later
    sentence (a Speaker); None when the paragraph has neither before it."""
    subj = [x for x in subject_at if x[0] < at]
    other = [x for x in here if x[0] < at]
    if subj and (not other or other[-1][0] <= subj[-1][0] or not re.search("[。！？]", psimple[subj[-1][0]:other[-1][0]])):
        return subj[-1][1]
    return other[-1][1] if other else None


#: A person the clause names, read or not: a titled or addressed name ("六年级学生家长吴先生"), a job title.
_PERSONISH = re.compile(r"[\u4e00-\u9fff](?:先生|女士|小姐|太太|老师|师傅|阿姨|大爷|大妈|某)")


def clause_before_pronoun(psimple: str, at: int, titles):
    """Whom a "他"/"她" opening a clause at ``at`` stands for when the clause before it, in the same
    sentence, names a person ("六年级学生家长吴先生在外企做供应链，他觉得…", "华康药业董秘吴某在…时
    更为谨慎，认为…"): that clause's subject as (name, role); ``"unsure"`` when the clause names a
    person the reader cannot pin (a person from an earlier paragraph would be a guess); None when the
    clause names no one ("对此，他表示": the pronoun goes on as before)."""
    if at < 2 or psimple[at - 1] not in "，,":
        return None
    i = max(psimple.rfind(c, 0, at - 1) for c in "。！？；\n：:“”「」")
    clause = psimple[i + 1:at - 1]
    if not clause or len(clause) > 40:
        return None
    from .speakerfields import _SUBJECT_NEXT, clause_subject

    got = clause_subject(clause, titles)
    if got:
        return got
    # a described person addressed by surname ("六年级学生家长吴先生在…"): the role before, the name
    addressed = re.match(r"^([^，。；：“”「」]{0,24}?)([\u4e00-\u9fff](?:先生|女士|小姐|太太|老师|师傅))" + _SUBJECT_NEXT, clause)
    if addressed and addressed.group(2)[0] in _surnames():
        return addressed.group(2), addressed.group(1)
    from .speakerdescribed import one_described

    described = one_described(clause)  # "出租车司机高永强开了十五年车，他说…": the one person described
    if described:
        return described
    if _PERSONISH.search(clause) or any(t in clause for t in titles):
        return "unsure"
    return None


def _shifted(label, k: int):
    """A turn label read after a time stamp of ``k`` characters, with its end in the paragraph."""
    return (label[0], label[1], label[2] + k) if label else None


def _starts(psimple: str, psents: list[Sentence]) -> list[int]:
    """Each sentence's offset in its paragraph (found from the previous one's on: linear), or -1."""
    out, pos = [], 0
    for s in psents:
        probe = s.simple[:30]  # (a short probe is found too early: "Counterpoint分析师表示" after "机构Counterpoint数据显示")
        at = psimple.find(probe, pos)
        out.append(at)
        pos = at + len(probe) if at >= 0 else pos  # the next sentence starts after this one's probe
    return out


def _one_off_word(name: str, text: str) -> bool:
    """Whether a bare holder opening on a surname's character is an ordinary word the article never
    uses again ("高管表示", "马上说"): no one's name (a name is used again, or is one to the dictionary)."""
    from .speakers import _common_words

    return text.count(name) < 2 and _common_words(name)


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


def _orig(original: str, simple: str, part: str) -> str:
    """The original-script spelling of a span found in the simplified copy."""
    if len(original) == len(simple):
        i = simple.find(part)
        if i >= 0:
            return original[i:i + len(part)]
    return part
