"""Which source leads a timeline entry several sources report: the most reportorial one.

An entry's lead is what a reader sees first and the words the row shows. An outlet's report, an
official's or a body's own statement ("路透社报道称…", "公司宣布…", "本决定自…起施行") leads; a line
that passes on hearsay ("听说年底要搞到一千台", "據說…", "網傳…") never leads when another
source reports the same thing, and a chat or forum line under its writer's label ("老王：…"), or
in its writer's first person, yields the lead only to a source's report (a plain statement by
someone else is no better witness). On equal standing the entry keeps the lead it had (the first report in corpus order, or the one more outlets tell).
Reads the words of each citation only (any form: a chat export, a thread, a wire story, a
transcript); returns new events, nothing here writes.
"""

from __future__ import annotations

import re

from .eventmerge import with_changes
from .model import Citation, Event
from .text import to_simplified

#: Words passing on what the writer heard, not what a source reports: 听说, 据说, 网传, 有人说…
_HEARSAY = re.compile(r"听说|听讲|听闻|听人说|听朋友说|据说|据传|传闻|网传|网上说|有人说|好像说|小道消息|"
                      r"群里说|朋友说|听[^，。；,;]{1,6}说")
#: A message under its writer's label ("老王：…", "小陈(洪山)：…"): a chat or forum line.
_LABEL = re.compile(r"^\s*[^\s：:，。！？!?“”\d]{1,14}[：:]")
#: The writer speaking for themselves ("我…", "咱…", "我哋") or in spoken Cantonese ("而家", "喺",
#: "咗", "嘅": a chat's, a thread's voice, whatever its topic).
_FIRST_PERSON = re.compile(r"我|咱|俺|偶们|我哋|佢|你哋|而家|喺|咗|嘅|冇|啲|嘢|唔")
#: A report's frame: a named source states, announces, publishes, reports.
_REPORTS = re.compile(r"报道|报导|宣布|公布|发布|表示|指出|透露|证实|回应|通报|披露|公告|声明|印发|施行|实施|"
                      r"据[^，。；,;]{1,12}(?:报道|消息|数据|统计|介绍|显示)|称[，,:：]?")


def standing(quote: str) -> int:
    """How reportorial one source's words are: 0 hearsay, 1 a chat line or a first-person remark,
    2 a plain statement, 3 a source's report or an official act (a report frame, no hearsay, no
    first person)."""
    simple = to_simplified(quote, "zh-Hant")
    if _HEARSAY.search(simple):
        return 0
    label = _LABEL.match(simple)
    body = simple[label.end():] if label else simple
    if label or _FIRST_PERSON.search(body):
        return 1
    return 3 if _REPORTS.search(body) else 2


def most_reportorial(events: list[Event]) -> list[Event]:
    """Each entry led by its most reportorial source; the former lead cited first after it."""
    return [_releaded(e) for e in events]


def _releaded(e: Event) -> Event:
    if not e.also:
        return e
    here = standing(e.text)
    if here >= 2:
        return e  # a plain statement or a report keeps its lead (the first in corpus order)
    best, rank = None, here
    for c in e.also:
        r = standing(c.quote)
        # hearsay yields to any source that does not pass on hearsay; a chat line or a
        # first-person remark only to a source's report
        if r > rank and (here == 0 or r >= 3):
            best, rank = c, r
    if best is None:
        return e
    rest = tuple(c for c in e.also if c is not best)
    return with_changes(e, text=best.quote, article=best.article, paragraph=best.paragraph,
                        also=(Citation(e.article, e.paragraph, e.text),) + rest)
