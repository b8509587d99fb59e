"""A page's interaction counters: how many people viewed, liked, shared or answered a post
("3.4万次查看", "128 回复　416 转帖　1,872 喜欢", "赞 1377", "1.2k views"). They count the page's
readers, never what the story is about: no key figure, and no event on the date they stand by.
Read by shape (a bare number glued to an interaction word, or an interaction word labelling a bare
number), never by topic: the same on a microblog thread, a Q&A page, a video page or a forum.
A number a sentence reports ("视频获得3万次播放", "播放量突破1亿") is qualified by a verb or an
approximation before it, and stays a figure."""

from __future__ import annotations

import re

#: What a counter counts, right after its number (a measure word may stand between).
_WORD = (r"(?:查看|浏览|阅读|播放|观看|回复|评论|转帖|转发|转推|转载|分享|喜欢|点赞|赞同|赞|收藏|在看|关注)"
         r"|(?:views?|likes?|reposts?|retweets?|replies|comments|shares|bookmarks|quotes)\b")
_AFTER = re.compile(r"\s*(?:[万千kKwW]\s*)?(?:次|个|条|人)?\s*(?:" + _WORD + r")(?!率|量|数|者|了|过|的)", re.I)
#: A label before a bare number: "赞 1377", "点赞：2.1万", "Views 3,201".
_BEFORE = re.compile(r"(?:^|(?<=[\s·|｜，,]))(?:赞|点赞|收藏|评论|转发|回复|分享|喜欢|关注|粉丝|贴子|帖子|主题|签到|"
                     r"Likes?|Views?|Followers?)\s*[:：]?\s*$", re.I)
#: What makes a number a reported figure rather than the page's own count.
_QUALIFIED = re.compile(r"(?:获得|获|达到?|超过?|突破|破|约|近|逾|累计|共计?|有|合计|总|高达|仅|只有|多达)\s*$")
#: A whole run of counters, for text that should read without them.
COUNTER_RUN = re.compile(r"(?:[·|｜]\s*)?(?<![\d.,])\d[\d,.]*\s*(?:[万千kKwW]\s*)?(?:次|个|条|人)?\s*(?:" + _WORD + r")"
                         r"(?:[\s　]*\d[\d,.]*\s*(?:[万千kKwW]\s*)?(?:次|个|条|人)?\s*(?:" + _WORD + r"))*", re.I)


def is_counter(text: str, start: int, end: int) -> bool:
    """The number written at ``text[start:end]`` is a page's counter: a bare number (no verb or
    approximation before it) glued to an interaction word, or labelled by one."""
    if _QUALIFIED.search(text, max(0, start - 4), start):
        return False
    return bool(_AFTER.match(text, end) or _BEFORE.search(text[max(0, start - 6):start]))


def without_counters(text: str) -> str:
    """``text`` with its counter runs blanked (same length, so offsets hold)."""
    return COUNTER_RUN.sub(lambda m: " " * len(m.group(0)), text)


#: A bullet dot opening a text ("· 五一假期…", "•…"), never the dot inside a transliterated name.
_BULLET = re.compile(r"[·•・]")


def headline_run(text: str) -> bool:
    """A run of headlines a page lists as links ("· A完成验证飞行 · B首航机票开售 · 热门推荐…"),
    read as one sentence when the cleaner fused the lines: the text opens on a bullet dot and holds
    two items or more of eight characters or more. A name's dot ("米拉·穆拉蒂") never opens a text."""
    t = text.lstrip(" \u3000\t")
    if not t or not _BULLET.match(t):
        return False
    items = [seg for seg in _BULLET.split(t)[1:] if len(re.sub(r"\s", "", seg)) >= 8]
    return len(items) >= 2
