"""Claims stated in English: which English sentences state an impact or a limit of the topic.

An English sentence states a claim with its own cues: a change or an effect ("rose 35%", "sent
shares higher", "boost", "sold out"), a forecast ("could bring", "expected to", "will take"), a
problem or a doubt ("risk", "warned", "delayed", "complained", "few … had", "not convinced"). It is
a candidate when it carries such a cue and stands on its own (``englishtext.is_whole_english``), in
an article about the topic. Its kind is the side its cues weigh (a denied effect is a limit); its
category is the general category whose English cues it uses most (the editor's categories speak
Chinese), else the kind's catch-all. When the cues are unsure (none, or a sentence of background),
nothing is emitted.
"""

from __future__ import annotations

import re

from .claims import THRESHOLD, Candidate, _fallback
from .englishspeakers import english_speaker
from .englishtext import english_sentences, inside_quote
from .model import Speaker
from .taxonomy import Taxonomy
from .text import Sentence

_W = r"(?<![A-Za-z])"
#: An effect, a change or an outcome.
_IMPACT = re.compile(_W + r"(?:rose|rise[ns]?|rising|jump(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|climb(?:s|ed)|"
                     r"gain(?:s|ed)|gr(?:ew|ow|ows|own)|increas(?:e|es|ed)|boost(?:s|ed)?|lift(?:s|ed)?|"
                     r"dr(?:ove|ive|ives|iven)|spark(?:s|ed)?|spur(?:s|red)?|fuel(?:s|led|ed)?|sent\s[^.]{0,60}higher|"
                     r"benefit(?:s|ed|ted)?|sold\sout|(?:has\s|have\s)?sold\s(?:more|over|about|nearly|\d)|"
                     r"peak(?:s|ed)|record|doubl(?:e|ed)|tripl(?:e|ed)|top(?:s|ped)\s|among\sthe\stop|"
                     r"approv(?:e|es|ed)|launch(?:es|ed)|praised|hailed|attract(?:s|ed)?|bring(?:s)?|brought|"
                     r"creat(?:e|es|ed)|open(?:s|ed)\s(?:a|up)|expand(?:s|ed)?|upgrade[sd]?|revenue|"
                     r"interest\sin|popular|success|hit\sthe\s[^.]{0,20}limit|rall(?:y|ied|ies)|"
                     r"transform(?:s|ed)?|reshap(?:e|es|ed)|accelerat(?:e|es|ed)|improv(?:e|es|ed)|cheaper|cleaner|safer|"
                     r"freez(?:e|es)|frozen|sav(?:e|es|ed|ings)|cut(?:s|ting)?\s(?:[a-z'’-]+\s){0,4}"
                     r"(?:costs?|emissions|prices?|fares?|bills?|waiting|delays?|pollution|noise|traffic))(?![A-Za-z])", re.I)
#: A problem, a doubt, a restriction.
_LIMIT = re.compile(_W + r"(?:risks?|warn(?:s|ed)?|concerns?|worr(?:y|ied|ies)|doubts?|sceptic\w*|skeptic\w*|"
                    r"complain(?:s|ed|ts?)?|crash(?:es|ed)?|delay(?:s|ed)?|lack(?:s|ed|ing)?|shortages?|problems?|"
                    r"fail(?:s|ed|ures?)?|f[ae]ll(?:s|en)?|drop(?:s|ped)?|slump(?:s|ed)?|declin(?:e|es|ed)|"
                    r"plung(?:e|es|ed)|loss(?:es)?|los(?:e|ing)|criticis\w*|criticiz\w*|ban(?:s|ned)?|"
                    r"su(?:e|ed)|lawsuits?|fines?|fined|penalt\w*|investigat\w*|unstable|limited|overshadowed|"
                    r"cannot|unable|struggl\w*|difficult\w*|challeng\w*|pressure|protests?|threats?|harm\w*|"
                    r"damag\w*|pollut\w*|uncertain\w*|volatil\w*|bubble|hype|sentiment|"
                    r"little\sor\snothing|slow(?:s|ed|ing|er|down)?|hamper\w*|hinder\w*|curb(?:s|ed)?|dampen\w*|weigh(?:s|ed)?\son|wipe\sout|wiping\sout|erod(?:e|es|ed)|outweigh\w*|unconvinced|not\s(?:[a-z]+\s){0,2}convinced|at\sthe\sexpense|protection\sof|balance)(?![A-Za-z])", re.I)
#: A negation: an effect denied is a limit.
_NEGATION = re.compile(_W + r"(?:not|n't|no|never|few|nothing|nor|neither|hardly)(?![A-Za-z])", re.I)
#: What makes a sentence a claim, not a cue word in passing: a forecast, a figure, a quotation,
#: a verb of effect in the past.
_FORECAST = re.compile(_W + r"(?:could|would|will|may|might|should|expect(?:s|ed)?\sto|likely\sto|set\sto|"
                       r"poised\sto|going\sto|on\strack|forecast\w*|predict\w*|estimat\w*)(?![A-Za-z])", re.I)
_FIGURE = re.compile(r"\d|(?<![A-Za-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|"
                     r"millions|billions|dozens?)(?![A-Za-z])", re.I)

