"""A feed of authored posts pasted as text (a 微博 topic page, a timeline, a comment list, a 豆瓣广播 or
即刻 feed, a Bilibili dynamic feed): each post read as a post of its account, with its date and time.

The phenomenon: a feed is a list of authored blocks. Each block opens on its **account line** (a short
name, perhaps a verification badge ``V`` / ``✓`` or an ``@handle``), perhaps a **verification line**
(``微博认证：X官方微博``: what kind of account it is, kept as the post's role), and a **stamp line** (a
month and day or a relative day with a clock time, the client it was sent from: ``8-1 14:22 来自 iPhone客户端``,
``3小时前``, ``昨天 20:13``, ``5月3日 14:20 · 來自 Android``); then the text; then a **counters row**
(``转发 1234 评论 567 赞 8901``) and perhaps the post's comments under a head (``热门评论：``). So, on a page
with two such account-and-stamp openings or more:

- the account line (and the verification and stamp lines) become the post's heading
  (:func:`generator.model.post_heading`: number, account, day and time, the verification as its role),
  so speakers, the timeline and the index read each post as a thread's floor: an official account is
  that organisation, never a netizen. The day is resolved against the page's year (its date, or a
  full date on a stamp or in the page's head); when the page gives no year, no year is made up: the
  heading keeps the account with its verification mark as printed (``2楼　人民网 V``, which tells a
  post's heading from a section's when no day does) and the stamp stays a line of its own under it,
  the client dropped, so a reader can still date the post;
- the counters row, the widget labels closing a post's text (``展开c``, ``收起d``, ``O网页链接``,
  ``L某某的微博视频``, ``展开全文``) and sidebar lists (a head such as ``热搜榜`` / ``相关推荐`` / ``大家还在搜``
  with the ranked lines and heat numbers under it, even pasted between two posts) leave, recorded;
- the post's comments stay its comments: under a ``读者评论`` heading of the post (the comment head or the
  counters row becomes it), one paragraph each, opening on the commenter's name, their stamp before it
  as a message's ("2023-08-02 09:30 X：…", never an event of the text) when the page gives the year and
  dropped on every comment when it does not, their buttons and like counts dropped; a reply signed
  ``作者`` / ``楼主`` / ``博主`` is the post's account's (the comment lines are read in
  :mod:`generator.clean.feed_comments`).

Known by shape only (a short line over a stamp line, counters by their words and numbers), never by
a topic's words; one account line alone is a byline, left to other rules.
"""

from __future__ import annotations

import datetime as _dt
import re

from ...model import COMMENT_HEADS, post_heading
from ..feed_comments import BUTTONS, NUM as _NUM, comment, comment_line
from ..script import detect_script
from . import post_stamps as ps

NAME = "feed_posts"
NOTE = "feed_comments"

_Y = r"(?:(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*)?"
_MD = rf"{_Y}(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日?"
_REL = r"(?P<rel>刚刚|剛剛|\d{1,2}\s*(?:秒|分钟|分鐘|小时|小時)前|今天|昨天|前天)"
_CLOCK = r"(?P<t>(?:[01]?\d|2[0-3])[:：][0-5]\d)"
_DEVICE = r"(?:来自|來自|发自|發自|via)\s*[^·・•|｜]{1,30}?"
_IP = ps._IP.pattern  # the IP place label ("IP属地：河北"), as a stamp row reads it
_SEP = r"[\s\u3000]*[·・•|｜]?[\s\u3000]*"
#: A post's stamp line: a day (or a relative day) and perhaps a clock time, then the client or the IP
#: place; a day alone is no stamp (a dateline), a clock time, a client or a relative word must be there.
_STAMP = re.compile(rf"^\s*(?:发布于|發佈於|發布於|编辑于|編輯於|发表于|發表於)?\s*(?:{_MD}|{_REL})(?:\s*{_CLOCK})?"
                    rf"(?P<tail>(?:{_SEP}(?:{_DEVICE}|{_IP}|已编辑|已編輯|[\u4e00-\u9fff]{{2,4}}))*)\s*$")
#: A verification line under the account ("微博认证：X官方微博", "認證：…").
_VERIFIED = re.compile(r"^\s*(?:微博认证|微博認證|认证|認證|官方认证|官方認證|认证信息|認證資訊|已认证|已認證)\s*[:：]\s*(?P<v>\S.{0,40}?)\s*$")
#: Badges after an account's name.
_BADGE = re.compile(r"(?:[\s\u3000]+(?:V|v|✓|✔|☑|VIP|vip|黄V|蓝V|红V|金V|黃V|藍V|紅V|Lv\.?\d{1,2}|LV\.?\d{1,2}|UP主|up主)"
                    r"|[\s\u3000]*[✓✔☑])+\s*$")
