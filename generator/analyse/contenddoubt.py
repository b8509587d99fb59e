"""A doubt the text raises and a named holder's answer to it (a split of ``disputes``; any topic, no list of
questions): "不过，也有人质疑订单的含金量。…（the facts behind the doubt）。X认为，「…有水分是必然的，但…是真的」".

The doubt is voiced by someone the text leaves unnamed ("有人", "有声音", "部分网友"); the answer is the next
sentence of the paragraph that a named holder holds and that turns against what it grants ("A是必然的，但B") or
judges (``framed.EVAL``). The doubt and the facts reported with it are one side, the holder's answer the other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .framed import EVAL
from .text import Sentence, is_whole_sentence

__all__ = ["doubts_answered", "with_doubt", "DOUBT"]

#: A doubt voiced by someone unnamed, opening its sentence ("不过，也有人质疑…", "但有声音担心…", "亦有业内人士怀疑…").
DOUBT = re.compile(r"^(?:不过|但|但是|然而|可是|同时)?[，,]?(?:也|亦|还)?有(?:人|不少人|一些人|部分人|声音|观点|"
                   r"[^，。；：“”「」有]{1,8}?(?:人士|网友|网民|投资者|分析师|用户|车主|消费者))"
                   r"(?:质疑|怀疑|担心|担忧|批评|对[^，。]{1,12}(?:表示|提出)(?:质疑|怀疑|担忧))")
#: An answer granting a point then turning against it ("A是必然的，但B", "虽然A，但B").
TURN = re.compile(r"[，,](?:但|但是|不过|然而|却|可)(?![^，。]{0,2}[？?])")
#: Sentences after the doubt searched for its answer (its paragraph only).
REACH = 4


def _named(x: Sentence, by_sentence) -> tuple:
    return tuple(sp for sp in by_sentence.get((x.article, x.index), ()) if sp.kind in ("person", "org"))


def _asked(doubt: Sentence) -> str:
    """The question a doubt raises, in its own words: "不过，也有人质疑X。" → "有人质疑X，这一质疑成立吗？"."""
    m = DOUBT.match(doubt.simple)
    text = re.sub(r"^(?:不过|但|但是|然而|可是|同时)?[，,]?(?:也|亦|还)?", "", doubt.simple.split("。")[0]).rstrip("，,；;！!")
    verb = re.search(r"质疑|怀疑|担心|担忧|批评", m.group(0)).group(0)
    return f"{text}，这一{verb}成立吗？"


def doubts_answered(ss: list[Sentence], by_sentence) -> list[tuple[list[Sentence], list[Sentence], str]]:
    """(the doubt with its facts, the named holder's answer, the question the doubt raises) of one article's
    sentences."""
    out = []
    for i, s in enumerate(ss):
        if not DOUBT.match(s.simple) or _named(s, by_sentence) or not is_whole_sentence(s.original):
            continue
        facts = [s]
        for x in ss[i + 1:i + 1 + REACH]:
            if x.paragraph != s.paragraph:
                break
            if _named(x, by_sentence):
                if TURN.search(x.simple) or EVAL.search(x.simple):
                    out.append((facts, [x], _asked(s)))
                break
            facts.append(x)
    return out


def with_doubt(side, first: Sentence):
    """A side opened by a doubt the text raises, stated by the doubt and then its facts in one sentence ("有人质疑X，…":
    a colon after the doubt would read as a speaker's label, "有人质疑X：", and leave the facts alone), never by the
    facts alone (figures reported with no position); any other side as it is."""
    if not DOUBT.match(first.simple):
        return side
    doubt = re.sub(r"^(?:不过|但|但是|然而|可是|同时)?[，,]?(?:也|亦|还)?", "", first.simple.split("。")[0]).rstrip("，,；;")
    if doubt in side.statement:
        return side
    return replace(side, statement=f"{doubt}，{side.statement}" if side.statement else doubt + "。")
