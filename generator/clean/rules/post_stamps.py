"""A saved page's posts and comments: the furniture around each item, by its SHAPE and its
REPETITION, never by a topic's words. Whole lines removed (or, for a name line, moved), each recorded.

- **An item's stamp row**: a line made only of a date or time (``07-12``, ``上午9:12``, ``2024年7月16日``,
  ``3小时前``), counters (``赞 1563``, ``3.4万 次查看``, ``128 回复　416 转帖``), an ``IP属地：X`` label and
  at most one short word between separators (the poster's region: ``07-12 湖北　赞 1563``); a counter
  or the IP label must be there (a date and a place alone are a dateline, left to ``datelines``).
  A counter alone with its number first (``4,312 次查看``) is a stamp row too.
- **A comment's name line**: where three stamp rows or more end the page's items, an item whose first
  line is a short name (no punctuation) over its text: the name becomes the label of the text
  (``的哥老周：我开了…``), as a transcript's turn is labelled, instead of running into its first words;
  badges after the name (``作者　置顶``, ``楼主``) leave it, the author's badge kept as its role
  (``X（作者）：``).
- **A control alone on its line** on a page that has such rows or counters (two or more): a reader's
  button or link saved as text (``显示更多``, ``翻译帖子``, ``回复``), a reply's addressee marker
  (``回复 @handle``).
- **The page's input box** in its last lines: its placeholder (``说点什么...``, ``发布你的回复``,
  ``写评论``).

A line that says anything more (a clause with a comma, a sentence) is text and stays.
"""

from __future__ import annotations

import re

NAME = "post_stamps"

_NUM = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:万|萬|亿|億|[kKwWmM])?\+?"
_COUNTER_WORD = (r"次查看|查看|次浏览|次瀏覽|浏览|瀏覽|次阅读|次閱讀|阅读|閱讀|次播放|播放|观看|觀看|点赞|點讚|點贊|赞同|贊同|赞|讚|贊|"
                 r"喜欢|喜歡|收藏|评论|評論|回复|回覆|回復|转发|轉發|转帖|轉帖|转推|轉推|引用|分享|在看|留言|弹幕|彈幕|投币|投幣|"
                 r"粉丝|粉絲|关注|關注|获赞|獲讚|获赞与收藏|有用|没用|沒用|回应|回應|回答|评分|評分|Likes?|Views?|"
                 r"Replies|Reposts?|Retweets?|Comments?")
_COUNTER = re.compile(rf"(?:{_COUNTER_WORD})\s*[:：]?\s*[（(]?\s*(?:{_NUM})\s*[）)]?|(?<![\d:：.,])(?:{_NUM})\s*(?:次|条|條|个|個|人)?\s*(?:{_COUNTER_WORD})")
_WHEN = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?|"
                   r"(?:上午|下午|凌晨|早上|晚上|中午|傍晚)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:[AaPp][Mm])?|"
                   r"刚刚|剛剛|\d{1,2}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週)前|昨天|前天|今天")
_IP = re.compile(r"(?:IP\s*)?(?:属地|屬地)\s*[:：]?\s*[\u4e00-\u9fff]{1,6}")
_SEP = re.compile(r"[\s\u3000·・•|｜/]+")
_TEXT_PUNCT = re.compile(r"[，。！？；,!?;]")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}")
_STAMP_LEN = 60

#: Badges a page prints after a poster's name (the page's words, of any topic).
_BADGES = ("作者赞过", "作者讚過", "作者", "置顶", "置頂", "楼主", "樓主", "博主", "UP主", "up主", "热评", "熱評", "精选", "精選",
           "神评", "神評", "铁粉", "鐵粉", "官方", "认证", "認證")
_AUTHOR = {"作者", "楼主", "樓主", "博主", "UP主", "up主"}
_NAME_PUNCT = re.compile(r"[，。！？,.!?：:、；;…“”\"'（）()《》【】\[\]]")
_NAME_LEN = 16

#: A button or link of the page saved as text, alone on its line.
_CONTROL = re.compile(r"^(?:显示更多|顯示更多|查看更多|加载更多|加載更多|翻译帖子|翻譯帖子|翻譯貼文|翻译贴文|查看翻译|查看翻譯|翻译|翻譯|"
                      r"回复|回覆|回復|转发|轉發|转帖|轉帖|引用|分享|举报|舉報|收起|展开|展開|Show more|Translate post|Reply|"
                      r"[+＋]\s*(?:关注|關注|Follow)|(?:关注|關注|Follow)\s*[+＋]|"
                      r"最佳答案|推荐答案|推薦答案|精选回答|精選回答|热门回答|熱門回答|你对这个回答的评价是？|你對這個回答的評價是？)"
                      r"\s*[>›»↓▼…]*$", re.I)
