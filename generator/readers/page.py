"""The web page reader: the main text of a whole saved page, extracted with trafilatura.

trafilatura keeps the headings, paragraphs, lists and tables of the article and leaves out
navigation, ads, related-article boxes, comments, scripts and styles; it also reads the page's
metadata (title, author, date, site name, canonical URL) from ``<meta>``, JSON-LD and the page
itself. The page is walked once more with the HTML walker (:mod:`generator.readers.html`) to give
every kept block its raw line and to record every text element the extractor left out, with its
raw line and why. Nothing from the page is kept as HTML.
"""

from __future__ import annotations

import re

from ..clean.doc import Chunk, Doc, render_table
from ..errors import SourceError
from .html import NAME, XML_DECLARATION, Walker, norm, parse
from .office import for_extractor, running_heads, suite_title
from .pageparts import comments_after, dl_fields, field_rows, news_in_captions
from .answers import authored_blocks
from .exchange import exchange_blocks
from .infoline import paywall, plain_info
from .threadblocks import thread_blocks
from .pageboxes import boxed_pieces
from .pagekeep import chronology, live_times, piece_heads, recover, structure
from .pagenet import keep_passages
from .meta import clean_author, http_url, iso_date
from .mhtml import saved_from
from .paperauthors import paper_authors

__all__ = ["read_page", "MAX_ELEMENTS"]

#: Pages with more elements than this are refused (no article needs them; bounds the work).
MAX_ELEMENTS = 200_000


def _squash(text: str) -> str:
    return "".join(text.split())


def _config():
    from trafilatura.settings import use_config

    cfg = use_config()
    # The default minimum (250 characters) is tuned for alphabetic languages; a Chinese article of
    # 100 characters is a real article.
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    cfg.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
    cfg.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "on")
    return cfg


def _extract(html: str):
    """trafilatura's result as an XML element (``<doc>`` with metadata attributes), or None."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(html, output_format="xml", with_metadata=True, include_tables=True,
                              include_images=False, include_links=False, include_comments=False,
                              include_formatting=False, deduplicate=False, config=_config())
    if not xml:
        return None
    return etree.fromstring(xml.encode("utf-8"))


def _xml_blocks(main) -> list[Chunk]:
    """trafilatura's ``<main>`` as blocks (lines are located later)."""
    blocks: list[Chunk] = []
    for el in main:
        tag = el.tag
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text = norm("".join(el.itertext()))
            if text:
                blocks.append(Chunk("h", text, [(0, 1)], 1, level=level))
        elif tag == "list":
            ordered = el.get("rend") == "ol"
            for n, item in enumerate(el.iter("item"), start=1):
                text = norm("".join(item.itertext()))
                if text:
                    blocks.append(Chunk("line", (f"{n}. " if ordered else "- ") + text, [(0, 1)], 1))
        elif tag == "table":
            rows = [[norm("".join(c.itertext())) for c in row.iter("cell")] for row in el.iter("row")]
            rows = [r for r in rows if any(r)]
            if rows:
                blocks.append(Chunk("table", render_table(rows), [(0, 1)], 1, rows=rows))
        else:
            for piece in re.split(r"\n", "".join(el.itertext())):
                text = norm(piece)
                if text:
                    blocks.append(Chunk("line", text, [(0, 1)], 1))
    return blocks


def _locate(blocks: list[Chunk], inventory: list[Chunk]) -> set[int]:
    """Give each extracted block the raw line of the page element it came from; return the
    indices of the page's text elements that the extracted text uses."""
    used: set[int] = set()
    by_text: dict[str, list[int]] = {}
    keys = [_squash(b.text) for b in inventory]
    for i, key in enumerate(keys):
        by_text.setdefault(key, []).append(i)
    j = 0
    for b in blocks:
        key = _squash(b.text.lstrip("-0123456789. ") if b.kind == "line" else b.text)
        hit = next((i for i in by_text.get(key, ()) if i not in used), None)
        if hit is None and key:
            for i in range(j, min(len(inventory), j + 200)):
                if keys[i] and i not in used and (keys[i] in key or key[:24] in keys[i]):
                    hit = i
                    break
        if hit is None:
            continue
        b.marks = [(0, inventory[hit].line)]
        used.add(hit)
        # every element whose text lies inside this block is part of it
        k = hit + 1
        while k < len(inventory) and keys[k] and keys[k] in key and k not in used:
            used.add(k)
            k += 1
        j = max(j, k)
    return used


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