#: (general category id, English cues): the first category whose cues the sentence uses most.
_CATEGORIES = (
    ("market", re.compile(_W + r"(?:shares?|stocks?|index|indices|investors|rall(?:y|ied)|listed|"
                          r"market\svalue|daily\slimit|exposure)(?![A-Za-z])", re.I)),
    ("funding", re.compile(_W + r"(?:investment|invest(?:s|ed|ors?)?|venture|funding|capital|valuation|"
                           r"payback)(?![A-Za-z])", re.I)),
    ("jobs", re.compile(_W + r"(?:jobs?|hiring|postings|employ\w*|workers?|layoffs?|recruit\w*|staff)(?![A-Za-z])", re.I)),
    ("pricing", re.compile(_W + r"(?:prices?|costs?|cheaper|discounts?|fares?|fees?)(?![A-Za-z])", re.I)),
    ("demand", re.compile(_W + r"(?:sales|sold|orders?|bookings?|demand|copies|sellers?|buy\w*|purchases?)(?![A-Za-z])", re.I)),
    ("policy", re.compile(_W + r"(?:regulators?|regulat\w*|approv\w*|law|laws|rules?|government|ministry|polic(?:y|ies)|"
                          r"campaign|department)(?![A-Za-z])", re.I)),
    ("reception", re.compile(_W + r"(?:praised|hailed|criticis\w*|criticiz\w*|complain\w*|reviewers?|ratings?|"
                             r"backlash|reviews?)(?![A-Za-z])", re.I)),
    ("diplomacy", re.compile(_W + r"(?:soft\spower|cultural\sexports?|foreign|diplomat\w*|overseas|global\splayers)(?![A-Za-z])", re.I)),
    ("public", re.compile(_W + r"(?:visitors|tourists?|tourism|searches|fans|consumers|public|travel\w*|crowds?)(?![A-Za-z])", re.I)),
    ("maturity", re.compile(_W + r"(?:crash(?:es|ed)?|bugs?|glitch\w*|unstable|frame\srates?|optimi[sz]\w*)(?![A-Za-z])", re.I)),
    ("supply", re.compile(_W + r"(?:shortages?|sold\sout|supply|delay\w*|capacity)(?![A-Za-z])", re.I)),
    ("profit", re.compile(_W + r"(?:loss(?:es)?|profits?|margins?|unprofitable)(?![A-Za-z])", re.I)),
    ("legal", re.compile(_W + r"(?:lawsuits?|sued|court|fined?|penalt\w*|piracy|infring\w*)(?![A-Za-z])", re.I)),
    ("health", re.compile(_W + r"(?:health|disease|pollut\w*|radiation|emissions?|infection\w*)(?![A-Za-z])", re.I)),
)
_KIND_OF = {"market": "impact", "funding": "impact", "jobs": "impact", "pricing": "impact", "demand": "impact",
            "policy": "impact", "reception": "limit", "diplomacy": "impact", "public": "impact",
            "maturity": "limit", "supply": "limit", "profit": "limit", "legal": "limit", "health": "limit"}


#: Latin-script names shared with the topic's articles that make an English article topical.
SHARED_NAMES = 3
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?![A-Za-z0-9])|"
                         r"(?<![A-Za-z0-9])[A-Z][a-z]{3,}(?:\s[A-Z][a-z]{2,})+(?![A-Za-z])")
#: Capitalised words any Chinese story may write in Latin script: no tie to a topic.
_GENERIC = frozenset("AI CEO CFO CTO GDP APP App PDF HTML URL USA US UK EU UN WHO ESG IPO VR AR IT TV PC OK CCTV "
                     "NPC CPC PRC Hong Kong".split())


def _topic_articles(sentences: list[Sentence], tax: Taxonomy) -> set[str]:
    """Articles naming the topic anywhere (in either script, Latin terms in any case)."""
    terms = [t for t in tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ()) if t]
    latin = [t.lower() for t in terms if re.search(r"[A-Za-z]", t)]
    cjk = [t for t in terms if not re.search(r"[A-Za-z]", t)]
    out: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for s in sentences:
        if s.article in out or (s.article, s.paragraph) in seen:
            continue
        seen.add((s.article, s.paragraph))
        p = s.paragraph_simple
        if any(t in p for t in cjk) or (latin and any(t in p.lower() for t in latin)):
            out.add(s.article)
    # an English article naming the topic only as the other articles write its names in Latin
    # script ("Baidu", "Apollo Go", "RT6" in a corpus whose terms are Chinese): topical when it
    # shares SHARED_NAMES such names with the articles that name the topic
    if out:
        names: dict[str, set[str]] = {}
        seen.clear()
        for s in sentences:
            if (s.article, s.paragraph) in seen or len(s.paragraph_original) > 20_000:
                continue
            seen.add((s.article, s.paragraph))
            names.setdefault(s.article, set()).update(
                w for w in _LATIN_NAME.findall(s.paragraph_original) if w not in _GENERIC)
        known = set().union(*(names.get(a, set()) for a in out))
        for a, ns in names.items():
            if a not in out and len(ns & known) >= SHARED_NAMES:
                out.add(a)
    return out