_REPLY_TO = re.compile(r"^(?:回复|回覆|回復|Replying to)\s*(?:@[\w.\-]+\s*(?:和|and|,|，)?\s*)+$", re.I)
#: The input box at the foot of a page: a call to write a comment or a reply.
_INPUT = re.compile(r"^(?:说点什么|說點什麼|说两句|說兩句|我来说两句|我來說兩句|写评论|寫評論|写下你的评论|寫下你的評論|发表评论|發表評論|"
                    r"发表你的看法|發表你的看法|添加评论|添加評論|留下你的评论|留下你的評論|发布你的回复|發布你的回覆|發佈你的回覆|"
                    r"写回复|寫回覆|友善评论|友善評論|Add a comment|Post your reply|Write a comment)\s*(?:\.{2,}|…+|。)?$", re.I)
_TAIL = 4  # lines: where the input box is looked for
_ROWS = 3  # stamp rows: that many end the page's items before a name line is read as a commenter's
_PAGE = 2  # stamp rows or removed counters: a page of posts, where a lone button is furniture


#: What else an item's stamp carries: its floor (``3楼``, ``#12``), the app it was sent from (``来自iPhone客户端``,
#: ``發自 Android``, up to the next separator), an edit mark (``已编辑``; ``修改于 09-14 10:12`` is a date), a rating in stars (``★★★★☆``); each with a date or a time only.
_FLOOR = re.compile(r"(?<![\d.])\d{1,5}\s*[楼樓]|#\d{1,5}\b|第\s*\d{1,5}\s*[楼樓]")
_DEVICE = re.compile(r"(?:来自|來自|发自|發自)\s*[^，。！？,!?·・•|｜]{1,24}?(?=\s*[·・•|｜]|\s*$)|已编辑|已編輯|[Ee]dited")
_STARS = re.compile(r"[★☆]{3,5}")


def stamp_row(text: str) -> bool:
    """A line made only of an item's date or time, its counters, its IP place and at most one short
    word (the region): a counter or the IP label must be there, or a date or time with the item's
    floor, the app it came from or its rating."""
    t = text.strip()
    if not t or len(t) > _STAMP_LEN or _TEXT_PUNCT.search(_COUNTER.sub(" ", _DEVICE.sub(" ", t))):
        return False
    counters = len(_COUNTER.findall(t))
    rest = _COUNTER.sub(" ", t)
    ip = len(_IP.findall(rest))
    rest = _IP.sub(" ", rest)
    other = len(_DEVICE.findall(rest))
    rest = _DEVICE.sub(" ", rest)
    other += len(_FLOOR.findall(rest)) + len(_STARS.findall(rest))
    rest = _STARS.sub(" ", _FLOOR.sub(" ", rest))
    when = len(_WHEN.findall(rest))
    rest = _WHEN.sub(" ", rest)
    left = [w for w in _SEP.split(rest) if w]
    if not counters and not ip and not (other and when):
        return False
    if len(left) > 1 or left and not _PLACE.fullmatch(left[0]):
        return False
    return True


_HANDLE = re.compile(r"\s*(@[\w.\-]{2,30})\s*(?:[·・•|｜]\s*(.{1,16}?))?\s*$")


def _name(text: str) -> tuple[str, str] | None:
    """A commenter's name line: the name and what the label adds ("作者", a handle and the post's
    date); None when the line is text. ``邵凯 @shaokai · 7月17日`` is a name, its handle and date."""
    t = text.strip()
    extra = ""
    m = _HANDLE.search(t)
    if m and m.start() > 0 and (not m.group(2) or _WHEN.fullmatch(m.group(2).strip())):
        extra = m.group(1) + (f" · {m.group(2).strip()}" if m.group(2) else "")
        t = t[:m.start()]
    words = [w for w in _SEP.split(t) if w]
    role = ""
    while len(words) > 1 and words[-1] in _BADGES:
        role = role or ("作者" if words[-1] in _AUTHOR else "")
        words.pop()
    name = " ".join(words)
    if not 2 <= len(name) <= _NAME_LEN or _NAME_PUNCT.search(name) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
        return None
    if _WHEN.fullmatch(name) or _COUNTER.search(name) or stamp_row(name) or name.startswith("@") \
            or _CONTROL.match(name) or _REPLY_TO.match(name) or _INPUT.match(name):
        return None
    return name, "，".join(x for x in (role, extra) if x)


