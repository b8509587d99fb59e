"""Claims: which sentences state an impact or a limit of the topic, and in which category.

A candidate is a whole sentence (terminated, not furniture, not a caption, not a question) about
the topic (a topic term in it, its paragraph or one of the few paragraphs before; or, in the
corpus step, a word the corpus itself uses for the topic: ``relevance.py``), placed in the
category whose words it uses most, provided it also carries a signal of that kind (impact: an
effect; limit: a problem) or is itself a claim about the topic (names it, with a modal or effect
predicate). The editor's categories are tried before the general ones; a sentence denying an
effect is a limit; the topic's own share price falling is a setback; a rival's limit is not the
topic's. Page furniture (field cards, boilerplate repeated across articles) is never a claim.
A sentence's facets and denied effects are read in ``claimfacets``; sentences that state no claim
whatever their words in ``claimless``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .claimfacets import _denied, _facets
from .changes import changed_shape, leans, quantity_change, shortfall, state_change, toll
from .speakerparts import held_request  # a party's request its part names the party of (sections19)
from .claimless import not_a_claim
from .claimcontext import next_sentences, others_round, overcome, qualifier, rival_limit as _rival_limit, with_qualifier
from .claimshape import HARM_HOMES, MONEY, asked as _asked, cue_words, effect_shapes, \
    harm_change, harm_governed, harm_shapes, inside as _inside, limit_words, main_part, negated, subject_rule
from .general import DENIALS, GENERAL_CATEGORIES, PLAN_CHANGED, bounds, restricts
from .remedies import remedied
from .tradecases import trade_case
from .kindturns import turned as _turned
from .votes import decided
from .limitshapes import called_measure, limit_shape, strength
from .model import Speaker
from .polarity import kind_of, limit_category, polarity
from .statements import clean_statement
from .taxonomy import CategoryRule, Taxonomy
from .text import QUESTION, Sentence, cjk_len, is_whole_sentence
from .text import count_words as _count
from .claimcards import _norm, furniture  # noqa: F401 (grouping and points import them from here)
from ..textutil import jieba_words

__all__ = ["Candidate", "classify", "candidates", "furniture", "is_claim", "not_a_claim", "THRESHOLD"]

THRESHOLD = 3.0
#: A general category places a sentence the editor's categories also place only when it scores
#: this much higher (the editor's vocabulary is the more specific).
GENERAL_MARGIN = 3
#: A claim about the topic counts as one signal of its category's kind.
CLAIM_SIGNAL = True
#: Score taken from an impact reading of a sentence that denies the effect.
DENIAL_PENALTY = 4
#: Paragraphs after one naming the topic that are still about it.
TOPIC_REACH = 5


@dataclass(slots=True)
class Candidate:
    """A sentence placed in a category."""

    sentence: Sentence
    category: str
    kind: str
    score: float
    hits: tuple[str, ...]
    vec: dict = field(default_factory=dict)
    cvec: dict = field(default_factory=dict)
    clauses: list = field(default_factory=list)
    keys: tuple = ()
    speakers: tuple[Speaker, ...] = ()
    facets: frozenset = frozenset()
    signals: frozenset = frozenset()
    keyhits: frozenset = frozenset()
    hard: frozenset = frozenset()
    rare: frozenset = frozenset()
    claimkeys: frozenset = frozenset()
    measures: frozenset = frozenset()
    """What the sentence's figures measure (``figurekeys.measured_things``): two sentences giving
    only different figures of different things are two claims, however alike their frame."""
    polar: dict = field(default_factory=dict)
    """The side the sentence takes on a general question (``polarity.polarity``)."""
    topical: bool = True
    """An editor's topic term is in the sentence's paragraph or a few before it; the others are
    kept only near a word the corpus itself uses for the topic (``relevance.relevant``)."""


#: A turn against what was said before it ("…，但…", "…，不过…"): the claim is what follows.
_TURN = re.compile(r"[，,；;](?:但是|但|不过|然而|可是)(?:也)?")
_CLAIM = re.compile(r"将|会|有望|可能|可以|能够|预计|必然|或将|恐将|势必|正在|已经|开始|不再|无法|难以|做不到")


def _names_topic(simple: str, tax: Taxonomy) -> bool:
    return bool(_count(simple, tax.topic_terms) or (tax.topic_label and tax.topic_label.lower() in simple.lower()))


def is_claim(simple: str, tax: Taxonomy) -> bool:
    """Names the topic and carries a modal or effect predicate."""
    return bool(_CLAIM.search(simple)) and bool(
        _count(simple, tax.topic_terms) or (tax.topic_label and tax.topic_label.lower() in simple.lower()))


def _own_fall(simple: str, tax: Taxonomy) -> bool:
    """The topic's own share price falling (a setback for it, not an effect it has)."""
    others = tuple(o for o in tax.orgs if o not in tax.topic_terms and o != tax.topic_label)
    return "stock-down" in _facets(simple) and "stock-up" not in _facets(simple) and bool(
        _count(simple, tax.topic_terms)) and not (others and _count(simple, others))


