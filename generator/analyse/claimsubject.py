"""Whose claim: the same predicate said of two different subjects is two claims (issue 13, property 3).

"供应商蓝海光电股价大跌6%" and "对手月光科技股价大跌6%" share the effect, the figure and the day,
and still state two claims: each names, right before the words they share, a subject the other
sentence never names. A rewording of one claim either names the same subject ("冰雪大世界开园首日"
/ "冰雪大世界因开园首日") or words the shared part differently. ``other_subjects`` reads this
from the two sentences alone (no list of names): each run of three or more characters the two
share, opening on words (not a figure), preceded in both by two Chinese characters that differ and that the other sentence does
not contain anywhere.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["other_subjects"]

#: Characters two sentences must share in a run for what precedes it to be its subject.
SHARED_RUN = 3
#: Sentences longer than this are not compared (bounded work; a long sentence states many things).
LONGEST = 200
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}$")
_HAN_START = re.compile(r"[\u4e00-\u9fff]{2}")
#: Function characters that end no subject ("的", "了", "在"): a preceding pair ending in one is no name.
_FUNCTION = frozenset("的了在是和与及对将也都就还又被把从向于为其以而已亦均正曾")


def _before(text: str, at: int) -> str:
    """The two Chinese characters before ``at``, past an adverb or function word ("南极星也完成"
    → "极星"), or '' when they are no words."""
    end = at
    while end > 0 and at - end < 2 and text[end - 1] in _FUNCTION:
        end -= 1
    head = text[max(0, end - 2):end]
    return head if _HAN2.match(head) and head[-1] not in _FUNCTION else ""


def other_subjects(a: str, b: str) -> bool:
    """Whether two sentences say a shared run of words of two different subjects: a run of
    ``SHARED_RUN`` or more characters both contain, preceded in each by two Chinese characters,
    the pairs differ and neither pair occurs anywhere in the other sentence."""
    if not a or not b or len(a) > LONGEST or len(b) > LONGEST:
        return False
    for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        if m.size < SHARED_RUN or not _HAN_START.match(a, m.a):
            continue  # (a shared figure, "50元", follows a verb, not a subject)
        x, y = _before(a, m.a), _before(b, m.b)
        if x and y and x != y and x not in b and y not in a:
            return True
    return False