_HANDLE = re.compile(r"[\s\u3000]+[@＠][A-Za-z0-9_.\-]{2,30}\s*$")
_NAME = re.compile(r"^[^\s，。！？；：:,.!?;、“”「」《》（）()\[\]【】#@＠]{1,20}$")
_COUNTER_WORD = (r"转发|轉發|转推|轉推|评论|評論|回复|回覆|赞|讚|贊|点赞|點讚|喜欢|喜歡|收藏|分享|引用|阅读|閱讀|浏览|瀏覽|"
                 r"播放|观看|觀看|讨论|討論|原创人数|原創人數|投币|投幣|弹幕|彈幕|Likes?|Reposts?|Replies|Views?")
_COUNTER = re.compile(rf"(?:{_COUNTER_WORD})\s*[:：]?\s*(?:{_NUM})|(?:{_NUM})\s*(?:{_COUNTER_WORD})")
_COUNTERS_ROW = re.compile(rf"^(?:[\s\u3000·・•|｜]*(?:(?:{_COUNTER_WORD})\s*[:：]?\s*(?:{_NUM})?|(?:{_NUM})\s*(?:{_COUNTER_WORD})))+[\s\u3000·・•|｜]*$")
#: A sidebar's head: a ranked list, a list of recommendations or searches.
_SIDE_HEAD = re.compile(r"^\s*(?:热搜榜|熱搜榜|热搜|熱搜|热门话题|熱門話題|热门搜索|熱門搜索|相关推荐|相關推薦|猜你喜欢|猜你喜歡|"
                        r"大家还在搜|大家還在搜|大家都在搜|热门推荐|熱門推薦|推荐关注|推薦關注|为你推荐|為你推薦|相关话题|相關話題|"
                        r"趋势|趨勢|Trending|Who to follow)\s*(?:[>›»]|[:：].*)?\s*$")
_SIDE_MORE = re.compile(r"^\s*(?:查看|显示|顯示)?(?:完整|全部|更多)\S{0,8}\s*[>›»]?\s*$")
#: A ranked line with its heat number ("1 涿州洪水  4521035", "3. 某话题 12.3万").
_RANKED = re.compile(rf"^\s*\d{{1,2}}[.、]?\s+[^\s，。！？]{{1,24}}(?:\s[^\s，。！？]{{1,12}})?\s+(?:{_NUM})(?:\s*(?:热度|熱度|讨论|討論|[热熱新沸爆荐]))?\s*$")
#: A widget's label closing a post's text (a fold control with its icon letter, a link card, a video card).
_WIDGET_END = re.compile(r"(?:\s*(?:展开全文|展開全文|展开|展開|收起全文|收起|全文)[a-z]?|\s*[O]?(?:网页链接|網頁鏈接|網頁連結)|"
                         r"\s*L[^\s，。！？L]{1,24}的(?:微博)?视频|\s*L[^\s，。！？L]{1,24}的(?:微博)?視頻)\s*$")
#: Where a post's comments begin.
_COMMENT_HEAD = re.compile(r"^\s*(?:(?:热门|熱門|最新|全部|精彩|精选|精選)\s*(?:评论|評論|回复|回覆|回应|回應|留言)\s*(?:[（(]\s*\d+\s*[）)]|\d+)?\s*[:：]?|"
                           r"(?:评论|評論|回复|回覆|回应|回應|留言)\s*(?:[（(]\s*\d+\s*[）)]|\d+)?\s*[:：])\s*$")
_MIN = 2
#: The label of a topic page's lead above its posts.
_LEAD_LABEL = re.compile(r"^\s*(?:话题)?(?:导语|導語)\s*[:：]\s*")
_ROLE = re.compile(r"^[\u4e00-\u9fff]{2,12}$")


_ROW_LEN = 120  # characters: a row of counters, buttons or controls is shorter (no regex runs on a long line)


def _counters(text: str) -> bool:
    """A row of counters only ("转发 1234  评论 567  赞 8901")."""
    return len(text) <= _ROW_LEN and bool(_COUNTERS_ROW.match(text.strip()))


def stamp(text: str):
    """The match of a post's stamp line, or None."""
    t = text.strip()
    if len(t) > 60:
        return None
    m = _STAMP.match(t)
    if not m or not (m.group("t") or m.group("rel") or re.search(r"来自|來自|发自|發自|via|属地|屬地", m.group("tail") or "")):
        return None
    return m


