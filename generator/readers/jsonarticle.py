"""A JSON document holding one article (a news app's API response, a CMS export of one story), read as
that article.

The phenomenon: an object that holds a title and one long text field (plain text or an HTML string) is
an article, wherever in the document it sits (``{"code":0,"data":{"title":…,"content":"<p>…"}}``,
``{"result":{"article":{…}}}``, ``{"story":{"headline":…,"body":…}}``). So:

- the article object is the one (searched breadth-first through objects and one-element lists, a
  bounded number of objects, never deeper than ``_DEPTH``: an object in a list of several is a record) with a short string field named like a title and a string field of at least
  ``_LONG`` characters, or ``_SHORT`` when named like a body (the longest such field, preferring one named
  like a body);
- its text is read as HTML when it holds tags, as paragraphs at blank lines when not; it is written
  into the Markdown as one raw HTML block, so the HTML reader drops scripts, frames, images and boxes
  whose class says ad/share/related (recorded), and nothing in it is ever run;
- its date comes from a time field (epoch seconds or milliseconds, an ISO or ``2024-10-10 18:20`` string),
  read in China Standard Time when it carries no zone; its author and outlet from author/source fields
  (a label such as ``责任编辑：`` never taken for a name); its address from a url field;
- its comments (an array of objects with a text field, under a key named like comments) become the
  article's readers' comments (``读者评论``: ``name：text``);
- everything else (related links, ads, tracking, share settings, counters, tags) is the app's, left out.

A document with no such object is left to the record reader (:mod:`.jsonrecords`).
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
from collections import deque

from ..errors import SourceError
from .forms import MAX_CELL, front, html_paragraphs, md_escape

__all__ = ["article"]

_LONG = 200  # characters: the least text of an article's body in a field of any name
_SHORT = 50  # … in a field named like a body (content, body, text, html …)
_DEPTH = 8
_VISIT = 2000  # objects looked at, at most
_TITLE = re.compile(r"^(?:title|headline|head_?line|subject|art_?title|news_?title|article_?title)$", re.I)
_BODY = re.compile(r"content|body|text|html|article|detail|main|desc", re.I)
_AUTHOR = re.compile(r"^(?:author|authors|author_?name|writer|byline|creator|reporter|user_?name|nick_?name)$", re.I)
_OUTLET = re.compile(r"^(?:source|source_?name|media|media_?name|site|site_?name|publisher|outlet|origin|channel_?name)$",
                     re.I)
_TIME = re.compile(r"^(?:publish_?time|pub_?time|publish_?at|published(?:_?at|_?time)?|pub_?date|publish_?date|"
                   r"release_?time|date|datetime|create_?time|created(?:_?at|_?time)?|ctime|time|timestamp|"
                   r"update_?time|updated(?:_?at)?|mtime)$", re.I)
_URL = re.compile(r"^(?:url|share_?url|link|canonical(?:_?url)?|web_?url|article_?url)$", re.I)
_COMMENTS = re.compile(r"comment|reply|replies|discuss|pinglun|review", re.I)
_C_TEXT = re.compile(r"^(?:content|text|body|comment|message|msg)$", re.I)
_C_USER = re.compile(r"^(?:user|user_?name|nick_?name|nick|author|name|screen_?name)$", re.I)
_LABEL = re.compile(r"^\s*(?:责任编辑|責任編輯|编辑|編輯|作者|记者|記者|来源|來源|文|撰文|校对|校對|审核|審核)\s*[：:]\s*")
_CST = _dt.timezone(_dt.timedelta(hours=8))


def _objects(data):
    """The objects of the document, breadth-first, with their depth (bounded)."""
    queue, seen = deque([(data, 0)]), 0
    while queue and seen < _VISIT:
        node, depth = queue.popleft()
        if isinstance(node, dict):
            seen += 1
            yield node
            kids = node.values()
        elif isinstance(node, list) and len(node) == 1:
            kids = node  # a wrapper of one (``"data":[{…}]``); a list of several is records (``jsonrecords``)
        else:
            continue
        if depth < _DEPTH:
            queue += [(k, depth + 1) for k in kids if isinstance(k, (dict, list))]


def _find(data) -> tuple[dict, str, str] | None:
    """(object, title key, body key) of the document's article, or None."""
    for obj in _objects(data):
        title = next((k for k, v in obj.items() if _TITLE.match(str(k)) and isinstance(v, str)
                      and 0 < len(v.strip()) <= 200), None)
        if title is None:
            continue
        longs = [(bool(_BODY.search(str(k))), len(v), k) for k, v in obj.items()
                 if isinstance(v, str) and k != title and len(v) >= (_SHORT if _BODY.search(str(k)) else _LONG)]
        if longs:
            return obj, title, max(longs)[2]
    return None


def _stamp(value) -> tuple[str, str]:
    """(day, time) of a time field: epoch seconds or milliseconds (in China Standard Time), an ISO string."""
    when = None
    if isinstance(value, bool):
        return "", ""
    if isinstance(value, str) and re.fullmatch(r"\d{9,13}", value.strip()):
        value = int(value.strip())
    if isinstance(value, (int, float)):
        secs = value / 1000 if value > 10_000_000_000 else value
        if not 315_532_800 <= secs <= 4_102_444_800:  # 1980 … 2100: no stamp
            return "", ""
        when = _dt.datetime.fromtimestamp(secs, _CST)
    elif isinstance(value, str):
        text = value.strip()
        try:
            when = _dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("/", "-"))
        except ValueError:
            m = re.match(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+(\d{1,2}):(\d{2}))?", text)
            if not m:
                return "", ""
            try:
                when = _dt.datetime(*(int(g) for g in m.groups() if g is not None))
            except ValueError:
                return "", ""
    if when is None:
        return "", ""
    clock = when.strftime("%H:%M") if (when.hour, when.minute) != (0, 0) else ""
    return when.date().isoformat(), clock


