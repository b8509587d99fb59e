"""Holders of a dispute's sides: the attributions found for its sentences, else the holder a
sentence's own head names ("海洋学家林岚则对报告提出批评", "松野博一25日在记者会上称"). A split of
``disputes``."""

from __future__ import annotations

import re
from functools import lru_cache

from .contendtrust import label_holder
from .model import Speaker
from .speakercheck import checked_name
from .speakers import find_attributions, split_holder
from .speakerholder import ROLE_TITLES
from .text import Sentence, to_simplified
from .interviews import LABELLED_TURN
from .turns import turn_holder

__all__ = ["holders", "frame_holder", "own_holders", "caption_holder", "CAPTION", "RESPONSE_LEAD", "uncaptioned", "described_group"]


def _cjk(text: str) -> int:
    return len(re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", text))


def _named(name: str) -> bool:
    """Whether a holder's name names someone: not a fragment of a frame ("则对本网", "对我们"), not a camp
    ("一派观点", "另一派"), not the writer."""
    return not re.match(r"(?:则|对|向|跟|也|还|据|称|他|她|其|我|一派|另一派|一方|另一方|一种|另一种)", name) \
        and not re.fullmatch(r"(?:回应|回應|表示|指出|认为|認為|强调|強調|透露|坦言|直言)", name) \
        and not re.search(r"本网|本报|本台|记者|我们|观点$", name) and checked_name(name, "bare") == name \
        and not re.fullmatch(r"楼主|樓主|楼上|樓上|层主|層主|(?:回复|回覆|回應|回应).+", name)  # a post's addressee


def own_holders(s: Sentence, by_sentence, framed=None) -> tuple[Speaker, ...]:
    """Who holds a sentence: the holder its own head names ("但也有交通专家持不同看法") before one
    carried over from the sentence before (an attribution naming someone the sentence does not)."""
    found = tuple(sp for sp in (x if _labels(x.name, s) else _trimmed(x) for x in by_sentence.get((s.article, s.index), ()))
                  if _named(sp.name))
    framed = tuple(sp for sp in (frame_holder(s) if framed is None else framed) if _named(sp.name))
    if framed and found and not any(_mentioned(sp.name, s) for sp in found):
        return framed
    return found or framed


def _labels(name: str, s: Sentence) -> bool:
    """Whether the name is the label opening the sentence's paragraph, whole ("阿Ken在厦门：…", "阿Ken在厦门（回复X）："):
    a writer's handle, no holder phrase running on into where they spoke."""
    head = (s.paragraph_simple or "").lstrip()
    return bool(name) and head.startswith(name) and head[len(name):len(name) + 1] in ("：", ":", "（", "(")


#: Where a holder phrase runs on past the holder into when and where they spoke ("陈怡君今日在立法院").
_SPOKE_WHEN = re.compile(r"(?:\d{1,2}日|[今昨前]日|[今昨]天|日前|近日|当天|当日)?(?:在[^，。；：]{1,12}?(?:上|中|时|期间)?)?(?:受访时?)?$")


#: Where a holder phrase runs on into the contrast and the verb of an answer ("港务站则解释" of "港务站则解释说，…").
_RAN_INTO = re.compile(r"(?:则|也|亦)(?:解释|回应|表示|辩称|澄清|强调|坚称|反驳|否认|回答)$")


def _trimmed(sp: Speaker) -> Speaker:
    """A holder without the time and place of the statement its name ran into ("国民党立委陈怡君今日在立法院" →
    陈怡君, role 国民党立委), read again by ``split_holder``; unchanged when nothing ran on."""
    ran = _RAN_INTO.search(sp.name)
    if ran and _cjk(sp.name[:ran.start()]) >= 2:
        sp = Speaker(name=sp.name[:ran.start()], role=sp.role, article=sp.article, paragraph=sp.paragraph, kind=sp.kind)
    m = _SPOKE_WHEN.search(sp.name)
    if not m or not m.group(0) or not re.search(r"\d{1,2}日|[今昨前]日|[今昨]天|日前|近日|当天|当日|在", m.group(0)):
        return sp
    head = sp.name[:m.start()]
    got = split_holder(head) if _cjk(head) >= 2 else None
    if not got and _cjk(head) >= 2 and checked_name(head, "bare") == head:
        got = (head, "", "bare")  # a role and name the reader can read whole ("国民党立委陈怡君")
    if not got or got[2] == "pronoun" or _cjk(got[0]) < 2:
        return Speaker(name="", role="", article=sp.article, paragraph=sp.paragraph, kind=sp.kind)
    return Speaker(name=got[0], role=got[1] or sp.role, article=sp.article, paragraph=sp.paragraph,
                   kind="person" if got[2] in ("person", "bare") and sp.kind == "person" else sp.kind)


def _short_of(short: str, full: str) -> bool:
    """Whether a label is a short form of a full name: a surname with a form of address ("孙老师" of
    孙启航), or a transliterated name's last part ("霍尔" of 丹尼尔·霍尔)."""
    from .speakerroles import addressed_surname

    sur = addressed_surname(short)
    return bool(sur and len(full) >= 2 and full.startswith(sur)) or ("·" in full and full.rsplit("·", 1)[-1] == short)


def _mentioned(name: str, s: Sentence) -> bool:
    """Whether the sentence names the holder, in full or by the last part of a transliterated name
    ("布伦纳并不认同" names 汤姆·布伦纳: the attribution's full name is kept, not the short frame's)."""
    parts = {name} | ({name.rsplit("·", 1)[-1]} if "·" in name and len(name.rsplit("·", 1)[-1]) >= 2 else set())
    return any(p in s.original or p in s.simple for p in parts)


#: A sentence that is one quotation and nothing else.
_QUOTATION = re.compile(r"^\s*[「“『][^「“『」”』]+[」”』]\s*$")


def holders(sents, by_sentence, before=None) -> tuple[Speaker, ...]:
    """The holders the text names for a side's sentences: the attributions found for them, else
    the holder the sentence's own frame names ("海洋学家林岚则对报告提出批评"); a sentence that is
    only a quotation is the words of the last holder named before it in its paragraph
    ("律师何志明向本报表示，…。…。「…机会相当低。」"; ``before(s)``: the sentence before, or None)."""
    out: dict[str, Speaker] = {}
    last: tuple = ()
    for k, s in enumerate(sents):
        framed = frame_holder(s)
        if framed and k + 1 < len(sents) and re.match(r"(?:他|她)(?!们)", sents[k + 1].simple) \
                and sents[k + 1].paragraph == s.paragraph and sents[k + 1].article == s.article:
            found = framed  # "梁家慧则持不同看法。她指出，…": the frame names who argues
        elif last and re.match(r"(?:他|她)(?!们)", s.simple) and k and sents[k - 1].paragraph == s.paragraph:
            found = last  # the pronoun is the frame's holder just named
        else:
            guest = label_holder(turn_holder(s.paragraph_simple, s.article, s.paragraph)) \
                if LABELLED_TURN.match(s.paragraph_simple) else caption_holder(s)
            if guest is not None:
                # the label's short form ("孙老师：") is the person the attribution names in full
                guest = next((sp for sp in by_sentence.get((s.article, s.index), ()) if sp.kind == "person"
                              and sp.name != guest.name and _short_of(guest.name, sp.name)), guest)
            pronoun = bool(re.match(r"(?:他|她)(?!们)", s.simple))
            found = () if guest is None and pronoun and before else \
                ((guest,) if guest else own_holders(s, by_sentence, framed))
            # a pronoun or a bare quotation: the holder the paragraph last named before it
            prev = before(s) if before and not found and (_QUOTATION.match(s.simple) or pronoun) else None
            while prev is not None and not found:
                found = own_holders(prev, by_sentence)
                prev = before(prev)
            found = found or own_holders(s, by_sentence, framed)
        last = found
        for sp in found:
            if _named(sp.name):  # a turn's label too: never a stamp ("上午9") or a frame's fragment
                out.setdefault(sp.name, sp)
    return tuple(out.values())


#: A broadcast transcript's caption naming who speaks in the paragraph ("字幕：沈立明　江州农业大学…副教授"):
#: the name, then a wide space before the role.
CAPTION = re.compile(r"^\s*(?:[【\[]?(?:同期声|采访)[】\]]?\s*)?字幕\s*[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,6})[\u3000\t ]+")


#: A transcript's caption fused with the words after it ("字幕：沈立明　…学院副教授标准化不等于营养化。"): the
#: caption runs to the role's title word.
_CAPTION_ROLE = re.compile(CAPTION.pattern + r"[^，。；：:“”「」]{0,30}?(?:" + "|".join(
    sorted(set(ROLE_TITLES) | {"家长", "学生", "居民", "市民", "村民", "老师", "医生", "医师", "护士", "司机", "店主", "摊主",
                               "职工", "员工", "乘客", "游客", "网友", "业主", "师傅"}, key=len, reverse=True)) + ")")


def uncaptioned(text: str) -> str:
    """A side's words without the transcript caption fused at their head ("字幕：沈立明　江州农业大学…副教授"), when
    what follows is a sentence of its own; the text unchanged otherwise."""
    m = _CAPTION_ROLE.match(text)
    return text[m.end():].lstrip() if m and _cjk(text[m.end():]) >= 8 else text


def caption_holder(s: Sentence) -> Speaker | None:
    """The person a transcript's caption at the head of the sentence's paragraph names, or None (a name
    that is no person's: nobody)."""
    m = CAPTION.match(s.paragraph_original) or CAPTION.match(s.paragraph_simple)
    if not m:
        return None
    name = m.group("name")
    simple = to_simplified(name, "zh-Hant")
    if checked_name(simple, "person", s.paragraph_simple) != simple or simple[0] not in _surnames():
        return None
    return Speaker(name=name, role="", article=s.article, paragraph=s.paragraph, kind="person")


#: A holder at the head of a sentence, before its reporting verb or frame (dates and the place
#: of the statement between them are skipped: "松野博一25日在记者会上称").
_HEAD = re.compile(
    r"^(?:[^，。；：“”「」]{2,24}[，,])??(?:但|不过|然而|当然|而|另一方面|与此同时)?[，,]?(?:也有|还有|有)?"
    r"(?P<h>[^，。；：“”「」]{2,44}?)(?:\d{1,2}日|[昨今]日|[昨今]天|日前|近日)?(?:在[^，。；：“”「」]{1,12}?[上中时])?"
    r"(?:接受[^，。；：“”「」]{1,12}?(?:采访|访问|专访)时|受访时)?"
    r"(?:则|也|还|就|多次|一再|曾|已)?(?:[向对跟](?:本报|本网|本台|本刊|我们|记者|媒体|[^，。；：“”「」]{1,10}?记者))?"
    r"(?:(?:随后|此前|日前|随即)?(?:在[^，。；：“”「」]{1,12}?)?(?:发布|发表|发出)(?:了)?(?:声明|公告|文章|报告)?)?"
    r"(?:则|也|还|多次|一再|曾|已)?(?:再次|再度|随即|同样)?(?:坚持|明确)?"
    r"(?:认为|表示|(?<![小来据听以是话虽传演学所])[称说](?![明法])|指出|强调|回应|对[^，。；]{1,8}提出|持|批评|反驳|不同意|不认同|透露|坦言|直言|"
    r"担心|担忧|质疑)")


#: What a response names before its holder ("对于家长停课的呼声，"): the other side's view, not the answer's words.
RESPONSE_LEAD = re.compile(r"^(?:但|不过|而)?[，,]?(?:对于|针对|面对)[^，。；：“”「」]{2,24}?(?:的)?(?:呼声|说法|质疑|担忧|担心|"
                           r"传言|传闻|疑问|疑虑|指责|批评|要求|诉求|声音|观点|看法|猜测|建议|呼吁)[，,]")


@lru_cache(maxsize=1 << 17)  # a function of the sentence alone, asked of every sentence on every save
def frame_holder(s: Sentence) -> tuple[Speaker, ...]:
    """(holder,) named at the head of the sentence, in the article's script, or (): the head
    before the frame's verb, read by ``speakers.split_holder`` (the one reading of a holder phrase
    the attributions use too)."""
    lead = RESPONSE_LEAD.match(s.simple)
    text = s.simple[lead.end():] if lead else s.simple  # "对于…的担忧，X回应称": X, not the worry's words
    m = _HEAD.match(text)
    if not m:
        return ()
    if len({a.name for a in find_attributions(text) if a.kind in ("person", "org")}) >= 2:
        return ()  # two named holders in the sentence ("甲党批评…，党代表乙表示…"): unsure, nobody
    head = m.group("h")
    head = re.sub(r"(?:方面|会|将|普遍|一致|都|均|常常|经常|常|据此|对此|因此|由此)+$", "", head) or head
    head = _RAN_INTO.sub("", head) or head  # "港务站则解释说，…": 港务站
    if "我" in head or re.match(r"^(?:他|她|它|其|这|该|此|人)", head) or _cjk(head) > 36:
        return ()
    got = split_holder(head)
    if not got or got[2] == "pronoun" or _cjk(got[0]) < 2:
        return ()
    name, role, kind = got
    name = checked_name(name, kind, s.paragraph_simple)  # "X则较审慎" → X; a time or a number → nobody
    if _cjk(name) < 2:
        return ()
    if kind == "bare":
        kind = "person" if name[0] in _surnames() else "org"
    return (Speaker(name=_shown(s, name), role=_shown(s, role) if role else "", article=s.article,
                    paragraph=s.paragraph, kind=kind),)


def _shown(s: Sentence, part: str) -> str:
    """The article's own spelling of a part of the simplified sentence."""
    i = s.simple.find(part)
    return s.original[i:i + len(part)] if i >= 0 and len(s.original) == len(s.simple) else part


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


#: What an unnamed group of experts in a frame ("也有学者持不同看法") says of the person who then speaks:
#: words of that person's role.
_EXPERTS = {"学者": ("教授", "学者", "研究员", "学院", "大学", "研究所", "研究院", "研究中心"),
            "专家": ("专家", "教授", "研究员", "学院", "大学", "研究所", "研究院", "医师", "工程师", "分析师"),
            "分析师": ("分析师", "研究员", "首席"), "律师": ("律师",), "医生": ("医师", "医生", "主任")}


def described_group(groups: set[str], named: list, seen: set[str]) -> bool:
    """Whether the frame left its holder unnamed as a group of experts and the next turn is one such
    expert, named with a role the group word describes ("不过，也有学者持不同看法。" then "字幕：蒋某
    某大学教授…"): the group is that person. A party the frame does not describe ("家长们…不买账" then
    a bureau's official) is another side."""
    if seen or len(named) != 1 or named[0].kind != "person" or not named[0].role:
        return False
    role = to_simplified(named[0].role, "zh-Hant")  # names and roles are in the article's script
    return any(key in to_simplified(g, "zh-Hant") and any(w in role for w in words)
               for g in groups for key, words in _EXPERTS.items())
