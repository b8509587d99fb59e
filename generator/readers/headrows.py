"""Labelled metadata printed at the top of a page, and a bulletin board's post frame.

A page often prints what it says about itself as labelled fields in its text rather than in its
page metadata. Every form below is read into ``doc.declared`` (outlet, author, date, title, url) and
its lines leave the body, each with an audit record:

- **Field rows**: a line of labelled fields set side by side (``发布机构：X | 发布日期：Y | 阅读量 3.6万``,
  bold or not, ``|``/``｜`` or wide spaces between them), or a run of two lines or more each made of
  such fields, among the first blocks. A line is read only when every piece of it is a known field
  or a counter (never a sentence that happens to open on ``来源：``).
- **Board header**: a bulletin-board post's head lines, a label then wide spaces then its value
  (``作者  someone (nick)   看板  Board`` / ``標題  [新聞] …`` / ``時間  Wed Jan  3 12:05:33 2024``) and the
  rule under them: the title (its ``[tag]`` dropped), the date; the poster is no author of a repost.
- **Repost template**: numbered labels a board asks a reposter to fill (``1.媒體來源:`` ⏎ value, ``2.記者署名:``,
  ``3.完整新聞標題:``, ``4.完整新聞內文:``, ``5.完整新聞連結 (或短網址):``, ``6.備註:``): the filled values give
  outlet, reporter, title and url; every label leaves (an empty one with nothing to read); the body and
  the reposter's note stay.
- **Breadcrumb**: a line of three or more short steps from the home page (``首页/研究院/行业报告``).
- **Signature and pushes**: the board's signature lines (``--``, ``※ 發信站: …``, ``※ 文章網址: …``) leave;
  its push lines (``推 id: text   01/03 12:07``, ``噓``, ``→``) become the readers' comments section, one
  comment per paragraph opening on its commenter's id.
"""

from __future__ import annotations

import re

from ..clean.doc import Doc
from .meta import clean_author, http_url, iso_date

__all__ = ["read_head_rows", "FIELD_LABELS", "row_fields"]

NAME = "head_rows"
_SCAN = 8  # blocks at the top where field rows and breadcrumbs are looked for

#: Field labels (either script) → the metadata field they give; ``None``: a field that is no metadata
#: of the article (a board's name, a read count) and only leaves.
FIELD_LABELS = {
    "outlet": "发布机构|發布機構|发布单位|發布單位|发文机关|發文機關|发文单位|發文單位|媒体来源|媒體來源|新闻来源|新聞來源|"
              "文章来源|文章來源|稿件来源|稿件來源|来源|來源|媒体|媒體|出处|出處|刊物|报纸|報紙",
    "author": "记者署名|記者署名|作者|记者|記者|撰文|撰稿|文字",
    "date": "发布日期|發布日期|發佈日期|发布时间|發布時間|發佈時間|发表日期|發表日期|发表时间|發表時間|发表于|發表於|"
            "出版日期|刊出日期|日期|时间|時間",
    "title": "完整新闻标题|完整新聞標題|新闻标题|新聞標題|标题|標題",
    "url": "完整新闻连结|完整新聞連結|完整新闻链接|完整新聞鏈接|新闻连结|新聞連結|新闻链接|原文链接|原文鏈接|原文网址|原文網址",
    "body": "完整新闻内文|完整新聞內文|新闻内文|新聞內文",
    "note": "备注|備註|備注|心得|评论|評論",
    "drop": "索引号|索引號|主题分类|主題分類|成文日期|文号|文號|公开方式|公開方式|有效性|看板|阅读量|閱讀量|阅读|閱讀|浏览量|瀏覽量|浏览|瀏覽|点击量|點擊量|点击|點擊|责任编辑|責任編輯|编辑|編輯|字号|字號",
}
_ANY = "|".join(f"(?P<{k}>{v})" for k, v in FIELD_LABELS.items())
#: One labelled field of a row: its label (bold or not), a colon, its value up to the next separator.
_FIELD = re.compile(r"^\*{0,2}(?:" + _ANY + r")\*{0,2}\s*[:：]\s*\*{0,2}(?P<value>[^|｜]{0,80}?)\*{0,2}$")
#: A counter set beside the fields (``阅读量 3.6万``, ``浏览 1,024``).
_COUNT_LABEL = r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問)(?:量|数|數|次数|次數|人次)?"
_COUNTER = re.compile(r"^\*{0,2}(?:" + _COUNT_LABEL + r"|评论|評論|点赞|點讚)\*{0,2}\s*[:：]?\s*\*{0,2}\d[\d,.]*\s*[万萬wWkK]?\+?\s*次?\*{0,2}$")
_COUNTER_IN = re.compile(_COUNT_LABEL + r"\s*[:：]?\s*\d")
_SEP = re.compile(r"\s*[|｜]\s*|[\u3000\s]{2,}")

