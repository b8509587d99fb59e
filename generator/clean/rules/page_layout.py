"""Page furniture found by its place and shape on the page, whatever the form or the site: each
removed line recorded.

The page is read in three zones: the **header** (the lines above its first paragraph of prose),
the **body**, and the **footer** (the lines under its last paragraph of prose). A paragraph of
prose holds a clause mark (，。；！？) and fifteen Han characters or more.

- **A byline of roles and names set apart by bars** (``文｜沈一帆　摄影｜许朗``) in the header or footer:
  the writer is the author, the others go to credits.
- **Lines of interface words**: a short line cut into items by bars, wide spaces or brackets, with
  no clause in it, that carries a button (``[立即刷新]``) or a control's arrow (``▼``, ``∨``, ``>>``):
  anywhere. In the header or footer, a line of four items or more (``关于我们 | 联系我们 | 广告服务 |
  网站地图``), or of three when a label opens it or it sits in the footer; anywhere, a labelled list of
  three titles or more (``相关直播：A | B | C``); in the header or footer, four short words or more set apart by
  wide spaces (``网站首页  法院概况  审判动态  诉讼服务``).
- **An app prompt** at the top or bottom (``打开App，查看更多精彩内容``), even with a comma in it.
- **Links to the previous or next page** (``上一篇：…``, ``下一篇：…``) in the header or footer.
- **A quote ticker**: a line of two or more ``name price ±change%`` groups set apart by bars.
- **A header's fields**: in the header, a line made only of ``label：value`` fields and a date
  (``2024-01-29 星期一  来源：X  阅读量：186.2万``), or two lines or more of fields in a row (the
  analysts' block: ``分析师：X`` / ``执业证书编号：…`` / ``邮箱：…``): metadata (date, outlet, the
  analysts or writers as author). In the footer, a line of two fields or more (``本期编辑：X | 校对：Y``), or
  an editor's field alone (``责任编辑：X Y``): editors (credits, when a field is no editor's).
- **A sender's address line**: a short line giving an e-mail address among a mail's first three lines.
- **A line repeated under every entry**: a short framed line (wholly in brackets, or items set apart
  by bars) whose shape, numbers aside, comes back three times or more (``（编辑 陈曦）``,
  ``分享 | 评论(58) | 点赞(211)``): every copy.
- **Notes about the page**: a line opening on ``※`` in the header, the footer or the first or last lines;
  there too, a label framed by rules (``—— 来自X ——``) and a line saying how the page was made
  (``本笔记由X导出…``, ``本逐字稿由…自动产生…``); a disclaimer (a line
  that says what is offered is only for reference, or opens on ``免责声明``) in the footer or the
  last lines.

- **A running head or foot with the page number** (``城市周刊 2021年第18期    52``): the words beside the
  number, printed so on two pages or more, leave wherever they stand (with a number or alone).
- **A pull quote**: a quotation on a line of its own (ninety characters at most, wholly in quotation
  marks, or followed by its speaker after a dash: ``「…」——分析師 X``) whose words the page's text holds
  elsewhere (a wrapped line's halves read together).
- **A status bar** repeated on every screen of a page saved from screenshots (a clock with a battery
  or signal reading, three times or more).
- **Readers' comments with no head**: the page's last lines, when they are comments opened by a
  handle (``@X：``) or closed by a like count (``赞 2,341``), two of them at least with a count.
- **After a conversation**: when every paragraph of a transcript or interview is a speaker's turn,
  the few short lines set apart under its last turn (the programme's schedule, a follow prompt).

A removed line that stood between two pieces of text separates them: the next line starts a new
paragraph (``doc.remove(..., separates=True)``).

A line's items and its ``label：value`` fields, and what the header's fields say (date, outlet,
writers, a mail's subject), are read in :mod:`page_fields`.
"""

from __future__ import annotations

import re
from collections import Counter

from ..screens import SENDER, banner_meta, banners, edge_why
from . import comments
from .page_fields import _BOXED, _EDITOR, _ITEMS, _field_line, _fields, _take_fields
from .site_furniture import _APP

NAME = "page_layout"

