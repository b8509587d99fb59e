"""Holders of a dispute's sides: the attributions found for its sentences, else the holder a
sentence's own head names ("海洋学家林岚则对报告提出批评", "松野博一25日在记者会上称"). A split of
``disputes``."""

from __future__ import annotations

import re

from .model import Speaker
from .speakers import find_attributions, split_holder
from .text import Sentence

__all__ = ["holders", "frame_holder"]


def _cjk(text: str) -> int:
    return len(re.sub(r"[^\u3400-\u9fffA-Za-z0-9]", "", text))


def holders(sents, by_sentence) -> tuple[Speaker, ...]:
    """The holders the text names for a side's sentences: the attributions found for them, else
    the holder the sentence's own frame names ("海洋学家林岚则对报告提出批评")."""
    out: dict[str, Speaker] = {}
    for s in sents:
        found = by_sentence.get((s.article, s.index), ()) or frame_holder(s)
        for sp in found:
            out.setdefault(sp.name, sp)
    return tuple(out.values())


#: A holder at the head of a sentence, before its reporting verb or frame (dates and the place
#: of the statement between them are skipped: "松野博一25日在记者会上称").
_HEAD = re.compile(
    r"^(?:但|不过|然而|当然|而|另一方面|与此同时)?[，,]?(?:也有|还有|有)?"
    r"(?P<h>[^，。；：“”「」]{2,44}?)(?:\d{1,2}日)?(?:在[^，。；：“”「」]{1,12}?[上中时])?"
    r"(?:接受[^，。；：“”「」]{1,12}?(?:采访|访问|专访)时)?(?:对媒体)?"
    r"(?:则|也|还|多次|一再|曾|已)?(?:坚持|明确)?"
    r"(?:认为|表示|[称说](?![明法])|指出|强调|回应|对[^，。；]{1,8}提出|持|批评|反驳|不同意|不认同|透露|坦言|直言)")


def frame_holder(s: Sentence) -> tuple[Speaker, ...]:
    """(holder,) named at the head of the sentence, in the article's script, or (): the head
    before the frame's verb, read by ``speakers.split_holder`` (the one reading of a holder phrase
    the attributions use too)."""
    m = _HEAD.match(s.simple)
    if not m:
        return ()
    if len({a.name for a in find_attributions(s.simple) if a.kind in ("person", "org")}) >= 2:
        return ()  # two named holders in the sentence ("甲党批评…，党代表乙表示…"): unsure, nobody
    head = m.group("h")
    head = re.sub(r"(?:方面|会|将|普遍|一致|都|均)+$", "", head) or head
    if "我" in head or re.match(r"^(?:他|她|它|其|这|该|此|人)", head) or _cjk(head) > 36:
        return ()
    got = split_holder(head)
    if not got or got[2] == "pronoun" or _cjk(got[0]) < 2:
        return ()
    name, role, kind = got
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
