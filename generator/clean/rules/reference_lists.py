"""A page's reference apparatus is furniture: its reference list, "see also" and external links
leave the body, each line recorded.

Phenomenon: an encyclopedia page or a report ends on apparatus, not text: a section headed by an
apparatus label (参考文献, 参见, 外部链接, 延伸阅读, References, See also, External links) whose lines
are citations or short link titles, and a run of citations anywhere (three lines or more, each
opening on a citation mark "^", "[3]", "3." and giving a date, as "东电启动处理水排海. 中央社.
2023-08-24 [2023-08-25]. （原始内容存档于…）" does). The section ends at the next heading or at
a line of prose (a sentence longer than a link title that is no citation), which stays.
"""

from __future__ import annotations

import re

from ..text import ends_sentence

NAME = "reference_lists"

_LABEL = re.compile(r"^\s*(?:参考文献|參考文獻|参考资料|參考資料|参考来源|參考來源|资料来源|資料來源|参见|參見|相关条目|相關條目"
                    r"|外部链接|外部連結|外部連接|延伸阅读|延伸閱讀|references|see also|external links|further reading)"
                    r"\s*(?:\[(?:编辑|編輯|edit)\])?\s*[:：]?\s*$", re.IGNORECASE)
_CITE_MARK = re.compile(r"^\s*(?:\^|↑|\[\d{1,3}\]|\d{1,3}[.、]|[（(]\d{1,3}[）)])\s*")
_DATE = re.compile(r"(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2})?)?")
_ARCHIVE = re.compile(r"存档|存檔|检索|檢索|访问|訪問|[Rr]etrieved|[Aa]rchived|\[(?:19|20)\d{2}-\d{2}-\d{2}\]")
_TITLE_LEN, _PROSE = 60, 60


def _citation(text: str) -> bool:
    t = text.strip()
    return bool(_CITE_MARK.match(t)) and len(t) <= 300 and bool(_DATE.search(t)) and \
        (bool(_ARCHIVE.search(t)) or t.count(". ") + t.count("．") >= 2)


def _apparatus_line(text: str) -> bool:
    t = text.strip()
    return _citation(t) or (0 < len(t) <= _TITLE_LEN and not ends_sentence(t))


def apply(doc):
    bl = doc.blocks
    gone: list = []
    i = 0
    while i < len(bl):
        b = bl[i]
        if b.kind in ("line", "h") and _LABEL.match(b.text):
            j = i + 1
            while j < len(bl) and bl[j].kind == "line" and _apparatus_line(bl[j].text):
                j += 1
            if j > i + 1:
                gone.append((b, "apparatus section head (references, see also, external links)"))
                gone += [(x, "a line of a reference list, see-also list or external links") for x in bl[i + 1:j]]
                i = j
                continue
        if b.kind == "line" and _citation(b.text):
            j = i + 1
            while j < len(bl) and bl[j].kind == "line" and _citation(bl[j].text):
                j += 1
            if j - i >= 3:
                gone += [(x, "a citation of a reference list") for x in bl[i:j]]
                i = j
                continue
        i += 1
    if gone:
        with doc.batch():
            for x, note in gone:
                doc.remove(x, note, separates=True)
