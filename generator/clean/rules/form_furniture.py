"""Furniture of received forms saved as text (a live blog, a forum or social post, an e-mail
newsletter, a broadcast transcript): whole lines removed by their KIND, each recorded.

- **Counters**: a line made only of interaction counters (``分享 12 | 评论 3 | 赞 45``,
  ``轉發 35　評論 128　讚 962``, ``阅读 1.2万``), or a profile line of a poster's level and
  followers (``Lv.6 資深會員 | 粉絲 1280 | 關注 56``).
- **Controls and toasts**: a line made only of page controls (``刷新 | 按时间正序 | 按时间倒序``, ``[刷新] 按时间倒序``,
  ``查看更多``, ``加载更多``, ``收起``) or a toast left by the page (``链接已复制``, ``复制成功``).
- **Quote ticker**: a line made only of two or more ``name price ±change%`` groups.
- **Timestamp alone on a line**: a recording's time codes (``[00:03:12]``: with seconds, or over
  speakers' turns) are removed; a live page's entry times (``10:42``, ``【16:45】``, ``2023-09-02 10:42``,
  two or more) are kept, each as the heading of the entry under it (``### 16:45``): the entry's text
  opens on its own first word, as the analysis reads a paragraph.
- **A subtitle file's cues** (SRT, WebVTT): each cue's number and its time range
  (``00:00:01,200 --> 00:00:04,500``) leave; the cues' text runs on, joined into sentences.
- **Emoji shortcodes** alone on a line (``[捂脸][捂脸]``).
- **Rules**: a line of only rule characters (``━━━``, ``———``, ``====``, ``***``).
- **An e-mail's furniture**: the view-in-browser line (``如果邮件无法正常显示…``), a greeting line
  (``亲爱的读者，早安！``), the forward prompt, the unsubscribe footer, the sender's postal address
  in the last lines.
- **A greeting above the first rule**: a line opening on a greeting to the reader (``早上好！``,
  ``亲爱的读者，``) among the lines above the page's first rule line, in its first lines.
- **A footer under a closing rule**: the last rule line in the last half of the page, when two to
  ten short lines (none over 80 characters) follow it and one of them is a footer's own (an
  unsubscribe line, an address, a copyright or licence line …): the rule and those lines (a line
  of credits' fields is left to the rules that read credits).
- **A broadcast's closing promo** (``感谢收听…``, ``订阅我们的播客…``) in the last lines.

A removed line that stood between two pieces of text separates them: the next line starts a new
paragraph (an entry, a turn, an item), never the continuation of the line before the furniture.
"""

from __future__ import annotations

import re

from ...greetings import MAIL_GREETING as _GREETING  # an e-mail's salutation, the whole line
from ...greetings import READER_HELLO as _HELLO  # a line opening on a greeting to the reader

NAME = "form_furniture"

_COUNTER_WORD = (r"赞同|贊同|分享|转发|轉發|评论|評論|留言|回复|回覆|回復|赞|讚|贊|点赞|點讚|點贊|喜欢|喜歡|收藏|阅读|閱讀|浏览|瀏覽|"
                 r"播放|围观|圍觀|推荐|推薦|在看|关注|關注|粉丝|粉絲|帖子|主题|主題|获赞|獲讚|积分|積分|经验|經驗")
_NUM = r"\d+(?:[.,]\d+)?\s*(?:万|萬|[kKwW]|\+)?"
_COUNTER = re.compile(rf"(?:{_COUNTER_WORD})\s*[:：]?\s*[（(]?\s*{_NUM}\s*[）)]?|{_NUM}\s*(?:条|條|次|人|个|個)?\s*(?:{_COUNTER_WORD})")
#: Bare buttons beside the counters ("分享　收藏　喜欢").
_BUTTONS = {"分享", "收藏", "喜欢", "喜歡", "举报", "舉報", "回复", "回覆", "评论", "評論", "赞同", "贊同", "反对", "反對", "感谢", "感謝"}
#: A count of readers who approved ("1,208 人赞同了该回答", "3.2万人喜欢").
_APPROVED = re.compile(r"^\s*\d[\d,.]*\s*(?:万|萬)?\s*人(?:赞同|贊同|点赞|點讚|點贊|喜欢|喜歡|收藏|关注|關注|觉得很赞|覺得很讚)了?"
                       r"(?:该|該|这个|這個|这篇|這篇)?(?:回答|文章|想法|视频|視頻|帖子)?\s*$")
