"""A paginated document exported to text (a research note from PDF): its page furniture removed,
its layout undone, each step recorded.

- **Running header or footer**: a short line printed again on every page, next to the page
  numbers (``华岳证券研究所 | 公司研究 | 2023年10月18日``, ``请务必阅读正文后的免责声明``): every copy is
  removed; the first copy's date is the date, its first item the outlet when it names an
  institution (…证券, …研究所, …研究院, …银行, …资本).
- **Closing legal sections**: from a head of its own (``分析师声明``, ``投资评级说明``, ``免责声明``, its English name beside it or not,
  ``法律声明``) in the document's last part to the end: removed (in a document with block structure
  too: a Word file, a slide deck's last slide, a page).
- **A Latin word hyphenated at a line end** (``Logis-⏎tics``): rejoined (``Logistics``).
- **A bold bullet head** (``**■ 三季度业绩低于预期。**公司…``): the marks go, the bullet starts a paragraph.
- **Boxes side by side at the top** (a first page's header, the analysts' block in two columns:
  ``分析师：孙立群        分析师：韩晓``): a line of two or three cells set apart by a wide run of spaces
  (six or more) above the first paragraph is split into a line per cell, so that each cell is read
  on its own (a running header, a byline, a licence line).
- **A table as space-aligned text** (three lines or more, three cells or more each, set apart by two
  spaces or more): its cells are set apart by tabs, which ``tab_tables`` makes a table.
"""

from __future__ import annotations

import re
from collections import Counter

from .form_headers import _date
from .page_furniture import _PAGE_CODE, _PAGE_NUMBER

NAME = "paginated"
_LONGEST = 64
_NEAR = 2  # blocks from a page number (or the document's start) where a running line sits
_INSTITUTION = re.compile(r"(?:证券|證券|研究所|研究院|研究中心|银行|銀行|资本|資本|基金|期货|期貨|控股|集团|集團|国际|國際)$")
_LEGAL = re.compile(r"^\s*[【\[（(■●◆▌#*]*\s*(?:分析师声明|分析師聲明|分析师承诺|分析師承諾|分析师认证|分析師認證|投资评级说明|投資評級說明|"
                    r"评级说明|評級說明|评级体系|評級體系|免责声明|免責聲明|免责条款|免責條款|法律声明|法律聲明|重要声明|重要聲明|"
                    r"特别声明|特別聲明|一般声明|一般聲明|信息披露|資訊披露|Disclaimer|Analyst Certification|Important Disclosures)"
                    r"(?:[ \u3000]+[A-Za-z][A-Za-z &]{2,40})?"  # its English name set beside it ("免责声明 DISCLAIMER")
                    r"\s*[】\]）)*]*\s*[:：]?\s*$", re.I)
#: What a legal section says (two of these at least after its head): a news section named so does not.
_LEGAL_WORDS = re.compile(r"本报告|本報告|仅供|僅供|不构成|不構成|不作任何保证|不作任何保證|评级|評級|执业资格|執業資格|"
                          r"投资建议|投資建議|免责|免責|署名分析师|署名分析師|客户使用|客戶使用|书面许可|書面許可|准确性|準確性|完整性")
#: The disclaimer naming the firm that issued the report ("本报告仅供某某证券股份有限公司（以下简称“本公司”）客户使用").
_ISSUED = re.compile(r"本[报報]告[仅僅]供([\u4e00-\u9fffA-Za-z]{2,24}?)(?:[（(]以下[简簡]称[^）)]{0,12}[）)])?(?:的)?客[户戶]使用")
_COMPANY = re.compile(r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司)$")
_HYPHEN_END = re.compile(r"[A-Za-z]{2,}-$")
_LOWER_START = re.compile(r"^[a-z]{2,}")
_BOLD_HEAD = re.compile(r"^\*\*\s*(?:[■●◆▪•◼□]\s*)?([^*\n]{2,40}?)\s*\*\*")
_CELLS = re.compile(r"\S(?:\s?\S)*")
_WIDE = re.compile(r" {2,}|\u3000+")


