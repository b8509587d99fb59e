"""A Word document (``.docx``: a zip of XML parts) read with the standard library.

The phenomenon: a document's structure is in its markup, not its text: a paragraph's style says it is
a heading (``Heading 1``, ``标题 1``, ``Title``, or an outline level), a table is rows of cells. So the
body is read in order: headings by their style (level 1–3), paragraphs, tables as Markdown tables (one
row a line, each cell's paragraphs joined); the document's title comes from its properties. Its
``creator`` and dates are the file's (who typed it, when it was saved), never read as the article's.
A text box's paragraphs follow the paragraph it is anchored in (its drawing's fallback copy read once);
headers, footers, comments, field codes and tracked deletions are left out; the page header's letterhead
gives the issuing body (a part naming a firm, institute or paper) and the date printed on every page. A zip that is no Word
document, or whose parts are over ``forms.MAX_UNZIPPED``, is refused with a warning.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from ..errors import SourceError
from .forms import MAX_UNZIPPED, front, md_escape, safe_xml

__all__ = ["convert", "office_kind", "zip_part"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING = re.compile(r"^(?:heading|标题|標題|title|subtitle|副标题|副標題)\s*(\d?)$", re.I)


def _open(raw: bytes, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(BytesIO(raw))
        total = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise SourceError(f"{name}: the file is a damaged ZIP archive ({err}); it is not read. Save it again "
                          "from Word or PowerPoint") from None
    if total > MAX_UNZIPPED:
        raise SourceError(f"{name}: its parts unpack to {total:,} bytes, over the limit of {MAX_UNZIPPED:,}; "
                          "it is not read (save its text as a .txt file)")
    return archive


def office_kind(raw: bytes, name: str) -> str:
    """``docx``, ``pptx``, ``xlsx`` or ``""`` (another kind of zip), from the parts the archive holds."""
    names = set(_open(raw, name).namelist())
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return ""


def zip_part(archive: zipfile.ZipFile, part: str, name: str):
    """One XML part of the archive, parsed safely; None when the archive has no such part."""
    try:
        data = archive.read(part)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as err:
        raise SourceError(f"{name}: its part {part} cannot be unpacked ({err}); it is not read") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{name}: its part {part} is not UTF-8 XML; it is not read") from None
    return safe_xml(text, f"{name} ({part})")


def _styles(archive, name: str) -> dict[str, int]:
    """Style id → heading level (1–3; 0 for a title) for the styles that name a heading."""
    root = zip_part(archive, "word/styles.xml", name)
    levels: dict[str, int] = {}
    if root is None:
        return levels
    for style in root.iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId") or ""
        label = style.find(f"{_W}name")
        label = (label.get(f"{_W}val") if label is not None else "") or sid
        level = _level(label) if _level(label) is not None else _level(sid)
        if level is not None:
            levels[sid] = level
    return levels


def _level(label: str) -> int | None:
    m = _HEADING.match(label.strip())
    if not m:
        return None
    if label.strip().lower().startswith(("title",)) or label.strip() in ("标题", "標題"):
        return 0 if not m.group(1) else min(int(m.group(1)), 3)
    return min(int(m.group(1)), 3) if m.group(1) else None


_TXBX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _para_text(p, boxes: list | None = None) -> str:
    """A paragraph's text (runs, tabs, breaks; no deleted text, no field codes). A text box anchored in it
    is no part of its sentence: its paragraphs go to ``boxes`` (the drawing's fallback copy is skipped)."""
    out: list[str] = []
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == _FALLBACK:
            continue
        if tag == _TXBX:
            if boxes is not None:
                boxes.extend(el.iter(f"{_W}p"))
            continue
        if tag == f"{_W}t":
            out.append(el.text or "")
        elif tag == f"{_W}tab":
            out.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        stack.extend(reversed(list(el)))
    return "".join(out)


def _para_level(p, styles: dict[str, int]) -> int | None:
    ppr = p.find(f"{_W}pPr")
    if ppr is None:
        return None
    style = ppr.find(f"{_W}pStyle")
    if style is not None and (sid := style.get(f"{_W}val")) in styles:
        return styles[sid]
    outline = ppr.find(f"{_W}outlineLvl")
    if outline is not None and (val := outline.get(f"{_W}val") or "").isdigit() and int(val) < 3:
        return int(val) + 1
    return None


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as a Markdown table (the first row its header), each cell on one line."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    cell = lambda c: md_escape(c) or " "  # noqa: E731
    out = ["| " + " | ".join(cell(c) for c in rows[0]) + " |", "|" + " --- |" * width]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:]]
    return out + [""]


