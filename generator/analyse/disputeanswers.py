"""A question answered both ways: one speaker asks ("这个热度能维持多久？", "大家觉得该不该延长？"), and two
others, in the turns that follow, answer it yes and no ("我觉得能持续。…" / "我比较担心。…"). The two answers are the
two sides of the question asked, whatever words they argue in: a live stream's host and guests, a panel's
moderator, a thread's opener and its replies (any page whose lines are labelled turns).

An answer's direction is read from its opening only when the opening is short (a bare answer: "能。", "我觉得
不会。", "我比较谨慎。"); a long opening is an argument whose direction the words alone do not settle, and no side
is guessed from it (fail clean).
"""

from __future__ import annotations

import re

from .contendasked import content_grams, question_core
from .text import Sentence
from .turns import _LABEL, _turns, unstamped

__all__ = ["answered_both_ways", "answer_direction"]

#: Turns after a question its answers are looked for in, at most.
REACH = 6
#: Sentences of an answer a side holds, at most (the bare answer and its reasons).
ANSWER_SENTENCES = 3

#: An answer agreeing in words that hold a negation ("没问题", "没毛病", "不错", "不无道理").
_YES_NEGATED = re.compile(r"没问题|没毛病|不错|差不多|不无道理|没错")
#: An answer saying no or doubting: a negation, a worry, caution, pessimism.
_NO = re.compile(r"不|没|难|担心|担忧|谨慎|保守|怀疑|悲观|未必|悬|反对|否|别|够呛|夠嗆|擔心|謹慎|懷疑|悲觀")
#: An answer saying yes: can, will, should, agree, support, optimism.
_YES = re.compile(r"能|会|可以|支持|应该|同意|赞成|肯定|当然|有戏|看好|乐观|行|对|合理|公平|值得|有道理|划算|靠谱|安全|"
                  r"對|會|應該|贊成|樂觀|公道|值得|劃算|靠譜")


def _cjk(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text or ""))


def _body(x: Sentence) -> str:
    text = unstamped(x.simple).strip()
    m = _LABEL.match(text)
    return text[m.end():].strip() if m else text


def answer_direction(opening: str) -> int:
    """+1 for a bare answer saying yes ("我觉得能持续。"), -1 for one saying no or doubting ("我比较谨慎。", "不会。"),
    0 for anything else (a long argument, a question, a greeting)."""
    t = re.sub(r"^(?:[^，。]{0,6}[，,])?", "", opening.strip(), count=1) if _cjk(opening) > 14 else opening.strip()
    if not t or re.search(r"[？?]", t) or _cjk(t) > 14 or _cjk(t) < 1:
        return 0
    if _YES_NEGATED.search(t):
        return 1
    if _NO.search(t):
        return -1
    return 1 if _YES.search(t) else 0


def answered_both_ways(ss: list[Sentence]) -> list[tuple[list[Sentence], list[Sentence], str]]:
    """(yes side's sentences, no side's sentences, the question) of every question in a page of labelled turns
    that two other speakers answer in opposite directions in the turns just after it."""
    turns = _turns(ss)
    if len({w.name for w, host, _ in turns if w is not None}) < 2:
        return []
    out = []
    for k, (asker, host, xs) in enumerate(turns):
        if not (host or asker is not None) or not any(re.search(r"[？?]", x.simple) for x in xs):
            continue
        answers: dict[str, tuple[int, list[Sentence]]] = {}
        for who, h, ys in turns[k + 1:k + 1 + REACH]:
            if h and any(re.search(r"[？?]", y.simple) for y in ys):
                break  # the next question: its answers are its own
            if who is None or (asker is not None and who.name == asker.name) or who.name in answers:
                continue
            answers[who.name] = (answer_direction(_body(ys[0])), ys[:ANSWER_SENTENCES])
        yes = next((ys for d, ys in answers.values() if d > 0), None)
        no = next((ys for d, ys in answers.values() if d < 0), None)
        if not yes or not no or len(yes) < 2 and len(no) < 2:
            continue  # two bare words and no reason: nothing a reader could weigh
        grams = content_grams(" ".join(y.simple for y in yes + no))
        lines = [x.simple for x in xs if re.search(r"[？?]", x.simple)]
        lines = [xs[0].simple] + [s for s in lines if s != xs[0].simple] if xs[0].simple not in lines else lines
        q = question_core(lines, grams, frozenset())
        if not q or not (content_grams(q) & grams):
            continue  # the answers speak of something the question does not ask
        first, second = (yes, no) if yes[0].index < no[0].index else (no, yes)
        out.append((first, second, q))
    return out
