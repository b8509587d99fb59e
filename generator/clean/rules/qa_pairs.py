"""A Q&A page copied as text (an exchange's investor Q&A platform, a government 留言板 or 问政 page, an
FAQ, a press Q&A): each question and each answer read as a post under its asker's or answerer's
name and its day, the platform's chrome and content-free answers left out.

The phenomenon: such a page prints pairs, each a **question label** alone on its line (``投资者提问``,
``网友留言``, ``提问``), the question (often addressed: ``问某公司：…``), its stamp (``2024-03-29 09:47:12
来自 X``), counters (``点赞(86)``), then an **answer label** (``公司回答``, ``回复``, ``官方答复``),
the answer opening on its answerer's name (``某公司：…``, ``某市某局：…``), its stamp and counters. A
page with two such pairs or more is read so:

- each question becomes a post headed ``N楼　投资者　day time`` (the asker is the label's own word:
  投资者, 网友, 市民 …, else 提问者) and each answer a post under its answerer's name (the name it
  opens on, else the addressee of the question), so that a reader, the timeline and the speakers
  see who asked, who answered and when; labels, stamps, counters and the ``问X：`` address leave
  (recorded, the address kept in the heading's sense);
- an answer that says nothing once its greeting and thanks are set aside (``感谢您的关注！``,
  ``您好，请以公司公告为准。``) is left out with its heading (recorded): it carries no claim; a
  contentful answer keeps its words, its opening greeting and its closing (thanks, ``具体请以公司公告为准``)
  dropped;
- the platform's chrome around the pairs leaves: a quote line (``最新：38.62  涨跌幅：+4.13%``), a list
  header (``问答（共126条）  最新  最热``), controls (``关注 | 我要提问``, ``查看更多``), a labelled
  platform notice (``风险提示：…``, ``免责声明：…``, ``热门搜索：…``), a login prompt, the search box's
  placeholder, and the run of one-word menu lines above the first pair. A listed company's header
  (``某公司（300123）``) becomes a heading.

A page whose pairs are written as fields (``留言人：X`` … ``回复单位：Y`` … ``回复内容：…``) is left to
the field rules (``field_records``), which keep each field as a line the analysis reads.

Shapes, never a platform's or a topic's words: labels are matched by their form (a person word and a
verb of asking or answering, alone on a line).
"""

from __future__ import annotations

import re

from ...model import post_heading

NAME = "qa_pairs"

#: A question's label alone on its line: an asker's word and a verb of asking.
_Q_LABEL = re.compile(r"^\s*(?P<who>投资者|投資者|网友|網友|市民|群众|群眾|居民|用户|用戶|读者|讀者|记者|記者|股民|听众|聽眾|提问者|提問者)?"
                      r"(?:提问|提問|问题|問題|留言|来信|來信|咨询|諮詢|诉求|訴求|问|問)\s*[：:]?\s*$")
#: An answer's label alone on its line: an answerer's word and a verb of answering.
_A_LABEL = re.compile(r"^\s*(?P<who>公司|上市公司|董秘|官方|单位|單位|部门|部門|政府|办理单位|辦理單位|[\u4e00-\u9fff]{2,12}?)?"
                      r"(?:回答|回覆|回复|答复|答覆|回应|回應|办理结果|辦理結果|答)\s*[：:]?\s*$")
#: A question addressed to its answerer ("问某公司：", "@某公司 ").
_ADDRESS = re.compile(r"^\s*(?:问|問|@)(?P<to>[^\s：:，。？！,?!]{2,20})\s*[：:]\s*")
#: An answer opening on its answerer's name ("某公司：", "某市某局回复：").
_ANSWERER = re.compile(r"^\s*(?P<who>[^\s：:，。？！,?!“”「」（）()]{2,20}?)(?:回复|回覆|答复|答覆)?\s*[：:]\s*")
_DATE = r"(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
_TIME = r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
#: A pair's stamp line: a date, perhaps a time, perhaps the client it came from.
_STAMP = re.compile(rf"^\s*(?:(?:提问|提問|回复|回覆|回答|答复|发布|發布)(?:时间|時間|于|於)\s*[：:]?\s*)?{_DATE}(?:\s+{_TIME})?"
                    r"(?:\s+(?:来自|來自)\s*\S{1,20})?\s*$")
