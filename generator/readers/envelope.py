"""Repost envelopes: what an archive or feed export wraps around an article it copied.

- **Feed wrapper**: a feed entry's content list printed as Python (``[{'type': 'text/html', …,
  'value': '…'}]``) around the article. The wrapper is removed, the text inside kept; the escapes
  of the printed string (``\\xa0``, ``\\'``) become their characters. Raw lines do not move.
- **Archive card**: a run of labelled lines (标题/作者/来源/发表日期/主题归类/版权说明 …, often under a
  "档案卡" heading) that an archive puts above the copy, or a repost's own card under its account
  line (``原标题：…⏎来源：…⏎作者：…``: two such lines are enough when one is the original title, or
  they open the text or follow the account line). Its values become metadata (title,
  author, date, outlet or url, tags); a link back to the archive itself is not the article's url.
- **Title over the card**: the headline line just above a card is the item's title; the short lines
  above a rule over it (a feed reader's export: its name, folder, feed and address) are the export's
  frame, removed, and so are the short lines under the page's last rule (its buttons, capture time); a
  link to the original just above that rule ("阅读原文 → https://…") gives the url.
- **Repost note**: the archive's closing note that the copy is not complete (paywall): removed,
  the article marked ``completeness: partial`` and flagged.

Every removed or moved span is recorded with its raw line.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ..clean.doc import Doc
from ..model import AuditEntry
from .meta import clean_author, http_url, iso_date

__all__ = ["unwrap_feed", "take_card", "take_date_line", "drop_repost_note"]

NAME = "envelope"
_HEAD = re.compile(r"^\[\{(?:'(?:type|language|base)': (?:None|'[^'\n]{0,300}'), ){1,3}'value': '")
_BASE = re.compile(r"'base': '([^'\n]*)'")
_TAIL = re.compile(r"'\}\]\s*$")
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(['\"\\]))")

_LABELS = {
    "title": r"原标题|原標題|原文标题|原文標題|标题|標題|题目|題目",
    "author": r"原作者|原文作者|作者|撰文|记者|記者",
    "source": r"本文来源|本文來源|文章来源|文章來源|稿件来源|稿件來源|转载自|轉載自|转自|轉自|来源|來源|出处|出處|"
              r"原文链接|原文鏈接|原文地址|原文",
    "date": r"发表日期|發表日期|发布日期|發佈日期|發布日期|发表时间|發表時間|发布时间|發佈時間|日期",
    "tags": r"主题归类|主題歸類|分类|分類|标签|標籤|主题|主題",
    "note": r"版权说明|版權說明|版权声明|版權聲明|CDS收藏|收藏|责任编辑|責任編輯|编辑|編輯",
}
_LABEL = re.compile(r"^\s*(" + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items()) + r")\s*[:：]\s*(?P<value>.*)$")
#: A repost's "原标题：" line: with one more labelled line (来源, 作者 …) it makes a card.
_ORIGINAL = re.compile(r"^\s*(?:原标题|原標題|原文标题|原文標題)\s*[:：]")
_CARD_HEAD = re.compile(r"^\S{0,12}\s?(?:档案卡|檔案卡|资料卡|資料卡|档案|檔案)$")
_BROKEN_LINK = re.compile(r"<a\s+href=[\"']?([^\"'>\s)]+)[^>]*?(?:>|\)|$)", re.I)
_DATE_LINE = re.compile(r"^\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                        r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\s*[+-]\d{2}:?\d{2})?)?$")  # (ISO 8601 time)
_PAYWALL = re.compile(
    r"(?:付费|付費|会员|會員|订阅|訂閱).{0,30}(?:不提供|未能提供|无法提供|無法提供|不便提供)(?:全文|全部)|"
    r"不提供全文(?:转载|轉載)|(?:如需|如欲)(?:阅读|閱讀)全文|购买会员后阅读|購買會員後閱讀|(?:以上|本文)为节选|(?:以上|本文)為節選")


def unwrap_feed(text: str) -> tuple[str, list[AuditEntry], str | None]:
    """Remove a printed feed-entry wrapper; return (text, audit entries, the feed's base URL)."""
    lines = text.split("\n")
    start = next((i for i, ln in enumerate(lines[:40]) if _HEAD.match(ln)), None)
    if start is None:
        return text, [], None
    end = next((i for i in range(len(lines) - 1, start - 1, -1) if lines[i].strip()), start)
    tail = _TAIL.search(lines[end])
    if not tail:
        return text, [], None
    head = _HEAD.match(lines[start])
    base = _BASE.search(head.group(0))
    entries = [AuditEntry(NAME, start + 1, head.group(0), "", "removed",
                          "feed export wrapper around the article (a printed list of entry parts); the text inside is kept")]
    entries.append(AuditEntry(NAME, end + 1, tail.group(0).strip(), "", "removed", "end of the feed export wrapper"))
    lines[end] = lines[end][:tail.start()]
    lines[start] = lines[start][head.end():]
    for i in range(start, end + 1):
        if "\\" in lines[i]:
            lines[i] = _unescape(lines[i], i + 1, entries)
    return "\n".join(lines), entries, base.group(1) if base else None


def _unescape(line: str, number: int, entries: list[AuditEntry]) -> str:
    def one(m: re.Match) -> str:
        new = chr(int(m.group(1) or m.group(2), 16)) if (m.group(1) or m.group(2)) else m.group(3)
        entries.append(AuditEntry(NAME, number, m.group(0), new, "changed",
                                  "escape of the printed feed text → its character"))
        return new
    return _ESCAPE.sub(one, line)


def _host(url: str | None) -> str:
    try:
        return (urlsplit(url or "").hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def take_card(doc: Doc, feed_base: str | None = None) -> None:
    """Move an archive card (3+ labelled lines near the top) into ``doc.declared``."""
    blocks = doc.blocks
    doc.rule = NAME
    for i in range(min(len(blocks), 40)):
        run = i
        while run < len(blocks) and blocks[run].kind in ("line", "caption") and _LABEL.match(blocks[run].text):
            run += 1
        labels = {next(k for k in _LABELS if _LABEL.match(b.text).group(k)) for b in blocks[i:run]}
        repost = i == 0 or any(_ORIGINAL.match(b.text) for b in blocks[i:run]) or _account(blocks[i - 1].text)
        if (run - i >= 3 and len(labels) >= 3 and labels & {"title", "author", "date", "source"}) or \
                (repost and run - i >= 2 and len(labels & {"title", "author", "date", "source"}) >= 2
                 and labels <= {"title", "author", "date", "source", "note"}):
            _consume(doc, i, run, feed_base)
            break
    doc.rule = ""


def _account(text: str) -> bool:
    """True for a repost's account line or a masthead (a name and a date, see the mastheads rule)."""
    from ..clean.rules.mastheads import read_masthead

    return read_masthead(text) is not None


def _consume(doc: Doc, start: int, end: int, feed_base: str | None) -> None:
    card = doc.blocks[start:end]
    head = doc.blocks[start - 1] if start > 0 and _CARD_HEAD.match(doc.blocks[start - 1].text.strip()) else None
    archive = _host(feed_base)
    for b in card:
        m = _LABEL.match(b.text)
        label = next(k for k in _LABELS if m.group(k))
        value = m.group("value").strip()
        link = _BROKEN_LINK.search(value)
        url = (link.group(1) if link else None) or (b.links[0] if b.links else None) or http_url(value)
        words = _BROKEN_LINK.sub("", value).strip()
        note = "repost card: archive's own note"
        if label == "title" and words:
            words = words[1:-1].strip() if words.startswith("《") and words.endswith("》") else words
            doc.declared.setdefault("title", words)
            note = "repost card → title"
        elif label == "author" and clean_author(words):
            doc.declared.setdefault("author", clean_author(words))
            note = "repost card → author"
        elif label == "date" and iso_date(words):
            doc.declared.setdefault("date", iso_date(words))
            note = "repost card → date"
        elif label == "source":
            if url and url.startswith(("http://", "https://")):
                if archive and _host(url) == archive:
                    note = "repost card: the link points back to the archive itself, not to the original article"
                else:
                    doc.declared.setdefault("url", url.rstrip(")"))
                    note = "repost card → url (the original's address)"
            elif words:
                doc.declared.setdefault("outlet", words)
                note = "repost card → outlet"
        elif label == "tags":
            tag = words or (unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]) if url else "")
            if tag:
                doc.declared.setdefault("tags", []).append(tag)
                note = "repost card → tags"
        doc.record(b.line, b.text, "", "metadata" if "→" in note else "removed", note)
    if head is not None:
        doc.record(head.line, head.text, "", "removed", "repost card heading")
    gone = {id(b) for b in card} | {id(head)}
    gone |= _title_over_card(doc, start - (head is not None))
    doc.blocks[:] = [b for b in doc.blocks if id(b) not in gone]


