"""A row of a page's counters leaves (recorded): how many follow, read, played, liked or answered
it, whatever the platform (forum, video, podcast, live page, note app).

Phenomenon: under a title or a post, a line lists the page's counters, each a word and a number
(``关注：152万  贴子：986万``, ``回覆：48 ｜ 瀏覽：1.2萬``, ``❤️ 赞 2.3万　　⭐ 收藏 8652``,
``参与人数：12.8万　　网友提问：1,342条``, ``共 87 条回复  1 2 3 … 9 下一页``). The line is read as
cells (set apart by a wide space, a bar, a middle dot, or a space between a number and the next
counter's word); it leaves when two cells at least are counters (one, beside a pager) and every
other cell is the page's chrome (a button word of eight characters at most, no digit: ``签到``,
``进吧``; a labelled stamp ``最後回覆：2024-07-13 01:58``; a pager). A line that opens on the
page's date (``发布时间：2024年7月26日 · 时长 52:18 · 播放 3.6万次``) stays whole: the date is what
dates the piece. A sentence never leaves (``视频播放量达3.6万次，点赞2.3万。``: one cell, with a
clause mark), nor a row whose words are not a page's counters (``票房：3.2亿　观影人次：8000万``).
A line of two of the page's controls or more and nothing else (``[刷新] 按时间倒序 | 按时间正序``)
leaves too, in a page read as Markdown as in text (``form_furniture`` reads text only).
"""

from __future__ import annotations

import re

from .form_furniture import _CONTROLS, _SPLIT

NAME = "counter_rows"

_WORD = (r"关注|關注|粉丝|粉絲|贴子|帖子|貼子|主题|主題|回复|回覆|回帖|评论|評論|转发|轉發|分享|赞|讚|贊|点赞|點讚|點贊|"
         r"收藏|浏览|瀏覽|阅读|閱讀|播放|观看|觀看|在看|投币|投幣|弹幕|彈幕|参与人数|參與人數|网友提问|網友提問|提问|提問|"
         r"围观|圍觀|人气|人氣|热度|熱度")
_NUM = r"\d[\d,]*(?:\.\d+)?\s*[万萬千亿億kKwW]?\+?"
_COUNTER = re.compile(rf"^[^\w\s]{{0,3}}\s*(?:(?:{_WORD})(?:数|數|量|次数|次數)?\s*[:：]?\s*{_NUM}\s*(?:次|条|條|人|个|個)?"
                      rf"|共?\s*{_NUM}\s*(?:次|条|條|人|个|個)?\s*(?:{_WORD})(?:数|數)?"
                      rf"|(?:时长|時長)\s*[:：]?\s*\d{{1,3}}:\d{{2}}(?::\d{{2}})?)$")
_STAMP = re.compile(r"^\**[\u4e00-\u9fff]{2,6}[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2})?\**$")
_PAGER = re.compile(r"^(?:\d{1,3}\s+){2,}.*(?:下一页|下一頁|尾页|尾頁|末页|末頁)$")
_CHROME = re.compile(r"^[^\d\s。，！？；,!?;]{1,8}$")
_SEP = re.compile(rf"[ \u3000]{{2,}}|\s*[·・•|｜]\s*|(?<=[\d万萬千亿億+条條次])[ \u3000](?=[^\w\s]{{0,3}}\s*(?:{_WORD}))")
_LONGEST = 100


def _cells(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for m in list(_SEP.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        cell = text[pos:end]
        if cell.strip():
            out.append((pos, end, cell.strip()))
        pos = m.end() if m else pos
    return out


def _kind(cell: str) -> str:
    if _COUNTER.match(cell):
        return "counter"
    if _STAMP.match(cell):
        return "stamp"
    if _PAGER.match(cell):
        return "pager"
    if _CHROME.match(cell) and not re.search(r"[\u4e00-\u9fff]{2,}[:：]$", cell):
        return "chrome"
    return "text"


def apply(doc):
    whole = []
    for b in doc.blocks:
        t = b.text
        if b.kind not in ("line", "p") or len(t.strip()) > _LONGEST or re.search(r"[。！？；]", t):
            continue
        words = [w.strip(".…[]【】") for w in _SPLIT.split(t) if w.strip(".…[]【】")]
        if len(words) >= 2 and all(w in _CONTROLS for w in words):
            whole.append(b)  # the page's controls alone ("[刷新] 按时间倒序 | 按时间正序"), in any form
            continue
        cells = _cells(t)
        kinds = [_kind(c[2]) for c in cells]
        if kinds.count("counter") < (1 if "pager" in kinds else 2) or "text" in kinds:
            continue
        if kinds[0] == "stamp":
            continue  # the page's date opens the line: it stays whole
        whole.append(b)
    if whole:
        with doc.batch():
            for b in whole:
                doc.remove(b, "a row of the page's counters or controls (follows, reads, plays, likes, replies; sort tabs)", separates=True)
