"""The summary of an article written in English.

The summariser reads sentences that end on 。！？, so an English article's digest had an empty
summary. An English article is summarised as an English news story is built: its lead (the first
whole sentence after the dateline) states what happened, and its claims (``englishclaims``) support
it: those that give a figure or a named speaker first, one per paragraph, at most SUPPORT of them,
in reading order. The sentences are verbatim English; nothing is translated.
"""

from __future__ import annotations

import re

from .englishclaims import english_kind
from .englishspeakers import english_speaker
from .englishtext import english_sentences
from .model import SummarySentence
from .text import Sentence

#: Supporting sentences after the lead.
SUPPORT = 3
#: Fewest words in a lead (a standfirst's line or a short caption is no lead).
LEAD_WORDS = 12


def english_summary(sents: list[Sentence]) -> list[SummarySentence]:
    """The lead and the main claims of an article's English sentences; [] when it has none."""
    english = english_sentences(sents)
    if not english:
        return []
    lead = next((s for s in english if len(re.findall(r"[A-Za-z]+", s.original)) >= LEAD_WORDS), None)
    if lead is None:
        return []
    scored = []
    for s in english:
        if s is lead or s.paragraph == lead.paragraph:
            continue
        got = english_kind(s.original)
        if got is None:
            continue
        weight = bool(re.search(r"\d", s.original)) + bool(english_speaker(s.original, s.article, s.paragraph))
        scored.append((-weight, s.para_index, s.index, s))
    chosen: list[Sentence] = []
    paras: set[str] = set()
    for _, _, _, s in sorted(scored, key=lambda x: x[:3]):
        if s.paragraph in paras:
            continue
        chosen.append(s)
        paras.add(s.paragraph)
        if len(chosen) == SUPPORT:
            break
    chosen.sort(key=lambda s: s.index)
    return [SummarySentence(lead.original, lead.paragraph, role="thesis")] + \
        [SummarySentence(s.original, s.paragraph, role="point") for s in chosen]
