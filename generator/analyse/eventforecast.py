"""Whether an event is a forecast: dated after the article's date, or announced as a plan, a target
or an estimate (split from ``timeline.py``)."""

from __future__ import annotations

import re

from .datefind import DateRef
from .datepatterns import _FUTURE
from .eventrules import modal_forecast


def _is_forecast(ref: DateRef, sentence: str, article_date: str | None) -> bool:
    """After the article's date (at the precision both have), or announced as a plan; never a
    paper's date of issue ("2023年9月26日印发": printed after it was signed, a past act)."""
    if _ISSUED.match(sentence, ref.end) and not _FUTURE.search(sentence[max(0, ref.start - 14):ref.start]):
        return False
    if scheduled(ref, sentence):
        return False
    if reported_done(ref, sentence):
        return False
    if article_date:
        n = min(len(ref.date), len(article_date))
        if ref.date[:n] > article_date[:n]:
            return True
        if ref.date[:n] < article_date[:n]:
            return False
    clause_end = min([i for i in (sentence.find(ch, ref.end) for ch in "，。；,;") if i >= 0] or [len(sentence)])
    return bool(_FUTURE.search(sentence[max(0, ref.start - 14):ref.start])
                or re.match(r"\s*(?:将|前后|以前|之前)", sentence[ref.end:ref.end + 3])
                or modal_forecast(sentence, ref.end)
                # the period the article is in, with a target or an estimate for it: "今年力争交付
                # 10万辆", "订单要到今年三季度以后才能消化", "花旗估计…今年每辆亏损约1万元"
                or _PLAN_AFTER.search(sentence[ref.end:clause_end])
                or _ESTIMATE.search(sentence[:ref.start])
                # an English wire's "will reopen in early September", "is expected to … by March"
                or bool(_EN_FUTURE.search(sentence[max(0, ref.start - 60):ref.start])))


def reported_done(ref: DateRef, sentence: str) -> bool:
    """The sentence reports the dated act as done ("统计局10月13日发布的数据显示", "已于3月5日召开",
    "3月5日公布了名单"): whatever the page's date says, a past act, no forecast. Never when a plan or
    an estimate frames it ("预计10月13日发布的数据…")."""
    if _FUTURE.search(sentence[max(0, ref.start - 14):ref.start]) or _ESTIMATE.search(sentence[:ref.start]):
        return False
    if _DONE_AFTER.match(sentence, ref.end) or _DONE_BEFORE.search(sentence[max(0, ref.start - 4):ref.start]):
        return True
    if _SAID_AFTER.match(sentence, ref.end):
        return True  # "雷军4月24日说…", "公司3月5日宣布…": what someone said that day, reported
    if _CUT_OFF.search(sentence[max(0, ref.start - 3):ref.start]) and not re.search(
            r"将|预计|有望|力争|争取|目标", sentence[ref.end:]):
        return True  # "截至4月30日，股东总户数为41,562户": a count taken that day
    clause_end = min([i for i in (sentence.find(ch, ref.end) for ch in "，。；,;") if i >= 0] or [len(sentence)])
    clause = sentence[ref.end:clause_end]
    if _FUTURE.search(clause) or _PLAN_AFTER.search(clause) or re.search(r"将|要|会|拟", clause):
        return False
    # "3月28日上市、4月3日开启首批交付以来": the start of a stretch that runs up to now;
    # "4月交付量为4.1万台", "4月渗透率首度突破50%": a month's figure, counted once the month is over
    return bool(re.search(r"以来$", clause) or ref.precision in ("month", "day") and _MEASURED.search(clause))


def scheduled(ref: DateRef, sentence: str) -> bool:
    """A day a decision sets for something to take effect ("本决定自2025年1月1日起施行", "新规将于
    3月1日起实施", "從明年7月1日起生效", "第一条从2025年1月1日起，…延迟…"): a scheduled date, no
    forecast. Only a day (a year or a month "起施行" is the plan's horizon, not its set day); never
    when someone expects it ("预计明年起施行", "有望于…起实施") or asks about it."""
    if ref.precision != "day":
        return False
    before = sentence[max(0, ref.start - 12):ref.start]
    if _HEDGE.search(before):
        return False
    after = _TAKES_EFFECT.match(sentence, ref.end)
    if after:
        return True
    # a numbered provision opening on its start day ("第一条从…起，", "二、自…起，"): the rule is set
    head = _PROVISION.match(sentence)
    return bool(head and re.fullmatch(r"\s*(?:自|从)\s*", sentence[head.end():ref.start])
                and re.match(r"\s*起\s*[，,]", sentence[ref.end:ref.end + 4]))


#: Words that make a start day somebody's expectation, not a set day.
_HEDGE = re.compile(r"预计|预期|预测|估计|有望|或将|可能|也许|大概|据悉|传|听说|拟|计划|争取|力争|希望|建议")
#: What a set day does: the rule takes effect ("起施行", "起正式实施", "起生效", "开始施行").
_TAKES_EFFECT = re.compile(r"\s*(?:日\s*)?(?:就|便|即|将)?\s*(?:起|开始|正式)?\s*(?:正式)?\s*(?:施行|实施|生效|执行|实行)")
_SINCE = re.compile(r"(?:自|从)\s*$")
#: A provision's number opening its sentence ("第一条", "五、", "（三）", "1.").
_PROVISION = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]{1,5}条|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])\s*")


#: A past act right after its date ("…10月13日发布的数据", "…3月5日公布了…") or "已" before it ("已于3月5日").
_DONE_AFTER = re.compile(r"\s*(?:上午|下午|晚间|晚上|早间)?\s*(?:发布|公布|召开|举行|宣布|披露|出台|通过|印发)(?:了|的)")
_DONE_BEFORE = re.compile(r"已\s*(?:经)?\s*(?:于|在)\s*$")
#: Someone's words or announcement right after the date ("4月24日说", "3月5日宣布"), as reported.
_SAID_AFTER = re.compile(r"\s*(?:说|表示|称|透露|指出|坦言|宣布|公布|披露|回应)")
#: A cut-off day for a count ("截至4月30日", "截止到3月底").
_CUT_OFF = re.compile(r"(?:截至|截止|截止到)\s*$")
#: A period's measured figure after its date: a quantity and its value, a comparison or a first.
_MEASURED = re.compile(r"(?:量|额|率|收入|营收|利润|销量|人数)\s*(?:为|达|达到|录得|是)\s*[\d.,，]+|同比|环比|首度|首次")
_ISSUED = re.compile(r"\s*(?:印发|签发|印制|制发|印)(?:$|[\s，。；,;）)])")
_PLAN_AFTER = re.compile(r"力争|争取|计划|目标|[一二三四]季度以后|下半年|年底前|以后才")
#: (and a speaker's own guess: "我觉得今年能出到六七百万支", "我认为…今年第四季…有机会回到15%")
_ESTIMATE = re.compile(r"估计|估算|预计|预测|预期|预估|我觉得|我认为|我猜|我赌|我的判断是|在我看来")
#: An English sentence's future or plan before its date.
_EN_FUTURE = re.compile(r"\b(?:will|shall|expects? to|(?:is|are) expected to|plans? to|(?:is|are) due to|"
                        r"(?:is|are) scheduled to|aims? to|forecasts?)\b", re.I)
