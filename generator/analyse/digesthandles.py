"""Who posted is no search term: a name an article writes only where a block says who wrote it.

A chat export, a forum thread saved as text, a comment section or an app note's replies label each
block with its author: a line opening "X：" or "X（…）：", a byline line of its own ("#2 X 2024-07-12
13:11", "3楼 X", "X 发表于 2024-03-02"), a reply's target ("回复X："). A name written only there is the
poster's handle or display name, not what the article is about; a name someone writes in what they
say, or that a transcript introduces ("本期嘉宾沈一帆", "副局长邹明："), is. Read on the page's
structure, never on the words of a name. Returns data only.
"""

from __future__ import annotations

import re

__all__ = ["label_only", "in_labels_only"]

_STAMP = r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
_FLOOR = r"(?:#\d{1,4}|\d{1,4}\s*[楼樓#]|第\s*\d{1,4}\s*[楼樓])"


#: What a labelled line says when it introduces its name rather than gives their turn: a short description
#: with no sentence's end and no shared link ("前自动驾驶公司感知算法工程师，现为独立研究者", "武汉网约车司机，跑车6年（电话连线）").
_INTRODUCES = re.compile(r"[^。！？!?…～~|｜：:@]{4,40}")


def label_only(name: str, paragraphs: list[str]) -> bool:
    """True when every place ``paragraphs`` (simplified texts) write ``name`` is an author's label
    of a block: the opening "name：" / "name（…）：" of a line (after a stamp at most, never after a
    role or an office, which introduce the speaker), a byline line (a floor or a stamp with the name
    and nothing else), or a reply's target. At least one place is a label."""
    low = name.lower()
    if len(low) < 2:
        return False
    texts = [p.lower() for p in paragraphs if low in p.lower()]
    if not texts:
        return False
    w = re.escape(low)
    opening = re.compile(rf"^\s*(?:\[?{_STAMP}\]?\s*)?{w}\s*(?:[（(][^（()）：:]{{0,24}}[）)])?\s*[：:]")
    byline = re.compile(rf"^\s*(?:{_FLOOR}\s*{w}\s*(?:[·・|｜]\s*)?{_STAMP}|{w}\s*(?:发表于|发布于|于)?\s*"
                        rf"(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)"
                        rf"\s*(?:[（(][\u4e00-\u9fff]{{1,6}}[）)])?\s*$")
    reply = re.compile(rf"回复\s*@?{w}\s*[：:]|@{w}")
    labels = 0
    for t in texts:
        if byline.match(t):
            labels += t.count(low)
            continue
        m = opening.match(t)
        if m and not labels and _INTRODUCES.fullmatch(t[m.end():].strip()):
            # the name's first labelled line a description ("沈一帆：前自动驾驶公司工程师，现为独立研究者"):
            # a guest list introduces its guest before they speak
            return False
        labels += (1 if m else 0) + len(reply.findall(t))
    return labels > 0 and labels >= sum(t.count(low) for t in texts)


#: A line's author label with a note in brackets ("老周（武昌-快车）：", "阿杰（领队）：", "小王(楼主)："): the note says
#: who the author is in the chat or thread, never what the page is about.
_NOTED_LABEL = re.compile(r"^\s*[^：:，。！？\s（()）]{1,20}[（(][^（()）：:]{1,24}[）)]\s*[：:]")


def in_labels_only(word: str, paragraphs: list[str]) -> bool:
    """True when every place ``paragraphs`` write ``word`` is inside a line's author label with a note
    ("群主" of "刘哥（群主）：", "领队" of "阿杰（领队）："): a member's role in the chat, no search term."""
    low = word.lower()
    texts = [p.lower() for p in paragraphs if low in p.lower()]
    if not texts:
        return False
    inside = 0
    for t in texts:
        m = _NOTED_LABEL.match(t)
        inside += m.group(0).count(low) if m else 0
    return inside >= sum(t.count(low) for t in texts)
