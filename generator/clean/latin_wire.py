"""A page written in a Latin script (an English-only wire story, a foreign site's page): its headline,
its stamp line, its dateline's agency and its trailer, read from the page's structure.

The phenomena (each the Latin form of one the cleaner reads on Chinese pages):

- **Headline**: the first line of the page above its running text that reads as a headline (three
  words or more, 140 characters at most, no sentence end inside or at its end, not a byline "By …",
  not a stamp) and shares two words or more with the text under it. A headline's own colon
  ("Black Myth: Wukong", "Drought: farmers count the cost") is part of it, never its end.
- **Stamp line**: a line that only gives the time of publication or update ("August 23, 2024 4:52 PM
  GMT+8 Updated 2 hours ago", "Published 12 March 2023", "Updated: Mar 12, 2023 10:05 a.m. ET") gives
  the article's date and leaves the text.
- **Dateline's agency**: the lead's "CITY, Mon DD (Agency) -" names the agency that filed the story: the
  outlet, when nothing else named it. The dateline stays in the text (it is the lead's opening).
- **Trailer**: the page's notices after the story ("Purchase Licensing Rights", "Our Standards: …",
  "Sign up here", "Reporting by …; Editing by …" credits) and a list of links to other stories under
  its label ("Related Coverage", "Read more": :mod:`.control_rows`, on any form): furniture, removed, each
  recorded (credits go to the metadata).

A page is Latin when its first screen holds 200 Latin letters or more and Han characters are under a
twentieth of them; on a Chinese page nothing here applies.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_DAY_FIRST = rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\s*,?\s*(?P<y1>(?:19|20)\d{{2}})"
_MONTH_FIRST = rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})\s*,\s*(?P<y2>(?:19|20)\d{{2}})"
_ISO = r"(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})"
_DATE = rf"(?:{_DAY_FIRST}|{_MONTH_FIRST}|{_ISO})"
_CLOCK = r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\s+[A-Z]{2,4})?)?"
_PLAIN_DATE = re.sub(r"\?P<\w+>", "", _DATE)
_AGO = r"\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago"
_UPDATE = rf"(?:[\s|·,;-]*(?:Last\s+)?(?:Updated|Published|Posted|Modified)\s*(?:on\s*)?:?\s*(?:{_AGO}|{_PLAIN_DATE}{_CLOCK}|\d{{1,2}}[:.]\d{{2}}\S*))?"
_STAMP = re.compile(rf"^\s*(?:(?:Published|Posted|Updated|First published)\s*(?:on\s*)?:?\s*)?"
                    rf"(?:[A-Z][a-z]+day,?\s+)?{_DATE}{_CLOCK}{_UPDATE}\s*$", re.I)
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .'\-]{1,30}(?:,\s*[A-Za-z .]{2,20})?,\s*" + _MONTH
                              + r"\s+\d{1,2}\s*\(([A-Z][A-Za-z&. ]{1,30})\)\s*[-–—]")
_NOTICE = re.compile(r"^\s*(?:Purchase Licensing Rights|Our Standards\s*:.{0,80}|Sign up here\.?|"
                     r"Subscribe (?:to|for) .{0,60}|Read (?:the )?(?:full|original) (?:story|article)\.?)\s*$", re.I)
_CREDITS = re.compile(r"^\s*\(\s*((?:Reporting|Writing|Additional reporting|Editing|Compiled) by [^()]{3,300})\)\s*$", re.I)
_SENT = re.compile(r"[.!?][\"'”’)]?(?:\s+|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]{3,}")


def latin_page(doc) -> bool:
    """The page is written in a Latin script (see the module)."""
    head = doc.text[:6000]
    latin = len(re.findall(r"[A-Za-z]", head))
    han = len(re.findall(r"[\u4e00-\u9fff]", head))
    return latin >= 200 and han * 20 < latin


def stamp_date(text: str) -> str | None:
    """The ISO date of a line that only stamps the page's publication or update, or None."""
    t = text.strip()
    if len(t) > 120:
        return None
    m = _STAMP.match(t)
    if not m:
        return None
    g = m.groupdict()
    if g["y3"]:
        y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        y = int(g["y1"] or g["y2"])
        mo = _MONTHS[(g["m1"] or g["m2"])[:3].lower()]
        d = int(g["d1"] or g["d2"])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _headline_shape(t: str) -> bool:
    t = t.strip()
    words = t.split()
    if not (3 <= len(words) <= 25 and len(t) <= 140) or not re.match(r"[A-Z0-9\"'“‘]", t):
        return False
    if t.endswith((".", ":", ",", ";")) or re.search(r"[.!?][\"'”’]?\s+[A-Z]", t):
        return False
    if re.match(r"^By\s+[A-Z]", t) or stamp_date(t) or _DATELINE_AGENCY.match(t):
        return False
    return True


def _words(text: str) -> set[str]:
    """The text's words of four letters or more, by their first five letters ("villages" ~ "village")."""
    return {w.lower().strip("'’")[:5] for w in _WORD.findall(text)}


def pick(doc):
    """(block, headline) of a Latin page's headline (see the module), or None."""
    if not latin_page(doc):
        return None
    bl = doc.blocks
    start = next((i for i, b in enumerate(bl) if b.kind in ("line", "p") and len(b.text) >= 150
                  and len(_SENT.findall(b.text)) >= 1), None)
    if start is None:
        return None
    body = _words(" ".join(b.text for b in bl[start:start + 6])[:4000])
    for b in bl[:min(start, 8)]:
        if b.kind in ("line", "h") and not b.message and _headline_shape(b.text) \
                and len(_words(b.text) & body) >= 2:
            return b, b.text.strip()
    return None


def apply(doc) -> None:
    """Stamp line → date, dateline's agency → outlet, trailer notices and credits → out."""
    if not latin_page(doc):
        return
    bl = doc.blocks
    for b in list(bl[:12]):
        if b.kind != "line":
            continue
        d = stamp_date(b.text)
        if d:
            if not doc.meta.get("date") and not doc.declared.get("date"):
                doc.meta["date"] = d
                doc.meta_lines["date"] = b.line
            doc.remove(b, "the page's stamp line (published / updated) → date", action="metadata", separates=True)
            break
    for b in bl[:12]:
        m = _DATELINE_AGENCY.match(b.text) if b.kind in ("line", "p") else None
        if m:
            if not doc.meta.get("outlet") and not doc.declared.get("outlet"):
                doc.meta["outlet"] = m.group(1).strip()
                doc.meta_lines["outlet"] = b.line
                doc.record(b.line, m.group(0), m.group(0), "metadata", "the dateline's agency → outlet (the dateline stays)")
            break
    with doc.batch():
        items = list(doc.blocks)
        i = 0
        while i < len(items):
            b = items[i]
            i += 1
            if b.kind not in ("line", "p"):
                continue
            if _NOTICE.match(b.text):
                doc.remove(b, "the page's notice after the story (licensing, standards, sign-up)", separates=True)
            elif (c := _CREDITS.match(b.text)):
                doc.meta.setdefault("editors", [])
                if c.group(1) not in doc.meta["editors"]:
                    doc.meta["editors"].append(c.group(1).strip())
                doc.remove(b, "the story's credits (reporting, editing) → metadata", action="metadata", separates=True)

