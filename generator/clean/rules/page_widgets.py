"""An app or Q&A page's widgets saved as text, recognised by their SHAPE, not by a site's words:
whole lines removed, each recorded.

- **A column of buttons**: three or more consecutive short lines (≤ 8 characters, no punctuation),
  at least three of them buttons or counters (``分享``, ``喜欢``, ``收藏``, ``收起``, ``12 条评论``),
  the others as short as they (``申请转载``): the bar under each answer or post, one button a line.
- **A bar of buttons and counters**: one line of four or more items, each a number or a word of at
  most four characters, three of them interaction words (``关注问题 写回答 邀请回答 好问题 1.2 万
  添加评论 分享``).
- **A labelled counter**: a short label and a large number, nothing else (``关注者 18,406``,
  ``被浏览 35,217,640``), or a link to the other items with their count (``查看全部 3,861 个回答``,
  ``为什么…？ 356 个回答``: a related question).
- **A post's own stamp** left in the body: ``发布于 2024-08-27 20:15・IP 属地浙江`` (the page's date is
  read from the first such stamp by ``form_headers``; the stamps of the other answers are furniture).
- **A vertical site menu at the top**: the page's first line is the home link (``首页``, ``Home``)
  and the short lines right under it (no blank line between, no sentence punctuation) are the
  other menu items; then, right under the menu, a run of three or more short tag lines over the
  headline (a topic's tags, ``游戏 / 单机游戏 / 国产游戏``).

- **A search box** in the page's first lines: its placeholder (``搜索你感兴趣的内容…``, ``搜索书名、作者、
  ISBN``, ``请输入关键词``).
- **The saving tool's own notes**: a link out to the original (``閱讀原文 → https://…``: a short
  label, an arrow, an address, nothing else); in the last lines, the stamp of when the page was
  saved or exported (``本項目擷取於 2024-08-21 09:02``) and an export's closing notice about itself
  (``以上为聊天记录导出内容，仅供内部参考，请勿外传``).
- **A chat's system messages**: ``「X」撤回了一条消息``, ``X 加入了群聊``, ``X 邀请 Y 加入了群聊`` (with
  the message's time before them): what the app says, not what a member wrote; in a chat (five
  messages or more, each opening on its time and its sender), a message that is only a sticker or a
  picture (``[表情]``: no empty turn is left) or only acknowledges
  (``收到``, ``好的``, ``[表情]好``, ``👍``): it says nothing a reader can use.

A line that says anything more (a sentence, a clause with a comma) is text and stays.
"""

from __future__ import annotations

import re

NAME = "page_widgets"

#: Words that name an interaction of a reader with a page (a stem: 写回答 and 邀请回答 hold 回答).
_INTERACT = re.compile(r"评论|評論|回答|回覆|回复|回復|分享|关注|關注|收藏|喜欢|喜歡|赞|讚|贊|转发|轉發|转载|轉載|"
                       r"举报|舉報|留言|收起|展开|展開|显示全部|顯示全部|查看全部|感谢|感謝|反对|反對|在看|"
                       r"播放|弹幕|彈幕|投币|投幣|浏览|瀏覽|阅读|閱讀|观看|觀看|有用|没用|沒用")
_NUM = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:万|萬|亿|億|[kKwW])?"
_WHEN = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?")
_NUM_ITEM = re.compile(rf"(?:{_NUM})\+?")
_PUNCT = re.compile(r"[，。！？；：,.!?;:、]")
_SHORT_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z+]{1,4}")
#: A counter: a label of one to four characters and a number (``关注者 18,406``, ``被浏览 35,217,640``).
#: The label names what readers did (followed, viewed, played …): a table's "北京 12,345" is data.
_LABELLED = re.compile(rf"^\s*(?=[\u4e00-\u9fff]{{0,3}}(?:关注|關注|粉丝|粉絲|浏览|瀏覽|阅读|閱讀|播放|观看|觀看|点赞|點讚|赞|讚|"
                       rf"评论|評論|收藏|转发|轉發|回答|订阅|訂閱|围观|圍觀|热度|熱度|人气|人氣))[\u4e00-\u9fff]{{1,4}}\s*[:：]?\s*(?:{_NUM})\s*$")
