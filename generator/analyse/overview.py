"""The one-minute overview: what matters most to the corpus as a whole, first.

A busy reader sees six takeaways and, where the sources disagree, the question they disagree on.
What matters most is what most outlets independently say: the points are ranked by how many
sources make them, and among points of the same reach one about the topic itself ("Sora 还不是一个
产品") comes before one about a bystander (another start-up's funding round). Three impacts and
three limits are taken, each of another category where the corpus allows (the story's aspects, not
three wordings of one), the widest lead, and the lead must stand on its own (``leadline``). A
statement still speaking of "公司"/"该公司" without naming it (``companyref``) says nothing to a
reader who has not read its paragraph: it gives way to the next point of its kind. The news itself
(the topic's launch told on its day) is what the title already tells: it gives way to the effects
and limits several outlets weigh, and never leads before them. The contention
most sources take part in (two at least) closes the overview: the story's open question.
"""

from __future__ import annotations

import re

from .companyref import unresolved_company
from .leadline import lead_first
from .model import Contention, Overview, Point

__all__ = ["overview"]

#: Takeaways of each kind (impacts, limits).
PER_KIND = 3


def _names_topic(statement: str, topic: tuple[str, ...]) -> bool:
    low = statement.lower()
    return any(t and t.lower() in low for t in topic)


#: The news of a day itself, told with its date: the topic launched, released or put on sale
#: ("8月29日中午，X在官方商城开售…，售价6999元", "3月16日，X正式发布…"). The title and the introduction
#: already tell it; the overview is what the sources make of it.
_NEWS_OF_A_DAY = re.compile(r"\d{1,2}月\d{1,2}日[^。；]{0,40}?(?:开售|发售|首发|开卖|上市|发布(?!会)|推出|亮相|上线|开幕|开通|"
                            r"启用|揭幕)")


def _news_itself(p: Point) -> bool:
    """The topic's launch told on its day: background to the effects and limits the sources weigh."""
    return bool(_NEWS_OF_A_DAY.search(p.statement))


def takeaways(points: list[Point], topic: tuple[str, ...]) -> list[str]:
    """The ids of the overview's points, the lead first (see the module's note)."""
    take: list[Point] = []
    for kind in ("impact", "limit"):
        mine = [p for p in points if p.kind == kind]
        # the news itself gives way to effects and limits several outlets weigh, when there are enough
        weighed = sum(1 for p in mine if not _news_itself(p) and _independent(p) >= 2) >= PER_KIND
        ranked = sorted(mine, key=lambda p: (not p.pinned, unresolved_company(p.statement) and not p.pinned,
                                             weighed and _news_itself(p) and not p.pinned,
                                             -_independent(p), not _names_topic(p.statement, topic), -p.score))
        # one takeaway per category first: the overview covers the story's aspects (the hype, the
        # cost, the jobs), not three wordings of one; a kind short of categories fills from the rest,
        # and one outlet's point never comes before a second point of an aspect several outlets make
        several = any(_independent(p) >= 2 for p in ranked)
        firsts, seen = [], set()
        for p in ranked:
            if p.pinned or (p.category not in seen and (_independent(p) >= 2 or not several)):
                firsts.append(p)
                seen.add(p.category)
        take += (firsts + [p for p in ranked if p not in firsts])[:PER_KIND]
    # (stable: impacts before limits of a reach; an unresolved "公司" only fills a kind short of points)
    take.sort(key=lambda p: (not p.pinned, unresolved_company(p.statement) and not p.pinned,
                             _news_itself(p) and not p.pinned, -_independent(p)))
    return lead_first([p.id for p in take], {p.id: p.statement for p in points})


def open_question(contentions: list[Contention]) -> str:
    """The id of the contention most sources take part in, both sides sourced; "" when none."""
    ranked = sorted((c for c in contentions if c.a.citations and c.b.citations and len(c.articles) >= 2),
                    key=lambda c: -len(c.articles))
    return ranked[0].id if ranked else ""


def overview(articles, points: list[Point], contentions: list[Contention], topic: tuple[str, ...]) -> Overview:
    """The corpus at a glance: its sources, outlets, dates, takeaways and open question."""
    outlets = tuple(dict.fromkeys(a.outlet for a in articles if a.outlet))
    dates = [a.date for a in articles if a.date]
    return Overview(sources=len(articles), outlets=outlets,
                    date_from=min(dates, key=_period_start) if dates else None,
                    date_to=max(dates, key=_period_end) if dates else None,
                    paragraphs=sum(len(a.paragraphs) for a in articles),
                    takeaways=tuple(takeaways(points, topic)), question=open_question(contentions))


def _period_start(date: str) -> str:
    """A date of year, month or day precision as the first day it may mean (2024-03 → 2024-03-00)."""
    return (date + "-00-00")[:10]


def _period_end(date: str) -> str:
    """… and as the last (2024-03 → 2024-03-99): an article dated March may be later than 03-20."""
    return (date + "-99-99")[:10]


def _independent(p) -> int:
    """How many outlets make a point on their own: a wire copy of another cited article is no second outlet."""
    return len(p.articles) - len(p.copies)
