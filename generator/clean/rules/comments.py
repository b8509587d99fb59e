"""Readers' comments: content, but not the article. They are kept as a section of their own at the
end of the cleaned article, under the heading ``读者评论`` (``讀者評論`` in a traditional-script
source), one paragraph per comment, opening on its commenter's name as a label (masked names
kept as printed: ``陳***：…``), or ``网友：`` when the page names nobody: a comment is a reader's
voice, never the outlet's.

The section is opened by the rules that know where comments start (``site_furniture``: a head such as
``网友评论``, ``精选留言``, ``讀者回應（3）``; ``page_layout``: comments with no head, led by handles or closed
by like counts; the HTML reader: a box whose class or id says comments). This rule then, inside it:

- removes the comment box's furniture by its shape: a prompt to write or log in (``发表评论``,
  ``登录后评论``, ``写留言``), a count of comments, sort tabs (``最热　最新``), a like count or a button alone
  on its line or closing a comment (``赞 36``, ``回复``, ``举报``), more-replies and end-of-list controls;
- removes the box's rules over the comments (``請遵守留言規範，發表不當言論者將被刪除留言``);
- parts a commenter's name from the comment's time glued to it (``阿德哥2024/10/31 20:02``): the time leaves;
- splits it into comments: a blank line, a removed stamp row or a short name line over a longer text
  starts one; a name line (``山城小雨``) over the text becomes its label, a badge alone (``作者``) labels
  the page author's reply, ``@X：`` becomes ``X：``; a line answering ``@X`` (no colon) is a reply of
  its own, never more of the comment above it.

Each change is recorded. A section left with no comment leaves with its heading.
"""

from __future__ import annotations

import re

from ...model import COMMENT_HEADS
from ..doc import Chunk
from ..script import detect_script
from . import post_stamps as ps

NAME = "comments"
NOTE = "comments"
HEAD, HEADS = COMMENT_HEADS[0], {"zh-Hant": COMMENT_HEADS[1]}

#: A head over a page's comments (its count in brackets or after it allowed).
HEAD_LINE = re.compile(
    r"^\s*(?:网友|網友|读者|讀者|热门|熱門|最新|全部|精彩|精选|精選|最热|最熱|用户|用戶)?\s*"
    r"(?:评论|評論|留言|回应|回應|点评|點評|跟帖|讨论|討論)(?:区|區|列表)?\s*[:：]?\s*"
    r"(?:[（(]\s*\d[\d,]*\s*[）)]|\d[\d,]*\s*(?:条|條)?)?\s*$|"
    r"^\s*(?:共|已有)?\s*\d[\d,]*\s*(?:条|條|则|則|个|個|篇)?\s*(?:评论|評論|留言|回应|回應|回覆|回复)\s*$|"
    r"^\s*(?:Comments?|Responses?)\s*(?:[（(]\s*\d+\s*[）)]|\d+)?\s*$", re.I)

#: Rules and marks framing a head line ("———— 共 1847 条评论 ————", "▌网友评论").
_FRAME = re.compile(r"^[\s\-—–=_~·•*#▌|｜【\[]+|[\s\-—–=_~·•*#|｜】\]]+$")


def unframed(text: str) -> str:
    return _FRAME.sub("", text.strip())


def is_head(text: str) -> bool:
    """A head over the page's comments, framed or not."""
    t = text.strip()
    return len(t) <= 48 and bool(HEAD_LINE.match(_FRAME.sub("", t)))


