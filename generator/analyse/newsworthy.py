"""What an analyst must not lose under the points cap: market moves, funding rounds, regulation and
dated or figured forecasts (issue 13, property 7).

When more candidate points stand than the briefing may show, the cap keeps, within a category, the
points more outlets make, then those someone is quoted saying. A share price's limit-up, a funding
round, a regulator's new rule or "到2030年需求将达600万" is news whether or not a named voice says
it: the reporter states it as a consequence. ``newsworthy(statement)`` says a statement reports one
of these, read from the ordinary words of business and policy news (``general``), no topic's words:

* a market move: a rise or fall word (涨停, 跌幅, 攀升 …) said of a share, an index or a market
  value, or with its size (a figure);
* a funding round: 融资, 募资, 领投, or a valuation with its amount (估值 … 亿);
* regulation: a rule made, proposed or changed (新规, 立法, 禁止, 出台, 提议修改 … 规则);
* a forecast with its figure: 预计, 预测, 到 20XX 年 … with a number.

A point's own description of a product (what it can do, how it was trained) is none of these.
"""

from __future__ import annotations

import re

from .generalfacets import FACETS

__all__ = ["newsworthy", "market_rise"]

#: a share's rise in the market's own words ("收涨约2%", "收市微升", "午后拉升")
_RISE = "|".join(map(re.escape, FACETS["stock-up"] + ("收涨", "收高", "微升", "走高", "上扬", "拉升")))
_FALL = "|".join(map(re.escape, FACETS["stock-down"] + ("收跌", "走低", "回落", "低开")))
_MOVE = _RISE + "|" + _FALL
_SHARE = r"股价|股票|概念股|个股|板块|指数|市值|收盘|[A-Z]股|港股|美股|股市|大盘|股份(?!有限)"
_FIGURE = r"\d[\d.,]*\s*(?:%|％|倍|个百分点|点|亿|万|元|美元)"
_CLAUSE = r"[^，。；！？]"
_SIZED_MOVE = re.compile(rf"(?:{_MOVE}){_CLAUSE}{{0,12}}(?:{_FIGURE})")
_FUNDING = re.compile(rf"融资|募资|领投|跟投|估值{_CLAUSE}{{0,12}}\d[\d.]*\s*(?:亿|万)")
_RULE = re.compile(rf"新规|立法|出台|禁令|(?:提议|拟|将|正在){_CLAUSE}{{0,8}}(?:修改|制定|出台|扩大){_CLAUSE}{{0,16}}"
                   rf"(?:规则|规定|法规|条例|法律|禁令|范围)|禁止{_CLAUSE}{{0,12}}(?:冒充|使用|进口|出口|销售)")
_FORECAST = re.compile(rf"(?:预计|预测|预期|到\s*20\d\d\s*年|20\d\d\s*年(?:底|前)?)[^。；！？]{{0,30}}"
                       rf"(?:达到|达|增长|突破|超过|有望|将){_CLAUSE}{{0,12}}\d")


def newsworthy(statement: str) -> bool:
    """Whether a (simplified) statement reports a market move, a funding round, a rule or a
    forecast with its figure."""
    text = statement or ""
    return bool(_market(text) or _FUNDING.search(text) or _RULE.search(text) or _FORECAST.search(text))


def _market(text: str) -> bool:
    """A rise or fall of a share, an index or a market value, or with its size: a bare rise word
    is no market move ("需求攀升" is demand, "成本攀升" a cost)."""
    if "涨停" in text or "跌停" in text:
        return True
    return bool(re.search(_MOVE, text) and (re.search(_SHARE, text) or _SIZED_MOVE.search(text)))


def market_rise(text: str) -> bool:
    """A share, an index or a market value rose, and nothing fell: a market's answer reported, an
    impact whatever reading follows ("收涨约2%，反映市场此前已充分计入利空" is no limit). A fall
    is left to the sentence's other words (the topic's own share falling is a limit)."""
    return bool(re.search(_RISE, text) and re.search(_SHARE, text) and not re.search(_FALL, text))
