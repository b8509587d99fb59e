"""A news page's header block and trailer: what they say about the piece becomes metadata, the
rest leaves with an audit record.

A page saved as text opens with a header block (the site's or agency's name, the headline, a
dateline, the page's buttons) and closes with a trailer (the editor's credit, a dispatch code).
Read from the page's structure, not from any outlet's wording:

- **Stamp line**: a line of the header block (above the first paragraph of running text) that is
  only a date, in any calendar (``2023年8月2日``, ``2023-08-02``, ``民國112年8月2日``,
  ``二〇二三年八月二日``), with its time, weekday, a label (``發布時間：``) and an update stamp
  (``（8/2 19:20 更新）``): the article's date.
- **Button row**: a line of the header block made only of the page's controls (``字級 列印 分享``,
  ``A+ A- 收藏``): removed.
- **Masthead**: with a stamp line read, the headline is the headline-shaped line right above it;
  a short line above the headline that is no sentence names the site or agency: the outlet (its
  first part when it prints the name in several forms, ``中央社 CNA 中央通訊社``).
- **Credit in brackets** in the lead (``（中央社記者林怡萱台北2日電）``, ``（記者王明／台北報導）``,
  ``（路透社記者 張三／華盛頓3日電）``): the outlet before the reporter word, the reporter the author;
  the credit leaves the text. A name run into the place with no separator is read only when the
  split is unambiguous; otherwise the author stays unset.
- **Trailer**: an editor's credit closing the last paragraph (``（編輯：陳韻如）``), with the dispatch
  code printed after it (``1120802``): the editor goes to ``editors``, both leave the text.

Nothing here runs on a Markdown or HTML source (their structure says where the header is).
"""

from __future__ import annotations

import re

from .title_lines import title_text

_SCREEN = 10
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}

# -- stamp lines -------------------------------------------------------------------------------
_LABEL = r"(?:(?:发布|發布|发表|發表|更新|刊登|出版)?(?:时间|時間|日期)|发布于|發布於|更新于|更新於)\s*[:：]?\s*"
_YMD = (r"(?P<ad>(?:19|20)\d{2})\s*(?:年\s*(?P<am>\d{1,2})\s*月\s*(?P<ad_d>\d{1,2})\s*日|[-/.](?P<am2>\d{1,2})[-/.](?P<ad_d2>\d{1,2})(?!\d))"
        r"|(?:民[國国]|中華民國|中华民国)\s*(?P<roc>\d{1,3})\s*年\s*(?P<rm>\d{1,2})\s*月\s*(?P<rd>\d{1,2})\s*日"
        r"|(?P<cy>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<cm>[一二三四五六七八九十]{1,2})\s*月\s*(?P<cd>[一二三四五六七八九十]{1,3})\s*日")
_WEEKDAY = r"(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]"
_CLOCK = r"(?:(?:上午|下午|早上|晚上|中午|凌晨)\s*)?\d{1,2}[:：]\d{2}(?::\d{2})?"
_UPDATE = r"[（(]\s*(?:\d{1,2}/\d{1,2}\s*)?(?:" + _CLOCK + r")?\s*(?:更新|update[d]?)\s*[)）]|(?:最[后後])?更新\s*[:：]?\s*[\d/:\s-]{3,20}"
_STAMP = re.compile(rf"^\s*(?:{_LABEL})?(?:{_YMD})(?:\s*{_WEEKDAY})?(?:\s*{_CLOCK})?(?:\s*{_WEEKDAY})?(?:\s*(?:{_UPDATE}))?\s*$", re.I)

# -- button rows --------------------------------------------------------------------------------
_BUTTON = (r"字級|字级|字體|字体|字型|列印|打印|分享|收藏|轉寄|转寄|轉發|转发|評論|评论|留言|複製連結|复制链接|複製|复制|"
           r"朗讀|朗读|聽新聞|听新闻|訂閱|订阅|檢舉|举报|舉報|放大|縮小|缩小|大|中|小|A\+|A-|A|Ａ|分享到|推薦|推荐|讚|赞|"
           r"LINE|Facebook|Twitter|X|WhatsApp|Telegram|Threads|微博|微信|QQ|QQ空间|Email|E-mail|回到頂部|返回顶部|返回|登入|登录|登錄")
#: (a label's colon too: "字體：大　中　小　　分享：Facebook　WhatsApp")
_BUTTONS = re.compile(rf"^\s*(?:(?:{_BUTTON})[\s\u3000|｜/·•:：]*){{2,10}}$", re.I)

