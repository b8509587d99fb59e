"""Date and publisher lines ("出品时间：2024 年 3 月 20 日", "出品方：…") become metadata."""

import re

NAME = "datelines"
_DATE = re.compile(
    r"^(?:\S{0,4}(?:出品|发布|發布|发表|發表|刊发|刊發|更新)(?:时间|時間|日期)|日期)\s*[:：]\s*"
    r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?$"
)
_PUBLISHER = re.compile(r"^\S{0,4}(?:出品方|出品|出版方|出版)\s*[:：]\s*(\S.{0,30})$")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line":
                continue
            m = _DATE.match(b.text)
            if m:
                y, mo, d = m.groups()
                doc.to_meta(b, "date", f"{y}-{int(mo):02d}-{int(d):02d}", "date line → date")
                continue
            p = _PUBLISHER.match(b.text)
            if p:
                doc.to_meta(b, "outlet", p.group(1).strip(), "publisher line → outlet")
