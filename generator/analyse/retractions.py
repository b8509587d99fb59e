"""Retracted figures: a figure a source itself corrects is not news to lead with.

Sources correct their figures in recognisable shapes whatever the form: a thread's correction post
("更正两处：第3条写的“500多辆”不准确，…约400辆"), a newspaper's erratum ("本报昨日报道中的“1200名”
有误，应为约800名"), an addendum to minutes ("会后核实：会上提到的3万吨应为2万吨"), a speaker
correcting himself ("我纠正一下，刚才说的30亿不对，是20亿"). The figure before the verdict
("不准确", "有误", "不对", "写错了") or before the correction ("应为", "更正为") is retracted; the one
after it is the corrected value. A point whose statement gives a retracted figure as fact does not
lead the one-minute overview (``unretracted``); the point itself stays, its quotes are what the
sources said.
"""

from __future__ import annotations

import re

from .figurekeys import figure_keys

__all__ = ["retracted_figures", "unretracted"]

#: A verdict on what comes before it in its clause ("“500多辆”不准确", "30亿不对").
_WRONG = re.compile(r"(?:并不|不)准确|有误|不对|写错了?|说错了?|是错的|弄错了?|算错了?|不属实")
#: A correction: what comes before it in its clause is replaced by what follows ("3万吨应为2万吨").
_SHOULD_BE = re.compile(r"应为|应改为|更正为|应更正为|实为")
#: How far before the verdict or the correction the retracted figure may stand.
REACH = 24
_CLAUSE = re.compile(r"[，。；！？,;!?：:]")


#: An Arabic number with its magnitude, whatever it counts ("30多艘", "1.5万"), not a date's part nor a rank
#: ("第3条", "2楼").
_NUMBER = re.compile(r"(?<![\d.第])(\d+(?:\.\d+)?)\s*(?:多|余)?\s*(万|亿)?(?![\d.]|\s*[年月日号时点条楼版期节章])")


def _keys(text: str) -> set[str]:
    """``figurekeys.figure_keys`` and every Arabic count, as the same keys ("30多艘" → "30")."""
    out = set(figure_keys(text))
    for m in _NUMBER.finditer(text.replace(",", "")):
        value = float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1)
        out.add(f"{value / 1e8:.6g}亿" if value >= 1e8 else f"{value / 1e4:.6g}万" if value >= 1e4 else f"{value:.6g}")
    return out


def _before(text: str, end: int) -> str:
    start = max(0, end - REACH)
    head = text[start:end]
    cut = [m.end() for m in _CLAUSE.finditer(head)]
    return head[cut[-1]:] if cut else head


def retracted_figures(simple: str) -> set[str]:
    """The figure keys (``figurekeys.figure_keys``) a sentence says are wrong."""
    out: set[str] = set()
    for pattern in (_WRONG, _SHOULD_BE):
        for m in pattern.finditer(simple):
            out |= _keys(_before(simple, m.start()))
    return out


def unretracted(points: list, sentences: list) -> list:
    """The points whose statements give no figure some sentence of the corpus retracts."""
    wrong: set[str] = set()
    for s in sentences:
        if _WRONG.search(s.simple) or _SHOULD_BE.search(s.simple):
            wrong |= retracted_figures(s.simple)
    if not wrong:
        return list(points)
    return [p for p in points if not (_keys(p.statement) & wrong)]
