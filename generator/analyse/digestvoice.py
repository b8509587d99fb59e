"""Whose view a summary line states when the article's sentence before it names the speaker: a report
goes on in a speaker's voice after "经济学家任泽平…分析指出，…。" ("未来，Sora 生成的…都会产生深远影响。"
is 任泽平's view, not the outlet's). The line is shown under the speaker's name, as a turn's line is
("任泽平：未来，…"). Read on the article's own sentences and the people its index names; returns data."""

from __future__ import annotations

import re
from dataclasses import replace

from .digestborrowed import BARE_QUOTE, speaker_back
from .digestthread import labelled

__all__ = ["voiced_lines", "named_pronouns"]

#: A verb of saying or judging after a speaker's name ("…任泽平在…一文中分析指出，…", "李某表示，…").
_SAYS = re.compile(r"(?:指出|表示|认为|称|说|坦言|强调|分析|提到|直言|透露|預計|预计|表示說|認為|稱|說|強調|提到)")
#: What opens a sentence of its own subject or voice: a quotation, a speaker, the outlet's own hand
#: ("据了解", "记者", "此外，公司…"), or a reference back to a list.
_OWN_OPENING = re.compile(r"^(?:“|「|『|据|據|记者|記者|此外|另外|与此同时|與此同時|同时|同時|对此|對此|不过|不過|但是|然而|而在|"
                          r"报道|報導|报告|報告|数据|數據|资料|資料)")
#: A line that states a view (a forecast, a judgement, what will or may happen), not a fact the outlet reports.
_VIEW = re.compile(r"未来|將|将|会|會|可能|有望|或将|或將|必然|势必|勢必|应该|應該|需要|必须|必須|意味着|意味著|不可能")


def _speaker(text: str, people: list[str]) -> str:
    """The one person the sentence names as saying or judging something ("…任泽平…分析指出，…"); ''
    when it names none or several."""
    found = [p for p in people if p and p in text]
    if len(found) != 1:
        return ""
    at = text.find(found[0]) + len(found[0])
    clause = re.split(r"[，。；：:,]", text[at:], maxsplit=1)[0]
    return found[0] if _SAYS.search(text[at:at + len(clause) + 30]) else ""


def voiced_lines(summary, sents, people: list[str], simple_of=lambda t: t) -> list:
    """The summary with each line that goes on in the voice of a speaker the sentence before it (in the
    same paragraph) names shown under that speaker ("任泽平：未来，…"): a line that names no one itself,
    opens on no subject of its own and states a view. Editor-pinned lines and lines already labelled
    stay as they are."""
    people = list(dict.fromkeys(simple_of(p) for p in people if p))
    if not people:
        return list(summary)
    by_paragraph: dict[str, list] = {}
    for s in sents:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    out = []
    for line in summary:
        text, simple = line.text, simple_of(line.text)
        # (a line standing for its speaker by a pronoun, or a bare quotation, is named by ``named_pronouns``)
        if line.pinned or not line.paragraph or any(p in simple for p in people) or re.match(r"^[^，。]{1,12}[：:]", text) \
                or _PRONOUN_OPENING.match(text) or BARE_QUOTE.match(text):
            out.append(line)
            continue
        row = by_paragraph.get(line.paragraph, [])
        at = next((k for k, s in enumerate(row) if s.simple.strip() and s.simple.strip() in simple
                   or simple in s.simple), None)
        who = ""
        if at and not _OWN_OPENING.match(row[at].simple.strip()) and _VIEW.search(row[at].simple) \
                and not re.search(r"[“”「」]", row[at].simple):
            who = _speaker(row[at - 1].simple, people)
            # (shown as the article writes the name)
            before = row[at - 1]
            k = before.simple.find(who) if who else -1
            who = before.original[k:k + len(who)] if k >= 0 and len(before.original) == len(before.simple) else who
        out.append(replace(line, text=labelled(text, who)) if who else line)
    return out


#: A third person standing for someone in the line's opening clause ("在他看来，…", "据她介绍，…", "他认为，…"):
#: alone, the line does not say whose view it is. (either script)
_PRONOUN_OPENING = re.compile(r"^(?:在|据|據|依|按|照)?([他她])(?![们們人])")


def named_pronouns(summary, sents, people: list[str], simple_of=lambda t: t) -> list:
    """The summary with a line whose opening clause stands for a person by a pronoun ("在他看来，Sora尽管不成熟，…")
    given that person's name ("在林园看来，…"): the one person the sentence before it names (in the same paragraph,
    else the paragraph before). A line that names a person itself stays; a point whose person cannot be told
    is left off (a thesis or a conclusion stays as written)."""
    people = list(dict.fromkeys(simple_of(p) for p in people if p))
    if not people:
        return list(summary)
    order = list(sents)
    out = []
    for line in summary:
        text, simple = line.text, simple_of(line.text)
        m = _PRONOUN_OPENING.match(text)
        quoted = BARE_QUOTE.match(text)  # a bare quotation going on in the voice named before it (``digestborrowed``)
        if line.pinned or not line.paragraph or not (m or quoted) or any(p in simple.split("，")[0] for p in people):
            out.append(line)
            continue
        at = next((k for k, s in enumerate(order) if s.paragraph == line.paragraph
                   and (s.simple.strip() in simple or simple in s.simple)), None)
        who = ""
        if quoted and at and order[at].start > 0:
            # the speaker of a run of lines in one voice ("他分析了…。「但有机构预估…」") is named where the run opens
            run = [s for s in order[:at] if s.paragraph == line.paragraph]
            named = speaker_back(run)
            who = _one_person(named, people) if named else ""
        elif m and at:
            who = _one_person(order[at - 1], people)
        if who and quoted:
            hant = any(a != b for a, b in zip(simple_of(text), text) if "\u4e00" <= b <= "\u9fff")
            seen = _SEEN_BY_HANT if hant else _SEEN_BY  # (the line's own script)
            out.append(replace(line, text=seen.format(who=who) + _without_turn(text)))
        elif who:
            out.append(replace(line, text=text[:m.start(1)] + who + text[m.end(1):]))
        elif line.role != "point":
            out.append(line)
        # (a point whose person cannot be told is left off: a summary shows fewer lines rather than one that says
        # "在他看来" of no one)
    return out


def _one_person(before, people: list[str]) -> str:
    """The one person ``before`` (a sentence) names, as the article writes the name; '' for none or several."""
    found = [p for p in people if p in before.simple]
    # (a name that is a piece of another found: "林园" in "林园园" is one person)
    found = [p for p in found if not any(p != q and p in q for q in found)]
    if len(found) != 1:
        return ""
    k = before.simple.find(found[0])
    return before.original[k:k + len(found[0])] if len(before.original) == len(before.simple) else found[0]


#: How a bare quotation's line names its speaker ("在于洪雷看来，「有机构预估…」").
_SEEN_BY, _SEEN_BY_HANT = "在{who}看来，", "在{who}看來，"
#: A contrast opening a quotation that answered the line before it ("「但有机构预估…」"): read apart, it answers
#: nothing, and the line shows the quotation without it.
_TURN = re.compile(r"^([“「『\"‘])(?:但是|但|不过|不過|然而|可是|而)[，,]?")


def _without_turn(text: str) -> str:
    """A quotation's line without the contrast opening it (see ``_TURN``)."""
    m = _TURN.match(text)
    return m.group(1) + text[m.end():] if m and len(text) - m.end() >= 8 else text
