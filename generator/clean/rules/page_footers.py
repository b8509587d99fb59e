"""A web page's foot, below its last text, is furniture: its "last edited" stamp gives the page's
date, its licence line and its row of site links leave (each recorded).

Phenomenon: a page copied whole ends on the site's foot, not on text: a stamp of when the page was
last edited ("本页面最后修订于2023年9月10日 (星期日) 08:14。", "最后更新：2024-03-02", "Last
edited on 5 May 2023"), a licence or copyright line ("本站的全部文字在创用CC…协议之条款下提供",
"© 2024 … 版权所有", "Creative Commons"), a row of short link words set apart by spaces ("隐私政策
关于我们 免责声明 手机版"); a newsletter's or an account's sign-off: the issue's credits ("本期编辑：…｜校对：…")
and a short call to share or subscribe ("觉得有用？转发给朋友…", "还没订阅？点击右上角「关注」…"). Only lines in the run at the very end of the page are read, walking up
from its last line; the first line that is none of these (the text) stops the walk.
"""

from __future__ import annotations

import re

from ..text import han_count

NAME = "page_footers"

_STAMP = re.compile(r"^\s*(?:本页面|本頁面|本页|本頁|此页面|此頁面|页面|頁面|本文|本条目|本條目)?\s*(?:最后|最後)?"
                    r"(?:修订|修訂|编辑|編輯|更新)(?:于|於|时间|時間)?\s*[:：]?\s*"
                    r"(?P<y>(?:19|20)\d{2})\s*[年/.-]\s*(?P<m>\d{1,2})\s*[月/.-]\s*(?P<d>\d{1,2})\s*日?"
                    r"[^。，,]{0,30}[。.]?\s*$|^\s*[Ll]ast (?:edited|modified|updated)\b")
_LICENCE = re.compile(r"创用\s*CC|創用\s*CC|知识共享|知識共享|Creative Commons|CC\s*BY|版权所有|版權所有|All rights reserved"
                      r"|©|Copyright|协议之条款|協議之條款|授权条款|授權條款")
_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,8}$")
_CREDITS = re.compile(r"^\s*(?:本期|本文|本篇)?(?:责任编辑|責任編輯|编辑|編輯|主编|主編|责编|責編|校对|校對|审核|審核|排版|美编|美編)"
                      r"\s*[:：]\s*[\u4e00-\u9fffA-Za-z·]{2,8}(?:\s*[｜|丨/、\s]\s*[\u4e00-\u9fff]{2,4}\s*[:：]\s*[\u4e00-\u9fffA-Za-z·]{2,8})*\s*$")
_CTA_ACT = re.compile(r"转发|轉發|分享|订阅|訂閱|关注|關注|点赞|點讚|在看|星标|星標")
_CTA_ASK = re.compile(r"点击|點擊|给朋友|給朋友|给同事|給同事|右上角|准时送达|準時送達|^[^，。？?]{2,8}[？?]")
_TAIL = 8


def _nav_row(text: str) -> bool:
    parts = [p for p in re.split(r"[\s\u3000|｜·•]+", text.strip()) if p]
    return len(parts) >= 4 and all(_WORD.match(p) for p in parts) and len(text) <= 80


def apply(doc):
    bl = doc.blocks
    k = len(bl) - 1
    stop = max(0, len(bl) - 1 - _TAIL)  # the first block is the text's, never the foot's
    while k > stop:
        b = bl[k]
        t = b.text.strip()
        if b.kind not in ("line", "h") or not t:
            break
        if m := _STAMP.match(t):
            if m.group("y") and not doc.meta.get("date") and not doc.declared.get("date"):
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    doc.meta["date"] = f"{y:04d}-{mo:02d}-{d:02d}"
                    doc.meta_lines["date"] = b.line
                    doc.remove(b, "the page's last-edited stamp (its date read as the page's)", action="metadata")
                    k -= 1
                    continue
            doc.remove(b, "the page's last-edited stamp")
        elif _LICENCE.search(t) and len(t) <= 160:
            doc.remove(b, "licence or copyright line of the page's foot")
        elif _nav_row(t) and han_count(t) >= 6:
            doc.remove(b, "a row of site links at the page's foot")
        elif _CREDITS.match(t):
            doc.remove(b, "the issue's credits at the page's foot (editor, proofreader)")
        elif (len(t) <= 32 or len(t) <= 60 and re.match(r"^[^，。？?]{2,8}[？?]", t)) and _CTA_ACT.search(t) \
                and _CTA_ASK.search(t):
            doc.remove(b, "a call to share or subscribe at the page's foot")
        else:
            break
        k -= 1
