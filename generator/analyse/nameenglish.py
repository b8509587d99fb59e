"""Names in English prose (a bilingual page's English paragraphs, an English wire quoted in a
Chinese story, a government notice's English half). English capitalises places, nationalities,
sentence starts and the head nouns of names, so a capital proves nothing there: a person needs
the evidence English gives a person (a saying verb after, an apposition naming a role or
"who", a role noun or a title before); an organisation needs a name of several words with an
organisation's head noun ("Oregon State University", "General Administration of Customs"); a
lone capitalised word needs the shape of a name (CamelCase, capitals, a digit) or to stand in
brackets right after the name it shortens ("Tokyo Electric Power Company (Tepco)")."""

from __future__ import annotations

import re

#: Head nouns that end the name of a body written in English; alone they name nothing.
HEAD_NOUNS = frozenset(
    "Securities Research Capital Partners Group Holdings Bank Bancorp Investments Management Advisors Advisory "
    "Associates Consulting Institute University College School Academy Foundation Fund Trust Council Commission "
    "Committee Agency Authority Ministry Department Bureau Office Association Society Federation Union League "
    "Alliance Corporation Company Co Corp Inc Ltd Motors Airlines Labs Laboratories Technologies Technology Systems "
    "Networks Media News Times Post Journal Weekly Daily Review Magazine Press Herald Tribune Gazette Insights "
    "Analytics Ventures Exchange Insurance Assurance Financial Pharmaceuticals Robotics Studios Games Center Centre "
    "Administration Customs Service Services Board Court Police Hospital Clinic Museum Library Party Parliament "
    "Congress Assembly Council Cooperative Co-operative Organisation Organization Network Institution Observatory "
    "Corps Force Army Navy Secretariat Government Department Studies".split())

#: A verb of saying written right after a person's name ("Sato says", "Lee told reporters").
_SAID_AFTER = re.compile(r"\s*(?:says|said|say|told|tells|added|adds|argues|argued|warned|warns|noted|notes|"
                         r"explained|explains|believes|believed|thinks|wrote|writes|asked|asks|recalls|recalled|"
                         r"insists|insisted|admits|admitted|estimates|estimated|stated|states|commented|replied)\b")
#: An apposition after a person's name: ", a marine chemist", ", who runs", ", chairman of",
#: ", 54,"; never a list ("Japan, Korea and…"), whose next word is capitalised.
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|who|whose|\d{1,3}\s*,|[a-z]+(?:[- ][a-z]+)?\s+(?:of|at|for|in|to)\b)")
#: A role or a title right before a person's name ("fisherman Kenichi Sato", "Dr Hale").
_ROLE_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|President|Minister|Chairman|"
                          r"Secretary|Governor|Mayor|Senator|Judge|Director|Chief)\.?"
                          r"|\b[a-z]+(?:man|woman|er|or|ist|ian|ant|ent|ee|ess|ive))\s+$")
#: A role "of" or "at" a body right before the words ("president of Okhotsk Kaisan", "an economist at
#: Daiwa Institute", "the head of the Harbour Trust"): where someone works, a body, never a person.
_WORKPLACE_BEFORE = re.compile(r"\b(?:[a-z]+(?:man|woman|er|or|ist|ian|ant|ent|ee|ess|ive)|president|head|chief|chair|"
                               r"fellow|official|executive|member|staff|CEO|boss)\s+(?:of|at)\s+(?:the\s+)?$")


