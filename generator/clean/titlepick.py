"""Which line of a page is its headline, read from the page's structure.

A page's first lines hold more than the headline: the site's or account's banner, an issue line, a
label saying what kind of document it is, a post's time and client. None of them is a title:

- a **file name** (``000_presser``, ``IMG_2034``): Latin letters, digits, ``_ . -`` and no space;
- an **app's generic name** for a file, an export or a new document (``Exported Data``, ``Untitled``,
  ``Document 3``, ``未命名``, ``无标题``, ``新建文档``): the chrome of the tool that saved it;
- an **issue or volume line** (``第1021期｜2024年10月2日出刊｜两岸``, ``Vol. 12``);
- an **account's banner** (a name with a verification mark, ``某某说职场 V``);
- a **document-type label** (``证券研究报告``, ``每日简报``, ``节目逐字稿``): a short line that only
  names a kind of document;
- a **date or time line** (``9-18 20:55 来自 …``, ``2024/09/13 21:35``);
- a line **printed three times or more** on the page (a banner on every screenshot);
- a line of a **menu or a list of topic tags** (three short lines or more one under the other);
- a **message or timed turn** of a chat export or transcript (:mod:`generator.readers.lines`).

A line in parts (``节目名 第12期｜题目``, ``导出｜资料夹：新闻``) is judged part by part: a title when one part
reads as a headline, none when no part does. The headline is then the first line of the first screen,
above the text's first sentences, that reads as one (4 to 60 characters, no sentence end inside but a
Q&A page's question marks, not a speaker's turn or a credit) and
shares words with the text under it. A labelled subject field (``本集主题：…``, ``题目：…``, a live
stream's ``直播间：…``) names
it outright. A title an earlier rule took that is none of these is dropped (``drop_false_title``);
a title made of a name and a document label gives the outlet (``named_label``); a page with no
headline is flagged (``no_headline``), never titled by its file name.
"""

from __future__ import annotations

import re
from collections import Counter

from .text import han_count

__all__ = ["not_a_title", "title_parts", "question_line", "pick", "subject_field", "label_line", "repeated_lines", "remnant", "drop_false_title", "chrome_title", "restore_title",
           "named_label", "no_headline"]

_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*(?:[_.\-][A-Za-z0-9]+)+")
_ISSUE = re.compile(r"第\s*[\d一二三四五六七八九十百千零〇]{1,6}\s*[期號号卷](?![\u4e00-\u9fff]{0,3}[，。：:])|"
                    r"(?:^|[\s|｜])(?:Vol|No|Issue)\s*\.?\s*\d+|出刊|刊期|期号|期號", re.I)
#: A verification mark after an account's name: a lone V or a check mark at the end.
_VERIFIED = re.compile(r"(?:\s|^|(?<=[\u4e00-\u9fff]))[VvＶ]\s*$|[✓✔☑Ⓥ🅥]")
#: Nouns that name a kind of document: a short line made of one (with a qualifier of up to four
#: characters) says what the page is, not what it says.
_GENRE = (r"研究报告|研究報告|报告|報告|简报|簡報|研报|研報|点评|點評|纪要|紀要|实录|實錄|逐字稿|文字稿|文字实录|文字實錄|"
          r"快讯|快訊|简讯|簡訊|通讯|通訊|公告|新闻稿|新聞稿|周报|週報|日报|日報|月报|月報|晨报|晨報|晚报|晚報|早报|早報|"
          r"笔记|筆記|年报|年報|季报|季報|白皮书|白皮書|备忘录|備忘錄|通知|声明|聲明|专题|專題|特刊|"
          r"活动记录表|活動記錄表|记录表|記錄表|登记表|登記表|一览表|一覽表")