def _names(tax: Taxonomy) -> tuple[str, ...]:
    """The names a category word inside of says who, not what: the topic's, the taxonomy's."""
    return tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ()) + tuple(tax.orgs) + tuple(tax.persons)


def kind_signals(simple: str, tax: Taxonomy) -> tuple[int, int, str]:
    """How many impact and limit signals the claim part of a sentence carries (``claimshape``:
    the part after a turn; a problem word a remedy governs is none; an effect shape is one; a turn
    from the past to the present is a change, one impact signal), and the claim part."""
    imp, lim, part = _kind_words(simple, tax)
    return len(imp[0]) + imp[1], len(lim), part


def _kind_words(simple: str, tax: Taxonomy):
    part, how = main_part(simple)
    shapes = harm_shapes(part)
    # (a crowd or a stop a harm causes, "频繁死机，导致…排起长队", is the harm's, no effect of its own)
    imp = ([w for w in _count(part, tax.impact_signals) if not harm_governed(part, w)],
           effect_shapes(part) + (how == "change") + quantity_change(part) + (state_change(part) and not shapes))
    harms, imp = harm_change(part, shapes, imp)
    lim = limit_words(part, _count(part, tax.limit_signals)) + list(harms) + (["不到"] if shortfall(part) else [])
    return imp, lim, part