#: The words of a bar of controls or a pager (``只看楼主　收藏　回复``, ``上一页 1 2 3 下一页``).
_BAR_WORDS = {"已赞过", "已讚過", "已踩过", "已踩過", "评论", "評論", "收起", "展开", "展開", "只看楼主", "只看樓主", "收藏", "回复", "回覆", "分享", "举报", "舉報", "上一页", "上一頁", "下一页", "下一頁", "首页", "首頁",
              "尾页", "尾頁", "末页", "末頁", "跳转", "跳轉", "刷新", "倒序看帖", "正序看帖", "Prev", "Next", "上一篇", "下一篇",
              "上一张", "上一張", "下一张", "下一張", "上一组", "上一組", "下一组", "下一組", "返回列表", "返回", "查看原图", "查看原圖",
              "全屏", "全屏观看", "全屏觀看", "大图", "大圖", "小图", "小圖"}


def _control_bar(text: str) -> bool:
    """Two words or more, each a control or a page number, one of them a control."""
    words = [w for w in _SEP.split(text.strip()) if w]
    return len(words) >= 2 and all(w in _BAR_WORDS or w.isdigit() and len(w) <= 3 for w in words) \
        and any(w in _BAR_WORDS for w in words)


def _furniture(text: str) -> bool:
    t = text.strip()
    return bool(_CONTROL.match(t) or _REPLY_TO.match(t) or _INPUT.match(t))


#: What a person's item carries in its stamp and a list of news items does not: likes, replies, an IP
#: place, a floor, the app it was sent from, a rating (a news list's rows count views only).
_PERSONAL = re.compile(r"赞|讚|贊|Likes?|IP|属地|屬地|[楼樓]|#\d|来自|來自|回复|回覆|回復|Repl|★", re.I)


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _headline_of(head: str, body: str) -> bool:
    """A line whose words the text under it repeats (half its character pairs or more) heads that
    text as its headline: a commenter's name is not the subject of the comment."""
    pairs = _bigrams(head)
    return bool(pairs) and len(pairs & _bigrams(body)) * 2 >= len(pairs)


def _label_items(doc, rows: list[int], taken: dict[int, str] | None = None) -> None:
    """Each item ended by a stamp row: a short name line over its text → the label of the text, on a
    page whose stamps are a person's (likes, replies, IP place …) or where the name carries a handle.
    ``taken``: rows an earlier rule already took out (``讚 5 回覆`` as a widget row), by the index of the
    block that followed them, with their text: they end an item as a row still there does."""
    bl = doc.blocks
    taken = taken or {}
    real = set(rows)
    ends = sorted(real | set(taken))
    personal = sum(1 for r in ends if _PERSONAL.search(taken[r] if r in taken and r not in real else bl[r].text)) * 2 \
        >= len(ends)
    gone = []
    lo = 0
    for s in ends:
        start = s - 1
        while start > lo and bl[start].gap == 0 and bl[start - 1].kind == "line" and start - 1 not in real:
            start -= 1
        lo = s + 1 if s in real else s
        while start < s and _furniture(bl[start].text):
            start += 1
        if start < 0 or s - start < 2 or any(bl[j].kind != "line" for j in range(start, s)):
            continue
        head, body = bl[start], bl[start + 1]
        got = _name(head.text)
        if not got or len(body.text.strip()) < 2 or _furniture(body.text):
            continue
        if len(_COUNTER.findall(body.text)) >= 2 and not _TEXT_PUNCT.search(_COUNTER.sub(" ", body.text)):
            continue  # a poster's card (name over "粉丝 3.6万 · 关注 212"): no comment
        name, role = got
        if not (personal or "@" in role) or _headline_of(name, body.text):
            continue
        label = f"{name}（{role}）：" if role else f"{name}："
        lead = len(body.text) - len(body.text.lstrip())
        doc.edit(body, lead, lead, label, "a commenter's name line → the label of the comment")
        body.gap, body.starts = max(body.gap, head.gap, 1), True
        if s - start == 2:
            body.kind = "p"  # the comment whole: a paragraph, never read as a heading for its shortness
        gone.append(head)
    with doc.batch():
        for g in gone:
            doc.remove(g, "a commenter's name (and badges), moved to the label of the comment", action="changed")