# -- credits in brackets ----------------------------------------------------------------------
_CREDIT = re.compile(r"[（(]\s*([\u4e00-\u9fff]{0,6}?)\s*(?:記者|记者)\s*([\u4e00-\u9fff·／/ \u3000]{2,16}?)\s*(\d{1,2}\s*日)?"
                     r"\s*(電|电|專電|专电|報導|報道|报道)\s*[)）]")
_SEP = re.compile(r"\s*[／/]\s*|[ \u3000]+")
#: Place names of three characters or more a wire's dateline may run into a reporter's name (general
#: world cities; two-character places are the default reading of a name-place run).
_LONG_PLACES = ("華盛頓", "华盛顿", "舊金山", "旧金山", "洛杉磯", "洛杉矶", "紐約市", "莫斯科", "新德里", "雅加達", "雅加达",
                "吉隆坡", "布魯塞爾", "布鲁塞尔", "耶路撒冷", "伊斯坦堡", "伊斯坦布尔", "聖保羅", "圣保罗", "日內瓦", "日内瓦",
                "法蘭克福", "法兰克福", "新加坡", "墨爾本", "墨尔本", "溫哥華", "温哥华", "多倫多", "多伦多", "芝加哥", "維也納",
                "维也纳", "阿姆斯特丹", "斯德哥爾摩", "斯德哥尔摩", "哥本哈根", "開普敦", "开普敦", "胡志明市", "高雄市", "台北市",
                "臺北市", "新北市", "桃園市", "桃园市", "台中市", "臺中市", "台南市", "臺南市")
_OWN = re.compile(r"^(?:本[報报台网網刊社]|本站)$")

# -- trailer ------------------------------------------------------------------------------------
_TRAILER = re.compile(r"[（(]\s*((?:責任)?編輯|(?:责任)?编辑|責編|责编)\s*[:：]\s*([\u4e00-\u9fff·]{2,4}(?:[、/／][\u4e00-\u9fff·]{2,4})*)"
                      r"\s*[)）]\s*(\d{6,8})?\s*$")


def _int(cn: str) -> int:
    if cn.isdigit():
        return int(cn)
    if "十" in cn:
        a, _, b = cn.partition("十")
        return (_CN.get(a, 1) if a else 1) * 10 + (_CN.get(b, 0) if b else 0)
    return _CN.get(cn, 0)


def stamp_date(text: str) -> str | None:
    """The ISO date of a stamp line (see the module), or None when the line is no stamp line."""
    m = _STAMP.match(text)
    if not m:
        return None
    g = m.groupdict()
    if g["ad"]:
        y, mo, d = int(g["ad"]), int(g["am"] or g["am2"]), int(g["ad_d"] or g["ad_d2"])
    elif g["roc"]:
        y, mo, d = 1911 + int(g["roc"]), int(g["rm"]), int(g["rd"])
    else:
        y = int("".join(str(_CN[c]) for c in g["cy"]))
        mo, d = _int(g["cm"]), _int(g["cd"])
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _body_start(blocks) -> int:
    for i, b in enumerate(blocks):
        ends = len(re.findall(r"[。！？!?]", b.text))
        if b.kind in ("line", "p") and (ends >= 2 or ends and len(b.text) >= 50):
            return i
    return len(blocks)


def _short_name(b) -> bool:
    t = b.text.strip()
    return b.kind == "line" and 2 <= len(t) <= 30 and not re.search(r"[，。！？；：,!?;:]", t) and bool(_HAN.search(t))


def _set(doc, key, value, line) -> bool:
    if value and not doc.meta.get(key) and not doc.declared.get(key):
        doc.meta[key] = value
        doc.meta_lines[key] = line
        return True
    return False


