"""How a figure compares and ranks: its bounds in base units (approximations and ranges), whether
two figures state the same fact, whether it is trivia, and how newsworthy it is.

* **Bounds**: exact numbers carry their rounding ("7%" is 6.5–7.5), "超过/以上/多/余" make a
  lower bound, "近/不到" an upper one, "约/左右" a band, "数十/几百" their span, ranges two ends;
  in base units (durations in seconds, so 1分钟 = 60秒; 美金 = 美元).
* **Trivia** (never key figures) by what is counted and how it stands: ages, points in time inside
  a video ("在28秒的时候"), periods ("过去六个月的销量"), numbers inside a title or a list's name,
  rhetorical enumerations and small counts ("五大要点", "两个前辈", "4次"), physical sizes, a
  "十几年前" that dates rather than measures.
* **Weight**: money first, then market moves and shares, counts of users, companies and products,
  then durations and other quantities; a named owner, a source or a repeat adds to it.
"""

from __future__ import annotations

import re

from .counters import headline_run, is_counter

__all__ = ["bounds", "base_unit", "trivia", "weight", "same_fact", "opposed", "direction", "ranges_apart"]

# ---------------------------------------------------------------- bounds in base units

_BASE = {"秒": 1, "秒钟": 1, "分钟": 60, "小时": 3600, "天": 86400, "周": 604800, "个月": 2592000,
         "年": 31536000, "个小时": 3600, "个多小时": 3600, "个钟头": 3600, "个多钟头": 3600,
         "个半小时": 3600, "个多月": 2592000, "个半月": 2592000}
_MONEY = {"美元": "USD", "美金": "USD", "元": "CNY", "块": "CNY", "块钱": "CNY", "人民币": "CNY", "元人民币": "CNY", "港元": "HKD",
          "欧元": "EUR", "日元": "JPY", "日圆": "JPY", "英镑": "GBP", "港币": "HKD", "新台币": "TWD",
          "台币": "TWD", "韩元": "KRW", "韩圆": "KRW", "澳元": "AUD", "加元": "CAD", "卢布": "RUB",
          "澳门币": "MOP", "新加坡元": "SGD", "新元": "SGD", "瑞郎": "CHF", "印度卢比": "INR", "卢比": "INR"}
_VAGUE_SPAN = {"十几": (11, 19), "数十": (20, 90), "几十": (20, 90), "上百": (100, 200), "近百": (80, 100),
               "数百": (200, 900), "几百": (200, 900), "上千": (1000, 2000), "近千": (800, 1000),
               "数千": (2000, 9000), "几千": (2000, 9000), "上万": (1e4, 2e4), "数万": (2e4, 9e4),
               "几万": (2e4, 9e4), "近万": (8e3, 1e4), "过万": (1e4, 2e4), "上亿": (1e8, 2e8),
               "过亿": (1e8, 2e8), "近亿": (8e7, 1e8), "数亿": (2e8, 9e8), "几亿": (2e8, 9e8),
               "逾百": (100, 200), "超百": (100, 200), "过百": (100, 200), "逾千": (1000, 2000),
               "超千": (1000, 2000), "过千": (1000, 2000), "逾万": (1e4, 2e4), "超万": (1e4, 2e4),
               "数": (2, 9), "几": (2, 9), "好几": (2, 9), "一两": (1, 2), "两三": (2, 3), "三四": (3, 4),
               "三五": (3, 5), "四五": (4, 5), "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9),
               **{f"{a}十": (10 * lo, 10 * hi) for a, lo, hi in (("一二", 1, 2), ("二三", 2, 3), ("两三", 2, 3),
                                                               ("三四", 3, 4), ("四五", 4, 5), ("五六", 5, 6),
                                                               ("六七", 6, 7), ("七八", 7, 8), ("八九", 8, 9))}}
#: A bound, and its negation the other way ("不少于125克" is at least 125 g, "不多于20人" at most 20).
_ABOVE = re.compile(r"(?<!不)(?:超过|超出)|逾|(?<!不)超|至少|以上|之多|出头|(?<!不)多|余|过|(?<!不)高于|(?<!不)大于|不低于|不少于|不小于")
_BELOW = re.compile(r"将近|接近|近|不到|不足|以下|最多|最高|(?<!不)低于|(?<!不)少于|(?<!不)小于|不超过|不多于|不高于|不大于")
_ABOUT = re.compile(r"大约|大概|约为|约|左右|上下")


