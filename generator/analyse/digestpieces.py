"""Where an article's parts begin and end, as its digest reads them: a second piece printed in the
same source (a report followed by a signed commentary with its own title: "笔者认为…"), the
article's closing section (a last heading such as "记者观察｜…", "结语", under which the article
draws its conclusion), the paragraphs that write what its headline claims, a document's own summary
("重要内容提示：", "【导语】") and a live blog's order. Read from the article's headings, its headline
and the voice of the paragraphs, for any topic."""

from __future__ import annotations

import re
from dataclasses import replace

from .text import Sentence

__all__ = ["Piece", "second_piece", "closing_section", "in_time_order", "abstract_paragraphs", "headline_paragraphs", "without_likewise", "likewise_only"]

#: The writer's own voice taking a position, outside any quotation ("笔者认为", "在笔者看来", "本报评论员",
#: "本报认为", "编者按"): a commentary, not a report of what others say.
_OWN_VOICE = re.compile(r"笔者|本报评论员|本刊评论员|(?:本报|本刊|本台)认为|编者按|编后语?[：:]")
#: A quotation (its words are someone else's).
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’")


class Piece:
    """A second piece of the source: its title (the heading that opens it) and its paragraph ids."""

    __slots__ = ("title", "paragraphs")

    def __init__(self, title: str, paragraphs: tuple[str, ...]) -> None:
        self.title = title
        self.paragraphs = paragraphs


def _sections(article) -> list[tuple[str, list]]:
    """The article's body cut at its headings: (heading text, paragraph blocks), the first with ''."""
    out: list[tuple[str, list]] = [("", [])]
    for b in article.blocks:
        if b.kind in ("h2", "h3"):
            out.append((b.text.strip(), []))
        elif b.kind == "p":
            out[-1][1].append(b)
    return out


def _own_voice(text: str) -> bool:
    return bool(_OWN_VOICE.search(_QUOTED.sub("", text)))


def second_piece(article, simple_of) -> Piece | None:
    """A signed piece printed after the report in the same source: a heading, three paragraphs or
    more of the article before it, two or more after it, whose first two paragraphs speak in the
    writer's own voice ("笔者认为，…") where nothing before the heading did. The piece runs to the
    article's end (a commentary's own "第一，…第二，…" items are its paragraphs, not other pieces)."""
    sections = _sections(article)
    before = 0
    for k, (title, paras) in enumerate(sections):
        if k and title and before >= 3:
            rest = [p for _, ps in sections[k:] for p in ps]
            opening = " ".join(simple_of(p.text) for p in paras[:2])
            earlier = [p for _, ps in sections[:k] for p in ps]
            if len(rest) >= 2 and len(paras) >= 1 and _own_voice(opening) \
                    and not any(_own_voice(simple_of(p.text)) for p in earlier):
                return Piece(title, tuple(p.id for p in rest))
        before += len(paras)
    return None


#: A last heading that opens the page's apparatus, not the article's close: a table's or a figure's title
#: ("表1：…"), an appendix, a timeline, references, notes, a disclaimer, readers' comments, a thread's post.
_APPARATUS_HEAD = re.compile(r"^\s*(?:[表图圖]\s*\d|附|时间线|時間線|大事记|大事記|年表|参考|參考|注释|註釋|注解|外部链接|外部連結|"
                             r"相关|相關|延伸阅读|延伸閱讀|免责|免責|声明|聲明|重要声明|风险提示|風險提示|读者|讀者|评论区|"
                             r"評論區|作者简介|作者簡介|资料来源|資料來源|数据来源|數據來源|\d{1,4}\s*[楼樓])")


def closing_section(article, apart=frozenset()) -> frozenset[str]:
    """The paragraph ids of the article's closing section: the last heading's, when the article has
    two headed sections or more and the last one holds two paragraphs or more in the last half of
    the article (a feature's "记者观察｜它为什么没有诞生在中国？"); empty otherwise. ``apart``: the
    paragraphs of a second piece (``second_piece``), no part of the article's sections."""
    sections = [(t, [p for p in ps if p.id not in apart]) for t, ps in _sections(article)]
    while len(sections) > 1 and not sections[-1][1]:
        sections.pop()
    headed = [(t, ps) for t, ps in sections[1:] if t]
    if len(headed) < 2:
        return frozenset()
    title, paras = sections[-1]
    total = sum(len(ps) for _, ps in sections)
    if not title or _APPARATUS_HEAD.match(title) or len(paras) < 2 or total == 0 or len(paras) * 2 > total:
        return frozenset()
    return frozenset(p.id for p in paras)


#: A character run of a headline (its clauses are set apart by spaces, marks or bars).
_HEAD_RUN = re.compile(r"[\u4e00-\u9fff]{5,}")


