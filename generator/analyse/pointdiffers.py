"""Where a point's sources disagree on a figure or a date (issue 13, property 6): two outlets citing one claim
but giving it a different count ("累计销量约160万部" / "累计销量约280万台") or a different day ("9月4日发布的报告" /
"9月5日发布的拆解报告") are one point still, and the briefing shows the values side by side rather than merging them
silently.

Read from the whole sentence holding each citation (a date often sits in the frame a quote leaves out: "据…于9月4日
发布的报告，…"), per outlet:

* a **figure**: each figure of a clause, read as the values it allows (``figurebounds``: "约四成" 34%–46%, "超过10亿"
  10亿 and above, "18.8%" 18.755%–18.845%), sharing two words of what it measures with another outlet's figure
  (``figurekeys``: "销量", "系列"; of several figures in a clause, the words written since the one before or its item of
  a "分别" enumeration), counted in the same kind of unit (a share, a multiple, money, a count of the same counter),
  over the same span and basis, and allowing no value the other allows ("约四成" / "约25%"; not "约四成" / "41.2%");
* a **date**: a day alone in its month in its sentence ("9月4日", "自7月5日起征收"), in the same month as another
  outlet's and a different day.

Two values of one outlet are its own two facts, never a disagreement; the two figures of a change ("由1.7%下调至
1.5%") are compared only with another change's; two days of one month in a sentence (a span, a schedule) give none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figurebounds import Bound, bounds
from .figurekeys import _CLAUSE_END, _HEDGES, _thing
from .text import content_tokens
from .model import Citation, Differ, Point

__all__ = ["differing", "with_differs"]

#: Words shared by two clauses' measured things for them to measure one thing (``figurekeys.MEASURE_WORDS``).
SHARED_THINGS = 2

#: What a figure is compared with ("较去年", "比特斯拉", "同比"): two changes measured from different bases are two facts.
_BASIS = re.compile(r"(?:较|相比于?|相较于?|比起|(?<![占对])比)([\u4e00-\u9fffA-Za-z]{0,2})|同比|环比|按年|按月")
#: The span or basis a figure is measured over: two clauses measuring over different ones ("单日升4.7%" / "累计上涨11.6%",
#: "同比" / "环比") measure two things.
_SPAN = re.compile(r"按年|按月|单日|当日|首日|首周|首月|累计|全年|年内|同比|环比|单季|季度|上半年|下半年|月内|周内|日内|盘中|收盘|"
                   r"开盘|峰值|平均|人均|每[日天周月年]")
#: A change's figures: the one it starts from ("由1.7%", "从29%") and the one it reaches ("下调至1.5%", "提升到90%").
_FROM = re.compile(r"[从由]\s*$")
_TO = re.compile(r"[至到为]")
#: Hong Kong and Taiwan words for a span, read as the mainland ones ("按年" is "同比").
_SAME_SPAN = {"按年": "同比", "按月": "环比"}
#: A day of a month ("9月4日", "9月4号", "9 月 4 日"); one opening or closing a span ("9月4日以来", "4月3号首批交付以后",
#: "截至…") dates no event.
_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?!\d)")
_DAY_SPAN = re.compile(r"[^，。；]{0,12}?(?:以来|以后|之后|以前|之前|起|开始|前后)|\s*[至到]")  # (read with match at the day's end)
_SINCE = re.compile(r"截至|截止|自|从")
#: A day a measure takes effect from ("自7月5日起征收", "10月31日起正式上路"): the measure's day, no span's end.
_TAKES_EFFECT = re.compile(r"\s*起[^，。；]{0,24}?(?:实施|生效|施行|执行|征收|开征|加征|上路)")
#: Content words two outlets' sentences must share for their days to date one event.
SHARED_WORDS = 2


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


def _figures(sentence: str) -> list[tuple[Bound, str, frozenset]]:
    """(bound, as written, measured words) of each figure of a sentence (``figurebounds``). The words name what the
    figure measures: those of its clause; when the clause gives several figures, those written since the one before
    ("比亚迪17%、吉利18.8%"), or, after an enumeration read with "分别" ("比亚迪、吉利的税率分别为17%、18.8%"), its own
    item's with the clause's other words; a clause naming too little of what it measures ("9月按年跌四成多") borrows
    the words of the clause before it when that one gives no figure (it is the frame: "出口大幅回落"). They carry the clause's span ("~累计") and basis ("^较去年")."""
    out = []
    previous: set[str] = set()
    for clause in _CLAUSE_END.split(sentence):
        found = bounds(clause)
        words = _clause_things(clause)
        if not found:
            previous = words
            continue
        marks = {"~" + _SAME_SPAN.get(w, w) for w in _SPAN.findall(clause)} | _bases(clause)
        items = _enumerated(clause, len(found))
        at = 0
        for k, b in enumerate(found):
            if items:
                named = [_clause_things(x) for x in items]
                # the item's name is its first word ("上汽" of "上汽三家抽样企业")
                heads = [next((w.lower() for w in content_tokens(x) if w.lower() in n), None) for x, n in zip(items, named)]
                own = {heads[k]} - {None} - {h for i, h in enumerate(heads) if i != k}
                mine = named[k] | (words - set().union(*named)) | {"@" + w for w in own}
            else:
                mine = _clause_things(clause[at:b.start]) if len(found) > 1 else words
                if len(found) > 1 and len(mine) < SHARED_THINGS:
                    mine = mine | words
            if len(words) < SHARED_THINGS:
                mine = mine | previous
            # a change ("由1.7%下调至1.5%", "从29%提升到90%"): the figure it starts from and the one it reaches are two
            role = set()
            if len(found) > 1 and _FROM.search(clause[max(0, b.start - 2):b.start]):
                role = {"~from"}
            elif len(found) > 1 and _TO.search(clause[at:b.start]) and _FROM.search(clause[:b.start]):
                role = {"~to"}
            if _DENIED.search(clause, at, b.start):
                role = role | {"~not"}
            at = b.end
            out.append((b, clause[b.start:b.end], frozenset(mine) | marks | role))
        previous = set()  # a clause giving figures of its own frames none of the next
    return out