def account(text: str) -> str | None:
    """The account's name on its line (badges and handle left aside), or None."""
    t = text.strip()
    if not t or len(t) > 40:
        return None
    t = _HANDLE.sub("", _BADGE.sub("", t))
    t = _BADGE.sub("", t).strip()
    if not _NAME.match(t) or stamp(t) or _COUNTERS_ROW.match(t) or _SIDE_HEAD.match(t) or _COMMENT_HEAD.match(t):
        return None
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", t):
        return None
    return t


_LOOSE_STOP = re.compile(r"[，。！？；：,!?;:、“”「」《》#@＠【】]")
#: A thread's post header (its floor, a level or a forum role beside the name): read by floor_posts, not as a feed's.
_FLOORED = re.compile(r"\d{1,4}\s*[楼樓]|楼主|樓主|版主|层主|層主|[Ll][Vv]\.?\s*\d")


def _alone_account(bl, k: int) -> str | None:
    """An account line of another shape (a space, brackets or a pictograph in it: "Lily Chen 🌿", "阿May（涿州）"):
    a short line standing alone (a blank line or nothing above it) right over its post's stamp line, with no
    clause or sentence mark, is the post's poster whatever its shape; a thread's post header (a floor, a level, a
    forum role: "1楼  楼主  豆豆妈妈  LV6") is left to floor_posts."""
    t = bl[k].text.strip()
    if not t or len(t) > 30 or (k > 0 and bl[k].gap == 0 and bl[k - 1].kind == "line") or _LOOSE_STOP.search(t) \
            or _FLOORED.search(t):
        return None
    t = re.sub(r"[\s\u3000]*[^\w\s（）()·\-.]+$", "", _HANDLE.sub("", _BADGE.sub("", t)).strip())  # a pictograph after it
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", t) or stamp(t) or _COUNTERS_ROW.match(t) or _SIDE_HEAD.match(t) \
            or _COMMENT_HEAD.match(t) or _RANKED.match(t):
        return None
    return t


def _posts(bl):
    """(account index, verification index or None, stamp index, name, verification, stamp match) of each post."""
    out = []
    for i, b in enumerate(bl):
        if b.kind != "line" or not (sm := stamp(b.text)):
            continue
        v = None
        k = i - 1
        if k >= 0 and bl[k].kind == "line" and (vm := _VERIFIED.match(bl[k].text)):
            v, k = k, k - 1
        if k < 0 or bl[k].kind != "line" or (out and k <= out[-1][2]):
            continue
        name = account(bl[k].text) or _alone_account(bl, k)
        if name:
            out.append((k, v, i, name, _VERIFIED.match(bl[v].text).group("v") if v is not None else "", sm))
    return out


_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(1[0-2]|0?[1-9])\s*[-/.月]\s*(3[01]|[12]\d|0?[1-9])(?!\d)\s*日?"
                        r"(?:\s*((?:[01]?\d|2[0-3])[:：][0-5]\d))?")


def _page_date(doc, posts):
    """(the page's date or None, its year or None, its clock time or ""): the page's declared or read date, else a
    full date in the page's head above the first post (an export's or a search's stamp: "导出时间：2023-09-05
    23:18"); the year alone may come from a full date on a post's stamp."""
    for value in (doc.declared.get("date"), doc.meta.get("date")):
        if isinstance(value, str) and (m := re.match(r"((?:19|20)\d{2})(?:-(\d{2})-(\d{2}))?", value)):
            day = _date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m.group(2) else None
            return day, int(m.group(1)), ""
    for b in doc.blocks[:posts[0][0]]:
        if len(b.text) <= 80 and (m := _FULL_DATE.search(b.text)):
            return _date(int(m.group(1)), int(m.group(2)), int(m.group(3))), int(m.group(1)), (m.group(4) or "").replace("：", ":")
    years = [int(p[5].group("y")) for p in posts if p[5].group("y")]
    if years:
        return None, years[0], ""
    return None, _stamped_year(doc.blocks, posts), ""


def _stamped_year(blocks, posts) -> int | None:
    """The year of the page's latest full stamp (:mod:`generator.clean.stampyear`), reckoned for the first post's
    month and day; None when the page has none."""
    from ..stampyear import latest_stamp, year_of

    latest = latest_stamp(blocks)
    first = next((p[5] for p in posts if p[5].group("m")), None)
    if latest is None:
        return None
    return year_of(int(first.group("m")), int(first.group("d")), latest) if first is not None else latest.year


