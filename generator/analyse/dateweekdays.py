"""A weekday written alone ("星期五", "周三", "礼拜天"), as wire copy and Southeast Asian, Hong Kong
and Taiwanese papers date the week's news ("官员星期五晚在发布会上说"): the nearest such day
before the article's date when its clause tells of something done, the nearest one after when it
tells of something to come; nothing when the clause says neither (a wrong day costs a reader more
than a missing one), when the weekday names a date's own weekday ("9月13日（星期五）"), a
range or a routine ("周一至周五", "每周三"), or the article's own weekday.
"""

from __future__ import annotations

import datetime as dt
import re

from .datepatterns import _WEEKDAYS

#: A weekday with no week before it (上周五 / 本周三 are read with their week, 每周三 is a routine).
_BARE_WEEKDAY = re.compile(r"(?<![上本这下呢今每个一逐隔至到~～\-—－、和与及或])(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
                           r"(?![号楼栋层单线期个路站班车门区座均刊报末至到、（(\d])")
#: A date right before it: the weekday is that date's own ("9月13日（星期五）", "2024-09-13 星期五").
_DATE_BEFORE = re.compile(r"(?:[日号]|\d)\s*[（(]?\s*$")
#: What was done: a perfective or a report's verb in the weekday's clause.
_DONE = re.compile(r"了|已|曾|说|称|表示|宣布|指出|透露|公布|发布|举行|召开|通过|批准|上涨|下跌|收跌|收涨|收盘|报收|发生|出现|遭|被")
#: What is to come: a future word before or in the weekday's clause.
_AHEAD = re.compile(r"将|(?<![发例开大议年峰座晚宴集协学工商社理董都布约聚晤])会(?![议上后中场见面谈计员长所])|(?<![主重需只])要(?![求点闻])|拟|计划|预计|准备|打算|届时|定于|即将")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


def bare_weekday_refs(text: str, article_day: dt.date) -> list[tuple[int, int, str]]:
    """(start, end, ISO day) of each weekday written alone whose clause says done or to come."""
    out = []
    for m in _BARE_WEEKDAY.finditer(text):
        if _DATE_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            continue
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.end():end.start() if end else len(text)]
        lead = text[max(0, m.start() - 8):m.start()]
        lead = lead[_last_clause_end(lead):]
        d, a = _DONE.search(clause), _AHEAD.search(clause)
        if _AHEAD.search(lead):  # "将于星期三举行": to come, unless the clause says it is done
            done, ahead = False, not re.search(r"了|已", clause)
        else:  # "星期五表示将继续…": the first word of the clause tells
            done, ahead = bool(d and (not a or d.start() < a.start())), bool(a and (not d or a.start() < d.start()))
        if done == ahead:
            continue  # neither: no day a reader could trust
        wd = _WEEKDAYS[m["wd"]]
        if done:
            back = (article_day.weekday() - wd) % 7
            day = article_day - dt.timedelta(days=back) if back else None
        else:
            ahead_by = (wd - article_day.weekday()) % 7
            day = article_day + dt.timedelta(days=ahead_by) if ahead_by else None
        if day:
            out.append((m.start(), m.end(), day.isoformat()))
    return out


def _last_clause_end(text: str) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(text)]
    return ends[-1] if ends else 0
