"""What resolving a text's dates (``datefind.resolve_dates``) reads around a date: a comparison's base
before it ("较…", "环比"), a year an OCR misread, the span a date belongs to, the year of a fixed-day
holiday said without one, the words that make a date's year or future ("去年这个时候", "7月初将…"), and
the span ends that are no dates of their own, a figure that makes a bare month a time ("9月CPI同比…"),
a record's span ("创2008年以来最大"), a count in Chinese numerals ("二十年前"). Data and small predicates only."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .calendars import _FIXED
from .datepatterns import _BASE_YEAR_BEFORE, _CN_NUM, _FUTURE, _SPAN_GAP, _YEAR_ADVERB

if TYPE_CHECKING:
    from .datefind import DateRef


_BASE_BEFORE = re.compile(_BASE_YEAR_BEFORE.pattern.replace("(?:较|", "(?:较|环比|同比|", 1))


#: A year an OCR wrote with a letter for a digit ("2O17年", "2O23年", "2Ol9年"): two digits or more
#: of its four, then 年.
_OCR_YEAR = re.compile(r"(?<![A-Za-z0-9])[12][0-9OoＯlI]{3}(?=\s*年)")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "Ｏ": "0", "l": "1", "I": "1"})


class _Span:
    """A span that stands in for a match (``start()``, ``end()``, its groups from ``inner``)."""

    def __init__(self, start: int, end: int, inner: re.Match | None = None) -> None:
        self._start, self._end, self._inner = start, end, inner

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def __getitem__(self, key):
        return self._inner[key] if self._inner is not None else None


#: Words after a holiday that put the time away from its day ("元旦前", "国庆后"): the month, about.
_FESTIVAL_AWAY = ("前", "后", "前夕")
#: The holiday over ("元旦假期过去一周后", "国庆长假结束后"): some time after its day, the month.
_FESTIVAL_OVER = re.compile(r"\s*(?:一过|一?过[去后完]|结束|之?后|以后|刚过)")
#: Words after a holiday that put the time on its day itself ("元旦当天", "元旦当晚").
_FESTIVAL_ON = ("当天", "当日", "当晚", "当夜")


def _nearest_year(fest: str, ay: int, am: int, ad: int | None, ahead: bool) -> int:
    """The year of a fixed-day holiday written without one ("元旦假期", "国庆期间"): the
    occurrence nearest the words' date ("元旦" in a January article is this January's, in a
    December one the coming January's), never one more than six weeks ahead that nothing
    announces as coming (a March chat's "五一那会儿人更多" is last May's, as a month is read);
    the next one when the text looks ahead ("预计…国庆")."""
    md = _FIXED[fest]
    said = dt.date(ay, am, ad or 15)
    days = [dt.date(y, int(md[:2]), int(md[3:])) for y in (ay - 1, ay, ay + 1)]
    if ahead:
        days = [d for d in days if d >= said - dt.timedelta(days=7)] or days
    else:
        days = [d for d in days if (d - said).days <= 45] or days
    return min(days, key=lambda d: abs((d - said).days)).year


#: The same time of another year ("去年这个时候", "去年此时", "前年的这个时候", "去年同一时间").
_SAME_TIME = re.compile(r"\s*(?:的\s*)?(?:这个时候|这时候|这个时间|这会儿|此时|同一时间|这个季节)")
#: A month followed by a word of what is to come ("7月初将开放", "9月计划完成"): this year's, not last.
_FUTURE_AFTER = re.compile(r"\s*(?:(?:上旬|中旬|下旬|初|底|末|中|份)\s*)?(?:(?:起|开始)\s*)?(?:将|即将|计划|拟|预计|有望|准备"
                           # the spoken future of a talk or a transcript: "9月份会投产", "10月份就要交付",
                           # "11月份才能到货" (not "6月会议", "9月要闻", "8月要求")
                           r"|(?:就|才)?会(?![议上谈晤见展期员场所长计商审务])|(?:就|才)?要(?![求闻点素件])|(?:就|才)能)")
#: "到9月份会…", "等到9月": a month the words look ahead to (not "直到", "截至到", "回到": back to it).
_AHEAD_TO_BEFORE = re.compile(r"(?<![直截至回])(?:等)?到\s*$")
_DAY_AFTER = re.compile(r"\s*(\d{1,2})\s*[日号號]")
_REL_BEFORE = re.compile(r"(去年|前年|明年|今年)\s*$")


def _year_acts(text: str, i: int) -> bool:
    """A year that dates what follows it: a verb ("妹妹1985年出生", "社科院2019年发布的报告",
    "2019年就已提出") or "的" and what it dates ("依据1978年的有关规定"); not a year that names a
    period a figure is counted over ("2022年日本对中国出口…": a name follows)."""
    from .namewords import word_tag

    if re.match(r"\s*的(?![\d一二三四五六七八九十])", text[i:i + 3]):
        return True
    j = i + _YEAR_ADVERB.match(text, i).end() - i
    for n in (2, 1):
        w = text[j:j + n]
        if len(w) == n and re.fullmatch(r"[\u4e00-\u9fff]+", w) and word_tag(w).startswith("v"):
            return True
    return False


def _future_near(text: str, i: int) -> bool:
    return bool(_FUTURE.search(text[max(0, i - 12):i]))


def _ahead_to(text: str, i: int) -> bool:
    """The month at ``i`` is one the words count forward to ("到9月份会投产", "等到9月")."""
    return bool(_AHEAD_TO_BEFORE.search(text[max(0, i - 3):i]))


def span_ends(refs: list[DateRef], text: str) -> dict[int, int]:
    """Where each span's end starts -> where its start starts ("8月1日至2日": the 2日 -> the 8月1日)."""
    return {r.start: refs[k - 1].start for k, r in enumerate(refs)
            if k and _SPAN_GAP.fullmatch(text[refs[k - 1].end:r.start]) and r.date > refs[k - 1].date}