def header(doc) -> None:
    """Stamp line, button rows and masthead of the header block (see the module)."""
    if doc.markdown or not doc.blocks:
        return
    from .title_lines import headline_line
    bl = doc.blocks
    start = min(_body_start(bl), _SCREEN)
    stamp = None
    for b in bl[:start]:
        if b.kind != "line" or len(b.text) > 60:
            continue
        if stamp is None and (d := stamp_date(b.text)):
            stamp = b
            taken = _set(doc, "date", d, b.line)
            doc.remove(b, "the page's date stamp above the text" + (" → date" if taken else ""), action="metadata",
                       separates=True)
        elif _BUTTONS.match(b.text) and len(b.text.split()) >= 2:
            doc.remove(b, "a row of the page's buttons (text size, print, share)", separates=True)
    if stamp is None:
        return
    # the headline is the headline-shaped line right above the stamp, a raw line of its own that
    # shares words with the text; short name lines above it, each a raw line of its own: masthead
    k = next((i for i, b in enumerate(bl) if b.line > stamp.line), len(bl)) - 1
    if k < 1 or not headline_line(bl[k], 40) or doc.meta.get("title"):
        return
    above = [b for b in bl[:k]]
    lines = [b.line for b in bl[:k + 1]] + [stamp.line]
    if not above or len(above) > 2 or not all(_short_name(b) for b in above) or len(set(lines)) < len(lines):
        return  # (boxes set side by side on one raw line: a paged report's header, not a page's)
    head = bl[k]
    from .titlepick import _bigrams, label_line
    body = "".join(b.text for b in bl[k + 1:k + 13])[:3000]
    if len(_bigrams(head.text) & _bigrams(body)) < 2:
        return
    for b in above:
        parts = b.text.split()
        name = parts[0] if len(parts) > 1 else b.text.strip()
        taken = len(name) <= 12 and not label_line(name) and _set(doc, "outlet", name, b.line)
        doc.remove(b, "the site's or agency's name printed above the headline (masthead)" + (" → outlet" if taken else ""),
                   action="metadata", separates=True)
    doc.meta["title"] = title_text(head.text.strip(), doc.pangu)
    doc.meta_lines["title"] = head.line
    doc.remove(head, "the headline: the line right above the page's date stamp, under the masthead → title",
               action="metadata", separates=True)


def _split_name(run: str) -> tuple[str, str] | None:
    """(reporter, place) of a reporter's name run into the place it was filed from, when the split
    is unambiguous; None otherwise."""
    for place in _LONG_PLACES:
        if run.endswith(place) and 2 <= len(run) - len(place) <= 3:
            return run[:-len(place)], place
    if len(run) == 4:
        return run[:2], run[2:]
    if len(run) == 5:
        return run[:3], run[3:]
    return None


def credits(doc) -> None:
    """A bracketed reporter's credit in the first paragraphs and an editor's credit closing the last
    (see the module)."""
    if doc.markdown:
        return
    bl = doc.blocks
    prose = [b for b in bl if b.kind in ("line", "p") and len(b.text) >= 20]
    for b in prose[:3]:
        m = _CREDIT.search(b.text)
        if not m:
            continue
        outlet, seg, _day, _kind = m.groups()
        parts = [p for p in _SEP.split(seg.strip()) if p]
        if len(parts) > 1:
            author = parts[0] if 2 <= len(parts[0]) <= 4 and "·" not in parts[0][:1] else None
        else:
            split = _split_name(seg.strip())
            author = split[0] if split else None
        if author is None and not outlet:
            continue
        if author:
            _set(doc, "author", author, b.line_at(m.start()))
        if outlet and not _OWN.match(outlet):
            _set(doc, "outlet", outlet, b.line_at(m.start()))
        doc.edit(b, m.start(), m.end(), "", "the reporter's credit in brackets (outlet, reporter, where and when "
                 "filed) → metadata")
        break
    for b in reversed(prose[-3:]):
        m = _TRAILER.search(b.text)
        if not m:
            continue
        credit = f"{m.group(1)}：{m.group(2)}"
        eds = doc.meta.setdefault("editors", [])
        if credit not in eds:
            eds.append(credit)
        doc.edit(b, m.start(), m.end(), "", "the editor's credit closing the text" + (" and the dispatch code after it"
                 if m.group(3) else "") + " → editors")
        break


_LINK_LINE = re.compile(r"^\s*(?:[^\s:：]{1,16}\s*[:：]\s*)?<?https?://\S+>?\s*$")
_TAIL_LONGEST = 40


def promo_tail(doc) -> None:
    """A run of short lines closing the file, after the last paragraph, that holds a labelled link
    (``iOS ：https://…`` under ``某社「新聞」app``): the page's promotion of its app or channel, removed.
    At most two lines of the run are no link; a line with a sentence end stops it."""
    if doc.markdown:
        return
    bl = doc.blocks
    i = len(bl)
    while i > 0 and bl[i - 1].kind == "line" and len(bl[i - 1].text.strip()) <= _TAIL_LONGEST \
            and not re.search(r"[。！？]", bl[i - 1].text):
        i -= 1
    run = bl[i:]
    links = [b for b in run if _LINK_LINE.match(b.text)]
    if not links or len(run) - len(links) > 2 or i == 0 or len(run) == len(bl):
        return
    with doc.batch():
        for b in run:
            doc.remove(b, "the page's closing promotion (an app or channel and its links), after the last paragraph")
