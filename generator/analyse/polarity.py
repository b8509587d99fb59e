"""Polarity: which way a sentence takes a claim, read from the sentence itself.

Outlets disagree in a few recurring ways whatever the story: a loss against a profit, real demand
against an inflated figure, a forecast above a target against one below it, "a price war" against
"we are not here for a price war". A sentence's polarity on such a question (``QUESTIONS``: the
general words of each side) is the side its own words take, after its negations ("不是来打价格战的",
"很难赚到钱") and its denials of a claim it reports ("所谓亏本卖车的说法并不准确", "说颠覆为时过早");
a sentence that reports one view and answers it ("有券商解读为很高的转化率，我恰恰认为…水分")
takes the side it ends on.

Two uses: a citation whose sentence takes the other side never supports a point (it is the other
side of a contention), and two points taking opposite sides of one question are a contention. No
word of a topic is here: these are the general words of business, product and policy stories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QUESTIONS", "Question", "polarity", "conceded", "conflict", "kind_of", "limit_category", "same_side", "quantity_units"]


@dataclass(frozen=True, slots=True)
class Question:
    """A question outlets take sides on: the words of each side, how to ask it, each side's label."""

    id: str
    yes: tuple[str, ...]
    """Words stating the claim (negated, they state the other side)."""
    no: tuple[str, ...]
    """Words stating the other side outright."""
    ask: str
    """The question, ``{t}`` standing for the topic's label."""
    yes_label: str
    no_label: str
    limit_side: int = 0
    """The side that is a limit of the topic (a loss, an inflated figure, a forecast below target);
    the other side is a positive claim, never a limit. 0: neither side is a limit."""
    needs: str = ""
    """A pattern the sentence must also match for the question to apply (a forecast names a figure)."""
    category: str = ""
    """The general category a sentence taking the limit side goes to when none uses its words."""
    same_quantity: bool = False
    """Two sides answer the same question only when they give a quantity in the same unit."""
    conceded_label: str = ""
    """The other side's label when every point on it grants the claim and denies only what follows from it
    ("单车亏损不代表集团亏损" concedes the loss): a concession, not the opposite claim."""
    judged: bool = False
    """A side word counts only as its clause's predicate, a judgement ("制裁已经失败", "措施是有效的"), not as a
    modifier or a verb's adverb ("有效期", "失败的尝试", "成功发射"); such a question says of what only in its
    sentence, so two points on its two sides make no question by themselves (``asks``)."""

    @property
    def asks(self) -> bool:
        """Whether two points taking its two sides are a contention of their own (``contentions._polar``)."""
        return not self.judged


QUESTIONS: tuple[Question, ...] = (
    Question("price-war", ("价格战", "降价潮", "价格血战", "价格内卷"), (),
             "{t}是在打价格战、加剧价格战吗？", "是价格战或将加剧价格战", "不是价格战"),
    Question("loss", ("亏损", "亏本", "亏钱", "赔本", "赔钱", "倒贴", "负毛利", "卖一辆亏", "卖一台亏", "蚀"),
             ("毛利为正", "毛利已经为正", "毛利已为正", "正毛利", "实现盈利", "已经盈利", "能够盈利",
              "赚到钱", "可以赚钱", "是赚钱的"),
             "{t}是在亏损吗？", "亏损", "不亏损或已有毛利", limit_side=1,
             category="profit", conceded_label="承认亏损，但认为得失应从整体看"),
    Question("demand-real", ("需求是真实的", "真实需求", "需求真实", "真实的需求", "转化率很高", "很高的转化率",
                             "高转化率"),
             ("水分", "虚高", "注水", "观望成分", "冲动消费", "虚火", "泡沫", "没有转化", "并没有转化"),
             "{t}的订单和需求是真实的吗？", "需求真实", "数字有水分", limit_side=-1),
    Question("vs-target", ("超预期", "超出预期", "远超预期", "超过目标", "高于目标", "达到目标", "可达", "好于预期",
                           "上调"),
             ("低于目标", "低于预期", "不及预期", "相去甚远", "只能交付", "难以完成", "难以实现", "下调", "低于"),
             "{t}能达到目标或预期吗？", "能达到或超过", "低于目标或预期", limit_side=-1,
             needs=r"目标|预期|预计|预测|力争", same_quantity=True),
    Question("release", ("向公众开放", "对外开放", "正式开放", "开放使用", "正式上线", "公开发布"), (),
             "{t}何时向公众开放？", "将开放", "短期不会开放", limit_side=-1),
    # whether a measure, a policy or a plan worked: "制裁已经失败" / "制裁就是有效的" (any story's verdict words)
    Question("worked", ("有效", "奏效", "见效", "管用", "起作用", "起了作用", "起到了作用", "成功"),
             ("失败", "无效", "失效", "落空", "徒劳", "不管用", "适得其反", "破产"),
             "是奏效还是失败了？", "奏效", "失败", judged=True),
)