def _date(y: int, m: int, d: int):
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _day(sm, page) -> str:
    """The post's day: its month and day in the page's year; a relative day (今天, 昨天, 前天, N小时前) counted
    from the page's date (hours and minutes only when the page's clock time says they stay in its day)."""
    day, year, clock = page
    if sm.group("m"):
        if sm.group("y") or year:
            got = _date(int(sm.group("y") or year), int(sm.group("m")), int(sm.group("d")))
            return got.isoformat() if got else ""
        return ""
    rel = sm.group("rel")
    if day is None or not rel:
        return ""
    back = {"今天": 0, "昨天": 1, "前天": 2}.get(rel)
    if back is not None:
        return (day - _dt.timedelta(days=back)).isoformat()
    n = re.match(r"(\d+)\s*(秒|分钟|分鐘|小时|小時)", rel)
    if rel in ("刚刚", "剛剛") or n and n.group(2) == "秒":
        return day.isoformat()
    if n and clock:
        hours = int(n.group(1)) if n.group(2) in ("小时", "小時") else int(n.group(1)) / 60
        if hours <= int(clock.split(":")[0]) + int(clock.split(":")[1]) / 60:
            return day.isoformat()
    return ""


def _short_stamp(sm) -> str:
    """The stamp as a reader dates it, the client dropped ("8月1日09:15", "昨天20:13", set as the spaces rule sets it)."""
    when = f"{int(sm.group('m'))}月{int(sm.group('d'))}日" if sm.group("m") else sm.group("rel")
    return when + (sm.group("t").replace("：", ":") if sm.group("t") else "")


_MARKS = ("V", "v", "✓", "☑", "VIP", "vip", "黄V", "蓝V", "大V")


def _mark(line: str, verified: str) -> str:
    """The account's verification mark as the page prints it ("　V", "　✓"), for a heading that carries no day: with
    no day, the mark is what tells a post's heading from a section's; "" for an account with none."""
    m = _BADGE.search(_HANDLE.sub("", line.strip()))
    marks = m.group(0).split() if m else []
    mark = next((x for x in marks if x in _MARKS), "")
    return f"\u3000{mark}" if mark else "\u3000V" if verified else ""


def _role(verified: str) -> str:
    v = re.sub(r"\s+", "", verified)
    return v if _ROLE.match(v) else ""


def _sidebar(bl, i: int, stop: int) -> int:
    """The end (exclusive) of a sidebar list starting at ``bl[i]``, or ``i`` when none starts there."""
    t = bl[i].text.strip()
    if not _SIDE_HEAD.match(t) and not _RANKED.match(t):
        return i
    j = i + 1
    if _SIDE_HEAD.match(t) and re.search(r"[:：]\s*\S", t):
        return j  # "大家还在搜：X  Y  Z": the list on the head's line
    while j < stop and bl[j].kind == "line" and bl[j].gap == 0 and len(bl[j].text.strip()) <= 40 \
            and not re.search(r"[。！？]", bl[j].text) and not stamp(bl[j].text):
        j += 1
    if not _SIDE_HEAD.match(t) and j - i < 2:
        return i  # one ranked line alone is no list
    return j


