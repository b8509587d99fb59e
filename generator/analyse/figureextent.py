"""A figure read at its numeral's full extent: a numeral is never cut from a larger one.

Spoken and informal Chinese writes the next place's digit after the unit ("七成五" is 75%, "4块9" is
4.9 yuan, "1万5" / "两万三" is 15,000 / 23,000) and a tens numeral before 十几 ("三十几块" is thirty-odd,
not "十几块"). A pattern that stops at the unit, or starts at the 十, shows a different value than the
text says. Read here, on the characters a figure's match leaves on either side:

* ``tail``: the digit after 成, 块 or a magnitude (万, 千, 亿) that belongs to the figure, with the
  number it makes; never a digit that starts a figure of its own ("三成五年内": 五年 is a span).
* ``cut_before``: a figure whose first numeral continues one written before it ("三|十几", the
  months of "60岁|1个月"), which
  the caller drops when it cannot read the whole (fail clean: a missing figure costs a reader
  less than a wrong one).
"""

from __future__ import annotations

import re

__all__ = ["tail", "cut_before", "tens_odd_bounds", "adverb_lead"]

_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
for _d in range(1, 10):
    _DIGIT[str(_d)] = _d

#: What may follow a tail digit 一: the clause's end, a bound or a particle ("19块一。", "七成一左右").
#: (一 is also "a": "19块一杯" is 19 yuan a cup.)
_AFTER_ONE = re.compile(r"[^\u4e00-\u9fff\d.,A-Za-z%％]|左右|上下|出头|的|吧|啊|呢|了|啦|嘛|哦|呀|就|都|也|还|是")
#: What never follows another tail digit: a numeral, a magnitude, a unit or measure word, which make the
#: digit a figure of its own ("三成五年内", "两万三千人", "4块5毛").
_NOT_AFTER = re.compile(r"[\d.,二两三四五六七八九十百千万亿零〇年月日天周岁个位名家人次倍%％分秒点号层楼届期度克米斤"
                        r"吨件套台辆条张杯份瓶盒包箱只头匹辆毛角]")


def tail(simple: str, end: int, unit: str, mag: str) -> tuple[str, float] | None:
    """What a figure ending at ``end`` still writes of itself, as (the text, what it adds to the number
    before the magnitude's factor), or None:

    * the next place's digit after 成, 块 or a magnitude ("七成|五" +0.5, "4块|9" +0.9, "1万|5" +0.5),
      a single digit with nothing numeric or a measure word after it;
    * the smaller unit of a compound span ("60岁|1个月" +1/12, "3年|6个月", "1小时|20分钟" +1/3)."""
    if end >= len(simple):
        return None
    rest = simple[end:end + 8]
    smaller = _SMALLER.get(unit)
    if smaller:
        m = smaller[0].match(rest)
        if not m:
            return None
        n = _count(m.group(1))
        return (m.group(0), n / smaller[1]) if n else None
    ch = simple[end]
    if ch not in _DIGIT:
        return None
    after = simple[end + 1:end + 3]
    if after and (not _AFTER_ONE.match(after) if ch == "一" else _NOT_AFTER.match(after)):
        return None
    if unit in ("成", "块") or not unit and mag in ("万", "千", "亿", "千万", "百万"):
        return ch, _DIGIT[ch] * 0.1
    return None


_SMALL_NUMBER = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
#: A compound span's smaller unit after its larger one, and how many make one of the larger.
_SMALLER = {
    "岁": (re.compile(_SMALL_NUMBER + r"个月(?!\d)"), 12.0),
    "周岁": (re.compile(_SMALL_NUMBER + r"个月(?!\d)"), 12.0),
    "年": (re.compile(r"(?:零|又)?" + _SMALL_NUMBER + r"个月(?!\d)"), 12.0),
    "小时": (re.compile(r"(?:零|又)?" + _SMALL_NUMBER + r"分钟?(?![\d钟])"), 60.0),
    "分钟": (re.compile(_SMALL_NUMBER + r"秒(?!\d)"), 60.0),
}


def _count(text: str) -> int:
    """"6" → 6, "十一" → 11, "六" → 6 (0 when not a small number)."""
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _DIGIT.get(text[1:], 0)
    if len(text) == 1:
        return _DIGIT.get(text, 0)
    if len(text) >= 2 and text[1] == "十":
        return _DIGIT.get(text[0], 0) * 10 + (_DIGIT.get(text[2:], 0) if text[2:] else 0)
    return 0


#: A tens digit right before a match that starts at 十 ("三|十几", "二|十多"): the match is the end of
#: a larger numeral.
_TENS_BEFORE = re.compile(r"[二三四五六七八九两]")


#: A compound span's larger unit right before a figure of months, minutes or seconds ("60岁|1个月"):
#: the figure is that span's smaller part.
#: (Only an age: a span in 年, 小时 or 分钟 with a digit after it is not read by the patterns at all, so
#: its smaller part stays the figure shown, as before.)
_LARGER_BEFORE = re.compile(r"(?<![\d.])\d{1,3}\s*(?:周岁|岁)\s*$")
_SMALLER_UNIT = re.compile(r"个月")


def cut_before(simple: str, start: int, first: str, unit: str = "") -> bool:
    """True when the figure starting at ``start`` (its first character ``first``, its unit ``unit``)
    is the end of a larger numeral written before it ("三十几块" read from 十), or the smaller part of
    a compound span ("60岁1个月" read from 1)."""
    if start <= 0:
        return False
    if first == "十" and _TENS_BEFORE.fullmatch(simple[start - 1]):
        return True
    return bool(_SMALLER_UNIT.match(unit)) and bool(_LARGER_BEFORE.search(simple[max(0, start - 8):start]))


_PLACE = {"十": 10, "百": 100, "千": 1000}


def tens_odd_bounds(number: float | None, value: str, more: str, mag_factor: float):
    """"三十几" (thirty-odd), "三百几": the number and up to one place below the next step
    ((31, 39), (310, 390)); None when the figure is not such."""
    if number is None or "几" not in more or not value or value[-1] not in _PLACE:
        return None
    step = _PLACE[value[-1]] / 10 * mag_factor
    return number + step, number + 9 * step


#: An adverb before a bound ("均不足", "都不到", "也不少于"): the clause's word, not the figure's; in
#: "日均不足1万单" the 均 is even part of another word (日均).
_ADVERB_LEAD = re.compile(r"^[并也均都](?=不)")


def adverb_lead(qualifier: str) -> int:
    """How many characters of a bound read before a figure are an adverb to leave out of its value."""
    m = _ADVERB_LEAD.match(qualifier)
    return m.end() if m else 0
