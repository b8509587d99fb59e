"""Figure keys: the figures a claim gives, one key per value however an outlet writes it.

Outlets write one figure in several ways: "220万", "二百二十多万", "2,200,000"; "1000万套" and
"一千多万套"; "1万5千元" and "15000元"; a counter word ("台", "辆", "套") or an approximation
("约", "超过", "多", "余") around it. A figure key is the value with its order of magnitude and,
for a share, a multiple or a duration, its unit ("220万", "96%", "3倍"); counters and currency
after a number are dropped, as two outlets interchange them. Split out of ``grouping``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import cjk_len, content_tokens

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 1e4, "亿": 1e8}
_CN = "零〇一二两三四五六七八九十百千"

#: A number (Arabic, with thousands separators, or in Chinese numerals), an order of magnitude and
#: a second part ("1万5千"), an approximation, and what is counted.
_FIGURE = re.compile(
    r"(?P<num>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?<![" + _CN + r"万亿])[一二两三四五六七八九十][" + _CN + r"]*)\s*(?P<mult>(?<=\d)[千百])?\s*"
    r"(?:(?P<big>[万亿])(?:(?P<rest>\d|[一二两三四五六七八九])(?P<restu>[千百]))?)?"
    r"(?P<about>多|余)?\s*(?P<big2>(?<![万亿])[万亿])?"
    r"\s*(?P<unit>%|％|倍|秒|分钟|美元|元|家|个|位|台|辆|部|套|人次|人|张|名|件|份|单|例|户|间|条|篇|款|只|吨|架|座|项)?")
#: A share written in words ("百分之一", "百分之三十五", "百分之15"): the same key as "1%".
_PERCENT_WORDS = re.compile(r"百分之(\d{1,3}(?:\.\d+)?|[零〇一二两三四五六七八九十百]{1,5})")
#: Counters that say what a figure counts (a currency or "个" says little of it).
_COUNTED = frozenset("台 辆 部 套 人次 张 件 份 单 例 户 吨".split())
#: Counters a figure is compared by only when it is a count of four digits or more.
_RARE_COUNTERS = frozenset("张 名 件 份 单 例 户 间 条 篇 款 只 吨 架 座 项".split())
#: Units kept in the key: what the figure measures is then part of it.
_KEPT = {"%": "%", "％": "%", "倍": "倍", "秒": "秒", "分钟": "分钟"}


def _cn_value(text: str) -> float | None:
    """二百二十 → 220, 十五 → 15, 一千 → 1000, 四五 → None (a loose pair, no value)."""
    total, cur, last_unit = 0, None, None
    for ch in text:
        if ch in _CN_DIGIT:
            if cur is not None:
                return None  # two digits in a row: "四五千", a range, not one value
            cur = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            unit = _CN_UNIT[ch]
            if last_unit is not None and unit >= last_unit:
                return None
            total += (1 if cur is None else cur) * unit
            cur, last_unit = None, unit
        else:
            return None
    return float(total + (cur or 0))


def _key(value: float, unit: str) -> str:
    if value >= 1e8:
        text = f"{value / 1e8:.6g}亿"
    elif value >= 1e4:
        text = f"{value / 1e4:.6g}万"
    else:
        text = f"{value:.6g}"
    return text + _KEPT.get(unit, "")


def figure_keys(simple: str) -> set[str]:
    """The figures a sentence gives, one key per value ("220万", "二百二十多万人" → "220万";
    "1万5千元" → "1.5万"). A number counts when an order of magnitude or a unit follows it
    ("450万套", "96%", "三千多元"); a Chinese numeral only when it has a magnitude of its own
    ("二十多", not "一台" or "三天"); a bare number of four digits or more only before a counter
    ("88898台")."""
    out: set[str] = set()
    for m in _PERCENT_WORDS.finditer(simple):
        # "百分之一" is "1%", "百分之三十" "30%": a share written in words
        num = m.group(1)
        value = float(num) if num[0].isdigit() else _cn_value(num)
        if value is not None:
            out.add(_key(value, "%"))
    for m in _FIGURE.finditer(simple):
        if re.search(r"[数几]\s*$", simple[max(0, m.start() - 2):m.start()]):
            continue  # "数10亿美元", "几万": several, no value
        num, big, unit = m.group("num"), m.group("big") or m.group("big2"), m.group("unit") or ""
        chinese = not num[0].isdigit()
        if chinese:
            if not re.search(r"[十百千]", num) and not big:
                continue
            value = _cn_value(num)
            if value is None:
                continue
        else:
            value = float(num.replace(",", "")) * (_CN_UNIT[m.group("mult")] if m.group("mult") else 1)
            if not (big or unit or m.group("about") or m.group("mult")):
                continue
            if not big and unit not in _KEPT and unit not in ("元", "美元") and not m.group("about") and not m.group("mult") \
                    and len(num.replace(",", "").split(".")[0]) < 2:
                continue  # "1个", "3家": a count too small to tie two outlets
        if not big and unit in _RARE_COUNTERS and len(num.replace(",", "").split(".")[0]) < 4:
            continue  # "12名", "3条": a small count of a rarer counter ties nothing; "38427张" does
        if not big and not unit and not m.group("mult"):
            continue  # "二十多" alone counts nothing
        if big:
            value *= _BIG[big]
            if m.group("rest"):
                rest = m.group("rest")
                digit = int(rest) if rest.isdigit() else _CN_DIGIT[rest]
                value += digit * _CN_UNIT[m.group("restu")] * (_BIG[big] / 1e4)
        out.add(_key(value, unit))
    return out


#: Where a clause ends (never at a thousands separator: "88,898").
_CLAUSE_END = re.compile(r"[，。；！？;!?：:]|,(?!\d{3}(?!\d))")


def _measured(text: str) -> list[tuple[set[str], set[str]]]:
    """Per clause of a text that gives a figure: its figure keys and its words (what it measures)."""
    out = []
    for clause in _CLAUSE_END.split(text):
        keys = figure_keys(clause)
        if keys:
            # what the figure counts ("人次", "套") is said by its counter, when it has one
            counted = {"#" + m.group("unit") for m in _FIGURE.finditer(clause) if m.group("unit") in _COUNTED}
            out.append((keys, {w.lower() for w in content_tokens(clause) if _thing(w)} | counted))
    return out


#: Words that say how a figure is compared, not what it measures.
_COMPARED = frozenset("同比 环比 累计 约合 合计 总计 全年 平均 人均 比例 幅度".split())


def _thing(word: str) -> bool:
    """A word that can name what a figure measures: a noun, a set phrase or a name ("峰值",
    "同时在线", "Steam"), not a verb ("增长"), a number or a date."""
    from .claimkeys import nominal
    from .namewords import word_tag

    from .support import _FRAME_WORD

    if re.search(r"\d|^[万亿千百多余年月日号]", word) or _FRAME_WORD.search(word) or word in _COMPARED:
        return False
    if word.isascii():
        return len(word) >= 3
    return cjk_len(word) >= 2 and (nominal(word) or word_tag(word) == "l")


#: Words around a figure that say how sure or how near it is, not what it measures.
_HEDGES = frozenset("预计 预测 估计 预期 测算 突破 达到 接近 超过 左右 大约 约为 机构 有关 方面".split())


def measured_things(text: str) -> frozenset:
    """The words naming what a text's figures measure (the words of its clauses that give a
    figure, hedges and forecast words aside); empty when it gives no figure."""
    out: set[str] = set()
    for _, words in _measured(text):
        out |= words
    return frozenset(out - _HEDGES)


#: Words (or a counter) the clauses of one figure must share to measure the same thing: one is
#: not enough ("60秒的视频时长" / "相比之前的60秒视频" are two claims about videos).
MEASURE_WORDS = 2


@lru_cache(maxsize=1 << 16)  # a point's statement is weighed against every quote of it, on every save
def same_measure(statement: str, quote: str) -> bool:
    """Whether a quote gives one of the statement's figures of the same thing: a clause of each
    with the same figure key and two words (or a word and the counter) in common, or the same
    exact count (``exact``: "88898台" / "88,898辆") ("首日Steam同时在线人数冲破220万人" /
    "Steam同时在线峰值超过220万"; "二百二十多万人同时在线"). A figure alone ("增长30%" of two
    different things) never is."""
    mine = _measured(statement)
    if not mine:
        return False
    theirs = _measured(quote)
    return any(k1 & k2 and (len(w1 & w2) >= MEASURE_WORDS or any(exact(k) for k in k1 & k2))
               for k1, w1 in mine for k2, w2 in theirs)


#: Significant digits from which a figure is exact: two outlets giving "88898" or "168.5万" report
#: one count, whatever words they put around it ("220万" or "30%" may be anything's).
EXACT_DIGITS = 4


def exact(key: str) -> bool:
    """Whether a figure key is an exact count rather than a round number ("8.8898万", "168.5万",
    "4860万"; not "220万", "1000万", "1.5万", "30%")."""
    digits = re.sub(r"\D", "", re.sub(r"[万亿].*$|[%倍秒分钟]+$", "", key))
    value = key[:-1] if key[-1] in "万亿" else key
    if "." in value:  # "8.8898万": the count's own digits
        digits = re.sub(r"\D", "", value)
    return len(digits.strip("0")) >= EXACT_DIGITS