_CLAUSE = re.compile(r"[，。；！？,;!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SHORT = 100
_BUTTON = re.compile(r"\[\s*[^\[\]\d\s][^\[\]]{0,9}\]")
_ARROW = re.compile(r"[▼▲∨∧›»＞→↓↑▾▴⌄⋯]|>>|<<|\s>\s*$|(?:^|\s)[·•.]{3}(?:\s|$)")
_PAGER = re.compile(r"^\s*(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上一页|下一页|上一頁|下一頁|上篇|下篇|Previous|Next)\s*[:：]", re.I)
_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,8}\s*[：:]")
_TICK = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}\s*(?:\d{4,6}\s+)?\d[\d,]*(?:\.\d+)?\s*[▲▼↑↓]?\s*[+\-−]?\d+(?:\.\d+)?"
                   r"(?:\s*[（(]\s*[+\-−]?\d+(?:\.\d+)?%\s*[)）]|%)")
_FRAMED = re.compile(r"^[（(【\[〔].{1,30}[)）】\]〕]$")
_BARS = re.compile(r"[|｜]")
_NOTE = re.compile(r"^\s*※")
_DISCLAIMER = re.compile(r"^\s*[【\[（(]?\s*(?:免责声明|免責聲明|免责条款|免責條款|声明|聲明)\s*[】\]）)]?\s*[:：]|"
                         r"(?:仅供参考|僅供參考|仅供读者参考|僅供讀者參考).{0,30}(?:不构成|不構成|不代表|不作为|不作為)")
_TAIL = 6
#: A label framed by rules on both sides (``—— 来自X ——``, ``-- 发自我的手机 --``).
#: What a phone's status bar shows: a clock and a battery or signal reading.
_STATUS = re.compile(r"\d{1,2}:\d{2}.*(?:\d{1,3}\s*%|[45]G|WiFi|Wi-Fi)|(?:\d{1,3}\s*%|[45]G|WiFi|Wi-Fi).*\d{1,2}:\d{2}", re.I)
_SIGNED = re.compile(r"^\s*[-—–=~_]{2,}\s*[^-—–=~_\s][^。！？]{0,24}?\s*[-—–=~_]{2,}\s*$")
#: The page saying how it was made: "本笔记由X导出", "本逐字稿由…自动产生", "由X生成".
_MADE_BY = re.compile(r"^\s*[※*]?\s*(?:本|此)[\u4e00-\u9fff]{1,4}(?:由|经|經|通过|通過).{1,24}?(?:导出|導出|生成|产生|產生|转换|轉換|发送|發送)")
#: A byline of roles and names set apart by bars (``文｜沈一帆　摄影｜许朗``, ``撰文/王明``).
_ROLE = r"文|撰文|作者|记者|記者|采写|採寫|摄影|攝影|图|圖|图片|圖片|编辑|編輯|整理|口述|插画|插畫|设计|設計|视频|視頻"
_ROLE_BAR = re.compile(rf"^\s*(?:(?:{_ROLE})\s*[｜|丨/／]\s*[\u4e00-\u9fff·]{{2,8}}(?:[、][\u4e00-\u9fff·]{{2,8}})*\s*){{1,4}}$")
_ROLE_PART = re.compile(rf"({_ROLE})\s*[｜|丨/／]\s*([\u4e00-\u9fff·]{{2,8}}(?:[、][\u4e00-\u9fff·]{{2,8}})*)")
_WRITER = {"文", "撰文", "作者", "记者", "記者", "采写", "採寫"}
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
#: An ad's label framed by rules or brackets opening the line (``—— 广告 ——  …``).
_AD_FRAME = re.compile(r"^\s*(?:[-—–=_~]{2,}|[【\[])\s*(?:广告|廣告|推广|推廣|赞助|贊助|AD|Ad|Sponsored)\s*(?:[-—–=_~]{2,}|[】\]])")


def _prose(b) -> bool:
    """A line of running text: fifteen Han characters or more and a sentence's end, two clauses,
    or one clause in a line of thirty characters or more (a headline has a comma at most)."""
    t = b.text
    if b.kind not in ("line", "p") or len(_HAN.findall(t)) < 15:
        return False
    from ..linekinds import is_nav_bar
    if is_nav_bar(t):
        return False  # a menu with an app prompt in it ("下載APP，隨時睇新帖") is no prose
    return bool(re.search(r"[。！？!?]", t)) or len(_CLAUSE.findall(t)) >= 2 or (len(t) >= 30 and bool(_CLAUSE.search(t)))


def _items(text: str) -> list[str]:
    t = _BOXED.sub(lambda m: "  " + m.group(0) + "  ", text.strip())
    return [w for w in _ITEMS.split(t) if w.strip()]


