"""The headline event and the facts most sources report, as candidates whatever their wording.

A sentence that states the news itself (a court's order and whom it appoints, a launch and its
prices, a discharge and its start, a ban and its terms) often carries no effect word, so no
category's vocabulary places it. What marks it is **repetition across sources**: when at least
half of the articles (two at least) each have a sentence sharing ``SHARED`` or more of its
distinctive terms, the sentence states a fact the corpus agrees on, and it becomes a candidate:

* its terms are ``keywords.terms_of`` less the topic's own words and less words common in
  general Chinese (jieba's dictionary frequency) or in the corpus (in more than ``TOO_COMMON`` of
  its sentences: the topic's words by another spelling), so two sentences share a fact, not a
  subject; a figure with its unit ("18个月", "20.87%") counts as a term;
* its kind comes from its own language: a limit when it restricts or doubts (``is_limit``: only,
  no more than, limited, unlikely, uncertain, years away) or carries more limit than impact
  signals; otherwise an impact (the event and what it sets in motion);
* its category is the one the taxonomy gives it read as a claim of that kind, else the general
  ``event`` (impact) or ``scope`` (limit) category;
* when every article agreeing has a candidate among its agreeing sentences, the fact is a claim
  the taxonomy placed: the sentence is left to that claim's point to recruit (``points.recruit``).

Sentences that are already candidates keep their category; furniture, questions, list items,
frames (``claims.not_a_claim``) and announcements of what comes ("将于下周公布") never qualify. Deterministic: the sentences come in corpus
order and every set is read sorted.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from .claims import _SCHEDULED, THRESHOLD, Candidate, _fallback, classify, kind_signals, not_a_claim
from .claimshape import harm_shapes
from .general import restricts
from .keywords import terms_of
from .limitshapes import limit_shape
from .text import QUESTION, cjk_len, is_whole_sentence, jieba_module
from .text import count_words as _count

__all__ = ["consensus_candidates", "is_limit", "SHARED", "GENERAL_PER_MILLION", "TOO_COMMON"]

#: Distinctive terms two sentences must share to state one fact.
SHARED = 3
#: A word this frequent in general Chinese (per million words of jieba's dictionary) says nothing
#: distinctive ("市场", "表示", "公司").
GENERAL_PER_MILLION = 50.0
#: A term in more than this share of the corpus's sentences (at least ``COMMON_FLOOR`` of them)
#: names the subject, not a fact.
TOO_COMMON = 0.08
COMMON_FLOOR = 12

#: Language that states a consequence (what the event sets in motion), which a limit word in a
#: side clause does not turn into a limit ("清盘人可能出售股权，控制权或生变").
_EFFECT = re.compile(r"将|可能|或将|有望|预计|导致|引发|迫使|出售|接管|暂停|禁止|下跌|上涨|失去")


#: A figure with its unit ("18个月", "21.59万元", "20.87%"): as distinctive as a rare word.
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|个月|万亿|万|亿|元|美元|港元|吨|辆|台|家|人|倍)")


def is_limit(simple: str, tax) -> bool:
    """A sentence restricting or doubting what it reports, stating a limit by its shape (a lack, a
    criticism drawn, an effect said to be small: ``limitshapes``, as ``claims.candidates`` reads a
    candidate), or with more limit than impact signals (read as ``claims.kind_signals`` reads them:
    a remedied problem is none, a change is an effect)."""
    imp, lim, _ = kind_signals(simple, tax)
    return restricts(simple) or bool(limit_shape(simple)) or lim > imp


def _general_rate():
    jb = jieba_module()
    freq, total = jb.dt.FREQ, jb.dt.total or 1
    return lambda w: freq.get(w, 0) / total * 1e6


def consensus_candidates(sentences: list, cands: list, tax, skip: set) -> list[Candidate]:
    """Candidates for the sentences stating a fact at least half of the articles (two at least)
    report, that are not candidates yet (``skip``: furniture)."""
    articles = sorted({s.article for s in sentences})
    n = len(articles)
    if n < 2:
        return []
    need = max(2, math.ceil(n / 2))
    topic = {t.lower() for t in tax.topic_terms} | ({tax.topic_label.lower()} if tax.topic_label else set())
    rate = _general_rate()
    have = {(c.sentence.article, c.sentence.index) for c in cands}
    terms: dict[tuple[str, int], frozenset[str]] = {}
    eligible: list = []
    distinct: dict[str, bool] = {}  # a term's verdict, once per corpus (terms recur in many sentences)

    def is_distinct(t: str) -> bool:
        if t not in distinct:
            distinct[t] = t.lower() not in topic and not any(w in t.lower() for w in topic) \
                and rate(t) <= GENERAL_PER_MILLION
        return distinct[t]

    for s in sentences:
        key = (s.article, s.index)
        if key in skip or not is_whole_sentence(s.original) or cjk_len(s.original) > 200:
            continue
        ts = frozenset([t for t in terms_of(s.simple) if is_distinct(t)] + _FIGURE.findall(s.simple.replace(",", "")))
        if len(ts) >= SHARED:
            terms[key] = ts
            eligible.append(s)
    by_term: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for s in eligible:
        for t in sorted(terms[(s.article, s.index)]):
            by_term[t].append((s.article, s.index))
    common = max(COMMON_FLOOR, TOO_COMMON * len(eligible))
    df = {t: len({k[0] for k in keys}) for t, keys in by_term.items()}
    out = []
    for s in eligible:
        key = (s.article, s.index)
        if key in have or not_a_claim(s.simple) or QUESTION.search(s.simple) or _SCHEDULED.search(s.simple):
            continue  # no claim, a question, an announcement of what comes ("将于下周公布")
        useful = [t for t in sorted(terms[key]) if 2 <= df[t] and len(by_term[t]) <= common]
        if sum(df[t] - 1 for t in useful) < SHARED * (need - 1):
            continue  # cannot share SHARED terms with enough other articles
        overlap: Counter = Counter()
        for t in useful:
            for other in by_term[t]:
                if other[0] != s.article:
                    overlap[other] += 1
        agreeing = sorted(k for k, c in overlap.items() if c >= SHARED)
        agree = {k[0] for k in agreeing}
        if 1 + len(agree) < need:
            continue
        if {k[0] for k in agreeing if k in have} == agree:
            continue  # a claim placed in every article agreeing: its point recruits it (``recruit``)
        # (a consequence that is itself a harm, "导致航班延误", stays a limit: ``harm_shapes``; so
        # does a limit stated by its shape, "将参数逐一比较，被网友批评为噱头": ``limitshapes``)
        kind = "limit" if is_limit(s.simple, tax) and not (
            _EFFECT.search(s.simple) and not restricts(s.simple) and not harm_shapes(s.simple)
            and not limit_shape(s.simple)) else "impact"
        got = classify(s.simple, tax, kind, sided=True) or _fallback(
            tax, kind, None, "event" if kind == "impact" else "scope", s.simple)
        if not got:
            continue
        rule, score, hits = got
        sig = tax.impact_signals if kind == "impact" else tax.limit_signals
        out.append(Candidate(s, rule.category.id, kind, max(score, THRESHOLD) + len(agree), hits,
                             signals=frozenset(_count(s.simple, sig)), topical=True))
    return out
