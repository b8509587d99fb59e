"""Where a point's sources disagree on a figure or a date (issue 13, property 6): two outlets citing one claim
but giving it a different count ("累计销量约160万部" / "累计销量约280万台") or a different day ("9月4日发布的报告" /
"9月5日发布的拆解报告") are one point still, and the briefing shows the values side by side rather than merging them
silently.

Read from the whole sentence holding each citation (a date often sits in the frame a quote leaves out: "据…于9月4日
发布的报告，…"), one value per outlet:

* a **figure**: a clause giving exactly one figure, with no bound or range ("超过", "近", "至"), sharing two words of
  what it measures with another outlet's clause (``figurekeys``: "销量", "系列"), in the same kind of unit (a count, a
  share, a multiple), the two values more than ``APART`` apart (rounding is no disagreement: "7%" / "7.41%");
* a **date**: a sentence naming exactly one day ("9月4日", "9月4号"), in the same month as another outlet's and a
  different day.

Two values of one outlet are its own two facts, never a disagreement; a sentence giving several figures or days (a
change "从29%提升到90%", a schedule) gives none to compare.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figurekeys import _measured
from .text import content_tokens
from .model import Citation, Differ, Point

__all__ = ["APART", "differing", "with_differs"]

#: How far apart two outlets' values of one figure must be (relative to the larger) to disagree, and when one of
#: them is an approximation ("约", "左右").
APART = 0.1
APART_ROUGH = 0.25
#: Words shared by two clauses' measured things for them to measure one thing (``figurekeys.MEASURE_WORDS``).
SHARED_THINGS = 2

_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]*")
#: A bound, an approximation that is a bound, or a range: the figure is not one value.
_BOUNDED = re.compile(r"超过|超出|逾|突破|破|以上|以下|不到|不足|至少|至多|最多|最少|近|接近|将近|上下|多|余|"
                      r"[至到~～—－-]\s*[\d一二两三四五六七八九十]")
#: An approximation ("约", "左右"): two approximate values disagree only when further apart (``APART_ROUGH``).
_ROUGH = re.compile(r"约|大约|大概|左右|估计|估算|预计|上下")
#: What a figure is compared with ("较去年", "比特斯拉", "同比"): two changes measured from different bases are two facts.
_BASIS = re.compile(r"(?:较|相比于?|相较于?|比起|(?<![占对])比)([\u4e00-\u9fffA-Za-z]{0,2})|同比|环比")
#: What a value is counted in: money, a share or multiple, a count of things (its counter), or none.
_MONEY = re.compile(r"^[\d.,]+\s*[万亿千百]?\s*(?:元|块|美元|港元|欧元|日元|英镑)")
_COUNTER = re.compile(r"^[\d.,]+\s*[万亿千百]?\s*(?:[台辆部套张件份单例户吨个架艘只支杯瓶家所座]|人次|人)")
#: The span or basis a figure is measured over: two clauses measuring over different ones ("单日升4.7%" / "累计上涨11.6%",
#: "同比" / "环比") measure two things.
_SPAN = re.compile(r"单日|当日|首日|首周|首月|累计|全年|年内|同比|环比|单季|季度|上半年|下半年|月内|周内|日内|盘中|收盘|"
                   r"开盘|峰值|平均|人均|每[日天周月年]")
#: A day of a month ("9月4日", "9月4号", "9 月 4 日"); one opening or closing a span ("9月4日以来", "4月3号首批交付以后",
#: "截至…") dates no event.
_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?!\d)")
_DAY_SPAN = re.compile(r"[^，。；]{0,12}?(?:以来|以后|之后|以前|之前|起|开始|前后)|\s*[至到]")  # (read with match at the day's end)
_SINCE = re.compile(r"截至|截止|自|从")
#: Content words two outlets' sentences must share for their days to date one event.
SHARED_WORDS = 2
#: What a figure key's unit says it counts: a share, a multiple, a duration, or a count.
_KEY_UNIT = re.compile(r"(%|倍|秒|分钟)$")


def _sentence_of(quote: str, paragraph: str) -> str:
    """The whole sentence (or sentences) of ``paragraph`` holding ``quote``; the quote when it is not found."""
    at = paragraph.find(quote) if quote else -1
    if at < 0:
        return quote
    start = max(paragraph.rfind(m, 0, at) for m in "。！？!?") + 1
    ends = [i for i in (paragraph.find(m, at + len(quote)) for m in "。！？!?") if i >= 0]
    end = min(ends) + 1 if ends else len(paragraph)
    return paragraph[start:end]


def _words(sentence: str) -> set[str]:
    """A sentence's content words, its dates and figures aside."""
    return {t for t in content_tokens(sentence) if len(t) >= 2 and not re.search(r"\d", t)}


def _value(key: str) -> tuple[float, str]:
    unit = _KEY_UNIT.search(key)
    body = key[:unit.start()] if unit else key
    scale = 1.0
    if body.endswith("亿"):
        body, scale = body[:-1], 1e8
    elif body.endswith("万"):
        body, scale = body[:-1], 1e4
    try:
        return float(body) * scale, unit.group(1) if unit else ""
    except ValueError:
        return -1.0, ""