#: A word that negates what follows it in the clause ("不是来打价格战的", "很难从…赚到钱", "并非亏本").
_NEGATOR = re.compile(r"不是|并不|并非|不会|不能|不再|没有|没|未必|未|无法|难以|很难|不(?![少断仅但过久管论同光足错])")
#: How far before a side's word a negation still governs it (within its clause).
NEGATION_REACH = 8
#: A denial of the claim the clause reports ("…的说法并不准确", "说颠覆为时过早", "言过其实").
_DENIED_AFTER = re.compile(r"说法(?:并不|不)?(?:准确|属实|成立)|并不准确|不准确|不成立|站不住|言之过早|为时过早|"
                           r"为时尚早|言过其实|夸大其词|不属实|不实|有失偏颇|值得商榷|(?:是|属)误读|"
                           # a claim put out of reach ("短期内实现盈利难度较大", "赚到钱还很遥远")
                           r"^[^，。；]{0,4}(?:难度(?:较|很|非常|比较|相当)?大|(?:还|仍|尚)?(?:很|较|比较)?(?:遥远|尚远|还远)|"
                           r"遥遥无期|无望|不现实|很难|较难|不易|不容易|(?:希望|可能性?|机会)(?:不大|渺茫|很小|较小))")
#: "A rather than B": B is named as the alternative, not stated or denied.
_CONTRAST = re.compile(r"而不是|而非|不是谁")
#: A sentence describing the dispute itself ("市场在A和B之间反复拉扯", "分歧在于") takes neither side.
_BOTH = re.compile(r"之间(?:反复)?(?:拉扯|摇摆|徘徊|博弈)|分歧(?:在于|主要在)|争议(?:在于|焦点)|各执一词|莫衷一是")
_CLAUSE = re.compile(r"[，。；！？,;!?：:]")
#: A sentence that reports one view and answers it: its last part is the writer's side.
_ANSWER = re.compile(r"我恰恰认为|恰恰相反|恰恰说明|我(?:却|倒|更)?认为|但我认为|然而|但(?:是)?|却")


#: A claim granted then kept from what would follow ("单车亏损不代表集团亏损", "短期亏钱并不等于失败").
_CONCEDES = r"[^，。；！？]{0,8}?(?:并)?(?:不代表|不等于|不意味着|不说明|不能说明)"


def conceded(simple: str, q: Question) -> bool:
    """Whether a sentence grants the claim of ``q`` (its own words, not negated) and denies only a consequence
    drawn from it: a concession, which stands on neither side of the question as asked."""
    if not q.yes:
        return False
    rx = re.compile("(?:" + "|".join(map(re.escape, q.yes)) + ")" + _CONCEDES)
    for m in rx.finditer(simple):
        if not _NEGATOR.search(simple[max(0, m.start() - NEGATION_REACH):m.start()]):
            return True
    return False


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c]


def _alternation(words: tuple[str, ...]):
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True))) if words else None


#: Per question, one pattern per side (compiled once: a sentence is scanned once per side).
_SIDES = {q.id: ((_alternation(q.yes), 1), (_alternation(q.no), -1)) for q in QUESTIONS}


#: A question asked in its clause before a side word: "会不会", "有没有", "是不是", "是否", "能否".
_ASKING = re.compile(r"([\u4e00-\u9fff])[不没]\1|是否|能否|会否|可否")


#: What may follow a judgement word at its clause's end ("失败了", "是有效的", "奏效了吧").
_JUDGED_END = re.compile(r"[了的啦吧呢啊嘛]{0,3}[”」』\"'）)]?\s*$")


