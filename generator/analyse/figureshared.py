"""One precise figure several sources give: a value written to three or more significant digits
with one unit ("59.14亿元", "304.79万人次", "62.3%") in two articles states one fact, however each
clause names it ("旅游总收入", "观光总收入", "全市 · 旅游总收入"). Each copy is given the same owner and
label, so the briefing lists the fact once, citing every source. Two different owners ("甲公司"
and "乙公司" with the same 12.5%) stay two facts. Returns data only."""

from __future__ import annotations

import re

from .model import Figure

__all__ = ["label_shared"]


def _significant(value: str) -> int:
    """Significant digits of an exactly written number ("59.14" 4, "300" 1, "62.3" 3)."""
    digits = re.sub(r"[^\d]", "", value).lstrip("0")
    if "." not in value:
        digits = digits.rstrip("0")
    return len(digits)


def _precise(f: Figure) -> bool:
    return (not f.trivia and not f.range and not f.approximate and f.number is not None
            and re.fullmatch(r"\d+(?:\.\d+)?", f.value.strip() or "x") is not None
            and _significant(f.value) >= 3)


def label_shared(figures: list[Figure]) -> list[Figure]:
    """Figures of different articles with the same precise value in the same dimension: each
    takes the owner one of them names and the label of the first that has one (corpus order), so
    that they read as, and are grouped as, one fact, weighing more for each further source. Linear in the figures (grouped by value)."""
    from .facts import _with

    by_value: dict[tuple[str, float], list[int]] = {}
    for i, f in enumerate(figures):
        if f.dimension and f.low is not None and _precise(f) and not f.paragraph.startswith("t"):
            # (a table's cell is labelled by its row and column, dense data the briefing ranks low)
            by_value.setdefault((f.dimension, round(f.low, 6)), []).append(i)
    out = list(figures)
    for idx in by_value.values():
        if len({figures[i].article for i in idx}) < 2:
            continue
        # (a "subject" that holds the figure's own noun is a label of the measure, "接待游客总量"
        # for 游客: no owner)
        owners = {figures[i].subject for i in idx
                  if figures[i].subject and not (figures[i].what and figures[i].what in figures[i].subject)}
        if len(owners) > 1:
            continue  # two owners give the same number: two facts
        subject = next(iter(owners), "")
        what = next((figures[i].what for i in idx if figures[i].what), "")
        if not what:
            continue
        sources = len({figures[i].article for i in idx})
        for i in idx:  # several sources giving it make it weigh more, as a repeat does
            f = figures[i]
            named = 0.8 if subject and not f.subject else 0.0  # an owner found weighs as in ``weight``
            out[i] = _with(f, subject=subject, what=what, weight=round(f.weight + named + 0.3 * (sources - 1), 2))
    return out