def _figures(sentence: str) -> list[tuple[float, str, str, frozenset]]:
    """(value, unit kind, key, measured words) of each clause of a sentence giving exactly one unbounded figure; the
    unit kind says what the value is counted in (money, a counter, a share), the words carry the clause's span
    ("~累计") and basis ("^较去年") and whether it is approximate ("~约")."""
    out = []
    clauses = re.split(r"[，。；！？;!?：:]", sentence)
    for keys, words in _measured(sentence):
        if len(keys) != 1:
            continue
        [key] = keys
        value, unit = _value(key)
        if value <= 0:
            continue
        # the clause as written, to read its bounds
        digits = re.sub(r"[万亿%倍秒分钟]", "", key).rstrip("0").rstrip(".")
        clause = next((c for c in clauses if digits and digits in c.replace(",", "")), "")
        if not clause or _BOUNDED.search(clause):
            continue
        at = clause.replace(",", "").find(digits)
        tail = clause.replace(",", "")[at:]
        unit = unit or ("money" if _MONEY.match(tail) else "count" if _COUNTER.match(tail) else "")
        marks = {"~" + w for w in _SPAN.findall(clause)} | {"^" + (m.group(1) or m.group(0)) for m in _BASIS.finditer(clause)}
        if _ROUGH.search(clause):
            marks.add("?rough")
        out.append((value, unit, key, frozenset(words) | marks))
    return out


def _written(sentence: tuple[str, str], key: str) -> str:
    """The figure as the sentence (as written, simplified) writes it, in its own script ("160萬部"), or its key."""
    original, simple = sentence
    num = re.sub(r"[万亿%倍秒分钟]+$", "", key)
    m = re.search(re.escape(num) + r"\s*[万亿]?\s*(?:%|％|倍|秒|分钟|美元|元|[台辆部套张件份单例户吨个人]次?)?", simple)
    if not m:
        return key
    text = original[m.start():m.end()] if len(original) == len(simple) else m.group(0)
    return text.replace(" ", "")


def _spans(words: frozenset) -> frozenset:
    """A clause's span and basis marks (``_figures``)."""
    return frozenset(w for w in words if w[0] in "~^")


def _things(words: frozenset) -> frozenset:
    """A clause's words naming what it measures (its counter among them), without the marks."""
    return frozenset(w for w in words if w[0] not in "~^?")


def differing(point: Point, paragraph_text, simple) -> tuple[Differ, ...]:
    """The figures and dates on which the outlets ``point`` cites disagree; ``paragraph_text(article, paragraph)`` gives
    a cited paragraph's text as written, ``simple(article, text)`` a text of the article in simplified script."""
    if len(point.articles) < 2:
        return ()
    per: list[tuple[Citation, str]] = []
    originals: dict[int, tuple[str, str]] = {}
    for c in point.citations:
        original = _sentence_of(c.quote, paragraph_text(c.article, c.paragraph) or "")
        per.append((c, simple(c.article, original)))
        originals[id(c)] = (original, per[-1][1])
    out: list[Differ] = []
    # figures: per outlet, the first clause of each measure; the first pair of outlets that disagree on it
    figs = [(c, s, f) for c, s in per for f in _figures(s)]
    taken: set[int] = set()
    for i, (c1, s1, (v1, u1, k1, w1)) in enumerate(figs):
        if i in taken:
            continue
        values = [(_written(originals[id(c1)], k1), c1)]
        for j in range(i + 1, len(figs)):
            c2, s2, (v2, u2, k2, w2) = figs[j]
            if j in taken or u1 != u2 or len(_things(w1) & _things(w2)) < SHARED_THINGS or _spans(w1) != _spans(w2):
                continue
            if c2.article in {c.article for _, c in values}:
                continue
            rough = "?rough" in w1 or "?rough" in w2
            if abs(v1 - v2) <= (APART_ROUGH if rough else APART) * max(v1, v2):
                continue
            taken.add(j)
            values.append((_written(originals[id(c2)], k2), c2))
        if len(values) >= 2:
            taken.add(i)
            out.append(Differ("figure", tuple(values)))
    # dates: one day per sentence; outlets naming another day of the same month
    days = []
    for c, s in per:
        found = {(int(m.group(1)), int(m.group(2))) for m in _DAY.finditer(s)}
        if len(found) == 1:
            m = _DAY.search(s)
            if _DAY_SPAN.match(s, m.end()) or _SINCE.search(s, max(0, m.start() - 2), m.start()):
                continue  # "9月4日以来", "截至4月24日": a span's end, no event's day
            original = originals[id(c)][0]
            written = original[m.start():m.end()] if len(original) == len(s) else m.group(0)
            days.append((c, found.pop(), written.replace(" ", ""), frozenset(_words(s))))
    seen: dict[str, tuple] = {}
    for row in days:
        seen.setdefault(row[0].article, row)  # an outlet's first day
    firsts = list(seen.values())
    for k, (c1, d1, w1, t1) in enumerate(firsts):
        # the outlets dating this one's event another day of its month, their sentences naming the same event
        other = [(c, d, w) for c, d, w, t in firsts[k + 1:] if d[0] == d1[0] and d != d1 and len(t & t1) >= SHARED_WORDS]
        if other and not any(x.kind == "date" and any(c is c1 for _, c in x.values) for x in out):
            same = [(c, d, w) for c, d, w, t in firsts[k + 1:] if d == d1 and len(t & t1) >= SHARED_WORDS]
            out.append(Differ("date", tuple((w, c) for c, _, w in [(c1, d1, w1)] + same + other)))
    return tuple(out)


def with_differs(points: list[Point], paragraph_text, simple) -> list[Point]:
    """Each point with the figures and dates its outlets disagree on (``Point.differs``)."""
    out = []
    for p in points:
        d = differing(p, paragraph_text, simple)
        out.append(replace(p, differs=d) if d else p)
    return out
