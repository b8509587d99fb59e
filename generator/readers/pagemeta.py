"""The page's metadata the web page reader reads beside the extractor's: its date when the extractor's is
no date of the article, the ``<meta>`` author and site, the site's name in ``<title>``, the headline's decks
(kicker and deck → subtitle), a declared title that is the headline plus the site's name, and the info
line under the headline. Used by :mod:`generator.readers.page`; every value taken is recorded."""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc
from .html import norm
from .infoline import plain_info
from .meta import clean_author, http_url, iso_date

__all__ = ["squash", "page_date", "page_meta", "head_meta", "site_name", "headline_decks", "headline_title",
           "info_line"]


def squash(text: str) -> str:
    """``text`` without white space (blocks and titles are matched on it)."""
    return "".join(text.split())


_DATED_LABEL = re.compile(r"(?:最近更新|更新于|更新時間|更新时间|最后更新|最後更新|发布于|發佈於|發布於|发布时间|發布時間|发表于|"
                          r"發表於|发表时间|發表時間|修订于|修訂於|Last updated|Updated|Published|Posted)\s*[:：]?"
                          r"[^0-9\n]{0,16}?((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})", re.I)


def _day_forms(iso: str) -> tuple[str, ...]:
    y, m, d = iso.split("-")
    return (iso, f"{y}/{m}/{d}", f"{y}.{m}.{d}", f"{y}年{int(m)}月{int(d)}日", f"{y}-{int(m)}-{int(d)}",
            f"{y}/{int(m)}/{int(d)}")


_A_DAY = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def _year_guess(date: str, doc: Doc, inventory: list[Chunk]) -> None:
    """The extractor's 1 January that the page writes nowhere is a year alone made a day (from a
    copyright line, "© 2023 …"): the page's labelled date (更新時間, 发布于 …) replaces it, else the
    first day of that year a short line of the page prints (a byline's "記者 X　2023年9月18日 06:00"),
    else the year alone."""
    year = date[:4]
    day = next((d for b in inventory if (m := _DATED_LABEL.search(b.text)) and (d := iso_date(m.group(1)))
                and d.startswith(year)), None) \
        or next((d for b in inventory if len(b.text) <= 80 for m in _A_DAY.finditer(b.text)
                 if (d := iso_date(m.group(0))) and d.startswith(year)), None)
    line = next((b.line for b in inventory if day and any(f in b.text for f in _day_forms(day))), 1)
    doc.declared["date"] = day or year
    doc.record(line, date, day or year, "changed", "the extractor's 1 January is written nowhere on the page (a "
               "year alone, e.g. a copyright line's, made a day): the day the page prints is its date, else the year")


def page_date(html: str, root, doc: Doc, inventory: list[Chunk], used: set[int]) -> None:
    """The extractor's date, when the page states it nowhere but in list items or links it left out
    (a reference list's dates, a related link's), is not the page's: a labelled date of the page
    (最近更新：…, 发布于 …, Updated …) replaces it, or the page is left undated."""
    date = doc.declared.get("date") or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return
    if date.endswith("-01-01") and not any(f in html for f in _day_forms(date)):
        _year_guess(date, doc, inventory)
        return
    head = html[:html.lower().find("<body")] if "<body" in html.lower() else ""
    forms = _day_forms(date)
    stated = any(f in head for f in forms) or any(
        any(f in (el.get("datetime") or "") + norm(el.text_content()) for f in forms) for el in root.iter("time"))
    kept = any(f in inventory[i].text for i in used for f in forms)
    where = [b for b in inventory if any(f in b.text for f in forms)]
    listed = bool(where) and all(re.match(r"\d{1,3}\. |- ", b.text) or b.link_only for b in where)
    if stated or kept or not listed:
        return  # (only a date found in list items or links alone — a reference list — is set aside)
    labelled = next((iso_date(m.group(1)) for b in inventory if (m := _DATED_LABEL.search(b.text))), None)
    line = next((b.line for b in inventory if any(f in b.text for f in forms)), 1)
    if labelled:
        doc.declared["date"] = labelled
        doc.record(line, date, labelled, "changed", "the extractor's date is stated only in text outside the "
                   "article (a reference or related link); the page's labelled date (updated, published) is its date")
    else:
        del doc.declared["date"]
        doc.record(line, date, "", "removed", "the extractor's date is stated only in text outside the article "
                   "(a reference or related link): not the page's date")


