"""Script detection: simplified, traditional or mixed, by characters that exist in only one script."""

from __future__ import annotations

from functools import lru_cache

import opencc

from .text import HAN_RE

_T2S = opencc.OpenCC("t2s.json")
_S2T = opencc.OpenCC("s2t.json")


@lru_cache(maxsize=65536)
def _kind(ch: str) -> int:
    """+1 traditional-only, -1 simplified-only, 0 shared."""
    if _T2S.convert(ch) != ch:
        return 1
    if _S2T.convert(ch) != ch:
        return -1
    return 0


def detect_script(text: str) -> str:
    """``zh-Hant`` or ``zh-Hans`` when one script dominates (≥ 90 % of distinctive characters), else ``mixed``."""
    trad = simp = 0
    for ch in HAN_RE.findall(text):
        k = _kind(ch)
        trad += k == 1
        simp += k == -1
    if trad + simp == 0:
        return "zh-Hans"
    if trad >= 0.9 * (trad + simp):
        return "zh-Hant"
    if simp >= 0.9 * (trad + simp):
        return "zh-Hans"
    return "mixed"
