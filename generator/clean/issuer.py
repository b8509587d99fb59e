"""Who issued a document is not its title; a poster's name is not a post's title.

Read from the document's structure, whatever its kind:

- **The issuing body** heads an official document (a bureau's reply, an association's minutes, a
  school's notice) and signs it again at the end (``武汉市X局`` over the date, ``印发：X秘书处``), or is
  followed at the top by a label naming the kind of document (``会议纪要``) or a document number
  (``X函〔2024〕87号``). A title taken from that line is the outlet, not the title. The title is then
  the document's own title line (``关于……的答复函``: a line opening on 关于 in the header), else its
  labelled subject (``会议名称：…``, ``主题：…``), else the body's name with the kind of document
  (``X会议纪要``).
- **The signature's date**: a date line (``2024年8月16日``, ``二〇二四年八月十六日``) under a short line
  among the last lines dates the document when nothing else does.
- **A document number** in the header (``X函〔2024〕87号``, ``〔2024〕第7期``) is a credit, never text.
- **A department as the source** (``来源：宣传司``, ``来源：办公室``): a part of the publishing body,
  not an outlet a reader knows; the body is the one the page's first lines name (``国家卫生健康委员会
  2023年11月13日新闻发布会文字实录``): the outlet is that body, else no outlet at all.
- **A poster's line** (``某某 @handle``) is the author, not the title; the profile line under it
  (a bio, ``…｜…｜…``) is no subtitle.

Each change is recorded (``metadata``); when no better title is found the title is left alone.
"""

from __future__ import annotations

import re

from . import linekinds as lk
from .titlepick import label_line

__all__ = ["department_outlet", "issuer_title", "signature_date", "poster_title", "doc_numbers"]

_TAIL = 12  # last lines of the raw text where a signature stands
_HEAD = 20  # first lines of the raw text where the header stands
_OWN_TITLE = re.compile(r"^\s*关于\S.{3,78}$")
_SUBJECT = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}(?:名称|名稱|主题|主題|题目|題目|标题|標題)\s*[：:]\s*(\S.{3,58})$")
_SENTENCE = re.compile(r"[。！？!?；;]")
_HANDLE = re.compile(r"^\s*(?P<name>[^\s@]{2,16})[\s\u3000]+@[A-Za-z0-9_.]{2,30}\s*$")


def _squash(s: str) -> str:
    return re.sub(r"[\s\u3000]+", "", s)


def _raw_lines(doc) -> list[str]:
    return [ln.strip() for ln in (doc.text or "").splitlines() if ln.strip()]


def _is_issuer(title: str, lines: list[str]) -> bool:
    key = _squash(title)
    if not (4 <= len(key) <= 30) or _SENTENCE.search(key) or re.search(r"[0-9０-９]", key):
        return False
    head = [_squash(x) for x in lines[:_HEAD]]
    if key not in head or _HANDLE.match(title):
        return False
    k = head.index(key)
    tail = [_squash(x) for x in lines[max(k + 3, len(lines) - _TAIL):]]
    signed = any(key in x and len(x) <= len(key) + 30 for x in tail)
    labelled = k + 1 < len(head) and (label_line(head[k + 1]) or lk.is_doc_number(head[k + 1]))
    return signed or labelled


def issuer_title(doc) -> None:
    """The issuing body taken as the title, or heading a page with no title: outlet (see the module)."""
    if doc.declared.get("title") or doc.markdown:
        return
    lines = _raw_lines(doc)
    title = doc.meta.get("title") or (lines[0] if lines else "")
    if not title or not _is_issuer(title, lines):
        return
    line = doc.meta_lines.get("title", 1)
    k = [_squash(x) for x in lines[:_HEAD]].index(_squash(title))
    label = _squash(lines[k + 1]) if k + 1 < len(lines) else ""
    if re.search(r"[。！？!?]", label) and not (label_line(label) or lk.is_doc_number(label)):
        label = ""  # (a sentence under the body is the text's own, never taken with it)
    for b in list(doc.blocks[:_HEAD]):
        if b.kind in ("line", "h") and _squash(b.text).lstrip("#") in (_squash(title), label):
            doc.remove(b, "the issuing body's line (or the label of the document's kind under it) → metadata",
                       action="metadata")
    new, block = None, None
    for b in doc.blocks[:_HEAD]:
        if b.kind == "line" and _OWN_TITLE.match(b.text) and not _SENTENCE.search(b.text):
            new, block = b.text.strip(), b
            break
    if new is None:
        new = next((m.group(1).strip() for x in lines[:_HEAD] if (m := _SUBJECT.match(x))), None)
    if new is None:
        new = _squash(title) + label if label_line(label) else None
    if not doc.meta.get("outlet") and not doc.declared.get("outlet"):
        doc.meta["outlet"] = title
    if new is None:
        doc.record(line, title, title, "metadata", "the issuing body (it heads and signs the document) → outlet")
        return
    doc.meta["title"] = new
    if block is not None:
        doc.meta_lines["title"] = block.line
        doc.remove(block, "the document's own title line (关于……) → title", action="metadata", separates=True)
    doc.record(line, title, new, "metadata", "the issuing body (it heads and signs the document, or a label of "
               "its kind follows it) is the outlet, not the title; the document's own title is")