def _interface(text: str, zone: str) -> str | None:
    """Why ``text`` is a line of interface words in ``zone`` (header, body, footer), or None."""
    t = text.strip()
    if len(t) > 2 * _SHORT:
        return None  # (a long run is never split: a split by bars would rescan it)
    items = _items(t)
    if len(t) <= 2 * _SHORT and len(items) >= 2 and len(_TICK.findall(t)) >= 2 and _BARS.search(t) and "。" not in t:
        return "quote ticker"
    if len(t) > _SHORT:
        return None
    from ..linekinds import roster_row, spaced_role
    if (role := roster_row(t)) and spaced_role(role):
        return None  # a signature block's row ("审　判　长　　周文静"), not words set apart by wide spaces
    if _AD_FRAME.match(t):
        return "advertisement (its framed label opens the line)"
    if zone != "body" and _PAGER.match(t):
        return "link to the previous or next page"
    from ..linekinds import is_nav_bar
    if zone != "body" and is_nav_bar(t):  # (a menu may hold an app prompt with a comma)
        return "a line of interface words (menu, links) at the " + zone + " of the page"
    if _CLAUSE.search(_BUTTON.sub("", t)) or len(items) < 2 or any(len(w) > 24 for w in items):
        return None
    boxed = [w for w in items if _BOXED.fullmatch(w.strip())]
    if _BUTTON.search(t) or _ARROW.search(t) or len(boxed) == len(items) or \
            zone != "body" and boxed and all(len(w.strip()) <= 8 for w in items if w not in boxed):
        return "a line of interface words (buttons, controls)"
    labelled = bool(_LABEL.match(items[0]))
    barred = len(_BARS.findall(t)) >= 2
    if labelled and barred and len(items) >= 3:
        return "a labelled list of links (related, most read …)"
    if zone != "body" and barred and (len(items) >= 4 or zone == "footer" and len(items) >= 3
                                      or len(items) >= 3 and all(len(w.strip()) <= 4 for w in items)):
        return "a line of interface words (menu, links) at the " + zone + " of the page"
    if zone != "body" and len(items) >= 4 and all(len(w.strip()) <= 6 for w in items) and not labelled:
        return "a line of interface words (menu) set apart by wide spaces at the " + zone + " of the page"
    return None


def _shape(text: str) -> str:
    return re.sub(r"\d+(?:[.,]\d+)*", "0", re.sub(r"\s+", " ", text.strip()))


def _zones(blocks) -> tuple[int, int]:
    prose = [i for i, b in enumerate(blocks) if _prose(b)]
    if not prose:
        return 0, len(blocks)
    return prose[0], prose[-1]


_AFTER_TURNS = 6  # lines at most after the conversation's last turn, each at most _AFTER_LEN characters
_AFTER_LEN = 120


def _after_conversation(doc) -> None:
    """A conversation (a transcript, an interview) whose every paragraph is a speaker's turn: the
    few short lines after its last turn, set apart from it, are the page's, not a speaker's."""
    from ..text import opens_turn, turn_labels
    bl = doc.blocks
    labels = turn_labels(bl)
    turns = [i for i, b in enumerate(bl) if b.kind == "line" and opens_turn(b.text, labels)]
    if len(turns) < 4:
        return
    starts = [i for i in range(turns[0], turns[-1] + 1) if bl[i].kind == "line" and _starts(bl, i)]
    if any(i not in turns for i in starts) or any(b.kind not in ("line",) for b in bl[turns[0]:]):
        return
    k = next((i for i in range(turns[-1] + 1, len(bl)) if _starts(bl, i)), None)
    if k is None or len(bl) - k > _AFTER_TURNS or any(len(b.text) > _AFTER_LEN for b in bl[k:]):
        return
    with doc.batch():
        for b in bl[k:]:
            doc.remove(b, "a line after the conversation's last turn (the programme's or page's own)")


def _starts(bl, i) -> bool:
    """Block ``i`` starts a paragraph: a blank line or a removed line stands between it and the last."""
    if i == 0 or bl[i].gap > 0:
        return True
    return bl[i].line > max(ln for _, ln in bl[i - 1].marks) + 1


_QUOTES = 200  # pull quotes looked for, at most
_CELL = re.compile(r"\s{2,}|\u3000+")
_FOLIO = re.compile(r"\d{1,4}")