_NUM = r"\d[\d,.]*\s*(?:万|萬|[kKwW])?"
_LONG = 2000  # characters: a comment longer than this is read as it is
_SAMPLE = 20000  # characters of the source that tell its script
#: A line of the comment box that is no comment.
_FURNITURE = re.compile(
    r"^\s*(?:(?:发表|發表|写|寫|添加|留下|发布|發布|發佈)(?:你的|您的)?(?:评论|評論|留言|回复|回覆|看法)|"
    r"(?:登录|登錄|登入|注册|註冊)(?:后|後)?(?:才能|即可|可以)?(?:发表|發表|参与|參與)?(?:评论|評論|留言|回覆|回复)|"
    r"(?:我要|我來|我来)?(?:评论|評論|留言|说两句|說兩句)|写留言|寫留言|"
    r"(?:查看|展开|展開|显示|顯示|加载|加載|载入|載入)(?:更多|全部)?\s*(?:" + _NUM + r")?\s*(?:条|條)?(?:评论|評論|回复|回覆|留言)?|"
    r"(?:已无|已無|没有|沒有)更多(?:数据|數據|评论|評論|内容|內容|了)?|到底了|"
    r"(?:最热|最熱|最新|热门|熱門|按热度|按時間|按时间|最早)(?:[\s\u3000|｜/·]+(?:最热|最熱|最新|热门|熱門|按热度|按時間|按时间|最早))+|"
    r"(?:赞|讚|贊|点赞|點讚|回复|回覆|回復|举报|舉報|分享|踩|顶|頂|收起)(?:\s*[（(]?\s*" + _NUM + r"\s*[）)]?)?"
    r"(?:[\s\u3000|｜·]+(?:赞|讚|贊|点赞|點讚|回复|回覆|回復|举报|舉報|分享|踩|顶|頂)(?:\s*[（(]?\s*" + _NUM + r"\s*[）)]?)?)*|"
    r"👍\s*" + _NUM + r"|" + _NUM + r"|(?:共|已有)\s*" + _NUM + r"\s*(?:条|條|人)(?:评论|評論|留言|参与|參與)?)"
    r"\s*[>›»↓▼…。.]*\s*$")
#: Buttons and like counts closing a comment's line ("…赶不上。 赞 21", "…　回复").
_TRAILING = re.compile(r"(?:[\s\u3000]+(?:(?:赞|讚|贊|点赞|點讚|👍)\s*[（(]?\s*" + _NUM + r"\s*[）)]?|回复|回覆|回復|举报|舉報))+\s*$")
#: A comment already labelled with its commenter ("江边跑步的人：…", "@小陈：…").
_LABELLED = re.compile(r"^\s*@?([^\s：:，。！？,.!?“”「」（）()]{1,16}(?:[（(][^）)]{1,20}[）)])?)\s*[：:]")
#: A line that answers another commenter by handle ("@江边散步的猫 年卡据说100元"): a reply of its own, by
#: someone the page does not name, never the words of the comment above it.
_AT_REPLY = re.compile(r"^\s*[@＠][^\s：:@＠]{1,16}[ \u3000]+\S")
#: A reply's label: its poster, whom it answers ("是阿圆呀 回复 奶盖不加糖：…").
_REPLY_LABEL = re.compile(r"^\s*@?([^\s：:，。！？,.!?（）()]{1,16})\s*(?:回复|回覆|回復)\s*@?([^\s：:，。！？,.!?（）()]{1,16})\s*[：:]")
#: Emoji and symbols a page prints on its buttons.
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\uFE0F\u200d]+")
_BUTTON_WORD = re.compile(r"(?<![\u4e00-\u9fff])(?:分享|赞|讚|收藏|评论|評論|转发|轉發)(?![\u4e00-\u9fff])")
#: A call to open or download the site's app ("打开小红书App，查看更多精彩笔记").
_APP_PROMPT = re.compile(r"^\s*(?:打开|打開|下载|下載|前往)\S{0,8}?(?:App|APP|app|客户端|客戶端)(?:[，,\s]\S{0,16})?$")
#: A badge alone on its line: the page author's reply follows.
_AUTHOR_REPLY = re.compile(r"^\s*(?:作者|作者回复|作者回覆|作者回復|博主|楼主|樓主|UP主|小编|小編|编辑|編輯)(?:回复|回覆|回復)?\s*[：:]?\s*$")


#: What an unsigned comment says: a clause or a sentence, or a phrase of some length.
_SAYS = re.compile(r"[，。！？；,!?;…~～]|[\u3400-\u9fff]{8}")
#: Links set side by side (a footer's, a related box's): no comment.
_MENU = re.compile(r"[·|｜•]\s*[^\s·|｜•]{1,8}\s*[·|｜•]")
_BUTTON_WORDS = re.compile(r"回复|回覆|回復|赞|讚|贊|点赞|點讚|举报|舉報|分享|删除|刪除|踩|顶|頂|收起|展开|展開|Reply|Like|Report",
                           re.I)


