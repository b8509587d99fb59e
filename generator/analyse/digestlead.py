"""The claims and the news of a report's lead, for its digest's thesis (a split of ``digestsummary``): which
sentences make a claim, which only date the background, and the news a report leads with, which states
its thesis before any later line when the summary keeps it."""

from __future__ import annotations

import re

__all__ = ["CLAIM", "lead_first"]


#: How much making a claim weighs in choosing the thesis, and how much a bare dated fact loses: the
#: thesis is what the article argues or concludes, not the background it opens on ("本月初以来，X在网上
#: 引发热议", "我市自2019年起开展…"), whatever the form (a report, minutes, a letter, a thread).
CLAIM = 0.12
#: A predicate that makes a claim (not a report of what happened): a judgement, a cause or effect, a
#: forecast, a limit, a contrast, what must be done. Words any topic's writers use.
_CLAIM = re.compile(r"认为|指出|判断|看来|预计|(?<![超于过])预期|预测|有望|将会|或将|难以|无法|不足以|仍在|仍然|仍未|尚未|还未|"
                    r"但是?(?![^，。]{0,3}[：:])|却|然而|因此|所以|因为|由于|导致|造成|带来|意味着|不等于|取决于|关键|"
                    r"有限|问题|风险|隐患|代价|必须|应当|应该|需要|值得|方向|趋势|证明|说明|表明|显示|反映|"
                    r"过高|过低|不够")
#: A sentence opening on when something began or happened ("本月初以来，…", "我市自2019年起…",
#: "2022年8月，…", "在X，Y自7月初起…"): a dated fact, the background of a claim, unless it makes one.
_DATED_OPENING = re.compile(r"^(?:在[^，。；]{1,10}[，,])?(?:[^，。；]{0,30}?(?:自|从)[^，。；]{1,12}(?:起|以来|开始)"
                            r"|[^，。；]{1,8}以来|[^，。；]{0,10}?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|\d{1,2}月(?:\d{1,2}日)?(?:[初中底下上]旬?)?[，,]))")


def _makes_claim(simple: str) -> bool:
    """A sentence whose predicate judges, explains, forecasts or prescribes (outside any quotation
    or inside the speaker's own words)."""
    return bool(_CLAIM.search(simple))


#: What someone announced, decided or stated on a day ("9月15日，市教育局召开发布会，宣布…", "9月11日，
#: X在回应家长时表示…"): the news itself, not the background a dated opening usually gives.
_ANNOUNCES = re.compile(r"宣布|表示|回应|明确|决定|通报|公布|发布|叫停|暂停|要求|批准|否认|承认")


def _dated_fact(simple: str) -> bool:
    """A sentence that opens on a date or a starting time and makes no claim nor announcement: background."""
    return bool(_DATED_OPENING.match(simple)) and not _makes_claim(simple) and not _ANNOUNCES.search(simple)



#: A lead line that gives background, not the news: a count or what was learnt ("据不完全统计，…", "据了解，…").
_BACKGROUND = re.compile(r"^据[^，,。]{0,12}?(?:统计|了解|悉|测算|估算)")
#: A paragraph that is a speaker's turn ("市教育局副局长邓国平：…", a press conference's, a live text's): the
#: speaker's line, not the report's lead.
_TURN = re.compile(r"^(?:[^，,。：:“”「」]{2,24}[：:]|【[^】]{2,24}】)")


def lead_first(out: list, lead: int, settled: bool, at_head=frozenset(), readable=None) -> list:
    """``out`` (sentence, role) with a report's lead stating its thesis: when a line of the lead paragraph is kept
    as a point while the thesis was taken further down, the lead's line is the thesis and the other a point in
    reading order (a report states its news first: "由于反对票未达到有效多数，欧委会…可按计划实施最终关税" before
    "欧盟的关税虽然相对温和，但…"). ``settled``: the thesis is the article's own summary, a position its author
    draws or takes, an interviewee's answer or a text of provisions — never moved. A lead line opening on a date
    or on background ("10月4日，…", "据不完全统计，…") is no thesis, nor a speaker's turn ("X：…"), nor one standing
    where the headline's own phrase is not written when the thesis stands there (``at_head``: paragraph ids), nor
    one the summary reads as no thesis at all (``readable``: a scene of what usually happens, a note, a rumour…)."""
    thesis = next((s for s, role in out if role == "thesis"), None)
    if settled or thesis is None or thesis.para_index == lead:
        return out
    leads = [s for s, role in out if role == "point" and s.para_index == lead and not _DATED_OPENING.match(s.simple)
             and not _BACKGROUND.match(s.simple) and not _TURN.match(getattr(s, "paragraph_simple", ""))
             and (readable is None or any(s is r for r in readable))]
    if not leads:
        return out
    new = leads[0]
    if at_head and thesis.paragraph in at_head and new.paragraph not in at_head:
        return out  # ("视频模型的使用成本过高…" under "视频模型使用成本高": the headline's claim, stated)
    points = sorted([s for s, role in out if role == "point" and s is not new] + [thesis], key=lambda s: s.index)
    return [(new, "thesis")] + [(s, "point") for s in points] + [(s, role) for s, role in out if role == "conclusion"]
