"""A contrasted holder opening a paragraph against the holder of the paragraph before (a split of ``framed``; any
topic): "A认为…。" then a paragraph "但B提醒，…" or "B方面则强调，…". ``framed`` passes its own tests of a claim
(``claimish``) and of two opposite judgements (``opposed``)."""

from __future__ import annotations

import re

__all__ = ["contrast_prev_para", "JUDGING"]

#: Sentences before the contrast searched for the view it answers, at most.
REACH = 6


#: A holder's judging verb: a view another holder's contrast across a paragraph answers ("X直言…", "Y批评…").
JUDGING = re.compile(r"(?<!的)(?:直言|批评|质疑|警告|担心|担忧|坦言|不认同|反对|怀疑)(?:说|称|道)?[，,：:]")
#: A contrast opening a paragraph: "但…", "不过…", "然而…", or a holder's "则" ("B则强调，…").
_OPENS_CONTRAST = re.compile(r"^(?:但|不过|然而|可是)[，,]?|^[^，。；：“”「」]{2,20}?(?:方面)?则")


def contrast_prev_para(ss, i: int, names, mine: set[str], judged: bool, answer: list, tokens, claimish, opposed):
    """The view a contrasted holder opening a paragraph answers ("A认为…。" / "但B提醒，…"): the last whole view
    of the paragraph just before, held by another named holder, when the two judge the other way (opposite
    valences), the view is a judging one ("A直言…" / "B则强调…"), or the answer judges (``EVAL``) the same
    subject (two content words shared): two holders on two aspects across a break are no dispute."""
    s = ss[i]
    if i == 0 or ss[i - 1].paragraph == s.paragraph or not _OPENS_CONTRAST.match(s.simple):
        return None
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        q = ss[j]
        if s.para_index - q.para_index > 1:
            return None
        who = names(q)
        if who & mine:
            return None
        if who and claimish(q):
            words = set().union(*(tokens(x) for x in answer))
            if opposed(q.simple, "".join(x.simple for x in answer)) or JUDGING.search(q.simple[:40]) \
                    or judged and len(tokens(q) & words) >= 2:
                return q
            return None
    return None
