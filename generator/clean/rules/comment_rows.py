"""A list of comments printed as a name line, the comment, and a row of buttons and an age under it
(``名字`` ⏎ ``留言`` ⏎ ``讚 · 回覆 · 5天``; ``名字`` ⏎ ``评论`` ⏎ ``08-03 河北 赞 12 回复``), or on one line
(``名字：评论 (8月1日 15:03) 回复 赞12``): each comment is a block with its author.

The phenomenon: under a post, a social page prints each comment as its writer's name, the words,
and a row of the same buttons (赞/讚, 回复/回覆, 举报) with the comment's age or stamp. When two such
rows or more close comments with two names or more, the lines above each row are one comment: the
first, a short line with no sentence, is its writer's name; the rest its words. So:

- each comment becomes one paragraph ``名字：留言`` (``名字（回覆X）：…`` for a reply printed indented
  under X's comment; a reply whose name line is only the badge ``作者``/``樓主``/``楼主`` is the page
  author's, named when the page names its author) under the readers' comments head, which the
  comments rule then reads (``model.COMMENT_WRITER``: the speakers and the index read the writer);
- the row of buttons and the age leaves, recorded (an age, "5天", "3小时前", is no date of the text).

Without the rows, nothing is done: a name glued to words with no row under them is left to other rules.
"""

from __future__ import annotations

import re

from ..doc import Chunk
from .comments import HEAD, NOTE, is_head

NAME = "comment_rows"

_BUTTON = re.compile(r"赞|讚|贊|点赞|點讚|回复|回覆|回復|回应|回應|举报|舉報|Like|Reply", re.I)
#: What a row of buttons may hold besides its buttons: counts, an age or a stamp, a place (two to
#: three characters), separators.
_ROW_REST = re.compile(r"赞|讚|贊|点赞|點讚|回复|回覆|回復|回应|回應|举报|舉報|分享|收起|展开|展開|Like|Reply|Share|"
                       r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|"
                       r"\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前?|刚刚|剛剛|昨天|前天|作者赞过|作者讚過|"
                       r"\d[\d,.]*\s*[万萬kKwW]?|[\s\u3000·・•|｜()（）\[\]:：,，、.]", re.I)
#: A one-line comment closed by its stamp and buttons: "名字：评论 (8月1日 15:03) 回复 赞12".
_TRAIL = re.compile(r"\s*[（(]\s*(?:\d{1,2}[-/月]\d{1,2}日?\s*)?(?:\d{1,2}:\d{2})?\s*[）)]\s*"
                    r"(?:(?:回复|回覆|赞|讚|举报|舉報)\s*\d{0,6}\s*){1,4}$")
_ONE_LINE = re.compile(r"^\s*(?P<name>[^\s：:，。！？、]{2,16})\s*[：:]\s*(?P<words>\S.*)$")
_NAME = re.compile(r"^[^\s，。！？：:；;,!?、“”「」《》]{2,16}(?:[ \u3000][A-Za-z][A-Za-z0-9_.\-]{0,15})?$")
_BADGE = re.compile(r"^(?P<name>.*?)[\s\u3000]*(?:作者|樓主|楼主|版主|博主)$")
#: The list's control to show more ("查看更多留言　6/1,204", "展开全部评论").
_MORE = re.compile(r"^\s*(?:查看|展开|展開|载入|載入|加载|加載|显示|顯示)(?:更多|全部|其他)\S{0,4}?(?:留言|评论|評論|回复|回覆|回應|回应)")
#: A line of the comment box above its first comment: its counters, buttons, sort control.
_BOX = re.compile(r"留言|评论|評論|排序|心情|分享|赞|讚|回应|回應")
_SENTENCE = re.compile(r"[。！？!?…]$|[，；;]|,(?!\d)")


