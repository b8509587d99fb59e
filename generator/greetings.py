"""Greetings and self-introductions: how a speaker opens a turn or a writer a post ("你好 我叫孙丽娜",
"大家好，我是柯文斌", "我姓赵", "王某，文旅行业从业者，…"), and the greetings and thanks that are a turn's words,
never a name ("谢谢大家", "哈喽").

One home for the patterns the readers (an unlabelled interview's turns, ``readers.interview``), the cleaner (a
mail's salutation and its greeting to the reader, ``clean.rules.form_furniture``) and the analysis (the index's
people, ``analyse.namepeople``, ``analyse.nameoccupation`` and ``analyse.entities``; what can be a side,
``analyse.sidetext``; who writes a block, ``analyse.blockauthors``; an interview's guests and a monologue's
speaker, ``analyse.speakerintro`` and ``analyse.speakercolumns``; what no digest line is,
``analyse.digestthesis`` and ``analyse.digestlines``) read them by. It sits on the lowest floor (it imports
nothing of the package), so every stage may import it; a new greeting pattern belongs here, not in its module.

Each pattern keeps the words its reader was written and measured with (the patterns differ on purpose: a whole
line, a line's opening, a sentence's); the greeting, thanks and daytime words they share stand once in
``HELLO``, ``THANKS`` and ``DAYTIME``.
"""

from __future__ import annotations

import re

__all__ = ["HELLO", "THANKS", "DAYTIME", "GREET_RUN", "TURN_INTRO", "SELF_INTRO", "NO_SIDE_GREETING",
           "GREETING_NO_NAME", "POST_INTRO", "SURNAME_INTRO", "GUEST_INTRO", "MONOLOGUE_INTRO", "GREETING_LINE",
           "GREETING_OPENING", "MAIL_GREETING", "READER_HELLO"]

#: The words that greet ("你好", "大家好", "哈喽", "哈囉"). None of them starts another, so at any place at most one
#: of them matches, and their order in an alternation changes nothing.
HELLO = r"你好|您好|大家好|各位好|哈喽|哈囉|嗨"

#: The words that thank ("谢谢", "感谢", "多谢"): a turn's formula, or the host taking the floor back.
THANKS = r"谢谢|感谢|多谢"

#: The parts of the day a greeting names ("下午好", "晚上好").
DAYTIME = r"上午|下午|晚上|早上|中午"

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

#: "我姓赵，赵德顺", "我姓赵赵德顺", "免贵姓林，叫林海": the surname said, then the full name (``s``: the surname;
#: the index's people, ``analyse.nameoccupation``, and an interview's guests, ``analyse.speakerintro``).
SURNAME_INTRO = re.compile(r"(?:我|免贵)姓(?P<s>[\u4e00-\u9fff])[，,、\s]*(?:叫|名叫)?(?=(?P=s))")

#: A guest's self-introduction in an unlabelled interview: "我叫孙某", "我的名字叫孙某" (``named``), "我姓赵，赵某某"
#: (``s``, then ``full``; ``analyse.speakerintro``).
GUEST_INTRO = re.compile(r"(?:我叫|我的名字(?:是|叫))[ \u3000]?(?P<named>[\u4e00-\u9fff]{2,3})|"
                         + SURNAME_INTRO.pattern + r"(?P<full>[\u4e00-\u9fff]{2,3})")

#: A speaker introducing themself at a monologue's start ("大家好我是柯某欢迎来到…", "我叫王某，今天…"; group 1:
#: the name; ``analyse.speakercolumns``).
MONOLOGUE_INTRO = re.compile(r"(?:^|[，,。！!\s好])我(?:是|叫)([\u4e00-\u9fff]{2,3}?)"
                             r"(?=[，,。！!\s]|欢迎|今天|这期|本期|咱们|我们|$)")

#: A greeting, the whole line ("各位媒体朋友，大家下午好！", "大家好。", "各位听众，晚上好"), or thanks, the whole
#: line ("谢谢主持人。", "感谢各位记者的提问！"): the opening or the formula of a turn, never what it says
#: (``analyse.digestthesis``).
GREETING_LINE = re.compile(rf"^\s*(?:(?:各位|亲爱的|尊敬的)[^，,。！!]{{0,10}}[，,]\s*)?(?:大家|各位|你们|您)?"
                           rf"(?:{DAYTIME})?好[！!。，,～~\s]*$"
                           rf"|^\s*(?:{THANKS})[^，,。！!？?]{{0,10}}[。！!～~\s]*$")

#: A sentence opening on a greeting or a welcome ("大家好…", "欢迎来到…", "Hello…"): no line of a digest's summary
#: (``analyse.digestlines``).
GREETING_OPENING = re.compile(r"^(?:hi|hello|你好|您好|大家好|欢迎|各位)", re.I)

#: An e-mail's salutation, the whole short line ("亲爱的读者：", "各位朋友，早上好！", "Hi 小王，"): the mail's
#: furniture (``clean.rules.form_furniture``).
MAIL_GREETING = re.compile(r"^\s*(?:亲爱的|親愛的|尊敬的|各位|Hi|Dear|嗨)\s*[\u4e00-\u9fffA-Za-z]{0,8}\s*[,，:：!！]?\s*"
                           r"(?:早安|午安|晚安|早上好|下午好|晚上好|你好|您好|大家好|好)?\s*[!！。～~]?\s*$")

#: A line opening on a greeting to the reader, then its pause ("早上好！今天是…", "各位读者，…"): above a mail's
#: first rule, the mail's (``clean.rules.form_furniture``).
READER_HELLO = re.compile(r"^\s*(?:早上好|早安|上午好|中午好|下午好|晚上好|晚安|大家好|你好|您好|各位[\u4e00-\u9fff]{0,4}|"
                          r"亲爱的[\u4e00-\u9fff]{0,6}|親愛的[\u4e00-\u9fff]{0,6}|Hi|Hello|嗨)\s*[！!，,]")
