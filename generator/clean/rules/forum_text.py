"""A forum thread copied as text whose floors put the stamp on the floor's line and the poster under
it (``#2楼 发表于 2023-9-2 20:33 | 只看该作者`` ⏎ ``可乐加冰不加糖``; the opener ``楼主 X`` ⏎ its level and
counts ⏎ ``发表于 … | 只看该作者 | 倒序浏览``): each floor read as a post under its poster and stamp, and
the thread's chrome inside the posts removed, each line recorded.

- **A floor's head**: its number, stamp and buttons, with the poster's name on the line below (or
  the opener's ``楼主 X`` over its counts and stamp), becomes the post's heading
  (``model.post_heading``: number, poster, day, time, 楼主); the name line, the counts and the stamp
  line leave (they are in the heading). The speakers of the thread are its posters.
- **An edit note** (``本帖最后由 X 于 … 编辑``) leaves.
- **A reply's line** (``回复 5# X``) leaves; the post's first line of its own opens on ``回复X：``
  (the post answers X, which is what the exchanges read).
- **A quote's head** (``引用：X 发表于 …``) leaves; the quoted lines under it leave when X wrote them
  earlier in the thread (they stay where X wrote them), else they stay as a quote line ``X：…``, never
  the replier's own words.
- **A signature** under a rule line (``——————``) at a post's end, or labelled (``个人签名：…``), leaves
  (a shop's plug, a motto repeated under a user's posts).
- **Page navigation** (``上一页 1 2 3 ... 13 下一页``) and a button after the thread's title (``[复制链接]``) leave.

A thread is told by two such floor heads at least.
"""

from __future__ import annotations

import re

from ...model import post_heading

NAME = "forum_text"

_DATE = r"(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
_TIME = r"(?P<time>\d{1,2}[:：]\d{2}(?::\d{2})?)"
_BUTTONS = r"(?:\s*[|｜]\s*(?:只看该作者|只看該作者|只看楼主|只看樓主|倒序浏览|倒序瀏覽|正序浏览|正序瀏覽|电梯直达|電梯直達|阅读模式|閱讀模式|打印|举报|舉報|复制链接|複製鏈接))*"
_POSTED = r"(?:发表于|發表於|发布于|發布於|發佈於|发帖于|發帖於|posted)"
_FLOOR_STAMP = re.compile(rf"^\s*(?:[#＃]\s*(?P<n1>\d{{1,4}})\s*(?:楼|樓|F)?|(?P<n2>\d{{1,4}})\s*(?:楼|樓|F|#))[\s\u3000]*{_POSTED}?\s*[:：]?\s*"
                          rf"{_DATE}(?:\s+{_TIME})?{_BUTTONS}\s*$", re.I)
_STAMP = re.compile(rf"^\s*{_POSTED}\s*[:：]?\s*{_DATE}(?:\s+{_TIME})?{_BUTTONS}\s*$", re.I)
_OPENER = re.compile(r"^\s*(?:楼主|樓主)\s*[:：]?\s*(?P<name>[^\s，。！？：:；,.!?|｜]{1,16})\s*$")
_COUNTS = re.compile(r"^\s*(?:LV|Lv|lv)\s*\.?\s*\d{1,3}|^\s*(?:帖子|积分|積分|主题|主題|精华|精華|注册时间|註冊時間|UID|金币|金幣|威望)\s*[:：]?\s*\d")
_NAME_OK = re.compile(r"^[^\s，。！？：:；,.!?、|｜]{1,16}$")
_EDITED = re.compile(rf"^\s*本帖最(?:后|後)由\s*\S{{1,16}}\s*(?:于|於)\s*{_DATE}(?:\s+{_TIME})?\s*(?:编辑|編輯)\s*$")
_REPLY = re.compile(r"^\s*(?:回复|回覆|回復)\s*(?P<floor>\d{1,4})\s*[#楼樓F]\s*(?P<name>[^\s，。！？：:]{1,16})\s*$")
_QUOTE = re.compile(rf"^\s*(?:引用|引述)\s*[:：]?\s*(?P<name>[^\s，。！？：:]{{1,16}})\s*{_POSTED}\s*{_DATE}(?:\s+{_TIME})?\s*$")
_RULE = re.compile(r"^\s*[-—_=─━~～]{6,}\s*$")
_SIGNED = re.compile(r"^\s*(?:个人签名|個人簽名|签名档|簽名檔|个性签名|個性簽名)\s*[:：]")
_PAGER = re.compile(r"^\s*(?:上一页|上一頁|‹|«|<)?[\s\u3000]*(?:(?:\d{1,4}|\.{2,}|…+)[\s\u3000]*){2,}(?:下一页|下一頁|›|»|>)?\s*$")
_PAGER_WORD = re.compile(r"上一页|上一頁|下一页|下一頁")
_SIGNATURE_LINES = 2
#: A page's button printed after the thread's title (``… [复制链接]``).
_TITLE_BUTTON = re.compile(r"[\s\u3000]*[\[【［](?:复制链接|複製鏈接|复制本帖链接|只看楼主|只看樓主|打印|收藏|分享)[\]】］]\s*$")