def base_unit(kind: str, unit: str) -> tuple[str, float]:
    """The dimension a figure is in and the factor to its base unit: ("duration", 60) for 分钟,
    ("money:USD", 1) for 美金, (kind + unit, 1) otherwise."""
    u = re.sub(r"\s", "", unit)
    if kind in ("money", "amount", "count", "quantity"):
        u = re.sub(r"^(?:万亿|千亿|百亿|十亿|亿|千万|百万|万|千)", "", u)  # the magnitude is in the bounds
    if kind == "duration":
        return "duration", float(_BASE.get(u, 1))
    if kind in ("money", "amount") and u in _MONEY:
        return "money:" + _MONEY[u], 1.0
    if kind == "percent":
        return "percent", 10.0 if u == "成" else 1.0  # 三成 is 30%
    return f"{kind}:{u}", 1.0


def _decimals(value: str) -> float:
    m = re.search(r"\.(\d+)", value)
    return 0.5 * 10 ** -len(m.group(1)) if m else 0.5


def bounds(number: float | None, value: str, vague: str, mag_factor: float, words_around: str,
           ends: tuple[float, float] | None = None) -> tuple[float | None, float | None]:
    """Lower and upper bound of a figure (before the unit factor): a range's ends, a vague
    span, a bound or a band, else the number less and plus its rounding."""
    if ends:
        return ends[0] * mag_factor, ends[1] * mag_factor
    if vague:
        lo, hi = _VAGUE_SPAN.get(vague, (None, None))
        if lo is None:
            return None, None
        unit_of = float(re.sub(r"[^\d.]", "", value) or 1)
        return lo * unit_of * mag_factor, hi * unit_of * mag_factor
    if number is None:
        return None, None
    if _ABOUT.search(words_around):
        return number * 0.85, number * 1.15
    if _ABOVE.search(words_around):
        return number, number * 1.5
    if _BELOW.search(words_around):
        return number * 0.75, number
    r = _decimals(value) * mag_factor
    return number - r, number + r


# ---------------------------------------------------------------- trivia and weight

_TIMESTAMP_AFTER = re.compile(r"^\s*(?:左右)?\s*(?:的时候|时|处|的位置|的地方)")
_TIME_REF_AFTER = re.compile(r"^\s*(?:前|以前|之前|后|以后|之后)(?![\u4e00-\u9fff]{0,1}(?:发布|推出))")
_SIZE_UNITS = re.compile(r"^(?:毫米|厘米|米|公里|千米)$")
_CN_SMALL = re.compile(r"^[一二两三四五六七八九十]{1,2}$")


#: Another figure later in the same clause: a number with a magnitude, a unit of money, a share or a count.
_FIGURE_AFTER = re.compile(r"[^，。；！？,;:：\n]{0,24}?(?:\d|[一二两三四五六七八九十百千几数]{1,4})\s*[多余]?"
                           r"(?:[万亿]|成(?![为功本交立果员绩熟长都分效型品就年人事材色全])|%|％|倍|元|美元|个百分点|套|台|辆|件|人次)")


#: A page's interface counter: the label right before the number, or what is counted right after it.
_COUNTER_BEFORE = re.compile(r"(?:关注者|被浏览|浏览量?|阅读量?|赞同|点赞|评论|收藏|转发|分享|好问题|播放量?|弹幕|粉丝|在看)\s*[:：]?\s*$")
_COUNTER_AFTER = re.compile(r"\s*\+?\s*(?:个回答|条评论|条回复|人赞同|人关注|次浏览|次播放|人已读|个赞|"
                            r"(?<=[个条人次])(?:回答|评论|回复|赞同|关注|浏览|播放)(?![率量]))")


