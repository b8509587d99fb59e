"""Estimates of one figure that differ (any topic; issue 13, property 6): two named holders putting a different
amount on the same measure ("王振宇估算，小米每卖出一辆SU7约亏损4万元" / "郑嘉豪估算，…小米每卖出一台SU7，亏损约在6万
至8万元之间") disagree, though neither answers the other; the reader is shown the spread as a question ("小米每卖出
一辆SU7亏多少？"), the lowest estimates on one side and the highest on the other.

The measure is an amount of money per unit sold or made ("每卖出一辆", "每台", "单车") with what it measures (a loss,
"亏"; a profit, "赚" / "利润"; a cost, "成本"); the amount is read with its bound ("超过5万元" is five and up, "约4万元"
about four, "6万至8万元" six to eight). Two estimates differ when their ranges do not meet; an estimate meeting both
ends' ranges stands on neither side. A holder must be named for each (an outlet's "每卖一台就亏数万元" estimates
nothing one could check), and two estimates by one person are no dispute.
"""

from __future__ import annotations

import hashlib
import re

from .holdernames import one_of
from .model import Citation, Contention, Side
from .statements import clean_statement, short_quote
from .text import Sentence, to_simplified

__all__ = ["estimates", "spread"]

#: A unit sold or made that an amount is counted per ("每卖出一辆SU7", "每台", "单车").
_PER = re.compile(r"(?P<per>每(?:卖|销售|生产|交付)?出?(?:一)?[台辆部件架套][A-Za-z0-9]*|单车|单台)")
#: What the amount measures: a loss, a profit, a cost.
_MEASURE = (("亏", re.compile(r"亏")), ("赚", re.compile(r"赚|盈利|利润|毛利")), ("成本", re.compile(r"成本")))
#: An amount of money, a range or a bound ("约4万元", "超过人民币5万元", "6万至8万元").
_AMOUNT = re.compile(r"(?P<pre>超过|超|逾|不到|不足|约|大约|大概|近|接近)?(?:人民币|新台币)?\s*"
                     r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万|亿|千)?(?:\s*(?:至|到|-|~|～|—)\s*(?P<m>\d+(?:\.\d+)?)\s*(?P<u2>万|亿|千)?)?"
                     r"\s*(?P<yuan>元|块)(?P<post>以上|以下|左右|上下)?")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, None: 1.0, "": 1.0}
#: Spread below which two estimates are one (a rounding, "约4万" against "4万多").
_APART = 1.15


def _range(m: re.Match) -> tuple[float, float]:
    """The amount a match states, as (low, high)."""
    unit = m.group("u2") or m.group("u")
    low = float(m.group("n")) * _SCALE[m.group("u") or unit]
    high = float(m.group("m")) * _SCALE[unit] if m.group("m") else low
    pre, post = m.group("pre") or "", m.group("post") or ""
    if pre in ("超过", "超", "逾") or post == "以上":
        return low, float("inf")
    if pre in ("不到", "不足") or post == "以下":
        return 0.0, high
    if pre in ("约", "大约", "大概", "近", "接近") or post in ("左右", "上下"):
        return low * 0.9, high * 1.1
    return low, high


def estimates(sents: list[Sentence], by_sentence) -> list[tuple[str, str, tuple[float, float], Sentence, tuple]]:
    """(measure, the unit phrase, (low, high), sentence, holders) of every named holder's amount per unit."""
    out = []
    for s in sents:
        holders = tuple(by_sentence.get((s.article, s.index), ()))
        if not holders:
            continue
        for clause in re.split(r"[；;。！？]", s.simple):
            per, amount = _PER.search(clause), _AMOUNT.search(clause)
            if not per or not amount or amount.start() < per.start():
                continue
            measure = next((k for k, rx in _MEASURE if rx.search(clause[per.start():amount.end() + 4])), "")
            if measure:
                out.append((measure, per.group("per"), _range(amount), s, holders))
                break
    return out


def _side(label: str, members, converters, topic_label: str) -> Side:
    cites, speakers = [], []
    for _, per, _, s, holders in members:
        convert = converters.get(s.article, lambda t: t)
        cites.append(Citation(s.article, s.paragraph, short_quote(s.original, convert, (per,))))
        speakers += [sp for sp in holders if not one_of(sp.name, [x.name for x in speakers])]
    return Side(label, (), tuple(cites), _stated(members[0], topic_label), tuple(speakers))


def _stated(e, topic_label: str) -> str:
    """An estimate's statement: its clauses from the unit phrase to the amount, said by its holder ("我粗估每卖一台SU7，
    小米要亏超过人民币5万元" → "张建国粗估每卖一台SU7，小米要亏超过人民币5万元")."""
    _, per, _, s, holders = e
    parts = re.split(r"(?<=[，,])", s.simple)
    first = next((i for i, p in enumerate(parts) if per in p), None)
    last = next((i for i, p in enumerate(parts) if first is not None and i >= first and _AMOUNT.search(p)), None)
    if first is None or last is None:
        return clean_statement(s.simple, topic_label)
    if first > 0 and re.search(r"(?:估算|估计|测算|粗估|预计|认为|指出|表示)[，,]?$", parts[first - 1]) and \
            len(parts[first - 1]) <= 16:
        first -= 1  # the holder's estimating verb opens it ("王振宇估算，")
    text = "".join(parts[first:last + 1]).rstrip("，,") + "。"
    if text.startswith("我") and len(holders) == 1:
        text = to_simplified(holders[0].name, "zh-Hant") + text[1:]
    return clean_statement(text, topic_label, keep_frame=True)


def _subject(s: Sentence, per: str) -> str:
    """Whose units the amount is counted on: the name just before the unit phrase ("小米每卖出一辆"), or ''."""
    m = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{2,4})" + re.escape(per), s.simple)
    if not m or re.search(r"[我估算计测为按照的要就]", m.group(1)):
        return ""
    return m.group(1)


def spread(sents: list[Sentence], by_sentence, converters, topic_label: str = "") -> list[Contention]:
    """One contention per measure two named holders estimate apart: the lowest estimates against the highest."""
    by_measure: dict[str, list] = {}
    for e in estimates(sents, by_sentence):
        by_measure.setdefault(e[0], []).append(e)
    out = []
    for measure, found in sorted(by_measure.items()):
        lo = min(found, key=lambda e: (e[2][1], e[3].article, e[3].index))
        hi = max(found, key=lambda e: (e[2][0], e[3].article, -e[3].index))
        if not lo[2][1] * _APART <= hi[2][0]:
            continue
        low = [e for e in found if e[2][1] * _APART <= hi[2][0] and e[2][1] < hi[2][0]]
        high = [e for e in found if e[2][0] >= lo[2][1] * _APART]
        names_low = [sp.name for e in low for sp in e[4]]
        if any(one_of(sp.name, names_low) for e in high for sp in e[4]):
            continue  # one holder on both ends: his own range, no dispute
        per = lo[1]
        subject = _subject(lo[3], per) or _subject(hi[3], hi[1])
        verb = {"亏": "亏多少", "赚": "赚多少", "成本": "成本是多少"}[measure]
        topic = f"{subject}{per}{verb}？"
        a = _side("估计较低", low, converters, topic_label)
        b = _side("估计较高", high, converters, topic_label)
        cid = "contention-" + hashlib.sha1(("estimates" + measure + "".join(x.quote for x in a.citations + b.citations))
                                           .encode()).hexdigest()[:6]
        out.append(Contention(id=cid, topic=topic, a=a, b=b))
    return out