def _without_span_ends(refs: list[DateRef], text: str, written: str | None = None) -> list[DateRef]:
    """"香港股市3月29日至4月1日休市" is one period: its end is no event of its own, unless the period
    was over when the article was ``written``: then its end is the day it ended, the day the totals it
    reports hold ("12月18日至1月7日，搜索热度环比上涨8倍", "3月1日至4月中旬的验证飞行"). A span of years
    ("2019年至2023年") keeps its start only, and so does a span that qualifies a noun ("数据来源于
    12月1日至1月7日的订单"): the period data cover, not something that ended."""
    out: list[DateRef] = []
    for r in refs:
        if out and _SPAN_GAP.fullmatch(text[out[-1].end:r.start]) and r.date > out[-1].date \
                and not (written and len(r.date) >= 7 and len(written) >= 10 and r.date <= written[:10]
                         and not re.match(r"\s*(?:的|间的|期间的)", text[r.end:])):
            continue
        out.append(r)
    return out


#: A month whose figure its clause gives: "9月CPI同比上涨0.4%", "9月A股新开户数290.9万户",
#: "部分企业9月校园业务收入环比下降近四成": the month the figure is of, a dated statement. The
#: figure is a rate's change (同比/环比/按年), or a number with its unit, a few words on.
_FIGURE_AFTER = re.compile(r"[^，。；：:！？,;!?\d]{0,14}?(?:同比|环比|按年|按月|(?<![\d.])\d+(?:\.\d+)?\s*"
                           r"(?:%|％|万|亿|千|户|吨|辆|人次|个百分点|倍|点(?!半|钟)))")
#: Before a month that ends a run of months counted together ("1—9月", "1至9月", "前9月"): a sum of
#: months, dated by none of them.
_MONTH_RUN_BEFORE = re.compile(r"(?:\d\s*(?:月)?\s*(?:至|到|—|-|－|～|~)|前)\s*$")
#: An exact date set beside a span back, in apposition ("20多年前——2000年1月1日，…").
_EXACT_AFTER = re.compile(r"\s*(?:—{1,2}|-{1,2}|[：:，,（(])\s*(?:19|20)\d{2}\s*年")


def _cn_count(numeral: str) -> int:
    """A count written in Chinese numerals up to 99 ("三" 3, "十一" 11, "二十" 20, "二十五" 25), or 0."""
    m = re.fullmatch(r"([一两二三四五六七八九])?(十)?([一二三四五六七八九])?", numeral)
    if not m or not numeral:
        return 0
    if not m[2]:
        return _CN_NUM[m[1]] if m[1] and not m[3] else 0
    return (_CN_NUM[m[1]] if m[1] else 1) * 10 + (_CN_NUM[m[3]] if m[3] else 0)


#: A time a record is counted from ("创2008年以来最大单日跌幅", "2015年以嚟最有诚意嘅刺激",
#: "近十年力度最大的一次", "为近五年新高"): the span a superlative looks back over, no event.
_RECORD = r"(?:最(?![近终后初早先])|新高|新低|之最|纪录|记录|罕见|少见|首见)"
_RECORD_SINCE = re.compile(r"\s*(?:以来|以嚟)[^，。；：:！？,;!?\d]{0,8}?" + _RECORD)
_RECORD_NEAR = re.compile(r"\s*(?:之内|内|中|间|来)?[^，。；：:！？,;!?\d]{0,4}?" + _RECORD)


#: A time named as what another is compared with: "与2月8日收盘价相比", "和一年前ChatGPT成为节后火爆
#:话题相似" (with 与/和/跟/同 just before it, and the comparison's word closing the same clause).
_WITH_BEFORE = re.compile(r"(?:与|和|跟|同|與)\s*(?:[^，。；,;与和跟同與]{1,14}?(?:至|到|—|－|-|~)\s*)?$")
_LIKE_AFTER = re.compile(r"[^，。；：:！？,;!?]{0,24}?(?:相比|相较|比较|对比|相似|类似|相同|相仿|一样|一般无二)")


def compared_with(text: str, ref: "DateRef") -> bool:
    """The date names the time a comparison looks back to, not something that happened then."""
    # (the end of a span compared with counts too: "与2022年12月1日至2023年1月7日对比")
    return bool(_WITH_BEFORE.search(text[max(0, ref.start - 20):ref.start])) and bool(_LIKE_AFTER.match(text, ref.end))


def _record_since(text: str, ref: "DateRef") -> bool:
    """The date only bounds a record's span ("创2008年以来最大跌幅", "近十年力度最大"): a time the
    record is counted since, or a span or year a record is set in ("创下近五年新高")."""
    if _RECORD_SINCE.match(text, ref.end):
        return True
    return ref.precision != "day" and bool(_RECORD_NEAR.match(text, ref.end)) and (
        bool(re.match(r"(?:近|过去|最近)\s*[\d一两二三四五六七八九十]", text[ref.start:ref.end]))
        or bool(re.search(r"(?:创|创下|为|是|录得)\s*$", text[max(0, ref.start - 3):ref.start])))