_LEVEL = re.compile(r"(?:Lv|LV|lv)\.?\s*\d{1,2}|\d{1,2}\s*级|\d{1,2}\s*級|[\u4e00-\u9fff]{0,4}(?:会员|會員|版主|楼主|樓主|"
                    r"新人|新手|大V|认证|認證)")
_SPLIT = re.compile(r"[\s\u3000|｜/·•,，]+")
_CONTROLS = {"刷新", "自动刷新", "自動刷新", "手动刷新", "手動刷新", "按时间正序", "按時間正序", "按时间倒序", "按時間倒序",
             "正序", "倒序", "最新", "最热", "最熱", "查看更多", "加载更多", "加載更多", "点击加载更多", "點擊加載更多",
             "展开", "展開", "收起", "展开全文", "展開全文", "全文", "只看楼主", "只看樓主", "返回顶部", "返回頂部",
             "上一页", "上一頁", "下一页", "下一頁", "置顶", "置頂", "直播中", "已结束", "已結束", "图文直播", "圖文直播"}
_TOAST = re.compile(r"^\s*[\u4e00-\u9fff]{0,3}(?:链接|鏈接|連結|网址|網址)?已(?:复制|複製|拷贝|拷貝)(?:到剪贴板|到剪貼簿)?\s*[!！。]?\s*$|"
                    r"^\s*(?:复制|複製|收藏|关注|關注|点赞|點讚|操作|分享|发送|發送|提交)(?:成功|失败|失敗)\s*[!！。]?\s*$")
_TICK = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}\s*\d[\d,]*(?:\.\d+)?\s*[+\-−]?\d+(?:\.\d+)?%")
#: A time alone on a line, bare or bracketed (``10:42``, ``【16:45】``, ``[00:03:12]``,
#: ``2023-09-02 10:42``): group 1 holds the seconds when it has them.
_TIME_ALONE = re.compile(r"^\s*[\[【(（]?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}[:：]\d{2}([:：]\d{2})?\s*[\]】)）]?\s*$")
#: A subtitle file saved as text (SRT, WebVTT): each cue's number and time range on lines of their own.
_CUE = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}(?:\s+[\w:%.-]+)*\s*$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
_CUE_HEADER = re.compile(r"^\s*WEBVTT\b")
_SHORTCODES = re.compile(r"^\s*(?:\[[\u4e00-\u9fffA-Za-z]{1,6}\]\s*){1,12}$")
_RULE = re.compile(r"^\s*[\u2500-\u257f—–\-=＝_＿*＊~～·•◆◇■□☆★\s]{3,}$")
_VIEW_ONLINE = re.compile(r"(?:邮件|郵件|电邮|電郵|本信|此信).{0,8}(?:无法|無法|不能).{0,6}(?:显示|顯示|查看|阅读|閱讀)|"
                          r"(?:查看|浏览|瀏覽|阅读|閱讀)(?:网页版|網頁版|在线版|線上版)")
