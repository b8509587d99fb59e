"""A point's category, read from its statement: the category must share the statement's subject
terms (the industry, market, people or thing it is about).

A point is placed by the sentences grouped into it, and a sentence by the category words it uses
anywhere, a side clause included ("…，开通了赔偿咨询热线" under jobs for "赔偿"; "东电要我们证明价格下跌
是…" under share prices for "下跌"). What a reader sees is the statement, so the statement is checked:
of the category's words it uses, those that are also effect or problem signals of any kind (下跌,
上涨, 赔偿, 降价, 亏损: verbs of movement any subject takes) say nothing about *what* moved, unless
the category's label names them; a category keeps a point only when the statement uses a word of
it that is no signal (股价, 订单, 岗位) or one its label names, or when no other category of the
same kind does either. Otherwise the point goes to the
category of that kind whose subject words the statement uses most (one settling word, or two
words), else — when its own category's words are not in the statement at all — to the kind's
catch-all (``event``, ``scope``): no category fits, the general one.
"""

from __future__ import annotations

import functools
import re

from .claimshape import HARM_HOMES, cue_words, harm_shapes
from .limitshapes import limit_shape
from .text import count_words
from ..textutil import jieba_words

__all__ = ["statement_category", "key_terms_used", "fits_category", "text_fits"]


def _named(text: str, word: str) -> bool:
    """Whether every use of ``word`` in ``text`` is inside a body's name ("欧洲航空安全局",
    "市场监督管理总局", "食品安全委员会"): a name says who, not what."""
    return not re.search(re.escape(word) + r"(?![^，。；、（(]{0,3}(?:局|署|委员会|委|协会|部(?!分)|厅|组织|中心))", text)


def _subject_score(text: str, rule, signals: set[str], labelled: bool = True) -> tuple[int, int]:
    """(score of the subject words, count of any of the category's words) in ``text``;
    ``labelled``: a signal word the category's label names counts as a subject word."""
    strong = [w for w in count_words(text, rule.strong) if not _named(text, w)]
    cues = [w for w in count_words(text, rule.cues) if w not in strong and not _named(text, w)]
    subject = 3 * len([w for w in strong if w not in signals]) + len([w for w in cues if w not in signals])
    # a word the category's label names is its subject, signal or not ("赔偿" of 补贴、赔偿与救助)
    subject += 2 * len([w for w in strong + cues if w in rule.category.label and (labelled or w not in signals)])
    return subject, len(strong) + len(cues)


#: A speaker's frame opening a statement ("市政府表示，", "该行指出：").
_FRAME = re.compile(r"^[^，。：:“”]{1,20}?(?:表示|称|说|指出|宣布|透露|认为)[，,：:]")

#: What stands before these names the industry or field a statement is about ("游戏行业内容创作效率":
#: the games industry's, whatever the words of creation after it).
_FIELD = r"(?:行业|产业|领域|业界|圈|赛道)"


@functools.lru_cache(maxsize=256)
def _field_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for a category's words before a field word (compiled once, not per statement)."""
    forms = sorted({w for w in words if len(w) >= 2}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + ")" + _FIELD) if forms else None


def _field_rule(text: str, rules, kind: str):
    """The one category of ``kind`` whose word names the field the statement is about
    ("…提高游戏行业内容创作效率" → games), or None (none, or two fields named)."""
    named = {r.category.id: r for r in rules if r.category.kind == kind and (r.cues or r.strong)
             and (pattern := _field_pattern(tuple(r.cues) + tuple(r.strong))) is not None and pattern.search(text)}
    return next(iter(named.values())) if len(named) == 1 else None


def _label_words(label: str) -> tuple[str, ...]:
    """A label's own words: its parts between 、 与 和 and ， ("能力与质量差距" → 能力, 质量差距)."""
    parts = re.split(r"[、，,与和及或]", label)
    return tuple(w for w in parts if len(w) >= 2)


def key_terms_used(text: str, rule, tax) -> tuple[str, ...]:
    """The key terms of ``rule``'s category that ``text`` uses: its cue and settling words that are
    no effect or problem signal of the taxonomy (下跌, 差距, 风险 say nothing of *what*) unless its
    label names them or it is a settling phrase ("言之过早", "价格战"), and the label's own words;
    never a word inside a body's name or a topic term."""
    signals = set(tax.impact_signals) | set(tax.limit_signals)
    label = rule.category.label
    words = [w for w in dict.fromkeys(rule.strong + rule.cues)
             if w not in signals or w in label or (w in rule.strong and len(w) >= 3)]
    words += [w for w in _label_words(label) if w not in words]
    simple = cue_words(text, tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ()))
    return tuple(w for w in count_words(simple, tuple(words)) if not _named(simple, w))