def _iso(date: str) -> str:
    y, mo, d = (int(x) for x in re.findall(r"\d+", date)[:3])
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _heads(bl):
    """(head index, number, name index or None, stamp match, role, removed indexes) of each floor."""
    out = []
    for i, b in enumerate(bl):
        if b.kind != "line":
            continue
        if (m := _FLOOR_STAMP.match(b.text)) and len(b.text) <= 90:
            nxt = i + 1 if i + 1 < len(bl) and bl[i + 1].kind == "line" and bl[i + 1].gap == 0 else None
            name = nxt if nxt is not None and _NAME_OK.match(bl[nxt].text.strip()) and not _REPLY.match(bl[nxt].text) else None
            if name is not None:
                out.append((i, m.group("n1") or m.group("n2"), name, m, "", []))
        elif (m := _OPENER.match(b.text)):
            j, counts = i + 1, []
            while j < len(bl) and j <= i + 3 and bl[j].kind == "line" and _COUNTS.match(bl[j].text):
                counts.append(j)
                j += 1
            if j < len(bl) and bl[j].kind == "line" and (s := _STAMP.match(bl[j].text)):
                out.append((i, "1", None, s, "楼主", counts + [j]))
    return out


def _name(bl, head) -> str:
    i, _, name_at, *_ = head
    return bl[name_at].text.strip() if name_at is not None else _OPENER.match(bl[i].text).group("name")


def _earlier(bl, heads, at: int, name: str) -> str:
    """The text X (``name``) posted before block ``at``."""
    starts = {h[0]: _name(bl, h) for h in heads}
    text, who = [], None
    for k in range(at):
        if k in starts:
            who = starts[k]
        elif who == name:
            text.append(bl[k].text)
    return "".join(text)


def apply(doc):
    bl = doc.blocks
    heads = _heads(bl)
    if len(heads) < 2:
        return
    for b in bl[:heads[0][0]]:
        if b.kind == "line" and (m := _TITLE_BUTTON.search(b.text)) and m.start() > 0:
            doc.edit(b, m.start(), len(b.text), "", "a page's button after the thread's title")
    names = {h[0]: _name(bl, h) for h in heads}
    ends = [i for i, *_ in heads[1:]] + [len(bl)]
    days, retitle = [], []
    with doc.batch():
        for (i, num, name_at, stamp, role, extra), end in zip(heads, ends):
            name = names[i]
            day = _iso(stamp.group("date"))
            days.append(day)
            heading = post_heading(num, name, day, (stamp.group("time") or "").replace("：", ":"), role)
            retitle.append((bl[i], heading))
            if name_at is not None:
                doc.remove(bl[name_at], "the poster's name under the floor's head (in the post's heading)", "metadata")
            for k in extra:
                doc.remove(bl[k], "the opener's level, counts and stamp (the stamp in the post's heading)", "metadata")
            _post(doc, bl, heads, i, end, set(extra) | ({name_at} if name_at is not None else set()))
        for b in bl:
            if b.kind in ("line", "p") and _PAGER.match(b.text) and _PAGER_WORD.search(b.text):
                doc.remove(b, "the thread's page navigation", separates=True)
    for b, heading in retitle:
        doc.record(b.line, b.text, "### " + heading, "changed", "a floor's head (number, stamp, buttons) and the poster "
                   "under it → the post's heading: number, poster, day and time")
        b.text, b.kind, b.level, b.marks = heading, "h", 3, [(0, b.line)]
    if days and not doc.declared.get("date"):
        doc.meta.setdefault("date", min(days))


def _post(doc, bl, heads, i: int, end: int, skip: set) -> None:
    """The chrome inside one post (see the module)."""
    reply_to = ""
    k = i + 1
    while k < end:
        b = bl[k]
        if k in skip or b.kind not in ("line", "p"):
            k += 1
            continue
        t = b.text.strip()
        if _EDITED.match(t):
            doc.remove(b, "an edit note (who edited the post, when)", separates=True)
        elif (m := _REPLY.match(t)):
            reply_to = m.group("name")
            doc.remove(b, f"the post's reply line (it answers {reply_to}, floor {m.group('floor')}): its first line "
                       "opens on 回复X：", separates=True)
        elif (m := _QUOTE.match(t)):
            who = m.group("name")
            doc.remove(b, "a quote's head (who is quoted, when)", separates=True)
            earlier = re.sub(r"\s", "", _earlier(bl, heads, i, who))
            j = k + 1
            while j < end and bl[j].kind in ("line", "p") and bl[j].gap == 0 and not _RULE.match(bl[j].text):
                said = re.sub(r"\s", "", bl[j].text).rstrip("…．.。")
                if said and said[:20] in earlier:
                    doc.remove(bl[j], f"the words quoted from {who}'s earlier post (they stay where {who} wrote them)",
                               separates=True)
                else:
                    doc.set_text(bl[j], f"{who}：{bl[j].text.strip()}", f"words quoted from {who}: theirs, not the replier's "
                                 "(a quote line)")
                    bl[j].kind = "caption"
                j += 1
            k = j
            continue
        elif _SIGNED.match(t) and len(t) <= 120:
            doc.remove(b, "the poster's signature", separates=True)
        elif _RULE.match(t):
            sig = [x for x in bl[k + 1:end] if x.kind in ("line", "p")]
            if len(sig) <= _SIGNATURE_LINES + 1 and all(len(x.text) <= 80 for x in sig):
                doc.remove(b, "the rule line over the poster's signature", separates=True)
                for x in sig[:_SIGNATURE_LINES]:
                    doc.remove(x, "the poster's signature under the rule line (a motto, a shop's plug)", separates=True)
                k = end
                continue
        elif reply_to and t:
            doc.set_text(b, f"回复{reply_to}：{t}", f"the post answers {reply_to} (its reply line left)")
            reply_to = ""
        k += 1