#: A counters-and-controls line (``点赞(86)``, ``点赞(41)  回复  分享``, ``有用 12``).
_COUNTERS = re.compile(r"^\s*(?:(?:点赞|點讚|點贊|赞|讚|有用|没用|回复|回覆|分享|收藏|举报|舉報|评论|評論|关注|關注)"
                       r"\s*(?:[（(]\s*\d+\s*[）)]|\d+)?\s*)+$")
_GREETING = re.compile(r"^(?:尊敬的(?:投资者|投資者|网友|網友|市民|用户|用戶)?[，,、]?\s*)?(?:您好|你好)?[！!，,。.]?\s*")
_THANKS = re.compile(r"(?:[，,]?\s*(?:感谢|感謝|谢谢|謝謝)(?:您|你)?(?:的|對|对)?(?:[^。！!]{0,12})?(?:关注|關注|支持|提问|提問|来信|來信|建议|建議)?[。！!]?)\s*$")
#: What a content-free answer is made of, once its greeting and thanks are gone.
_DEFLECTION = re.compile(r"^(?:[^。！!，,]{0,16}请(?:以|关注|查阅|参阅|留意)[^。！!]{0,40}[。！!]?\s*)*$")
#: A listed company's header: its name and its stock code in brackets.
_COMPANY = re.compile(r"^\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,16})\s*[（(]\s*(?:\d{6}|\d{4,5}(?:\.HK)?|[A-Z]{1,5})(?:\.(?:SH|SZ|BJ|HK))?\s*[）)]\s*$")
#: A market quote line: two labelled market figures or more.
_QUOTE_FIELD = re.compile(r"(?:最新|现价|現價|涨跌幅|漲跌幅|涨跌|漲跌|涨幅|漲幅|成交量|成交额|成交額|换手率|換手率|市值|市盈率|今开|今開|昨收|更新时间|更新時間)"
                          r"\s*[：:]\s*[-+]?\d")
#: A list header with its count and its sort controls ("问答（共126条）  最新  最热").
_LIST_HEAD = re.compile(r"^\s*\S{1,6}[（(]\s*共\s*\d+\s*条\s*[）)](?:\s+\S{1,4})*\s*$")
#: A labelled notice of the platform, a search box, a login prompt, a "more" control.
_NOTICE = re.compile(r"^\s*(?:风险提示|風險提示|免责声明|免責聲明|特别提示|特別提示|温馨提示|溫馨提示|热门搜索|熱門搜索|热搜|大家都在搜)\s*[：:]")
_LOGIN = re.compile(r"(?:未登录|未登錄|登录后|登錄後|请先登录|請先登錄)")
_SEARCH = re.compile(r"^\s*请输入|^\s*請輸入|^\s*(?:搜索|搜尋)\s*$")
_MORE = re.compile(r"^\s*(?:查看更多|加载更多|載入更多|更多)\s*\S?\s*$")
_CONTROLS = re.compile(r"^\s*(?:\S{1,6}\s*[|｜]\s*){2,}\S{1,6}\s*$")
_MENU_WORD = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*$")


def _who(label_match, default: str) -> str:
    who = label_match.group("who") if label_match else ""
    return who if who and who not in ("公司", "上市公司", "官方", "单位", "單位", "部门", "部門", "政府") else default


def _pairs(bl):
    """(question label index, answer label index) of each pair, in order."""
    out, q = [], None
    for i, b in enumerate(bl):
        if b.kind != "line" or len(b.text) > 16:
            continue
        if _Q_LABEL.match(b.text):
            q = i
        elif q is not None and _A_LABEL.match(b.text):
            out.append((q, i))
            q = None
    return out


