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


#: How a body's name ends ("…公司", "…局", "…研究所", "…证券"): its "我们" is the body.
_BODY = re.compile(r"(?:公司|集团|局|署|委|委员会|部|厅|办|所|院|校|大学|中心|协会|学会|商会|联合会|基金会|银行|证券|资本|基金|"
                   r"研究院|研究所|机构|平台|医院|学校|政府|组织|联盟|工会|合作社|协会|社|台|报|网|团|队|会|厂|店|行)$")
#: What stands before a person who is the object or the owner of something ("把我外甥", "给我打电话").
_OBJECT_BEFORE = frozenset("把给让对和跟帮叫找向被为替与同")


def third_person(statement: str, holder: str = "", kind: str = "", source: str = "", paragraph: str = "") -> str:
    """A statement in the third person: a holder's first-person frame ("我们认为，X") leaves, the
    claim X staying (its holder is the point's speaker); a first person left is the holder's
    name when the text names them ("我" a person or the column's author, "我们" an organisation);
    otherwise the statement is returned as it is (``first_person`` still says so). ``source``, the
    sentence the statement comes from: a first person inside a quotation there is the quotation's
    speaker's, never a holder the quotation names or the sentence's own frame does not
    (``holder_speaks``)."""
    m = _FP_FRAME.match(statement)
    if m and cjk_len(statement[m.end():]) >= 10 and not re.match(r"[它这那其他她此]", statement[m.end():]):
        # (not when the claim opens on a back-reference: "我认为它说明了…" keeps its holder)
        statement = statement[m.end():]
    if not holder or (source and not holder_speaks(source, holder, paragraph)):
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
        out = re.sub(r"笔者|(?<![自])我(?![国方省市县区校院军党司行们])", name_or_self, statement)
        # "我妈", "我家": the holder's ("暮色里的猫妈" reads as a name; "暮色里的猫的妈" does not)
        return re.sub(re.escape(holder) + "(?=" + _KIN + ")", holder + "的", out) if holder in out else out
    if kind == "org":
        if not _BODY.search(holder) and len(holder) < 4:
            return statement  # "阿贵", "玛丽": a short name that says no body is one person's "we", no body's
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


#: What a person has ("我妈", "我家", "我同事"): after the holder's name it takes "的".
_KIN = r"(?:妈|爸|家(?!长|属|人们)|老公|老婆|儿子|女儿|孩子|同事|朋友|父母|爷爷|奶奶|外婆|外公|哥|姐|弟|妹)"
#: A quotation ("“…”", "「…」").
_QUOTATION = re.compile(r"[“「『][^”」』]*[”」』]?")
#: The speaker a quotation's own frame names: after it ("…”佐藤说。") or before it ("佐藤说：“…").
_AFTER = re.compile(r"^[”」』][，,]?\s*([\u4e00-\u9fffA-Za-z·]{2,12}?)(?:也|还|则|又)?(?:说|表示|称|指出|认为|坦言|直言|补充道?|回忆|感叹|抱怨)")
_BEFORE = re.compile(r"([\u4e00-\u9fffA-Za-z·]{2,12}?)(?:也|还|则|又)?(?:说|表示|称|指出|认为|坦言|直言|补充道?|回忆|感叹|抱怨)[：:，,]?\s*$")
#: A name that says nobody in particular: a pronoun, "记者", "对方".
_NOBODY = re.compile(r"^(?:他们?|她们?|它|其|对方|记者|笔者|有人|不少人|很多人)")


def _abbreviations(holder: str, paragraph: str = "") -> set[str]:
    """The holder's name and the short forms a text may use for it inside a quotation: one the
    paragraph gives in brackets after the name ("东京电力公司（东电）"), and a long name's first and
    third characters ("东京电力公司" → "东电", "北湾航运公司" → "北航"; not a four-character one's:
    "上海证券" → "上证" is an index); never its first two, which are as often a place ("中国", "北京")."""
    out = {holder}
    if len(holder) >= 5:
        out.add(holder[0] + holder[2])
    for m in re.finditer(re.escape(holder) + r"[（(]([^（）()，。、]{2,8})[）)]", paragraph):
        if not re.search(r"[A-Za-z]", m.group(1)) or len(m.group(1)) <= 6:
            out.add(m.group(1))
    return {a for a in out if len(a) >= 2}


def holder_speaks(source: str, holder: str, paragraph: str = "") -> bool:
    """Whether a first person in ``source`` may be ``holder``: true unless a first person of it
    stands inside a quotation that names the holder (a speaker does not name themself in the third
    person: "“东电要我们证明…”" is not 东电's) or whose own frame names someone else ("“…”佐藤说"
    when the holder is 东京电力公司). A first person outside every quotation is the narrator's, left
    to the caller."""
    for m in _QUOTATION.finditer(source):
        inner = m.group(0)
        if not _FP_WORD.search(inner):
            continue
        if any(a in inner for a in _abbreviations(holder, paragraph or source)):
            return False
        after = _AFTER.match(source[m.end() - 1:]) if inner[-1:] in "”」』" else None
        before = _BEFORE.search(source[:m.start()])
        for frame in (after, before):
            if frame is None:
                continue
            who = frame.group(1)
            if _NOBODY.match(who) or any(holder[i:i + 2] in who for i in range(len(holder) - 1)):
                continue  # (the holder with a title: "卫健委副主任周明" for 卫健委)
            return False
    return True


def quote_speaker(source: str) -> str:
    """The name a quotation's own frame gives its speaker ("“…”佐藤说。" → "佐藤"), when it gives
    one (not a pronoun, not "记者"); else ""."""
    for m in _QUOTATION.finditer(source):
        if not _FP_WORD.search(m.group(0)):
            continue
        after = _AFTER.match(source[m.end() - 1:]) if m.group(0)[-1:] in "”」』" else None
        before = _BEFORE.search(source[:m.start()])
        for frame in (after, before):
            if frame is not None and not _NOBODY.match(frame.group(1)):
                return frame.group(1)
    return ""


#: How much of its paragraph after a sentence may hold its quotation's frame ("…。”" then "佐藤说。").
_FRAME_AFTER = 16


def quoted_context(sentence) -> str:
    """A sentence's simplified text with the start of what follows it in its paragraph: a
    quotation closed with its sentence ("“…这几乎不可能。”") has its frame after it ("佐藤说。")."""
    para, simple = sentence.paragraph_simple or "", sentence.simple
    at = para.find(simple) if simple else -1
    if at < 0 or not simple.rstrip()[-1:] in "”」』":
        return simple
    return para[at:at + len(simple) + _FRAME_AFTER]
