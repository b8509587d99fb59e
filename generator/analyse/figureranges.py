"""Figures written together: a range ("20万至30万元", "30元（人民币，下同）至60元", "几十万元甚至数百万元")
is one figure with both ends as written, and a list with 分别 ("标准版、Pro版和Max版售价分别为…") gives
each item its own figure. Split from ``facts.py`` (which finds one figure at a time); returns data
only."""

from __future__ import annotations

import re

from .figures import _MEASURE
from .text import Sentence, tokens

__all__ = ["joins", "as_range", "respectively"]


_RESPECTIVELY = re.compile(r"分别(?:为|是|达到?|报|约为|售|定为)?|依次为")
_LIST_SEP = re.compile(r"、|以及|及|与|和|跟")


def respectively(simple: str, out: list) -> list:
    """"标准版、Pro版和Max版售价分别为21.59万元、24.59万元和29.99万元": each figure is its own
    item's (subject 标准版, what 售价), not the last item's; only when the list and the figures
    after 分别 are as many."""
    from .facts import _with

    m = _RESPECTIVELY.search(simple)
    if not m or len(out) < 2:
        return out
    stop = min([i for i in (simple.find(ch, m.end()) for ch in "，,；;。") if i >= 0] or [len(simple)])
    after = [i for i, item in enumerate(out) if m.end() <= item[1] < stop]  # the list's own clause
    left = max(simple.rfind(ch, 0, m.start()) for ch in "，。；：,;:！？") + 1
    items = [x.strip() for x in _LIST_SEP.split(simple[left:m.start()])]
    if len(items) < 2 or len(items) != len(after) or not all(1 <= len(x) <= 16 for x in items):
        return out
    last, measure = items[-1], ""
    if "的" in last:
        last, _, measure = last.rpartition("的")
    else:
        toks = list(tokens(last))
        if len(toks) >= 2 and len(toks[-1]) >= 2 and _MEASURE.search(toks[-1]):
            measure, last = toks[-1], last[: len(last) - len(toks[-1])]
    items[-1] = last.strip()
    if not all(items):
        return out
    out = list(out)
    for item, i in zip(items, after):
        f = out[i][0]
        what = measure or ("" if f.what in items or any(x in f.what for x in items) else f.what)
        out[i] = (_with(f, subject=item, what=what), *out[i][1:])
    return out


_RANGE_GAP = re.compile(r"\s*(?:[（(][^（()）]{0,12}[）)])?\s*(?:到|至|~|～|-|—|－|甚至|乃至)\s*")


def joins(simple: str, a, b) -> bool:
    from .keyfigures import base_unit

    fa, fb = a[0], b[0]
    if not _RANGE_GAP.fullmatch(simple[a[2]:b[1]]) or fa.range or fb.range:
        return False
    if fa.kind == "amount" and not fa.unit.strip("万萬亿億千百十") and fb.kind in ("money", "count", "quantity", "amount"):
        return True  # "20万至30万元", "6万至8万辆": the first end takes the second's unit
    return fa.kind == fb.kind and base_unit(fa.kind, fa.unit)[0] == base_unit(fb.kind, fb.unit)[0]


def as_range(s: Sentence, a, b):
    """One figure for "30元（人民币，下同）至60元", "几十万元甚至数百万元": both ends as written
    (with an aside between them), bounds from the first's low to the second's high."""
    from .facts import _clause_at, _with

    fa, sa, ea, ua = a
    fb, sb, eb, ub = b
    o = s.original if len(s.original) == len(s.simple) else s.simple
    value = (fa.written + o[ea:sb] + fb.value).strip()  # as written, an aside between the ends kept
    if fa.kind == "amount" and fb.kind != "amount" and fa.low is not None:
        from .keyfigures import base_unit

        # a bare first end ("20万" of 20万至30万元) is in the second's unit
        fa = _with(fa, low=fa.low * base_unit(fb.kind, fb.unit)[1])
    what = fa.what or fb.what
    if not what:  # what the whole range counts ("交付量只有6万至8万辆")
        from .figures import meaning

        what = meaning(s.simple, sa, eb, fb.kind)
    fig = _with(fb, value=value, qualifier=fa.qualifier, approximate=fa.approximate or fb.approximate,
                number=None, key=f"{fa.key}-{fb.key}", range=True, low=fa.low, high=fb.high,
                what=what, subject=fa.subject or fb.subject, trivia=fa.trivia and fb.trivia,
                context=_clause_at(s.original, s.simple, sa, eb))
    return fig, sa, eb, ub