def _block(bl, start: int, end: int):
    """(text line indices, stamp index or None, stamp match, counter indices) of one post's lines."""
    texts, stamp, sm, counters = [], None, None, []
    for k in range(start, end):
        b = bl[k]
        if b.kind != "line":
            continue
        if len(b.text) <= 60 and (m := _STAMP.match(b.text)):
            if stamp is None:
                stamp, sm = k, m
            else:
                counters.append(k)
        elif len(b.text) <= 40 and _COUNTERS.match(b.text):
            counters.append(k)
        elif stamp is None and b.text.strip():
            texts.append(k)
        elif b.text.strip():
            break  # text after the stamp: the pair's chrome ends
    return texts, stamp, sm, counters


_SPAN = 12  # raw lines a post's stamp may sit under its label


def _read_stamp(doc, start: int, end: int):
    """A post's stamp the reader already took out as the page's date (raw line between ``start``
    and ``end``), or None."""
    return next((m for e in doc.audit if start < e.line < end and e.action == "metadata"
                 and len(e.before) <= 60 and (m := _STAMP.match(e.before))), None)


def _iso(date: str) -> str:
    y, mo, d = (int(x) for x in re.findall(r"\d+", date)[:3])
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _bare(answer: str) -> str:
    """The answer without its opening greeting and closing thanks."""
    t = _GREETING.sub("", answer.strip(), count=1)
    prev = None
    while prev != t:
        prev, t = t, _THANKS.sub("", t).rstrip()
    return t


#: A pointer closing an answer ("具体进展请以公司公告为准", "请关注后续披露的定期报告").
_POINTER = re.compile(r"[，,。]?[^。！!，,]{0,16}请(?:以|关注|查阅|参阅|留意)[^。！!]{0,40}[。！!]?$")


def _closing(text: str) -> int:
    """Where an answer's closing starts (its thanks and pointers to announcements at the end), or
    len(text) when it has none."""
    cut, prev = len(text), None
    while cut != prev:
        prev = cut
        head = text[:cut].rstrip()
        m = _THANKS.search(head) or _POINTER.search(head)
        if m and m.start() > 0:
            cut = m.start()
    return cut


def _chrome(b) -> str | None:
    """Why a line of a Q&A page is the platform's chrome, or None."""
    t = b.text
    if len(t) <= 120 and len(_QUOTE_FIELD.findall(t)) >= 2:
        return "a market quote line of the platform (price, change, update time)"
    if len(t) <= 40 and _LIST_HEAD.match(t):
        return "the platform's list header (count of items, sort controls)"
    if _NOTICE.match(t):
        return "a labelled notice of the platform (risk notice, disclaimer, trending searches)"
    if len(t) <= 60 and _LOGIN.search(t):
        return "the platform's login prompt"
    if len(t) <= 40 and (_SEARCH.match(t) or _MORE.match(t) or _CONTROLS.match(t)):
        return "the platform's search box, control row or 'more' link"
    return None


def _head_chrome(doc, first: int) -> None:
    """Above the first pair or company header: the menu's one-word lines (a run of three or more) and
    the platform's chrome leave."""
    bl = doc.blocks
    run = [k for k in range(first) if bl[k].kind == "line" and _MENU_WORD.match(bl[k].text)]
    if len(run) >= 3:
        for k in run:
            doc.remove(bl[k], "the platform's menu above the Q&A (one-word lines)", separates=True)


def _answer_words(doc, post: list, texts: list) -> None:
    """An answer's greeting and closing leave; an answer with nothing else leaves whole (``post``: its
    heading and text blocks)."""
    if _DEFLECTION.match(_bare("".join(b.text for b in texts))):
        for b in post:
            doc.remove(b, "a content-free answer (thanks, a pointer to announcements): no claim", separates=True)
        return
    g = _GREETING.match(texts[0].text)
    if g and g.end():
        doc.edit(texts[0], 0, g.end(), "", "the answer's greeting")
    last = texts[-1]
    t = last.text.rstrip()
    cut = _closing(t)
    if 0 < cut < len(t):
        end = "" if re.search(r"[。！？!?]$", t[:cut]) else "。"
        doc.edit(last, cut, len(t), end, "the answer's closing (thanks, a pointer to announcements): no claim")


