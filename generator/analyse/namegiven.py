"""A Chinese name with a Latin given name glued after it, as a comment's or a profile's author
shows it ("林佩君Peggy", "陈美玲 Amy"): a person, the same one as the Chinese name alone. The
glued form is the strongest evidence of a person the page gives, above a guess that reads the
Latin word as a product's model or the name as a brand."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namewords import SURNAMES

__all__ = ["HAN_LATIN", "latin_given_names"]

#: A Chinese name (surname first) and a capitalised Latin given name after it.
HAN_LATIN = re.compile(r"([\u4e00-\u9fff]{2,4})\s?([A-Z][a-z]{1,12})")
#: Who vouches for a name more than its shape: the editor, the built-in list, a body's suffix.
_STRONGER = frozenset(("editor", "builtin", "suffix", "suffix-plain", "public", "topic"))


def _person_name(han: str) -> bool:
    return han[:2] in SURNAMES or han[0] in SURNAMES and len(han) <= 3


def latin_given_names(found: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """``found`` with each "Chinese name + Latin given name" read as a person, and its Chinese
    name a spelling of the same person (merged through the alias)."""
    out = dict(found)
    for name, cands in found.items():
        m = HAN_LATIN.fullmatch(name)
        if not m or not _person_name(m.group(1)):
            continue
        han = m.group(1)
        if any(c.why in _STRONGER for c in (*cands, *found.get(han, ()))):
            continue
        out[name] = [Candidate(name, "person", "latin-given", alias=han)]
        out[han] = [*(c for c in found.get(han, ()) if c.kind == "person"), Candidate(han, "person", "latin-given", alias=name)]
    return out