_FORWARD = re.compile(r"(?:转发|轉發|分享|推荐|推薦)给?(?:给|給)?(?:你的|您的)?(?:朋友|好友|同事)|(?:欢迎|歡迎)(?:转发|轉發|订阅|訂閱)")
_UNSUBSCRIBE = re.compile(r"取消订阅|取消訂閱|退订|退訂|unsubscribe|管理(?:订阅|訂閱)|不想再收到|订阅偏好|訂閱偏好", re.I)
_ADDRESS = re.compile(r"(?:路|道|街|巷|大厦|大廈|中心|广场|廣場)\s*\d{1,5}\s*[号號]|\d{1,5}\s*[号號].{0,12}\d{1,3}\s*(?:楼|樓|层|層|室)")
_RIGHTS = re.compile(r"^\s*(?:著作权归|著作權歸)|(?:商业转载|商業轉載)请?(?:联系|聯繫|聯絡)")
#: Whose address it is: a company's, or a postal line's own label.
_SENDER = re.compile(r"地址|公司|集团|集團|邮编|郵編|信箱|编辑部|編輯部")
_CLOSING = re.compile(r"^(?:感谢|感謝|谢谢|謝謝)(?:您的|大家|各位)?(?:收听|收聽|收看|观看|觀看)|(?:订阅|訂閱|关注|關注)我们的(?:播客|节目|節目|频道|頻道)")
_TAIL = 8  # e-mail footers and a show's promo are looked for among the last lines only
_SHORT = 80


def _only(text: str, pattern: re.Pattern, extra=()) -> bool:
    """True when ``text`` is nothing but matches of ``pattern`` (and words in ``extra``)."""
    items = [w for w in _SPLIT.split(text.strip()) if w]
    rest = pattern.sub(" ", text)
    left = [w for w in _SPLIT.split(rest.strip()) if w and w not in extra]
    return bool(items) and not left and rest != text


#: Emoji and symbols an app prints on its buttons and counters (❤️ 1.2万　💬 356　⭐ 892).
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\uFE0F\u200d]+")


def _emoji_counters(t: str) -> bool:
    """A bar of counters and buttons whose words are symbols: each number after its symbol."""
    if not _SYMBOLS.search(t):
        return False
    bare = _SYMBOLS.sub(" ", t)
    words = [w for w in _SPLIT.split(bare) if w]
    nums = [w for w in words if re.fullmatch(_NUM, w)]
    return len(nums) >= 2 and all(re.fullmatch(_NUM, w) or w in _BUTTONS or _only(w, _COUNTER) for w in words) \
        or _only(bare, _COUNTER, extra=_BUTTONS)  # "❤️ 赞 2.3万　⭐ 收藏 8652": each count under its word


def _why(text: str) -> tuple[str, bool] | None:
    """Why a whole line is furniture, and whether it separates entries; None when it is text."""
    t = text.strip()
    if len(t) > _SHORT:
        return None
    if _RULE.match(t) and not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", t):
        return "separator rule", True
    if _SHORTCODES.match(t):
        return "emoji shortcodes alone on a line", False
    if _TOAST.match(t):
        return "message the page showed (a toast)", False
    if "。" not in t and "，" not in t:
        if _only(t, _COUNTER, extra=_BUTTONS) or _APPROVED.match(t) or _emoji_counters(t):
            return "interaction counters (shares, comments, likes …)", True
        if _LEVEL.search(t) and _only(_LEVEL.sub(" ", t), _COUNTER):
            return "poster's profile line (level, followers)", True
        # ("...展开": a screen's cut; "[刷新]": a button in brackets)
        words = [w.strip(".…[]【】") for w in _SPLIT.split(t) if w.strip(".…[]【】")]
        if words and all(w in _CONTROLS for w in words) and not (len(words) == 1 and words[0] in ("全文", "最新")):
            return "page controls saved as text (refresh, sort, more …)", True
        if len(_TICK.findall(t)) >= 2 and not _TICK.sub("", t).strip(" \u3000|｜/"):
            return "quote ticker", True
    if len(t) <= 40 and _VIEW_ONLINE.search(t):
        return "e-mail's view-in-browser line", False
    if len(t) <= 20 and _GREETING.match(t) and re.search(r"[\u4e00-\u9fff]", t):
        return "greeting of an e-mail", True
    return None


