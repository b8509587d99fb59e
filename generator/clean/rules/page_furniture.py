"""A printed page's running heads, feet and jump lines, wherever the OCR put them: removed.

- **Running head or foot**: a short line made only of page furniture, with a page code in it: the
  page code (``A12``, ``第3版``, ``B3版``), the paper's name (the outlet already read, or a name
  ending in 日报/報/周刊 …), a section name (``財經版``, ``要闻``), the date, the weekday:
  ``A12    香港財經日報 財經版``, ``2023年5月6日 星期六 第3版 要闻``, ``財經 A12``; the paper's web
  address printed with them (``本報網址 www.x.com.tw``) is part of it.
- **Page number**: ``- 12 -``, ``第 12 页``, ``12/40``, ``Page 12`` on a line of their own (a bare
  number is left alone: it may be a table cell).
- **Running head or foot with a page counter**: a short line with no clause in it that counts the
  pages (``第2页/共4页``, ``第 3 頁，共 12 頁``, ``Page 2 of 4``, ``2/4页``) beside other words
  (``江州市人大常委会代表工作委员会　代表建议专用　第2页/共4页``, ``X证券研究所 | 请务必阅读… | 第1页/共12页``):
  whatever the words, a line that counts the pages out of a total is the page's furniture.
- **The masthead printed again** on a later page (the same paper's name and date line that the
  ``mastheads`` rule read at the top).
- **Jump line**: ``（下转第3版）``, ``（上接A1版）``, ``（转第5页）``, ``接上页`` (the page code in full-width
  letters and digits too: ``（轉Ａ１３版）``; an arrow beside it: ``（下转A4版▶）``) on its own line, or in brackets at the start or end of a line;
  a bracketed mark followed only by the story's jump head (``（接Ａ１２版）電動車關稅``: 16 characters at
  most, no clause mark) is a jump line with its head, and leaves whole.

Every removal is recorded. Only whole lines are removed, except the bracketed jump marks.
"""

import re

from .mastheads import _DATE, _EDITION, _PAPER, _WEEKDAY, read_masthead

NAME = "page_furniture"
_LONGEST = 64
_SPLIT = re.compile(r"[\s\u3000｜|丨/·•:：]+")  # (an e-paper's "第A03版：城市": the code and the section)
_PAGE_CODE = re.compile(r"[A-H]\d{1,2}|第?\s*[A-H]?\s*\d{1,3}\s*[版页頁]|第[一二三四五六七八九十]{1,3}[版页頁]|[A-H]\d{1,2}版")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–~·]\s*\d{1,4}\s*[-—–~·]|第\s*\d{1,4}\s*[页頁](?:\s*[/，,]?\s*共\s*\d{1,4}\s*[页頁])?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|(?:Page|PAGE|P\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)\s*$")
#: A page counter out of a total, anywhere on a short line ("第2页/共4页", "Page 2 of 4", "2/4页").
_COUNTER = re.compile(r"第\s*\d{1,4}\s*[页頁]\s*[/，,、]?\s*共\s*\d{1,4}\s*[页頁]|\b(?:Page|PAGE|P\.)\s*\d{1,4}\s*(?:of|OF|/)\s*\d{1,4}\b"
                      r"|(?<!\d)\d{1,4}\s*/\s*\d{1,4}\s*[页頁]")
_SECTION = re.compile(r"[\u4e00-\u9fff]{1,4}版|要闻|要聞|财经|財經|经济|經濟|国际|國際|国内|國內|港闻|港聞|评论|評論|时评|時評|"
                      r"社会|社會|体育|體育|娱乐|娛樂|文化|副刊|综合|綜合|专题|專題|科技|汽车|汽車|地产|地產|"
                      r"证券|證券|金融|产经|產經|本地|城市|民生|教育|健康|旅游|旅遊|观点|觀點|特刊|头版|頭版|封面")
#: A section's name built on a section word ("國際焦點", "財經新聞", "本地要聞").
_SECTION_NAME = re.compile(rf"(?:{_SECTION.pattern})[\u4e00-\u9fff]{{1,3}}|[\u4e00-\u9fff]{{1,3}}(?:{_SECTION.pattern})")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}")
#: The paper's web address printed in its running foot ("本報網址 www.x.com.tw").
_WEB = re.compile(r"(?:本[报報])?(?:网址|網址|网站|網站|官网|官網)[:：]?|(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?")
_JUMP_WORDS = r"(?:下转|下轉|转|轉|上接|接|续|續|承)(?:见|見|至|到)?"
_JUMP_TARGET = r"(?:第?\s*[A-HＡ-Ｈ]?\s*\d{1,3}\s*[版页頁]|[A-HＡ-Ｈ]\d{1,2}版?|第[一二三四五六七八九十]{1,3}[版页頁]|上页|上頁|前页|前頁|下页|下頁)"
#: An arrow the page prints beside the jump ("（下转A4版▶）", "◀接A1版").
_ARROW = r"[▶►▷→➡◀◄◁←]?"
_JUMP_LINE = re.compile(rf"^\s*[（(]?\s*{_ARROW}\s*{_JUMP_WORDS}\s*{_JUMP_TARGET}\s*{_ARROW}\s*[）)]?\s*$")
#: A bracketed jump mark with the story's jump head after it, on a line of its own ("（接Ａ１２版）電動車關稅").
_JUMP_HEADED = re.compile(rf"^\s*[（(]\s*{_JUMP_WORDS}\s*{_JUMP_TARGET}\s*[）)]\s*[^，。；！？,;!?：:「」“”]{{1,16}}$")
#: A bracketed jump mark at the start or the end of a line (never inside a sentence); looked for in
#: the line's first and last characters only.
_JUMP_HEAD = re.compile(rf"^\s*[（(]\s*{_JUMP_WORDS}\s*{_JUMP_TARGET}\s*[）)]")
_JUMP_TAIL = re.compile(rf"[（(]\s*{_JUMP_WORDS}\s*{_JUMP_TARGET}\s*[）)]\s*$")
_EDGE = 24