#: An enumeration of things a clause then gives one figure each of, in order ("A、B和C的税率分别为…").
_ENUMERATED = re.compile(r"([^、和及与，]+(?:[、和及与][^、和及与，]+)+?)(?:的[^、，]{0,8})?分别")


def _enumerated(clause: str, count: int) -> list[str]:
    """The items of a "分别" enumeration of a clause, when there are as many as its figures; else none."""
    m = _ENUMERATED.search(clause)
    if not m or clause.find("分别") > min((b.start for b in bounds(clause)), default=len(clause)):
        return []
    items = [re.sub(r"的.*$", "", x) for x in re.split(r"[、和及与]", m.group(1))]
    return items if len(items) == count else []


def _bases(clause: str) -> set[str]:
    """What a clause compares its figures with ("^较去年", "^同比"); a word that merely begins with 比 ("比亚迪") is
    no comparison."""
    words = [w for w in content_tokens(clause) if w.startswith("比") and len(w) > 1]
    out = set()
    for m in _BASIS.finditer(clause):
        if m.group(0).startswith("比") and any(clause.startswith(w, m.start()) for w in words):
            continue
        out.add("^" + _SAME_SPAN.get(m.group(0), m.group(1) or m.group(0)))
    return out


def _clause_things(text: str) -> set[str]:
    """The words of a text naming what its figures measure (``figurekeys._thing``)."""
    return {w.lower() for w in content_tokens(text) if _thing(w)} - _HEDGES


#: What denies the thing a figure measures ("未配合调查的企业" is not "配合调查的企业").
_DENIED = re.compile(r"未|非|没有")


def _written(sentence: tuple[str, str], simple: str, text: str) -> str:
    """The figure as the sentence writes it, in its own script ("160萬部", "四成多")."""
    original, _ = sentence
    at = simple.find(text)
    if at < 0 or len(original) != len(simple):
        return text.replace(" ", "")
    return original[at:at + len(text)].replace(" ", "")


def _spans(words: frozenset) -> frozenset:
    """A clause's span and basis marks (``_figures``)."""
    return frozenset(w for w in words if w[0] in "~^")


def _own(words: frozenset) -> frozenset:
    """The words only a figure's own item of an enumeration names (``_figures``)."""
    return frozenset(w[1:] for w in words if w[0] == "@")


def _things(words: frozenset) -> frozenset:
    """A clause's words naming what it measures (its counter among them), without the marks."""
    return frozenset(w for w in words if w[0] not in "~^?@")


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

    def comparable(f1, f2) -> bool:
        (b1, _, w1), (b2, _, w2) = f1, f2
        t1, t2 = _things(w1), _things(w2)
        shared = len(t1 & t2)
        # two words in common, and more than half of what the sparer clause names ("新房"+"重点" of "一线城市新房认购量"
        # and "全国重点30城新房成交面积" are two measures)
        if not (b1.kind == b2.kind and shared >= SHARED_THINGS and 2 * shared > min(len(t1), len(t2))
                and _spans(w1) == _spans(w2)):
            return False
        # an enumerated item's figure is of that item only: the other clause must name it ("海川电器")
        return all(not own or own & _things(other) for own, other in ((_own(w1), w2), (_own(w2), w1)))

    taken: set[int] = set()
    for i, (c1, s1, f1) in enumerate(figs):
        if i in taken:
            continue
        # per other outlet, its figure naming most of what this one measures
        best: dict[str, int] = {}
        for j in range(i + 1, len(figs)):
            a = figs[j][0].article
            if j in taken or a == c1.article or not comparable(f1, figs[j][2]):
                continue
            if a not in best or len(_things(figs[j][2][2]) & _things(f1[2])) > \
                    len(_things(figs[best[a]][2][2]) & _things(f1[2])):
                best[a] = j
        group = [i] + sorted(best.values())
        # the outlets disagree when two of their figures allow no common value; every outlet's figure is then shown
        if not any(not figs[a][2][0].meets(figs[b][2][0]) for a in group for b in group if a < b):
            continue
        taken.update(group)
        out.append(Differ("figure", tuple((_written(originals[id(figs[k][0])], figs[k][1], figs[k][2][1]), figs[k][0])
                                          for k in group)))
    # dates: per sentence the days alone in their month (two days of one month are a span or a schedule); outlets
    # naming another day of the same month
    days = []
    for c, s in per:
        found = list(_DAY.finditer(s))
        for m in found:
            if len({int(x.group(2)) for x in found if int(x.group(1)) == int(m.group(1))}) > 1:
                continue
            if (_DAY_SPAN.match(s, m.end()) or _SINCE.search(s, max(0, m.start() - 2), m.start())) \
                    and not _TAKES_EFFECT.match(s, m.end()):
                continue  # "9月4日以来", "截至4月24日": a span's end, no event's day
            original = originals[id(c)][0]
            written = original[m.start():m.end()] if len(original) == len(s) else m.group(0)
            days.append((c, (int(m.group(1)), int(m.group(2))), written.replace(" ", ""), frozenset(_words(s))))
    seen: dict[tuple, tuple] = {}
    for row in days:
        seen.setdefault((row[0].article, row[1][0]), row)  # an outlet's first day of each month
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