def english_kind(text: str, start: int, end: int, words: list[str]) -> str:
    """What the capitalised words ``words`` at ``start:end`` of an English paragraph name:
    "person", "org", "keep" (a lone word shaped like a name: let the caller decide) or ""
    (no name on this evidence)."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if len(words) == 1:
        word = words[0]
        if word in HEAD_NOUNS:
            return ""  # "Company", "Agency", "Research": the head noun of a longer name, alone
        if re.search(r"[a-z][A-Z]|\d|^[A-Z]{2,}$|\.[a-z]", word):
            return "keep"  # "WeRide", "IAEA", "Pony.ai"
        if re.search(r"[A-Z][A-Za-z]+\s*\($", before) and after.startswith(")"):
            return "org"  # "Tokyo Electric Power Company (Tepco)": the short form of the name before it
        if _KIND_AFTER.match(after) or _KIND_BEFORE.search(before):
            return "org"  # "the official Xinhua news agency", "recruitment site Lagou": the kind says a body
        return ""  # "Fukushima", "Norway", "Hale": a place, a surname alone, a capitalised noun
    if any(re.search(r"[a-z][A-Z]|\d|^[A-Z]{2,}$|\.[a-z]", w) for w in words):
        return "keep"  # "BlueWake Ferries", "WeRide Robotaxi": a word shaped like a name carries it
    cut = [w for w in words if w not in ("of", "for")]
    if len(cut) < 2:
        return ""
    head_at = words.index("of") - 1 if "of" in words else len(words) - 1
    if words[head_at] in HEAD_NOUNS or cut[-1] in HEAD_NOUNS:
        return "org"
    if all(re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", w) for w in words) and len(words) <= 3 and (
            _SAID_AFTER.match(after) or _APPOSITION.match(after) or _ROLE_BEFORE.search(before)):
        if _WORKPLACE_BEFORE.search(before) and not _SAID_AFTER.match(after):
            return "org"  # "president of Okhotsk Kaisan, a scallop processor": the body one works for
        return "person"
    return ""  # "Mainland China", "Southeast Asia", "Hong Kong": places read as names


#: A kind of body right after a lone capitalised word, or a kind of firm right before it.
_KIND_AFTER = re.compile(r"\s+(?:news agency|state news agency|newspaper|broadcaster|news service)\b")
_KIND_BEFORE = re.compile(r"\b(?:site|website|platform|app|firm|startup|start-up|developer|studio|retailer|publisher|"
                          r"operator|insurer|lender|carrier|airline|automaker|carmaker|chipmaker|brokerage)\s+$")


#: A wire's dateline: a place in capitals at the paragraph's start, then the date or the agency
#: ("SHANGHAI, Aug 23 (Reuters) -", "HONG KONG (AP) —").
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|"
                             r"April|June|July|August|September|October|November|December)\b|\(\s*[A-Z][A-Za-z]+\s*\)\s*[-–—])")
#: A market index after the words ("the Shanghai Composite index", "the Hang Seng Index"): no one.
_INDEX_AFTER = re.compile(r"\s+(?:index|Index|indices|indexes)\b")
#: A word of place or kind glued before a name ("Singapore-based Kestrel Research", "Hong Kong-listed X").
_DESCRIBED = re.compile(r"[A-Z][a-z]+-(?:based|listed|headquartered|owned|backed|registered|run)$")


def english_not_name(text: str, start: int, end: int) -> bool:
    """The capitalised words at ``start:end`` are a wire's dateline place, a section's head in
    capitals (glued or not to the paragraph after it: "HIRING Industry watchers say…", "TOURISM AND
    SOFT POWER"), or a market index: no name."""
    words = text[start:end].split()
    caps = [w for w in words if re.fullmatch(r"[A-Z]{2,}", w)]
    at_start = not text[:start].strip(" \t\"'“‘")
    if caps and len(caps) == len(words) and _DATELINE_AFTER.match(text, end):
        return True
    if at_start and words and re.fullmatch(r"[A-Z]{4,}", words[0]) and (
            len(caps) >= 2 or len(words) >= 2 and words[1] not in HEAD_NOUNS and re.match(r"\s+[a-z]", text[end:])):
        return True  # a head in capitals: two words or more, or one glued before the next sentence's start
    return _INDEX_AFTER.match(text, end) is not None


def english_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The extent of an English body's name read further than its capitalised run: a place's
    "-based" before it is no part of it; "and" joins two capitalised runs into one name when the
    first already runs on "of" ("Department of Culture and Tourism") or both are two words or
    more and the second ends on a head noun ("National Press and Publication Administration")."""
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and _DESCRIBED.fullmatch(first[0]):
        start += len(first[0]) + 1
    m = re.match(r" and ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)(?![A-Za-z])", text[end:end + 60])
    if m:
        head, tail = text[start:end].split(), m.group(1).split()
        if " of " in text[start:end] or len(head) >= 2 and len(tail) >= 2 and tail[-1] in HEAD_NOUNS:
            end += m.end()
    return start, end
