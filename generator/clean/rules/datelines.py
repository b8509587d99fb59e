"""Date and publisher lines ("出品时间：2024 年 3 月 20 日", "出品方：…") become metadata.

A live stream's, broadcast's or recording's own date line ("直播时间：2024年9月1日 19:30—21:05",
"播出时间：…", "录制时间：…") dates the page as a publication line does; its clock times leave with it.
"""

import re

NAME = "datelines"
_DATE = re.compile(
    r"^(?:\S{0,4}(?:出品|发布|發布|发表|發表|刊发|刊發|更新)(?:时间|時間|日期)|日期)\s*[:：]\s*"
    r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?$"
)
#: A recording's own date line, its clock times with it (an item's "发布时间：… 10:15" in a feed is the item's stamp
#: and stays).
_RECORDED = re.compile(
    r"^\S{0,4}(?:直播|播出|首播|录制|錄製)(?:时间|時間|日期)\s*[:：]\s*"
    r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]{1,2}\s*\d{1,2}[:：]\d{2})?)?\s*$"
)
_PUBLISHER = re.compile(r"^\S{0,4}(?:出品方|出品|出版方|出版)\s*[:：]\s*(\S.{0,30})$")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line":
                continue
            m = _DATE.match(b.text) or _RECORDED.match(b.text)
            if m:
                y, mo, d = m.groups()
                doc.to_meta(b, "date", f"{y}-{int(mo):02d}-{int(d):02d}", "date line → date")
                continue
            p = _PUBLISHER.match(b.text)
            if p:
                doc.to_meta(b, "outlet", p.group(1).strip(), "publisher line → outlet")