_BADGED = re.compile(rf"^(\s*)([^\s：:，。]{{2,{_NAME_LEN}}})[\s\u3000]+({'|'.join(_BADGES)})(?:[\s\u3000]+(?:{'|'.join(_BADGES)}))*\s*[：:]")


_REPLYING = re.compile(rf"^(\s*)([^\s：:，。]{{2,{_NAME_LEN}}})[\s\u3000]*(回复|回覆|回復)[\s\u3000]*@?([^\s：:，。]{{2,{_NAME_LEN}}})\s*[：:]")


def _badged_labels(doc) -> None:
    """A reply labelled with its poster's name and badges (``X　作者：…``): the badges leave the label,
    the author's kept as its role (``X（作者）：…``); a reply to another (``X 回复 Y：…``) is labelled
    with its poster, whom it answers in brackets (``X（回复Y）：…``)."""
    for b in doc.blocks:
        if b.kind != "line":
            continue
        m = _BADGED.match(b.text)
        if m:
            role = "（作者）" if m.group(3) in _AUTHOR else ""
            doc.edit(b, m.start(2), m.end(), f"{m.group(2)}{role}：", "a reply's badges → its label's role")
        elif m := _REPLYING.match(b.text):
            doc.edit(b, m.start(2), m.end(), f"{m.group(2)}（{m.group(3)}{m.group(4)}）：",
                     "a reply's label: its poster, whom it answers in brackets")


_METRIC = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[:：]\s*\d+(?:\.\d+)?\s*%")
_RATING = re.compile(r"^\s*[★☆]{3,5}\s*$")


def signed_row(text: str) -> str | None:
    """A line of a name and a date or time (and the item's counters or metrics: ``采纳率：86%``), in
    either order (``热心网友　2025-02-11 14:22``, ``2025/05/02　通勤族小赵``): the name; None otherwise."""
    t = text.strip()
    if not t or len(t) > _STAMP_LEN or not _WHEN.search(t):
        return None
    words = [w for w in re.split(r"[\s\u3000]+", t) if w]
    for name, rest in ((words[0], " ".join(words[1:])), (words[-1], " ".join(words[:-1]))):
        if not rest or not _WHEN.search(rest) or _WHEN.search(name):
            continue
        left = _WHEN.sub(" ", _METRIC.sub(" ", _COUNTER.sub(" ", rest)))
        if not [w for w in _SEP.split(left) if w] and _name(name):
            return _name(name)[0]
    return None


def _signed_items(doc) -> None:
    """Three or more items signed with a name and a date on a line (a Q&A page's answers, an app's
    reviews): the name labels the item's text, over it (the row closes the item) or under it (the row
    heads the item); the row leaves, and a line of rating stars with it."""
    bl = doc.blocks
    signed = {k: n for k, b in enumerate(bl) if b.kind == "line" and (n := signed_row(b.text))}
    if len(signed) < _ROWS:
        return
    # a person's signature carries a clock time, a count or a metric, or a rating under it; a place and
    # a date over each item of a list are its datelines, not its authors
    rated = {a.line - 1 for a in doc.audit if _RATING.match(a.before or "")} | \
            {bl[k - 1].line for k in range(1, len(bl)) if _RATING.match(bl[k].text)}
    personal = sum(1 for k in signed if re.search(r"\d{1,2}:\d{2}", bl[k].text) or _COUNTER.search(bl[k].text)
                   or _METRIC.search(bl[k].text) or bl[k].line in rated)
    if personal * 2 < len(signed):
        return
    gone = []
    for r, name in signed.items():
        nxt = r + 1
        while nxt < len(bl) and _RATING.match(bl[nxt].text):
            gone.append(bl[nxt])
            nxt += 1
        target = None
        above = r > 0 and bl[r].gap == 0 and bl[r - 1].kind == "line" and r - 1 not in signed
        title = above and len(bl[r - 1].text.strip()) <= _NAME_LEN and not _TEXT_PUNCT.search(bl[r - 1].text)
        below = nxt < len(bl) and bl[nxt].kind == "line" and nxt not in signed and len(bl[nxt].text.strip()) >= 2 \
            and not stamp_row(bl[nxt].text) and not _control_bar(bl[nxt].text) and not _furniture(bl[nxt].text)
        if below and (bl[nxt].gap == 0 or title) and (not above or title):
            target = bl[nxt]  # the row heads the item's text (under the item's own title, if any)
        elif above:
            start = r - 1
            while start > 0 and bl[start].gap == 0 and bl[start - 1].kind == "line" and start - 1 not in signed \
                    and not stamp_row(bl[start - 1].text):
                start -= 1
            while start < r - 1 and (_furniture(bl[start].text) or _control_bar(bl[start].text)):
                start += 1
            target = bl[start]  # the row signs the item above it
        if target is None or _furniture(target.text) or re.match(r"^\s*[^\s：:，。]{1,16}[：:]", target.text):
            continue
        lead = len(target.text) - len(target.text.lstrip())
        doc.edit(target, lead, lead, f"{name}：", "an item's signature (name and date) → the label of its text")
        target.gap, target.starts = max(target.gap, 1), True
        gone.append(bl[r])
    with doc.batch():
        for g in gone:
            doc.remove(g, "an item's signature row or rating, moved to the label of its text", action="changed",
                       separates=True)


