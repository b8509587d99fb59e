"""Anonymous speaker labels named by their own self-introduction (a machine transcript's ``说话人 2：``,
``Speaker 1:``, ``发言人A：``).

The phenomenon: an anonymous label is one person throughout the transcript; when that person
introduces themself in one of the label's first turns, after a greeting or at the turn's start
(``主持人好各位听众好，我是某投顾研究部副总黄某某``, ``大家好我是某研究院的研究员吴某``,
``我是主持人林某``), the name names the label, and the role said before it is theirs. Another label
addressing them by that name (``柏翰你怎么看``, ``谢谢佩珊``) confirms it.

Fail clean: a label is named only when one name is given for it, by a well-formed intro (a known
surname, two or three characters, the clause ending there) with a role said before the name, or any
intro the name of which another speaker's address confirms (a surname the vocabulary lacks: three
characters after a role); a name two labels claim names neither; a label nobody
names stays anonymous (its turns have no speaker, as before).
"""

from __future__ import annotations

import re

from .speakercheck import checked_name

__all__ = ["ANON_TURN", "label_names", "self_named_labels", "anonymous_label"]

#: A paragraph opening on an anonymous label (a timestamp may stand before it).
ANON_TURN = re.compile(
    r"^\s*(?:[\[【(（]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\]】)）]?\s*)?"
    r"(?P<label>(?:说话人|說話人|发言人|發言人|讲者|講者|发言者|發言者|说话者|說話者|讲话人|講話人|"
    r"Speaker|SPEAKER|speaker|Spk|SPK|spk)[ _\-]?(?:\d{1,2}|[A-Z]))\s*[：:]\s*")
#: Turns of a label its self-introduction is looked for in.
_FIRST_TURNS = 2
#: How far into a turn the introduction may stand (after the greetings).
_REACH = 40
_INTRO = re.compile(r"我(?:是|叫)(?P<what>[^，。！？,.!?；;：:“”「」\s]{2,30}?)(?=[，。！？,.!?；;\s]|那个|那個|然后|然後|$)")
#: What may stand before the intro: greetings, thanks, addressing the host or the audience.
_BEFORE = re.compile(r"^(?:[^，。！？,.!?]{0,16}(?:好|欢迎|歡迎|谢谢|謝謝|感谢|感謝|哈喽|哈囉|嗨|hello|hi)[^，。！？,.!?]{0,12}[，。！？,.!?\s]*)*$", re.I)
#: Words that make the clause a judgement, never an introduction ("我是觉得…", "我是比较乐观").
_NOT_ROLE = re.compile(r"觉得|覺得|认为|認為|想说|想說|比较|比較|不是|不太|很|也|就是|啦|吧|呢|嘛|吗|嗎|的话|的話")


def anonymous_label(text: str) -> str:
    """The anonymous label a paragraph opens on ("说话人 2：…" → "说话人2"), or ''."""
    m = ANON_TURN.match(text)
    return re.sub(r"[ _\-]", "", m.group("label")) if m else ""


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


#: The last character of a role said before a name ("理事长", "研究员", "副总", "分析师", "主持人").
_ROLE_END = re.compile(r"[长長员員总總师師人家官者授任理事监監裁席生士编編辑輯]$")


def _intro(body: str) -> tuple[str, str, bool] | None:
    """(name, role, whether the name opens on a known surname) a turn's self-introduction gives, or None.
    A name whose surname the vocabulary lacks is read only after a role (three characters: the common
    length of a full name), and must be confirmed by another speaker's address."""
    m = _INTRO.search(body[:_REACH + 32])
    if not m or m.start() > _REACH or not _BEFORE.match(body[:m.start()]):
        return None
    what = m.group("what")
    surnames = _surnames()
    for k in (3, 2):
        if len(what) >= k and what[-k] in surnames:
            name, role, sure = what[-k:], what[:-k], True
            break
    else:
        if len(what) >= 5 and _ROLE_END.search(what[:-3]):
            name, role, sure = what[-3:], what[:-3], False
        else:
            return None
    if not checked_name(name, "person") or _NOT_ROLE.search(role) or _NOT_ROLE.search(name):
        return None
    return name, re.sub(r"的$", "", role), sure


def label_names(texts: list[str]) -> dict[str, tuple[str, str]]:
    """Anonymous label → (name, role) for the labels of a transcript (its paragraphs, in order) that a
    self-introduction names (see the module)."""
    turns: dict[str, list[str]] = {}
    order: list[tuple[str, str]] = []
    for t in texts:
        m = ANON_TURN.match(t)
        if m:
            label = re.sub(r"[ _\-]", "", m.group("label"))
            turns.setdefault(label, []).append(t[m.end():])
            order.append((label, t[m.end():]))
    if len(turns) < 2:
        return {}
    given: dict[str, set[tuple[str, str]]] = {}
    for label, bodies in turns.items():
        for body in bodies[:_FIRST_TURNS]:
            got = _intro(body)
            if got:
                given.setdefault(label, set()).add(got)
    named: dict[str, tuple[str, str]] = {}
    for label, got in given.items():
        names = {n for n, _, _ in got}
        if len(names) != 1:
            continue  # two names for one label: none
        name = names.pop()
        role = max((r for _, r, _ in got), key=len)
        sure = all(k for _, _, k in got)
        forms = {name, name[1:]} if len(name) == 3 else {name}
        addressed = any(f in body for other, body in order if other != label for f in forms)
        if addressed or role and sure:
            named[label] = (name, role)
    claimed: dict[str, int] = {}
    for name, _ in named.values():
        claimed[name] = claimed.get(name, 0) + 1
    return {label: v for label, v in named.items() if claimed[v[0]] == 1}


def self_named_labels(texts: list[str], labels: list) -> list:
    """``labels`` (per paragraph: (name, role, end of label) or None) with every paragraph that opens on
    an anonymous label a self-introduction names given that name and role."""
    names = label_names(texts)
    if not names:
        return labels
    out = list(labels)
    for k, t in enumerate(texts):
        m = ANON_TURN.match(t)
        if m and (got := names.get(re.sub(r"[ _\-]", "", m.group("label")))):
            out[k] = (got[0], got[1], m.end())
    return out