_LABEL_ONLY = re.compile(rf"^(?:[\u4e00-\u9fffA-Za-z]{{0,6}}\s*[·•・]?\s*)?(?:{_GENRE})$")
#: A programme or publication named in brackets, then a genre ("寰宇台《财经夜话》节目逐字稿").
_NAMED_GENRE = re.compile(rf"^[\u4e00-\u9fffA-Za-z]{{0,8}}《[^》]{{1,16}}》[\u4e00-\u9fff]{{0,4}}(?:{_GENRE})$")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s|$)|^\s*\d{1,2}[:：]\d{2}(?:\s|$)")
_SENTENCE_END = re.compile(r"[。；;]|[。！？!?…][”」』\"]?(?=.)")
_TURN = re.compile(r"^\s*(?:[【\[]?(?:問|问|答|Q\d*|A|Ｑ|Ａ|主持人|记者|記者)[】\]]?\s*[：:])")
_CREDIT = re.compile(r"^\s*[（(【\[]?\s*(?:文|图|圖|作者|撰文|记者|記者|编辑|編輯|摄影|攝影|来源|來源|编译|編譯)\s*[：:/／|｜丨]")
_FRAME = re.compile(r"^\s*(?:【([^【】]{4,60})】|\[([^\[\]]{4,60})\]|〖([^〖〗]{4,60})〗)\s*$")
#: A labelled subject: "本集主题：…", "题目：…", "标题：…".
_SUBJECT = re.compile(r"^\s*(?:(?:本[集期回场場篇次]|今日|今天|节目|節目|讲座|講座|会议|會議|直播|房间|房間)?\s*"
                      r"(?:主题|主題|题目|題目|标题|標題|话题|話題)|直播间|直播間)\s*[：:]\s*(\S.{3,58})$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ITEM = re.compile(r"^\s*(?:\d{1,3}\\?[.、．)）]|[（(]\d{1,3}[)）]|[①-⑳])")
#: The name a tool gives what it saves when nobody named it (an export, a new document, a sheet).
_GENERIC = re.compile(r"^(?:untitled(?: document| page| note)?|no title|new (?:document|note|page|file)|document|"
                      r"(?:exported?|export(?:ed)? (?:data|file|items|content)|data export|export file)|"
                      r"sheet|page|file|attachment|download|index|home|"
                      r"无标题(?:文档|文檔|页面|頁面)?|無標題(?:文件|文檔|頁面)?|未命名(?:文档|文檔|文件|笔记|筆記)?|"
                      r"新建(?:文本)?文档|新建(?:文本)?文檔|新文档|新文件|导出(?:数据|資料|数据文件)?|導出(?:數據|資料)?|"
                      r"汇出资料|匯出資料|数据导出|數據導出|文档|文檔|文件|附件|正文|无题|無題)"
                      r"(?:\s*[-_ (（#]?\s*\d{1,4}[)）]?)?(?:\.[A-Za-z0-9]{2,5})?$", re.I)
_SCREEN = 14  # blocks of the first screen looked at
_REPEATS = 3


#: A platform's name, a kind of recording and the document's kind in brackets ("X视频号 · 直播回放（文字稿）").
_BRACKETED_GENRE = re.compile(rf"^[\u4e00-\u9fffA-Za-z]{{0,8}}[·•・]?[\u4e00-\u9fff]{{0,4}}(?:{_GENRE}|回放|重播|录播|錄播)"
                              rf"[（(][\u4e00-\u9fff]{{0,4}}(?:{_GENRE})[）)]$")


def label_line(text: str) -> bool:
    """A short line that only names a kind of document ("证券研究报告", "早知财经 · 每日简报",
    "X视频号 · 直播回放（文字稿）")."""
    t = re.sub(r"[\s\u3000]+", "", text)
    return len(t) <= 14 and bool(_LABEL_ONLY.match(t)) or len(t) <= 30 and bool(_NAMED_GENRE.match(t) or _BRACKETED_GENRE.match(t))


#: Separators between the parts of a title line ("节目名 第12期｜题目", "X — Y", "X · Y").
_BAR = re.compile(r"\s*[｜|丨]\s*|\s+[—–]{1,2}\s+|\s*——\s*|\s+[·•]\s+")
#: A labelled field ("资料夹：游戏", "Folder: News"): a short label, a colon, a short value.
_FIELD_PART = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,5}\s*[：:]\s*[^\s，。,：:]{1,10}$")


