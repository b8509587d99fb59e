"""The last look at a contention before the reader sees it, whichever finder made it: two holders, two statements a
reader can quote, a question that is a sentence. A split of ``contentions``, applied to every contention it returns.

* **A holder stands on one side.** A name the sides both list (a sentence naming two holders cited on one side:
  "孟庆川认为…；而罗文彬则相对乐观。") stays on the side whose statement names them, or whose only holder they are,
  and leaves the other; named by both statements or by neither, on neither.
* **A statement has its subject.** A side's statement opening on a pronoun's frame ("他预计生意至少要半年…") names
  the side's one holder instead ("陈嘉伟预计…"); one opening on a cleft ("也是我最担心的，是这种模式透支了本地人")
  states what follows it.
* **A side has its holder.** A side no one holds whose statement opens on a holder its article's attributions know, then
  an attitude or a saying verb ("对于谈判前景，孙某相对乐观：…"), is held by them.
* **Two sides, two statements.** Statements sharing a clause of ten characters and more say one thing twice (a sentence
  holding both views, "有人担心…，我倒认为…", made one side's statement; a report of the claim cited on the answering
  side): the side that has a line of its own not sharing that run is stated by it; with none, it is no contention.
* **A question is a sentence.** A title opening on a connective ("但大部分是…") drops it; one opening on what only
  continues a clause ("以抵销欧洲市场的损失？", "从而…") is asked from side a's statement instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .disputesides import question_text
from .holdernames import one_of
from .model import Contention, Side
from .statements import clean_statement
from .text import to_simplified

__all__ = ["finished", "holders_once", "RUN"]

#: Characters in a row two statements must share to say one thing twice.
RUN = 10

#: A pronoun's frame heading a statement ("他预计", "不过她也指出", "其表示").
_PRONOUN = re.compile(r"^(?:不过|但是?|而|同时|此外|另外)?[，,]?(?:他|她|其)(?=(?:还|也|则|又|并|同时)?(?:预计|估计|认为|表示|"
                      r"指出|说|称|强调|坦言|提醒|担心|相信|觉得|直言|坦承|透露|补充))")
#: A connective heading a question ("但大部分是…", "不过…", "可是…").
_CONNECTIVE = re.compile(r"^(?:但是|但|可是|不过|然而|而且|并且)[，,]?")
#: What only continues a clause: a purpose or a result ("以抵销…", "以便…", "从而…", "进而…", "因而…").
_CONTINUES = re.compile(r"^(?:以便|以免|以期|以求|以|从而|进而|因而|致使|使得|令)(?=[\u4e00-\u9fff])")


def _norm(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text or "")


def shared_run(x: str, y: str) -> int:
    """The characters (letters, digits, han) of the longest run two texts share that ends a clause in both (a clause
    said twice, "…排放计划符合国际安全标准，…"), never a subject both go on to say different things of ("南山水库的可用
    蓄水量可能…" / "南山水库的可用蓄水量仍然充足")."""
    a, b = _QUOTES.sub("", x or "")[:300], _QUOTES.sub("", y or "")[:300]  # (a page-long line: its head)
    best = 0
    for i in range(len(a)):
        for j in range(len(a), i, -1):
            run = a[i:j]
            if len(_norm(run)) <= best:
                break
            if not _ENDS(a, j) or _CLAUSE_END.match(run[-1]):
                continue
            at = b.find(run)
            while at >= 0 and not _ENDS(b, at + len(run)):
                at = b.find(run, at + 1)
            if at >= 0:
                best = len(_norm(run))
                break
    return best


_QUOTES = re.compile(r"[“”「」『』\"]")
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:、]")


def _ENDS(text: str, at: int) -> bool:
    """Whether a clause ends at ``at`` in ``text`` (its end, or a punctuation mark)."""
    return at >= len(text) or bool(_CLAUSE_END.match(text[at]))


def _plain(name: str) -> str:
    return to_simplified(name, "zh-Hant")


def holders_once(c: Contention) -> Contention:
    """A holder both sides list stays on one side (see the module), never on both."""
    na, nb = [sp.name for sp in c.a.speakers], [sp.name for sp in c.b.speakers]
    both = [n for n in na if one_of(n, nb)] + [n for n in nb if one_of(n, na)]
    if not both:
        return c
    drop_a, drop_b = set(), set()
    for n in both:
        in_a, in_b = _plain(n) in c.a.statement, _plain(n) in c.b.statement
        sole_a = all(one_of(x, [n]) for x in na)
        sole_b = all(one_of(x, [n]) for x in nb)
        if in_a and not in_b or not in_b and sole_a and not sole_b:
            drop_b.add(n)
        elif in_b and not in_a or not in_a and sole_b and not sole_a:
            drop_a.add(n)
        else:
            drop_a.add(n)
            drop_b.add(n)
    a = replace(c.a, speakers=tuple(sp for sp in c.a.speakers if not one_of(sp.name, drop_a)))
    b = replace(c.b, speakers=tuple(sp for sp in c.b.speakers if not one_of(sp.name, drop_b)))
    return replace(c, a=a, b=b)


