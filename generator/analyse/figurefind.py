"""An article's figures, assembled: each sentence's figures (``facts.py`` reads them), a table row's
label and column for what a cell counts, the previous sentence's name for a figure whose clause has
none, labels begun where the article's recurring terms begin (``figurelabels.across_terms``), and
repeats within an article merged (``figurerepeats.py``)."""

from __future__ import annotations

import re

from .facts import _figures_in, _with
from .model import Figure
from .figurerepeats import merge_repeats, shared_ages
from .figureshared import label_shared
from .figures import ATTRIBUTE as _ATTRIBUTE, PRONOUN as _PRONOUN, topic
from .tables import ROW_INDEX, drawn_rows, row_what
from .text import Sentence

__all__ = ["find_figures", "sentence_subject"]


def find_figures(sentences: list[Sentence], speakers: dict | None = None,
                 weights: dict | None = None) -> list[Figure]:
    """Amounts, percentages, multiples, durations, quantities and counts with their clause,
    qualifiers, bounds, what they count, whose they are and who gives them; repeats within an
    article (the same quantity in equivalent units about the same subject) merged.

    ``speakers`` maps (article, sentence index) to the attributed speaker's name."""
    speakers = speakers or {}
    out: list[tuple[Figure, Sentence]] = []
    # per paragraph, the sentences whose name may still hold, latest last: a sentence's subject
    # is read only when a later figure needs it (most sentences hold no figure)
    named_by: dict[tuple[str, str], list[str]] = {}

    def last_subject(here: tuple[str, str]) -> str:
        texts = named_by.get(here, [])
        while texts:
            named = sentence_subject(texts[-1])
            if named:
                return named
            texts.pop()  # no name: the one before still holds
        return ""

    for s in sentences:
        if re.search(r"https?://|\.mp4|!\[", s.original):
            continue
        here = (s.article, s.paragraph)
        drawn = drawn_rows(s.simple) if s.index != ROW_INDEX else []
        for fig in _figures_in(s.original, s.simple, speakers.get((s.article, s.index), "")):
            if drawn:  # a drawn table flattened into the line: the figure's row and column, never the table
                fig = _in_drawn_table(fig, s.simple, drawn)
                if fig is None:
                    continue
            elif s.index == ROW_INDEX:  # a table row: the row's label and the column say what it is
                at = s.original.find(fig.value)
                label = re.sub(r"\s*[（(]\s*[\d.A-Za-z]+\s*[）)]", "", s.simple.partition("：")[0]).strip()
                what = row_what(s.simple, at) if at >= 0 else ""  # "因赛集团 累计升幅": label and column
                fig = _with(fig, what=what or fig.what, subject=label if "：" in s.simple else fig.subject,
                            context=s.original, weight=round(fig.weight - 0.5, 2))  # a table: dense data
            elif not fig.subject and (_PRONOUN.search(s.simple, 0, _clause_end(s, fig)) or not fig.what
                                      or fig.what in _ATTRIBUTE) \
                    and (named := last_subject(here)):
                # "它的参数量…", "金额超10亿美元": a sentence that goes on about the previous one's name
                fig = _with(fig, subject=named)
            out.append((_with(fig, article=s.article, paragraph=s.paragraph), s))
        if s.index != ROW_INDEX and not re.match(r"\s*(?:这|那|该|此|其|它)", s.simple):
            named_by.setdefault(here, []).append(s.simple)  # "这个AI模型…": the name before still holds
    return label_shared(shared_ages(merge_repeats(_across_terms(out, sentences), weights or {})))


def _in_drawn_table(fig: Figure, simple: str, rows: list[tuple[int, int, str]]):
    """A figure of a line that holds a drawn table: in a row, what the row and its column say it is
    ("校园订单中预制菜品占比（9月（事件后））"), its context the row; before the table, its clause cut where
    the table starts; in the table's borders or notes, left out (None)."""
    written = fig.value + fig.unit
    first = min(a for a, _, _ in rows)
    for a, b, said in rows:
        at = simple.find(written, a, b)
        if at < 0:
            continue
        label, _, cells = said.partition("：")
        column = next((c.rsplit(" ", 1)[0] for c in cells.split("；") if c.endswith(written)), "")
        return _with(fig, what=f"{label}（{column}）" if column else label, subject="", context=said)
    at = simple.find(written)
    if 0 <= at < first:
        return _with(fig, context=re.split(r"\+[-=]{3,}", fig.context)[0].rstrip("：: "))
    return None


def _kept_count(seen: dict[str, int], text: str, term: str) -> int:
    """``text.count(term)``, counted once per article."""
    if term not in seen:
        seen[term] = text.count(term)
    return seen[term]


def _across_terms(found: list, sentences: list[Sentence]) -> list:
    """Each figure's label begun where its article's recurring terms begin ("预制|菜市场规模"
    → 预制菜市场规模: see ``figurelabels.across_terms``); one join of each article's text."""
    from collections import defaultdict
    from functools import partial

    from .figurelabels import across_terms

    parts: dict[str, list[str]] = defaultdict(list)
    for s in sentences:
        parts[s.article].append(s.simple)
    texts: dict[str, str] = {}
    counted: dict[str, dict[str, int]] = defaultdict(dict)  # per article: a term's count, scanned once
    # (a long article has many figures: counting each term again over the whole text was quadratic)
    out = []
    for fig, s in found:
        if fig.what:
            text = texts.get(s.article)
            if text is None:
                text = texts[s.article] = "\n".join(parts[s.article])
            changes = {}
            for field in ("what",):  # (a name's extent is the index's to read)
                value = getattr(fig, field)
                # (a label joined from two places, "散装酒市场规模" + "增长", is found by its opening words)
                at = next((s.simple.find(value[:n]) for n in range(len(value), 1, -1) if value[:n] in s.simple), -1)
                if at > 0:
                    repaired = across_terms(value, s.simple, at, text, partial(_kept_count, counted[s.article], text))
                    if repaired != value:
                        changes[field] = repaired
            fig = _with(fig, **changes) if changes else fig
        out.append((fig, s))
    return out


def _clause_end(s: Sentence, fig: Figure) -> int:
    """Where the figure's clause ends in the sentence: a pronoun after it ("…约871亿日圆，中国大陆为其
    最大出口市场") points back inside the sentence, not to the sentence before."""
    at = s.original.find(fig.context) if fig.context else -1
    return at + len(fig.context) if at >= 0 and len(s.original) == len(s.simple) else len(s.simple)


def sentence_subject(simple: str) -> str:
    """The last name a sentence gives (the owner of a figure in the next sentence)."""
    from .figures import nearest_name

    name = nearest_name(simple, len(simple))
    if name:
        return name
    for clause in reversed(re.split(r"[，；。！？,;：:]", simple)):  # else the last clause's topic
        t = topic(clause)
        if t and t not in _ATTRIBUTE:
            return t
    return ""