def title_parts(text: str) -> list[str]:
    """The parts of a title line split on its separators (｜ | 丨, a spaced — or ·, ——)."""
    return [p.strip() for p in _BAR.split(text.strip()) if p.strip()]


def _headline_part(p: str) -> bool:
    return not _FIELD_PART.match(p) and han_count(p) >= 6 and _shape(p) and _whole_not_a_title(p) is None


def not_a_title(text: str) -> str | None:
    """Why ``text`` can never be an article's title (see the module), or None. A line in parts
    (separators ｜ | — ·) is judged part by part: it is a title when one part reads as a headline
    ("城市慢行电台 第12期｜共享单车退潮之后"), and none when no part does and one is a labelled field
    ("Reader 导出｜资料夹：新闻")."""
    t = text.strip()
    parts = title_parts(t) if len(t) <= 80 else []
    if len(parts) >= 2:
        if any(_headline_part(p) for p in parts):
            return None
        why = _whole_not_a_title(t)
        if why is None and any(_FIELD_PART.match(p) for p in parts):
            return "a header line of labels and fields, with no headline in it"
        return why
    return _whole_not_a_title(t)


def _whole_not_a_title(t: str) -> str | None:
    t = t.strip()
    if not t:
        return "empty"
    from ..model import POST_HEADING
    if POST_HEADING.match(t):
        return "a post's heading (its number and poster), written by the cleaner"
    from .linekinds import is_nav_bar
    if is_nav_bar(t):
        return "a site's navigation bar (a menu of short links)"
    if re.fullmatch(r"[【\[［〖]\s*[^】\]］〗\s]{1,8}\s*[】\]］〗]", t):
        return "a bracketed label of a segment (【导视】, 【解说】)"
    if len(t) <= 40 and re.match(r"^[^：:，。\s]{2,8}[：:]", t) and re.search(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}", t):
        return "a labelled field giving a date (导出时间：…, 发布时间：…)"
    if _FILE_NAME.fullmatch(t) and not _HAN.search(t):
        return "a file name"
    if _GENERIC.match(t):
        return "an app's generic name for a file or an export"
    if len(t) <= 60 and _ISSUE.search(t) and (re.search(r"[|｜丨]|\s{2,}|\u3000|\d{1,2}\s*[月/.-]\s*\d{1,2}", t)
                                          or len(_ISSUE.sub("", t).strip()) <= 2):
        return "an issue or volume line"
    if len(t) <= 30 and _VERIFIED.search(t):
        return "an account's banner (a name with a verification mark)"
    if label_line(t):
        return "a label naming a kind of document"
    if _DATE_LINE.match(t):
        return "a date or time line"
    if CRUMB.search(t):
        return "a site's breadcrumb (the path to the page's section)"
    return None


#: A breadcrumb: a section's name and the arrow to the page ("時事台 ＞", "首页 > 国际 > 科学").
CRUMB = re.compile(r"^[^。！？，]{1,30}?[>＞›»]\s*$|^[^。！？，>＞]{1,16}\s[>＞›»]\s[^。！？，]{1,40}$")


def repeated_lines(doc) -> set[str]:
    """Short lines the page prints three times or more (a banner on every screenshot)."""
    seen = Counter(ln.strip() for ln in doc.text.splitlines() if 0 < len(ln.strip()) <= 40)
    return {t for t, n in seen.items() if n >= _REPEATS}


def _bigrams(text: str) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i:i + 2] for i in range(len(han) - 1)}


def _unframed(text: str) -> str:
    m = _FRAME.match(text)
    return next(g for g in m.groups() if g) if m else text.strip()


def _shape(text: str) -> bool:
    """Reads as a headline: 4 to 60 characters, four Han or more, no sentence end inside it, no
    speaker's turn, credit or bracketed aside."""
    t = text.strip()
    if not (4 <= len(t) <= 60) or han_count(t) < 4 or t.endswith(("。", "，", "、", "：", ":")):
        return False
    if _SENTENCE_END.search(t) and not question_line(t):
        return False
    if _TURN.match(t) or _CREDIT.match(t) or (t[0] in "（(" and t[-1] in "）)"):
        return False
    return True