def _subject(side: Side) -> Side:
    """The side's statement with its pronoun's frame naming the side's one holder."""
    m = _PRONOUN.match(side.statement)
    if not m or len({_plain(sp.name) for sp in side.speakers}) != 1:
        return side
    name = _plain(side.speakers[0].name)
    return replace(side, statement=re.sub(r"^(?:不过|但是?|而|同时|此外|另外)?[，,]?(?:他|她|其)", name, side.statement,
                                          count=1))


#: A cleft heading a statement ("也是我最担心的，是这种模式透支了本地人"): what follows it is the claim.
_CLEFT = re.compile(r"^(?:第[一二三四五六七八九十]+[，,、])?(?:也|而|但)?(?:是)?(?:我|我们)(?:最|更|真正)(?:担心|担忧|在意|看重|关心|想说|"
                    r"想强调)的(?:一点|地方|问题|事)?[，,]?(?:就)?是[，,]?")


def _unclefted(side: Side) -> Side:
    """The side's statement without a cleft heading it, when a claim of eight characters and more follows."""
    m = _CLEFT.match(side.statement)
    rest = side.statement[m.end():] if m else ""
    return replace(side, statement=rest) if m and len(_norm(rest)) >= 8 else side


#: What follows a holder's name at a statement's head: an attitude or a saying verb ("孙某相对乐观：", "林某则认为").
_HOLDS = r"(?:则|也|还|亦)?(?:相对|较为|比较|颇为|更为)?(?:乐观|悲观|谨慎|审慎|认为|表示|指出|说|称|强调|提醒|预计|估计|坦言|直言)"


def _named_holder(side: Side, known: dict) -> Side:
    """A side no one holds, whose statement opens on a holder its article's attributions know and an attitude or a
    saying verb ("对于谈判前景，孙某相对乐观：…"): held by that holder."""
    if side.speakers or not side.citations:
        return side
    names = known.get(side.citations[0].article, {})
    head = side.statement[:40]
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 2 and re.match(r"^(?:对于?[^，,：:]{1,12}[，,])?[^，,：:“”「」]{0,20}?" + re.escape(name) + _HOLDS, head):
            return replace(side, speakers=(names[name],))
    return side


def _restated(side: Side, other: str, converters, topic_label: str) -> Side | None:
    """The side stated by the first of its own lines not sharing a run with the other side's statement, or None."""
    for x in side.citations:
        simple = converters[x.article](x.quote) if x.article in converters else x.quote
        if shared_run(simple, other) >= RUN:
            continue
        statement = clean_statement(simple, topic_label, keep_frame=True)
        if statement and len(_norm(statement)) >= 8 and shared_run(statement, other) < RUN:
            return replace(side, statement=statement)
    return None


def _two_statements(c: Contention, converters, topic_label: str) -> Contention | None:
    """The contention with two statements that do not say one thing twice, or None."""
    if shared_run(c.a.statement, c.b.statement) < RUN:
        return c
    b = _restated(c.b, c.a.statement, converters, topic_label)
    if b is not None:
        return replace(c, b=b)
    a = _restated(c.a, c.b.statement, converters, topic_label)
    if a is not None:
        return replace(c, a=a, topic=question_text(a.statement) if c.a.statement[:12] in c.topic else c.topic)
    return None


def _question(c: Contention) -> str:
    """The contention's title as a sentence (see the module)."""
    topic = c.topic
    rest = _CONNECTIVE.sub("", topic, count=1)
    if rest != topic and len(_norm(rest)) >= 6:
        topic = rest
    if _CONTINUES.match(topic):
        asked = question_text(re.sub(r"^[^，。：:]{2,20}?(?:认为|表示|指出|补充|称|说)[，,：:]", "", c.a.statement))
        if not _CONTINUES.match(asked) and len(_norm(asked)) >= 6:
            return asked
    return topic


def finished(contentions: list[Contention], converters, topic_label: str = "",
             editors: frozenset = frozenset(), by_sentence=None) -> list[Contention]:
    """The contentions as the reader sees them (see the module); the editor's questions keep their titles;
    ``by_sentence``: the attributions, whose holders a side no one holds may be named for."""
    known: dict[str, dict[str, object]] = {}
    for (art, _), sps in (by_sentence or {}).items():
        for sp in sps:
            if getattr(sp, "kind", "person") in ("person", "org"):
                known.setdefault(art, {}).setdefault(_plain(sp.name), sp)
    out = []
    for c in contentions:
        c = replace(c, a=_named_holder(c.a, known), b=_named_holder(c.b, known))
        c = holders_once(c)
        c = replace(c, a=_unclefted(_subject(c.a)), b=_unclefted(_subject(c.b)))
        c = _two_statements(c, converters, topic_label)
        if c is None:
            continue
        if c.id not in editors:
            c = replace(c, topic=_question(c))
        out.append(c)
    return out