def _folios(blocks) -> set[str]:
    """The running heads or feet of a printed page that carry its page number (``城市周刊 2021年第18期
    52``): the text beside the number, when two pages or more print it."""
    seen: Counter = Counter()
    for b in blocks:
        cells = [c for c in _CELL.split(b.text.strip()) if c] if b.kind == "line" and len(b.text) <= 64 else []
        if len(cells) >= 2 and (_FOLIO.fullmatch(cells[-1]) or _FOLIO.fullmatch(cells[0])):
            rest = cells[:-1] if _FOLIO.fullmatch(cells[-1]) else cells[1:]
            seen[" ".join(rest)] += 1
    return {k for k, n in seen.items() if n >= 2 and _HAN.search(k) and not _CLAUSE.search(k)}


def _running_copy(text: str, heads: set[str]) -> bool:
    cells = [c for c in _CELL.split(text.strip()) if c]
    if not cells:
        return False
    if _FOLIO.fullmatch(cells[-1]):
        cells = cells[:-1]
    elif _FOLIO.fullmatch(cells[0]):
        cells = cells[1:]
    return " ".join(cells) in heads


#: A quotation alone on a line, with the speaker it names after a dash (``「…。」——分析師 X``) or not.
_PULL = re.compile(r"[“「『]([^“”「」『』]+?)[”」』][。！？]?(?:\s*(?:——|──|—|--)\s*([^“”「」『』。，]{1,30}))?")


def _pull_quotes(doc) -> None:
    """A quotation printed again on a line of its own, in large type beside the text (a magazine's
    pull quote): the line, when a longer line of the page holds the same words; with its speaker
    after a dash, when the page's text holds its words anywhere else (a wrapped line's halves read
    together)."""
    lines = [b for b in doc.blocks if b.kind == "line"]
    found = [(k, m) for k, b in enumerate(lines) if 6 <= len(b.text.strip()) <= 90
             and (m := _PULL.fullmatch(b.text.strip())) and len(m.group(1)) >= 6][:_QUOTES]
    if not found:
        return
    said = {k for k, m in found if m.group(2)}  # (a quote with its speaker is never the text that holds one)
    joined = "\n".join(b.text for k, b in enumerate(lines) if k not in said)  # (one count per quote)
    flat = "".join(b.text.strip() for b in lines)
    exact = Counter(b.text.strip() for b in lines)
    with doc.batch():
        for k, m in found:
            t = lines[k].text.strip()
            held = flat.count(m.group(1)) > exact[t] if m.group(2) else joined.count(t) > exact[t]
            if held:
                doc.remove(lines[k], "pull quote: a sentence of the text printed again on a line of its own")
                if k + 1 < len(lines):
                    lines[k + 1].gap = max(lines[k + 1].gap, 1)  # the text beside it starts anew


class _Page:
    """What the line-by-line pass knows about the whole page."""

    def __init__(self, doc):
        bl = doc.blocks
        self.n = len(bl)
        self.first, self.last = _zones(bl)
        self.heads = _folios(bl)
        self.shapes = Counter(_shape(b.text) for b in bl if b.kind == "line" and len(b.text) <= 40)
        self.fields = [i < self.first and b.kind == "line" and _field_line(b.text) for i, b in enumerate(bl)]
        self.gaps = [b.gap for b in bl]  # as read: a removal below sets the next line apart
        self.banners = banners(bl)
        # raw lines of the header another rule already read as metadata (a date line among the fields)
        top = bl[self.first].line if self.first < self.n else 0
        self.taken = {e.line for e in doc.audit if e.action == "metadata" and e.line <= top}

    def zone(self, i: int) -> str:
        return "header" if i < self.first else "footer" if i > self.last else "body"

    def edge(self, i: int) -> bool:
        """In the header or footer, or among the page's first or last lines."""
        return self.zone(i) != "body" or i < _TAIL or i >= self.n - _TAIL

    def field_block(self, i: int, b) -> bool:
        """A header's fields line standing in a block of fields (or holding two fields itself)."""
        f, g = self.fields, self.gaps
        return f[i] and (len(_fields(b.text)) >= 2 or (i > 0 and f[i - 1] and g[i] == 0)
                         or (i + 1 < self.n and f[i + 1] and g[i + 1] == 0)
                         or b.line - 1 in self.taken or b.line + 1 in self.taken)


_TIME_ONLY = re.compile(r"[\[【(（]?[\d:：\s]+[\]】)）]?")