def classify(simple: str, tax: Taxonomy, kind: str | None = None,
             sided: bool = False) -> tuple[CategoryRule, float, tuple[str, ...]] | None:
    """The best category for a simplified sentence, its score and the cue words found; or None.

    The editor's categories are tried first; a general category wins only with a higher score.
    A claim about the topic (``is_claim``) counts as one signal of the category's own kind.
    ``kind`` restricts the categories to those of one kind; ``sided``: the sentence takes a side
    of a general question of that kind (``polarity``), which counts as one more signal of it.
    Category words are looked for in what the sentence claims (``claimshape.cue_words``: its part
    after a turn, names and attribution frames blanked out); a money amount in a limit is a word of
    cost."""
    (imp_words, shapes), lim_words, part = _kind_words(simple, tax)
    text = cue_words(part, _names(tax))
    money = bool(MONEY.search(part))
    claim = CLAIM_SIGNAL and is_claim(simple, tax)
    # an effect denied ("说颠覆为时过早", "清盘不等于倒闭"): its impact reading is penalised
    # (the words of a general question, "价格战", "亏损", are read with their negation by
    # ``polarity``: a denial there is the other side of the question, in the same category)
    gone = {w for r in tax.rules for w in _count(text, r.strong) if negated(text, w) and not _asked(w)}
    denied = bool(_count(part, DENIALS)) or bool(_denied(part)) or any(
        w in gone for r in tax.rules if r.category.kind == "impact" for w in r.strong)
    for w in sorted(gone, key=len, reverse=True):  # nor does a word inside it
        text = text.replace(w, "\u3000" * len(w))
    # a cue inside a longer settling word found is that word's ("价格" in "价格战": pricing, not cost)
    settling = {w for r in tax.rules for w in _count(text, r.strong)}
    # the topic's own share price falling is a setback for it, not an effect it has
    # ("受Sora发布的影响，Adobe当日跌幅达到7.41%" names another company: the fall is its effect)
    own_fall = _own_fall(simple, tax)
    best = None
    best_general = None
    traded = trade_case(simple)  # a country's probe or WTO case: trade policy, no lawsuit against the topic
    for rule in tax.rules:
        if kind and rule.category.kind != kind:
            continue
        if traded and rule.general and rule.category.id == "legal":
            continue
        cues = [w for w in _count(text, rule.cues) if (_asked(w) or not negated(text, w))
                and (w in rule.strong or any(w.lower() in st.lower() for st in _count(text, rule.strong))
                     or not _inside(text, w, settling))]
        strong = [w for w in _count(text, rule.strong) if w not in gone]
        if money and rule.category.kind == "limit" and "成本" in rule.cues:
            cues = cues + ["¥"]
        if not cues and not strong:
            continue
        if own_fall and rule.category.kind == "impact":
            continue
        # a signal of the other kind inside a settling word of this category is that word's
        # ("口碑走低" holds no fall of a share price): it does not count against it
        imp, lim = len(imp_words) + shapes, len(lim_words)
        if rule.category.kind == "impact":
            lim = len([w for w in lim_words if not any(w in st for st in strong)])
        else:
            imp = len([w for w in imp_words if not any(w in st for st in strong)]) + shapes
        own, other = (imp, lim) if rule.category.kind == "impact" else (lim, imp)
        own += sided
        if own_fall:
            own, other = max(own, 1), 0
        if claim and not own and other <= 1 and not (rule.category.kind == "limit" and strength(part)):
            own = 1  # (a claim crediting the topic with a strength, "逻辑保证一致性", says no problem)
        if not own and (not strong or (rule.category.kind == "impact" and other >= 2)):
            continue  # (no effect stated and two problems: "立法滞后", "尚无专门法律" is no policy news)
        score = len(cues) + 3 * len(strong) + min(own, 3)
        if other > own + (1 if strong else 0):
            score -= 2
        if denied and rule.category.kind == "impact":
            score -= DENIAL_PENALTY  # "说颠覆还为时过早" is a limit, whatever effect it names
        if rule.general:
            if best_general is None or score > best_general[1]:
                best_general = (rule, float(score), tuple(strong + cues))
        elif best is None or score > best[1]:
            best = (rule, float(score), tuple(strong + cues))
    if best is None or best[1] < THRESHOLD or (
            best_general is not None and best_general[1] >= best[1] + GENERAL_MARGIN):
        best = best_general
    if best and best[1] >= THRESHOLD:
        return best
    return None


#: Advice ("同时，应注重数据的清洗和标注工作", "国内大模型公司可以积极寻求…合作"): what someone
#: should do is no limit of the topic unless it names the problem it answers.
_ADVICE = re.compile(r"^(?:[^，。]{0,6}，)?(?:应|应该|应当)(?!用|对|是|会|该不|当不)|^[^，。]{2,16}(?:可以|应|应当|应该)积极")
_PROBLEM = re.compile(r"不足|缺乏|短板|差距|难以|无法|不能|风险|挑战|问题|瓶颈|掣肘|不够|局限")


#: A scheduled event ("首批交付仪式将于4月3日在工厂举行", "将于26日公布检测结果"): an
#: announcement, not a claim of either kind unless it also carries a signal of its kind.
_SCHEDULED = re.compile(r"(?:将于|将在|定于|计划于)[^。；]{0,30}(?:举行|召开|举办|开幕|亮相|出席|公布|揭晓)")
#: The general categories a sentence goes to when the side it takes decides its kind and no
#: category of that kind uses its words: a condition or uncertainty (a limit; "尚不成熟、未开放" is a
#: claim of its own words, no default), business effects (an impact).
FALLBACK = {"limit": "scope", "impact": "business"}


