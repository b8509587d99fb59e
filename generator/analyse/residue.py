"""Page residue before a sentence's first word (a list marker, a newspaper's slug, a wire's
dateline) and a contrast linking to the sentence before: left off where a sentence is shown
alone (a digest's summary line, a timeline row). What remains is still a substring of the
paragraph."""

from __future__ import annotations

import re

__all__ = ["BYLINE_BRACKET", "FLASH_LABEL", "display_text", "without_label", "without_residue"]

#: A reporter's credit in brackets opening an article's lead, in either script ("【某某网记者王五】",
#: "【本报记者 张三 李四】", "[特约记者 赵六]", "【文／某某】"): whose copy it is, no word of the sentence.
BYLINE_BRACKET = re.compile(r"[【\[〔][^】\]〕\n。！？]{0,20}?(?:记者|記者|通讯员|通訊員|撰稿|撰文|文[／/])"
                            r"[^】\]〕\n。！？]{0,24}[】\]〕]\s*")


#: A flash channel's label opening an item, in either script ("【美股】", "【A股收市】", "【港股】",
#: "〖快讯〗", "[海外]"; a post's topic, "【#暴雨过程回顾#】"): a short tag with no pause of its own, the
#: section an item is filed under, no word of its claim. A bracketed headline with its own pause
#: ("【瑞幸：首周售出1500万杯】") is no tag, nor a footnote's mark ("[1]").
FLASH_LABEL = re.compile(r"[【〖\[](?:[^】〗\]\n，,。：:；;！？!?、\s#]{1,8}|\\?#[^#】〗\]\n]{1,30}\\?#)[】〗\]]\s*")


def without_label(text: str, keep: int = 8) -> str:
    """``text`` without a flash label before its first word, when at least ``keep`` characters remain."""
    m = FLASH_LABEL.match(text)
    if m and len(text) - m.end() >= keep and not re.match(r"[\[【]\d{1,3}[\]】]", m.group(0)):
        return text[m.end():]
    return text


#: Residue before a sentence's first word on the page: a list marker ("- ", "10，", "第一，"), a newspaper's
#: slug (【本报讯】), an interview's answer label ("答：") or a wire's dateline ("新华社北京3月5日电（记者 王明）").
_RESIDUE = re.compile(r"^(?:[-*•·]\s*|\d{1,2}[，,、.．]\s*(?=\D)|第[一二三四五六七八九十]{1,2}[，,、]\s*"
                      r"|[【\[][^】\]]{1,8}[】\]]\s*|(?:答|A)\s*[：:]\s*|" + BYLINE_BRACKET.pattern +
                      r"|[\u4e00-\u9fff]{2,8}社[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]{0,20}[）)])?\s*)")
#: A contrast, or a link word and its comma ("此外，", "最后，"), that only ties a sentence to the one
#: before: dropped when the sentence stands alone.
_LEADING_CONTRAST = re.compile(r"^(?:(?:但是|但|然而|不[过過]|可是)(?:，|,)?|(?:此外|另外|同[时時]|[与與]此同[时時]|最后|最後|首先|其次|[当當]然|[总總]之|因此|所以"
                               r"|除此之外|除此以外|另一方面|不[仅僅]如此|[对對]此|而且|[并並]且|再者|[况況]且|例如|比如)[，,]"
                               r"|(?:更[为為]?重要的是|最重要的是|值得一提的是|值得注意的是|需要注意的是|需要指出的是)[，,]?)"
                               r"(?=\s?[\u4e00-\u9fffA-Za-z“「])")


def display_text(original: str) -> str:
    """A summary sentence as the reader sees it alone: the verbatim sentence without a list
    marker, slug or dateline before its first word, nor a contrast that points at the sentence
    before it (still a substring of the paragraph)."""
    o = original.strip()
    for _ in range(3):
        m = _RESIDUE.match(o) or _LEADING_CONTRAST.match(o)
        if not m or not m.group() or len(o) - m.end() < 10:
            break
        o = o[m.end():].lstrip()
    return o


def without_residue(text: str) -> str:
    """``text`` without a list marker, slug or dateline before its first word (a timeline row:
    "- 3月28日22时开放下单", "财讯社北京3月30日电（记者 周正阳）小米集团…")."""
    o = text.strip()
    for _ in range(3):
        m = _RESIDUE.match(o)
        if not m or not m.group() or len(o) - m.end() < 10:
            break
        o = o[m.end():].lstrip()
    return o
