"""A caption that names who speaks: a label ("同期", "采访", "受访者"), the person's name, then who
they are (their body and title, or what they are: "股民", "种粮大户"), and their words after it.

A TV script's lower third ("【同期】同期：孙涛 东海证券城东营业部总经理“……”"), an interview's
speaker line and a video's subtitle card give a person this way; once a page is flattened the space
between the name and the role is gone ("孙涛东海证券城东营业部总经理"), and a name finder reads the
whole run as one body.  Here the name is cut where the role begins: the two-character name when
the segmenter reads the next character as the start of a word ("孙涛|东海证券…"), else the
three-character one ("杨建国|股民"); another mention of either spelling elsewhere settles it first.
When the run does not end on a person's title or a person noun, nothing is taken."""

from __future__ import annotations

import re

from .namecandidate import Candidate
from .namecredits import _ROLE_TITLES
from .namesegment import _cut
from .namevocab import SURNAMES

#: The caption's label, then its run of Chinese up to the words (a quote), a mark or the line's end.
_CAPTION = re.compile(r"(?:同期声?|采访|受访者|被访者|受访人|嘉宾|访谈对象|出镜)\s*[：:】\]]\s*"
                      r"([\u4e00-\u9fff]{2,4})[ \u3000\t]*([\u4e00-\u9fff]{2,24}?)\s*(?=[“「\"『]|【|$|\n|[ \u3000]{2})")
#: A person noun closing a role that no title list holds ("首席策略师", "首席投资官", "股民", "种粮大户").
_PERSON_END = re.compile(r"(?:师|官|员|民|户|者|家|生|工|主|人)$")
#: A label, not a person ("同期声", "现场", "记者"): the run that follows names no one here.
_NOT_NAME = re.compile(r"^(?:现场|记者|主持|画面|字幕|解说|旁白|同期|导语|配音|出镜|本台|本报)")


#: How many captions of one article look for another mention of a caption's name (a script has a
#: few dozen captions; a megabyte of them is read by the words alone).
_LOOKED = 200


def _role_ok(role: str) -> bool:
    return len(role) >= 2 and (role.endswith(_ROLE_TITLES) or bool(_PERSON_END.search(role)))


def _split(run: str, corpus: str) -> tuple[str, str] | None:
    """(name, role) of a caption's run with no space between them, or None when unsure."""
    if run[0] not in SURNAMES or len(run) < 4:
        return None
    two, three = (run[:2], run[2:]), (run[:3], run[3:])
    picks = [p for p in (three, two) if _role_ok(p[1])]
    if not picks:
        return None
    if len(picks) == 1:
        return picks[0]
    # another mention of a spelling not followed by what follows it here (counted, not scanned)
    for name, role in (three, two):
        if corpus and corpus.count(name) > corpus.count(name + role[:1]):
            return name, role
    first2, first3 = _cut(two[1])[0], _cut(three[1])[0]
    return two if len(first2) >= 2 and len(first3) == 1 else three


def caption_people(paragraphs) -> list[tuple[Candidate, str]]:
    """(the person with their role, the caption's whole run) for every caption of the corpus
    (``paragraphs``: (article, anchor) → (simplified text, original text))."""
    texts: dict[str, list[str]] = {}
    for (article, _), (simple, _) in paragraphs.items():
        texts.setdefault(article, []).append(simple)
    articles = {a: "\n".join(t) for a, t in texts.items()}  # (another mention is looked for in its own article:
    out = []                                                # a scan of the corpus per caption would be quadratic)
    looked: dict[str, int] = {}
    split: dict[tuple[str, str], tuple[str, str] | None] = {}  # a caption repeated is cut once
    for (article, _), (simple, _) in paragraphs.items():
        if "：" not in simple and ":" not in simple and "】" not in simple:
            continue
        for m in _CAPTION.finditer(simple):
            first, rest = m.group(1), m.group(2)
            if _NOT_NAME.match(first):
                continue
            spaced = m.end(1) < m.start(2)
            if spaced and first[0] in SURNAMES and _role_ok(rest):
                out.append((Candidate(first, "person", "credit", rest), first + rest))
                continue
            run = first + rest
            if (article, run) not in split:
                looked[article] = looked.get(article, 0) + 1  # (a bounded number of looks per article)
                split[(article, run)] = _split(run, articles[article] if looked[article] <= _LOOKED else "")
            got = split[(article, run)]
            if got:
                out.append((Candidate(got[0], "person", "credit", got[1]), run))
    return out


def unglued(found: dict[str, list[Candidate]], captions: list[tuple[Candidate, str]]) -> dict[str, list[Candidate]]:
    """The names read across a caption's name and role ("周铭杰宏信证券") cut after the name: the
    body when what remains ends like one, else nothing."""
    out = dict(found)
    for person, run in captions:
        name = person.name
        for n in [run[:k] for k in range(len(name) + 1, len(run) + 1) if run[:k] in out]:  # (no scan of every name)
            cands = out.pop(n)
            rest = n[len(name):]
            if len(rest) >= 2 and any(c.kind == "org" for c in cands):
                out.setdefault(rest, []).extend(Candidate(rest, "org", c.why) for c in cands if c.kind == "org")
    return out