def _running_line(text: str, outlet: str) -> bool:
    """Only page furniture, and a page code among it."""
    t = text.strip()
    if not (2 <= len(t) <= _LONGEST) or "。" in t or "，" in t:
        return False
    rest = _DATE.sub(" ", t)
    dated = rest != t
    coded = named = sectioned = False
    unknown = 0  # a section's own name ("地方新聞"): one, on a line that also has the paper, date and code
    for w in _SPLIT.split(rest):
        if not w or _WEEKDAY.fullmatch(w) or _TIME.fullmatch(w) or _WEB.fullmatch(w):
            continue
        if _PAGE_CODE.fullmatch(w) or _EDITION.fullmatch(w):
            coded = True
        elif outlet and w == outlet or _PAPER.fullmatch(w):
            named = True
        elif _SECTION.fullmatch(w) or _SECTION_NAME.fullmatch(w):
            sectioned = True
        elif outlet and w.startswith(outlet) and _SECTION.fullmatch(w[len(outlet):]):
            named = True  # "香港財經日報財經版"
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,6}", w) and not unknown:
            unknown = 1
        else:
            return False
    return coded and (named or dated or sectioned) and (not unknown or named and dated)


def furniture_line(text: str, outlet: str = "") -> bool:
    """A page number, jump line or running head/foot on a line of its own."""
    t = text
    return len(t) <= _LONGEST and bool(_PAGE_NUMBER.match(t) or _JUMP_LINE.match(t) or _running_line(t, outlet))


_POST_NUMBER = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_POSTS = 3  # numbered posts at least, for "N/M" lines to be a thread's numbering


def _post_numbers(doc) -> None:
    """A thread's numbered posts ("1/12" over the first post's text, "2/12" over the next …): the
    numbers the posts refer to ("见第3条"), not a printed page's: each becomes the heading of its post.
    Told from page numbers by position: "1/M" stands over the page's first line of text (a printed
    page's number stands under its page), the numbers run 1, 2, 3 … of one M, each over a text line."""
    bl = doc.blocks
    marks = [(i, _POST_NUMBER.match(b.text)) for i, b in enumerate(bl) if b.kind == "line" and len(b.text) <= 12]
    marks = [(i, m) for i, m in marks if m]
    if len(marks) < _POSTS or len({m.group(2) for _, m in marks}) != 1:
        return
    nums = [int(m.group(1)) for _, m in marks]
    if nums != list(range(1, len(nums) + 1)) or int(marks[0][1].group(2)) < len(nums):
        return
    first_text = next((i for i, b in enumerate(bl) if len(b.text.strip()) >= 30), len(bl))
    if marks[0][0] > first_text or any(i + 1 >= len(bl) or bl[i + 1].kind != "line" or len(bl[i + 1].text.strip()) < 10
                                       for i, _ in marks):
        return
    for i, m in marks:
        b, nxt = bl[i], bl[i + 1]
        stamp = f"{m.group(1)}/{m.group(2)}"
        doc.record(b.line, b.text, "### " + stamp, "changed", "a thread's post number → the post's heading")
        b.text, b.kind, b.level, b.marks = stamp, "h", 3, [(0, b.line)]
        nxt.gap, nxt.starts = max(nxt.gap, 1), True


def apply(doc):
    _post_numbers(doc)
    outlet = doc.meta.get("outlet") or doc.declared.get("outlet") or ""
    date = doc.meta.get("date") or ""
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line":
                continue
            t = b.text
            if len(t) <= _LONGEST and _line(doc, b, t, outlet, date):
                continue
            tail = max(0, len(t) - _EDGE)
            m = _JUMP_TAIL.search(t, tail)
            if m:
                doc.edit(b, m.start(), m.end(), "", "jump mark (the story continues on another page)")
            m = _JUMP_HEAD.match(b.text[:_EDGE])
            if m:
                doc.edit(b, m.start(), m.end(), "", "jump mark (the story continues from another page)")


def _line(doc, b, t: str, outlet: str, date: str) -> bool:
    """Remove ``b`` when it is a furniture line; True when removed."""
    if _PAGE_NUMBER.match(t):
        doc.remove(b, "page number")
    elif _JUMP_LINE.match(t):
        doc.remove(b, "jump line (the story continues on another page)")
    elif _JUMP_HEADED.match(t):
        doc.remove(b, "jump line with the story's jump head (the story continues from another page)")
    elif "。" not in t and "，" not in t.replace("，共", "") and _COUNTER.search(t):
        doc.remove(b, "running head or foot with the page counter (第N页/共M页)", separates=True)
    elif _running_line(t, outlet):
        if not date and not doc.declared.get("date") and (m := _DATE.search(t)):
            from .form_headers import _date
            if (d := _date(m.group(0))):  # an e-paper's edition line: the page's date
                doc.meta["date"] = date = d
        doc.remove(b, "running head or foot of the printed page (page code, paper, section, date)")
    elif outlet and outlet in t and (read := read_masthead(t)) is not None and read[1] == outlet \
            and (not date or read[0] == date):
        doc.remove(b, "the masthead printed again on a later page")
    else:
        return False
    return True
