"""Claim keys: what a sentence claims, as (effect, subject) pairs read from its own words.

An effect with its direction (``general.EFFECT_PATTERNS``: what rises, falls, is disrupted or
replaced) and the specific word it falls on, in the same sentence or clause ("恐将颠覆现存影视产业"
→ (disrupt, 影视)). Two outlets stating the same key state the same claim (``grouping``);
a point's statement keeps the keys it states itself (``points``). Split out of ``grouping``.
"""

from __future__ import annotations

import re

from .claimchanges import change_effects, changed, measure_word, measured
from .claims import Candidate
from .directions import DIRECTIONS
from .general import EFFECT_PATTERNS, GENERAL_CATEGORIES, GENERAL_SIGNALS
from .namewords import word_tag
from .text import cjk_len, content_tokens, is_content, is_word, mainland, tokens

_EFFECTS = {k: re.compile(v) for k, v in EFFECT_PATTERNS.items()}
_EFFECT_WORD = re.compile("|".join(EFFECT_PATTERNS.values()))
_DIRECTION_RX = {k: re.compile(v) for k, v in DIRECTIONS.items()}


def _subject_words(cands: list[Candidate], topic: frozenset = frozenset()) -> frozenset[str]:
    """The category words the candidates use that name what an effect falls on: not the topic,
    not the general taxonomy's ordinary vocabulary ("行业", "应用"), not an effect word itself."""
    used = {h for c in cands for h in c.hits}
    effects = "|".join(EFFECT_PATTERNS.values())
    return frozenset(w for w in used if cjk_len(w) >= 2 and w not in topic
                     and not re.search(effects, w) and w not in _ORDINARY)


#: The general taxonomy's words and signals are ordinary vocabulary ("行业", "应用", "能力", "影响"),
#: never the subject of a claim key: subjects are the editor's domain words ("影视", "剪辑师").
_ORDINARY = frozenset(w for _, _, _, cues, strong in GENERAL_CATEGORIES for w in cues + strong) | frozenset(
    w for words in GENERAL_SIGNALS.values() for w in words)


def stated_keys(keys, text: str) -> frozenset[tuple[str, str]]:
    """The claim keys whose effect and subject a text (a point's statement) itself states."""
    said = None

    def says(x: str) -> bool:
        nonlocal said
        if x in text:
            return True
        if said is None:  # a key read as mainland words ("硬件") of a text saying "硬体"
            said = {mainland(t) for t in content_tokens(text)}
        return x in said

    return frozenset((e, w) for e, w in keys if all(says(x) for x in w.split("+"))
                     and (e in change_effects(text) if e not in _EFFECTS and e not in _DIRECTION_RX
                          else (_EFFECTS.get(e) or _DIRECTION_RX[e]).search(text)))


def claim_keys(simple: str, subjects: frozenset[str]) -> frozenset[tuple[str, str]]:
    """(effect, subject) pairs a sentence states: an effect with its direction (``EFFECT_PATTERNS``)
    and a subject word named in the same sentence."""
    effects = [k for k, rx in _EFFECTS.items() if rx.search(simple)]
    if not effects:
        return frozenset()
    named = [w for w in subjects if w in simple]
    return frozenset((e, w) for e in effects for w in named)


#: A word of an effect's own clause is its subject when it is in at most this many sentences of
#: the corpus, or this share of them (a word every other sentence uses names no subject).
SPECIFIC_DOCS = 4
SPECIFIC_SHARE = 0.03
_CLAUSE_CUT = frozenset("，；。！？,;!?：:")


#: A modal the dictionary does not know ("恐将", "或将", "势必"): never a subject.
_MODAL_WORD = re.compile(r"^(?:恐|或|有望|势必|必将|仍将|也将)|将$")


def nominal(word: str) -> bool:
    """A word that can name what something is said of: a noun, a verbal noun or an abbreviation
    in jieba's dictionary, or a word the dictionary does not know (a compound, a trade, a
    product); never an adverb, a modal, a verb, an idiom or a number ("恐将", "率先", "进一步提高",
    "发放")."""
    tag = word_tag(word)
    return not tag or tag[0] in ("n", "j") or tag in ("vn", "eng")


def clause_keys(simple: str, specific, topic: frozenset = frozenset()) -> frozenset[tuple[str, str]]:
    """(effect, subject) pairs read from the sentence alone, without any category word: an
    effect with its direction (``EFFECT_PATTERNS``) and each specific word of the same clause
    ("恐将颠覆现存影视产业" → (disrupt, 影视)) or a change of a measured quantity (``claimchanges``:
    "显卡销量上升" → (sales-up, 显卡)); ordinary, topic and measure words are never subjects. This
    is what makes the claim key work on a topic whose editor named only the topic."""
    if not any(rx.search(simple) for rx in _EFFECTS.values()) and not change_effects(simple):
        return frozenset()
    bits = {t.lower() for term in topic if term for t in (term, *content_tokens(term))}
    out: set[tuple[str, str]] = set()
    clause: list[str] = []
    for t in tokens(simple) + ("。",):
        if t not in _CLAUSE_CUT:
            clause.append(t)
            continue
        text = "".join(clause)
        # (a change of a measured quantity, "显卡销量上升", is an effect too: ``claimchanges``)
        effects = [k for k, rx in _EFFECTS.items() if rx.search(text)] + sorted(change_effects(text))
        if effects:
            # (what a measure is of names the subject whatever its tag: "显卡成交额增长")
            own = measured(clause) if len(effects) > len(set(effects) & set(_EFFECTS)) else set()
            words = {w for w in clause if is_content(w) and is_word(w) and (cjk_len(w) >= 2 or len(w) >= 3)
                     and w.lower() not in bits and (w not in _ORDINARY or w in own) and not _MODAL_WORD.search(w)
                     and not _EFFECT_WORD.search(w) and not measure_word(mainland(w)) and not changed(w) and (nominal(w) or w in own) and specific(w)}
            out.update((e, mainland(w)) for e in effects for w in words)  # ("硬体" is "硬件")
        clause = []
    return frozenset(out)


#: A sentence stating more claim keys than this is a list of effects: its keys add to the wording
#: but do not by themselves place it with another outlet's claim.
DECISIVE_KEYS = 6


def _same_key(a: Candidate, b: Candidate) -> bool:
    """Two outlets state the same effect on the same subject (a shared claim key), and neither
    sentence is a list of many effects."""
    return (a.sentence.article != b.sentence.article and bool(a.claimkeys & b.claimkeys)
            and _decisive(a.claimkeys) and _decisive(b.claimkeys))


def _decisive(keys) -> bool:
    """Few enough claim keys to place a sentence."""
    return len(keys) <= DECISIVE_KEYS