#: A figure restated in brackets right after another one, in another currency ("59.14亿元人民币（约新台币256亿元）",
#: "3亿美元（约合21.6亿元人民币）"): the same fact converted for the reader, not a figure of its own.
_CONVERTED = re.compile(r"[\d万亿千百]\s*[^\s（(，。；\d]{0,6}\s*[（(]\s*(?:(?:约合?|合|折合|约折合|相当于)\s*"
                        r"(?:新台币|台币|港币|港元|澳门币|人民币|美元|欧元|日元|英镑|韩元)?|新台币|台币|港币|港元|澳门币|人民币|"
                        r"美元|欧元|日元|英镑|韩元)\s*$")


#: A share's quote line as a page prints it: the last price and its signed change ("最新：38.62 +4.13%",
#: "现价 12.30 -1.2%"), or the quote's own time stamp ("行情更新时间：").
_QUOTE_LINE = re.compile(r"(?:最新|现价|最新价|股价|收盘价?)\s*[：:]?\s*\d+(?:\.\d+)?\s*[（(]?\s*(?:涨跌幅|涨跌|涨幅|跌幅)?\s*[：:]?\s*"
                         r"[+\-−－]\s*\d+(?:\.\d+)?\s*%|[+\-−－]\d+(?:\.\d+)?%\s*(?:更新时间|更新於|更新于|数据时间)")


def trivia(kind: str, unit: str, value: str, number: float | None, simple: str, start: int, end: int) -> str:
    """Why a figure is not a key figure, by what it counts and how it stands ('' for a candidate):
    ``age``, ``timestamp`` ("在28秒的时候"), ``period`` ("过去六个月的销量"), ``time-reference``
    ("十几年前"), ``title`` (inside 《》 or a list's name), ``size``, ``enumeration``, ``conversion`` (a
    figure restated in another currency in brackets)."""
    after = simple[end:end + 6]
    if unit in ("岁", "周岁"):
        return "age"
    if kind == "multiple" and number is None and re.fullmatch(r"好几|几|数|一两|两三|三五", value or ""):
        return "vague"  # "房价是平常的好几倍": no quantity a reader can compare with another source's "8倍"
    if kind == "duration" and _TIMESTAMP_AFTER.match(after) and re.search(r"在\s*(?:大约|约)?\s*$", simple[max(0, start - 6):start]):
        return "timestamp"
    if kind == "duration" and re.search(r"(?:过去|最近|近|此前|之前|这)\s*$", simple[max(0, start - 3):start]) \
            and re.match(r"\s*(?:的|里|内|来|中)", after):
        return "period"  # "过去六个月的销量", "这5天": the span something is counted over
    bare = re.match(r"[\d一二两三四五六七八九十几]", simple[start:start + 1]) is not None  # no 超过, 约, 达 …
    if bare and (_COUNTER_BEFORE.search(simple, max(0, start - 5), start)
                 or re.search(r"(?:全部|查看|共)\s*$", simple[max(0, start - 4):start]) and _COUNTER_AFTER.match(simple, end)):
        return "counter"  # "好问题1.2万", "被浏览35,217,640", "查看全部3,861个回答": the page's own counters
    if kind in ("money", "amount") and _CONVERTED.search(simple[max(0, start - 24):start]):
        return "conversion"  # "59.14亿元人民币（约新台币256亿元）": the figure before, in another currency
    if _QUOTE_LINE.search(simple):
        return "counter"  # "某某科技（301999）最新：38.62 +4.13% 更新时间：…": a share's quote line, the page's ticker
    if headline_run(simple):
        return "counter"  # "·五一假期出游2.74亿人次·…": a list of links to other stories, not this one's figure
    if bare and is_counter(simple, start, end):
        return "counter"  # "·3.4万次查看", "128 回复", "赞 1377": a post's interaction counters
    if kind == "duration" and _FIGURE_AFTER.match(simple, end):
        return "period"  # "三天全平台销量超过1000万套", "两周内降了两成": the span another figure is counted over
    if kind == "duration" and re.search(r"(?:这|那)\s*$", simple[max(0, start - 1):start]):
        return "time-reference"  # "这两天起飞了", "那几年": a time, not a span the story measures
    if kind == "duration" and (_TIME_REF_AFTER.match(after)
                               or re.search(r"(?:[^最]后|之后|以后)\s*$", simple[max(0, start - 3):start])):
        return "time-reference"  # "十几年前", "发布后 2 小时": when, not how long
    # inside a title, or naming a list or a work ("100集的《…》", "30岁以下精英榜")
    if simple[:start].count("《") > simple[:start].count("》"):
        return "title"
    if re.match(r"^\s*的?\s*《", after) and kind == "count":
        return "title"
    if re.match(r"^[^，。；！？]{0,12}榜", simple[end:end + 14]):
        return "title"
    if kind == "quantity" and _SIZE_UNITS.match(unit):
        return "size"
    if kind == "count":
        v = re.sub(r"\s", "", value)
        if unit.startswith("大") or _CN_SMALL.match(v) and (number or 0) < 10 \
                or re.fullmatch(r"三五|两三|三四|四五|五六|一两", v) or (number is not None and number < 10):
            return "enumeration"  # "五大要点", "两个前辈", "三五个", "4次": a small count, not a key figure
    return ""


