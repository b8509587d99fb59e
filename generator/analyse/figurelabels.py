"""What a figure counts, cut at word boundaries: jieba's cut is a guess, and a label that starts in
the middle of a word reads as nonsense ("菜市场规模" from 预制菜市场规模, "天花" from 挂了3天花了900多块,
"月公司整体" from 9月公司整体). The repairs here move the label's start to a boundary the text itself
shows, or give the label up (the renderers then show the clause): a wrong label costs a reader more
than none.

* a time or measure word after a numeral is the numeral's, never the label's start ("3天|花了",
  "9月份|增长");
* a bound suffix cannot open a label ("抗感染|类产品" → 抗感染类产品);
* a place or a scope word right before the label is kept ("北方|部分城市", "台湾的|抗药比例");
* in an article, a term that recurs across jieba's cut ("预制菜" written thirty times, cut as
  预制|菜市场 once) puts the boundary where the article's own repetitions do.
"""

from __future__ import annotations

import re

__all__ = ["at_word_start", "with_scope", "across_terms"]

#: A time or measure word that a numeral before it owns ("3天", "9月份", "2023年度", "5个").
_NUMERAL_UNIT = re.compile(r"^(?:月份|年度|季度|周年|个月|[天年月日周号时分秒岁个])")
_NUMERAL_END = re.compile(r"[\d０-９一二两三四五六七八九十百千万几]$")
#: Bound suffixes that end a word and cannot open one ("类产品" from 抗感染类产品, "型企业", "性肺炎",
#: "量增长" from 诊疗量增长).
_BOUND = "类型式性级化率量"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: A region said by its direction or its border ("北方", "华东", "国内", "海外"): not a time ("期内", "以来").
_REGION = re.compile(r"^(?:[东南西北中][部方]|东北|西北|西南|东南|华[北南东中]|国内|国外|海外|境内|境外|省内|省外|市内|"
                     r"本地|当地|全球|全国|沿海|内地|大陆|岛内)$")
#: Words that may stand before a label without being part of it.
_FUNCTION = re.compile(r"^(?:的|了|和|与|及|或|在|是|为|对|将|把|被|从|等|较|比|同比|环比|约|近|超|逾|仍|已|也|都|还|就|"
                       r"其|该|此|这|那|我|你|他|她|它)$")


#: An adverb of scope closing a label ("公证费、律师费均|有票据": 费均): it belongs to the predicate after it.
_SCOPE_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff])[均都皆亦也各]$")
#: An organisation's name inside a label, then what is counted ("…科技有限公司经济损失"): the organisation is
#: whose the figure is (``figurewhose``), what follows it is what it counts.
_ORG_INSIDE = re.compile(r"^[^的]{2,}?(?:有限公司|有限责任公司|股份公司|集团|合作社|委员会)(?=[\u4e00-\u9fff]{2})")


def at_word_start(what: str, simple: str, at: int) -> str:
    """``what`` (found at ``simple[at:]``) with a numeral's unit taken off its start and a bound
    suffix given back its word, no adverb of scope closing it and no organisation's name (or the tail
    of one) before what it counts; '' when nothing readable is left."""
    if not what or at < 0:
        return what
    adverb = _SCOPE_ADVERB.search(what)
    if adverb and _single_word(simple, at + adverb.start()):  # (not a word's own character: 人均, 平均)
        what = what[:adverb.start()]
        # (what is left must be a word of its own: "律师费均" gives "费", no label)
        if len(what) < 2 or (at > 0 and _HAN.match(simple[at - 1:at] or "x") and not _starts_word(simple, at)):
            return ""
    org = _ORG_INSIDE.match(what)
    if org and org.end() < len(what):
        what = what[org.end():]
        at += org.end()
    if at > 0 and _NUMERAL_END.search(simple[:at]):
        m = _NUMERAL_UNIT.match(what)
        if m:
            what = what[m.end():]
            return what if len(what) >= 2 and _HAN.match(what[:1] or "x") else ""
    if what[:1] in _BOUND and at > 0:
        words = _words_before(simple, at)
        if words and _HAN.fullmatch(words[-1]) and not _FUNCTION.match(words[-1]):
            return words[-1] + what
        return ""
    return what


def with_scope(what: str, simple: str, at: int) -> str:
    """``what`` with the place or scope word right before it ("北方部分城市", "台湾的抗药比例"): a
    figure said of part of the world is not said of all of it."""
    if not what or at <= 0:
        return what
    from .figures import _words

    before = [w for w in _words(simple) if w[3] <= at]
    if not before:
        return what
    w, tag, s, e = before[-1]
    if w == "的" and e == at and len(before) >= 2:
        w2, tag2, s2, e2 = before[-2]
        if e2 == s and (tag2 == "ns" or tag2 in ("f", "s") and _REGION.match(w2)) and len(w2) >= 2:
            return f"{w2}的{what}"
        return what
    if e == at and len(w) >= 2 and (tag == "ns" or tag in ("f", "s") and _REGION.match(w)):
        return w + what
    return what


def across_terms(what: str, simple: str, at: int, text: str, count=None) -> str:
    """``what`` starting where the article's recurring term starts: when the characters before it
    and its first one are written as one term at least three times in ``text`` (the article), and
    its first two characters never stand without them ("预制|菜市场规模": 预制菜 thirty times, 菜市 only
    after 预制), the label begins with the term."""
    if not what or at <= 0 or len(what) < 2:
        return what
    words = _words_before(simple, at)
    if not words or not _HAN.fullmatch(words[-1]) or _FUNCTION.match(words[-1]) or len(words[-1]) > 3:
        return what
    prev = words[-1]
    term, start = prev + what[0], prev + what[:2]
    count = count or text.count  # (``count``: the same, kept per article by the caller)
    if count(term) >= 3 and count(start) == count(what[:2]):
        return prev + what
    return what


def _single_word(simple: str, at: int) -> bool:
    """Whether jieba cuts ``simple[at]`` as a word of one character."""
    from .figures import _words

    return any(s == at and e == at + 1 for _, _, s, e in _words(simple))


def _starts_word(simple: str, at: int) -> bool:
    """Whether a jieba word of ``simple`` starts at ``at``."""
    from .figures import _words

    return any(s == at for _, _, s, _ in _words(simple))


def _words_before(simple: str, at: int) -> list[str]:
    """The jieba words that end exactly at ``at`` and before it (closest last)."""
    from .figures import _words

    out = [w for w, _, s, e in _words(simple) if e <= at]
    ends = [e for _, _, s, e in _words(simple) if e <= at]
    return out if ends and ends[-1] == at else []