#: A link to more items with their count (``查看全部 3,861 个回答``, ``为什么…？ 356 个回答``).
_COUNT_LINK = re.compile(rf"^\s*(\S.{{0,40}}?)\s+(?:{_NUM})\s*(?:个|個|条|條|篇|次)\s*(?:回答|评论|評論|留言|回复|回覆|帖子|讨论|討論|浏览|瀏覽|播放)\s*$")
#: A post's stamp: published/edited at a date (and time), with the poster's IP place.
_STAMP = re.compile(r"^\s*(?:发布于|發佈於|發布於|编辑于|編輯於|发表于|發表於|修改于|修改於|更新于|更新於)\s*"
                    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}|昨天|前天|今天)\s*(?:\d{1,2}:\d{2})?\s*"
                    r"(?:[・·•|｜]?\s*(?:IP\s*)?(?:属地|屬地)\s*[\u4e00-\u9fff]{1,8}|\s+[\u4e00-\u9fff]{2,4})?\s*$")
_CONTROL = re.compile(r"^(?:显示全部|顯示全部|查看全部|展开全部|展開全部|展开阅读全文|展開閱讀全文)\s*[>›»↓▼]?$")
#: A link out: a short label and an arrow, or a label that names the original or the full text, then
#: the address alone ("閱讀原文 → https://…", "原文链接：https://…").
_READ_ORIGINAL = re.compile(r"^\s*(?:[\u4e00-\u9fffA-Za-z ]{2,8}\s*(?:→|➜|➡|>>|»|›)|[\u4e00-\u9fffA-Za-z ]{0,4}(?:原文|全文|更多|Read more)"
                            r"[\u4e00-\u9fffA-Za-z ]{0,4}\s*(?:→|➜|➡|>>|»|›|>|[:：])?)\s*https?://\S+\s*$", re.I)
_SAVED = re.compile(r"(?:擷取|撷取|抓取|保存|匯出|汇出|导出|導出|存档|存檔|剪藏)(?:於|于)\s*\d{4}[-/.年]\d{1,2}")
_SELF_NOTICE = re.compile(r"^\s*以上(?:为|為|是|即为|即為|均为|均為)?.{0,12}(?:内容|內容|记录|記錄)")
_RESTRICT = re.compile(r"导出|導出|仅供|僅供|请勿|請勿|不得|禁止|外传|外傳|转发|轉發|参考|參考")
_SYSTEM = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?[「“\"]?[^\s：:，。]{1,16}[」”\"]?\s*"
                     r"(?:撤回了一条消息|撤回了一條訊息|撤回了一條消息|加入了群聊|退出了群聊|(?:邀请|邀請)[^：:，。]{1,40}?(?:加入了群聊|加入群聊))\s*$")
#: A chat message: its date and time, its sender and a colon, then what was written.
_MESSAGE = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s+[^\s：:，。]{1,12}\s*[：:]\s*(.*)$")
_ACK = re.compile(r"(?:收到|好的|好滴|好|嗯+|OK|ok|Ok|了解|明白|知道了|👍|👌|\+1|＋1)[！!。.～~]*")
_SHORTCODE = re.compile(r"\[[^\[\]\s]{1,6}\]")
_CHAT_MIN = 5
_TAIL = 8  # lines: where a saving tool's stamp and an export's notice are looked for
#: A search box's placeholder at the top of the page ("搜索你感兴趣的内容…", "搜索书名、作者、ISBN").
_SEARCH_BOX = re.compile(r"^\s*(?:搜索|搜尋|Search)\S{0,16}(?:…|\.\.\.|、)\S{0,12}\s*$|^\s*(?:请输入|請輸入)\S{0,10}(?:关键词|關鍵詞|关键字|關鍵字)")
_HOME = {"首页", "首頁", "主页", "主頁", "Home", "HOME"}
_MENU_LINE = 12  # characters: a menu item or a tag is shorter
_BUTTON_LINE = 8


