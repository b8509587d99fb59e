"""An English point that states what a Chinese point states joins it.

Grouping compares words, and an English sentence shares no word with its Chinese counterpart, so
"has sold more than 10 million copies" and "销量突破1000万套" would stand as two points. Structure
ties them instead: the same figures (read with their scale in both scripts: "10 million" is
1000万, "30%" is 三成), the same kind (impact or limit), and either a bilingual page's layout (the
English paragraph next to the Chinese one in the same article) or figures too particular to be
chance (two shared, or one that is no round small number). The English point's quotes and speakers
join the Chinese point, whose statement stays; when unsure, the two stay apart.
"""

from __future__ import annotations

import dataclasses
import re

from .englishpoints import english_statement

_EN_FIG = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(%|percent\b|per\scent\b|million\b|billion\b|"
                     r"thousand\b|bn\b)?")
_ZH_FIG = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(%|％|万|亿|千)?")
_ZH_TENTHS = re.compile(r"([一二三四五六七八九])成")
_ZH_DIGIT = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_SCALE = {"million": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "万": 1e4, "亿": 1e8, "千": 1e3}


def _value(num: str) -> float | None:
    try:
        return float(num.replace(",", ""))
    except ValueError:
        return None


def figures(text: str, english: bool) -> set[tuple[str, float]]:
    """(class, value) of each figure: ("%", 4.2), ("n", 10000000.0)."""
    out: set[tuple[str, float]] = set()
    for m in (_EN_FIG if english else _ZH_FIG).finditer(text):
        v = _value(m.group(1))
        if v is None:
            continue
        unit = (m.group(2) or "").replace(" ", "").lower()
        if unit in ("%", "％", "percent", "percent", "percent") or unit.startswith("per"):
            out.add(("%", v))
        elif unit in _SCALE:
            out.add(("n", round(v * _SCALE[unit], 2)))
        elif not (1900 <= v <= 2100 and v == int(v)):  # a year is no figure of a claim
            out.add(("n", v))
    if not english:
        out.update(("%", _ZH_DIGIT[m.group(1)] * 10.0) for m in _ZH_TENTHS.finditer(text))
    return out


def _particular(fig: tuple[str, float]) -> bool:
    """A figure too particular to be shared by chance: a percentage with decimals or an odd one,
    a count of ten thousand or more."""
    cls, v = fig
    if cls == "%":
        return v != int(v) or int(v) % 10 != 0
    return v >= 10000


def _translates(e, c, partner: dict) -> bool:
    """Whether English point ``e`` quotes a paragraph that stands beside one ``c`` quotes, as its
    translation (``englishtext.partners``)."""
    theirs = {(y.article, y.paragraph) for y in c.citations}
    return any((x.article, partner.get((x.article, x.paragraph))) in theirs for x in e.citations)


def _text(p, english: bool) -> str:
    return " ".join(c.quote for c in p.citations) if english else p.statement + " " + " ".join(
        c.quote for c in p.citations)


def merge_english(points: list, partner: dict | None = None) -> list:
    """``points`` with each English point that states a Chinese point's claim joined to it;
    ``partner``: each English paragraph's Chinese one on a bilingual page."""
    english = [p for p in points if english_statement(p.statement)]
    chinese = [p for p in points if not english_statement(p.statement)]
    if not english or not chinese:
        return points
    zh_figs = {p.id: figures(_text(p, False), False) for p in chinese}
    into: dict[str, list] = {}
    for e in english:
        figs = figures(_text(e, True), True)
        best, best_key = None, (0, 0, 0.0)
        for c in chinese:
            shared = figs & zh_figs[c.id]
            if _translates(e, c, partner or {}):
                # a bilingual page: the English paragraph beside the Chinese one it translates
                # (unless both give figures and share none: then it translates another)
                if figs and zh_figs[c.id] and not shared:
                    continue
                key = (len(shared) + 1, int(c.kind == e.kind), c.score)
            elif c.kind == e.kind and shared and (len(shared) >= 2 or any(_particular(f) for f in shared)):
                key = (len(shared), 1, c.score)
            else:
                continue
            if key > best_key:
                best, best_key = c, key
        if best is not None:
            into.setdefault(best.id, []).append(e)
    if not into:
        return points
    gone = {e.id for es in into.values() for e in es}
    out = []
    for p in points:
        if p.id in gone:
            continue
        if p.id in into:
            cites = list(p.citations)
            speakers = list(p.speakers)
            names = {s.name for s in speakers}
            for e in into[p.id]:
                cites += [c for c in e.citations if c not in cites]
                for s in e.speakers:
                    if s.name not in names:
                        speakers.append(s)
                        names.add(s.name)
            arts = {c.article for c in p.citations}
            bonus = 2.0 if any(c.article not in arts for e in into[p.id] for c in e.citations) else 0.0
            p = dataclasses.replace(p, citations=tuple(cites), speakers=tuple(speakers), score=round(p.score + bonus, 2))
        out.append(p)
    return out
