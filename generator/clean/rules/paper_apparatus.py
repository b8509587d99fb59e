"""A scholarly page's apparatus (a journal article, a working paper, a thesis, a report) is no text of the
article: metadata or furniture, each removed line recorded.

The phenomenon: a paper's page prints, around its abstract and body, the rows a catalogue files it
by (关键词, 中图分类号, 文献标识码, 文章编号, DOI, 收稿日期, 网络首发, 基金项目), how to cite it (引用本文:
then the same reference in one or two formats, export buttons) and credit lines under its tables and
figures or in its notes (资料来源：Wind，作者整理; 数据来源：…). None of them is a claim, a name on the
topic's stage or an event: a classification code is no figure, a funding grant's name is no actor,
a received date is no event of the story.

- **Catalogue rows** leave only on a page that prints two of their labels or more (one "关键词：" row
  alone may be a report's own line); the authors' notes (作者简介) stay: they say who wrote it.
- **A cite-this block**: its label and the citation lines under it (each a reference in a standard
  format: a document-type mark ``[J]`` ``[R]`` ``[M]`` …, or "et al."/a year after the names), and
  the export buttons' line.
- **A credit line**: a short line (a note's mark allowed before it) labelled 资料来源 / 数据来源 /
  Source, that names where a table's or a note's data came from and says nothing else.
"""

from __future__ import annotations

import re

NAME = "paper_apparatus"

_KINDS = ("line", "p", "caption")
_LABELS = (r"关键词|關鍵詞|关键字|關鍵字|key\s*words?|中图分类号|中圖分類號|分类号|分類號|文献标识码|文獻標識碼|"
           r"文献标志码|文章编号|文章編號|DOI|收稿日期|修回日期|录用日期|錄用日期|网络首发(?:日期|时间)?|網絡首發(?:日期|時間)?|"
           r"出版日期|基金项目|基金項目|资助项目|資助項目|JEL\s*(?:分类号|classification|codes?)")
_CATALOGUE = re.compile(rf"^[\s\u3000]*[【\[]?(?P<label>{_LABELS})[】\]]?[\s\u3000]*[:：]", re.IGNORECASE)
#: Every catalogue label of a row ("中图分类号：F822.0　　文献标识码：A"), after the row's start or a wide space.
_ANY_LABEL = re.compile(rf"(?:^|[\s\u3000]{{2,}}|\u3000)[【\[]?(?P<label>{_LABELS})[】\]]?[\s\u3000]*[:：]", re.IGNORECASE)
_CITE_LABEL = re.compile(r"^[\s\u3000]*(?:引用本文|本文引用格式|引用格式|参考引用格式|引文格式|how to cite(?: this article)?|"
                         r"cite this (?:article|paper)|citation)[\s\u3000]*[:：]?[\s\u3000]*", re.IGNORECASE)
#: A reference in a standard format: GB/T 7714's document-type mark, or Latin names and a year.
_REF = re.compile(r"\[(?:J|M|R|C|D|N|P|S|Z|A|G|EB/OL|J/OL|M/OL|R/OL|DB|CP)\]|\bet al\.|^[A-Z][A-Za-z'\-]+,? [A-Z][A-Za-z\-]+.{0,120}\b(?:19|20)\d{2}\b")
_EXPORT = re.compile(r"^[\s\u3000|｜]*(?:(?:导出|導出|export|复制引用|複製引用|下载引用|下載引用)[^|｜\n]{0,20}[\s\u3000|｜]*){1,6}$", re.IGNORECASE)
_CREDIT = re.compile(r"^[\s\u3000]*(?:\[\d{1,3}\][\s\u3000]*)?(?:资料来源|資料來源|数据来源|數據來源|资料來源|图表来源|圖表來源|"
                     r"source|sources|data source)[\s\u3000]*[:：]", re.IGNORECASE)
_CREDIT_MAX = 60
_OWN = re.compile(r"(?:作者|个人|個人|笔者|筆者|本文|编者|編者|课题组|課題組)[^，,。；;]{0,10}(?:整理|计算|計算|测算|測算|绘制|繪製)")
_SIGNING = re.compile(r"研究所|研究院|研究中心|研究部|研究組|研究组")


def _credit(text: str) -> bool:
    """A short credit line: its label, then sources (names, commas), no second sentence."""
    t = text.strip()
    if len(t) > _CREDIT_MAX or not _CREDIT.match(t):
        return False
    rest = t[_CREDIT.match(t).end():].rstrip("。.；; ")
    # (a credit naming a research body, "资料来源：Wind，某证券研究所", signs the document as that body's:
    # the speakers read it, so it stays)
    # (only the writer's own compilation, "作者整理": a credit naming outside sources, "资料来源：某报，公司公告",
    # says who the sources are, and the index lists them)
    return bool(rest) and not re.search(r"[。！？!?]", rest) and not _SIGNING.search(rest) and bool(_OWN.search(rest))


def apply(doc):
    bl = doc.blocks
    gone: list = []
    labels = {re.sub(r"\s", "", m.group("label").lower()) for b in bl
              if b.kind in _KINDS and len(b.text) <= 300 and _CATALOGUE.match(b.text)
              for m in _ANY_LABEL.finditer(b.text)}
    scholarly = len(labels) >= 2
    i = 0
    while i < len(bl):
        b = bl[i]
        if b.kind not in _KINDS:
            i += 1
            continue
        if scholarly and len(b.text) <= 300 and _CATALOGUE.match(b.text):
            gone.append((b, "a scholarly page's catalogue row (keywords, classification, dates, funding): metadata"))
        elif (m := _CITE_LABEL.match(b.text)) and len(b.text) <= 400 and (
                _REF.search(b.text[m.end():]) or (not b.text[m.end():].strip() and i + 1 < len(bl)
                                                  and bl[i + 1].kind in _KINDS and _REF.search(bl[i + 1].text))):
            gone.append((b, "a cite-this block's label (how to cite the page): apparatus"))
            j = i + 1
            while j < len(bl) and bl[j].kind in _KINDS and len(bl[j].text) <= 400 and \
                    (_REF.search(bl[j].text) or _EXPORT.match(bl[j].text)):
                gone.append((bl[j], "a cite-this block's reference or export buttons: apparatus"))
                j += 1
            i = j
            continue
        elif _credit(b.text):
            gone.append((b, "a credit line naming where a table's or a note's data came from: apparatus"))
        i += 1
    if gone:
        with doc.batch():
            for x, note in gone:
                doc.remove(x, note, action="metadata" if "catalogue" in note else "removed", separates=True)
        _notes_left(doc, [x for x, note in gone if "credit line" in note])


def _notes_left(doc, credits) -> None:
    """A credit note removed from a notes section: its mark leaves the text, and a notes heading left
    over nothing leaves too (both recorded)."""
    marks = {m.group(0) for x in credits if (m := re.match(r"\s*\[\d{1,3}\]", x.text))}
    marks = {m.strip() for m in marks}
    if marks:
        pattern = re.compile("|".join(re.escape(m) for m in sorted(marks)))
        for b in doc.blocks:
            if b.kind in _KINDS and not any(b.text.lstrip().startswith(m) for m in marks):
                doc.sub(b, pattern, lambda m: "", "the mark of a credit note that left (where the data came from)")
    bl = doc.blocks
    for i, b in enumerate(bl):
        if b.kind == "h" and b.note == "footnotes" and (i + 1 == len(bl) or bl[i + 1].kind == "h"):
            doc.remove(b, "a notes heading over no note (its credit notes left)")
            break