def _stamp_only(text: str) -> bool:
    """A line of a comment's date or time, counters, place label and buttons, and nothing else."""
    if len(text) > ps._STAMP_LEN or not (ps._WHEN.search(text) or ps._COUNTER.search(text)):
        return False
    left = _BUTTON_WORDS.sub(" ", ps._IP.sub(" ", ps._COUNTER.sub(" ", ps._WHEN.sub(" ", text))))
    return not re.search(r"[\u3400-\u9fffA-Za-z0-9]", left)


#: The comment box's own words: its button, its login prompt, its civility slogan and disclaimer
#: ("我要评论　请登录后发言，文明上网，理性发言", "网友评论仅供其表达个人看法，并不表明本站立场"), and its
#: count over the box ("已有1,284条评论，登录后参与评论").
_BOX_PHRASE = re.compile(
    r"(?:请|請)?(?:先)?(?:登录|登錄|登入)(?:后|後)?(?:再|即可|才能)?(?:发言|發言|评论|評論|留言|发表评论|發表評論|参与讨论|參與討論|参与评论|參與評論)|"
    r"(?:已有|共有|共)\s*[\d,，.]+\s*[万萬]?\s*(?:条|條|则|則|个|個)(?:评论|評論|留言|回复|回覆)|"
    r"我要(?:评论|評論|留言|发言|發言)|我(?:来|來)说两句|我(?:来|來)說兩句|(?:发表|發表|写|寫)(?:评论|評論)|说点什么|說點什麼|"
    r"文明上网|文明上網|理性发言|理性發言|文明发言|文明發言|"
    r"(?:网友|網友)(?:评论|評論)仅供其?表达个人看法[，,]?并不表明[^\s，。]{1,12}立场|"
    r"(?:網友|网友)(?:評論|评论)僅供其?表達個人看法[，,]?並不表明[^\s，。]{1,12}立場")
#: The box's rules over the comments ("請遵守留言規範，發表不當言論者將被刪除留言。"): the site's words, no reader's.
_BOX_RULES = re.compile(r"^[^。！？]{0,30}(?:(?:请|請)(?:遵守|遵循)[^。！？]{0,12}(?:规范|規範|规则|規則|守则|守則|公约|公約)|"
                        r"(?:不当|不當|违规|違規|违法|違法)(?:言论|言論|留言|内容|內容)[^。！？]{0,12}(?:删除|刪除))[^。！？]{0,30}[。！!]?\s*$")