def _page_meta(doc, companies, days, asker: str) -> None:
    """The page's date is its last stamp (the record as it stood when saved); a page of several
    companies' Q&As, printing no headline, is titled by their names."""
    if days and not doc.declared.get("date") and not doc.meta.get("date"):
        doc.meta["date"] = max(days)
    names = list(dict.fromkeys(_COMPANY.match(b.text).group("name") for b in companies))
    if len(names) >= 2 and not doc.meta.get("title") and not doc.declared.get("title"):
        title = "、".join(names) + f"：{asker or '提问'}问答"
        doc.meta["title"] = title
        doc.meta_lines["title"] = companies[0].line
        doc.record(companies[0].line, "", title, "metadata", "a page of several companies' Q&As printing no "
                   "headline: titled by the companies' names")


def apply(doc):
    bl = doc.blocks
    pairs = _pairs(bl)
    if len(pairs) < 2:
        return
    with doc.batch():
        companies = [i for i, b in enumerate(bl) if b.kind == "line" and _COMPANY.match(b.text)]
        first = min([pairs[0][0]] + [i for i in companies if i < pairs[0][0]])
        _head_chrome(doc, first)
        num, days = 0, []
        for n, (q, a) in enumerate(pairs):
            nxt = pairs[n + 1][0] if n + 1 < len(pairs) else len(bl)
            nxt = min([nxt] + [i for i in companies if a < i < nxt])
            qtexts, qstamp, qsm, qcount = _block(bl, q + 1, a)
            atexts, astamp, asm, acount = _block(bl, a + 1, nxt)
            if not qtexts or not atexts:
                continue
            asker = _who(_Q_LABEL.match(bl[q].text), "提问者")
            qb = bl[qtexts[0]]
            addr = _ADDRESS.match(qb.text)
            to = addr.group("to") if addr else ""
            if addr:
                doc.edit(qb, 0, addr.end(), "", f"the question's address (to {to}): its answerer heads the answer")
            ab = bl[atexts[0]]
            opener = _ANSWERER.match(ab.text)
            who = opener.group("who") if opener else ""
            answerer = who if who and ((to in who) if to else not re.search(r"[的了是在]", who)) else ""
            if answerer:
                doc.edit(ab, 0, opener.end(), "", "the answerer's name opening the answer: it heads the answer")
            answerer = answerer or _who(_A_LABEL.match(bl[a].text), to or "回答者")
            empty = bool(_DEFLECTION.match(_bare("".join(bl[k].text for k in atexts))))
            qsm = qsm or _read_stamp(doc, bl[q].line, bl[a].line)
            asm = asm or _read_stamp(doc, bl[a].line, bl[nxt].line if nxt < len(bl) else bl[a].line + _SPAN)
            for label, who, sm in ((q, asker, qsm),) + ((a, answerer, asm),) * (not empty):
                num += 1
                day = _iso(sm.group("date")) if sm else ""
                days += [day] if day else []
                time = (sm.group("time") or "")[:5] if sm else ""
                text = post_heading(num, who, day, time)
                b = bl[label]
                doc.record(b.line, b.text, "### " + text, "changed", "a Q&A's label and its stamp → the post's "
                           "heading: who asks or answers, and when")
                b.text, b.kind, b.level, b.marks = text, "h", 3, [(0, b.line)]
            for k in [qstamp, astamp]:
                if k is not None:
                    doc.remove(bl[k], "the post's stamp (its day and time carried in the post's heading)", "metadata")
            for k in qcount + acount:
                doc.remove(bl[k], "the post's counters and controls (likes, reply, share)", separates=True)
            _answer_words(doc, [bl[a]] + [bl[k] for k in atexts], [bl[k] for k in atexts])
        _page_meta(doc, [bl[i] for i in companies], days, asker if pairs else "")
        for i, b in enumerate(bl):
            if b.kind != "line":
                continue
            if i in companies:
                doc.record(b.line, b.text, "## " + b.text.strip(), "changed", "a listed company's header on a Q&A page → heading")
                b.text, b.kind, b.level = b.text.strip(), "h", 2
                continue
            why = _chrome(b)
            if why:
                doc.remove(b, why, separates=True)
