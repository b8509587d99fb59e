"""A forum thread's posts: each post's head line and its stamp read as one heading that keeps the
post's number, its poster and the day and time it was posted; the board's pinned notice leaves.

A thread prints every post under a head line: its floor number first (``1楼``, ``12樓``, ``3F``,
``5#``, ``#5``), the poster's name, badges (``楼主``, ``版主``, a level ``LV6`` / ``Lv.4`` and the rank word
after it, ``资深妈妈``), and a stamp line under it (``发表于 2023-11-22 21:36  来自 X客户端``). The badges
and the client are page furniture; the post's number, poster and time are what a reader needs (who
said it, and when: a post's 今天 is the day it was posted). So, on a page with two such head lines
or more:

- the head line becomes a heading ``1楼 豆豆妈妈 2023-11-22 21:36（楼主）`` (the poster's role kept
  when the page gives it, the rank and level dropped), and its stamp line leaves (recorded), its date
  and time carried in the heading, where the timeline reads the post's day;
- the thread's date is the first post's day, when nothing else gives the page's date;
- the thread's title is the line above the first post's head (over the thread's counters, the page's
  menu left aside), when the page gives no title of its own;
- the poster's **signature line** (``签名档：…``) under a post leaves;
- a **pinned notice** (``【置顶】…``) above the first post, with the lines printed under it, is the
  board's, not the thread's: it leaves.
"""

from __future__ import annotations

import re

from ...model import post_heading

NAME = "floor_posts"
_FLOOR = re.compile(r"^\s*(?:(?:第\s*)?(\d{1,4})\s*(?:楼|樓|F|#)|[#＃]\s*(\d{1,4}))[\s\u3000]+(\S.{0,48})$")
_LEVEL = re.compile(r"^(?:LV|Lv|lv)\s*\.?\s*\d{1,3}$")
_ROLES = ("楼主", "樓主", "版主", "管理员", "管理員", "作者", "题主", "題主")
_NAME_OK = re.compile(r"^[^\s，。！？：:；,.!?、]{1,16}$")
_DATE = r"(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
_TIME = r"(?P<time>\d{1,2}[:：]\d{2}(?::\d{2})?)"
_STAMP = re.compile(rf"^\s*(?:发表于|發表於|发布于|發佈於|發布於|发帖于|發帖於|回复于|回覆於|Posted)?\s*[:：]?\s*{_DATE}"
                    rf"(?:\s+{_TIME})?(?:\s+(?:来自|來自)\s*[^\s回]\S{{0,20}})?"
                    r"(?:\s+(?:回复|回覆|点赞|點讚|赞|讚|举报|舉報)\s*(?:[（(]\s*\d+\s*[）)]|\d+)?)*\s*$")
_SIGNATURE = re.compile(r"^\s*(?:签名档|簽名檔|个性签名|個性簽名)\s*[:：]")
_PINNED = re.compile(r"^\s*[【\[［]\s*(?:置顶|置頂)\s*[】\]］]|^\s*(?:置顶|置頂)\s*[:：|｜]")


def _head(text: str):
    """(number, name, role) of a post's head line, or None."""
    m = _FLOOR.match(text) if len(text) <= 60 else None
    if not m:
        return None
    parts = re.split(r"[\s\u3000]+", m.group(3).strip())
    role, name, after_level = "", "", False
    for p in parts:
        if p in _ROLES:
            role = role or p
        elif _LEVEL.match(p):
            after_level = True
        elif after_level and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", p):
            after_level = False  # the rank word after the level
        elif not name and _NAME_OK.match(p):
            name = p
        else:
            return None  # words that are no name or badge: a sentence opening on "3楼 …"
    return (m.group(1) or m.group(2), name, role) if name else None


def _iso(date: str) -> str:
    y, mo, d = (int(x) for x in re.findall(r"\d+", date)[:3])
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _thread_title(doc, first: int) -> None:
    from ..linekinds import is_nav_bar, is_stamp
    if doc.meta.get("title") or doc.declared.get("title"):
        return
    for b in reversed(doc.blocks[max(0, first - 4):first]):
        t = b.text.strip()
        items = [w for w in re.split(r"[ \t]{2,}|\u3000+|\s*[|｜]\s*", t) if w]
        if b.kind != "line" or not t or is_stamp(t) or len(items) >= 3 and all(len(w) <= 4 for w in items):
            continue  # the thread's counters, its controls ("只看楼主  收藏  回复")
        if is_nav_bar(t) or len(re.findall(r"[\u4e00-\u9fff]", t)) < 6 or len(t) > 80 or re.search(r"[。]$", t):
            return
        doc.meta["title"] = t
        doc.meta_lines["title"] = b.line
        doc.remove(b, "the thread's title, above its first post → title", "metadata", separates=True)
        return


def apply(doc):
    bl = doc.blocks
    heads = [(i, h) for i, b in enumerate(bl) if b.kind == "line" and (h := _head(b.text))]
    if len(heads) < 2:
        return
    first = heads[0][0]
    with doc.batch():
        for i in range(first):
            b = bl[i]
            if b.kind == "line" and _PINNED.match(b.text):
                j = i
                while j < first and bl[j].kind == "line" and (j == i or bl[j].gap == 0) and not re.fullmatch(r"\s*[-=_—]{6,}\s*", bl[j].text):
                    doc.remove(bl[j], "the board's pinned notice (置顶) above the thread: not the thread's text", separates=True)
                    j += 1
                break
        _thread_title(doc, first)
        days = []
        for i, (num, name, role) in heads:
            b = bl[i]
            stamp, sm = None, None
            end = next((k for k, _ in heads if k > i), len(bl))
            for k in [i + 1] + list(range(end - 1, i + 1, -1))[:3]:  # under the head, or closing the post
                if k < len(bl) and bl[k].kind == "line" and len(bl[k].text) <= 80 and (sm := _STAMP.match(bl[k].text)):
                    stamp = bl[k]
                    break
            for k in range(i + 1, end):
                if bl[k].kind == "line" and _SIGNATURE.match(bl[k].text) and len(bl[k].text) <= 80:
                    doc.remove(bl[k], "the poster's signature line (签名档) under the post", separates=True)
            if sm is None:  # the first post's stamp, read as the page's date by the reader already
                sm = next((m for e in doc.audit if e.line == b.line + 1 and e.action == "metadata"
                           and len(e.before) <= 80 and (m := _STAMP.match(e.before))), None)
            day = _iso(sm.group("date")) if sm else ""
            if day:
                days.append((int(num), day))
            text = post_heading(num, name, day, (sm.group("time") or "").replace("：", ":") if sm else "", role)
            doc.record(b.line, b.text, "### " + text, "changed", "a thread's post head (number, poster, badges) and its "
                       "stamp → the post's heading: number, poster, role, day and time (level and rank dropped)")
            b.text, b.kind, b.level, b.marks = text, "h", 3, [(0, b.line)]
            if stamp is not None:
                doc.remove(stamp, "the post's stamp (its day and time carried in the post's heading; the client dropped)",
                           "metadata")
        if days and not doc.declared.get("date"):
            doc.meta.setdefault("date", min(days)[1])
