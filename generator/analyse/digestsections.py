"""What an article in headed sections owes its digest: a line for each of its main sections.

An article cut by its writer into sections ("## 概念股该狂飙还是该瑟瑟发抖？", "## 五、应用展望") says
what each section is about in its heading; a summary of a few lines chosen by how central they are to
the whole speaks for the section that repeats the article's main words and passes over the others (a
section listing the stocks that moved, the ways to make money, what the company heads said). So:

* a **main section** (a top-level heading, ``h2``, not the page's apparatus nor a second piece, holding
  a tenth of the article's paragraphs or two paragraphs at least) is spoken for by one of its own
  sentences, when the summary has room (``digestsummary`` weighs that in choosing its points);
* a section that is a **list of items** (three sub-headings or more under it, each a short title:
  "5.1 搞流量", "5.2 卖账号", "6.1 360 董事长周鸿祎") is summed up by its heading and its items
  ("应用展望：搞流量、卖账号、卖课程…等13项"), since no one sentence of it says what it lists.

Read from the article's headings only, for any topic.
"""

from __future__ import annotations

import re

from .digestpieces import _APPARATUS_HEAD

__all__ = ["Section", "main_sections", "list_line", "with_lists", "listed_sections", "LIST_ITEMS_SHOWN", "LIST_LINES"]

#: How many list sections a summary sums up at most (the ones that hold the most text).
LIST_LINES = 2
#: How many of a list section's items its line names (the rest are counted: "…等13项").
LIST_ITEMS_SHOWN = 8
#: The longest an item's title may be (in characters) for the section to read as a list of items.
ITEM_MAX = 40

#: A heading's own number ("五、", "5.1 ", "（三）", "第二部分", "Part 2"): the outline's, not its words.
_HEAD_NUMBER = re.compile(r"^\s*(?:第[一二三四五六七八九十百]+(?:部分|章|节|節)[：:、\s]*|[一二三四五六七八九十]+[、.．]\s*"
                          r"|[（(][一二三四五六七八九十\d]+[)）]\s*|\d+(?:\\?\.\d+)+\s+|\d+[、．]\s*|\d+\\?\.\s+)(?=\S)")
#: An editor's note in a heading ("（原文为图片，未收录）"): about the copy, not the section.
_HEAD_NOTE = re.compile(r"\s*[（(][^（）()]*(?:原文|未收录|未收錄|图片|圖片|见下|見下)[^（）()]*[)）]\s*")
#: A heading that opens the piece ("写在前面", "前言", "引言"): the lead's, which the thesis speaks for.
_PREFACE_HEAD = re.compile(r"^\s*(?:写在前面|寫在前面|前言|引言|导语|導語|序言?|开篇|開篇|编者按|編者按|摘要|概要|提要)\s*[：:]?\s*$")
#: An item that is a reading, not a point: a document, a report, a collection, a link ("券商报告", "腾讯科技拆解文",
#: "2 月 24 日合集", "央视报道", "《千秋诗颂》"). A section whose items are mostly readings is a reading list.
_READING = re.compile(r"报告|報告|纪要|紀要|论文|論文|笔记|筆記|解读|解讀|拆解|分析文|报道|報道|報導|资料|資料|合集|示例|案例|盘点|"
                      r"盤點|链接|鏈接|連結|原文|文章|书单|書單|阅读|閱讀|^《[^》]+》$")
#: A heading that opens further reading ("延伸学习", "拓展阅读", "学习资料"): the page's apparatus.
_FURTHER = re.compile(r"延伸|拓展|扩展阅读|擴展閱讀|学习资料|學習資料|参考|參考|推荐|推薦")
#: A heading that is a clock time, a day or a post's heading: a live text's or a thread's, no section.
_STAMP_HEAD = re.compile(r"^\s*(?:\d{1,2}[:：]\d{2}|\d{4}[-/.年]\d{1,2}|\d{1,2}月\d{1,2}[日号]|\d+\s*[楼樓])")


class Section:
    """A main section: its heading (without its number), its paragraph ids in order, and its items when
    it is a list of short sub-headings."""

    __slots__ = ("title", "paragraphs", "items", "size")

    def __init__(self, title: str, paragraphs: tuple[str, ...], items: tuple[str, ...], size: int = 0) -> None:
        self.title = title
        self.paragraphs = paragraphs
        self.items = items
        self.size = size
        """How many characters its paragraphs hold."""

    def __repr__(self) -> str:
        return f"Section({self.title!r}, {len(self.paragraphs)} paragraphs, {len(self.items)} items)"