def apply(doc):
    bl = doc.blocks
    posts = _posts(bl)
    if len(posts) < _MIN:
        return
    from .comments import is_head
    if any(b.kind in ("line", "h") and is_head(b.text) for b in bl[:posts[0][0]]):
        return  # the items follow a comment section's head ("3 則留言"): an article's comments, left to the comment rules
    page = _page_date(doc, posts)
    year = page[1]
    head = COMMENT_HEADS[1] if detect_script(doc.text[:20000]) == "zh-Hant" else COMMENT_HEADS[0]
    with doc.batch():
        first = posts[0][0]
        for i in range(first):  # the page's counters above the first post ("阅读3.1亿  讨论15.2万")
            b = bl[i]
            if b.kind == "line" and _counters(b.text) and len(_COUNTER.findall(b.text)) >= 2:
                doc.remove(b, "the feed's counters (reads, discussions, posters): the page's furniture", separates=True)
            elif b.kind == "line" and (lm := _LEAD_LABEL.match(b.text)) and lm.end() < len(b.text):
                doc.edit(b, 0, lm.end(), "", "the label of the feed's lead (导语：): the page's, its text stays")
        for n, (a, v, s, name, verified, sm) in enumerate(posts, 1):
            end = posts[n][0] if n < len(posts) else len(bl)
            b = bl[a]
            day = _day(sm, page)
            badge = "" if day else _mark(b.text, verified)
            text = post_heading(n, name + badge, day, (sm.group("t") or "").replace("：", ":") if day else "", _role(verified))
            doc.record(b.line, b.text, "### " + text, "metadata", "a feed's post: its account line read as the post's "
                       "poster, with its verification and stamp → the post's heading (account, day, time; the "
                       "verification as the role)")
            b.text, b.kind, b.level, b.marks, b.gap = text, "h", 3, [(0, b.line)], max(b.gap, 1)
            if v is not None:
                doc.remove(bl[v], "the account's verification line (its kind carried as the post heading's role)",
                           "metadata")
            if day:
                doc.remove(bl[s], "the post's stamp (its day and time carried in the post's heading; the client "
                           "dropped)", "metadata")
            else:
                short = _short_stamp(sm)
                doc.record(bl[s].line, bl[s].text, short, "changed", "the post's stamp, the client dropped (the "
                           "page gives no year: the day stays under the post's heading)")
                bl[s].text, bl[s].kind, bl[s].gap, bl[s].marks = short, "p", 1, [(0, bl[s].line)]
                if s + 1 < end:
                    bl[s + 1].gap = max(bl[s + 1].gap, 1)
            first_text = next((bl[k] for k in range(s + 1, end) if bl[k].kind == "line" and bl[k].text.strip()), None)
            if first_text is not None and first_text.text.lstrip().startswith("#"):
                first_text.note = "feed_post"  # its opening tags say what it is about: hashtags keeps them in the text
            _body(doc, bl, s + 1, end, name, head, year)
        if not doc.declared.get("author"):
            # the page has no single author: each post is its account's (a host or a channel named in the page's
            # head is no writer of the posts); one account posting every post is the page's author
            names = {p[3] for p in posts}
            doc.meta["author"] = names.pop() if len(names) == 1 else ""
            doc.meta_lines["author"] = bl[posts[0][0]].line
        if bl and not doc.declared.get("date") and year:
            days = [d for p in posts if (d := _day(p[5], page))]
            if days:
                doc.meta.setdefault("date", min(days))


def _body(doc, bl, start: int, end: int, poster: str, head: str, year: int | None) -> None:
    """A post's lines: its text (widget labels dropped), its counters row, its comments, sidebar lists."""
    in_comments = False
    i = start
    while i < end:
        b = bl[i]
        if b.kind != "line":
            i += 1
            continue
        t = b.text.strip()
        j = _sidebar(bl, i, end)
        if j > i:
            for k in range(i, j):
                doc.remove(bl[k], "a sidebar list of the page (a ranked or recommended list, with its heat numbers) "
                           "pasted between posts: furniture", separates=True)
            i = j
            continue
        if _COMMENT_HEAD.match(t) and not in_comments:
            doc.record(b.line, b.text, head, "changed", "the post's comment head → the heading of the post's comments")
            b.text, b.kind, b.level, b.note, b.marks = head, "h", 4, NOTE, [(0, b.line)]
            in_comments = True
            i += 1
            continue
        if _counters(t) and _COUNTER.search(t):
            nxt = bl[i + 1] if i + 1 < end else None
            if not in_comments and nxt is not None and nxt.kind == "line" and comment(nxt.text) \
                    and not _COMMENT_HEAD.match(nxt.text.strip()) and BUTTONS.search(nxt.text[-60:]):
                doc.record(b.line, b.text, head, "changed", "the post's counters row, over its comments → the heading "
                           "of the post's comments")
                b.text, b.kind, b.level, b.note, b.marks = head, "h", 4, NOTE, [(0, b.line)]
                in_comments = True
            else:
                doc.remove(b, "the post's counters row (reposts, comments, likes): furniture", separates=True)
                if nxt is not None:
                    nxt.starts = True  # what follows the row (a reply, a comment) is never more of the post's sentence
            i += 1
            continue
        if in_comments and (m := comment(b.text)):
            comment_line(doc, b, m, poster, year)
            i += 1
            continue
        if in_comments and len(t) <= _ROW_LEN and (_SIDE_MORE.match(t) or BUTTONS.fullmatch(t)):
            doc.remove(b, "a control of the post's comments: furniture", separates=True)
            i += 1
            continue
        w = _WIDGET_END.search(b.text) if len(b.text) <= 5000 else None
        while w and w.start() > 0:
            doc.edit(b, w.start(), len(b.text), "", "a widget's label closing the post's text (a fold control, a link "
                     "or video card)")
            w = _WIDGET_END.search(b.text)
        if w and w.start() == 0:
            doc.remove(b, "a widget's label alone on its line: furniture", separates=True)
        elif len(t) <= _ROW_LEN and _SIDE_MORE.match(t):
            doc.remove(b, "a control of the page (more, all): furniture", separates=True)
        i += 1
