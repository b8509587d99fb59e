"""Contentions a reader can trust: what every contention must be, whichever finder made it. A split of
``contentions``, applied to every contention it returns.

* **A side's lines make claims.** A line that makes none (a repost with a bare comment, "//@X：转发一下，欢迎讨论";
  a notice or a disclaimer, "风险提示：本文观点仅代表个人…", "免责声明：…") is on no side, and what labels it
  ("风险提示") holds nothing; a side whose statement is such a line is stated by its first line that makes a
  claim (none left: no side, and its contention none), and a question asked from it is asked from that line.
* **A side's holders are people or bodies, never a phrase** ("从统计上说，…" names no one "从统计上"), nor a
  sentence's opening read as a label ("说两点个人看法：第一，…" names no one "说两点个人看法").
* **An announcement is no position** (``disputemarkers.announcement``): a line under a bracketed headline naming a
  notice or a record ("【关于…的情况说明】…", "【#…回顾#】…") is on no side, as a disclaimer is.
* **A label's holder is the name before its brackets** ("刘哥（群主）：" is 刘哥's line; "群主" his note), when that is
  a person's name and the bracket's is not.
* **Forwarded words are their writer's**: "A：//@B：…" is B's, and A (who only forwards them) holds nothing.
* **Two sides are two holders.** A side with no holder of its own whose words go on from a person named just
  before ("不过她也指出，…", "他还表示，…") is that person's, and when that person holds the other side the
  two are one argument and its own caveat, never a contention.
* **Two sides are two positions, not one report twice.** Two statements giving the same figures ("1179万",
  "18.8%") where one of them only reports them (no judgement, no negation, no forecast) do not disagree.
* **A statement is never cut where its quotation goes on to deny it**: "…，「把它说成牺牲哪个城市保哪个城市，并不符合
  流域防洪的逻辑」" cut after "城市" says the opposite of its holder; the denial is put back.
* **A caveat is the side it states.** A later line of a side that concedes ("不过我承认…", "当然…也…") is
  its holder's caveat, not their argument: it leaves the side (the side keeps its own lines).
"""

from __future__ import annotations

import re
from collections import ChainMap
from dataclasses import replace

from .disputemarkers import announcement
from .holdernames import one_of
from .model import Contention, Side
from .statements import clean_statement
from .text import Sentence, to_simplified

__all__ = ["trusted", "no_claim", "label_holder", "with_label_holders"]

#: A label ("价值老猫：", "[20:11] 老周：") and the forwards of a repost chain ("//@X：") before a line's words.
_LEAD = r"^(?:[^：:。！？]{0,16}[：:])?\s*(?://@[^：:]{1,20}[：:]\s*)*"
#: A line that only forwards, shares or invites ("转发一下，欢迎讨论。", "转发微博", "Repost").
_REPOST = re.compile(_LEAD + r"(?:转发|转[一了]?下|分享一下|欢迎讨论|大家讨论|repost)[^。！？!?]{0,10}[。！？!?~～]*\s*$",
                     re.I)
#: A notice or a disclaimer by its label ("风险提示：", "免责声明：", "【群公告】").
_NOTICE = re.compile(r"^\s*[【\[]?(?:风险提示|免责声明|特别声明|版权声明|法律声明|声明|群公告|公告|投资有风险)[】\]]?\s*[：:】]")
#: Such a label named as a holder.
_NOTICE_NAME = re.compile(r"^(?:风险提示|免责声明|特别声明|版权声明|法律声明|声明|群公告|公告|编者按)$")
#: A preposition's frame taken for a name ("从统计上", "在我看来", "就目前"): no one.
_PHRASE_NAME = re.compile(r"^(?:从|在|据|按|就|对于|照|依|由于)[\u4e00-\u9fff]{0,6}(?:上|看来|来看|看|来说|而言|中|里|角度|层面|方面|目前)$")
#: Words going on from the person named before ("不过她也指出", "他还表示", "其同时强调").
_GOES_ON = re.compile(r"^[「“\"]?(?:不过|但是?|而|同时|此外|另外|然而)?[，,]?(?:她|他|其)(?:也|还|同时|则|又|并)"
                      r"(?:指出|表示|认为|说|称|强调|坦言|承认|提到|提醒|补充)")
#: A concession of one's own argument, heading a line.
_CONCEDES = re.compile(r"^[「“\"]?(?:(?:不过|但是?|当然)[，,]?(?:我|我们|笔者)?(?:也)?(?:承认|得承认|必须承认|不否认)|"
                       r"诚然|不可否认|当然[，,]?(?:我|我们)?也)")
#: A figure: digits with their unit, never part of a model's name ("C919", "RT6").
_FIGURE = re.compile(r"(?<![A-Za-z\d.\-])\d+(?:[./]\d+)?(?:%|％|万亿|亿|万|千|百|元|岁|年|个|人|辆|公里|倍)?(?![A-Za-z])")
#: A statement taking a position: a negation, a judgement, a forecast, an appraisal.
_POSITION = re.compile(r"不|没|未必|并非|非|别|莫|否|肯定|必然|应该|应当|必须|需要|会|将|能|可能|恐怕|也许|认为|觉得|担心|"
                       r"相信|看来|太|过于|挤占|夺走|抢|影响|导致|造成|意味|说明|证明|显示出|利好|利空|好事|坏事|"
                       r"合理|公平|有利|有害|值得|？|\?|！")


