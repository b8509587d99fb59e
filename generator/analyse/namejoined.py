"""An organisation's candidate that is not one name: two bodies joined by a verb of working
together ("市文化广电和旅游局会同市统计局" is two bodies, each listed), or a name with the verb that
cites it glued before it ("引自某研究院" is the 研究院). Applied to every paragraph's candidates
(``namefind.find_candidates``)."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namepublic import _BODY_SUFFIXES
from .namewords import STRONG_SUFFIXES, WEAK_SUFFIXES

__all__ = ["unjoined"]

_SUFFIX_END = re.compile("(?:" + "|".join(sorted(STRONG_SUFFIXES + WEAK_SUFFIXES + _BODY_SUFFIXES, key=len, reverse=True))
                         + ")$")
#: Verbs that join two bodies doing one thing ("A会同B测算", "A协同B", "A连同B"); not 联合, which
#: names bodies too (联合国, 联合会).
_JOINED = re.compile(r"会同|协同|连同|携手|牵头")
#: A verb of citing before a name ("引自…", "援引…", "来自…"): the name is what follows.
_CITED = re.compile(r"^(?:引自|援引|来自|源自|转自|摘自|选自|出自|根据)(?=[\u4e00-\u9fff]{3})")


def unjoined(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if c.kind != "org":
            out.append(c)
            continue
        name = _CITED.sub("", c.name)
        m = _JOINED.search(name)
        if m and m.start() >= 3 and _SUFFIX_END.search(name[:m.start()]) and len(name) - m.end() >= 3 \
                and _SUFFIX_END.search(name[m.end():]):
            out += [Candidate(name[:m.start()], c.kind, c.why, c.role, ""),
                    Candidate(name[m.end():], c.kind, c.why, c.role, "")]
            continue
        out.append(c if name == c.name else Candidate(name, c.kind, c.why, c.role, c.alias))
    return out
