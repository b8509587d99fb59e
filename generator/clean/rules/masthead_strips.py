"""The strips a newsletter, an e-paper or a portal prints above its first item: the day's weather
("北京 晴转多云 22~32℃ ｜ 上海 雷阵雨 26~33℃") and the greeting to the reader ("早上好！这里是X，每天10分钟…").
They are the page's, not any item's: they leave (recorded) when they stand above the page's first
heading, among its first lines, and the page has items under headings after them.

Read by SHAPE: a weather strip holds two temperatures or more (a range or a reading in ℃/°C) and no
sentence end; a greeting opens on a greeting to the reader (早上好, 大家好, 亲爱的读者 …) and is short
(60 characters at most). The page's closing lines, when they are only thanks and contact fields (a slide deck's last slide
"谢谢！Q&A ⏎ 联系人：… ⏎ 地址：…"), leave as well. Text below the first heading is never touched (a flood report's own
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


#: A closing slide's or a release's last lines: thanks and a call for questions, and contact fields.
_THANKS = re.compile(r"^\s*(?:谢谢|謝謝|感谢聆听|感謝聆聽|感谢观看|感謝觀看|Thank you|Thanks)[!！。.]?\s*(?:Q\s*&\s*A|问答|問答)?[!！。.]?\s*$", re.I)
_CONTACT = re.compile(r"^\s*(?:联系人|聯絡人|聯繫人|联系电话|聯絡電話|电话|電話|传真|傳真|邮箱|郵箱|电子邮件|電子郵件|地址|网址|網址|E-?mail)\s*[:：]\s*\S[^。！？]{0,40}$", re.I)


def _closing(doc) -> None:
    """The last lines of the page, when they are only thanks and contact fields (a deck's closing
    slide "谢谢！Q&A ⏎ 联系人：… ⏎ 地址：…"), two lines at least and one a contact field: the page's."""
    bl = doc.blocks
    k = len(bl)
    while k > 0 and bl[k - 1].kind == "line" and (_THANKS.match(bl[k - 1].text) or _CONTACT.match(bl[k - 1].text)):
        k -= 1
    tail = bl[k:]
    if len(tail) >= 2 and any(_CONTACT.match(b.text) for b in tail) and k > 0:
        with doc.batch():
            for b in tail:
                doc.remove(b, "the closing lines (thanks, contacts) under the text: the page's, not the text's")


def apply(doc):
    _closing(doc)
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
