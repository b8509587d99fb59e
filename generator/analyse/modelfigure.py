"""The analysis model's key figure (a split of ``model``, which re-exports it): a figure found in a paragraph,
its bounds in base units, whose it is and what it measures, and when two figures state the same fact.
Plain, frozen data; the same two kinds of text as in ``model`` (generated text in ``zh-Hans``, quoted text in
the article's script)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Figure"]


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure found in a paragraph."""

    value: str
    """The number as written (article's script) with the qualifier before it, e.g. ``7``,
    ``超过数 10``, ``10到20``."""
    unit: str
    """Unit as written, e.g. ``美元``, ``%``, ``秒``; may be empty."""
    kind: str
    """``money`` | ``percent`` | ``multiple`` | ``duration`` | ``count`` | ``quantity`` | ``date``."""
    context: str
    """The clause around it, verbatim from the paragraph (article's script)."""
    article: str
    paragraph: str
    number: float | None = None
    """Numeric value in base units when it could be computed (e.g. 7e12), else None."""
    key: str = ""
    """Normalised ``value+unit`` (zh-Hans) used to match the same figure across sources."""
    qualifier: str = ""
    """The word before the number as written (超过, 约, 近, 高达 …), also part of ``value``; may be empty."""
    approximate: bool = False
    """The text gives it as an approximation or a bound (超过, 约, 数十, 多, 左右 …)."""
    after: str = ""
    """A qualifier after the unit as written (左右, 以上 …); may be empty."""
    what: str = ""
    """What is counted or measured (zh-Hans), from the clause (e.g. ``券商``, ``当日跌幅``); may be empty."""
    source: str = ""
    """Who gives the figure (zh-Hans): the attributed speaker or the "据…" source; may be empty."""
    also: tuple[str, ...] = ()
    """Other paragraphs of the same article repeating this figure about the same thing."""
    subject: str = ""
    """Whose figure it is (zh-Hans): the name or topic the clause is about (``Adobe``,
    ``月之暗面``), from the sentence before the figure, else the paragraph's last one; may be empty."""
    low: float | None = None
    """Lower bound in base units (seconds, yuan, percent …) as the text allows it: a range's first
    end, a bound's number ("超过7%" → 7), an exact number less its rounding; None when unknown."""
    high: float | None = None
    """Upper bound in base units, like ``low`` (a range's second end; "近一亿" → 1e8)."""
    range: bool = False
    """The text gives two ends ("30元至60元", "几十万元甚至数百万元"); ``value`` holds both."""
    trivia: str = ""
    """Why it is not a key figure (``age``, ``timestamp``, ``title``, ``enumeration``, ``size``,
    ``time-reference``); empty for a key figure candidate."""
    weight: float = 0.0
    """How newsworthy (money and market moves first, then counts of users, companies and products,
    shares, durations); key figures are ranked by it."""
    dimension: str = ""
    """What ``low`` and ``high`` are in: ``duration`` (seconds), ``money:USD``, ``percent`` …"""

    def same_fact(self, other: Figure) -> bool:
        """Both state the same fact: same dimension, bounds that overlap (both ranges or neither),
        and the same owner (one subject, or one named in the other's clause and what); two
        different subjects never."""
        if not self.dimension or self.dimension != other.dimension or self.range != other.range \
                or self.low is None or other.low is None or self.high is None or other.high is None \
                or not (self.low <= other.high and other.low <= self.high):
            return False
        sa, sb = _owner_key(self.subject), _owner_key(other.subject)
        if sa and sb:
            return sa == sb or sa in sb or sb in sa
        if sa or sb:
            named, fig = (sa, other) if sa else (sb, self)
            return named in fig.context.lower().replace(" ", "") or named in fig.what.lower()
        wa, wb = set(self.what), set(other.what)
        return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5

    @property
    def written(self) -> str:
        """The figure as the article writes it, qualifiers included (``超过数 10亿美元``)."""
        return f"{self.value}{self.unit}{self.after}"


def _owner_key(name: str) -> str:
    for suffix in ("公司", "集团", "股份", "有限", "科技"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)]
    return name.lower().replace(" ", "")
