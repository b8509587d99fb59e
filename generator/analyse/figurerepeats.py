"""Repeats of a figure: the same quantity an article says again is one figure citing each place
(``merge_repeats``); an age most of the corpus's reports give is the story's, not trivia
(``shared_ages``). Split from ``facts.py`` (which finds the figures); returns data only."""

from __future__ import annotations

import re

from .model import Figure
from .text import Sentence, content_tokens, cosine

__all__ = ["merge_repeats", "shared_ages"]


def _names_in(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9.-]+", text)}


def merge_repeats(figures: list[tuple[Figure, Sentence]], weights: dict) -> list[Figure]:
    """One figure per fact in an article: the same quantity (in equivalent units: 1分钟 = 60秒)
    said again in the same article, in a paragraph or a table, is listed once with the other
    places in ``also``, when it is about the same subject (``Figure.same_fact``) or the two
    clauses are alike and name no two different things; counts merge only when their clauses
    are alike, or when a large count (a thousand or more) is written the same way again."""
    from .keyfigures import base_unit, opposed, same_fact

    out: list[Figure] = []
    vecs: list[dict] = []
    texts: list[str] = []  # the sentence each kept figure was read in
    same: dict[tuple[str, str], list[int]] = {}
    for f, s in figures:
        v = {t: weights.get(t, 1.0) for t in content_tokens(s.simple)}
        bucket = same.setdefault((f.article, base_unit(f.kind, f.unit)[0]), [])
        for i in bucket:
            g = out[i]
            if not (g.key == f.key or (g.low is not None and f.low is not None and same_fact(g, f)
                                       and not (g.range or f.range))):
                continue
            if opposed(g, f):
                continue  # "省下三十多万元" and "多出四五十万元": a saving and an extra cost
            if texts[i] == s.simple and g.key != f.key:
                continue  # two figures of one sentence written differently ("约65%", "近六成") are two facts
            if _capped(g) != _capped(f) and g.context != f.context:
                continue  # "最高3万元的权益" and "便宜3万元": a cap and an exact amount, two facts
            a, b = _names_in(g.context), _names_in(f.context)
            if a and b and not (a & b) and not (g.subject and g.subject == f.subject):
                continue  # two different names: two facts
            if g.subject and f.subject and g.subject != f.subject and not same_fact(g, f):
                continue
            wa, wb = set(g.what), set(f.what)
            # a figure that says nothing of what it counts is the same fact only when written the same way
            # ("约65%" of visits and "七成" of cases are two facts, however close)
            same_subject = bool(a & b) or (g.key == f.key and (not g.what or not f.what)) or \
                len(wa & wb) / max(len(wa | wb), 1) >= 0.5 or (bool(g.subject) and g.subject == f.subject) \
                or (bool(g.subject) and bool(f.subject) and same_fact(g, f))
            # a large count written the same way twice ("542万杯", "1035架订单") is one fact: small ones
            # ("3家", "两个") recur for different things
            large = f.kind == "count" and g.key == f.key and min(f.number or 0, g.number or 0) >= 1000
            if (g.paragraph == f.paragraph and g.context == f.context) or cosine(v, vecs[i]) >= 0.5 \
                    or (f.kind != "count" and same_subject) or large:
                changes = {}
                if f.paragraph != g.paragraph and f.paragraph not in g.also:
                    changes["also"] = g.also + (f.paragraph,)
                for field in ("what", "subject", "source"):
                    if not getattr(g, field) and getattr(f, field):
                        changes[field] = getattr(f, field)
                changes["weight"] = round(max(g.weight, f.weight) + 0.3, 2)
                out[i] = _with(g, **changes)
                break
        else:
            bucket.append(len(out))
            out.append(f)
            vecs.append(v)
            texts.append(s.simple)
    return out


_CAP = re.compile(r"最高|最多|至多|不超过|上限")


def _capped(f: Figure) -> bool:
    """A figure given as a ceiling ("最高3万元")."""
    return bool(_CAP.search(f.qualifier or ""))


def shared_ages(figures: list[Figure]) -> list[Figure]:
    """An age most of the corpus's articles give (a story about an age limit: "63岁" in five of six
    reports) is what the story is about, not a person's detail: it is no trivia. Ages one or two
    reports give (a worker's "49岁") stay trivia."""
    articles = {f.article for f in figures}
    if len(articles) < 3:
        return figures
    given: dict[float, set] = {}
    for f in figures:
        if f.trivia == "age" and f.number is not None and not f.approximate:
            given.setdefault(f.number, set()).add(f.article)
    shared = {n for n, arts in given.items() if 2 * len(arts) > len(articles)}
    return [_with(f, trivia="") if f.trivia == "age" and f.number in shared and not f.approximate else f
            for f in figures]


def _with(f: Figure, **changes) -> Figure:
    from .facts import _with as with_changes

    return with_changes(f, **changes)
