"""A news article's title read at its lead: the headline above the lead (with its decks), printed
on the lead's line before its dateline, or carried by the dateline line itself (``题：…``).
Each returns True when it took the title. Used by the ``title`` rule.
"""

import re

from .headline import LEAD, NUMBERED
from .text import ends_sentence, han_count
from .title_lines import SECTION, deck, headline_line, take, title_text

_PARTS = re.compile(r"[\u4e00-\u9fff]{2,}(?:[ \u3000]+[\u4e00-\u9fff][^\s]*){1,3}")


def _spaced(text: str) -> bool:
    """A headline printed in parts set apart by spaces, each of two or more characters."""
    if len(text) > 40:
        return False
    parts = text.split()
    return len(parts) >= 2 and all(len(p) >= 2 for p in parts) and bool(_PARTS.fullmatch(text.strip()))


def lead_headline(doc, pangu) -> bool:
    """A headline (and up to two decks) right above a news lead ("【本报讯】…", "新华社北京5月6日电…")
    is the title (and subtitle), however the lines are spaced: the lead marker says where the
    text begins. A headline in parts set apart by spaces with decks right under it ends at the
    first blank line. True when taken."""
    bl = doc.blocks
    k = next((k for k in range(1, min(len(bl), 4)) if bl[k].kind == "line" and LEAD.match(bl[k].text)), None)
    # above a lead marker a headline in parts may run longer than a heading ("X正式上市 起售价… 首日…")
    longest = 40 if k is not None else 30
    if k is None and _spaced(bl[0].text) and len(bl) > 2 and bl[1].gap == 0:
        # a headline in parts ("远程课堂 三千学生受益") with its deck printed right under it
        k = next((k for k in range(2, min(len(bl), 4)) if bl[k].gap > 0), None)
    if k is None or not (headline_line(bl[0], longest) or (k > 0 and LEAD.match(bl[k].text) and _lead_head(bl[0]))) \
            or not all(deck(b) for b in bl[1:k]):
        return False
    decks = bl[1:k]
    take(doc, bl[0], "title", title_text(bl[0].text, pangu), "headline above the news lead → title")
    if decks:
        doc.meta["subtitle"] = "\u3000".join(title_text(b.text, pangu) for b in decks)
        doc.meta_lines["subtitle"] = decks[0].line
        for b in decks:
            doc.remove(b, "deck line between the headline and the news lead → subtitle", action="metadata")
    return True


def _lead_head(b) -> bool:
    """A headline right above a news lead may carry commas ("X正式上市，起售价…"): a short line
    that ends no sentence or clause and is no section head or list item."""
    t = b.text.strip()
    return deck(b) and not t.endswith(("，", "、", "：", ":", "；", ",")) and "。" not in t \
        and not NUMBERED.match(t) and not SECTION.match(t)


#: A dateline fused to the headline on one line ("…24小时大定88898台财讯社北京3月30日电（记者…）…"):
#: a news agency (the outlet already read, or two characters and 社), a place, the day, 电/讯.
_FUSED_DATELINE = re.compile(r"([\u4e00-\u9fff]{2}[社网網])([\u4e00-\u9fff]{2,5}?)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:专电|專電|电|電|讯|訊)"
                             r"(?=[（(【\s\u3000:：，,]|$)")
_FUSED_REACH = 100  # characters of the first line searched


def fused_lead(doc, pangu) -> bool:
    """A headline printed on the same line as the dateline that opens the lead: the part before
    the dateline is the title, the lead stays. True when taken."""
    bl = doc.blocks
    b = bl[0]
    if b.kind != "line":
        return False
    head = b.text[:_FUSED_REACH]
    outlet = doc.meta.get("outlet") or doc.declared.get("outlet") or ""
    at = None
    if len(outlet) >= 2:
        i = head.find(outlet, 4)
        if i > 0 and LEAD.match(b.text[i:]):
            at = i
    if at is None:
        m = _FUSED_DATELINE.search(head, 4)
        at = m.start() if m else None
    if at is None:
        return False
    title = b.text[:at].strip()
    if not (4 <= len(title) <= 50) or han_count(title) < 4 or ends_sentence(title) or "。" in title \
            or title.endswith(("，", "、", "：", ":", "；", ",")) or NUMBERED.match(title) or SECTION.match(title):
        return False
    doc.meta["title"] = title_text(title, pangu)
    doc.meta_lines["title"] = b.line
    doc.record(b.line, b.text[:at], "", "metadata", "headline printed on the lead's line, before its dateline → title")
    b.splice(0, at, "")
    from .rules.mastheads import read_dateline  # the dateline now opens the line: its date and reporter
    read_dateline(doc, [b])
    return True


_TITLED = re.compile(r"[\s\u3000]*题\s*[：:]\s*(\S.{3,60})$")


def titled_dateline(doc, pangu) -> bool:
    """A feature's dateline line that carries its title ("新华社北京5月6日电　题：…"): the title
    leaves the line, the dateline stays to open the lead. True when taken."""
    for b in doc.blocks[:3]:
        m = LEAD.match(b.text) if b.kind == "line" else None
        t = _TITLED.match(b.text, m.end()) if m else None
        if t:
            title = t.group(1).strip()
            doc.meta["title"] = title_text(title, pangu)
            doc.meta_lines["title"] = b.line
            doc.record(b.line, b.text[m.end():], "", "metadata", "title on the dateline's line (题：…) → title")
            b.splice(m.end(), len(b.text), "")
            return True
    return False
