"""Who issued the document a page carries (issue 13, property 1).

A page that carries an official document ("全国人民代表大会常务委员会关于…的决定", "某市教育局关于…的通知")
speaks in the voice of the body that issued it, not of the site that reprints it: the body its title
names before "关于" is the speaker of its articles. A heading inside the page that is itself such a title
("国务院关于…的办法") hands the following paragraphs to that body, until the next one. A carrier's own
note before the document ("编者按：…") stays the carrier's: when the page opens with such a note, the
document's text starts only at its first heading or its adoption line ("（…会议通过）"). When the title
is not a document's title, or the body it names is not a body (no organisation's ending), nothing."""

from __future__ import annotations

import re

__all__ = ["issuers", "doc_issuer"]

#: A document's title: the issuing body, "关于", what it is about, "的", the kind of instrument.
_DOC_TITLE = re.compile(r"^[《〈]?(?P<body>[\u4e00-\u9fff]{2,30}?)(?:关于|關於)[^，。；：“”「」\n]{2,80}?的"
                        r"(?:决定|決定|办法|辦法|暂行办法|暫行辦法|通知|意见|意見|规定|規定|公告|通告|条例|條例|决议|決議|"
                        r"批复|批復|实施细则|實施細則|实施方案|實施方案|方案|通报|通報|指导意见|指導意見)[》〉]?$")
#: Bodies that issue documents beyond the organisation endings the speakers know ("省档案馆", "办公室", "市政府办").
_ISSUER_END = re.compile(r"(?:馆|館|处|處|办|辦|办公室|辦公室|站|院|校|会|會|府|庭|检察院|檢察院)$")
#: A carrier's note before the document it reprints.
_CARRIER_NOTE = re.compile(r"^\s*[【\[]?(?:编者按|編者按|编者的话|編者的話|编辑按|編輯按|按语|按語|导语|導語|编者注|編者注)")
#: The adoption or issuing line that opens a document's text ("（2024年9月13日第十四届…会议通过）").
_ADOPTED = re.compile(r"^[（(][^（）()]{4,80}(?:通过|通過|发布|發布|印发|印發|公布|施行)[）)]$")


def doc_issuer(title: str) -> str:
    """The body a document's title names as its issuer ("国务院关于…的办法" → 国务院), else ''."""
    from .speakerholder import _ORG_SUFFIX

    m = _DOC_TITLE.match((title or "").strip())
    if not m:
        return ""
    body = m.group("body")
    return body if _ORG_SUFFIX.search(body) or _ISSUER_END.search(body) else ""


def issuers(article) -> dict[str, str]:
    """Paragraph id → the body whose document that paragraph is, for the paragraphs of an article
    that carries an issued document (none when it carries none)."""
    current = doc_issuer(getattr(article, "title", "") or "")
    blocks = list(getattr(article, "blocks", ()) or ())
    paras = [b for b in blocks if b.kind == "p"]
    started = bool(current) and not (paras and _CARRIER_NOTE.match(paras[0].text))
    out: dict[str, str] = {}
    for b in blocks:
        if b.kind.startswith("h"):
            named = doc_issuer(b.text)
            if named:
                current, started = named, True
            elif current:
                started = True  # a heading in a document's page ("附件：…") is the document's
            continue
        if b.kind != "p" or not current:
            continue
        if not started:
            if _ADOPTED.match(b.text.strip()):
                started = True
            else:
                continue
        out[b.id] = current
    return out