def heading_words(text: str) -> str:
    """A heading without its number and an editor's note ("5.1 搞流量" → "搞流量", "6.1 360 董事长周鸿祎
    （原文为图片，未收录）" → "360 董事长周鸿祎")."""
    text = _HEAD_NOTE.sub("", text).strip()
    m = _HEAD_NUMBER.match(text)
    rest = text[m.end():].strip() if m else text
    return rest or text


def main_sections(article, apart=frozenset()) -> list[Section]:
    """The article's main sections (see the module's note), in reading order; none when it has fewer
    than two top-level headings. ``apart``: paragraphs that are no part of the article's own sections
    (a second piece, readers' comments)."""
    blocks = [b for b in article.blocks if b.kind in ("h2", "h3", "p")]
    if sum(1 for b in blocks if b.kind == "h2") < 2:
        return []
    cut: list[tuple[str, list[str], list[str]]] = []  # (heading, paragraph ids, sub-headings)
    size = {b.id: len(b.text) for b in blocks if b.kind == "p"}
    for b in blocks:
        if b.kind == "h2":
            cut.append((b.text.strip(), [], []))
        elif not cut:
            continue  # (the lead before the first heading is no section: the thesis speaks for it)
        elif b.kind == "h3":
            cut[-1][2].append(b.text.strip())
        elif b.id not in apart:
            cut[-1][1].append(b.id)
    total = sum(1 for b in blocks if b.kind == "p" and b.id not in apart) or 1
    out = []
    for title, ids, subs in cut:
        words = heading_words(title)
        if not words or _APPARATUS_HEAD.match(words) or _STAMP_HEAD.match(words) or _PREFACE_HEAD.match(words) \
                or _FURTHER.search(words):
            continue
        items = tuple(dict.fromkeys(w for w in (heading_words(s) for s in subs) if w))
        readings = sum(1 for w in items if _READING.search(w))
        if items and readings * 2 >= len(items):
            continue  # a reading list ("技术原理剖析：官方技术报告文、…解读文、…拆解文"): the page's apparatus
        items = tuple(w for w in items if not _READING.search(w))
        listed = len(items) >= 3 and all(len(w) <= ITEM_MAX for w in items) \
            and not any(_STAMP_HEAD.match(w) for w in items)
        if listed or len(ids) >= 2 or len(ids) * 10 >= total:
            if ids or listed:
                out.append(Section(words, tuple(ids), items if listed else (), sum(size[p] for p in ids)))
    return out


def list_line(section: Section) -> str:
    """A list section's line: its heading and its items ("应用展望：搞流量、卖账号、…等13项")."""
    shown = section.items[:LIST_ITEMS_SHOWN]
    more = f"等{len(section.items)}项" if len(section.items) > len(shown) else ""
    head = section.title.rstrip("：:？?。 ")
    return f"{head}：{'、'.join(shown)}{more}"


def listed_sections(sections: list[Section]) -> list[Section]:
    """The list sections a summary may give a line: the ``LIST_LINES`` that hold the most text (a list whose
    items are explained says more than a bare one), in reading order."""
    lists = [x for x in sections if x.items]
    kept = set(map(id, sorted(lists, key=lambda x: -x.size)[:LIST_LINES]))
    return [x for x in lists if id(x) in kept]


def with_lists(summary: list, listed: list[Section], article) -> list:
    """The summary with a line for each list section (``list_line``), set among its points in reading order
    (after the thesis, before the conclusion). The line takes the place of the points drawn from the
    section (one item's sentence speaks for one item, not the list); a section the thesis or the conclusion
    is drawn from has no list line. Unchanged when the summary is empty (nothing read alone)."""
    if not summary or not listed:
        return summary
    from .model import SummarySentence

    order = {b.id: i for i, b in enumerate(article.blocks) if b.id}
    framed = {s.paragraph for s in summary if s.role != "point"}
    listed = listed_sections([x for x in listed if not framed & set(x.paragraphs)])
    if not listed:
        return summary
    inside = {p for x in listed for p in x.paragraphs}
    lines = [SummarySentence(list_line(x), x.paragraphs[0] if x.paragraphs else "", role="point") for x in listed]
    head = [s for s in summary if s.role == "thesis"]
    tail = [s for s in summary if s.role not in ("thesis", "point")]
    points = sorted([s for s in summary if s.role == "point" and s.paragraph not in inside] + lines,
                    key=lambda s: order.get(s.paragraph, 1 << 30))
    return head + points + tail
