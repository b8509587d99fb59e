"""Which written years a month without a year may take from before it in its sentence.

A year carries on to a later bare month of its own clause ("2022年3月开工，7月竣工"), but not
across the marks a page uses to part items (a bullet "·", a cell's "|", a tab, a line break: in a
slide's "· 2022年进口约5亿美元 · 7月同比-28.7%" each item is its own time), and not from a
horizon a plan or an estimate aims at ("预计到2025年…；协会计划在10月份…": the target year is
when something should be reached, not when the later month falls). Returns data only."""

from __future__ import annotations

import re

#: Marks that part a page's items: a list's bullets, a table's cells, a tab, a line break.
_ITEM_MARKS = "·・•▪|｜\t\n"

_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年")
#: "预计到2025年", "力争至2030年", "目标是到2035年": a year a plan or an estimate aims at.
_HORIZON = re.compile(r"(?:预计|计划|目标|力争|争取|有望|将|拟|预期|规划)[^，。；,;]{0,4}?(?:到|至)\s*$")


def item_start(text: str, pos: int) -> int:
    """Where the item holding ``pos`` starts: after the last item mark before it (0 if none)."""
    return max(text.rfind(ch, 0, pos) for ch in _ITEM_MARKS) + 1


def years_before(text: str, pos: int) -> tuple[list[int], bool]:
    """The years written before ``pos`` in its item that a later bare month may take (horizons
    left out), and whether an item mark parts ``pos`` from the sentence's start (then no year of
    an earlier sentence carries on either)."""
    start = item_start(text, pos)
    years = [int(m.group(1)) for m in _YEAR_BEFORE.finditer(text, start, pos)
             if not _HORIZON.search(text[max(start, m.start() - 12):m.start()])]
    return years, start > 0 and bool(text[:start].strip(_ITEM_MARKS + " 　"))
