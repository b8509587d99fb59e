"""Who an English sentence says holds its claim, read from the sentence's own frame only.

English attributes with a reporting verb beside a name, and the name's role in an appositive:
"…," said Chen Yuhang, a media analyst at Dongsheng. / Priya Natarajan, head of research at
Kestrel Research, said… / …, the regulator said. / according to tracking site SteamDB / "…," she
said (the person the previous attribution named, in this paragraph or the one before). A frame
naming no one ("the company said", "analysts say") gives no speaker: a guessed one costs a reader
more than a missing one.
"""

from __future__ import annotations

import re

from .model import Speaker

_VERB = r"(?:said|says|told|warned|added|noted|wrote|argued|stated|explained|estimated|estimates|predicted|" \
        r"believes|expects|expected|cautioned|insisted|acknowledged|admitted|announced)"
#: A capitalised word of a name ("Chen", "O'Brien", "Trip.com", "JD.com", "McKinsey").
_CAP = r"[A-Z][A-Za-z0-9'’.&-]*[A-Za-z0-9]"
#: A name: capitalised words, joined by a few lower-case connectors ("National Press and
#: Publication Administration"), with its other-script form in brackets ("Chen Yuhang（陈宇航）").
_NAME = rf"(?P<name>{_CAP}(?:\s(?:(?:of|and|for|the|de|van|von)\s)?{_CAP}){{0,6}})(?:\s?[（(][^）)]{{1,20}}[）)])?"
_ROLE = r"(?P<role>[^,，.;\"“”]{3,90}?)"
#: "…," said NAME, a ROLE.
_SAID_NAME = re.compile(rf"\b{_VERB}\s{_NAME}\s?[,，]\s?(?:(?:an?|the)\s)?{_ROLE}(?=[.,;]|$)")
#: "…," said NAME. / "…," NAME said.
_SAID_NAME_END = re.compile(rf"[,，]?[\"”’]?\s{_VERB}\s{_NAME}\s?[.!]?[\"”’]?$")
_NAME_SAID_END = re.compile(rf"[,，][\"”’]?\s(?:the\s)?{_NAME}\s{_VERB}\.?$")
#: NAME, ROLE, said …
_NAME_ROLE_SAID = re.compile(rf"^{_NAME}\s?[,，]\s?(?:(?:an?|the)\s)?{_ROLE}\s?[,，]\s(?:has\s|had\s)?{_VERB}\b")
#: NAME said … (at the head of the sentence)
_NAME_SAID = re.compile(rf"^(?:The\s)?{_NAME}\s(?:has\s|had\s|also\s|on\s\w+\s)?{_VERB}\b")
#: "a Sony China spokesperson said": the organisation speaks.
_SPOKES = re.compile(rf"\b(?:an?|the)\s{_NAME}\s(?:spokesperson|spokesman|spokeswoman|representative|"
                     rf"statement)\s(?:said|says|told)\b")
#: "analysts at Dongsheng Securities estimate …": the firm's analysts speak for it.
_STAFF_AT = re.compile(rf"\b(?:[Aa]nalysts?|[Ee]conomists?|[Rr]esearchers?|[Ee]xperts?|[Oo]fficials?|[Ss]trategists?)"
                       rf"\s(?:at|from|with)\s(?:[a-z-]+\s){{0,2}}{_NAME}\s(?:{_VERB}|say|estimate|expect|believe|warn)\b")
#: "according to tracking site SteamDB": the name after any lower-case description.
_ACCORDING = re.compile(rf"\baccording to\s(?:(?:an?|the)\s)?(?:[a-z-]+\s){{0,3}}{_NAME}")
#: "…," she said. — the person the previous attribution named.
_PRONOUN = re.compile(r"(?:[,，][\"”’]?\s|^[\"“]?|[\"”’]\s)(?:she|he)\s(?:said|says|added|told|warned)\b|"
                      r"\b(?:She|He)\s(?:said|says|added|told|warned)\b")

#: Words that make a name an organisation's.
_ORG = re.compile(r"\b(?:Securities|Bank|Capital|Research|Group|Holdings|Inc|Ltd|Co|Corp|Corporation|Company|"
                  r"Administration|Department|Ministry|Agency|Association|University|Institute|Office|Bureau|"
                  r"Commission|Council|Committee|Authority|Court|Reuters|Xinhua|News|Times|Press|Post|Daily|Fund|"
                  r"Partners|Technologies|Technology|Labs?|Foundation|Federation|Organi[sz]ation|Service|Services|"
                  r"Centre|Center|Board|Party|Government|Police|Hospital|School|Club|Union|Studio|Studios)\b|"
                  r"\.com\b|^[A-Z]{2,}$")
#: Words that are never a name, though capitalised at a sentence's head.
_NOT_NAME = frozenset("The A An This That These Those It Its They We I You He She His Her Our Their Some Many Most "
                      "Several Few Other Others Analysts Officials Experts Players Critics Investors Residents "
                      "Shares Sales Searches Demand Prices Industry State Chinese China Not But And However Also "
                      "In On At By For From As After Before While When If Since Under Over Monday Tuesday Wednesday "
                      "Thursday Friday Saturday Sunday".split())


def _clean_name(name: str) -> str:
    name = re.sub(r"[（(][^）)]*[）)]$", "", name).strip()
    words = name.split()
    while words and words[0] in _NOT_NAME:
        words = words[1:]
    return " ".join(words)


def _kind(name: str, role: str = "") -> str:
    if _ORG.search(name):
        return "org"
    words = name.split()
    if role and 2 <= len(words) <= 4:
        return "person"
    return "person" if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words) else "org"


def _ok(name: str) -> bool:
    words = name.split()
    return bool(words) and len(words) <= 7 and len(name) >= 2 and words[-1] not in _NOT_NAME \
        and not re.search(r"\d", name)


def english_speaker(text: str, article: str, paragraph: str, last_person: Speaker | None = None) -> Speaker | None:
    """The speaker an English sentence's frame names, or None."""
    def make(name: str, role: str = "", kind: str = "") -> Speaker | None:
        name = _clean_name(name)
        if not _ok(name):
            return None
        role = re.sub(r"\s+", " ", role).strip()
        return Speaker(name=name, role=role, article=article, paragraph=paragraph, kind=kind or _kind(name, role))

    s = text.strip()
    for pat, with_role in ((_NAME_ROLE_SAID, True), (_SAID_NAME, True)):
        m = pat.search(s)
        if m:
            got = make(m.group("name"), m.group("role") if with_role else "")
            if got:
                return got
    for pat in (_SAID_NAME_END, _NAME_SAID_END, _NAME_SAID):
        m = pat.search(s)
        if m:
            got = make(m.group("name"))
            if got:
                return got
    for pat in (_SPOKES, _STAFF_AT):
        m = pat.search(s)
        if m:
            got = make(m.group("name"), kind="org")
            if got:
                return got
    if _PRONOUN.search(s) and last_person is not None and last_person.kind == "person":
        return Speaker(name=last_person.name, role=last_person.role, article=article, paragraph=paragraph,
                       kind="person")
    m = _ACCORDING.search(s)
    if m:
        return make(m.group("name"))
    return None
