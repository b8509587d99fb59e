"""Names a reference list gives: the outlet of a cited news item and the authors and publisher of a
cited paper or book, read from the line's own citation format (the cleaner usually takes these
lines out of the article and keeps them in its audit).

* an encyclopaedia's note, ``^ 标题. 中央社. 2023-08-24 [2023-08-25].``: the words between the
  title and the date are the outlet (an organisation);
* a numbered scholarly reference, ``[1] 程立新，赵敏. 标题[J]. 金融研究，2023(8)：1-19.``: the names
  before the first full stop are its authors (each a surname and a given name), and a book's
  ``[M]. 北京：中国金融出版社，2020.`` names its publisher;
* a paper's funding row, ``基金项目：国家社会科学基金一般项目…``: the fund.

A segment that reads as a clause, a figure or a web address names no one."""

from __future__ import annotations

import re

__all__ = ["CITED_AUTHOR", "citation_names"]

#: The role of a person named only as the author of a cited work (no outlet's reporter).
CITED_AUTHOR = "参考文献作者"

#: An encyclopaedia's note: a caret, the title, the outlet, then the item's date.
_NOTE = re.compile(r"^\s*\^\s*(?:[a-z]\s+)*(?P<title>[^\n]{2,120}?)[.．]\s+(?P<outlet>[^.．\d\s][^.．\n]{1,23}?)[.．]\s+"
                   r"(?:(?:19|20)\d{2}[-/年]\d{1,2}(?:[-/月]\d{1,2}日?)?)")
#: A numbered reference of a paper or a book: its number, its authors, its title and its type mark.
_REFERENCE = re.compile(r"^\s*(?:\d{1,3}[.、]\s*)?[\[［]\d{1,3}[\]］]\s*(?P<authors>[^.．。\[\]［］]{2,60}?)\s*[.．。]\s*"
                        r"(?P<title>[^\[\]［］]{2,120}?)\s*[\[［](?P<kind>[JMCDRNPSZ])(?:/OL)?[\]］]"
                        r"(?:\s*[.．]\s*(?P<rest>[^\n]{0,80}))?")
#: A book's place and publisher after its type mark ("北京：中国金融出版社，2020").
_PUBLISHER = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[：:]\s*(?P<org>[\u4e00-\u9fff]{2,16}(?:出版社|出版集团|书局|书店|出版公司))")
#: A paper's funding row: the fund that pays for the work.
_FUND = re.compile(r"(?:基金项目|资助项目|项目基金)\s*[：:]\s*(?P<org>[\u4e00-\u9fff]{4,20}?基金(?:会)?)(?=[^\u4e00-\u9fff]|一般|重点|重大|青年|项目|资助|面上|后期|$)")
#: What an outlet's name never holds: a clause's words, a web address, a list.
_NOT_OUTLET = re.compile(r"[，,。；;：:！？!?“”\"《》]|https?|www|\.com|原始内容|存档|檢索|检索|访问|引用")


def _authors(text: str) -> list[str]:
    """The Chinese personal names of a reference's author list ("程立新，赵敏", "张三，李四，等")."""
    from .namecredits import _person

    names = [n.strip() for n in re.split(r"[，,、;；]\s*", text) if n.strip()]
    if names and names[-1] in ("等", "et al", "et al."):
        names.pop()
    if not names or not all(re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", n) for n in names):
        return []  # a Latin author list, or a sentence that happens to hold a full stop
    return names if all(_person(n, credited=True) for n in names) else []


def citation_names(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of the outlet, authors, publisher or fund one reference line names."""
    line = re.sub(r"<[^<>]{0,200}>", "", text).replace("\\", "").strip()
    out: list[tuple[str, str, str]] = []
    m = _NOTE.match(line)
    if m and not _NOT_OUTLET.search(m["outlet"]) and re.search(r"[\u4e00-\u9fffA-Za-z]{2}", m["outlet"]):
        out.append((m["outlet"].strip(), "org", ""))
    m = _REFERENCE.match(line)
    if m:
        out += [(n, "person", CITED_AUTHOR) for n in _authors(m["authors"])]
        book = _PUBLISHER.match(m["rest"] or "") if m["kind"] == "M" else None
        if book:
            out.append((book["org"], "org", ""))
    m = _FUND.search(line)
    if m:
        out.append((m["org"], "org", ""))
    return out