_RULE = re.compile(r"^\s*[\u2500-\u257f—–\-=＝_＿*＊~～·•]{3,}\s*$")
#: An export's frame above the item: this many short lines at most, none a sentence.
_FRAME_LINES, _FRAME_LEN = 6, 80


def _title_over_card(doc: Doc, k: int) -> set[int]:
    """The line just above a card (its index ``k - 1``) that reads as a headline is the item's title
    (a feed item's or a repost's, when none is declared); the short lines above a rule line over
    that title are the frame of the export (the reader's name, folder, feed and its address):
    removed. Returns the ids of the blocks taken."""
    from ..clean.titlepick import _shape, not_a_title

    if k < 1 or doc.declared.get("title"):
        return set()
    t = doc.blocks[k - 1]
    if t.kind != "line" or not _shape(t.text) or not_a_title(t.text):
        return set()
    doc.declared["title"] = t.text.strip()
    doc.record(t.line, t.text, "", "metadata", "the headline over the item's card → title")
    taken = {id(t)}
    above = doc.blocks[:k - 1]
    rule = next((j for j in range(len(above) - 1, -1, -1) if _RULE.match(above[j].text)), None)
    if rule is None or rule != len(above) - 1 or not 1 <= rule <= _FRAME_LINES:
        return taken
    frame = above[:rule]
    if all(b.kind == "line" and len(b.text) <= _FRAME_LEN and not re.search(r"[。！？]", b.text) for b in frame):
        for b in frame + [above[rule]]:
            doc.record(b.line, b.text, "", "removed", "the export's frame above the item (reader, folder, feed, "
                       "its address and rule)")
            taken.add(id(b))
        taken |= _frame_foot(doc)
    return taken


