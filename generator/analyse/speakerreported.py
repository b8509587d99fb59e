"""Reported speech inside someone's turn or post is the reported speaker's (issue 13, property 1).

A transcript's turn or a post is its speaker's own writing, but a sentence in it may report another
holder: "我在现场都愣了一下，某公司官方说首发一小时就卖出两万台", "很多人问能不能赚钱，某总自己也说了，这个价格是亏钱卖的".
What the frame ("X说", "X表示", "X宣布", "据X公布") reports is X's, as in a reporter's narration; the turn's
speaker keeps the sentences in their own voice. The frame hands over the one clause it opens, in a
sentence where the speaker says at most one clause of their own before it (a scene or a tone set
aside): when more clauses follow, where X's words stop is unsure, and when more come before, the
sentence is the speaker's account with X's word at its end; both stay the speaker's. Not when the first person comes back after the frame
("X批评…，我基本同意他的看法": both voices, nobody's), nor when the speaker tells of asking X
("我问他…，X说…": the speaker's account). A split of ``speakerdoc`` (``reported_inside``)."""

from __future__ import annotations

import re

from .model import Speaker
from .speakerturns import FIRST_SPEECH, QUOTED_SPAN
from .text import to_simplified

__all__ = ["reported_inside"]

#: A clause boundary: the frame hands over one clause only, and the clause that restates it by a
#: negation ("公布的是8万台，没有破10万", "说的是单班，不是双班").
_CLAUSE_BREAK = re.compile(r"(?:[，；;]|(?<!\d),(?!\d))(?!(?:而|并|也|还)?(?:没有|没|不是|并非|非)[^，,；;]*$)")

#: The speaker telling of asking the holder ("我问他", "我追问了一句"): the answer is their account.
_ASKED = re.compile(r"(?:我|笔者)[^，。；]{0,6}(?:问|请教|打听)")


#: A topic tag or a bracketed headline a sentence opens on ("#大桥封闭#", "【通报】").
_TAGS = re.compile(r"#[^#\n]{1,30}#|【[^】\n]{1,40}】")
#: A short clause of when or where ("国庆黄金周首两日", "发布会期间", "在码头上"), not an account ("一次是大车加塞").
_WHEN_WHERE = re.compile(r"[\d一二两三四五六七八九十首末][^，,]{0,3}(?:日|天|月|年|周)$|(?:期间|当天|当晚|以来|前后|之际|现场|会上|上|里|内)$")
#: A clause that is the speaker's own account in the first or second person.
_PERSON = re.compile(r"[我咱你]")
#: A study's or a test's finding cited as evidence ("X的调查发现", "X的研究显示"): no speech of X's.
_STUDY = re.compile(r"的(?:实验|测试|调查|研究|测算|检测)(?:结果)?(?:显示|表明|发现)$")
#: A clause that only sets the scene or the tone ("价格出来的时候", "说实话"): no account of the speaker's own.
_SCENE = re.compile(r"(?:(?<!小)时|时候|之后|以后|之前)$|^(?:说实话|老实说|坦白说|其实|说真的)$")


def reported_inside(simple: str, at: int, atts, holder: set[str], script: str) -> tuple[Speaker | None, str]:
    """Another holder's frame inside this sentence of the turn or post of ``holder`` (its names, in
    simplified script), and whose the sentence is: (speaker, "other") when the frame hands it over,
    (speaker, "own") when it is the turn's speaker's account, (speaker, "both") when the first person
    comes back after the frame, (None, "") when no other frame is inside. ``at`` is where the sentence
    starts in its paragraph, ``atts`` the paragraph's (start, end, speaker)."""
    end = at + len(simple)
    for a0, b0, sp in atts:
        # (a finding opening the sentence, "欧委会的调查发现，…", is read as one inside it)
        study = at <= a0 < end and bool(_STUDY.search(simple[a0 - at:b0 - at]))
        if not (at < a0 < end or study) or to_simplified(sp.name, script) in holder:
            continue
        before, after = simple[:a0 - at], QUOTED_SPAN.sub("“”", simple[b0 - at:]).lstrip("了道过，,：: ")
        if FIRST_SPEECH.search(after):
            return sp, "both"
        if _ASKED.search(before):
            return sp, "own"
        # (the clauses of the speaker's own before the frame, after a label or a tag the sentence opens on:
        # "2. 订单：", "#话题#", "【通报】")
        own = [c.strip() for c in re.split(r"[，,；;]", QUOTED_SPAN.sub("", re.split(r"[：:]", _TAGS.sub("", before))[-1]))
               if c.strip() and not _SCENE.search(c.strip())]
        if study and _CLAUSE_BREAK.search(after.rstrip("。！？!?…")):
            return sp, "own"  # "欧委会的调查发现，…，这造成了…": a finding the speaker argues from, their own sentence
        if not own or len(own) == 1 and len(own[0]) <= 12 and _WHEN_WHERE.search(own[0]) and not _PERSON.search(own[0]):
            return sp, "other"  # the frame opens the sentence, after at most a short clause of when or where: X's, as in narration
        if _CLAUSE_BREAK.search(after.rstrip("。！？!?…")):
            return sp, "own"  # "X说要到下半年才推送，跟同行比还有差距": where X's words stop and the speaker's resume, unsure
        if len(own) > 1:
            return sp, "own"  # "坏消息是…影片，有一台是交车隔天就撞了，X说是操作不当": the speaker's account, X's word at its end
        return sp, "other"
    return None, ""
