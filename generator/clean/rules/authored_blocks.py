"""Blocks with an author each: a page made of several pieces, each opened by a labelled row naming
who wrote it (``作者：郑大海（退休教师）``, ``答主：…``, ``来信人：…``, ``發言人：…``), perhaps under an
ordinal line (``来信一``, ``回答2``, ``第三封``, ``#3``) and over a row of its time (``时间：2025年6月3日``).

The phenomenon: when one page prints two such author rows or more, each over text of its own, the
page is a set of authored blocks (letters to the editor, answers, statements, replies), not one
article with one byline. Each block then gets the heading the cleaner writes for a thread's posts
(:func:`generator.model.post_heading`: number, author, day, time, role), so that whoever reads the
page (speakers, index, timeline) knows whose words each block is and when they were written; the
opener, the author row and the time row leave (recorded: they are in the heading). The rows are
never read as the page's byline or date (the page has no single author); the page's date is the
first block's day when nothing else gives it.

Known by shape only: a label of the author's kind, a colon, a short name (no clause), with text
under it before the next author row. One author row alone is a byline, left to ``bylines``.
"""

from __future__ import annotations

import re

from ...model import post_heading

NAME = "authored_blocks"

_AUTHOR_LABELS = (r"作者|作者名|来信人|來信人|写信人|寫信人|答主|回答者|回答人|答者|发帖人|發帖人|回复人|回覆人|留言人|"
                  r"发言人|發言人|发言者|發言者|提问人|提問人|发件人|發件人|投稿人|供稿人|署名")
_AUTHOR_ROW = re.compile(rf"^\s*[*【\[]*\s*(?:{_AUTHOR_LABELS})\s*[*】\]]*\s*[:：]\s*(?P<value>\S.{{0,40}}?)\s*$")
#: The value: a name, then perhaps its role in brackets or after a comma or a space.
_VALUE = re.compile(r"^(?P<name>[^\s，。！？：:；,;、（()）]{2,16})\s*(?:[（(](?P<r1>[^（()）]{2,20})[）)]|[，,\s\u3000]\s*(?P<r2>[^\s，。！？；,;]{2,20}))?$")
_TIME_LABELS = r"[\u4e00-\u9fff]{0,4}(?:时间|時間|日期)|发表于|發表於|发布于|發佈於"
_DATE = r"(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
_TIME = r"(?P<time>\d{1,2}[:：]\d{2})(?::\d{2})?"
_TIME_ROW = re.compile(rf"^\s*(?:[*【\[]*\s*(?:{_TIME_LABELS})\s*[*】\]]*\s*[:：]?\s*)?{_DATE}\s*(?:{_TIME})?\s*$")
_ROLE_LABELS = re.compile(r"^\s*[*【\[]*\s*(?:身份|职业|職業|(?:回复|回覆|答复|答覆)?(?:单位|單位|部门|部門)|职务|職務|简介|簡介)\s*[*】\]]*\s*[:：]\s*(?P<role>[^\s，。！？；,;]{2,12})\s*$")
_NUM = r"[一二三四五六七八九十]{1,3}|\d{1,3}"
#: A block's ordinal line over its author row.
_OPENER = re.compile(rf"^\s*[【\[]?\s*(?:[#＃]\s*(?P<n1>\d{{1,4}})|(?P<n2>\d{{1,4}})\s*(?:楼|樓|F|#)|第\s*(?P<n3>{_NUM})\s*"
                     rf"(?:封|条|條|则|則|楼|樓|位|个|個)?(?:来信|來信|回答|回复|回覆|留言|发言|發言|意见|意見)?|"
                     rf"(?:来信|來信|回答|回复|回覆|留言|发言|發言|意见|意見|答|问|問)\s*(?P<n4>{_NUM}))\s*[】\]]?\s*[:：]?\s*$")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_TEXT = re.compile(r"[。！？!?]|.{16}")


def _number(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN.get(a, 0) * 10 + (_CN.get(b, 0) if b else 0)
    return _CN.get(s)


def _iso(date: str) -> str:
    y, mo, d = (int(x) for x in re.findall(r"\d+", date)[:3])
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _rows(bl):
    """(index, name, role) of each author row over text of its own, in page order."""
    out = []
    for i, b in enumerate(bl):
        m = _AUTHOR_ROW.match(b.text) if b.kind == "line" and len(b.text) <= 60 else None
        v = _VALUE.match(m.group("value").strip()) if m else None
        if v:
            role = (v.group("r1") or v.group("r2") or "").strip()
            out.append((i, v.group("name"), role if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", role) else ""))
    kept = []
    for k, (i, name, role) in enumerate(out):
        end = out[k + 1][0] if k + 1 < len(out) else len(bl)
        if any(bl[j].kind in ("line", "p") and _TEXT.search(bl[j].text) and not _AUTHOR_ROW.match(bl[j].text)
               and not _TIME_ROW.match(bl[j].text) for j in range(i + 1, end)):
            kept.append((i, name, role))
    return kept


def apply(doc):
    bl = doc.blocks
    rows = _rows(bl)
    if len(rows) < 2:
        return
    days = []
    with doc.batch():
        for seq, (i, name, role) in enumerate(rows, 1):
            head = bl[i]
            above = bl[i - 1] if i > 0 and bl[i - 1].kind == "line" and len(bl[i - 1].text) <= 30 else None
            if above is not None and (rm := _ROLE_LABELS.match(above.text)):  # the unit answering, over its name
                role = role or rm.group("role")
                doc.remove(above, "the author's unit or role row (carried in the block's heading)", "metadata")
                above = bl[i - 2] if i > 1 and bl[i - 2].kind == "line" and len(bl[i - 2].text) <= 30 else None
            opener = above if above is not None and len(above.text) <= 14 else None
            om = _OPENER.match(opener.text) if opener is not None else None
            num = next((n for g in ("n1", "n2", "n3", "n4") if om and (n := _number(om.group(g))) is not None), seq)
            day = time = ""
            for j in range(i + 1, min(i + 4, len(bl))):
                b = bl[j]
                if b.kind != "line" or len(b.text) > 40:
                    break
                if not day and (tm := _TIME_ROW.match(b.text)):
                    day, time = _iso(tm.group("date")), (tm.group("time") or "").replace("：", ":")
                    doc.remove(b, "the block's time row (its day and time carried in the block's heading)", "metadata")
                elif not role and (rm := _ROLE_LABELS.match(b.text)):
                    role = rm.group("role")
                    doc.remove(b, "the author's role row (carried in the block's heading)", "metadata")
                else:
                    break
            if day:
                days.append(day)
            text = post_heading(num, name, day, time, role)
            if om:
                doc.remove(opener, "the block's ordinal line (its number carried in the block's heading)", "metadata")
            doc.record(head.line, head.text, "### " + text, "changed",
                       "a block's author row on a page of blocks each with its own author → the block's heading: "
                       "number, author, day, time, role (not the page's byline)")
            head.text, head.kind, head.level, head.marks, head.gap = text, "h", 3, [(0, head.line)], max(head.gap, 1)
        if days and not doc.declared.get("date"):
            doc.meta.setdefault("date", min(days))
