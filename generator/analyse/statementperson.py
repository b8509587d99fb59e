"""Statements in the third person (a split of ``statements``): a holder's first-person frame ("我们认为，X")
leaves, the claim staying; a first person left becomes the holder's name when the text names them."""

from __future__ import annotations

import re

from .text import cjk_len


#: A holder's own frame in the first person ("我们认为，…", "我恰恰认为…"): the claim follows it.
_FP_FRAME = re.compile(r"^(?:我们|我|笔者|咱们)(?:也|都|还|则|更|恰恰|一直|始终|坚定地?)?(?:认为|相信|觉得|判断|预计|"
                       r"看好|坚信|以为|估计|预判|倾向于认为)[，,：:]?")
#: First person left in a statement: "我", "我们", "笔者", "咱们" ("我国", "自我" are not the speaker).
_FP_WORD = re.compile(r"笔者|咱们|(?<![自])我们|(?<![自])我(?![国方省市县区校院军党司行们])")


def first_person(statement: str) -> bool:
    """Whether a statement still speaks in the first person ("我们将…", "我看到的是…")."""
    return bool(_FP_WORD.search(statement))


#: What stands before a person who is the object or the owner of something ("把我外甥", "给我打电话").
_OBJECT_BEFORE = frozenset("把给让对和跟帮叫找向被为替与同")


def third_person(statement: str, holder: str = "", kind: str = "") -> str:
    """A statement in the third person: a holder's first-person frame ("我们认为，X") leaves, the
    claim X staying (its holder is the point's speaker); a first person left is the holder's
    name when the text names them ("我" a person or the column's author, "我们" an organisation);
    otherwise the statement is returned as it is (``first_person`` still says so)."""
    m = _FP_FRAME.match(statement)
    if m and cjk_len(statement[m.end():]) >= 10 and not re.match(r"[它这那其他她此]", statement[m.end():]):
        # (not when the claim opens on a back-reference: "我认为它说明了…" keeps its holder)
        statement = statement[m.end():]
    if not holder:
        return statement
    if kind == "person":
        seen = []

        def name_or_self(m):
            # the first "我" is the holder's name; a later one in the same clause after a preposition or
            # before "的" is the clause's subject again: "自己" ("我把我外甥叫回来" → "赵某把自己外甥叫回来")
            again = bool(seen) and not re.search(r"[，,；;。！？]", m.string[seen[-1].end():m.start()]) and (
                m.string[m.start() - 1:m.start()] in _OBJECT_BEFORE or m.string[m.end():m.end() + 1] == "的")
            seen.append(m)
            return "自己" if again else holder
        return re.sub(r"笔者|(?<![自])我(?![国方省市县区校院军党司行们])", name_or_self, statement)
    if kind == "org":
        statement = re.sub(r"(?<![自])我们|咱们", holder, statement)
        # a body's own name for itself ("我局", "我校", "我公司") is the body; "我市"/"我省" is the place
        # its name begins with ("某市交通运输局": 我市 → 某市), else left (first_person still says so)
        statement = re.sub(r"(?<![自])我(?=(局|委|厅|部|办|校|院|公司|集团|行|所|中心|会))" + r"\1",
                           lambda m: holder if holder.endswith(m.group(1)) or len(m.group(1)) > 1 else m.group(0),
                           statement)
        place = re.match(r"^.{1,8}?[省市区县]", holder)
        if place:
            statement = re.sub(r"(?<![自])我" + place.group(0)[-1], place.group(0), statement)
    return statement