def _page_date(html: str, root, doc: Doc, inventory: list[Chunk], used: set[int]) -> None:
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


def _page_meta(result, doc: Doc, line: int) -> None:
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


def _head_meta(root, doc: Doc, line: int) -> None:
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


def _site_name(root, title: str | None) -> str | None:
    """The site's name in the page's ``<title>`` ("文章标题 - 站点名", "标题_频道_站点名",
    "站点名 | 标题"): the end part that is not the article's title, when a part is the title."""
    el = next(iter(root.iter("title")), None)
    text = norm(el.text_content()) if el is not None else ""
    parts = [p.strip() for p in _TITLE_SEP.split(text) if p.strip()] if text else []
    key = _squash(title or "")

    def is_title(part: str) -> bool:  # the title, or its first deck ("标题_频道_站点" for "标题 副题")
        p = _squash(part)
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


def _decks(doc: Doc, blocks: list[Chunk], inventory: list[Chunk], used: set[int]) -> list[Chunk]:
    """The headline's decks: the heading printed right above the page's headline (its kicker, 引题)
    and right under it (its deck, 副题), short and no sentence of the text, are the article's
    subtitle (kicker first), never page furniture nor a section's heading."""
    title = _squash(doc.declared.get("title") or "")
    t = next((i for i, b in enumerate(inventory) if b.kind == "h" and title and _squash(b.text) == title), None)
    if t is None or "subtitle" in doc.meta:
        return blocks
    decks = [i for i in (t - 1, t + 1) if 0 <= i < len(inventory) and inventory[i].kind == "h"
             and len(inventory[i].text) <= _DECK_LEN and not re.search(r"[。！？]$", inventory[i].text.strip())
             and _squash(inventory[i].text) != title and not _NUMBERED.match(inventory[i].text)]
    if t + 1 in decks and t + 2 < len(inventory) and t + 2 in used and re.search(r"[。！？]", inventory[t + 2].text):
        decks.remove(t + 1)  # a heading over the text's first paragraph is the first section's heading
    if not decks:
        return blocks
    texts = [_squash_spaces(inventory[i].text) for i in decks]
    doc.meta["subtitle"] = "\u3000".join(texts)
    doc.meta_lines["subtitle"] = inventory[decks[0]].line
    gone = {_squash(inventory[i].text) for i in decks}
    for i in decks:
        doc.record(inventory[i].line, inventory[i].text, "", "metadata", "a deck printed with the headline (its "
                   "kicker above it, its deck under it) → subtitle")
        used.add(i)
    return [b for b in blocks if not (b.kind == "h" and _squash(b.text) in gone)]


def _squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _headline_title(doc: Doc, blocks: list[Chunk]) -> None:
    """A declared title that is the page's headline plus the site's name ("标题 - 站点名", as
    og:title often is) → the headline."""
    title = doc.declared.get("title") or ""
    head = next((b for b in blocks if b.kind == "h"), None)
    if head is None or not title or _squash(title) == _squash(head.text):
        return
    parts = [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) >= 2 and any(_squash(p) == _squash(head.text) for p in (parts[0], parts[-1])):
        doc.declared["title"] = head.text
        doc.record(head.line, title, head.text, "changed", "declared title = the page's headline and the "
                   "site's name: the headline is the title")


