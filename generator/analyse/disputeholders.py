"""Holders of a dispute's sides: the attributions found for its sentences, else the holder a
sentence's own head names ("海洋学家林岚则对报告提出批评", "松野博一25日在记者会上称"). A split of
``disputes``."""

from __future__ import annotations

import re

from .model import Speaker
from .text import Sentence
from .interviews import LABELLED_TURN
from .turns import turn_holder

__all__ = ["holders", "frame_holder", "own_holders"]


def _cjk(text: str) -> int:
    return len(re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", text))


def _named(name: str) -> bool:
    """Whether a holder's name names someone: not a fragment of a frame ("则对本网", "对我们"), not a camp
    ("一派观点", "另一派"), not the writer."""
    return not re.match(r"(?:则|对|向|跟|也|还|据|称|他|她|其|我|一派|另一派|一方|另一方|一种|另一种)", name) \
        and not re.search(r"本网|本报|本台|记者|我们|观点$", name)


def own_holders(s: Sentence, by_sentence, framed=None) -> tuple[Speaker, ...]:
    """Who holds a sentence: the holder its own head names ("但也有交通专家持不同看法") before one
    carried over from the sentence before (an attribution naming someone the sentence does not)."""
    found = tuple(sp for sp in by_sentence.get((s.article, s.index), ()) if _named(sp.name))
    framed = tuple(sp for sp in (frame_holder(s) if framed is None else framed) if _named(sp.name))
    if framed and found and not any(sp.name in s.original or sp.name in s.simple for sp in found):
        return framed
    return found or framed


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
            guest = turn_holder(s.paragraph_simple, s.article, s.paragraph) \
                if LABELLED_TURN.match(s.paragraph_simple) else None
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
            out.setdefault(sp.name, sp)
    return tuple(out.values())


#: A holder at the head of a sentence, before its reporting verb or frame (dates and the place
#: of the statement between them are skipped: "松野博一25日在记者会上称").
_HEAD = re.compile(
    r"^(?:[^，。；：“”「」]{2,12}[，,])??(?:但|不过|然而|当然|而|另一方面|与此同时)?[，,]?(?:也有|还有|有)?"
    r"(?P<h>[^，。；：“”「」]{2,44}?)(?:\d{1,2}日|[昨今]日|[昨今]天|日前|近日)?(?:在[^，。；：“”「」]{1,12}?[上中时])?"
    r"(?:接受[^，。；：“”「」]{1,12}?(?:采访|访问|专访)时)?"
    r"(?:则|也|还|多次|一再|曾|已)?(?:[向对跟](?:本报|本网|本台|本刊|我们|记者|媒体|[^，。；：“”「」]{1,10}?记者))?"
    r"(?:(?:随后|此前|日前|随即)?(?:在[^，。；：“”「」]{1,12}?)?(?:发布|发表|发出)(?:了)?(?:声明|公告|文章|报告)?)?"
    r"(?:则|也|还|多次|一再|曾|已)?(?:再次|再度|随即|同样)?(?:坚持|明确)?"
    r"(?:认为|表示|[称说](?![明法])|指出|强调|回应|对[^，。；]{1,8}提出|持|批评|反驳|不同意|不认同|透露|坦言|直言|"
    r"担心|担忧|质疑)")
_DATES = re.compile(r"(?:\d{4}年|今年|去年|本月|上月)?(?:\d{1,2}月)?(?:\d{1,2}日)(?:(?:发布|公布|发表)的)?|"
                    r"(?:\d{4}年|今年|去年|本月|上月)(?:\d{1,2}月)?(?:(?:发布|公布|发表)的)?")
_HOLDER_TITLES = ("发言人", "官房长官", "首相", "总理", "大臣", "会长", "社长", "党代表", "党首", "分析师",
                  "基金经理", "教授", "学者", "专家", "学家", "主任", "局长", "部长",
                  "总干事", "秘书长", "负责人", "研究员", "董事长", "总裁", "行政长官", "律师", "合伙人", "经理",
                  "总监", "主席", "院长", "校长", "医生", "记者", "编辑")


def frame_holder(s: Sentence) -> tuple[Speaker, ...]:
    """(holder,) named at the head of the sentence, in the article's script, or ()."""
    m = _HEAD.match(s.simple)
    if not m:
        return ()
    lo, hi = m.span("h")
    aligned = len(s.original) == len(s.simple)
    head, shown = s.simple[lo:hi], (s.original[lo:hi] if aligned else s.simple[lo:hi])
    for d in reversed(list(_DATES.finditer(head))):  # "今年7月4日发布的": the date, not the holder
        head, shown = head[:d.start()] + head[d.end():], shown[:d.start()] + shown[d.end():]
    trail = re.search(r"(?:方面|会|将|普遍|一致|都|均)+$", head)
    if trail:
        head, shown = head[:trail.start()], shown[:trail.start()]
    if _cjk(head) < 2 or "我" in head or re.match(r"^(?:他|她|它|其|这|该|此|人)", head) or _cjk(head) > 36:
        return ()
    role, name = "", shown
    for t in sorted(_HOLDER_TITLES, key=len, reverse=True):
        i = head.rfind(t)
        if 0 <= i and i + len(t) < len(head):
            role, name = shown[:i + len(t)], shown[i + len(t):]
            break
    kind = "person" if role else ("group" if re.search(r"人士|专家|学者|网友|业内|业界", head) else "org")
    return (Speaker(name=name.strip(), role=role.strip(), article=s.article, paragraph=s.paragraph, kind=kind),)