def no_claim(text: str) -> bool:
    """Whether a line makes no claim: a repost line, or a notice or a disclaimer."""
    t = to_simplified(text or "", "zh-Hant").strip()
    return bool(_REPOST.search(t) or _NOTICE.search(re.sub(_LEAD, "", t, count=1)) or _NOTICE.search(t)
                or announcement(t))


#: A sentence's opening read as a line's label ("说两点个人看法：第一，…", "讲几句："): no one.
_OPENING_NAME = re.compile(r"(?:看法|观点|想法|意见|感想|几句|两句|一句|两点|几点)$|^(?:说|讲|谈|聊)(?:[一两几三]|个人|下)")


#: A pronoun heading a "name" ("你们怎么不" of "你们怎么不说"): a clause, no one.
_PRONOUN_NAME = re.compile(r"^(?:你|我|他|她|它|咱|大家|人家|别人|有人)")


def _personal(name: str) -> bool:
    """A person's name or its familiar form: a surname and a given name or a title ("王委员", "李师傅", "刘哥"), or
    老/小/阿 and a surname ("老周", "小陈"); never a role alone ("来宾", "群主", "网友")."""
    from .entities import SURNAMES

    n = to_simplified(name or "", "zh-Hant").strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n):
        return False
    return n[0] in SURNAMES or (n[0] in "老小阿" and n[1] in SURNAMES)


def label_holder(sp):
    """The holder a turn's label names: "刘哥（群主）：", "王委员（区人大）：" name 刘哥 and 王委员, their note in brackets
    their role, where the label read the bracket as the name ("来宾（林志远）：" names 林志远, kept)."""
    if sp is None or not sp.role or not _personal(sp.role) or _personal(sp.name):
        return sp
    return replace(sp, name=sp.role, role=sp.name)


def with_label_holders(by_sentence):
    """The attributions with every holder a label's brackets made (see ``label_holder``) set right."""
    extra = {}
    for key, sps in by_sentence.items():
        fixed = tuple(label_holder(sp) for sp in sps)
        if any(f is not s for f, s in zip(fixed, sps)):
            extra[key] = fixed
    return ChainMap(extra, by_sentence) if extra else by_sentence


#: A line forwarding another's words with no comment of its own: its label, then the chain ("A：//@B：…").
_FORWARDED = re.compile(r"^(?:(?P<by>[^：:。！？/]{1,16})[：:]\s*)?(?://@(?P<of>[^：:]{1,20})[：:]\s*)+")


def _forwarder(name: str, lines: list[str]) -> bool:
    """Whether ``name`` only forwards the side's words: the label of a line that goes straight on to another's
    ("长期主义的山羊：//@红利搬砖工：…" is 红利搬砖工's words; 长期主义的山羊, or its short form, holds them not), and
    the label of no line of its own."""
    n = to_simplified(name or "", "zh-Hant").strip()
    if len(n) < 2:
        return False
    forwards = own = False
    for x in lines:
        m = _FORWARDED.match(x)
        if m and m.group("by") and n in m.group("by") and n not in (m.group("of") or ""):
            forwards = True
        elif re.match(r"^[^：:。！？/]{0,16}" + re.escape(n) + r"[^：:。！？/]{0,16}[：:]", x) and not m:
            own = True
    return forwards and not own


def _holder_name_ok(name: str, lines: list[str]) -> bool:
    """A holder that is someone: no notice label, no phrase, no clause headed by a pronoun, never the note in brackets
    after a writer's name in the side's own lines ("刘哥（群主）：" names 刘哥; "群主" is his note)."""
    n = to_simplified(name or "", "zh-Hant").strip()
    if not n or _NOTICE_NAME.match(n) or _PHRASE_NAME.match(n) or _PRONOUN_NAME.match(n) or _OPENING_NAME.search(n):
        return False
    return not any(re.search(r"[\u4e00-\u9fffA-Za-z][（(]" + re.escape(n) + r"[）)]", x) for x in lines)


def _figures(text: str) -> set[str]:
    return {m.group(0) for m in _FIGURE.finditer(text or "") if len(re.sub(r"\D", "", m.group(0))) >= 2}


def _reports_only(statement: str) -> bool:
    """A statement that only reports (no position): its words outside brackets take none."""
    t = re.sub(r"[（(][^（）()]{0,30}[）)]", "", to_simplified(statement or "", "zh-Hant"))
    return not _POSITION.search(t)


#: A denial or a negation in the words a cut statement left behind.
_DENIES = re.compile(r"不|没|沒|非|未|无|無|否")
_QUOTES = str.maketrans("", "", "“”「」『』\"")