def question_line(text: str) -> bool:
    """A Q&A page's question: one line of 60 characters at most that ends on a question mark and
    ends no sentence inside but on ？ or ！ ("如何看待X？Y真的可行吗？")."""
    t = text.strip()
    return len(t) <= 60 and t.endswith(("？", "?")) and not re.search(r"[。；;]", t)


def _menu(bl, i) -> bool:
    """Block ``i`` is one of a run of three or more short lines (eight characters at most, no
    punctuation) written one under the other: a menu or a list of topic tags, never a headline."""
    def short(k):
        return 0 <= k < len(bl) and bl[k].kind == "line" and len(bl[k].text.strip()) <= 8 \
            and not re.search(r"[，。！？,.!?]", bl[k].text)
    if not short(i):
        return False
    lo = i
    while short(lo - 1) and bl[lo].gap == 0:
        lo -= 1
    hi = i
    while short(hi + 1) and bl[hi + 1].gap == 0:
        hi += 1
    return hi - lo >= 2


def _body_start(blocks) -> int:
    """Index of the first block of running text: two sentence ends, or a sentence end in a line of
    sixty characters or more."""
    for i, b in enumerate(blocks):
        ends = len(re.findall(r"[。！？!?]", b.text))
        if b.kind in ("line", "p") and (ends >= 2 or ends and len(b.text) >= 60) and not question_line(b.text):
            return i
    return len(blocks)


def subject_field(doc):
    """(block, subject) of a labelled subject field in the first screen, or None."""
    for b in doc.blocks[:_SCREEN]:
        m = _SUBJECT.match(b.text) if b.kind == "line" else None
        if m and _shape(m.group(1)):
            return b, m.group(1).strip()
    return None


def pick(doc):
    """(block, headline text) of the first line of the first screen that reads as the headline and
    shares two words (Han pairs) or more with the text under it; None when no line does."""
    bl = doc.blocks
    start = _body_start(bl)
    short = start >= len(bl) and bool(doc.chrome_title)
    if short:  # a short text under an app's chrome title: its first sentence of ten Han characters starts it
        start = next((i for i, b in enumerate(bl) if b.kind in ("line", "p") and han_count(b.text) >= 10
                      and re.search(r"[。！？]", b.text) and not question_line(b.text)), len(bl))
    if start >= len(bl):
        from .latin_wire import pick as latin_pick  # a page in a Latin script: its sentences end on ". "
        return latin_pick(doc)
    body = "".join(b.text for b in bl[start:start + 12])[:3000]
    words = _bigrams(body)
    banners = repeated_lines(doc)
    for i, b in enumerate(bl[:min(start, _SCREEN)]):
        if b.kind not in ("line", "h") or b.message or b.text.strip() in banners or not _starts(bl, i) or _menu(bl, i):
            continue
        t = _unframed(b.text)
        if not_a_title(t) or not _shape(t) or short and _ITEM.match(t):
            continue  # (in a short text of items, a numbered item's head is no headline)
        if len(_bigrams(t) & words) >= 2:
            return b, t
    return None


def _starts(bl, i) -> bool:
    """Block ``i`` starts a block of its own: a blank line before it, or a short line or a sentence
    end just above it (never the second line of a wrapped paragraph)."""
    if i == 0 or bl[i].gap > 0 or bl[i].kind == "h":
        return True
    prev = bl[i - 1].text.strip()
    return len(prev) <= 8 or bool(re.search(r"[。！？!?][”」』\"]?$", prev))


def remnant(bl, i) -> bool:
    """Block ``i + 1`` is the last few characters of the headline at ``i``, wrapped onto a line of
    their own ("…行业影响有⏎限")."""
    if i + 1 >= len(bl):
        return False
    nxt = bl[i + 1]
    return nxt.kind == "line" and nxt.gap == 0 and 1 <= len(nxt.text.strip()) <= 3 \
        and han_count(nxt.text) == len(nxt.text.strip())