def _side_in_clause(clause: str, q: Question, stated: bool = False) -> tuple[int, int]:
    """(position, side) of the last side word of a clause, after negation; (−1, 0) when none; ``stated``: a side word
    a question asks of ("会不会被卷进价格战") is none."""
    best = (-1, 0)
    for rx, sign in _SIDES[q.id]:
        if rx is None:
            continue
        for m in rx.finditer(clause):
            if q.judged and not _JUDGED_END.match(clause, m.end()):
                continue  # "失败的尝试", "成功发射", "说制裁失败的可以歇歇了": no verdict of its own
            before = clause[max(0, m.start() - NEGATION_REACH):m.start()]
            if _CONTRAST.search(before):
                continue  # "而不是谁更能承受亏损的竞争": an alternative named, nothing stated of it
            if stated and _ASKING.search(clause[max(0, m.start() - NEGATION_REACH - 2):m.start()]):
                continue  # "会不会被卷进价格战": asked, not stated (its "不" denies nothing)
            negs = len(_NEGATOR.findall(before))
            side = sign * (-1 if negs % 2 else 1)
            if _DENIED_AFTER.search(clause[m.end():]):
                side = -side
            if m.start() >= best[0]:
                best = (m.start(), side)
    return best


def polarity(simple: str, stated: bool = False) -> dict[str, int]:
    """Per question the sentence takes a side on: +1 (the claim holds), −1 (the other side).

    The side of the last clause that takes one (a sentence reporting a view and then answering it
    ends on its own), read after an answering marker when there is one; a denial in the clause
    after the one stating the claim ("所谓亏本卖车的说法，并不准确") turns it round. ``stated``: only what the sentence
    states, never what it asks ("会不会被卷进价格战" takes no side: a contention's side must state its position; the
    grouping reads the question's words as its subject)."""
    text = simple.strip()
    if not _ANY.search(text) or _BOTH.search(text):
        return {}  # (most sentences take no side: one scan settles it)
    m = None
    for m in _ANSWER.finditer(text):
        pass
    parts = [_clauses(text[m.end():]), _clauses(text)] if m else [_clauses(text)]
    out: dict[str, int] = {}
    for q in QUESTIONS:
        if not _ASKED[q.id].search(text) or (q.needs and not _NEEDS[q.id].search(text)):
            continue
        for clauses in parts:
            side = 0
            for i, c in enumerate(clauses):
                pos, s = _side_in_clause(c, q, stated)
                if s:
                    nxt = clauses[i + 1].strip() if i + 1 < len(clauses) else ""
                    if nxt and (_DENIED_AFTER.match(nxt) or _NOT_SO.match(nxt)):
                        s = -s
                    side = s
            if side:
                out[q.id] = side
                break
    return out


_NOT_SO = re.compile(r"(?:并不|不)(?:准确|成立|属实)")
#: Per question, any of its words (a question none of whose words is there is not asked).
_ASKED = {q.id: _alternation(q.yes + q.no) for q in QUESTIONS}
_NEEDS = {q.id: re.compile(q.needs) for q in QUESTIONS if q.needs}


#: Any word of any side: a sentence without one takes no side.
_ANY = re.compile("|".join(sorted({re.escape(w) for q in QUESTIONS for w in q.yes + q.no}, key=len, reverse=True)))

_QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|千|百|亿)?\s*(辆|台|部|件|套|份|户|人|家|个|单|吨|架|艘)")


def quantity_units(simple: str) -> frozenset[str]:
    """The measure words of the counts a sentence gives ("10万辆" → 辆)."""
    return frozenset(m.group(1) for m in _QUANTITY.finditer(simple))


def kind_of(polar: dict[str, int]) -> str | None:
    """The kind a sentence's sides make it: ``limit`` when it takes a question's limit side,
    ``impact`` when it takes the other side of a question that has one; None otherwise."""
    kinds = set()
    for q in QUESTIONS:
        if q.id in polar and q.limit_side:
            kinds.add("limit" if polar[q.id] == q.limit_side else "impact")
    return kinds.pop() if len(kinds) == 1 else None


def limit_category(polar: dict[str, int]) -> str:
    """The general category of the limit side a sentence takes ("很难赚到钱" → profit), or ''."""
    for q in QUESTIONS:
        if q.category and polar.get(q.id) == q.limit_side:
            return q.category
    return ""


def same_side(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether two sentences take the same side of a question."""
    return any(a[q] == b[q] for q in set(a) & set(b))


def conflict(a: dict[str, int], b: dict[str, int], a_text: str = "", b_text: str = "") -> frozenset[str]:
    """The questions two sentences take opposite sides on (a forecast and a target only when both
    count the same thing: the same measure word)."""
    out = set()
    for qid in set(a) & set(b):
        if a[qid] == b[qid]:
            continue
        q = next(x for x in QUESTIONS if x.id == qid)
        if q.same_quantity and not (quantity_units(a_text) & quantity_units(b_text)):
            continue
        out.add(qid)
    return frozenset(out)