def fits_category(point, tax) -> bool:
    """Whether ``point``'s statement or one of its quotes uses a key term of its category: a point
    in a catch-all (no words: no category fits it) or in a category it names none of the subject of
    does not fit; an English statement (placed by English cues) does."""
    rule = next((r for r in tax.rules if r.category.id == point.category), None)
    if rule is None:
        return True  # (a contention, an editor's moved point)
    if not (rule.cues or rule.strong):
        return False
    if not re.search(r"[\u4e00-\u9fff]", re.sub(r"[（(][^）)]{0,30}[）)]", "", point.statement)):
        return True
    return any(text_fits(t, rule, tax) for t in (point.statement, *(c.quote for c in point.citations)))


def text_fits(text: str, rule, tax) -> bool:
    """Whether ``text`` uses a key term of ``rule``'s category, or reports a problem by its shape
    whose home the category is ("停了快五分钟", "与行人发生碰撞": ``claimshape.harm_shapes``)."""
    return bool(key_terms_used(text, rule, tax)) or any(HARM_HOMES.get(h) == rule.category.id for h in harm_shapes(text))


#: A definition ("X事件，是指…", "所谓X，就是…"): what the news is, no effect and no problem of it.
_DEFINITION = re.compile(r"^[^，。；“”]{2,30}[，,]?(?:是指|指的是|系指)|^所谓[^，。；]{1,20}[，,]?(?:就是|是指|是)")


#: A launch ("开售", "上市", "推出", "预售"; not "上市公司", "发布会") with its price stated ("售价6999元"):
#: the news itself, no effect on prices unless a price moves or compares ("降价", "便宜约3万元", "补贴").
_LAUNCH = re.compile(r"开售|发售|开卖|上市(?!公司|企业|券商)|推出|(?<!在)发布(?!会)|亮相|预售|首发|开启预订|上线")
_PRICE_STATED = re.compile(r"(?:售价|定价|价格|起售价|起价|官方价)[^，。；]{0,6}?\d")
_PRICE_MOVED = re.compile(r"降|涨|便宜|贵|低价|高价|平价|优惠|补贴|让利|折扣|打折|[一二三四五六七八九\d]折|跌|价格战|内卷|"
                          r"性价比|调价|比[^，。；]{0,14}?(?:低|高|少|多)")


def _launch(statement: str) -> bool:
    """Whether ``statement`` reports a launch and its price, and no price moving or compared."""
    return bool(_LAUNCH.search(statement) and _PRICE_STATED.search(statement) and not _PRICE_MOVED.search(statement))


#: The limits a shape names the subject of: a cost above another's, a low yield (``limitshapes``; a
#: lack or a warning names no subject: "缺乏…服务" stays where its group placed it).
_BURDENS = ("cost", "supply")


#: A leading clause naming the cause or the time of what follows ("政策公布后，", "消息传出以来，",
#: "受新规影响，"): the claim is what follows it.
_CAUSE = re.compile(r"^[^，。；]{1,16}?(?:后|之后|以来)[，,]|^受[^，。；]{1,16}?影响[，,]")


def _after_cause(text: str, rule, rules, signals):
    """The category a statement's claim names after a leading clause of its cause ("政策公布后，上证综指…
    升至…，两市成交额…": the market's), when ``rule``'s words are only in that clause and another
    category of its kind has a settling word or two words after it; else None."""
    m = _CAUSE.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if _subject_score(rest, rule, signals)[0]:
        return None
    scored = [(_subject_score(rest, r, signals)[0], -i, r) for i, r in enumerate(rules)
              if r.category.kind == rule.category.kind and r is not rule and (r.cues or r.strong)]
    top = max(scored, key=lambda t: (t[0], t[1]), default=(0, 0, None))
    return top[2] if top[0] >= 2 else None


def _named_category(statement: str, rule, tax, names) -> str:
    """The category of ``rule``'s kind one of whose settling words (no effect or problem signal, not
    inside a name) ``statement`` uses, when exactly one does; for a limit, else the category of the
    limit it states by its shape (a cost above another's, a low yield: ``_BURDENS``); else ''."""
    shape = limit_shape(statement) if rule.category.kind == "limit" else ""
    if shape in _BURDENS and any(r.category.id == shape and (r.cues or r.strong) and r.category.kind == "limit" for r in tax.rules):
        return shape
    text = cue_words(statement, tuple(names) + tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ()))
    signals = set(tax.impact_signals) | set(tax.limit_signals)
    named = {r.category.id for r in tax.rules if r.category.kind == rule.category.kind and r is not rule and any(
        w not in signals and not _named(text, w) for w in count_words(text, r.strong))}
    return next(iter(named)) if len(named) == 1 else ""