def _fallback(tax: Taxonomy, kind: str, got, home: str = "", simple: str = ""):
    gid = home or FALLBACK[kind]
    if gid == "event" and simple and not got:  # not the catch-all when the claim names its subject
        named = subject_rule(cue_words(main_part(simple)[0], _names(tax)), tax.rules, kind, {"event", "scope"})
        if named is not None:
            return (named, THRESHOLD, ())
    rule = next((r for r in tax.rules if r.category.id == gid and r.category.kind == kind), None)
    if rule is None:  # folded into an editor's category ("includes: [maturity]"): the one holding its words
        words = set(next((c + st for i, _, _, c, st in GENERAL_CATEGORIES if i == gid), ()))
        shared = [(len(words & set(r.cues + r.strong)), r) for r in tax.rules if r.category.kind == kind]
        best = max(shared, key=lambda x: x[0], default=(0, None))
        rule = best[1] if best[0] >= len(words) // 2 else None
    if rule is None:
        return got
    return (rule, max(got[1], THRESHOLD), got[2]) if got else (rule, THRESHOLD, ())


#: A word pointing back at what was said before it ("这个问题", "这一挑战"): what follows names
#: the question asked or the point just made, not a problem or an effect of its own.
_BACK = ("这个", "这一", "这些", "这类", "这种", "此")


def _signals(simple: str, words: tuple[str, ...], names: tuple[str, ...] = ()) -> list[str]:
    """The signal words a sentence uses as words of their own: not inside a longer word
    ("发布会" holds no "发布") or one of ``names`` (the topic's: "延迟退休" holds no "延迟"), not
    pointing back ("我们注意到了这个问题", "这是一个很有代表性的问题")."""
    for n in names:
        if n and len(n) >= 2:
            simple = re.sub(re.escape(n), "\u3000" * len(n), simple, flags=re.I)
    spans, pos = [], 0
    for w in jieba_words(simple):
        spans.append((pos, pos + len(w)))
        pos += len(w)
    out = []
    for w in _count(simple, words):
        for m in re.finditer(re.escape(w), simple):
            inside = any(a <= m.start() and m.end() <= b and b - a > len(w) for a, b in spans)
            clause = re.split(r"[，。；：！？,;:]", simple[:m.start()])[-1].lstrip()
            if not inside and not simple[:m.start()].endswith(_BACK) and not clause.startswith("这"):
                out.append(w)
                break
    return out