def _row(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= 60 and bool(_BUTTON.search(t)) and len(_ROW_REST.sub("", t)) <= 3


def _name(text: str) -> str | None:
    t = text.strip()
    if not t or _SENTENCE.search(t) or _row(t):
        return None
    badge = _BADGE.match(t)
    if badge and badge.group("name").strip() and _NAME.match(badge.group("name").strip()):
        return t  # "涿州小王 作者": a name and the author's badge
    return t if _NAME.match(t) else None



_AUTHOR_BADGES = ("作者", "楼主", "樓主", "博主")


def _page_author(doc, name: str, role: str, line: int) -> None:
    """A reply signed with the author's badge names the page's author (a note's or a post's account), which a
    line above a follow button or the platform's name read before does not: the page says so itself."""
    if not name or role not in _AUTHOR_BADGES or doc.declared.get("author") or doc.meta.get("author") == name:
        return
    doc.record(line, doc.meta.get("author") or "", name, "metadata", "the page's author, named by the author's "
               "badge on a reply (作者/楼主/博主)")
    doc.meta["author"] = name
    doc.meta_lines["author"] = line


def apply(doc):
    bl = doc.blocks
    rows = [i for i, b in enumerate(bl) if b.kind == "line" and _row(b.text)]
    one_line = [i for i, b in enumerate(bl) if b.kind == "line" and len(b.text) <= 400
                and _TRAIL.search(b.text[-60:]) and _ONE_LINE.match(b.text)]
    if len(rows) < 2 and len(one_line) < 2:
        return
    author = (doc.declared.get("author") or doc.meta.get("author") or "").strip()
    comments = []  # (first index, last index, row index or None, name, words)
    prev = -1
    for r in rows:
        seg = [j for j in range(prev + 1, r)]
        prev = r
        # the comment: from its name line (the last short no-sentence line after a gap or a row) to the row
        start = next((j for j in range(len(seg) - 2, -1, -1) if _name(bl[seg[j]].text)), None)
        if start is None or any(bl[j].kind != "line" for j in seg[start:]):
            continue
        lines = seg[start:]
        name = bl[lines[0]].text.strip()
        name = (f"{b.group('name').strip()} {name[b.end('name'):].strip()}" if (b := _BADGE.match(name)) and b.group("name").strip()
                else re.sub(r"[\s\u3000]+", "", name))
        words = "".join(bl[j].text.strip() for j in lines[1:])
        if not re.search(r"[\u3400-\u9fffA-Za-z]", words):
            continue
        comments.append((lines[0], r, name, words, bl[lines[0]].indent))
    for i in one_line:
        m = _ONE_LINE.match(bl[i].text)
        words = _TRAIL.sub("", m.group("words"))
        if words.strip():
            comments.append((i, i, m.group("name"), words.strip(), False))
    comments.sort()
    if len(comments) < 2 or len({c[2] for c in comments}) < 2:
        return
    out: list[Chunk] = []
    k = 0
    top = ""
    first_at = None
    for lo, hi, name, words, indented in comments:
        out.extend(bl[k:lo])
        if first_at is None:
            first_at = len(out)
        badge = _BADGE.match(name)
        if badge:
            role = name[badge.end("name"):].strip()
            who = badge.group("name").strip() or author
            name = who + (f"（{role}）" if role in _AUTHOR_BADGES else "") if who else name
            _page_author(doc, badge.group("name").strip(), role, bl[lo].line)
        label = f"{name}（回覆{top}）" if indented and top and top != name else name
        if not indented:
            top = name
        text = f"{label}：{words}"
        printed = " ⏎ ".join(bl[j].text for j in range(lo, hi + 1))
        doc.record(bl[lo].line, printed, text, "changed", "a comment printed as its writer's name, its words and a row "
                   "of buttons and its age: one paragraph opening on its writer's name (the row is furniture)")
        out.append(Chunk("line", text, [(0, bl[lo].line)], 1, starts=True))
        k = hi + 1
    for b in bl[k:]:
        if b.kind == "line" and _MORE.match(b.text):
            doc.record(b.line, b.text, "", "removed", "the comment list's control to show more comments")
        else:
            out.append(b)
    j = first_at
    while j > 0 and out[j - 1].kind in ("line", "h") and out[j - 1].note != NOTE and not is_head(out[j - 1].text) \
            and _BOX.search(out[j - 1].text) and len(out[j - 1].text) <= 40 \
            and not _SENTENCE.search(out[j - 1].text):
        j -= 1
        doc.record(out[j].line, out[j].text, "", "removed", "the comment box's counters, buttons or sort control "
                   "over its comments")
        del out[j]
        first_at -= 1
    if not any(b.kind == "h" and (b.note == NOTE or b.text.strip() in (HEAD, "讀者評論")) or is_head(b.text)
               for b in out[:first_at]):
        out.insert(first_at, Chunk("h", HEAD, [(0, out[first_at].line)], 1, level=2, note=NOTE))
        doc.record(out[first_at].line, "", HEAD, "changed", "a list of comments (each a name, its words and a row of "
                   "buttons): the readers' comments section, never the post's text")
    bl[:] = out
