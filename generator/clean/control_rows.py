"""A page's controls and links to other pieces, left on a line of the text: furniture, never content.

The phenomenon: a page (a feed's item, a news site, an app's share page, an English wire page) prints,
under or beside each piece, a row of its own controls and links to other pieces: "read the full
text", "share to …", "join our channel", "related news: <another headline>". Saved as text, that row
becomes a line of the article, or is glued after its last paragraph's closing mark. A line is such a
row when **every part of it** (parts set apart by ｜ | 丨 or a wide space) is one of:

- a **read-more control** (阅读全文 », 閱讀全文, 查看全文, Read more, Continue reading);
- a **share control** (分享至 Facebook WhatsApp, 分享到：微博 微信, Share on X);
- a **follow or join prompt** naming a channel, group or account (加入X頻道, 关注公众号, Follow us on X);
- a **link to another piece** after its label (相关新闻：…, 延伸閱讀：…, Related: …): the rest of the
  line is that piece's headline, never a sentence.

A label of its own ("Related Coverage", "相关新闻", "Read more") over lines that are only other pieces'
headlines (short, no sentence) is a list of links: the label and the list leave. A control after a
paragraph's closing mark is cut from it. A line holding anything else (a sentence, a
figure in a clause) is no row of controls and stays.
"""

from __future__ import annotations

import re

_ARROWS = r"[\s]*[»›>→⟩▶︎»]*"
_READ = re.compile(r"(?:阅读全文|閱讀全文|查看全文|展开全文|展開全文|阅读原文|閱讀原文|阅读更多|閱讀更多|查看更多|显示全文|顯示全文|"
                   r"全文|详情|詳情|Read more|Read the full (?:story|article)|Continue reading|Full story|More)"
                   + _ARROWS + r"$", re.I)
_TARGETS = (r"Facebook|WhatsApp|Twitter|X|LINE|Line|Telegram|Threads|LinkedIn|Email|E-mail|Weibo|WeChat|微博|微信|"
            r"朋友圈|QQ|QQ空间|QQ空間|電郵|电邮|複製連結|复制链接|複製鏈接|Signal")
_SHARE = re.compile(rf"^(?:分享至|分享到|分享|轉發至|转发至|Share(?:\s+(?:on|to|this))?)\s*[:：]?\s*(?:(?:{_TARGETS})[\s、,，/]*)*$",
                    re.I)
_JOIN = re.compile(r"^(?:加入|关注|關注|追蹤|追踪|订阅|訂閱|Follow us on|Follow|Join|Subscribe to)\s*[^\s，。,.]{0,16}?"
                   r"(?:频道|頻道|群组|群組|社群|专页|專頁|公众号|公眾號|帳號|账号|賬號|channel|newsletter|group|"
                   r"WhatsApp|Telegram|Facebook|Instagram|YouTube|Twitter)\s*$", re.I)
_RELATED = re.compile(r"^(?:相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多新闻|更多新聞|相关报道|相關報道|"
                      r"相關報導|相关文章|相關文章|Related(?:\s+(?:coverage|stories|articles|news))?|See also|Also read|"
                      r"Read more|More on this)\s*[:：]\s*(\S.*)$", re.I)
_SPLIT = re.compile(r"\s*[｜|丨]\s*|[ \t]{2,}|\u3000+")
_SENTENCE = re.compile(r"[。；;]|[.!](?=\s+\S)")
_CLOSE = "。！？!?”」』）)"
_LONGEST = 90


def _part(p: str) -> bool:
    return bool(_READ.match(p) or _SHARE.match(p) or _JOIN.match(p))


def control_row(text: str) -> bool:
    """``text`` (one line) is only a row of a page's controls and links to other pieces."""
    t = text.strip()
    if not t or len(t) > _LONGEST:
        return False
    rest = t
    m = _RELATED.match(t)
    parts = []
    if m:
        return len(m.group(1)) <= 50 and not _SENTENCE.search(m.group(1))
    for p in _SPLIT.split(rest):
        if not p:
            continue
        r = _RELATED.match(p)
        if r:  # a link to another piece: the rest of the line is its headline
            tail = rest[rest.index(p):]
            return len(tail) <= 60 and not _SENTENCE.search(r.group(1)) and all(map(_part, parts)) and bool(parts)
        parts.append(p)
    return bool(parts) and all(map(_part, parts))


def control_tail(text: str) -> int | None:
    """Where a row of controls glued after the paragraph's last closing mark starts, or None."""
    t = text.rstrip()
    for i in range(max(0, len(t) - _LONGEST), len(t)):
        if t[i] in _CLOSE and i + 1 < len(t):
            tail = t[i + 1:]
            if tail.strip() and control_row(tail):
                return i + 1
    return None


#: The label of a list of links to other pieces, on a line of its own.
_LIST_LABEL = re.compile(r"^\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多新闻|更多新聞|相关报道|"
                         r"相關報道|相關報導|相关文章|相關文章|猜你喜欢|猜你喜歡|Related(?:\s+(?:Coverage|Stories|Articles|News|"
                         r"Content|Topics))?|Read more|More (?:from|on) [^.。]{1,30}|See also|Recommended|You may also like|"
                         r"Most read)\s*[:：]?\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:\\?[-–•·*]|\d{1,2}[.、])\s*")


def link_item(text: str) -> bool:
    """A line that is only another piece's headline: short, no sentence inside or at its end."""
    t = _BULLET.sub("", text.strip(), count=1).strip()
    if not t or t.endswith(("。", ".", "：", ":", "，", ",")) or _SENTENCE.search(t):
        return False
    return len(t.split()) <= 20 and len(t) <= 120 if re.match(r"[A-Za-z0-9\"'“‘]", t) and \
        not re.search(r"[\u4e00-\u9fff]", t) else len(t) <= 40


def _link_list(doc, blocks, i) -> list:
    """Block ``i`` labels a list of links to other pieces: the label and the link lines under it."""
    if not _LIST_LABEL.match(blocks[i].text):
        return []
    run, k = [], i + 1
    while k < len(blocks) and blocks[k].kind in ("line", "p") and blocks[k].gap <= 1 and link_item(blocks[k].text):
        run.append(blocks[k])
        k += 1
    return [blocks[i], *run] if run else []


def apply(doc) -> None:
    """Remove rows of controls and lists of links; cut a row glued after a paragraph's closing mark
    (each recorded)."""
    with doc.batch():
        blocks = list(doc.blocks)
        skip = set()
        for i, b in enumerate(blocks):
            if id(b) in skip or b.kind not in ("line", "p") or len(b.text) > 4000:
                continue
            listed = _link_list(doc, blocks, i)
            if listed:
                doc.remove(listed[0], "the label of a list of links to other pieces", separates=True)
                for r in listed[1:]:
                    skip.add(id(r))
                    doc.remove(r, "a link to another piece (its headline), under the label of a list of links",
                               separates=True)
                continue
            if control_row(b.text):
                doc.remove(b, "a row of the page's controls and links to other pieces (read more, share, join, "
                           "related news)", separates=True)
                continue
            k = control_tail(b.text)
            if k is not None:
                doc.edit(b, k, len(b.text), "", "a row of the page's controls glued after the paragraph's end")
