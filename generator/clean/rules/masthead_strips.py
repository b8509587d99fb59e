"""The strips a newsletter, an e-paper or a portal prints above its first item: the day's weather
("北京 晴转多云 22~32℃ ｜ 上海 雷阵雨 26~33℃") and the greeting to the reader ("早上好！这里是X，每天10分钟…").
They are the page's, not any item's: they leave (recorded) when they stand above the page's first
heading, among its first lines, and the page has items under headings after them.

Read by SHAPE: a weather strip holds two temperatures or more (a range or a reading in ℃/°C) and no
sentence end; a greeting opens on a greeting to the reader (早上好, 大家好, 亲爱的读者 …) and is short
(60 characters at most). Text below the first heading is never touched (a flood report's own
"北京 暴雨 22℃" line stays), nor a page without headings.
"""

from __future__ import annotations

import re

from ..text import ends_sentence

NAME = "masthead_strips"

_TEMP = re.compile(r"-?\d{1,2}\s*(?:[~～\-—/至]\s*-?\d{1,2}\s*)?(?:℃|°C|度)")
_HELLO = re.compile(r"^\s*(?:(?:各位|亲爱的|親愛的)[\u4e00-\u9fff]{0,5}?)?(?:早上好|早安|上午好|中午好|下午好|晚上好|大家好|你好|您好|"
                    r"Hi|Hello|嗨)\s*[！!，,]|^\s*(?:亲爱的|親愛的)[\u4e00-\u9fff]{1,6}\s*[！!，,]")
_FIRST = 8
_GREETING_MAX = 60


def apply(doc):
    bl = doc.blocks
    first = next((i for i, b in enumerate(bl) if b.kind == "h"), None)
    if first is None or first == 0:
        return
    with doc.batch():
        for b in bl[:min(first, _FIRST)]:
            if b.kind not in ("line", "p", "caption"):
                continue
            text = b.text.strip()
            if len(_TEMP.findall(text)) >= 2 and len(text) <= 120 and not ends_sentence(text):
                doc.remove(b, "the day's weather strip above the page's first item", separates=True)
            elif len(text) <= _GREETING_MAX and _HELLO.match(text):
                doc.remove(b, "greeting to the reader above the page's first item", separates=True)