def _tail_why(text: str) -> str | None:
    t = text.strip()
    if len(t) > 120:
        return None
    if len(t) <= 60 and _UNSUBSCRIBE.search(t) and not re.search(r"[。]", t[:-1]):
        return "unsubscribe footer of an e-mail"
    if len(t) <= 24 and "，" not in t and _FORWARD.search(t):
        return "forward prompt of an e-mail"
    if len(t) <= 60 and _ADDRESS.search(t) and not re.search(r"[，。；]", t) and _SENDER.search(t):
        return "sender's postal address"
    if len(t) <= 80 and _RIGHTS.search(t):
        return "the platform's copyright notice"
    if _CLOSING.search(t):
        return "the programme's closing promo"
    return None


#: A numbered item's own headline ("1. 港口吞吐量连续三个月回升", "2、航空货运运价下跌两成", "3. 运价回落，
#: 船东怎么看？"): one comma at most, a question or exclamation only at its end, no full stop.
_ITEM_HEAD = re.compile(r"^\s*(\d{1,2})\s*[.、．]\s*(?!\d)(\S.{1,38})$")


def _item_heads(doc) -> None:
    """Numbered items of a newsletter, each a short headline line over its text: two or more,
    numbered 1, 2, … in order, become headings (the item's text stays its paragraph)."""
    bl = doc.blocks
    heads = [i for i, b in enumerate(bl[:-1]) if b.kind == "line" and (m := _ITEM_HEAD.match(b.text))
             and not re.search(r"[。；;]", m.group(2)) and len(re.findall(r"[，,]", m.group(2))) <= 1
             and not re.search(r"[！!]", m.group(2)[:-1]) and bl[i + 1].kind == "line" and len(bl[i + 1].text) > 30]
    nums = [int(_ITEM_HEAD.match(bl[i].text).group(1)) for i in heads]
    if len(heads) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
        return
    for i in heads:
        b = bl[i]
        doc.set_text(b, _ITEM_HEAD.match(b.text).group(2).strip(), "a numbered item's headline → heading")
        b.kind, b.level = "h", 2
        bl[i + 1].gap = max(bl[i + 1].gap, 1)


#: A press release's closing blocks: "关于X" over a paragraph that opens on X's name (the company's
#: boilerplate), and the media-contact block.
_ABOUT = re.compile(r"^\s*[【\[#■▌]*\s*(?:关于|關於|About\s+)([\u4e00-\u9fffA-Za-z0-9&·.\- ]{2,20}?)\s*[】\]]*\s*$")
_CONTACT_HEAD = re.compile(r"^\s*[【\[#■▌]*\s*(?:媒体联系人|媒體聯絡人|媒体联系|媒體聯絡|媒体垂询|媒體查詢|媒体查询|新闻联系人|新聞聯絡人|"
                           r"媒体联络|媒體聯絡|Media Contacts?)\s*[】\]]*\s*[:：]?")


_BOILERPLATE = 3  # paragraphs of sentences at most in a release's closing blocks (its boilerplate)