_PADDED = re.compile(r"\S[ \u3000]{6,}\S")
_COLUMN_GAP = re.compile(r"(?<=\S)[ \u3000]{4,}(?=\S)")


def _columns(doc) -> None:
    from ..doc import Chunk
    from .mastheads import read_masthead
    blocks = doc.blocks
    from .page_layout import _prose
    first_text = next((i for i, b in enumerate(blocks) if _prose(b)), len(blocks))
    out, changed = [], False
    for i, b in enumerate(blocks):
        cells = _COLUMN_GAP.split(b.text.strip()) if b.kind == "line" and i < first_text and "\t" not in b.text \
            and len(b.text) <= 160 else []
        table = 2 <= len(cells) <= 3 and any(len(_WIDE.split(x.text.strip())) >= 3 for x in blocks[max(i - 1, 0):i + 2]
                                             if x.kind == "line" and len(x.text) <= 160)
        if 2 <= len(cells) <= 3 and not table and all(len(c) <= 40 for c in cells) and read_masthead(b.text) is None \
                and not any(_PAGE_CODE.search(c) for c in cells):  # a printed page's running head: page_furniture's
            doc.record(b.line, b.text, "\n".join(cells), "changed", "boxes set side by side: one line per box")
            out += [Chunk("line", c, [(0, b.line)], b.gap if k == 0 else 0) for k, c in enumerate(cells)]
            changed = True
        else:
            out.append(b)
    if changed:
        blocks[:] = out


def _key(text: str) -> str:
    """A line as a running header is compared: its runs of white space as one space (a PDF export
    sets the header's boxes apart by as many spaces as the page is wide)."""
    return " ".join(text.split())


def _running(doc) -> bool:
    blocks = doc.blocks
    numbers = [i for i, b in enumerate(blocks) if b.kind == "line" and _PAGE_NUMBER.match(b.text)]
    keys = [_key(b.text) if b.kind == "line" else "" for b in blocks]
    counts = Counter(k for k in keys if k and len(k) <= _LONGEST)
    texts = {k for k, b in zip(keys, blocks) if k and counts.get(k, 0) >= 2 and "。" not in b.text}
    if len(numbers) >= 2:
        near = {0, 1} | {j for i in numbers for j in range(i - _NEAR, i + _NEAR + 1)}
        # every copy of a running line stands next to a page break
        keep = {t for t in texts if all(i in near for i, k in enumerate(keys) if k == t)}
    else:
        # no page numbers: a line set out across the page's width (boxes apart by a wide run of
        # spaces) that recurs, every copy of it so set, is the page's header or footer
        keep = {t for t in texts if all(_PADDED.search(b.text) for k, b in zip(keys, blocks) if k == t)}
    if not keep:
        return False
    first = next(b for b in blocks if b.kind == "line" and _key(b.text) in keep)
    from .mastheads import read_masthead
    if first.line <= 3 and read_masthead(first.text) is not None:
        # a paper's masthead: ``mastheads`` reads it, ``page_furniture`` removes its reprints
        keep.discard(_key(first.text))
        first = None
        if not keep:
            return False
    if first is not None:
        items = [w for w in re.split(r"\s*[|｜丨]\s*|\s{2,}", first.text.strip()) if w]
        if items and _INSTITUTION.search(items[0]) and not doc.declared.get("outlet"):
            doc.meta.setdefault("outlet", items[0])
        if (d := _date(first.text)) and not doc.declared.get("date"):
            doc.meta.setdefault("date", d)
    with doc.batch():
        for b in blocks:
            if b.kind == "line" and _key(b.text) in keep:  # (a page's text starts anew after its header)
                doc.remove(b, "running header or footer printed on every page", "metadata" if b is first else "removed",
                           separates=True)
    return True


_ISSUER_SCREEN = 15