def convert(raw: bytes, name: str) -> str:
    archive = _open(raw, name)
    doc = zip_part(archive, "word/document.xml", name)
    body = doc.find(f"{_W}body") if doc is not None else None
    if body is None:
        raise SourceError(f"{name}: a Word document without a body; it is not read")
    styles = _styles(archive, name)
    out: list[str] = []
    title = ""
    for el in body:
        if el.tag == f"{_W}p":
            boxes: list = []
            text = _para_text(el, boxes).strip()
            box_lines = [t for b in boxes if (t := _para_text(b).strip())]
            if not text and not box_lines:
                continue
            if not text:
                out += [x for t in box_lines for x in (md_escape(t), "")]
                continue
            level = _para_level(el, styles)
            if level == 0 and not title:
                title = re.sub(r"\s+", " ", text)
                out += ["# " + md_escape(title), ""]
            elif level:
                out += ["#" * (level + 1) + " " + md_escape(text), ""]
            else:
                out += [md_escape(line) for line in text.split("\n") if line.strip()]
                out.append("")
            out += [x for t in box_lines for x in (md_escape(t), "")]
        elif el.tag == f"{_W}tbl":
            rows = []
            for tr in el.iter(f"{_W}tr"):
                rows.append([" ".join(_para_text(p).strip() for p in tc.iter(f"{_W}p") if _para_text(p).strip())
                             for tc in tr.findall(f"{_W}tc")])
            out += table_lines(rows)
    if not any(line.strip() for line in out):
        raise SourceError(f"{name}: the Word document holds no text; it is not read")
    core = zip_part(archive, "docProps/core.xml", name)
    if core is not None and not title:
        el = next((e for e in core if e.tag.endswith("}title")), None)
        title = re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""
    outlet, day = _letterhead(archive, name)
    return "\n".join(front({"title": title, "outlet": outlet, "date": day}) + out)


#: A body that issues documents under its name on every page's header ("东嘉证券 DONGJIA SECURITIES", "某某研究院").
_ISSUER = re.compile(r"^([\u4e00-\u9fff（）()]{2,20}?(?:证券|證券|银行|銀行|研究院|研究所|研究中心|集团|集團|有限公司|股份公司|公司|"
                     r"咨询|諮詢|资本|資本|基金|资管|資管|期货|期貨|信托|信託|评级|評級|律师事务所|律師事務所|协会|協會|"
                     r"委员会|委員會|日报|日報|晚报|晚報|报社|報社|通讯社|通訊社|新闻社|新聞社))(?:\s+[A-Z][A-Za-z&.\- ]{2,40})?$")
_HEAD_DAY = re.compile(r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")


def _letterhead(archive, name: str) -> tuple[str, str]:
    """(issuer, day) printed in the document's page header, the letterhead every page carries ("证券研究报告 |
    行业点评 | 东嘉证券 DONGJIA SECURITIES | 2023年09月06日"): the part that names an issuing body (a firm, an
    institute, a paper), its Latin name left out, and the part that is a date. ('', '') when the header says neither."""
    texts = []
    for part in sorted(n for n in archive.namelist() if re.fullmatch(r"word/header\d*\.xml", n)):
        root = zip_part(archive, part, name)
        if root is not None:
            texts += [_para_text(p) for p in root.iter(f"{_W}p")]
    return issuer_and_day(texts)


def issuer_and_day(texts: list[str]) -> tuple[str, str]:
    """(issuer, day) of a page's running header or footer lines: the first part naming an issuing body
    ("东嘉证券 DONGJIA SECURITIES", "© 2023 远略咨询 版权所有"), the first part that is a date."""
    import datetime as _dt

    issuer = day = ""
    for text in texts:
        for piece in re.split(r"\s*[|｜丨]\s*|\s{2,}|\t|\n", text):
            piece = re.sub(r"^(?:©|\(c\)|Copyright)\s*(?:(?:19|20)\d{2}\s*)?|\s*(?:版权所有|版權所有|保留所有权利|All rights reserved)\.?$",
                           "", piece.strip(), flags=re.I).strip()
            m = _ISSUER.match(piece)
            if m and not issuer:
                issuer = m.group(1)
            d = _HEAD_DAY.fullmatch(piece)
            if d and not day:
                try:
                    day = _dt.date(int(d.group(1)), int(d.group(2)), int(d.group(3))).isoformat()
                except ValueError:
                    pass
    return issuer, day
