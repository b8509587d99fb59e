"""Changes of a measured quantity: which quantity moves, which way, and of what (issue 13, property 3).

Outlets report one change with their own figures and words: "显示卡销量较平日上升约两成" /
"显卡成交额环比增长超过150%", "原料药价格上涨约15%" / "售价从每盒20多元涨至40多元". Neither the
wording nor the figures tie them; their structure does: a measure of one class (a price; the demand for
a thing: sales, orders, bookings, visitors; a share) moving in one direction (up or down) in a
clause that names the same specific thing. ``change_effects`` reads the measure and direction of a clause;
``claimkeys.clause_keys`` pairs them with the clause's specific words as claim keys
("sales-up", "显卡"), so two outlets stating one change of one thing share a key, while sales of
one thing and sales of another, or a rise and a fall (``opposed_changes``), stay apart.
"""

from __future__ import annotations

import re

__all__ = ["MEASURES", "change_effects", "changed", "measure_word", "measured", "opposed_changes", "other_things", "only_changes", "without_changes"]

#: Classes of measured quantity any story reports a change of, and the words that name them.
MEASURES: dict[str, tuple[str, ...]] = {
    "price": ("价格", "价钱", "售价", "房价", "票价", "单价", "均价", "租金", "报价", "零售价", "批发价"),
    # (sales, orders, bookings, visitors and searches all measure the demand for a thing, one class:
    # "古建线路预订量增长" and "古建景区接待游客增长" state one rise of the demand for 古建)
    "sales": ("销量", "销售额", "成交额", "成交量", "营收", "营业额", "收入", "订单量", "订单", "预订量",
              "出货量", "交付量", "销售", "客流", "客流量", "游客量", "游客数", "游客", "旅客", "人次",
              "接待量", "搜索量", "搜索热度", "访问量"),
    "share": ("占比", "比例", "比重", "份额"),
}
_UP = (r"提高|提升|增加|增长|上升|上涨|上调|攀升|推高|抬高|翻倍|翻番|翻了|暴涨|大涨|猛涨|飙升|激增|大增|猛增|"
       r"剧增|暴增|走高|涨(?:到|至|了|幅|逾|超|近|约)")
_DOWN = (r"降低|减少|下降|下跌|下调|回落|下滑|收窄|压低|骤降|锐减|大减|下挫|走低|萎缩|腰斩|几乎为零|归零|"
         r"跌(?:到|至|了|幅|逾|超|近|约)|降(?:到|至|了)")
#: Words between the measure and its direction ("价格一度上涨", "销量较平日上升", "订单或会明显减少").
GAP = 10
_WORDS = "|".join(sorted({w for ws in MEASURES.values() for w in ws}, key=len, reverse=True))
_CHANGE = re.compile(r"(" + _WORDS + r")[^，。；：！？,;:!?]{0,%d}?(?:(%s)|(%s))" % (GAP, _UP, _DOWN))
#: A price moved by a verb of its own ("涨价", "降价", "提价").
_PRICE_VERB = re.compile(r"(涨价|提价|加价)|(降价|减价|跌价)")
#: A direction word denied just before it ("并未下降", "没有增加"): no change stated.
_NOT = re.compile(r"(?:没有|并未|未|不会|不再|并没有|没)$")
_OF_WORD = {w: k for k, ws in MEASURES.items() for w in ws}


def measure_word(word: str) -> bool:
    """Whether a word names a measured quantity (never a subject of a change: what it measures is)."""
    return word in _OF_WORD


_DIRECTION_WORD = re.compile(r"^(?:" + _UP + "|" + _DOWN + r")$")


def measured(clause: list[str]) -> set[str]:
    """The words a clause's measure words are of: the token right before each ("显卡成交额" →
    显卡, "门票的价格" → 门票), whatever the dictionary tags it; never a direction word."""
    out = set()
    for i, t in enumerate(clause):
        if t in _OF_WORD:
            j = i - 1 - (i >= 2 and clause[i - 1] == "的")
            if j >= 0 and not _DIRECTION_WORD.match(clause[j]):
                out.add(clause[j])
    return out


def changed(word: str) -> bool:
    """Whether a token is a direction word ("涨至", "增长"): never the subject of a change."""
    return bool(_DIRECTION_WORD.match(word))


def change_effects(clause: str) -> frozenset[str]:
    """The changes a clause states, as "class-direction" ("price-up", "sales-down"): a measure word
    followed within ``GAP`` characters of the same clause by a direction, not denied."""
    out = set()
    for m in _CHANGE.finditer(clause):
        at = m.start(2) if m.group(2) else m.start(3)
        if _NOT.search(clause[max(0, at - 3):at]):
            continue
        out.add(_OF_WORD[m.group(1)] + ("-up" if m.group(2) else "-down"))
    for m in _PRICE_VERB.finditer(clause):
        if not _NOT.search(clause[max(0, m.start() - 3):m.start()]):
            out.add("price-up" if m.group(1) else "price-down")
    return frozenset(out)


def opposed_changes(a: frozenset, b: frozenset) -> bool:
    """Whether two sentences' claim keys say one quantity of one thing moved both ways (a rise and
    a fall of one price): never one claim."""
    flip = {(e[:-3] + "-down" if e.endswith("-up") else e[:-5] + "-up", w) for e, w in a
            if e.endswith(("-up", "-down")) and e.split("-")[0] in MEASURES}
    return bool(flip & b) and not (a & b)


def _changes(keys: frozenset) -> set[str]:
    return {e for e, _ in keys if e.endswith(("-up", "-down")) and e.split("-")[0] in MEASURES}


def other_things(a: frozenset, b: frozenset) -> bool:
    """Whether two sentences' claim keys state one change (a rise of sales) of two different things
    ("显卡销量上升" / "小说英译本销量增长"): a change both state, and no thing both state it of."""
    common = _changes(a) & _changes(b)
    return bool(common) and not any(k in b for k in a if k[0] in common)


def without_changes(keys: frozenset) -> frozenset:
    """The claim keys that name an effect, the changes of a measured quantity aside (one outlet
    keys "门票均价上涨至1180元" as a price change of 门票, another says "门票又涨了" with no measure word:
    a change keyed on one side only is no sign of two claims)."""
    return frozenset(k for k in keys if k[0] not in _changes(frozenset({k})))


def only_changes(keys: frozenset) -> frozenset:
    """The claim keys that state a change of a measured quantity."""
    return frozenset(k for k in keys if k[0] in _changes(frozenset({k})))