def page_meta(result, doc: Doc, line: int) -> None:
    fields = {"title": result.get("title"), "author": clean_author(result.get("author")),
              "date": iso_date(result.get("date")), "outlet": result.get("sitename"),
              "url": http_url(result.get("url"))}
    for key, value in fields.items():
        if value:
            doc.declared.setdefault(key, value.strip())
            doc.record(line, value.strip(), "", "metadata", f"page metadata (<meta>, <title>, JSON-LD) → {key}")


#: ``<meta>`` names that state the author or the site, read when the extractor gives none.
_META_AUTHOR = ("author", "article:author", "byline", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author")
_META_SITE = ("og:site_name", "application-name", "publisher", "article:publisher", "site_name", "copyright")


def head_meta(root, doc: Doc, line: int) -> None:
    """The page's ``<meta name="author">`` and ``og:site_name`` when the extractor gave no author
    or outlet (it drops short Chinese names): a value that is a link is never a name."""
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or "").strip().lower()
        value = norm(el.get("content") or "")
        if not value or len(value) > 40 or "://" in value or "@" in value:
            continue
        if key in _META_AUTHOR:
            found.setdefault("author", clean_author(value) or "")
        elif key in _META_SITE:
            found.setdefault("outlet", value)
    for key, value in found.items():
        if value and key not in doc.declared:
            doc.declared[key] = value
            doc.record(line, value, "", "metadata", f"page metadata (<meta>) → {key}")


_TITLE_SEP = re.compile(r"\s+[-–—|｜]\s+|\s*[_｜|]\s*|(?<=[\u4e00-\u9fff])[-–—](?=[\u4e00-\u9fff“「《])")


def _words(text: str) -> str:
    """``text`` without punctuation and spaces (titles are compared on their words)."""
    return "".join(ch for ch in text if ch.isalnum())


_EPAPER = re.compile(r"(?<=[报報刊])(?:数字报|數字報|电子报|電子報|电子版|電子版|数字版|數字版|数位版|數位版|数字报刊|數字報刊)$")


def site_name(root, title: str | None) -> str | None:
    """The site's name in the page's ``<title>`` ("文章标题 - 站点名", "标题_频道_站点名",
    "站点名 | 标题"): the end part that is not the article's title, when a part is the title."""
    el = next(iter(root.iter("title")), None)
    text = norm(el.text_content()) if el is not None else ""
    parts = [p.strip() for p in _TITLE_SEP.split(text) if p.strip()] if text else []
    key = squash(title or "")

    def is_title(part: str) -> bool:  # the title, or its first deck ("标题_频道_站点" for "标题 副题")
        p = squash(part)
        if bool(p) and (p == key or (len(p) >= 4 and key.startswith(p))):
            return True
        # the title with other punctuation, or after the author's name ("钟睿：价格战没有赢家，…")
        bare, words = _words(p), _words(key)
        return len(words) >= 6 and bare.endswith(words) and len(bare) - len(words) <= 8
    if len(parts) < 2 or not key or not any(is_title(p) for p in (parts[0], parts[-1])):
        return None
    site = parts[0] if is_title(parts[-1]) else parts[-1]
    site = _EPAPER.sub("", site)  # an e-paper's site is the paper ("X晚报数字报" → "X晚报")
    return site if not is_title(site) and 2 <= len(site) <= 20 else None


_DECK_LEN = 60
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．\s]|第[一二三四五六七八九十\d]+[章节部分])")