def _claimed_phrases(run: str) -> list[str]:
    """What a headline clause makes a claim about: the words before its closing predicate, an adjective or a
    verb, and their shorter tails of whole words, four characters or more, longest first ("电动渡轮燃油成本",
    "渡轮燃油成本", "燃油成本" of "电动渡轮燃油成本高"); none when the clause names a thing ("…处理水排放事件",
    "…的温馨提示")."""
    from .keywords import tokens
    from .namefind import word_tag

    words = [w for w in tokens(run) if w.strip()]
    if len(words) < 2 or not (word_tag(words[-1]) or "").startswith(("a", "v")) or word_tag(words[-1]) == "vn":
        return []
    before = words[:-1]
    return [p for p in ("".join(before[k:]) for k in range(len(before))) if len(p) >= 4]


def headline_paragraphs(sents, title: str, topic_terms=()) -> frozenset[str]:
    """The paragraphs that state what the headline claims: the phrase a headline clause closes on a
    predicate about ("使用成本" of "Sora使用成本高"), when the article writes it in one or two paragraphs
    only (a phrase written everywhere, or one of the topic's own words, marks no place). An OCR page's
    headline names its core, wherever the page prints it; empty when no such phrase is written."""
    if not title:
        return frozenset()
    paragraphs = {}
    for s in sents:
        paragraphs.setdefault(s.paragraph, s.paragraph_simple)
    topic = [t.lower() for t in topic_terms if t]
    limit = max(2, len(paragraphs) // 10)
    out: set[str] = set()
    for run in _HEAD_RUN.findall(title):
        for phrase in _claimed_phrases(run):
            if any(t in phrase or phrase in t for t in topic):
                continue
            where = {pid for pid, text in paragraphs.items() if phrase in text}
            if where:  # (the longest phrase the article writes; written everywhere, it marks no place)
                out |= where if len(where) <= limit else set()
                break
    return frozenset(out)


#: A speaker said to agree with the one before ("于洪雷同样认为，…", "林园也表示，…"): the adverb points back.
#: (either script: a line is shown in the article's own)
_LIKEWISE = re.compile(r"^([^，。：“”「」]{1,30}?)(?:[也亦]?同[样樣]|亦|也)(?=(?:表示|指出|[称稱]|[说說]|[认認][为為]|[强強][调調]|坦言|提到))")


def without_likewise(text: str) -> str:
    """A thesis that opens on a speaker agreeing with the one before, read alone: the adverb left off
    ("于洪雷同样认为，…" → "于洪雷认为，…")."""
    return _LIKEWISE.sub(r"\1", text, count=1)


def likewise_only(text: str, leans) -> bool:
    """A sentence that leans on the one before only by saying its speaker agrees ("…同样认为，…")."""
    return leans(text) and not leans(without_likewise(text))


#: The label of a document's own summary ("重要内容提示：", "投资要点", "【导语】…", "内容提要："), alone in
#: its paragraph or opening it: a notice, a research note and a magazine state their thesis there.
_ABSTRACT_LABEL = re.compile(r"^\s*[【\[〖]?\s*(?:重要内容提示|重要提示|内容提示|投资要点|核心观点|内容提要|本文提要|"
                             r"提要|摘要|导语|导读|要点)\s*[】\]〗]?\s*[：:]?")
#: A section heading or a numbered section that ends a summary ("一、…", "（一）…", "1. …").
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))")


def abstract_paragraphs(article, simple_of) -> set[str]:
    """Ids of the paragraphs that make a document's own summary: the one a label opens ("【导语】…"),
    or, after a label alone ("重要内容提示："), those that follow up to the next heading or numbered
    section (five at most)."""
    out: set[str] = set()
    following = 0
    for b in article.blocks:
        if b.kind != "p":
            following = 0  # a heading ends the summary
            continue
        text = simple_of(b.text)
        m = _ABSTRACT_LABEL.match(text)
        if m and text[m.end():].strip():
            out.add(b.id)  # "【导语】5月28日，…": the summary is the paragraph itself
            following = 0
        elif m:
            following = 5
        elif following and not _SECTION.match(text):
            out.add(b.id)
            following -= 1
        else:
            following = 0
    return out


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)")


def in_time_order(article, sents: list[Sentence], salient: set | None):
    """A live blog written newest first (its clock-time headings, three or more, count down: "16:45",
    "16:10", …, "09:00") read in the order things happened, so its lead is the first entry and its
    conclusion the last one, not the opening "直播开始"; every other article as written."""
    clocks = [tuple(map(int, re.split(r"\s*[:：]\s*", b.text.strip())[:2])) for b in article.blocks
              if b.kind.startswith("h") and _CLOCK.fullmatch(b.text.strip())]
    down = sum(1 for a, b in zip(clocks, clocks[1:]) if b < a)
    if len(clocks) < 3 or 2 * down <= len(clocks) - 1 or not sents:
        return sents, salient
    top = max(s.para_index for s in sents)
    paragraphs = sorted({s.para_index for s in sents}, reverse=True)
    flipped = [s for p in paragraphs for s in sents if s.para_index == p]
    out = [replace(s, index=i, para_index=top - s.para_index) for i, s in enumerate(flipped)]
    renumber = {(s.article, s.index): (s.article, i) for i, s in enumerate(flipped)}
    return out, ({renumber.get(k, k) for k in salient} if salient else salient)