def _issuer(doc) -> None:
    """A paged export's first screen: a line that only names an institution ("东岳证券研究所") is its
    issuer, the outlet."""
    for b in doc.blocks[:_ISSUER_SCREEN]:
        t = b.text.strip()
        if b.kind == "line" and 4 <= len(t) <= 16 and re.fullmatch(r"[\u4e00-\u9fff]+", t) and _INSTITUTION.search(t):
            if not doc.declared.get("outlet"):
                doc.meta.setdefault("outlet", t)
            doc.remove(b, "the institution that issued the paged document → outlet", "metadata", separates=True)
            return


def _legal(doc) -> None:
    blocks = doc.blocks
    start = len(blocks) // 2
    for i in range(max(start, 1), len(blocks)):
        b = blocks[i]
        if b.kind in ("line", "h") and len(b.text) <= 30 and _LEGAL.match(b.text) \
                and len(set(_LEGAL_WORDS.findall("".join(x.text for x in blocks[i + 1:])))) >= 2:
            legal = "".join(x.text.strip() for x in blocks[i + 1:])
            if (m := _ISSUED.search(legal)) and not doc.declared.get("outlet") and not doc.meta.get("outlet"):
                firm = _COMPANY.sub("", m.group(1)) or m.group(1)
                # the firm's research unit, when the report names it (its source lines: "资料来源：…，X研究所")
                unit = next((firm + u for u in ("研究所", "研究院", "研究中心", "研究部") if firm + u in doc.text), None)
                doc.meta["outlet"] = unit or firm
                doc.meta_lines["outlet"] = blocks[i].line
            with doc.batch():
                for x in blocks[i:]:
                    doc.remove(x, "closing legal sections (analyst certification, rating definitions, disclaimer)"
                               + ("; the firm whose clients it is for → outlet" if m else ""))
            return


def _hyphens(doc) -> None:
    blocks = doc.blocks
    for a, b in zip(blocks, blocks[1:]):
        # (the line's tail only: a search over a long run of letters would rescan it from every position)
        if a.kind == "line" and b.kind == "line" and b.gap == 0 and a.text.endswith("-") and _HYPHEN_END.search(a.text[-24:]) \
                and (m := _LOWER_START.match(b.text)):
            frag = m.group(0)
            doc.edit(a, len(a.text) - 1, len(a.text), frag, "a Latin word hyphenated at the line end rejoined")
            doc.edit(b, 0, m.end(), "", "(the word's end moved to the line before)")


def _bold_heads(doc) -> None:
    heads = [b for b in doc.blocks if b.kind == "line" and _BOLD_HEAD.match(b.text)]
    if len(heads) < 2:
        return
    for b in heads:
        m = _BOLD_HEAD.match(b.text)
        doc.edit(b, 0, m.end(), m.group(1), "bold bullet head's marks removed")
        b.gap = max(b.gap, 1)


def _space_tables(doc) -> None:
    blocks, i = doc.blocks, 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "line" and "\t" not in blocks[j].text and (j == i or blocks[j].gap == 0) \
                and len(blocks[j].text) <= 160 and len(_WIDE.split(blocks[j].text.strip())) >= 3 \
                and not re.search(r"[。，；]", blocks[j].text):
            j += 1
        if j - i >= 3:
            rows = [_WIDE.split(b.text.strip()) for b in blocks[i:j]]
            width = max(len(r) for r in rows)
            if sum(len(r) == width for r in rows) >= j - i - 1:
                for b, r in zip(blocks[i:j], rows):
                    new = ("\t" * (width - len(r))) + "\t".join(r)
                    doc.set_text(b, new, "a table row set out with spaces: cells set apart by tabs")
            i = j
        else:
            i += 1


def apply(doc):
    if doc.markdown:
        _legal(doc)  # (a Word file's, a deck's or a page's closing legal sections: the same heads)
        return
    running = _running(doc)  # (before the first page's boxes are split: its header is one line like its reprints)
    _columns(doc)
    if _running(doc) or running:
        _issuer(doc)
    _legal(doc)
    _hyphens(doc)
    _bold_heads(doc)
    _space_tables(doc)