def signature_date(doc) -> None:
    """A date line under a short line among the last lines: the document's date, when it has none."""
    if doc.meta.get("date") or doc.declared.get("date"):
        return
    raw = [(n, ln.strip()) for n, ln in enumerate((doc.text or "").splitlines(), 1) if ln.strip()]
    if len(raw) < 6:
        return
    tail = raw[-_TAIL:]
    for (_, a), (n, b) in zip(tail, tail[1:]):
        iso = lk.iso_cn_date(b)
        if iso and len(a) <= 30 and not _SENTENCE.search(a) and not lk.iso_cn_date(a):
            doc.meta["date"] = iso
            doc.record(n, b, iso, "metadata", "the date under the signature at the end → date")
            return


def poster_title(doc) -> None:
    """A title that is a poster's name and handle → author; the profile line under it is no subtitle.
    A poster's line among the first lines (no title taken) → author, and the short profile line under
    it leaves the text with it."""
    title = doc.meta.get("title") or ""
    m = _HANDLE.match(title)
    if not m:
        _poster_line(doc)
        return
    if doc.declared.get("title"):
        return
    line = doc.meta_lines.get("title", 1)
    del doc.meta["title"]
    if not doc.meta.get("author") and not doc.declared.get("author"):
        doc.meta["author"] = m.group("name")
    doc.record(line, title, m.group("name"), "metadata", "a poster's name and handle is the author, not the title")
    sub = doc.meta.get("subtitle")
    if sub and doc.meta_lines.get("subtitle", line + 1) <= line + 2:
        del doc.meta["subtitle"]
        doc.record(line + 1, sub, "", "metadata", "the poster's profile line under the name is no subtitle")


def _poster_line(doc) -> None:
    top = [b for b in doc.blocks[:6] if b.kind == "line"]
    if _name_over_field(doc, top):
        return
    for i, b in enumerate(top):
        m = _HANDLE.match(b.text)
        if not m:
            continue
        if not doc.meta.get("author") and not doc.declared.get("author"):
            doc.meta["author"] = m.group("name")
        doc.remove(b, "a poster's name and handle → author", action="metadata")
        nxt = top[i + 1] if i + 1 < len(top) else None
        if nxt is not None and nxt.gap == 0 and len(nxt.text.strip()) <= 40 and not _SENTENCE.search(nxt.text):
            doc.remove(nxt, "the poster's profile line under the name", action="metadata")
        return


def doc_numbers(doc) -> None:
    """A document number on its own line in the header → credits (recorded), out of the text."""
    for b in list(doc.blocks[:_HEAD]):
        if b.kind in ("line", "h") and lk.is_doc_number(b.text.lstrip("# ")):
            doc.meta.setdefault("credits", []).append(b.text.lstrip("# ").strip())
            doc.remove(b, "the document's number → credits", action="metadata")


def _name_over_field(doc, top) -> bool:
    """A short name line over a short field (``吃货小满`` ⏎ ``IP属地：浙江``) at the top, the name printed
    again further down (the poster answering comments): the poster, the author; both lines leave."""
    raw = doc.text or ""
    for a, b in zip(top, top[1:]):
        name = a.text.strip()
        if not (2 <= len(name) <= 16) or re.search(r"[，。！？：:；,.!?;\s]", name) or b.gap != 0:
            continue
        if not lk.is_field(b.text) or len(b.text.strip()) > 20 or re.search(r"[，。！？；,.!?;]", b.text):
            continue
        if raw.count(name) < 2:
            continue
        if not doc.meta.get("author") and not doc.declared.get("author"):
            doc.meta["author"] = name
        doc.remove(a, "the poster's name over their field line, printed again further down → author", action="metadata")
        doc.remove(b, "the poster's field line under the name", action="metadata")
        return True
    return False


#: A department's name alone: a few characters and a department's ending (宣传司, 办公厅, 新闻处).
_DEPARTMENT = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}(?:司|处|處|科)|[\u4e00-\u9fff]{0,4}(?:办公厅|辦公廳|办公室|辦公室))$")
#: A body named at the start of a line (a ministry, a commission, a government, a bureau …).
_BODY = re.compile(r"^((?:[\u4e00-\u9fff]{2,14}?)(?:委员会|委員會|人民政府|政府|部|局|厅|廳|委|院|署|办公厅|辦公廳))"
                   r"(?=\d|[\u4e00-\u9fff]{0,12}(?:新闻发布会|新聞發佈會|发布会|發佈會|通知|公告|通告|实录|實錄|答记者问|答記者問))")
_HEAD_LINES = 8


def department_outlet(doc) -> None:
    """A source field that names a department only: the body it belongs to, named in the first
    lines, is the outlet; none named, no outlet (recorded)."""
    outlet = doc.meta.get("outlet")
    if not isinstance(outlet, str) or not _DEPARTMENT.match(outlet.strip()) or doc.declared.get("outlet"):
        return
    raw = [ln.strip() for ln in (doc.text or "").splitlines() if ln.strip()][:_HEAD_LINES]
    body = next((m.group(1) for ln in raw if (m := _BODY.match(ln))), None)
    line = doc.meta_lines.get("outlet", 1)
    if body:
        doc.meta["outlet"] = body
        doc.record(line, outlet, body, "metadata", "the source names a department only: the body the page's "
                   "first lines name is the outlet")
    else:
        del doc.meta["outlet"]
        doc.record(line, outlet, "", "metadata", "the source names a department only, and no body it belongs to: "
                   "no outlet")