_MOVE = re.compile(r"升幅|涨幅|跌幅|上涨|下跌|暴跌|大跌|大涨|暴涨|累升|累涨|累跌|飙升|股价|市值|估值")
_LEVEL = re.compile(r"收市|收盘|开盘|报价|股价")
_COUNTED = re.compile(r"用户|家|公司|企业|机构|券商|产品|模型|团队|人才|员工|案例|合作伙伴|应用|芯片|订单|下载|"
                      r"粉丝|会员|客户|项目|视频")


def weight(kind: str, unit: str, what: str, subject: str, number: float | None, source: str,
           repeats: int) -> float:
    """Newsworthiness: money, then market moves and shares, then counts of users, companies and
    products, then durations and other quantities; a figure with a named owner, a source, or said
    again ranks higher, one whose meaning was not found lower."""
    w = {"money": 3.0, "amount": 2.5, "percent": 2.5, "multiple": 2.0, "quantity": 1.5,
         "resolution": 1.0, "duration": 1.2, "count": 1.0}.get(kind, 1.0)
    if kind == "count" and _COUNTED.search(what + unit) and (number is None or number >= 10):
        w += 1.2
    if kind in ("percent", "multiple") and _MOVE.search(what):
        w += 1.0  # a market move: a share price's rise or fall
    if kind == "money" and _LEVEL.search(what):
        w -= 1.0  # a price level (收市价) says less than the move
    if kind == "duration" and unit in ("年", "个月", "周") and not re.search(r"融资|成立|研发|发布|上线", what):
        w -= 0.5  # a career's or a history's length, rarely what the story is about
    if subject:
        w += 0.8
    if source:
        w += 0.4
    if not what:
        w -= 1.0
    return round(w + 0.3 * repeats, 2)


def same_fact(a, b) -> bool:
    """Two figures state the same fact (``Figure.same_fact``: same dimension, overlapping bounds,
    the same owner; two different subjects never), and never a rise and a fall: a saving and an
    extra cost of close size ("一年能省下三十多万元人工", "一年人工开支多出四五十万元") are two facts."""
    return a.same_fact(b) and not opposed(a, b)


#: What a clause says its figure is: more (多出, 增加, 上涨, 超支) or less (省下, 减少, 下降, 便宜).
_MORE = re.compile(r"多出|多花|多付|多配|增加|增长|上升|上涨|上调|提高|提升|超支|攀升|扩大|翻了|涨了|贵了?")
_LESS = re.compile(r"省下|省了|节省|节约|可省|能省|减少|降低|下降|下跌|下调|回落|缩减|少花|便宜|低了|跌了|亏损")


def direction(context: str) -> int:
    """+1 when the figure's clause says it is more, -1 when less, 0 when it says neither or both."""
    more, less = bool(_MORE.search(context or "")), bool(_LESS.search(context or ""))
    return 0 if more == less else (1 if more else -1)


def ranges_apart(a, b) -> bool:
    """Two ranges that meet at most at an end ("2至3倍" and "3至5倍"): two estimates of different
    scope, not one fact told twice."""
    return bool(a.range and b.range and a.low is not None and b.low is not None and a.high is not None
                and b.high is not None and (a.low >= b.high or b.low >= a.high))


def opposed(a, b) -> bool:
    """One figure is a rise and the other a fall (by their clauses)."""
    da, db = direction(a.context), direction(b.context)
    return da * db < 0