#: A commenter's name with the comment's time glued to it ("阿德哥2024/10/31 20:02": two spans of the page run together).
_NAME_STAMP = re.compile(r"^(?P<name>\S.{0,23}?)[ \u3000]*(?P<stamp>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                         r"(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
_BOX_GAP = re.compile(r"[\s\u3000,，。.、!！|｜·]+")


def _box_words_only(t: str) -> bool:
    """A line made only of the comment box's own words (button, login prompt, civility slogan)."""
    return bool(_BOX_PHRASE.search(t)) and not _BOX_GAP.sub("", _BOX_PHRASE.sub("", t))


def _box_line(t: str) -> bool:
    """A line of the comment box that is no comment: its input box or app prompt with the page's
    buttons (emoji and button words) around it."""
    bare = re.sub(r"(?<!\S)[@#＠](?!\S)", " ", _BUTTON_WORD.sub(" ", _SYMBOLS.sub(" ", t))).strip()
    return not bare and t != "" or bool(bare) and bare != t and bool(ps._INPUT.match(bare) or _FURNITURE.match(bare)) \
        or bool(_APP_PROMPT.match(t)) or _box_words_only(t)


def open_section(doc, block: Chunk, note: str) -> None:
    """Make ``block`` (a comments head line) the head of the readers' comments section."""
    doc.record(block.line, block.text, HEAD, "changed", note)
    block.kind, block.level, block.note, block.text = "h", 2, NOTE, HEAD
    block.marks = [(0, block.line)]


def open_before(doc, index: int, note: str) -> None:
    """Open the readers' comments section before block ``index`` (comments with no head)."""
    at = doc.blocks[index]
    doc.record(at.line, "", HEAD, "changed", note)
    doc.blocks.insert(index, Chunk("h", HEAD, [(0, at.line)], max(at.gap, 1), level=2, note=NOTE))


def head_index(doc) -> int | None:
    """The page's comments section's heading: never a post's own comments heading (rule ``feed_posts``), which a
    later post's heading (``model.POST_HEADING``) follows: the page's comments close the page."""
    from ...model import POST_HEADING
    for i, b in enumerate(doc.blocks):
        if b.kind == "h" and b.note != "feed_comments" and (b.note == NOTE or b.text.strip() in (HEAD, HEADS["zh-Hant"])):
            if b.level >= 3 and any(x.kind == "h" and POST_HEADING.match(x.text.strip()) for x in doc.blocks[i + 1:]):
                continue
            return i
    return None


def _name_line(text: str) -> str | None:
    t = text.strip()
    if _TEXT_END.search(t) or _AT_REPLY.match(t):
        return None
    got = ps._name(t) if len(t) <= ps._NAME_LEN + 8 else None
    if got:
        return f"{got[0]}（{got[1]}）" if got[1] else got[0]
    signed = ps.signed_row(t)
    return signed


_TEXT_END = re.compile(r"[。！？!?…~～]$|[，,；;]")


def _items(blocks: list[Chunk]) -> list[list[Chunk]]:
    """The comments: runs of lines, a new one at a blank line, a removed stamp row, or a name line."""
    items: list[list[Chunk]] = []
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        named = nxt is not None and nxt.gap == 0 and not nxt.starts and _name_line(b.text) is not None \
            and _name_line(nxt.text) is None
        after_name = bool(items) and (_AUTHOR_REPLY.match(items[-1][-1].text) or _name_line(items[-1][-1].text))
        new = not items or b.gap > 0 or b.starts or b.kind != "line" or named or bool(_AUTHOR_REPLY.match(b.text)) \
            or bool(_AT_REPLY.match(b.text)) \
            or ((_LABELLED.match(b.text) is not None or _REPLY_LABEL.match(b.text) is not None) and not after_name)
        if new:
            items.append([b])
        else:
            items[-1].append(b)
    return items


def _join(parts: list[str]) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if out and out[-1].isascii() and out[-1].isalnum() and p[:1].isascii() and p[:1].isalnum():
            out += " "
        out += p
    return out


def apply(doc):
    k = head_index(doc)
    if k is None:
        return
    head = doc.blocks[k]
    want = HEADS.get(detect_script(doc.text[:_SAMPLE]), HEAD)
    if head.text != want:
        doc.record(head.line, head.text, want, "changed", "the readers' comments section's heading, in the source's script")
        head.text = want
    head.kind, head.level, head.note = "h", 2, NOTE
    region = doc.blocks[k + 1:]
    kept: list[Chunk] = []
    with doc.batch():
        for b in region:
            t = b.text.strip()
            if b.kind == "h" and not is_head(t) and not _FURNITURE.match(t):
                b.kind = "line"  # a short comment read as a heading
            if len(t) > _LONG:
                kept.append(b)  # a long text is a comment, never the box's furniture
                continue
            if not t or is_head(t) or _FURNITURE.match(t) or ps._CONTROL.match(t) or ps._INPUT.match(t) \
                    or ps.stamp_row(t) or ps._control_bar(t) or _stamp_only(t) or _box_line(t) or _BOX_RULES.match(t):
                doc.remove(b, "the comment box's furniture (a prompt, a count, a button or a like count)",
                           separates=True)
                continue
            glued = _NAME_STAMP.match(b.text)
            if glued and re.search(r"[\u3400-\u9fffA-Za-z]", glued.group("name")) and _name_line(glued.group("name")):
                doc.edit(b, glued.end("name"), len(b.text), "", "a comment's time glued to its commenter's name")
                kept.append(b)
                continue
            m = _TRAILING.search(b.text) if len(b.text) <= _LONG else None  # (no rescans of a long line)
            if m and m.start() > 0:
                doc.edit(b, m.start(), len(b.text), "", "a comment's buttons and like count")
            kept.append(b)
    # a removed line between two lines of the box parted them (batch() set their gap)
    voice = "網友" if want == HEADS["zh-Hant"] else "网友"
    out: list[Chunk] = []
    carried = None
    for item in _items(kept):
        name = None
        lines = list(item)
        if len(lines) == 1 and (_AUTHOR_REPLY.match(lines[0].text) or _name_line(lines[0].text)) and carried is None:
            # a name over its comment's stamp row (removed): it labels the next comment
            carried = lines[0]
            continue
        if carried is not None:
            lines.insert(0, carried)
            carried = None
        if len(lines) >= 2 and (_AUTHOR_REPLY.match(lines[0].text) or _name_line(lines[0].text)):
            name = _AUTHOR_REPLY.match(lines[0].text) and "作者" or _name_line(lines[0].text)
            lines.pop(0)
        first = lines[0]
        text = _join([b.text for b in lines])
        if not re.search(r"[\u3400-\u9fffA-Za-z]", text) or _MENU.search(text):
            doc.record(first.line, text, "", "removed", "a line of the comment box with no words, or links side by side")
            continue
        m = _LABELLED.match(text)
        reply = _REPLY_LABEL.match(text)
        at = _AT_REPLY.match(text) if not name and not reply and not m else None
        if reply and not name:
            label, text = f"{reply.group(1)}（回复{reply.group(2)}）：", text[reply.end():].lstrip()
        elif at:  # an unnamed reader's reply to another commenter
            who = re.match(r"\s*[@＠]([^\s：:@＠]{1,16})[ \u3000]+", text)
            label, text = f"{voice}（{'回覆' if voice == '網友' else '回复'}{who.group(1)}）：", text[who.end():].lstrip()
        elif name:
            label = f"{name}："
        elif m:
            label, text = f"{m.group(1)}：", text[m.end():].lstrip()
        elif _SAYS.search(text) and not _MENU.search(text):
            label = f"{voice}："
        else:  # no commenter and no sentence: a box's title or links left in the section, never a comment
            doc.record(first.line, text, "", "removed", "a line under the comments that is no comment (no "
                       "commenter, no sentence: a box's title, links)")
            continue
        new = label + text.strip()
        if new != first.text or len(lines) > 1:
            doc.record(first.line, _join([b.text for b in item]), new, "changed",
                       "a reader's comment: one paragraph, opening on its commenter's name")
        first.text, first.kind, first.starts, first.gap = new, "p", True, max(first.gap, 1)
        first.marks = [(0, first.line)]
        out.append(first)
    if carried is not None:
        doc.record(carried.line, carried.text, "", "removed", "a commenter's name over no comment")
    doc.blocks[:] = doc.blocks[:k + 1] + out
    if not out:  # the head was a count or a box's title over no comment: it leaves as it was printed
        printed = next((e.before for e in doc.audit if e.line == head.line and e.after == HEAD and e.before), "")
        doc.record(head.line, printed or head.text, "", "removed", "a comments head over no comment")
        del doc.blocks[k]


#: A reader's comment: opened by a handle, or closed by its like count (``…  赞 2,341``).
_LIKED = re.compile(r"(?:赞|讚|贊|点赞|點讚|👍|♥|❤|likes?)\s*[:：]?\s*\d[\d,.]*\s*(?:万|萬|[kKwW])?\s*$")
_HANDLE = re.compile(r"^\s*@[^\s：:]{1,24}(?:[（(][^）)]{1,8}[）)])?\s*(?:回复|回覆|回復)?\s*(?:@[^\s：:]{1,24})?\s*[：:]")


def headless(doc) -> None:
    """Readers' comments under the text with no head of their own (called by ``page_layout``): the
    page's last lines, each a comment opened by a handle or closed by its like count, or a short line
    between them (a reply's time, a "more replies" control), when two of them or more carry a like
    count: the section opens over them."""
    bl = doc.blocks
    k = len(bl)
    while k > 0 and bl[k - 1].kind == "line" and (_LIKED.search(bl[k - 1].text) or _HANDLE.match(bl[k - 1].text)
                                                    or len(bl[k - 1].text) <= 30 and not re.search(r"[。！？]", bl[k - 1].text)):
        k -= 1
    while k < len(bl) and not (_LIKED.search(bl[k].text) or _HANDLE.match(bl[k].text)):
        k += 1  # the run starts at a comment, never at a short line of the text above
    run = bl[k:]
    if k < len(bl) // 3 or sum(1 for b in run if _LIKED.search(b.text)) < 2:
        return
    if any(b.kind == "h" and b.note == NOTE for b in bl[:k]):
        return  # already in the comments section
    open_before(doc, k, "readers' comments under the text (handles, like counts): kept as their own section "
                "(rule comments), never as the article's text")
