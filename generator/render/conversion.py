"""The conversion report: every one-to-many choice the conversion made, ordered by risk.

A reader disputes a conversion where a name was touched or where a character with several
readings took an unusual one; the hundreds of 了 → 了 and 个 → 個 are routine. The report lists
names first, then disputable readings with their contexts, and folds the routine characters into
counts.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from dataclasses import dataclass, replace

from ..convert import Ambiguity, Converter, ambiguities
from ..hanzi import NAME_KEEPS, VARIANT_STEP, converter as opencc_converter
from ..model import LOCALES
from .cache import converter_key

__all__ = ["ConversionReport", "conversion_report", "classify"]

#: Contexts listed per character on the page (all are in ``data/conversion.json``).
CONTEXTS_SHOWN = 5


@dataclass(frozen=True, slots=True)
class ConversionReport:
    """One locale's report: characters grouped by risk, most occurrences first in each group."""

    names: tuple[tuple[str, tuple[Ambiguity, ...]], ...]
    readings: tuple[tuple[str, tuple[Ambiguity, ...]], ...]
    routine: tuple[tuple[str, tuple[Ambiguity, ...]], ...]

    @property
    def empty(self) -> bool:
        return not (self.names or self.readings or self.routine)

    def all(self) -> dict[str, list[Ambiguity]]:
        """Every choice by character (for the machine-readable report)."""
        out: dict[str, list[Ambiguity]] = defaultdict(list)
        for group in (self.names, self.readings, self.routine):
            for ch, items in group:
                out[ch].extend(items)
        return dict(out)


def classify(a: Ambiguity, in_name: bool, target: str, variant: str) -> str:
    """``name``, ``reading`` or ``routine`` for one choice (see ``Ambiguity.risk``)."""
    if in_name:
        return "name"
    step = VARIANT_STEP.get(variant) if target == "zh-Hant" else None
    first = opencc_converter(step).convert(a.candidates[0]) if step else a.candidates[0]
    if a.chosen != first:
        return "reading"
    if a.char in NAME_KEEPS and a.chosen != a.char:  # 于 → 於: right in a word, wrong in a name
        return "reading"
    return "routine"


def conversion_report(articles, converter: Converter, cache=None) -> dict[str, ConversionReport]:
    """Per target locale, the choices made converting every converted article's blocks
    (``cache``: a ``render.cache.RenderCache``; each article's choices are kept by its blocks,
    its script and the converter)."""
    report = {}
    state = converter_key(converter) if cache is not None else ""
    for locale in LOCALES:
        groups: dict[str, dict[str, list[Ambiguity]]] = {
            "name": defaultdict(list), "reading": defaultdict(list), "routine": defaultdict(list)}
        for a in articles:
            if converter.config(a.script, locale) is None:
                continue
            if cache is None:
                found = _choices(a, converter, locale)
            else:
                inputs = {"slug": a.slug, "script": a.script, "blocks": [(b.id, b.text) for b in a.blocks]}
                found = cache.value(state, f"conversion:{locale}", inputs,
                                    lambda conv, a=a: _choices(a, conv, locale), converter)
            for risk, amb in found:
                groups[risk][amb.char].append(amb)
        report[locale] = ConversionReport(*(
            tuple(sorted(((ch, tuple(items)) for ch, items in groups[k].items()),
                         key=lambda kv: (-len(kv[1]), kv[0])))
            for k in ("name", "reading", "routine")))
    return report


def _choices(a, converter: Converter, locale: str) -> tuple[tuple[str, Ambiguity], ...]:
    """(risk, choice) of every one-to-many choice converting article ``a`` into ``locale``."""
    out = []
    for b in a.blocks:
        if not b.text:
            continue
        text = converter(b.text, a.script, locale)
        spans = sorted(converter.protected_spans(b.text, a.script))
        # (by bisection: a 1 MB block has thousands of choices and of protected names)
        starts, reach = [s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max))
        where = f"{a.slug}#{b.id}" if b.id else a.slug
        for amb in ambiguities(b.text, text, a.script, where):
            i = amb.index
            k = bisect.bisect_right(starts, i) - 1
            in_name = k >= 0 and reach[k] > i  # some span starting at or before i ends after it
            risk = classify(amb, in_name, locale, converter.variant)
            out.append((risk, replace(amb, risk=risk)))
    return tuple(out)
