"""Whom a pronoun holder stands for ("他说", "她认为", "他告诉本刊"): an unnamed holder described just before
("一位不愿具名的经销商…。他告诉本刊…"), the subject of the sentence before ("黄某则不完全同意。他说…"), the person
the clause before the pronoun introduces, or the last person named in this or the previous paragraph. A split
of ``speakerdoc`` (``pronoun_holder``); when the clause before is a person we cannot read, nobody."""

from __future__ import annotations

from dataclasses import replace

from .model import Speaker
from .speakercontext import _antecedent, clause_before_pronoun

__all__ = ["pronoun_holder"]


def pronoun_holder(at: int, psimple: str, subject_at, here, described, titles, known: dict[str, tuple[str, str]],
                   prev_person: Speaker | None):
    """The holder a pronoun at ``at`` in ``psimple`` stands for: a described holder's speaker (a copy), a
    (name, role, "person") triple, or None. ``subject_at``: the paragraph's subjects; ``here``: the people
    named in it so far, ``described``: its unnamed holders (both (offset, Speaker)); ``prev_person``: the last
    person named before the paragraph. A person the clause before introduces is added to ``known``."""
    ante = _antecedent(at, subject_at, here, psimple)
    last_named = max((x[0] for x in here if x[0] < at), default=-1)
    group_before = [x for x in described if last_named < x[0] < at]
    if group_before and (ante is None or isinstance(ante, str) or not any(
            x[1] is ante and x[0] > group_before[-1][0] for x in here)):
        # "一位不愿具名的经销商则持相反意见。他告诉本刊…": the described holder just
        # before, not a person named earlier (unnamed: a role, never a name)
        return replace(group_before[-1][1])
    here_clause = clause_before_pronoun(psimple, at, titles) if ante is None else None
    if here_clause == "unsure":
        return None  # "家长吴先生在外企做供应链，他觉得…": a person we cannot read, not the last one named
    if here_clause:
        ante = here_clause[0]
        known.setdefault(ante, (here_clause[1], "person"))
    if isinstance(ante, str):  # "黄某则不完全同意。他说…": the subject before, not the last name
        return ante, known.get(ante, ("", ""))[0], "person"
    if ante is not None:
        return ante.name, ante.role, "person"
    if prev_person is None:
        return None
    return prev_person.name, prev_person.role, "person"