def _uncut(statement: str, line: str) -> str:
    """The statement with the rest of its line's sentence when it was cut inside a quotation that goes on to deny
    what it said ("…，「把它说成牺牲哪个城市保哪个城市，并不符合…逻辑」" cut after "城市"): a reader would take the
    cut words for the holder's claim, the opposite of it."""
    body = statement.rstrip("。！；;")
    flat = to_simplified(line or "", "zh-Hant")
    at = flat.translate(_QUOTES).find(body[-12:]) if len(body) >= 12 else -1
    if at < 0:
        return statement
    # the same place in the line with its quotation marks: where the statement's words end
    plain_end, k = at + 12, 0
    for j, ch in enumerate(flat):
        if ch in "“”「」『』\"":
            continue
        k += 1
        if k == plain_end:
            cut = j + 1
            break
    else:
        return statement
    head, rest = flat[:cut], flat[cut:]
    inside = sum(head.count(c) for c in "“「『") > sum(head.count(c) for c in "”」』")
    m = re.match(r"^[，,]([^。！？]{1,40}?)[”」』]*[。！？]?\s*$", rest)
    if not inside or not m or not _DENIES.search(m.group(1)):
        return statement
    return body + "，" + m.group(1).translate(_QUOTES) + "。"


def _clean_side(side: Side, convert, topic_label: str) -> Side | None:
    """The side without its lines that make no claim and without holders that are no one; a statement that made
    none is remade from the side's first line that makes one; None when no line is left."""
    cites = tuple(x for x in side.citations if not no_claim(convert(x)))
    if not cites:
        return None
    if no_claim(side.statement):
        statement = clean_statement(re.sub(_LEAD, "", convert(cites[0]), count=1), topic_label)
        if not statement or no_claim(statement):
            return None
        side = replace(side, statement=statement)
    lines = [convert(x) for x in cites]
    whole = _uncut(side.statement, lines[0]) if lines else side.statement
    if whole != side.statement:
        side = replace(side, statement=whole)
    speakers = tuple(sp for sp in side.speakers if _holder_name_ok(sp.name, lines) and not _forwarder(sp.name, lines))
    if _FORWARDED.match(to_simplified(side.statement, "zh-Hant")):
        # "长期主义的山羊：//@红利搬砖工：再补一句，…": the statement is the forwarded words, without the chain
        rest = _FORWARDED.sub("", side.statement, count=1).strip()
        side = replace(side, statement=rest) if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 8 else side
    # a concession heading a later line is the holder's caveat, not the side's argument
    first = cites[:1]
    rest = tuple(x for x in cites[1:] if not _CONCEDES.search(convert(x)))
    cites = first + rest
    if cites == side.citations and speakers == side.speakers:
        return side
    return replace(side, citations=cites, speakers=speakers)


def trusted(contentions: list[Contention], sents: list[Sentence], by_sentence, converters,
            topic_label: str = "") -> list[Contention]:
    """The contentions a reader can trust (see the module's docstring): each cleaned of lines and holders that
    are no claim and no one, none whose two sides are one person or one report."""
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    by_art: dict[str, list[Sentence]] = {}
    for x in sents:
        by_para.setdefault((x.article, x.paragraph), []).append(x)
        by_art.setdefault(x.article, []).append(x)

    def convert(c) -> str:
        f = converters.get(c.article) if hasattr(converters, "get") else None
        return f(c.quote) if f else to_simplified(c.quote, "zh-Hant")

    def sentence_of(c):
        for x in by_para.get((c.article, c.paragraph), ()):
            if x.original.strip() and (x.original.strip() in c.quote or c.quote in x.original):
                return x
        return None

    def named_before(x: Sentence) -> list[str]:
        """The holders of the nearest sentence before ``x`` (within its article, five sentences back) that names any."""
        ss = by_art.get(x.article, [])
        pos = next((i for i, y in enumerate(ss) if y.index == x.index), None)
        if pos is None:
            return []
        for y in reversed(ss[max(0, pos - 5):pos]):
            names = [sp.name for sp in by_sentence.get((y.article, y.index), ())]
            if names:
                return names
        return []

    def goes_on_from_other(side: Side, other: Side) -> bool:
        if side.speakers or not side.citations or not other.speakers:
            return False
        first = side.citations[0]
        if not _GOES_ON.match(convert(first).strip()):
            return False
        x = sentence_of(first)
        if x is None:
            return False
        return any(one_of(n, [sp.name for sp in other.speakers]) for n in named_before(x))

    out = []
    for c in contentions:
        a, b = _clean_side(c.a, convert, topic_label), _clean_side(c.b, convert, topic_label)
        if a is None or b is None:
            continue
        if no_claim(c.topic.rstrip("？?") + "。"):
            # the question was asked from a line that makes no claim: asked from the side's new statement
            c = replace(c, topic=(a if a.statement != c.a.statement else b).statement.rstrip("。！；;") + "？")
        if goes_on_from_other(a, b) or goes_on_from_other(b, a):
            continue
        shared = _figures(a.statement) & _figures(b.statement)
        if len(shared) >= 2 and (_reports_only(a.statement) or _reports_only(b.statement)):
            continue
        out.append(replace(c, a=a, b=b))
    return out