def _punct(t: str) -> bool:
    """Sentence or clause punctuation outside the numbers (``18,406`` and ``1.2`` have none)."""
    return bool(_PUNCT.search(_NUM_ITEM.sub("0", t)))


def _button_line(t: str) -> bool:
    """One button or counter alone on a line: an interaction word, a count of it, or a control."""
    if len(t) > _BUTTON_LINE or _punct(t):
        return False
    rest = _NUM_ITEM.sub("", t).replace(" ", "")
    return bool(_INTERACT.search(t)) and len(rest) <= 6


def _bar(t: str) -> bool:
    """Four items or more, each a short word, a number or the post's date or time: three of them
    interaction words, or two counters (an interaction word and its number: ``播放 12.3万 弹幕 456``)."""
    items = [w for w in re.split(r"[\s\u3000|｜·]+", t.strip()) if w]
    if len(items) < 4 or _punct(_WHEN.sub("0", t)):
        return False
    if not all(_NUM_ITEM.fullmatch(w) or _SHORT_ITEM.fullmatch(w) or _WHEN.fullmatch(w) for w in items):
        return False
    pairs = sum(1 for w, n in zip(items, items[1:]) if _INTERACT.search(w) and _NUM_ITEM.fullmatch(n))
    return sum(bool(_INTERACT.search(w)) for w in items) >= 3 or pairs >= 2


def _why(t: str) -> str | None:
    t = t.strip()
    if not t or len(t) > 60:
        return None
    if _bar(t):
        return "bar of the page's buttons and counters"
    if _CONTROL.match(t):
        return "control of the page (show all, expand)"
    if _LABELLED.match(t) and re.search(r"\d{1,3},\d{3}|\d{4,}|[万萬]", t):
        return "counter of the page (followers, views …)"
    m = _COUNT_LINK.match(t)
    if m and not re.search(r"[，。；,;]", m.group(1)):
        return "link to other items with their count (related questions, all answers)"
    if _STAMP.match(t):
        return "a post's own time stamp (one answer's or comment's)"
    return None


def _columns(doc) -> None:
    """Runs of one-button lines (blank lines between them allowed): three buttons or more."""
    bl = doc.blocks
    i = 0
    while i < len(bl):
        j, buttons = i, 0
        while j < len(bl) and bl[j].kind == "line" and len(bl[j].text.strip()) <= _BUTTON_LINE \
                and not _punct(bl[j].text):
            buttons += _button_line(bl[j].text.strip())
            j += 1
        run = bl[i:j]
        while run and not _button_line(run[-1].text.strip()):
            run.pop()  # a name or a word under the bar is not one of its buttons
        while run and not _button_line(run[0].text.strip()):
            run.pop(0)
        if buttons >= 3 and buttons * 3 >= len(run) * 2:
            for b in run:
                doc.remove(b, "column of the page's buttons (share, like, collect …)", separates=True)
        i = max(j, i + 1)


def _top_menu(doc) -> None:
    """A vertical menu under the home link on the page's first line, and the tags under it."""
    bl = doc.blocks
    if not bl or bl[0].kind != "line" or bl[0].text.strip() not in _HOME:
        return
    j = 1
    while j < len(bl) and bl[j].kind == "line" and bl[j].gap == 0 and len(bl[j].text.strip()) <= _MENU_LINE \
            and not re.search(r"[，。！？,!?]", bl[j].text):
        j += 1
    if j < 3:
        return
    k = j
    while k < len(bl) and bl[k].kind == "line" and (k == j or bl[k].gap == 0) and len(bl[k].text.strip()) <= _MENU_LINE \
            and not re.search(r"[，。！？,!?]", bl[k].text):
        k += 1
    tags = k - j >= 3 and k < len(bl) and bl[k].gap > 0 and len(bl[k].text.strip()) > _MENU_LINE
    for b in bl[:j]:
        doc.remove(b, "site menu down the top of the page (one item a line)", separates=True)
    if tags:
        for b in bl[j:k]:
            doc.remove(b, "topic tags under the site menu, over the headline", separates=True)


