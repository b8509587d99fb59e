"""A meeting's record rows: the labelled rows over minutes, a hearing's or a forum's record
(``时间：…`` ``地点：…`` ``主持人：…`` ``出席：…`` ``列席：…`` ``记录人：…``), either script.

The phenomenon: minutes open on rows that say when and where the meeting sat and who chaired,
attended and kept the record. They are the record of the meeting, not the page's byline and not
claims: the chair is no author of the minutes, a count of those present is no figure of the news.
So, when two such rows or more stand in a run among the first lines, two of them a place, an
attendance or a record-keeper row (which no byline prints), or one of them with a dated time row
(an event's when and where):

- they are kept together as the article's record, a table with the labels over their values (the
  analysis reads tables as the page's data, never as anybody's words), recorded;
- the time row's day is the article's date when nothing else gives it;
- no other rule reads them (the programme rules would take ``主持人`` for the author).

Known by shape: a short label of the meeting kind, a colon, a value of one line.
"""

from __future__ import annotations

import re

from ..doc import Chunk

NAME = "meeting_rows"

_MEETING = (r"地点|地點|会议地点|會議地點|出席|出席人员|出席人員|列席|列席人员|列席人員|缺席|请假|請假|记录|記錄|记录人|記錄人|"
            r"参会人员|參會人員|与会人员|與會人員|参加人员|參加人員|参会单位|參會單位|会议议题|會議議題|议题|議題")
_OTHER = r"时间|時間|日期|会议时间|會議時間|主持|主持人|召集人|主席|会议名称|會議名稱|主题|主題|会议主题|會議主題"
_ROW = re.compile(rf"^\s*\**\s*(?P<label>{_MEETING}|{_OTHER})\s*\**\s*[:：]\s*(?P<value>\S.{{0,120}}?)\s*$")
_SPECIFIC = re.compile(rf"^(?:{_MEETING})$")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_WHEN = re.compile(r"^(?:时间|時間|日期|会议时间|會議時間)$")
_SCAN = 12


def apply(doc):
    bl = doc.blocks
    run: list[int] = []
    for i, b in enumerate(bl[:_SCAN]):
        m = _ROW.match(b.text) if b.kind == "line" and len(b.text) <= 140 else None
        if m:
            run.append(i)
        elif run:
            break
    if len(run) < 2 or run != list(range(run[0], run[0] + len(run))):
        return
    rows = [_ROW.match(bl[i].text) for i in run]
    labels = [m.group("label") for m in rows]
    specific = sum(1 for lb in labels if _SPECIFIC.match(lb))
    timed = any(_WHEN.match(lb) and _DATE.search(m.group("value")) for lb, m in zip(labels, rows))
    if not (specific >= 2 or specific and timed) or len(set(labels)) < len(labels):
        return
    first = bl[run[0]]
    table = Chunk("table", "", [(0, bl[i].line) for i in run], first.gap,
                  rows=[labels, [m.group("value") for m in rows]])
    for i, m in zip(run, rows):
        if _WHEN.match(m.group("label")) and not doc.declared.get("date") \
                and (d := _DATE.search(m.group("value"))):
            doc.meta.setdefault("date", f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}")
            doc.meta_lines.setdefault("date", bl[i].line)
        doc.record(bl[i].line, bl[i].text, "| " + m.group("label") + " | … |", "changed",
                   "a meeting's record row (when, where, who chaired, attended, kept the record) → the article's "
                   "record, a table: not its byline, not a claim")
    bl[run[0]:run[-1] + 1] = [table]
