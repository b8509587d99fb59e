"""Greetings and self-introductions: how a speaker opens a turn or a writer a post ("你好 我叫孙丽娜",
"大家好，我是柯文斌", "我姓赵", "王某，文旅行业从业者，…"), and the greetings and thanks that are a turn's words,
never a name ("谢谢大家", "哈喽").

One home for the patterns the readers (an unlabelled interview's turns, ``readers.interview``) and the
analysis (the index's people, ``analyse.namepeople`` and ``analyse.entities``; what can be a side,
``analyse.sidetext``; who writes a block, ``analyse.blockauthors``) read them by. It sits on the lowest floor
(it imports nothing of the package), so every stage may import it.

Each pattern keeps the words its reader was written and measured with; the greeting words they share stand once
in ``HELLO``.
"""

from __future__ import annotations

import re

__all__ = ["HELLO", "GREET_RUN", "TURN_INTRO", "SELF_INTRO", "NO_SIDE_GREETING", "GREETING_NO_NAME",
           "POST_INTRO"]

#: The words that greet ("你好", "大家好", "哈喽", "哈囉"). None of them starts another, so at any place at most one
#: of them matches, and their order in an alternation changes nothing.
HELLO = r"你好|您好|大家好|各位好|哈喽|哈囉|嗨"

#: One greeting or more at a turn's start, each with its pause ("你好你好 ", "哈喽大家好，").
GREET_RUN = rf"(?:(?:{HELLO})[\s，,！!。]*)+"

#: A guest greeting back and giving a name at a cue's start, in an unlabelled recording (``readers.interview``):
#: "你好 我叫孙丽娜", "你好你好 我姓赵 赵德顺" (``a``: the name given; ``s`` and ``b``: the surname, then the name).
TURN_INTRO = re.compile(rf"^{GREET_RUN}(?:我(?:叫|是)(?P<a>[\u4e00-\u9fff]{{2,3}}?)|我姓(?P<s>[\u4e00-\u9fff])[\s，,]*(?:叫)?"
                        rf"(?P<b>[\u4e00-\u9fff]{{2,3}}?))(?=[\s，,。！？!?]|是|在|$)")

#: A speaker introducing themself, up to the name ("大家好，我是柯文斌", "我叫林小满"; ``analyse.namepeople``).
SELF_INTRO = re.compile(r"(?:(?:大家好|各位好|各位观众|哈喽)[，,！!\s]*(?:我是|我叫)|我叫|我的名字是|本人)\s*(?=[\u4e00-\u9fff])")

#: A sentence opening on a greeting or a self-introduction ("你好我叫孙丽娜…", "大家好，我是…", "我姓赵"): no side
#: of a contention (``analyse.sidetext``).
NO_SIDE_GREETING = re.compile(rf"^(?:{HELLO}|hi|hello|欢迎|歡迎)|^(?:我叫|我是[^，,。]{{1,12}}[，,]|我姓)", re.I)

#: A greeting or thanks opening a would-be name ("谢谢大家回应", "大家好"): the words of a turn, no name
#: (``analyse.entities``; without "哈囉", as it was measured).
GREETING_NO_NAME = re.compile(r"(?:谢谢|多谢|感谢大家|你好|您好|大家好|各位好|哈喽|嗨)")

#: A post's first paragraph introducing its writer ("王某，文旅行业从业者，做过八年景区运营。"): the name, then the
#: role (``analyse.blockauthors``).
POST_INTRO = re.compile(r"^(?P<name>[^，,。：:\s]{2,16})[，,](?P<role>[^，,。；;：:]{2,24})[，,。]")