def _printed_alone(name: str, inventory: list[Chunk], at: int) -> str:
    """An info line's elements glued into one name ("原创阿槿江州家长圈": a tag, the writer, the account):
    the account is the end of it that the page prints alone on a line of its own elsewhere (its
    profile card); else the name as read."""
    alone = {_squash(b.text) for k, b in enumerate(inventory) if k != at and b.kind == "line" and len(b.text) <= 20}
    for k in range(1, len(name) - 1):
        if name[k:] in alone and len(name) - k >= 2:
            return name[k:]
    return name


def _info_line(doc: Doc, inventory: list[Chunk], used: set[int]) -> None:
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


def read_page(html: str, doc: Doc, first_line: int = 1) -> None:
    """Extract the main text of a whole web page (starting on raw line ``first_line``) into
    ``doc.blocks``; record everything dropped."""
    doc.rule = NAME
    root = parse(html, whole=True)
    count = sum(1 for _ in root.iter())
    if count > MAX_ELEMENTS:
        raise SourceError(f"the page has {count:,} HTML elements (more than {MAX_ELEMENTS:,}); save only "
                          "the article (or copy its text into a .md file)")
    walker = Walker(first_line, keep_comments=True)
    walker.walk(root)
    walker.flush()
    inventory = walker.blocks
    result = _extract(for_extractor(XML_DECLARATION.sub(r"\1", html)))
    blocks = _xml_blocks(result.find("main")) if result is not None and result.find("main") is not None else []
    if result is not None:
        _page_meta(result.attrib, doc, first_line)
        suite_title(root, doc, first_line)
    if not blocks:
        # The extractor found no main text: keep the page's own text blocks, flagged for the editor.
        blocks = [b for b in inventory]
        used = set(range(len(inventory)))
        if blocks:
            doc.flag(blocks[0].line, blocks[0].text[:60],
                     "The extractor found no main text in this page: all of its text was kept. "
                     "Check it, or save only the article.")
    else:
        used = _locate(blocks, inventory)
        blocks = recover(blocks, inventory, walker.parents, used, doc)
        blocks = piece_heads(blocks, inventory, used, doc)
        blocks = _decks(doc, blocks, inventory, used)
        blocks = chronology(blocks, inventory, used, doc)
        blocks = live_times(blocks, inventory, used, doc)
        blocks = thread_blocks(blocks, inventory, walker.owners, used, root, doc)
        blocks = authored_blocks(blocks, inventory, used, root, doc)
        blocks = exchange_blocks(blocks, inventory, walker.parents, used, doc)
        blocks = boxed_pieces(blocks, inventory, used, doc)
        blocks = structure(field_rows(dl_fields(blocks, walker, doc), walker, doc), inventory, used, walker, doc)
        _page_date(html, root, doc, inventory, used)
        _headline_title(doc, blocks)
        _info_line(doc, inventory, used)
        blocks = paywall(blocks, inventory, used, doc)
        blocks = keep_passages(blocks, inventory, used, doc)  # nothing that carries news left out silently
    blocks = running_heads(root, blocks, doc)
    blocks = news_in_captions(blocks, doc) + comments_after(walker, doc, first_line)
    _head_meta(root, doc, first_line)
    if "url" not in doc.declared and (saved := saved_from(html)):  # a saved page's mark of the web
        doc.declared["url"] = saved[0]
        doc.record(first_line + saved[1] - 1, saved[0], "", "metadata", "the address the page was saved from → url")
    paper_authors(doc, inventory, used)
    site = _site_name(root, doc.declared.get("title")) if "outlet" not in doc.declared else None
    if site:
        doc.declared["outlet"] = site
        doc.record(first_line, site, "", "metadata", "site name in the page's <title> (after the article's "
                   "title) → outlet")
    for line, text, why in walker.dropped:
        doc.record(line, text, "", "removed", why)
    for i, b in enumerate(inventory):
        if i not in used:
            doc.record(b.line, b.text, "", "removed",
                       "page text outside the article's main text (navigation, ads, related links, "
                       "bylines read as metadata), as judged by the extractor")
    doc.blocks[:] = blocks
    doc.rule = ""