def statement_category(statement: str, category: str, tax, names: tuple[str, ...] = ()) -> str:
    """The category of a point with ``statement``, first placed in ``category`` (see the module);
    a definition, or a launch with its price filed under prices, goes to the impact catch-all
    (``event``: what happened), when there is one."""
    if not re.search(r"[\u4e00-\u9fff]", re.sub(r"[（(][^）)]{0,30}[）)]", "", statement)):
        return category  # an English statement: placed by its English cues (``englishclaims``)
    rules = {r.category.id: r for r in tax.rules}
    rule = rules.get(category)
    if rule is None:
        return category
    if not (rule.cues or rule.strong):
        # a catch-all holds no words: a category whose own settling word the statement uses, and
        # no other's, names its subject ("三家近年来纷纷发力高端市场": a rival's move)
        return _named_category(statement, rule, tax, names) or category
    if _DEFINITION.match(statement) or (category == "pricing" and _launch(statement)):
        # (a definition says what the news is; a launch with its price is the news, no price effect)
        event = next((r.category.id for r in tax.rules if r.category.kind == "impact" and not (r.cues or r.strong)), None)
        if event:
            return event
    kind = rule.category.kind
    text = cue_words(statement, tuple(names) + tuple(tax.topic_terms) + ((tax.topic_label,) if tax.topic_label else ()))
    signals = set(tax.impact_signals) | set(tax.limit_signals)
    own, any_own = _subject_score(text, rule, signals)
    field = _field_rule(text, tax.rules, kind)
    if field is not None and field is not rule:
        return field.category.id  # the field the statement names is its subject
    moved = _after_cause(text, rule, tax.rules, signals)
    if moved is not None:
        return moved.category.id
    shaped = any(HARM_HOMES.get(h) == category for h in harm_shapes(statement))
    if own and not shaped and not _subject_score(text, rule, signals, labelled=False)[0]:
        # a problem or effect word its label names ("差距" of 能力与质量差距) and no word of its subject:
        # a category naming what the gap is of takes it ("算力…存在近百倍差距": compute); a tie keeps
        # the editor's, the first
        others = [r for r in tax.rules if r.category.kind == kind and r is not rule and (r.cues or r.strong)]
        # (the speaker's frame names who says it, not what it is of: "市政府表示，将…提供补贴" is no policy's)
        said = _FRAME.sub("", text, count=1)
        scored = [(_subject_score(said, r, signals, labelled=False)[0], -i, r) for i, r in enumerate(others)]
        top = max(scored, key=lambda t: (t[0], t[1]), default=(0, 0, None))
        if top[0] >= 1:
            return top[2].category.id
    if own or shaped:
        return category  # (a problem reported without its word, "与行人发生碰撞", is its home's)
    if any_own and not [w for w in count_words(text, rule.strong) if not _named(text, w)]:
        # only problem or effect cues of it ("不够", "短板"; a settling word, "言之过早", "获批", keeps
        # it): a category naming the subject with a word of its own, a whole word of the statement
        # ("托育费用高": cost; never "验证" in "检验证书"), takes it
        tokens = set(jieba_words(text))
        def whole(r):
            return len([w for w in count_words(text, r.cues + r.strong)
                        if w not in signals and w in tokens and not _named(text, w)])
        named = max(((whole(r), -i, r) for i, r in enumerate(tax.rules)
                     if r.category.kind == kind and r is not rule and (r.cues or r.strong)),
                    key=lambda t: (t[0], t[1]), default=(0, 0, None))
        if named[0] >= 1:
            return named[2].category.id
    # (a subject word that settles it, its label's, or two: never a word inside a body's name,
    # "尚未获得欧洲航空安全局的认证" is no safety)
    best, best_score = None, 1
    for r in tax.rules:  # (the editor's categories come first: a tie keeps theirs)
        if r.category.kind != kind or r is rule or not (r.cues or r.strong):
            continue
        score, _ = _subject_score(text, r, signals)
        if score > best_score:
            best, best_score = r, score
    if best is not None:
        return best.category.id
    if any_own:
        return category  # its words are there, and no other category names the subject better
    catch_all = next((r.category.id for r in tax.rules if r.category.kind == kind and not (r.cues or r.strong)), None)
    return catch_all or category