def _name(value) -> str:
    """A person's or outlet's name from a field: a string, an object with a name, a list of them."""
    if isinstance(value, dict):
        value = next((v for k, v in value.items() if re.fullmatch(r"name|nick_?name|title|display_?name", str(k), re.I)
                      and isinstance(v, str)), "")
    if isinstance(value, list):
        names = [_name(v) for v in value[:5]]
        value = "、".join(n for n in names if n)
    if not isinstance(value, str):
        return ""
    text = re.sub(r"\s+", " ", _LABEL.sub("", _html.unescape(value))).strip()
    return text if 0 < len(text) <= 40 and not re.search(r"[。！？!?<>]", text) else ""


def _field(obj: dict, pattern: re.Pattern):
    return next((v for k, v in obj.items() if pattern.match(str(k)) and v not in (None, "", [], {})), None)


def _comments(obj: dict) -> list[str]:
    """The article's comments, each ``name：text`` (``网友：text`` when no name is given)."""
    for key, value in obj.items():
        if not (_COMMENTS.search(str(key)) and isinstance(value, list)):
            continue
        out = []
        for c in value[:500]:
            if not isinstance(c, dict):
                continue
            text = next((v for k, v in c.items() if _C_TEXT.match(str(k)) and isinstance(v, str) and v.strip()), "")
            text = " ".join(html_paragraphs(text[:5000])) if text else ""
            if not text:
                continue
            user = _name(next((v for k, v in c.items() if _C_USER.match(str(k))), "")) or "网友"
            out.append(f"{md_escape(user)}：{md_escape(text)}")
        if out:
            return out
    return []


def _as_html(body: str) -> str:
    """The body as one raw HTML block of the Markdown (no blank line inside it, so it stays one block)."""
    if not re.search(r"<[A-Za-z/!?]", body):
        body = "".join(f"<p>{_html.escape(p)}</p>" for p in html_paragraphs(body))
    body = re.sub(r"\r\n?", "\n", body)
    body = re.sub(r"\n[ \t]*(?=\n)", "", body)  # blank lines end a Markdown HTML block
    first = _BLOCK_OPEN.search(body)
    head = body[:first.end()] if first else ""  # the first paragraph (a byline in bold) is never a subheading
    body = head + _BOLD_PARA.sub(_subhead, body[len(head):])
    body = _CAPTION.sub(lambda m: f"{m.group(1)}<p>{_CREDIT.sub('', m.group(2))}</p>", body)
    return "<div>" + body + "</div>"


_BLOCK_OPEN = re.compile(r"<p\b[^<>]{0,300}>")
#: A paragraph that is one short bold phrase: the app's subheading (its HTML has no heading tags).
_BOLD_PARA = re.compile(r"<p\b[^<>]{0,300}>\s{0,20}<(strong|b)>([^<>]{1,40})</\1>\s{0,20}</p>", re.I)
#: A picture followed by a paragraph whose class says caption/credit: the picture's caption, kept as a
#: paragraph (it may report news: "10月3日，…排起长队") without its photographer's credit.
_CAPTION = re.compile(r"(<img\b[^<>]{0,2000}>)\s{0,20}<p\b[^<>]{0,300}class=[\"'][^\"'<>]{0,100}(?:caption|credit|pic-?desc|img-?desc)"
                      r"[^\"'<>]{0,100}[\"'][^<>]{0,300}>([^<>]{0,500})</p>", re.I)


#: A caption's closing credit: "新观财经记者 何嘉宁 摄", "（图/林一）", "张三/摄", "视觉中国供图".
_CREDIT = re.compile(r"\s{0,3}(?:[（(]\s{0,2}(?:图|圖|摄|攝|photo)\s{0,2}[/／:：]\s{0,2}[^（）()<>]{1,20}[）)]|"
                     r"[^\s，。；！？<>]{0,12}(?:记者|記者|通讯员|通訊員)?\s{0,2}[\u4e00-\u9fff·]{2,5}\s{0,2}[/／]?\s{0,2}(?:摄|攝|供图|供圖))\s{0,3}$",
                     re.I)


def _subhead(m: re.Match) -> str:
    text = m.group(2)
    return m.group(0) if re.search(r"[。！？!?；;，,：:]\s*$|[。！？]", text) else f"<h2>{text}</h2>"


def article(data, name: str, more_than: int = 0) -> str | None:
    """The Markdown of the article the JSON document holds, or None when it holds none (or its text is no
    longer than ``more_than`` characters: the document's records are its content)."""
    found = _find(data)
    if found is None:
        return None
    obj, title_key, body_key = found
    body = obj[body_key]
    if len(body) <= more_than:
        return None
    if len(body) > MAX_CELL:
        raise SourceError(f"{name}: the article's field '{body_key}' holds {len(body):,} characters, more than "
                          f"{MAX_CELL:,}; it is not read")
    if not html_paragraphs(body):
        return None
    title = re.sub(r"\s+", " ", _html.unescape(obj[title_key])).strip()
    day, clock = _stamp(_field(obj, _TIME))
    url = _field(obj, _URL)
    url = url if isinstance(url, str) and re.match(r"https?://", url) else ""
    lines = front({"title": title, "author": _name(_field(obj, _AUTHOR)), "outlet": _name(_field(obj, _OUTLET)),
                   "date": day, "url": url})
    lines += [_as_html(body), ""]
    comments = _comments(obj)
    if comments:
        lines += ["## 读者评论", ""]
        for c in comments:
            lines += [c, ""]
    return "\n".join(lines)
