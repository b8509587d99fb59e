"""Dates written in Chinese numerals, read as the digits the date finder knows: an official
paper's "二〇二四年五月一日", a feature's "三月十五日", "今年十月一日", "九月下旬", "二〇二三年". The text is
rewritten with digits ("2024年5月1日") and a map from each position of the rewritten text back to
the original, so what the finder returns still points into the text as written.

Only a month and a day are read together, or a month with its year, its part (上旬, 底, 初, 份)
or a preposition before it (在, 于, 从, 自, 到, 至): "一月" alone is left as written, and "三个月",
"第一月", "十月怀胎" are no dates."""

from __future__ import annotations

import re

__all__ = ["arabic_dates", "has_numeral_date"]

_DIGIT = {"〇": 0, "○": 0, "Ｏ": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
_YEAR = r"(?P<y>[〇○Ｏ零一二三四五六七八九]{4})\s*年\s*"
_MONTH = r"(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
_DAY = r"(?P<d>三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]"
#: A year, a month, a day in numerals, each optional (which together make a date is checked in
#: ``_is_date``), never after a numeral, a measure or an ordinal, never a count ("三个月").
_NUMERAL_DATE = re.compile(
    rf"(?<![〇○Ｏ零一二三四五六七八九十两几数个第每半多百千万])(?=[〇○Ｏ零一二三四五六七八九十])"
    rf"(?:{_YEAR})?(?:{_MONTH}\s*(?:{_DAY})?)?(?![个多])")
_MONTH_PART = re.compile(r"\s*(?:[上中下]旬|初|底|末|份|中下旬)")
_CHEAP = re.compile(r"[〇○Ｏ零一二三四五六七八九十]\s*[年月]")


def _number(text: str) -> int:
    """"十二" → 12, "二十一" → 21, "三十" → 30, "五" → 5."""
    if "十" not in text:
        return _DIGIT[text]
    tens, _, ones = text.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


def _is_date(text: str, m: re.Match) -> bool:
    """A year, a month with its day, or a month after a year, a preposition or before its part."""
    if m.group("y") or m.group("m") and m.group("d"):
        return True
    if not m.group("m"):
        return False
    before = text[:m.start()].rstrip()[-1:]
    return before in ("在", "于", "从", "自", "到", "至", "年") or _MONTH_PART.match(text, m.end()) is not None


def has_numeral_date(text: str) -> bool:
    return _CHEAP.search(text) is not None and any(_is_date(text, m) for m in _NUMERAL_DATE.finditer(text))


def arabic_dates(text: str) -> tuple[str, list[int]]:
    """The text with its numeral dates in digits, and for each position of the new text (and one
    past its end) the position of the original it comes from."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    for m in _NUMERAL_DATE.finditer(text):
        if not _is_date(text, m):
            continue
        for name in ("y", "m", "d"):
            if m.group(name) is None:
                continue
            a, b = m.span(name)
            if name == "y":
                digits = "".join(str(_DIGIT[c]) for c in m.group(name))
            else:
                value = _number(m.group(name))
                if name == "m" and not 1 <= value <= 12 or name == "d" and not 1 <= value <= 31:
                    continue
                digits = str(value)
            out.append(text[last:a])
            pos.extend(range(last, a))
            out.append(digits)
            # each digit points at the numeral it stands for, the last at the numeral's last character
            pos.extend(min(a + k, b - 1) for k in range(len(digits)))
            last = b
    out.append(text[last:])
    pos.extend(range(last, len(text) + 1))
    return "".join(out), pos
