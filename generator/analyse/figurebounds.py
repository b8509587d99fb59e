"""What range of values a figure as written allows, to tell two outlets' figures apart (issue 13, property 6).

An outlet writes a share as a percentage ("25%"), in tenths ("四成", "两成左右") or as a fraction ("三分之一"); it
bounds it ("超过10亿", "逾6%", "四成多", "不足20家", "近八成"), rounds it ("约四成", "12%左右") or gives a range
("三到五成", "1.8-2.2倍", "六七百万"). Each figure is read as an interval of the values it allows:

* an exact figure allows less than half a step of its last written digit ("18.8%": 18.755–18.845; "7%": 6.55–7.45);
* an approximation ("约", "左右", "大概") that step or ``ROUGH`` of the value either side, whichever is wider;
* a lower bound ("超过", "逾", "以上") everything above it; "多"/"余" after a figure up to its next step ("四成多":
  40%–50%); an upper bound ("不足", "不到", "以下") everything below it, "近" down to ``NEAR`` below it;
* a range its two ends.

Two figures disagree when their intervals do not meet: "约四成" and "约25%" do, "约四成" and "41.2%" or "超过10亿" and
"12亿" do not. A share in tenths is counted in percent (四成 = 40%).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figurekeys import _cn_value

#: The relative slack of an approximation ("约四成": 34%–46%; "12%左右": 10.2%–13.8%).
ROUGH = 0.15
#: How far below its figure "近" reaches ("近八成": 68%–80%).
NEAR = 0.15
#: The share of a step an exact figure allows either side (under a half, so "30万" and "40万" never meet).
EXACT = 0.45

_CN = "零〇一二两三四五六七八九十百千"
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[" + _CN + r"]+)"
_UNIT = (r"%|％|成|倍|秒|分钟|美元|港元|欧元|日元|英镑|元|块|家|个|位|台|辆|部|套|人次|人|张|名|件|份|单|例|户|间|条|篇|款|"
         r"只|支|吨|架|座|项|杯|瓶|所")
#: A figure: a number, its order of magnitude, "多"/"余", a unit; or a range of two (the first may leave out its
#: magnitude and unit: "1.8-2.2倍", "三到五成", "80万–120万台"); or a loose pair of Chinese digits ("三四成", "六七百万").
_FIGURE = re.compile(
    r"(?<![\d.,万亿上数几" + _CN + r"])"
    r"(?:(?P<lo>" + _NUM + r")\s*(?P<lobig>[万亿])?\s*(?P<lounit>%|％|成|倍)?\s*(?:[至到~～–—－-]|到)\s*)?"
    r"(?P<num>" + _NUM + r")\s*(?P<big>[万亿])?(?P<rest>[一二两三四五六七八九\d][千百])?\s*(?P<more>多|余)?\s*(?P<big2>(?<![万亿])[万亿])?\s*"
    r"(?P<unit>" + _UNIT + r")?(?P<more2>多)?")
#: A fraction ("三分之一", "四分之三", "百分之十五"): a share in percent.
_FRACTION = re.compile(r"([" + _CN + r"\d]+)分之([" + _CN + r"\d.]+)")
_LOWER_BEFORE = re.compile(r"(?:超过|超出|逾|突破|破|至少|最少|高于|多于|不低于|不少于)了?\s*$")
#: A lower bound denied ("没有破10万"): an upper bound.
_DENIED = re.compile(r"(?:没有|没|未|并未|并没有|不曾)\s*$")
_UPPER_BEFORE = re.compile(r"(?:不到|不足|至多|最多|低于|少于|不超过|未满)\s*$")
_NEAR_BEFORE = re.compile(r"(?:接近|将近|近)\s*$")
_ROUGH_BEFORE = re.compile(r"(?:约|大约|大概|约为|约在|估计|估算|预计|大致|差不多|预期)\S{0,2}$")
#: The approximation written with a figure when it is shown ("约120万部", not "估计约120万部").
_ROUGH_SHOWN = re.compile(r"(?:大约|大概|约)$")
_LOWER_AFTER = re.compile(r"^\s*(?:以上|有余)")
_UPPER_AFTER = re.compile(r"^\s*(?:以下|以内)")
_ROUGH_AFTER = re.compile(r"^\s*(?:左右|上下|前后)")

_MONEY = frozenset("美元 港元 欧元 日元 英镑 元 块".split())
_COUNTERS = frozenset("台 辆 部 套 张 件 份 单 例 户 吨 个 架 艘 只 支 杯 瓶 家 所 座 人次 人 名 位".split())
#: Counters that say what is counted (people, households, firms, schools): a count in one is never a count in another.
#: The others ("台", "辆", "部", "套", "个") outlets interchange for one thing.
_OWN_COUNTERS = {"人": "人", "名": "人", "位": "人", "人次": "人次", "户": "户", "家": "家", "所": "所", "座": "座",
                 "例": "例", "吨": "吨", "杯": "杯", "瓶": "瓶"}


@dataclass(frozen=True)
class Bound:
    """One figure of a clause: the values it allows, what it is counted in, and where it is written."""
    lo: float
    hi: float
    kind: str  # "%", "倍", "秒", "分钟", "money", "count" or "" (a bare magnitude)
    start: int
    end: int

    def meets(self, other: "Bound") -> bool:
        """Whether the two figures allow a common value."""
        return self.lo <= other.hi and other.lo <= self.hi


def _number(text: str) -> tuple[float, float] | None:
    """(value, step of its last written digit) of a number ("18.8" → 18.8, 0.1; "120" → 120, 10; "四" → 4, 1;
    "二百二十" → 220, 10; "六七" (a loose pair) → None)."""
    text = text.replace(",", "")
    if text[0].isdigit():
        value = float(text)
        if "." in text:
            return value, 10.0 ** -len(text.split(".")[1])
        zeros = len(text) - len(text.rstrip("0")) if value else 0
        return value, 10.0 ** zeros
    value = _cn_value(text)
    if value is None:
        return None
    step = 1.0
    for ch, unit in (("十", 10), ("百", 100), ("千", 1000)):
        if text.endswith(ch):
            step = float(unit)
    return value, step


def _pair(text: str) -> tuple[float, float, float] | None:
    """A loose pair of Chinese digits ("三四", "六七百"): (low, high, step)."""
    m = re.fullmatch(r"([一二两三四五六七八九])([一二两三四五六七八九])([十百千]?)", text)
    if not m:
        return None
    a, b = _cn_value(m.group(1)), _cn_value(m.group(2))
    if b != a + 1:
        return None
    scale = {"十": 10, "百": 100, "千": 1000}.get(m.group(3), 1)
    return a * scale, b * scale, float(scale)


def _kind(unit: str) -> str:
    if unit in ("%", "％", "成"):
        return "%"
    if unit in ("倍", "秒", "分钟"):
        return unit
    if unit in _MONEY:
        return "money"
    if unit in _OWN_COUNTERS:
        return "count:" + _OWN_COUNTERS[unit]
    if unit in _COUNTERS:
        return "count"
    return ""


def bounds(clause: str) -> list[Bound]:
    """The figures a clause (simplified script) gives, each as the interval of values it allows. A number counts
    when a unit or an order of magnitude follows it ("四成", "25%", "10亿", "88898台"), as a fraction ("三分之一") or
    as a share in words ("百分之十五"); a year ("2024年") or a date never does."""
    out: list[Bound] = []
    taken: list[tuple[int, int]] = []
    for m in _FRACTION.finditer(clause):
        whole, part = _number(m.group(1)), _number(m.group(2))
        if not whole or not part or not whole[0]:
            continue
        if m.group(1) in ("百", "100"):
            value, step = part[0], part[1]
        else:
            value, step = part[0] / whole[0] * 100, 5.0  # "三分之一": 33.3%, a round share
        out.append(_bounded(clause, m.start(), m.end(), value, value, step, "%"))
        taken.append((m.start(), m.end()))
    for m in _FIGURE.finditer(clause):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        unit, big = m.group("unit") or "", m.group("big") or m.group("big2")
        if not unit and not big:
            continue
        if re.match(r"\s*[年月日号周天岁]", clause[m.end():]) and not unit:
            continue
        if re.search(r"[数几]\s*$", clause[max(0, m.start() - 2):m.start()]):
            continue  # "数十亿": several, no value
        num = m.group("num")
        if not num[0].isdigit() and not re.search(r"[一二两三四五六七八九十]", num):
            continue  # "千欧元" after "上": "upwards of a thousand", no value
        pair = None if num[0].isdigit() else _pair(num)
        parsed = _number(num) if not pair else (pair[0], pair[2])
        if parsed is None:
            continue
        if not num[0].isdigit() and not pair and not re.search(r"[十百千]", num) and not big and unit not in ("成", "倍"):
            continue  # "一台", "三天": a Chinese digit alone is a count of little
        if num[0].isdigit() and not big and unit in _COUNTERS and float(num.replace(",", "")) < 10:
            continue
        scale = (1e8 if big == "亿" else 1e4 if big == "万" else 1.0) * (10.0 if unit == "成" else 1.0)
        value, step = parsed[0] * scale, parsed[1] * scale
        if m.group("rest") and big:  # "两万五千": 2.5万
            rest = _number(m.group("rest")[0])
            value += rest[0] * {"千": 1000, "百": 100}[m.group("rest")[1]] * (scale / 1e4)
            step = {"千": 1000, "百": 100}[m.group("rest")[1]] * (scale / 1e4)
        lo, hi = value, (pair[1] * scale if pair else value)
        if m.group("lo"):
            first = _number(m.group("lo"))
            if first is None:
                continue
            lbig = m.group("lobig")
            lscale = (1e8 if lbig == "亿" else 1e4 if lbig == "万" else 1.0) if lbig else scale / (10.0 if unit == "成" else 1.0)
            lscale *= 10.0 if unit == "成" else 1.0
            lo = first[0] * lscale
            if lo >= hi:
                continue
        more = bool(m.group("more") or m.group("more2"))
        start = m.start("lo") if m.group("lo") else m.start("num")
        out.append(_bounded(clause, start, m.end(), lo, hi, step, _kind(unit), more))
    return sorted(out, key=lambda b: b.start)


def _bounded(clause: str, start: int, end: int, lo: float, hi: float, step: float, kind: str,
             more: bool = False) -> Bound:
    """The interval a figure allows given the words around it (``start``/``end``: where it is written)."""
    before, after = clause[max(0, start - 6):start], clause[end:end + 3]
    lower, upper, near = _LOWER_BEFORE.search(before), _UPPER_BEFORE.search(before), _NEAR_BEFORE.search(before)
    if lower and _DENIED.search(clause[:start - (len(before) - lower.start())]):
        lower, upper = None, lower  # "没有破10万": under it
    rough = _ROUGH_BEFORE.search(before)
    word = lower or upper or near or _ROUGH_SHOWN.search(before)
    if word:  # written with its qualifier ("约四成", "超过10亿")
        start -= len(before) - word.start()
    tail = _LOWER_AFTER.match(after) or _UPPER_AFTER.match(after) or _ROUGH_AFTER.match(after)
    if tail:
        end += tail.end()
    if more:
        return Bound(lo, hi + step, kind, start, end)
    if lower or _LOWER_AFTER.match(after):
        return Bound(lo, float("inf"), kind, start, end)
    if upper or _UPPER_AFTER.match(after):
        return Bound(0.0, hi, kind, start, end)
    if near:
        return Bound(lo * (1 - NEAR), hi, kind, start, end)
    if rough or _ROUGH_AFTER.match(after):
        slack = max(step / 2, ROUGH * hi)
        return Bound(lo - slack, hi + slack, kind, start, end)
    return Bound(lo - EXACT * step, hi + EXACT * step, kind, start, end)
