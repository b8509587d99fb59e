"""Language that restricts, doubts or bounds what a sentence reports, in any story (a scope, a muted
size, a low chance, a caveat, a long wait, a bound on what is allowed or changed, an effect denied
or softened), and a plan the news overturned. General words of any story, no topic's. A split of
``general``, which re-exports ``restricts``, ``bounds``, ``RESTRICTING``, ``BOUNDING`` and
``PLAN_CHANGED``."""

from __future__ import annotations

import re
from functools import lru_cache


#: Language that restricts or doubts what it reports, in any story: a scope ("只针对控股公司",
#: "仅限三地试点", "不在范围之内", "不足一成"), a muted size ("影响有限", "冲击不大", "反应平淡"), a
#: low chance or a hard road ("可能性很低", "难度较大", "这一关不好过"), a caveat ("并不意味着",
#: "不等于", "未必", "取决于", "存在变数"), a long wait ("需要数年", "十几年"), an effect denied
#: ("经营不受影响", "业务照常").
RESTRICTING = (
    r"只(?:针对|涉及|限|能|占)|仅(?:限|占|针对|涉及|能|有)|不在[^，。；]{0,12}范围|不足[一二三四五六七八九十两]成|"
    r"有限(?!公司|责任)|不大|平淡|可能性[^，。；]{0,4}低|机会[^，。；]{0,4}低|概率[^，。；]{0,4}(?:低|不大|小)|难度[^，。；]{0,3}大|"
    r"不好过|并不意味|不等于|未必|取决于|变数|不确定|审慎|谨慎|"
    r"(?:需要?|花上?|耗时|长达|至少)[^，。；]{0,6}(?:数年|好几年|十几年|数十年|[一两二三四五六七八九十]+年)|"
    r"尚未|无法|难以|很难|不受影响|不会影响|不影响|照常")


#: Language that bounds what it reports, in any story: a scope ("只针对控股公司", "不在范围之内"),
#: a bound on what is allowed or changed ("最长不超过3年", "最多提前3年", "不得低于原来的…",
#: "每年只延后几个月"), a muted size ("影响有限"), what it still waits on ("还得看票价"), an effect
#: denied or softened ("不会…造成大的
#:冲击", "减轻了冲击", "经营不受影响", "照常领取"). Unlike a difficulty ("很难找到替代市场",
#: "尚未开放"), a bound turns a sentence stating an effect into a limit of it.
BOUNDING = (
    r"只(?:针对|涉及|限|占|延|多|增|加|调)|仅(?:限|占|针对|涉及)|不在[^，。；]{0,12}范围|不足[一二三四五六七八九十两]成|"
    # less than an amount ("敞口合计不足全部贷款的1%")
    r"不足[^，。；]{0,8}?[0-9０-９一二三四五六七八九十两半几]+(?:\.[0-9]+)?(?:%|％|成|倍|万|亿|千|百)|"
    r"有限(?!公司|责任)|(?:影响|冲击|作用|幅度|规模|关系)[^，。；]{0,2}不大|不受影响|不会影响|不影响|照常|"
    # a muted share ("海外玩家的比例并不高", "占比偏低")
    r"(?:比例|比重|占比|份额|人数|数量)[^，。；]{0,3}(?:并不高|并不大|不高|很低|较低|偏低|很小|较小)|"
    r"(?:最多|最长|至多|不超过|不得超过)[^，。；]{0,6}?[0-9一二三四五六七八九十两半几]|"
    r"不得(?:早于|低于|晚于|少于|高于)|"
    r"(?:不会|不构成|并未|没有)[^，。；]{0,16}(?:冲击|影响|挤压|波及)|(?:减轻|减少|减缓|缓冲)[^，。；]{0,8}(?:冲击|影响)|"
    # a cushion under the effect ("政策托底", "这是实打实的兜底")
    r"托底|兜底|"
    # what the effect still waits on ("能不能维持，还得看票价", "能否转化为消费，还要看收入预期"; not
    # "还要看到…", which points at something)
    r"(?:还|仍)(?:得|要|需|需要)看(?!到|见|齐)|"
    # a condition another party must grant ("须与单位协商一致", "需经董事会批准", "单位不同意就延不了")
    r"(?:须|需|需要|要|必须)(?:经|经过|征得|与)?[^，。；]{0,8}(?:同意|批准|协商一致|点头)|不(?:同意|批准|点头)[^，。；]{0,3}就")


#: A plan the news overturned ("她原本打算明年退休后帮女儿照顾孩子", "原计划下月开业"): an
#: effect on someone, whatever the story.
PLAN_CHANGED = re.compile(r"原(?:本|来|先)?(?:打算|计划|想|说好)")


_BOUNDING_RE = re.compile(BOUNDING)


_RESTRICTING_RE = re.compile(RESTRICTING + "|" + BOUNDING)


#: A clause set in the past ("过去只能在两家之间选", "以前仅限本地居民") …
_PAST = re.compile(r"过去|以前|此前|从前|原来|原先|以往|过往|曾经|早年")
#: … and a later clause on what changed ("有了C919，…", "如今…", "现在可以…"): the restriction is
#: what the news lifted, an effect, not a limit.
_LIFTED = re.compile(r"有了|如今|而今|现在|今后|从此|终于|不再")
_CLAUSE_END = re.compile(r"[，。；！？,;!?]")


def _lifted(simple: str, m: re.Match) -> bool:
    """Whether a restricting match sits in a clause set in the past that a later clause lifts."""
    opening = _CLAUSE_END.split(simple[max(0, m.start() - 40):m.start()])[-1]
    return bool(_PAST.search(opening)) and bool(_LIFTED.search(simple[m.end():m.end() + 80]))


def _restricting(pattern: re.Pattern, simple: str) -> bool:
    return any(not _lifted(simple, m) for m in pattern.finditer(simple))


@lru_cache(maxsize=1 << 16)  # a pure function of the text: asked for every pair of candidates, kept across saves
def restricts(simple: str) -> bool:
    """Whether a (simplified) text restricts or doubts what it reports (``RESTRICTING``, ``BOUNDING``);
    a restriction of the past that the sentence says was lifted ("过去只能在A和B之间选，有了C，…")
    is none."""
    return _restricting(_RESTRICTING_RE, simple)


@lru_cache(maxsize=1 << 16)  # (as ``restricts``)
def bounds(simple: str) -> bool:
    """Whether a (simplified) text bounds or softens what it reports (``BOUNDING``), a lifted
    restriction of the past aside."""
    return _restricting(_BOUNDING_RE, simple)