def _line_why(doc, page: _Page, i: int, b) -> tuple[str | None, str]:
    """Why line ``i`` of the page is furniture and what becomes of it (removed, metadata)."""
    t = b.text.strip()
    zone = page.zone(i)
    if page.heads and _running_copy(t, page.heads):
        return "running head or foot printed with the page number", "removed"
    if page.edge(i) and len(t) <= 40 and _ROLE_BAR.match(t):
        for role, names in _ROLE_PART.findall(t):
            if role in _WRITER and not doc.declared.get("author"):
                doc.meta.setdefault("author", names)
            elif role not in _WRITER:
                doc.meta.setdefault("credits", []).append(f"{role}：{names}")
        return "byline of roles and names set apart by bars → author, credits", "metadata"
    why = _interface(t, zone)
    if why:
        return why, "removed"
    if zone != "body" and len(t) <= 24 and _APP.search(t):
        return "app prompt at the top or bottom of the page", "removed"
    if zone == "footer" and _field_line(t) and (len(_fields(t)) >= 2 or _EDITOR.match(t)):
        key = "editors" if all(_EDITOR.search(f) for f in _fields(t)) else "credits"
        doc.meta.setdefault(key, []).extend(f.strip() for f in _fields(t))
        return "the page's fields under the text (editors, proofreaders …) → editors", "metadata"
    if i < 3 and len(t) <= 60 and _EMAIL.search(t) and not re.search(r"[。！？]", t):
        if (m := SENDER.match(t)) and not doc.meta.get("outlet") and not doc.declared.get("outlet"):
            doc.meta["outlet"] = m.group(1).strip()  # the sender's display name: who sends the mail
            return "a sender's line at the top of a mail (its name → outlet)", "metadata"
        return "a sender's address line at the top of a mail", "removed"
    if t in page.banners:
        banner_meta(doc, t)
        return "a banner printed again on every screen (an account's name, its verification line)", "removed"
    if page.field_block(i, b):
        _take_fields(doc, b)
        return "the page's fields above the text (date, source, writers …) → metadata", "metadata"
    repeated = len(t) <= 40 and page.shapes[_shape(t)] >= 3 and not _TIME_ONLY.fullmatch(t)
    if repeated and not _CLAUSE.search(t) and _STATUS.search(t):
        return "a status bar repeated on every screen (time, signal, battery)", "removed"
    if repeated and (_FRAMED.match(t) or len(_BARS.findall(t)) >= 2) and not re.search(r"[。！？]", t):
        return "a line repeated under every entry or page", "removed"
    if page.edge(i) and (why := edge_why(doc, t, zone == "footer" or i >= page.n - _TAIL)):
        return why
    if page.edge(i) and _NOTE.match(t):
        return "a note about the page (※)", "removed"
    if (zone == "footer" or i >= page.n - _TAIL) and len(t) <= 120 and _DISCLAIMER.search(t):
        return "the page's disclaimer", "removed"
    if page.edge(i) and len(t) <= 80 and (_SIGNED.match(t) or _MADE_BY.search(t)):
        return "a note on how the page was made or sent (exported, generated, sent from …)", "removed"
    return None, "removed"


def apply(doc):
    if doc.markdown:
        return
    _after_conversation(doc)
    comments.headless(doc)
    _pull_quotes(doc)
    k = comments.head_index(doc)
    if k is None:
        _lines(doc)
        return
    # the readers' comments section is a page of its own under the article: the article's header and
    # footer are above it, and the page's own footer (its links, its copyright) under the last comment
    whole = list(doc.blocks)
    doc.blocks[:] = whole[:k]
    _lines(doc)
    article = list(doc.blocks)
    doc.blocks[:] = whole[k + 1:]
    _lines(doc, footer_only=True)
    doc.blocks[:] = article + [whole[k]] + doc.blocks


def _lines(doc, footer_only: bool = False) -> None:
    """The line-by-line pass over ``doc.blocks`` (``footer_only``: only the lines under the last
    paragraph of prose, and nothing taken as metadata)."""
    page = _Page(doc)
    with doc.batch():
        for i, b in enumerate(list(doc.blocks)):
            if b.kind != "line" or footer_only and page.zone(i) != "footer":
                continue
            why, action = _line_why(doc, page, i, b)
            if why and footer_only and action != "removed":
                continue
            if why:
                doc.remove(b, why, action, separates=True)
                if page.zone(i) == "header" and "menu" in why:
                    from .site_furniture import _site_name
                    _site_name(doc, b)
                    from .site_furniture import menu_owner
                    menu_owner(doc, b.text)