def apply(doc):
    bl = doc.blocks
    rows = [i for i, b in enumerate(bl) if b.kind in ("line", "p") and stamp_row(b.text)]
    from ..postrows import taken_rows, vote_rows

    taken = taken_rows(doc, bl)
    if len(rows) + len(taken) >= _ROWS:
        _label_items(doc, rows, taken)
        _badged_labels(doc)
    vote_rows(doc, bl)
    _signed_items(doc)
    bl = doc.blocks
    counted = sum(1 for a in doc.audit if a.action == "removed" and a.rule in ("form_furniture", "page_widgets")
                  and re.search(r"\d", a.before or ""))
    page = len(rows) + counted >= _PAGE
    texts = [k for k, b in enumerate(bl) if b.text.strip()]
    tail = set(texts[-_TAIL:])
    gone: dict[int, str] = {}
    for k, b in enumerate(bl):
        if b.kind not in ("line", "p", "h"):
            continue
        t = b.text.strip().lstrip("#").strip()
        if b.kind != "h" and stamp_row(t):
            gone[k] = "an item's stamp row (its time, counters, IP place)"
        elif b.kind != "h" and _control_bar(t):
            gone[k] = "a bar of the page's controls or its pager"
        elif page and b.kind != "h" and (_CONTROL.match(t) or _REPLY_TO.match(t)):
            gone[k] = "a button or reply marker of the page, alone on its line"
        elif k in tail and _INPUT.match(t):
            gone[k] = "the page's input box (its placeholder)"
    _poster(doc, bl, gone)
    _page_date(doc, bl, sorted(k for k, why in gone.items() if why.startswith("an item's stamp row")))
    for k in gone:  # the next line that stays starts its own item, whatever the line before ends on
        j = k + 1
        while j in gone:
            j += 1
        if j < len(bl) and bl[j].kind == "line":
            bl[j].gap, bl[j].starts = max(bl[j].gap, 1), True
    with doc.batch():
        for k, why in sorted(gone.items()):
            doc.remove(bl[k], why, action="metadata" if why.startswith("the poster's name") else "removed")


def _page_date(doc, bl, rows: list[int]) -> None:
    """The page's date: its first item's, from the first stamp row with a full date (year, month,
    day), when nothing else gave one (the stamps leave the text, the date they carry stays)."""
    if doc.meta.get("date") or doc.declared.get("date"):
        return
    from .form_headers import _date
    for k in rows:
        if k < len(bl) and (d := _date(bl[k].text)):
            doc.meta["date"] = d
            return


_FOLLOW = re.compile(r"^(?:[+＋]\s*)?(?:关注|關注|Follow)(?:\s*[+＋])?$", re.I)
_TOP = 6  # blocks: where the page's own poster and IP label stand


def _poster(doc, bl, gone: dict[int, str]) -> None:
    """The page's poster: a name line right over its stamp row, its IP label or a follow button in the
    page's first lines is its author (metadata), not a heading over its text."""
    k = next((k for k in sorted(gone) if k < _TOP and (_IP.search(bl[k].text) or _FOLLOW.match(bl[k].text.strip())
                                                        or gone[k].startswith("an item's stamp row"))), None)
    if not k or bl[k - 1].kind != "line" or (k - 1) in gone or bl[k].gap > 1:
        return
    got = _name(bl[k - 1].text)
    if not got:
        return
    if not doc.declared.get("author"):
        doc.meta.setdefault("author", got[0])
    gone[k - 1] = "the poster's name over its IP label → author"
