"""A vote or a stance on a measure: a decision reported, not criticism of the topic (issue 13).

"10国赞成、5国反对、12国弃权", "德国投下反对票", "行业协会多次公开反对加征关税": the words are a
critic's (反对), so the general "criticism and setbacks" category (a limit) would take them; what
the sentence reports is how parties decided or stood on a measure — the news and the reactions
to it, an impact. ``decided`` says so; ``claims.candidates`` then reads such a sentence as an
impact unless it also restricts or doubts what it reports.

Only general words of any policy story, read on the simplified sentence: a tally (two or more of
赞成/反对/弃权 each with a count), a ballot cast (投了反对票, 投下赞成票) or the ballots' outcome
(反对票未达到有效多数), or a party opposing a
measure named (反对加征关税, 反对该法案, 反对这项提案; not "网友反对涨价", a complaint about a price),
or a party fearing retaliation (担心遭到报复, 担忧对方反制).
"""

from __future__ import annotations

import re

__all__ = ["decided"]

_COUNT = r"(?:\d+|[一二两三四五六七八九十百]+)"
#: One count of a tally: "10国赞成", "5票反对", "12个成员国弃权", "赞成票10张".
_TALLIED = re.compile(_COUNT + r"[^，、。；：0-9]{0,6}?(?:投)?(赞成|反对|弃权)|(赞成|反对|弃权)票?" + _COUNT)
#: A ballot cast, or the ballots' outcome ("反对票未达到有效多数", "赞成票超过半数").
_BALLOT = re.compile(r"投(?:下|出|了)?(?:了)?(?:赞成|反对|弃权)票|(?:赞成|反对|弃权)票(?:数)?(?:未|没有|不足|超过|达到|过半)")
#: A measure opposed.
_MEASURE = re.compile(r"反对(?:对[^，。；]{0,12}?)?(?:加征|征收|征税|关税|制裁|该法案|法案|提案|这项|该项|该措施|措施|决议|立法)")

#: A party fearing the other side's retaliation ("担心遭到北京报复", "最担心的就是对方反制"): how it
#: stands on the measure, a reaction to the news (not a problem of the topic's own).
_FEARED = re.compile(r"(?:担心|担忧|害怕|忧虑)[^，。；]{0,8}?(?:报复|反制)")


def decided(simple: str) -> bool:
    """True when a (simplified) sentence reports a vote (a tally of two or more sides, or a
    ballot cast), a party opposing a named measure, or a party fearing retaliation."""
    sides = {a or b for a, b in _TALLIED.findall(simple)}
    return len(sides) >= 2 or bool(_BALLOT.search(simple) or _MEASURE.search(simple) or _FEARED.search(simple))
