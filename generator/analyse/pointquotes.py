"""A point's quotes and its statement's text: the clause of a source that gives the statement's
figures (``figure_quote``), how long a quote and the statement's own quote may be, the statement's
own quote stretched to the last clause the statement says (``covering_quote``), the figures a
statement states, and the emoji and reference marks ("[16]") taken out of a statement. A split of
``points``, which builds the points with these."""

from __future__ import annotations

import re

from .quotecut import CLAUSE as _CLAUSE, unquote as _unquote
from .statements import short_quote


#: A figure as a statement writes it, to be found in a quote's clauses ("220万", "15亿", "96%", "88898").
#: (bounded runs: a megabyte of digits is never rescanned from every position)
_STATED_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]{0,12}[万亿%]|(?<![\d.,])\d{3,12}(?![\d.,年])")


#: Pictographs (emoji) and the spaces after them ("萝卜快跑🥕 就是…").
_EMOJI_RUN = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+\s*")


#: A reference mark of an encyclopedia or a paper ("[16]", "[2-3]", "[4,7]"), before the punctuation it
#: sits on.
_REF_MARK = re.compile(r"\[\d{1,3}(?:[-–,，]\d{1,3}){0,4}\]")


def figure_quote(original: str, simple_of, figures: tuple[str, ...]) -> str:
    """The quote of a sentence from its first clause giving one of ``figures`` on ("…《黑神话：悟空》
    昨日上市，首日Steam同时在线人数冲破220万人，超越多款欧美大作的纪录。" → "首日Steam…220万人，超越…纪录。"),
    ``QUOTE_LIMIT`` long at most; "" when no clause gives them."""
    at = 0
    for part in re.split(r"(?<=[，；,;])", original):
        if any(f in simple_of(part) for f in figures):
            rest = original[at:]
            return rest if len(rest) <= QUOTE_LIMIT else short_quote(rest, simple_of, figures, limit=QUOTE_LIMIT)
        at += len(part)
    return ""


#: A quote's usual length (``statements.short_quote``) and the most the statement's own quote
#: may stretch to so that it holds every clause the statement says.
QUOTE_LIMIT = 70


REP_QUOTE_MAX = 140


def rep_limit(statement: str) -> int:
    """How long the statement's own quote may be: long enough for the clauses the statement keeps
    (its reporting frame and back-references dropped, so never longer than them by much), within
    ``REP_QUOTE_MAX``."""
    return max(QUOTE_LIMIT, min(REP_QUOTE_MAX, len(statement) + 12))


_PLAIN = re.compile(r"[\s“”「」『』‘’'\"，。；：！？,;:!?、（）()]")


def covering_quote(original: str, simple_of, statement: str, quote: str, limit: int) -> str:
    """``quote`` made to reach the statement's last clause: a statement never says more than its
    own quote ("…但这两年迅速发展" cut before "未来AI将被更大规模运用", which the statement says). The
    quote runs from the clause the statement opens in (or the quote's own start, when it is earlier
    and the whole fits) to the clause the statement closes in, within ``limit``; the quote as it
    was when the statement's words are not found in the sentence clause by clause."""
    flat = _PLAIN.sub("", statement)
    if len(flat) < 8 or flat[-6:] in _PLAIN.sub("", simple_of(quote)):
        return quote
    clauses = [m.group(0) for m in _CLAUSE.finditer(original)]
    plain = [_PLAIN.sub("", simple_of(c)) for c in clauses]
    head, tail = flat[:6], flat[-6:]
    joined, starts = "", []
    for c in plain:
        starts.append(len(joined))
        joined += c
    at, end = joined.find(head), joined.rfind(tail)
    if at < 0 or end < at:
        return quote
    i = max(k for k, st in enumerate(starts) if st <= at)
    j = max(k for k, st in enumerate(starts) if st <= end + len(tail) - 1) + 1
    q_at = original.find(quote)
    if q_at >= 0:
        first = max((k for k in range(len(clauses)) if sum(len(c) for c in clauses[:k]) <= q_at), default=0)
        if first < i and sum(len(c) for c in clauses[first:j]) <= limit:
            i = first  # the quote's frame ("X表示，") stays when the whole still fits
    out = "".join(clauses[i:j]).strip().rstrip("，；：,;:")
    return _unquote(out) if out and len(out) <= limit else quote