def _press_tail(doc) -> None:
    """From the release's "about the company" block or its media contacts, in its last part, to
    the end: the boilerplate every release of the company repeats, and phone numbers and e-mails."""
    bl = doc.blocks
    for i in range(max(len(bl) // 2, 1), len(bl)):
        b = bl[i]
        if b.kind not in ("line", "h") or len(b.text) > 40:
            continue
        m = _ABOUT.match(b.text)
        about = m and i + 1 < len(bl) and bl[i + 1].text.lstrip().startswith(m.group(1).strip()[:2]) \
            and len(bl[i + 1].text) > 30
        if about and not doc.declared.get("outlet"):
            doc.meta.setdefault("outlet", m.group(1).strip())  # the company that issues the release
        if about or _CONTACT_HEAD.match(b.text) and len(b.text) <= 30:
            if sum(1 for x in bl[i:] if re.search(r"[。！？]", x.text) and len(re.findall(r"[\u4e00-\u9fff]", x.text)) >= 20) \
                    > _BOILERPLATE:
                return  # more text than a company's boilerplate: a section about it ("关于X")
            with doc.batch():
                for x in bl[i:]:
                    doc.remove(x, "a press release's closing blocks (about the company, media contacts)")
            return


def _answer_header(doc) -> None:
    """A Q&A site's answer saved as text: the question, the answerer's name and one-line bio, then
    the count of readers who approved, at the top. The question is the title, the name the author."""
    bl = doc.blocks
    k = next((k for k, b in enumerate(bl[:5]) if b.kind == "line" and _APPROVED.match(b.text)), None)
    if k is None or k < 2 or "title" in doc.meta:
        return
    question, name = bl[0], bl[1]
    if not (question.kind == name.kind == "line" and question.text.rstrip().endswith(("？", "?"))
            and len(question.text) <= 60 and len(name.text.strip()) <= 20 and not re.search(r"[，。！？,.!?]", name.text)):
        return
    bios = bl[2:k]
    if any(b.kind != "line" or len(b.text) > 40 or "。" in b.text for b in bios):
        return
    doc.meta["title"] = question.text.strip()
    doc.meta_lines["title"] = question.line
    if not doc.declared.get("author"):
        doc.meta.setdefault("author", name.text.strip())
    with doc.batch():
        doc.remove(question, "the question answered → title", "metadata")
        doc.remove(name, "the answerer's name → author", "metadata")
        for b in bios:
            doc.remove(b, "the answerer's one-line bio", "metadata")


def _answer_labels(doc) -> None:
    """A Q&A page's answers, each under its answerer's name, one-line bio and count of approvals:
    the name and bio become the label of the answer's first paragraph ("许知行（独立游戏开发者）：…"),
    as a transcript's turn is labelled, instead of running into the answer's first words."""
    bl = doc.blocks
    gone = []
    for k, b in enumerate(bl):
        if b.kind != "line" or not _APPROVED.match(b.text) or k < 1 or k + 1 >= len(bl):
            continue
        above = [j for j in range(max(k - 4, 0), k) if bl[j].text.strip()][-2:]
        answer = bl[k + 1]
        if answer.kind != "line" or len(answer.text) < 10 or not above or any(bl[j].kind != "line" for j in above):
            continue
        name = bl[above[0]].text.strip()
        bio = bl[above[1]].text.strip() if len(above) == 2 else ""
        if len(above) == 2 and (len(bio) > 40 or re.search(r"[。！？!?：:]", bio)) or bio and _APPROVED.match(bio):
            continue
        if not 2 <= len(name) <= 16 or re.search(r"[，。！？,.!?：:、；;]", name):
            continue
        label = f"{name}（{bio}）：" if bio else f"{name}："
        doc.edit(answer, 0, 0, label, "an answer's author and bio → the label of its first paragraph")
        gone += [bl[j] for j in above]
    with doc.batch():
        for g in gone:
            doc.remove(g, "an answerer's name and bio, moved to the label of the answer", action="changed")


#: A closing block under a rule: this many lines at most, each this short.
_CLOSING_LINES, _CLOSING_LEN = 10, 80


def _closing_block(doc) -> None:
    """The last rule line in the last part of a page, with only a few short lines under it (no
    heading, no paragraph of text): the page's footer (credits, prompts, the unsubscribe line):
    removed with the rule."""
    bl = doc.blocks
    rules = [i for i, b in enumerate(bl) if b.kind == "line" and len(b.text) <= _SHORT and _RULE.match(b.text)
             and not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", b.text)]
    if not rules or rules[-1] < len(bl) // 2:
        return
    r = rules[-1]
    tail = bl[r + 1:]
    if len(tail) < 2 or len(tail) > _CLOSING_LINES or any(b.kind != "line" or len(b.text.strip()) > _CLOSING_LEN for b in tail):
        return
    from .page_fields import _field_line
    from .site_furniture import _why as site_why
    if not any(_tail_why(b.text) or site_why(b.text) for b in tail):
        return  # no line of it is a footer's own: text under a rule
    with doc.batch():
        for b in bl[r:]:
            if not _field_line(b.text):  # the credits' fields are read by the rules that read credits
                doc.remove(b, "the page's footer under its closing rule (prompts, address)")




def _opening_greeting(doc) -> None:
    """A greeting to the reader above the page's first rule line (a mail's "早上好！今天是…，以下是
    今天的6件事"), in its first lines: the mail's, not the text's."""
    bl = doc.blocks
    r = next((i for i, b in enumerate(bl[:10]) if b.kind == "line" and len(b.text) <= _SHORT and _RULE.match(b.text)
              and not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", b.text)), None)
    if r is None or r >= len(bl) // 3:
        return
    with doc.batch():
        for b in bl[:r]:
            if b.kind == "line" and len(b.text) <= 120 and _HELLO.match(b.text):
                doc.remove(b, "greeting to the reader above the page's first rule")


def apply(doc):
    if doc.markdown:
        return
    _opening_greeting(doc)
    _closing_block(doc)
    _answer_header(doc)
    _answer_labels(doc)
    _lines(doc)
    _item_heads(doc)
    _press_tail(doc)


def _time_kind(blocks) -> str | None:
    """What the times alone on their lines are: ``codes`` (a recording's time codes: they carry
    seconds, or the lines under them open on a speaker's turn) or ``entries`` (a live page's entry
    times, two or more); None when there are none."""
    from ..text import TURN_RE
    times = [i for i, b in enumerate(blocks) if b.kind == "line" and _TIME_ALONE.match(b.text)]
    if not times:
        return None
    nexts = [blocks[i + 1] for i in times if i + 1 < len(blocks) and blocks[i + 1].kind == "line"]
    turns = sum(1 for n in nexts if TURN_RE.match(n.text))
    if any(_TIME_ALONE.match(blocks[i].text).group(1) for i in times) or (nexts and turns * 2 > len(nexts)):
        return "codes"
    return "entries" if len(times) >= 2 else None


def _lines(doc):
    blocks = doc.blocks
    tail_from = max(len(blocks) - _TAIL, 4)  # a short text has no footer
    times = _time_kind(blocks)
    with doc.batch():
        for i, b in enumerate(list(blocks)):
            if b.kind != "line":
                continue
            if times and _TIME_ALONE.match(b.text):
                if times == "codes":
                    doc.remove(b, "timestamp alone on a line (a recording's time code)", separates=True)
                    continue
                if i + 1 < len(blocks) and blocks[i + 1].kind == "line" and not _TIME_ALONE.match(blocks[i + 1].text):
                    nxt = blocks[i + 1]
                    stamp = b.text.strip().strip("[]【】()（）").strip()  # "【16:45】" reads as "16:45" like the rest
                    doc.record(b.line, b.text, "### " + stamp, "changed", "a live entry's time → the entry's heading")
                    b.text, b.kind, b.level, b.marks = stamp, "h", 3, [(0, b.line)]
                    nxt.gap = max(nxt.gap, 1)
                    nxt.starts = True
                    continue
            if len(b.text) <= _SHORT and (_CUE.match(b.text) or i + 1 < len(blocks) and _CUE_NUMBER.match(b.text)
                                          and len(blocks[i + 1].text) <= _SHORT and _CUE.match(blocks[i + 1].text)) \
                    or (i == 0 and _CUE_HEADER.match(b.text) and any(_CUE.match(x.text) for x in blocks[1:4])):
                doc.remove(b, "a subtitle cue's number or time range (the cue's text runs on)")
                continue
            why = _why(b.text)
            if why:
                doc.remove(b, why[0], separates=why[1])
                continue
            if i >= tail_from and (w := _tail_why(b.text)):
                doc.remove(b, w, separates=True)