def headline_decks(doc: Doc, blocks: list[Chunk], inventory: list[Chunk], used: set[int]) -> list[Chunk]:
    """The headline's decks: the heading printed right above the page's headline (its kicker, 引题)
    and right under it (its deck, 副题), short and no sentence of the text, are the article's
    subtitle (kicker first), never page furniture nor a section's heading."""
    title = squash(doc.declared.get("title") or "")
    t = next((i for i, b in enumerate(inventory) if b.kind == "h" and title and squash(b.text) == title), None)
    if t is None or "subtitle" in doc.meta:
        return blocks
    decks = [i for i in (t - 1, t + 1) if 0 <= i < len(inventory) and inventory[i].kind == "h"
             and len(inventory[i].text) <= _DECK_LEN and not re.search(r"[。！？]$", inventory[i].text.strip())
             and squash(inventory[i].text) != title and not _NUMBERED.match(inventory[i].text)]
    if t + 1 in decks and t + 2 < len(inventory) and t + 2 in used and re.search(r"[。！？]", inventory[t + 2].text):
        decks.remove(t + 1)  # a heading over the text's first paragraph is the first section's heading
    if not decks:
        return blocks
    texts = [_squash_spaces(inventory[i].text) for i in decks]
    doc.meta["subtitle"] = "\u3000".join(texts)
    doc.meta_lines["subtitle"] = inventory[decks[0]].line
    gone = {squash(inventory[i].text) for i in decks}
    for i in decks:
        doc.record(inventory[i].line, inventory[i].text, "", "metadata", "a deck printed with the headline (its "
                   "kicker above it, its deck under it) → subtitle")
        used.add(i)
    return [b for b in blocks if not (b.kind == "h" and squash(b.text) in gone)]


def _squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def headline_title(doc: Doc, blocks: list[Chunk]) -> None:
    """A declared title that is the page's headline plus the site's name ("标题 - 站点名", as
    og:title often is) → the headline."""
    title = doc.declared.get("title") or ""
    head = next((b for b in blocks if b.kind == "h"), None)
    if head is None or not title or squash(title) == squash(head.text):
        return
    parts = [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) >= 2 and any(squash(p) == squash(head.text) for p in (parts[0], parts[-1])):
        doc.declared["title"] = head.text
        doc.record(head.line, title, head.text, "changed", "declared title = the page's headline and the "
                   "site's name: the headline is the title")


def _printed_alone(name: str, inventory: list[Chunk], at: int) -> str:
    """An info line's elements glued into one name ("原创阿槿江州家长圈": a tag, the writer, the account):
    the account is the end of it that the page prints alone on a line of its own elsewhere (its
    profile card); else the name as read."""
    alone = {squash(b.text) for k, b in enumerate(inventory) if k != at and b.kind == "line" and len(b.text) <= 20}
    for k in range(1, len(name) - 1):
        if name[k:] in alone and len(name) - k >= 2:
            return name[k:]
    return name


def info_line(doc: Doc, inventory: list[Chunk], used: set[int]) -> None:
    """The page's info line under the headline ("2023-05-06 20:15 来源：晨光日报 作者：王明"), left
    out by the extractor: its date, outlet and author, when the page's metadata has none."""
    from ..clean.rules.mastheads import read_masthead

    first = min(used) if used else len(inventory)
    for i in range(max(0, first - 3), min(len(inventory), first + 3)):
        if i in used or inventory[i].kind != "line":
            continue
        read = read_masthead(inventory[i].text)
        plain = plain_info(inventory[i].text) if read is None else ""
        read = read_masthead(plain) if plain else read
        if read is None:
            continue
        date, name, role, more = read
        if name and role == "outlet":
            name = _printed_alone(name, inventory, i)
        fields = {"date": date, **({role: name} if name and role in ("outlet", "author") else {}), **more}
        taken = [k for k, v in fields.items() if v and doc.declared.setdefault(k, v) == v]
        if taken:
            doc.record(inventory[i].line, inventory[i].text, "", "metadata",
                       "the page's info line under its headline → " + ", ".join(taken))
            used.add(i)
        return