#: A line that links to the original item: words, then an arrow or a colon, then the address.
_ORIGINAL_LINK = re.compile(r"^\s*\S{1,12}?\s*(?:[→>»:：]|-->?)\s*(https?://\S+)\s*$")


def _frame_foot(doc: Doc) -> set[int]:
    """An export framed at the top is framed at the foot too: the short lines under the page's last
    rule line (the reader's buttons, the capture time) are removed, and a link to the original item
    just above it ("阅读原文 → https://…") gives the url. Returns the ids of the blocks taken."""
    bl = doc.blocks
    start = max(len(bl) - _FRAME_LINES - 2, 0)
    rule = next((j for j in range(len(bl) - 1, start - 1, -1) if bl[j].kind == "line" and _RULE.match(bl[j].text)), None)
    if rule is None:
        return set()
    foot = bl[rule + 1:]
    if not foot or len(foot) > _FRAME_LINES or any(b.kind != "line" or len(b.text) > _FRAME_LEN
                                                  or re.search(r"[。！？]", b.text) for b in foot):
        return set()
    taken = set()
    for b in [bl[rule]] + foot:
        doc.record(b.line, b.text, "", "removed", "the export's frame under the item (the reader's buttons, capture time)")
        taken.add(id(b))
    link = bl[rule - 1] if rule >= 1 else None
    if link is not None and link.kind == "line" and (m := _ORIGINAL_LINK.match(link.text)):
        doc.declared.setdefault("url", m.group(1))
        doc.record(link.line, link.text, "", "metadata", "the link to the original item → url")
        taken.add(id(link))
    return taken


def take_date_line(doc: Doc) -> None:
    """A line that is only a date, among the first three blocks (under a reposted title): the date."""
    doc.rule = NAME
    for b in list(doc.blocks[:3]):
        if b.kind == "line" and _DATE_LINE.match(b.text.strip()) and iso_date(b.text):
            doc.declared.setdefault("date", iso_date(b.text))
            doc.remove(b, "date line at the top → date", action="metadata")
            break
    doc.rule = ""


def drop_repost_note(doc: Doc) -> None:
    """Remove the archive's closing note that the copy is incomplete; mark the article partial."""
    doc.rule = NAME
    for b in list(doc.blocks[-3:]):
        if b.kind in ("line", "caption") and len(b.text) <= 200 and _PAYWALL.search(b.text):
            doc.remove(b, "reposting site's note that the article is not reproduced in full")
            doc.meta["completeness"] = "partial"
            doc.flag(b.line, b.text, "The reposting site says this copy is not the full article (marked "
                     "completeness: partial). Find the full text, or publish it as an excerpt.")
    doc.rule = ""