#: The reporting frame at a sentence's end ("…, the platform said.", "…, said Wang, a deputy
#: director at the department."): who speaks, not what the claim is about.
_FRAME_END = re.compile(r"[,，][\"”’]?\s(?:(?:said|says|according\sto)\s.*|[^,\"”]{0,80}\s(?:said|says|added)\.?[\"”’]?)$")


#: A question left open ("Views differ on whether the ban is driven by science"): no claim.
_OPEN_QUESTION = re.compile(r"(?<![A-Za-z])(?:whether|if\sor\snot)(?![A-Za-z])", re.I)


def claim_part(text: str) -> str:
    """The sentence less its reporting frame at the end."""
    return _FRAME_END.sub("", text) if len(text) <= 1000 else text


#: A burden falling ("noise complaints fell sharply", "the operating cost had fallen by 30%"):
#: the fall of a cost or a problem is an effect, not a setback.
_BURDEN_FALLS = re.compile(_W + r"(?:costs?|complaints|emissions|pollution|noise|accidents|delays|waiting\stimes?|"
                           r"bills|losses|crime|congestion|traffic)\s(?:[a-z'’-]+\s){0,5}(?:had\s|have\s|has\s)?"
                           r"(?:fell|fallen|dropped|declined|decreased|eased|halved)(?![A-Za-z])", re.I)


def english_kind(text: str) -> tuple[str, int] | None:
    """(kind, strength) of the claim an English sentence states, or None when it states none."""
    imp = len(_IMPACT.findall(text))
    lim = len(_LIMIT.findall(text))
    eased = len(_BURDEN_FALLS.findall(text))
    imp, lim = imp + 2 * eased, max(0, lim - 2 * eased)  # (the burden's word and its fall)
    neg = len(_NEGATION.findall(text))
    if not imp and not lim:
        return None
    quoted = bool(re.search(r"[\"“][^\"”]{12,}", text))
    if not (_FORECAST.search(text) or _FIGURE.search(text) or quoted or neg or imp + lim >= 2
            or re.search(r"\b(?:has|have|had)\s(?:been\s)?\w+ed\b|\b\w+ed\b", text)):
        return None
    if lim + neg > imp or neg and lim + neg >= imp:  # an effect denied is a limit
        return "limit", lim + neg
    return "impact", imp


def english_category(text: str, kind: str) -> str:
    """The general category whose English cues the sentence uses most, of the claim's kind."""
    best, score = "", 0
    for gid, pat in _CATEGORIES:
        n = len(pat.findall(text))
        if n > score and (_KIND_OF[gid] == kind or kind == "impact" and gid == "market"):
            best, score = gid, n
    if kind == "limit" and not best:
        return "scope"
    if kind == "impact" and not best:
        return "business"
    return best


def english_candidates(sentences: list[Sentence], tax: Taxonomy, skip: set,
                       sentence_speakers: dict) -> tuple[list[Candidate], list[Sentence]]:
    """Candidates for the English sentences that state a claim, in articles about the topic; each
    speaker an English frame names is added to ``sentence_speakers`` (keyed as the Chinese ones).
    Returns the candidates and every English sentence read."""
    english = english_sentences([s for s in sentences if (s.article, s.index) not in skip])
    topical = _topic_articles(sentences, tax)
    out: list[Candidate] = []
    last: dict[str, tuple[int, Speaker]] = {}
    own: dict[int, Speaker] = {}
    for s in english:
        prev = last.get(s.article)
        who = english_speaker(s.original, s.article, s.paragraph,
                              prev[1] if prev and s.para_index - prev[0] <= 1 else None)
        if who is not None:
            own[id(s)] = who
            if who.kind == "person":
                last[s.article] = (s.para_index, who)
    # a quotation in a paragraph whose frame names one speaker is that speaker's, its sentences
    # without a frame of their own included ("…," said Wang. "We have to balance…")
    named: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], Speaker] = {}
    for s in english:
        if id(s) in own and inside_quote(s):
            named.setdefault((s.article, s.paragraph), set()).add(own[id(s)].name)
            first.setdefault((s.article, s.paragraph), own[id(s)])
    for s in english:
        key = (s.article, s.paragraph)
        if id(s) not in own and inside_quote(s) and len(named.get(key, ())) == 1:
            own[id(s)] = first[key]
    for s in english:
        who = own.get(id(s))
        if who is not None:
            sentence_speakers[(s.article, s.index)] = (who,)
        if s.article not in topical:
            continue
        got = english_kind(s.original) if not _OPEN_QUESTION.search(s.original) else None
        if got is None:
            continue
        kind, strength = got
        gid = english_category(claim_part(s.original), kind)
        found = _fallback(tax, kind, None, gid) if gid else None
        if not found or found[0].category.kind != kind:
            found = _fallback(tax, kind, None, "scope" if kind == "limit" else "business")
        if not found:
            continue
        rule = found[0]
        out.append(Candidate(s, rule.category.id, kind, THRESHOLD + min(strength, 3), (),
                             topical=True, speakers=(who,) if who else ()))
    return out, english
