"""A name candidate (the name, its kind, the context that validated it) and the checks every
paragraph-level finder shares: inside a work's title 《…》, a transliteration's shape, a job title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .namewords import SURNAMES, TITLES, _TR

_SURNAME_CLASS = "".join(sorted(c for c in SURNAMES if len(c) == 1))
#: A transliteration written with ·; its last part may be a Chinese surname ("乔安娜·李", Joanna Li).
_TRANSLIT = re.compile(rf"(?<![{_TR}·])([{_TR}]{{1,5}}(?:·[{_TR}]{{1,7}})*(?:·[{_TR}]{{1,7}}|·[{_SURNAME_CLASS}](?![\u4e00-\u9fff·])))")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name found in one paragraph, with why it was taken."""

    name: str
    """Simplified spelling."""
    kind: str
    """``person``, ``org`` or ``product``."""
    why: str
    """The context that validated it (``title``, ``speech``, ``suffix`` …)."""
    role: str = ""
    """Role as the text gives it (simplified), for people."""
    alias: str = ""
    """Another spelling of the same entity given beside it (a bracketed original)."""
#: How far around a title the name finder reads (a name, a work's title, a role is far shorter):
#: no copy or scan of the rest of a paragraph per match, which was quadratic on a huge paragraph.
_NEAR = 200
_TITLE_RE = re.compile("(" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")[ \u3000\t]?[丨｜|]?[ \u3000\t]?")


def _inside_title(text: str, i: int) -> bool:
    """Inside 《…》 (a work's title, not a name)."""
    lo = max(0, i - _NEAR)
    return text.rfind("《", lo, i) > text.rfind("》", lo, i)
