"""Whom a pronoun holder stands for ("他说", "她认为", "他告诉本刊"): an unnamed holder described just before
("一位不愿具名的经销商…。他告诉本刊…"), the subject of the sentence before ("黄某则不完全同意。他说…"), the person
the clause before the pronoun introduces, or the last person named in this or the previous paragraph. A split
of ``speakerdoc`` (``pronoun_holder``); when the clause before is a person we cannot read, nobody."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Speaker
from .speakercontext import _antecedent, clause_before_pronoun

__all__ = ["pronoun_holder", "heading_person", "plural_holder"]

#: A counted, described group opening a sentence, after a clause of when ("3月13日，Sora核心团队三位负责人
#: 接受了专访。"): the people a "他们" opening the next sentence stands for.
_COUNTED = re.compile(r"^(?:[^，。；“”「」]{0,14}?(?:日|月|年|天|周|当天|此前|随后|近日|日前)[，,]\s*)?"
                      r"((?:[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9 \u4e00-\u9fff]{0,14}?)?"
                      r"(?:[两二三四五六七八九十]|\d{1,2})\s*(?:位|名)[\u4e00-\u9fff]{0,8}?"
                      r"(?:负责人|高管|专家|学者|研究员|工程师|分析师|官员|代表|员工|工作人员|创始人|人士|成员|医生|律师|教授|科学家))"
                      r"(?=[\u4e00-\u9fff]{0,4}(?:接受|露面|出席|参加|在|于|向|对|近日|日前|表示|透露))")


def plural_holder(psimple: str, at: int) -> str:
    """Whom a "他们" at ``at`` stands for: the counted, described group the sentence just before (in the
    same paragraph) opens on ("Sora核心团队三位负责人露面接受了专访。他们在采访中透露…"), else ''."""
    before = psimple[:at].rstrip()
    if not before.endswith(("。", "！", "？")):
        return ""
    start = max(before.rfind(c, 0, len(before) - 1) for c in "。！？") + 1
    m = _COUNTED.match(before[start:].lstrip())
    return m.group(1).strip() if m else ""


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


#: A heading's number ("6.7 ", "一、", "（三）", "3."): not the heading's words.
_HEAD_NUMBER = re.compile(r"^\s*(?:\d+(?:[.．]\d+)*[.．、]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")


def heading_person(head: str, titles: tuple[str, ...], original: str = "") -> tuple[str, str] | None:
    """(name, role) of the one person a section's heading names as a whole ("6.7 前某公司副总裁王某",
    "## 陈某"): the section is theirs, so a "他"/"她" in it with no one named before stands for them.
    A heading that says more than a person ("王某谈市场", "专家观点") names no holder. ``original``: the
    heading in its article's script, which the name and role are given in (when it spells it as long)."""
    text = _HEAD_NUMBER.sub("", head or "").strip()
    orig = _HEAD_NUMBER.sub("", original or "").strip()
    orig = orig if len(orig) == len(text) else text
    if not text:
        return None
    from .speakercontext import _surnames

    titled = re.fullmatch(r"([^，。；：:“”「」\s]{0,30}?(?:" + "|".join(map(re.escape, titles)) + r"))[ \u3000]?([\u4e00-\u9fff]{2,3})",
                          text) if titles else None
    if titled and titled.group(2)[0] in _surnames():
        return orig[titled.start(2):titled.end(2)], orig[titled.start(1):titled.end(1)]
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text) and text[0] in _surnames():
        return orig, ""
    return None
