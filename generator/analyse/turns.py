"""Turns: who speaks each paragraph of a transcript or interview, and a guest's turn that disagrees with
the guest before it (any topic; a split of ``disputes``).

A transcript labels its turns ("来宾（某大学教授张三）：", "李四：", "主持人：", "问："). When a guest's turn
opens by setting itself against the one before ("我跟张教授的看法有点不一样", "这点我不太同意", "我不这么
看"), the two guests disagree on what the host asked: the turn before (the nearest guest's turn, never
the host's question) is side a, the answering turn side b. Each side's sentences are its judgements
(a sentence taking a stance), never its greetings or background.
"""

from __future__ import annotations

import re

from .interviews import LABELLED_TURN, QUESTION_LABEL
from .model import Speaker
from .text import Sentence

__all__ = ["turn_holder", "turn_disputes", "DISAGREES", "TURN_HEAD"]

#: A turn's label: "来宾（某大学教授张三）：" or a short name "张三：" (a host's or an interviewer's too).
_LABEL = re.compile(r"^(?P<who>[^，。：:“”「」（(]{1,10})(?:[（(](?P<desc>[^）)]{1,40})[）)])?[：:]")
#: A guest's label with its description, at the head of a turn (removed from a statement).
TURN_HEAD = re.compile(r"^[^，。：:“”「」（(]{1,10}[（(][^）)]{1,40}[）)][：:]")
#: Labels of the one who asks: a host, an interviewer, a reporter.
_HOST = re.compile(r"^(?:主持人?|主播|问|记者|编者|Q|Host|host)$")
#: A turn opening against the turn before it.
DISAGREES = re.compile(
    r"(?:我|本人)?(?:不太|不完全|并不|不大|不)(?:同意|认同|赞同)|看法(?:有点|有些|略有|完全|很)?不(?:太|大)?一样|"
    r"(?:我|本人)(?:有|持)(?:点|一些)?不同(?:的)?(?:看法|意见|观点)|(?:我|本人)不这么(?:看|认为|想)|"
    r"恰恰相反|未必如此|不敢苟同")
#: A sentence that judges (what a side says), as opposed to a greeting or the background.
_JUDGES = re.compile(r"我(?:认为|觉得|看|估计|判断|相信)|不|没有|无法|难以|有限|很低|很高|非常|打击|冲击|风险|"
                     r"可能|消化|影响|先例|机会|效应")
_TITLES = ("教授", "副教授", "研究员", "总经理", "经理", "分析师", "主任", "院长", "律师", "董事长", "总裁",
           "主席", "经济学家", "学者", "专家", "合伙人", "总监", "记者")
#: Sentences a side holds at most.
TURN_SENTENCES = 2


def turn_holder(paragraph_simple: str, article: str, paragraph: str) -> Speaker | None:
    """The guest a paragraph's turn label names ("来宾（北台大学财金系教授林志远）：" → 林志远, role
    北台大学财金系教授); None for a host's or interviewer's turn, or a paragraph without a label."""
    m = _LABEL.match(paragraph_simple)
    if not m or QUESTION_LABEL.match(paragraph_simple):
        return None
    who, desc = m.group("who").strip(), (m.group("desc") or "").strip()
    if _HOST.match(who):
        return None
    if not desc:
        return Speaker(name=who, role="", article=article, paragraph=paragraph, kind="person") \
            if 2 <= len(who) <= 8 else None
    # "来宾（…教授林志远）": the description holds the role and the name, the role's title last
    for t in sorted(_TITLES, key=len, reverse=True):
        i = desc.rfind(t)
        if i >= 0 and 2 <= len(desc) - i - len(t) <= 4:
            return Speaker(name=desc[i + len(t):], role=desc[:i + len(t)], article=article,
                           paragraph=paragraph, kind="person")
    if 2 <= len(desc) <= 4:
        return Speaker(name=desc, role=who, article=article, paragraph=paragraph, kind="person")
    return None


def _turns(ss: list[Sentence]) -> list[tuple[Speaker | None, bool, list[Sentence]]]:
    """(guest, is the host's, sentences) per labelled paragraph, in order."""
    out = []
    for s in ss:
        if out and out[-1][2][0].paragraph == s.paragraph:
            out[-1][2].append(s)
            continue
        labelled = bool(_LABEL.match(s.simple) or LABELLED_TURN.match(s.simple))
        if not labelled:
            out.append((None, False, [s]))
            continue
        who = turn_holder(s.simple, s.article, s.paragraph)
        out.append((who, who is None, [s]))
    return out


def _judging(sents: list[Sentence]) -> list[Sentence]:
    """A turn's judgements: its sentences taking a stance, without its label, greeting or frame."""
    out = []
    for x in sents:
        body = _LABEL.sub("", x.simple, count=1)
        short = len(re.sub(r"[^\u4e00-\u9fff]", "", body)) < (5 if re.match(r"我(?:认为|觉得)", body) else 8)
        if short or DISAGREES.search(body) and len(body) < 30:
            continue
        if _JUDGES.search(body):
            out.append(x)
    return out[:TURN_SENTENCES]


def turn_disputes(ss: list[Sentence]) -> list[tuple[list[Sentence], list[Sentence], Speaker, Speaker]]:
    """(side a sentences, side b sentences, a's guest, b's guest) of every guest's turn that opens
    against the turn of another guest just before it (only a host's question may stand between)."""
    turns = _turns(ss)
    if len({w.name for w, host, _ in turns if w is not None}) < 2:
        return []  # not a conversation: a lone "先交代背景：" labels a paragraph, not a guest's turn
    out = []
    for k, (who, host, sents) in enumerate(turns):
        if who is None or host:
            continue
        opening = " ".join(_LABEL.sub("", x.simple, count=1) for x in sents[:2])[:40]
        if not DISAGREES.search(opening):
            continue
        prev = next(((w, h, xs) for w, h, xs in reversed(turns[:k]) if w is not None or h), None)
        if prev is None or prev[1] or prev[0].name == who.name:
            continue  # a host's question is answered, not disputed; a guest never answers themselves
        a, b = _judging(prev[2]), _judging(sents)
        if a and b:
            out.append((a, b, prev[0], who))
    return out
