"""A feed post's comments (see :mod:`.rules.feed_posts`): a comment line read as its commenter and text, its stamp
opening it as a message's when the page gives the year, its buttons and like count dropped; a reply signed
``作者`` / ``楼主`` / ``博主`` is the post's account's."""

from __future__ import annotations

import re

__all__ = ["BUTTONS", "NUM", "comment", "comment_line"]

#: A count as feeds print it ("1,234", "3.1万", "2k+").
NUM = r"\d[\d,.]*\s*(?:万|萬|亿|億|[kKwWmM])?\+?"
#: A comment: a name, a colon, its text; perhaps its stamp in brackets and its buttons after it.
_COMMENT = re.compile(r"^\s*(?P<name>[^\s，。！？：:（()）]{1,20}?)(?:[（(](?P<role>作者|楼主|樓主|博主|UP主)[）)])?\s*[:：]\s*(?P<text>\S.*?)\s*$")
_COMMENT_STAMP = re.compile(r"\s*[（(]\s*(?P<s>(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[01]?\d|2[0-3])?[:：]?[0-5]?\d?|"
                            r"\d{1,2}\s*(?:秒|分钟|分鐘|小时|小時|天)前|(?:今天|昨天|前天)\s*\d{1,2}[:：]\d{2})\s*[）)]\s*$")
BUTTONS = re.compile(rf"(?:\s*(?:回复|回覆|回復|举报|舉報|(?:赞|讚|贊|点赞|點讚)\s*(?:{NUM})?|(?:{NUM})\s*(?:赞|讚|贊)))+\s*$")
_AUTHOR = {"作者", "楼主", "樓主", "博主", "UP主"}


def comment(text: str):
    t = text.strip()
    if len(t) > 1000:
        return None
    return _COMMENT.match(t)


_WHEN = re.compile(r"^(?:(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*)?(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日?"
                   r"\s*(?P<t>(?:[01]?\d|2[0-3])[:：][0-5]\d)?$")


def _comment_when(stamp_text: str, year: int | None) -> str:
    """A comment's stamp as a message's ("2023-08-02 09:30", which opens the comment before its writer's
    label: the comment's own time, never an event of the text), when the page gives its year; else ""."""
    w = _WHEN.match(stamp_text.strip())
    if not w or not (w.group("y") or year):
        return ""
    day = f"{int(w.group('y') or year):04d}-{int(w.group('m')):02d}-{int(w.group('d')):02d}"
    return day + (f" {w.group('t').replace('：', ':')}" if w.group("t") else "")


def comment_line(doc, b, m, poster: str, year: int | None) -> None:
    """A comment kept as its paragraph: the name (the post's account for its author's reply), the text; its
    stamp opening it as a message's when the page gives the year (dropped, recorded, on every comment when
    not); its buttons and like count dropped."""
    text = m.group("text")
    bm = BUTTONS.search(text)
    if bm and bm.start() > 0:
        text = text[:bm.start()]
    sm = _COMMENT_STAMP.search(text)
    when = ""
    if sm and sm.start() > 0:
        text = text[:sm.start()]
        when = _comment_when(sm.group("s"), year)
    name, role = m.group("name"), m.group("role") or ""
    if name in _AUTHOR:
        name, role = poster, name
    label = f"{name}（{role}）" if role else name
    new = (f"{when}\u3000" if when else "") + f"{label}：{text.strip()}"
    if new != b.text:
        doc.record(b.line, b.text, new, "changed", "a comment of the post: its commenter and text kept, its stamp "
                   "opening it when the page gives the year (dropped when not, on every comment); its buttons and "
                   "like count dropped")
    b.text, b.kind, b.gap, b.marks = new, "p", max(b.gap, 1), [(0, b.line)]