def candidates(sentences: list[Sentence], tax: Taxonomy,
               spoken: frozenset = frozenset()) -> list[Candidate]:
    """Classified candidate sentences (whole, not furniture, scoring at least THRESHOLD), each
    marked ``topical`` when a topic term is in its paragraph or one of the TOPIC_REACH - 1
    paragraphs before it (reporters name the subject once and then describe it for a few
    paragraphs); the corpus step keeps the others only near the corpus's own topic words
    (``relevance.relevant``). ``spoken``: the sentences someone is quoted or reported saying
    (the article's attributions); such a sentence in a paragraph within the topic's reach is
    about the topic though it does not name it.
    """
    on_topic: set[tuple[str, int]] = set()
    seen: set[tuple[str, int]] = set()
    for s in sentences:
        if (s.article, s.para_index) in seen:
            continue  # a paragraph is looked at once (not once per sentence: a huge paragraph)
        seen.add((s.article, s.para_index))
        if not tax.topic_terms or _count(s.paragraph_simple, tax.topic_terms):
            for k in range(TOPIC_REACH):
                on_topic.add((s.article, s.para_index + k))
    skip = furniture(sentences, tax.topic_terms)
    nexts = next_sentences(sentences)
    befores = {(b.article, b.index): a for a, b in zip(sentences, sentences[1:])
               if a.article == b.article and b.index == a.index + 1}
    topic = tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ())
    others = tuple(o for o in tax.orgs if o not in topic)
    out = []
    for s in sentences:
        if not is_whole_sentence(s.original) or cjk_len(s.original) > 200:
            continue
        nxt = nexts.get((s.article, s.index))
        before = befores.get((s.article, s.index))
        if overcome(s, nxt, topic) or others_round(s.simple, topic, others, before.simple if before else ""):
            continue  # a problem the topic overcomes, another company's funding round: not the topic's
        if not_a_claim(s.simple) and not held_request(s.simple, (s.article, s.index) in spoken):
            continue  # "二是…", "我们会第一时间体验…", "记者深入一线…揭示…": no claim of its own
        if (s.article, s.index) in skip:
            continue
        got = classify(s.simple, tax)
        polar = polarity(s.simple)
        side = kind_of(polar)
        home = limit_category(polar) if side == "limit" else ""
        if not got and side:
            # "预计今年只能交付5万辆，低于目标": a side of a question is a claim of its kind
            got = classify(s.simple, tax, side, sided=True) or _fallback(tax, side, None, home)
        said = (s.article, s.index) in spoken
        harms = harm_shapes(main_part(s.simple)[0])
        # a change of a quantity or a state, or a want unmet, stated near the topic by a sentence
        # with its own subject ("房价回落到三百多", "新增床位约1.2万张", "招不到人"): ``changes``
        changed = not leans(s.simple) and changed_shape(main_part(s.simple)[0])
        # a toll that occurred ("造成11人死亡", "损失超过50亿元", "鸡全没了") is a consequence
        # reported, an impact, unless the sentence reports it of an accident or a failure of the
        # subject ("与行人发生碰撞，致1人受伤" is its safety limit): ``changes.toll``
        tolled = toll(main_part(s.simple)[0]) and not {"incident", "malfunction", "complaint"} & set(harms)
        if not got and not side and (_names_topic(s.simple, tax) or (
                (said or harms or changed or tolled) and (s.article, s.para_index) in on_topic)):
            # a sentence about the topic no category's words place (it names the topic, or
            # someone speaking of it says it): one restricting or doubting it ("承认的机会非常低",
            # "清盘要花上数年", "经营不受影响") or weighing more problems than effects is a limit;
            # a claim (a modal or effect predicate) stating an effect is an impact
            names = tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ())
            part, how = main_part(s.simple)
            imp = (len(_signals(part, tax.impact_signals, names)) + bool(PLAN_CHANGED.search(s.simple))
                   + effect_shapes(part) + (how == "change") + quantity_change(part) + (state_change(part) and not harms))
            imp += tolled
            lim = len(limit_words(part, _signals(part, tax.limit_signals, names))) + len(harms) + bool(limit_shape(part)) \
                + shortfall(part) - (tolled and "harm" in harms)
            if restricts(s.simple) or _count(s.simple, DENIALS) or _denied(s.simple) or lim > imp:
                # (an effect denied, "不认同…会颠覆", is a limit too; a harm, a malfunction, an
                # incident or complaints reported near the topic are its problems: ``harm_shapes``)
                got = classify(s.simple, tax, "limit", sided=True) or _fallback(
                    tax, "limit", None, HARM_HOMES[harms[0]] if harms else "scope")
            elif imp and (_CLAIM.search(s.simple) or said or changed or tolled) and not _own_fall(s.simple, tax):
                got = classify(s.simple, tax, "impact", sided=True) or _fallback(tax, "impact", None, "event", s.simple)
        if got and side and side != got[0].category.kind:
            # "88898这个数字含有观望成分" doubts the demand (a limit), "单车毛利已经为正" answers a
            # loss (no limit): the side it takes decides its kind; a category of that kind holds it
            got = classify(s.simple, tax, side) or _fallback(tax, side, got, home)
        if got and got[0].category.kind == "impact" and qualifier(s.simple):
            # "“…超过了原来的预期。但不意味着短时间能形成生产力。”": the speaker's own qualifier is the
            # claim's last word (``claimcontext``): a limit, read in the claim made one sentence
            got = classify(with_qualifier(s.simple), tax, "limit", sided=True) or _fallback(tax, "limit", None, "scope")
        if got and not side and got[0].category.kind == "impact" and bounds(s.simple):
            # "提前时间最长不超过3年", "每年只延后几个月，以减少对民众生活的冲击": what bounds or
            # softens the news is a limit of it, whatever category's words it uses
            got = classify(s.simple, tax, "limit", sided=True) or _fallback(tax, "limit", None, "scope")
        if got and got[0].category.kind == "limit" and decided(s.simple) and not restricts(s.simple) \
                and not qualifier(s.simple):
            # "10国赞成、5国反对、12国弃权", "多次公开反对加征关税": a vote or a stance on a measure is a
            # decision or a reaction reported (``votes``), no criticism of the topic
            got = classify(s.simple, tax, "impact", sided=True) or _fallback(tax, "impact", None, "event", s.simple)
        if got and got[0].category.kind == "limit" and tolled and not side and not restricts(s.simple):
            # (a toll read as a problem by its words, "死亡" a cue of health risks: it occurred)
            got = classify(s.simple, tax, "impact", sided=True) or _fallback(tax, "impact", None, "event", s.simple)
        shape = ""
        turn = _TURN.search(s.simple)
        if got and turn and got[0].category.kind == "limit" and not side and not limit_shape(s.simple[turn.end():]) \
                and limit_shape(s.simple[:turn.start()]) and _CLAIM.search(s.simple[turn.end():]) and (
                    quantity_change(s.simple[turn.end():]) or state_change(s.simple[turn.end():])):
            # "目前尚未有出版机构调整定价，但…部分新品定价可能上调5%至10%": the lack before the turn
            # is set aside, the claim is the effect that follows 但/不过/然而
            got = classify(s.simple[turn.end():], tax, "impact", sided=True) or _fallback(
                tax, "impact", None, "event", s.simple[turn.end():])
        if got and got[0].category.kind == "impact":
            # (a side taken before a turn, "…上调了营收预期，但…拉低了单杯利润", yields to the shape after it:
            # what follows 但 is the claim)
            # (a concession, "还在依靠国际合作，但这本来就是常态", answers the limit before it and
            # states no effect of its own: the limit stays)
            after = s.simple[turn.end():] if turn else ""
            shape = limit_shape(after) if turn else limit_shape(s.simple) if not side else ""
            if turn and not shape and not side and not (quantity_change(after) or state_change(after)):
                shape = limit_shape(s.simple)
        if shape:
            # "目前尚无可用的疫苗", "仍主要依赖国外供应商", "提醒投资者注意交易风险": a lack, a
            # continuing dependence or a warning of risk restricts the news (``limitshapes``)
            got = classify(s.simple, tax, "limit", sided=True) or _fallback(tax, "limit", None, shape)
        if got and got[0].category.kind == "limit" and remedied(
                s.simple, lambda t: _signals(t, tax.limit_signals, _names(tax))):
            # "排队时间缩短至40分钟以内", "滑梯由4条增至8条", "有助于缩小…差距": a problem remedied is a
            # response (``remedies``; the topic's own name, "延迟退休", states no problem of it)
            got = classify(s.simple, tax, "impact", sided=True) or _fallback(tax, "impact", None, "event", s.simple)
        if got and got[0].category.kind == "limit" and called_measure(s.simple):
            # "议员要求全面断供…": a measure called for is a policy move, no shortage (``limitshapes``)
            got = classify(s.simple, tax, "impact", sided=True) or _fallback(tax, "impact", None, "policy")
        if got:
            got = _turned(s.simple, tax, got, topic)
        if got and _SCHEDULED.search(s.simple) and not _count(
                s.simple, tax.limit_signals if got[0].category.kind == "limit" else tax.impact_signals):
            got = None  # "交付仪式将于4月3日举行", "将于26日公布检测结果": a scheduled event, no claim
        if got:
            rule, score, hits = got
            if QUESTION.search(clean_statement(s.simple, tax.topic_label, hits)):
                continue  # the claim part is a question or a prompt
            if rule.category.kind == "limit" and _rival_limit(s.simple, hits, tax):
                continue
            if rule.category.kind == "limit" and _ADVICE.search(s.simple) and not _PROBLEM.search(s.simple):
                continue  # advice is no limit unless it names the problem it answers
            sig = tax.impact_signals if rule.category.kind == "impact" else tax.limit_signals
            out.append(Candidate(s, rule.category.id, rule.category.kind, score, hits,
                                 signals=frozenset(_count(s.simple, sig)),
                                 topical=(s.article, s.para_index) in on_topic))
    return out