#: A board header line: label, wide spaces, value (twice on a line: ``作者  x   看板  y``).
_BOARD_LABEL = r"(作者|看板|標題|标题|時間|时间|站內|站内)"
_BOARD = re.compile(r"^" + _BOARD_LABEL + r"[ \u3000]{1,}(\S.*?)(?:[ \u3000]{2,}" + _BOARD_LABEL + r"[ \u3000]{1,}(\S.*?))?\s*$")
_RULE = re.compile(r"^\s*[\u2500-\u257f—–\-=＝_＿]{3,}\s*$")
_CTIME = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+"
                    r"(\d{1,2})\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?(\d{4})", re.I)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()

#: A repost template's numbered label (its value on the line or under it).
_TEMPLATE = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*(?:" + _ANY + r")\s*(?:[（(][^）)]{0,12}[）)])?\s*[:：]\s*(?P<value>.*)$")
_BREADCRUMB = re.compile(r"^\s*(?:首页|首頁|主页|主頁|网站首页|網站首頁|Home)\s*(?:[/>›»＞]\s*[^/>›»＞。！？，]{1,14}\s*){2,6}$", re.I)
#: A board's signature lines under the post.
_SIGNATURE = re.compile(r"^\s*(?:--|※\s*(?:發信站|发信站|文章網址|文章网址|編輯|编辑|轉錄|转录)\s*[:：].*)\s*$")
#: A push line: its mark, the pusher's id, the text, then the date and time stamp.
_PUSH = re.compile(r"^\s*(推|噓|嘘|→)\s*([A-Za-z0-9_.\-]{1,20})\s*[:：]\s?(.{0,200}?)\s+(\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2})?)\s*$")


#: A space a pusher types between two clauses (CJK on either side): a comma in the comment.
_GAP = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fffA-Za-z0-9])|(?<=[A-Za-z0-9])[ \u3000]+(?=[\u3400-\u9fff])")


def _label(m: re.Match) -> str:
    return next(k for k in FIELD_LABELS if m.group(k))


def _ctime(text: str) -> str | None:
    m = _CTIME.search(text)
    if not m:
        return None
    return f"{m.group(3)}-{_MONTHS.index(m.group(1).lower()[:3]) + 1:02d}-{int(m.group(2)):02d}"


def _put(doc: Doc, field: str, value: str) -> str:
    """Read ``value`` into the declared ``field``; return the audit note (how it was read)."""
    value = value.strip().strip("*").strip()
    if field == "title" and value:
        value = re.sub(r"^\s*[\[［【][^\]］】]{1,6}[\]］】]\s*", "", value)
        doc.declared.setdefault("title", value)
    elif field == "author" and clean_author(value):
        doc.declared.setdefault("author", clean_author(re.split(r"[／/]", value)[0]))
    elif field == "date" and (iso_date(value) or _ctime(value)):
        doc.declared.setdefault("date", iso_date(value) or _ctime(value))
    elif field == "url" and http_url(value):
        doc.declared.setdefault("url", http_url(value))
    elif field == "outlet" and value and not http_url(value) and len(value) <= 40:
        doc.declared.setdefault("outlet", value)
    else:
        return "a labelled field with no metadata of the article (a board, a counter, an empty label)"
    return f"labelled field at the top → {field}"