def drop_false_title(doc) -> None:
    """A title an earlier rule took that is no title (a label naming the kind of document, an issue
    line, a file name: :func:`not_a_title`) is dropped, so the headline is read again."""
    title = doc.meta.get("title")
    why = not_a_title(title) if title else None
    if not why:
        return
    line = doc.meta_lines.pop("title", 1)
    del doc.meta["title"]
    m = re.search(r"《([^》]{2,16})》", title)
    if m and label_line(title) and not doc.meta.get("outlet") and not doc.declared.get("outlet"):
        doc.meta["outlet"] = m.group(1)  # "X台《节目》逐字稿": the programme
    doc.record(line, title, "", "metadata", f"taken as the title, but it is {why}: the headline is read again")


def chrome_title(doc) -> None:
    """A title the source declares (front matter, a page's ``<title>``, an export's field) that is
    the generic name the tool that saved it gives (``Exported Data``, ``未命名``), the source's own
    file name or the outlet's name: left out (recorded), so the content's headline is read instead. A line of such a
    generic name above the text leaves it (recorded)."""
    start = _body_start(doc.blocks)
    for b in list(doc.blocks[:min(start, _SCREEN)]):
        if b.kind in ("line", "h") and _GENERIC.match(b.text.strip()):
            doc.chrome_title = b.text.strip()
            doc.remove(b, "an app's generic name for a file or an export, above the text: chrome, never the "
                       "title", action="metadata", separates=True)
    title = (doc.declared.get("title") or "").strip()
    if not title:
        return
    from pathlib import PurePath
    stem = PurePath(doc.source).stem
    outlet = (doc.declared.get("outlet") or doc.meta.get("outlet") or "").strip()
    why = "an app's generic name for a file or an export" if _GENERIC.match(title) else ""
    if not why and (title in (stem, PurePath(doc.source).name) or _FILE_NAME.fullmatch(title) and not _HAN.search(title)):
        why = "the source's file name"
    elif not why and outlet and title == outlet:
        why = "the outlet's (site's) name"
    if why:
        doc.chrome_title = title
        del doc.declared["title"]
        doc.record(1, title, "", "metadata", f"the title the source declares is {why}, not a headline: "
                   "the headline is read from the content instead")
        if not _GENERIC.match(title):
            doc.withheld_title = title  # (given back when the content prints no headline)


def restore_title(doc) -> None:
    """A declared title that only names the outlet or the file comes back when the content prints
    no headline either (better than the text's first words); an app's generic name never does."""
    title, doc.withheld_title = doc.withheld_title, ""
    if title and not doc.meta.get("title") and not doc.declared.get("title"):
        doc.declared["title"] = title
        doc.record(1, title, title, "metadata", "the content prints no headline: the declared title stands")


def named_label(doc) -> None:
    """A title that is a name and a label naming the kind of document ("早知财经 · 每日简报"): the name
    is the outlet (the title stays: the page prints no other)."""
    title = doc.meta.get("title") or ""
    parts = [p.strip() for p in re.split(r"\s*[·•・｜|丨]\s*", title) if p.strip()]
    if len(parts) == 2 and label_line(parts[1]) and not label_line(parts[0]) and 2 <= len(parts[0]) <= 12 \
            and not doc.meta.get("outlet") and not doc.declared.get("outlet"):
        doc.meta["outlet"] = parts[0]
        doc.record(doc.meta_lines.get("title", 1), title, parts[0], "metadata",
                   "a name before a label naming the kind of document, in the title → outlet")


def no_headline(doc) -> None:
    """No headline on the page and none declared: the editor is told (the article then stands under
    its text's first words, see ``articles.first_words``; never under its file's name)."""
    if doc.meta.get("title") or doc.declared.get("title") or doc.markdown:
        return  # (Markdown and web pages: a clean text passes unchanged; their title is declared or a heading)
    first = next((b for b in doc.blocks if b.kind in ("line", "p") and han_count(b.text) >= 4), None)
    if first is not None:
        doc.flag(first.line, first.text[:30], "The page prints no headline: the article stands under its first "
                 "words. Set the title in content/sources.yml.")