def _said(b) -> str | None:
    """What a chat message says: the text after its time, sender and colon, or after the sender's
    label of a message a reader already took apart (``b.message``); None when the line is none."""
    if b.kind != "line":
        return None
    m = _MESSAGE.match(b.text)
    if m:
        return m.group(1)
    if getattr(b, "message", False) and re.match(r"^[^\s：:，。]{1,16}[：:]", b.text):
        return re.split(r"[：:]", b.text, maxsplit=1)[1]
    return None


def _tool_notes(doc) -> None:
    bl = doc.blocks
    lines = [k for k, b in enumerate(bl) if b.kind == "line" and b.text.strip()]
    tail = set(lines[-_TAIL:])
    said = {k: _said(bl[k]) for k in lines}
    chat = sum(1 for v in said.values() if v is not None) >= _CHAT_MIN
    for k in lines:
        t = bl[k].text.strip()
        if len(t) > 80:
            continue
        if k < 5 and len(t) <= 30 and _SEARCH_BOX.match(t):
            doc.remove(bl[k], "the page's search box (its placeholder text)", separates=True)
        elif _READ_ORIGINAL.match(t):
            doc.remove(bl[k], "link out to the original page (the saving tool's)", separates=True)
        elif _SYSTEM.match(t):
            doc.remove(bl[k], "the chat app's system message (a recalled message, a member joining)", separates=True)
        elif chat and said[k] is not None and not _SHORTCODE.sub("", said[k]).strip():
            doc.remove(bl[k], "a chat message that is only a sticker or a picture ([表情], [图片])", separates=True)
        elif chat and said[k] is not None and _ACK.fullmatch(_SHORTCODE.sub("", said[k]).strip()):
            doc.remove(bl[k], "a chat message that only acknowledges (收到, 好的)", separates=True)
        elif k in tail and len(t) <= 60 and _SAVED.search(t):
            doc.remove(bl[k], "the saving tool's stamp (when it saved the page)", separates=True)
        elif k in tail and len(t) <= 60 and _SELF_NOTICE.match(t) and _RESTRICT.search(t):
            doc.remove(bl[k], "the export's closing notice about itself", separates=True)


_YEARLESS = re.compile(r"^\s*(?:发布于|發佈於|發布於|编辑于|編輯於|发表于|發表於|修改于|修改於|更新于|更新於)\s*(\d{1,2})[-/.](\d{1,2})(?!\d)")


def _stamp_date(doc, text: str) -> None:
    """The first post stamp with no year ("编辑于 07-15 河北") dates the page when nothing else did, its year the
    page's latest full stamp's (:mod:`generator.clean.stampyear`); a stamp with its year is read by form_headers."""
    from ..stampyear import dated, latest_stamp

    m = _YEARLESS.match(text)
    if not m or doc.meta.get("date") or doc.declared.get("date"):
        return  # (the first such stamp that dates the page is the page's date)
    day = dated(int(m.group(1)), int(m.group(2)), latest_stamp(doc.blocks))
    if day:
        doc.meta["date"] = day


def apply(doc):
    if doc.markdown:
        return
    with doc.batch():
        _tool_notes(doc)
    with doc.batch():
        _top_menu(doc)
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind == "line" and (why := _why(b.text)):
                if why.startswith("a post's own time stamp"):
                    _stamp_date(doc, b.text)
                doc.remove(b, why, separates=True)
    with doc.batch():
        _columns(doc)