#: Unlabelled pieces of a row: a reporter's byline ("記者X／綜合報導"), a full date (and its time).
_BYLINE = re.compile(r"^(?:本报|本報|本刊)?(?:记者|記者)\s*([\u4e00-\u9fff·]{2,4})(?:\s*[／/]\s*[\u4e00-\u9fff]{2,8})?$")
_FULL_DATE = re.compile(r"^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                        r"(?:\s*(?:上午|下午|晚上|凌晨|中午)?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?$")
_OUTLET_NAME = re.compile(r"^\*{0,2}([\u4e00-\u9fffA-Za-z·]{2,16})\*{0,2}$")


def _bare_row(parts: list[str]) -> list[tuple[str, str]] | None:
    """A row of unlabelled pieces: a reporter's byline and a full date (the outlet's name may open it)."""
    fields = []
    for n, p in enumerate(parts):
        if m := _BYLINE.match(p):
            fields.append(("author", m.group(1)))
        elif _FULL_DATE.match(p):
            fields.append(("date", p))
        elif n == 0 and (m := _OUTLET_NAME.match(p)):
            fields.append(("outlet", m.group(1)))
        else:
            return None
    kinds = {f for f, _ in fields}
    return fields if {"author", "date"} <= kinds else None


#: A field's label and colon: where a page's spans printed side by side were glued into one line
#: ("发布日期：2025-04-03来源：市民政局字号：大 中 小"), each field starts there.
_GLUED = re.compile(r"(?:" + "|".join(FIELD_LABELS.values()) + r")\s*[:：]")


def _unglue(part: str) -> list[str]:
    if len(part) > 300:
        return [part]  # (a row of fields is short; a long line is text)
    starts = [m.start() for m in _GLUED.finditer(part)]
    if len(starts) < 2 or starts[0] != 0:
        return [part]
    return [part[a:b].strip() for a, b in zip(starts, starts[1:] + [len(part)])]


def _row(text: str) -> list[tuple[str, str]] | None:
    """The fields of a line made only of labelled fields and counters, or None."""
    parts = [q for p in _SEP.split(text.strip()) if p for q in _unglue(p) if q]
    if len(parts) >= 2 and not any(_FIELD.match(p) for p in parts):
        return _bare_row(parts)
    fields = []
    for p in parts:
        m = _FIELD.match(p)
        if m:
            field, value = _label(m), m.group("value").strip("* \u3000")
            if field == "date" and not (iso_date(value) or _ctime(value)) or field in ("outlet", "author") and not value:
                return None  # "时间：今晚八点" is an event's time, not the page's date: the line stays
            fields.append((field, value))
        elif not _COUNTER.match(p):
            return None
    return fields if fields and any(f in ("outlet", "author", "date") for f, _ in fields) else None


def row_fields(text: str) -> list[tuple[str, str]] | None:
    """The fields of a line made only of labelled fields and counters (at least one of them the
    article's outlet, author or date), or None."""
    return _row(text)


def read_head_rows(doc: Doc) -> None:
    """Read every form of the module's docstring (fail clean: a form read only whole)."""
    doc.rule = NAME
    _template(doc)  # the template's full title before the board header's
    _board_header(doc)
    _field_rows(doc)
    _breadcrumb(doc)
    _removed_rows(doc)
    _signature_and_pushes(doc)
    doc.rule = ""


def _field_rows(doc: Doc) -> None:
    top = []
    for b in doc.blocks[:_SCAN]:
        if b.kind in ("line", "p") and re.search(r"[。！？]", b.text) and not _row(b.text):
            break  # the text has begun: labelled lines inside it are its text
        if b.kind in ("line", "p", "caption"):
            top.append(b)
    rows = {id(b): _row(b.text) for b in top}
    for b in top:
        fields = rows[id(b)]
        if not fields and _COUNTER.match(b.text.strip()):
            doc.remove(b, "the page's read counter above its text (how often it was read): no text of the article")
            continue
        if not fields:
            continue
        if not re.search(r"[|｜]", b.text) or len(fields) + len(_COUNTER_IN.findall(b.text)) < 2:
            continue  # (fields one a line or set apart by spaces are the card and letterhead rules')
        notes = [_put(doc, f, v) for f, v in fields]
        read = [n for n in notes if "→" in n]
        doc.remove(b, "; ".join(read) if read else notes[0], action="metadata" if read else "removed")


def _removed_rows(doc: Doc) -> None:
    """A page's table of fields above its text that the page reader took out as furniture (a
    government page's 索引号 / 发布机构 / 成文日期 table): its fields still give the metadata; the issuing
    body is the author when the site already names the outlet."""
    if not doc.blocks:
        return
    top = doc.blocks[0].line
    for e in list(doc.audit):
        if e.action != "removed" or e.line >= top or "|" not in e.before and "｜" not in e.before \
                and len(_unglue(e.before)) < 2:
            continue
        for row in e.before.split("\n"):
            fields = _row(row.strip().strip("|｜ "))
            if not fields:
                continue
            read = []
            for field, value in fields:
                if field == "outlet" and doc.declared.get("outlet") and doc.declared["outlet"] != value.strip():
                    field = "author"  # the issuing body of a page on a portal's site
                note = _put(doc, field, value)
                if "→" in note:
                    read.append(note)
            if read:
                doc.record(e.line, row, "", "metadata", "; ".join(read) + " (a table of fields above the text)")


def _board_header(doc: Doc) -> None:
    bl = doc.blocks
    k = 0
    fields: list[tuple[str, str]] = []
    while k < min(len(bl), 5) and bl[k].kind == "line" and (m := _BOARD.match(bl[k].text)):
        fields += [(m.group(1), m.group(2))] + ([(m.group(3), m.group(4))] if m.group(3) else [])
        k += 1
    labels = {f for f, _ in fields}
    if len(labels) < 3 or not labels & {"時間", "时间"}:
        return
    taken = bl[:k] + ([bl[k]] if k < len(bl) and _RULE.match(bl[k].text) else [])
    for f, v in fields:
        if f in ("標題", "标题"):
            _put(doc, "title", v)
        elif f in ("時間", "时间"):
            _put(doc, "date", v)
    for b in taken:
        doc.remove(b, "a board post's header (poster, board, title, time) → title and date; the poster of a "
                   "repost is not its author", action="metadata")


def _template(doc: Doc) -> None:
    bl = doc.blocks
    labels = [i for i, b in enumerate(bl[:80]) if b.kind == "line" and _TEMPLATE.match(b.text)]
    if len(labels) < 3:
        return
    gone = []
    for n, i in enumerate(labels):
        m = _TEMPLATE.match(bl[i].text)
        field, value = _label(m), m.group("value").strip()
        nxt = labels[n + 1] if n + 1 < len(labels) else len(bl)
        under = [b for b in bl[i + 1:nxt] if b.kind == "line" and b.text.strip()]
        if field in ("outlet", "author", "title", "url") and not value and under and len(under) <= 2:
            value = under[0].text.strip()
            if len(under) == 1 or field == "url":
                gone.append((under[0], _put(doc, field, value), "metadata"))
                value = None
        note = "a repost template's label (the value under it kept)" if value is None or field in ("body", "note") \
            else (_put(doc, field, value) if value else "a repost template's empty label")
        if value is None:
            note = "a repost template's label (its value read into the metadata)"
        gone.append((bl[i], note, "metadata" if "→" in note else "removed"))
    for b, note, action in gone:
        doc.remove(b, note, action=action, separates=True)


def _breadcrumb(doc: Doc) -> None:
    for b in list(doc.blocks[:_SCAN]):
        if b.kind in ("line", "p") and _BREADCRUMB.match(b.text):
            doc.remove(b, "the site's breadcrumb (path from its home page)")
            return


def _signature_and_pushes(doc: Doc) -> None:
    from ..clean.rules import comments

    bl = doc.blocks
    pushes = [i for i, b in enumerate(bl) if b.kind == "line" and _PUSH.match(b.text)]
    if len(pushes) < 3:
        return
    first = pushes[0]
    head = bl[first]
    for b in [b for b in bl[max(first - 6, 0):first] if b.kind == "line" and _SIGNATURE.match(b.text)]:
        doc.remove(b, "the board's signature under the post (its site, the poster's address, the post's link)")
    for b in doc.blocks:
        m = _PUSH.match(b.text) if b.kind == "line" else None
        if m:
            said = _GAP.sub("，", m.group(3).strip())
            new = f"{m.group(2)}：{said}"
            doc.record(b.line, b.text, new, "changed", "a board's push line → a comment opening on its commenter's id "
                       "(its push mark and time stamp dropped)")
            b.text, b.starts, b.gap = new, True, max(b.gap, 1)
            b.marks = [(0, b.line)]
    k = next(i for i, b in enumerate(doc.blocks) if b is head)
    comments.open_before(doc, k, "a board's push lines under the post: kept as the readers' comments section, one "
                         "comment a paragraph")

