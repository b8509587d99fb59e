"""Disputes: contentions found from how the text itself sets one claim against another (any topic,
no list of questions). A split of ``contentions``; it returns the same ``Contention`` (the sides are
made in ``disputesides.py``).

Three general ways a text states a disagreement:

* **a rebuttal frame** after a claim, in the same article (``framed.py``): an explicit one ("但也有私募人士持不同
  看法", "我对此持保留态度", "这话只对了一半", "渔业界对此评价不一", "X持相反观点", "X则对报告
  提出批评") answers the sentence before it; a contrasted holder ("X则认为/则表示/则坚持认为",
  "不过，X认为", "Y回应说") answers the nearest sentence before it on the same subject (shared
  content words) and only when it takes a stance (a negation, a denial, a judgement);
* **an interview's question and answer**: a question reporting a claim ("X说…，你同意吗？") and an
  answer that denies or limits it ("我不会用…这个说法", "…是专业的，但范围本身有限");
* **a reply quoting whom it answers** (``quotedreplies``: "回应X的回复：…" then the answer), on a page whose posts
  lost their authors;
* **another party's figure and one's own**: "官方说法是大约30年，但……我个人估计……40年甚至更久".

Each dispute cites the claim (side a) and the answer (side b) verbatim, with the holders the text
names for them. Disputes on the same claim across articles are one contention: they are joined
when their sides quote the same words (a quoted phrase, or a long common run of characters), and
a claim quoted in an answer ("…给出'国产替代空间在百亿元级别'的判断。我对此持保留态度") brings in the
sentence of another article that makes it. Two sentences that merely mention different aspects of
a subject are no dispute: without a frame, nothing here pairs them.
"""

from __future__ import annotations

import hashlib
import re
from collections import ChainMap

from .model import Citation, Contention, Side, Speaker
from .disputesides import STRONG, answering as _answering, cjk, question_text as _question_text, side as _side
from .disputejoin import QUOTED, join_quotes, join_subjects, norm
from .disputeholders import frame_holder
from .framed import SAYS, framed, tokens_of
from .interviews import ANSWER_LABEL, ANSWER_TURNS, OWN_VIEW, QUESTION_LABEL, interviews, own_estimates
from .opposites import opposite_pairs
from .stances import stance_pairs
from .replies import replies
from .quotedreplies import quoted_replies
from .disputefloors import floor_replies
from .disputeevidence import met_by_evidence
from .blockauthors import with_block_authors
from .exchanges import exchanges
from .rejections import rejected_reports
from .turns import turn_disputes
from .disputeanswers import answered_both_ways
from .contenddoubt import doubts_answered, with_doubt
from .views import answered_views, camps, echoes, quoted_back, rejected_quotes, reported_views
from .statements import clean_statement
from .text import Sentence, is_whole_sentence, to_simplified

__all__ = ["find_disputes", "topic_pairs"]

#: A phrase quoted as someone's claim ("给出'…'的判断", "报告说影响'可以忽略不计'", "所谓'…'").
_CLAIMED = re.compile(r"(?:[说称指]|所谓|给出|认为)[^，。“”「」]{0,6}[“「『\"]([^“”「」『』\"]{4,40})[”」』\"]|"
                      r"[“「『\"]([^“”「」『』\"]{4,40})[”」』\"](?:的|这[个一种]?)?(?:判断|说法|结论|观点|提法|论断)")


def find_disputes(sents: list[Sentence], topic_label: str, topic_terms, by_sentence, converters,
                  taken=lambda cite: False, authors=None, rejected=None) -> list[Contention]:
    """Contentions the text states itself (see the module's docstring); ``taken(citation)``: a
    sentence another contention already cites, left to it; ``authors``: the authored blocks of the
    pages (``exchanges.block_authors``), whose exchanges are disputes too; ``rejected``: the reports and their
    rejections (``rejections.rejected_reports``), when the caller has them."""
    names = tuple(topic_terms) + ((topic_label,) if topic_label else ())
    stop = topic_pairs(topic_label, topic_terms)
    cache: dict = {}

    def tokens(s: Sentence) -> set[str]:
        key = (s.article, s.index)
        if key not in cache:
            cache[key] = tokens_of(s, stop)
        return cache[key]

    by_article: dict[str, list[Sentence]] = {}
    for x in sents:
        by_article.setdefault(x.article, []).append(x)
    at = {(x.article, x.index): x for x in sents}

    def before(x: Sentence):
        """The sentence before ``x`` in its paragraph, or None."""
        y = at.get((x.article, x.index - 1))
        return y if y is not None and y.paragraph == x.paragraph else None

    known: dict[str, dict[str, Speaker]] = {}  # article → simplified name → a holder the attributions name
    for (art, _), sps in by_sentence.items():
        for sp in sps:
            known.setdefault(art, {}).setdefault(to_simplified(sp.name, "zh-Hant"), sp)
    raw, quoted = [], {}
    for art, ss in by_article.items():
        raw += framed(ss, by_sentence, tokens)
        raw += interviews(ss, by_sentence)
        raw += own_estimates(ss, by_sentence)
        raw += [(a, b) for a, b, _, _ in turn_disputes(ss)]
        raw += answered_both_ways(ss)  # a question asked, two others answering it yes and no
        raw += doubts_answered(ss, by_sentence)  # "也有人质疑…。X认为，「…是必然的，但…」"
        raw += reported_views(ss, sents) + answered_views(ss, by_sentence) + quoted_back(ss, by_sentence) + camps(ss) + \
            echoes(ss, sents) + rejected_quotes(ss) + replies(ss, stop) + floor_replies(ss, stop) + met_by_evidence(ss)
        raw += exchanges(ss, authors or {}, stop)
        pairs, held = quoted_replies(ss, authors)  # a reply quoting whom it answers ("回应X的回复：…"): X holds the words
        raw += pairs
        quoted.update(held)
    raw += rejected_reports(sents, stop) if rejected is None else list(rejected)  # (a report, the answer rejecting it)
    raw = [_camp_opened(found, by_article) for found in raw]
    if authors:
        by_sentence = with_block_authors(sents, by_sentence, authors)  # the sides' holders: a post's words its author's
    if quoted:
        by_sentence = ChainMap(quoted, by_sentence)
    def simple(c: Citation) -> str:
        return converters[c.article](c.quote) if c.article in converters else c.quote

    built = []
    for found in raw:
        a_part, b_part, asked = found[0], found[1], found[2:3]  # (the question, when the page asks it)
        g = [[_item(x) for x in a_part], [_item(x) for x in b_part]]
        if not any(taken(c) for c, _ in g[0] + g[1]):
            built.append(g + list(asked))
        elif len(g[0]) + len(g[1]) > 2 and not taken(g[0][0][0]) and not taken(g[1][0][0]):
            # a later sentence of a side cited by another contention (its argument on another question):
            # the side keeps what is its own
            g = [[it for it in g[0] if not taken(it[0])], [it for it in g[1] if not taken(it[0])]]
            built.append(g + list(asked))
    groups = join_quotes(built, simple)
    _recruit(groups, sents, simple)
    groups = join_quotes(groups, simple)
    _opposites(groups, sents, topic_terms, by_sentence, taken)
    groups = join_subjects(groups, simple, frozenset(names))
    out = []
    for g in groups:
        g[0] = _claims_not_questions(g[0], sents, simple)
        a_items, b_items = g[0], g[1]
        if not a_items:
            continue  # only an interviewer asked it: nobody the reader can check holds the claim
        a = _side("持此看法", a_items, by_sentence, topic_label, simple, before=before)
        a = with_doubt(a, a_items[0][1])  # "也有人质疑…": the doubt states the side, its facts back it
        own = next((it for it in b_items if OWN_VIEW.search(it[1].simple)), None) or \
            _answering(b_items, a.statement, simple)
        b = _side("质疑或反对", b_items, by_sentence, topic_label, simple, own, before, answer=True)
        if a.statement == b.statement or _no_argument(a.statement) or _no_argument(b.statement):
            continue  # a side that only says it disagrees ("家长们显然并不买账。") tells the reader nothing
        holders_b = {sp.name for sp in b.speakers}
        a = Side(a.label, (), a.citations, a.statement, tuple(sp for sp in a.speakers if sp.name not in holders_b)
                 or _head_named(a_items[0][1], known, holders_b))
        cid = "contention-" + hashlib.sha1("".join(c.article + c.quote for c in a.citations + b.citations)
                                           .encode()).hexdigest()[:6]
        claim = _claim_clause(a.statement)
        if cjk(claim) < 10 and len(a.citations) > 1 and a.citations[1].paragraph == a.citations[0].paragraph \
                and not STRONG.search(simple(a.citations[1])):
            # "我认为冲击有限。": too short to be asked alone, its argument follows it
            claim = claim.rstrip("。") + "，" + _claim_clause(clean_statement(simple(a.citations[1]), topic_label,
                                                                           keep_frame=True))
        asked = g[2] if len(g) > 2 and g[2] and cjk(g[2]) >= 8 else \
            _deferred(a.statement) or _deferred(b.statement) or _contested(claim, b.statement)
        out.append(Contention(id=cid, topic=_question_text(asked), a=a, b=b))
    return out


#: A side deferring a question it names ("判断C919是否能够打破…格局现在言之过早"): the question disputed.
_DEFERRED = re.compile(r"(?:判断|断言|讨论|说|认为|预言)(?P<q>[^，。；“”「」\"]{2,24}?(?:是否|能否|会否|会不会|能不能|可否)"
                       r"[^，。；“”「」\"]{2,30}?)[”」\"]?(?:现在|目前|还|尚|都)?(?:言之过早|为时过早|为时尚早)")


#: The other camp of a split ("另一派则认为", "另一方却主张"): it answers the first camp's view as a whole.
_OTHER_CAMP = re.compile(r"^(?:[但而不过然]{1,2}[，,]?)?另(?:一|有一)?(?:派|方|些人|部分人|种意见|种观点|种看法|种声音)")
#: A sentence opening a camp's view by naming its holder ("有经济师指，…", "有分析认为…", "部分学者认为…").
_CAMP_OPENS = re.compile(r"^(?:[但而不过然]{1,2}[，,]?)?(?:有|部分|一些|一派|一方|不少|多数|有的)[^，。；：“”「」]{0,12}?"
                         r"(?:认为|指出?|表示|称|说|相信|担心|主张|预计)")
#: Sentences before a camp frame, in its paragraph, searched for where the first camp's view opens.
_CAMP_REACH = 4


def _camp_opened(found: tuple, by_article: dict) -> tuple:
    """A dispute whose answer is the other camp of a split ("有经济师指，单靠减息降准，内需难以真正回暖。PPI已连续…。
    另一派则认为，…"): its claim runs from the sentence opening the first camp's view to the frame, not only the
    sentence just before (a fact of that view's argument). Unchanged when no such opening is in the paragraph."""
    a_part, b_part = found[0], found[1]
    if not a_part or not b_part or len(a_part) != 1 or isinstance(a_part[0], tuple) or \
            isinstance(b_part[0], tuple) or not _OTHER_CAMP.match(b_part[0].simple):
        return found  # (a part of a sentence, "(sentence, verbatim part)", keeps what its finder cut)
    a, frame = a_part[0], b_part[0]
    if a.paragraph != frame.paragraph or _CAMP_OPENS.match(a.simple):
        return found
    ss = by_article.get(a.article, [])
    k = next((j for j, x in enumerate(ss) if x is a), None)
    if k is None:
        return found
    for j in range(k - 1, max(-1, k - 1 - _CAMP_REACH), -1):
        x = ss[j]
        if x.paragraph != a.paragraph:
            break
        if _CAMP_OPENS.match(x.simple) and is_whole_sentence(x.original):
            return (ss[j:k + 1], b_part) + tuple(found[2:])
    return found


def topic_pairs(topic_label: str, topic_terms) -> frozenset:
    """The pairs of characters of the topic's own names (no evidence that two sentences speak of one thing)."""
    names = tuple(topic_terms) + ((topic_label,) if topic_label else ())
    return frozenset(w[i:i + 2] for w in names for i in range(len(w) - 1))


def _deferred(statement: str) -> str:
    """The question a side says it is too early to answer, asked ("C919是否能够打破…格局？"), or ''."""
    m = _DEFERRED.search(statement)
    q = m.group("q") if m else ""
    if not q or re.match(r"(?:他|她|它|其|这|那|此)", q) or cjk(q) < 8:
        return ""
    return q


def _no_argument(statement: str) -> bool:
    """A side's statement that is a frame and nothing else ("但这个说法，家长们显然并不买账。", "也有专家持不同看法。")."""
    m = STRONG.search(statement)
    return bool(m) and (cjk(statement) <= 16 or cjk(statement[m.end():]) <= 2)


def _head_named(x: Sentence, known: dict, other: set[str]) -> tuple[Speaker, ...]:
    """The holder a side's first sentence names at its head before a saying verb ("郑宇翔以南韩为例指出，…"),
    one the attributions know in its article and not on the other side; () when none."""
    head = re.split(r"[，,：:]", x.simple, maxsplit=1)[0][:24]
    others = {to_simplified(o, "zh-Hant") for o in other}
    hits = [sp for n, sp in known.get(x.article, {}).items() if len(n) >= 2 and n in head and n not in others
            and re.search(re.escape(n) + SAYS, head)]
    return (hits[0],) if len(hits) == 1 else ()


def _opposites(groups, sents, topic_terms, by_sentence, taken) -> None:
    """Holders saying opposite things of the same subject (``opposites``): the opposite of a side
    joins the other side; a pair on no side yet is a dispute of its own."""
    def holder_of(x: Sentence):
        return by_sentence.get((x.article, x.index), ()) or frame_holder(x)

    where = {}
    for gi, g in enumerate(groups):
        for k in (0, 1):
            for _, x in g[k]:
                where[(x.article, x.index)] = (gi, k)
    pairs = [(a, b, clause, a, b) for a, b, clause in opposite_pairs(sents, topic_terms, holder_of)]
    pairs += stance_pairs(sents, topic_terms, holder_of)  # (their items: a sentence or its part taking the stance)
    for a, b, clause, part_a, part_b in pairs:
        ka, kb = where.get((a.article, a.index)), where.get((b.article, b.index))
        if ka and kb:
            continue
        if ka or kb:
            (gi, k), other, part = (ka, b, part_b) if ka else (kb, a, part_a)
            item = _item(part)
            if not taken(item[0]):
                groups[gi][1 - k].append(item)
                where[(other.article, other.index)] = (gi, 1 - k)
            continue
        items = [[_item(part_a)], [_item(part_b)], clause]
        if not any(taken(c) for c, _ in items[0] + items[1]):
            groups.append(items)
            where[(a.article, a.index)] = (len(groups) - 1, 0)
            where[(b.article, b.index)] = (len(groups) - 1, 1)


def _claims_not_questions(items, sents, simple) -> list:
    """A side's claim as someone states it, never an interviewer's question: the questions go when
    the side has a stated claim; a side that is only questions takes the sentence, in any article,
    that states what the question quotes ("问：X说首轮排放「一切正常」，你怎么看？" → the sentence
    saying "一切正常" outside a question); none: the side is empty (nobody holds the claim)."""
    asked = [it for it in items if QUESTION_LABEL.match(it[1].simple)]
    if not asked:
        return items
    stated = [it for it in items if it not in asked]
    if stated:
        return stated
    phrases = {norm(m.group(1)) for _, x in asked for m in QUOTED.finditer(x.simple)}
    phrases = sorted((p for p in phrases if len(p) >= 4), key=len, reverse=True)
    for p in phrases:
        for x in sents:
            if QUESTION_LABEL.match(x.simple) or ANSWER_LABEL.match(x.simple) or STRONG.search(x.simple) \
                    or not is_whole_sentence(x.original) or p not in norm(x.simple):
                continue
            if any(x.article == q.article and x.para_index == q.para_index + 1 for _, q in asked):
                continue  # the answer to the question, not the claim it asks about
            return [_item(x)]
    return []


#: Pairs of characters any spoken turn shares with any other (fillers and function words): no common subject.
_FILLER = frozenset(("就是", "但是", "这个", "那个", "然后", "其实", "我们", "觉得", "认为", "因为", "所以", "可以",
                     "一个", "没有", "这是", "不是", "的话", "现在", "这样", "那么"))


def _contested(claim: str, answer: str) -> str:
    """The claim from its first clause the answer speaks of (shares two characters in a row with):
    "公司营收有七成来自中国市场，禁令对中小出口商是灭顶之灾" against "禁令对整体经济的冲击有限" asks
    about the ban."""
    if cjk(claim) <= 24:
        return claim  # a short claim is asked whole
    pairs = {answer[i:i + 2] for i in range(len(answer) - 1)} - _FILLER
    parts = re.split(r"(?<=[，,；;])", claim)
    for k, part in enumerate(parts):
        if any(part[i:i + 2] in pairs for i in range(len(part) - 1) if re.match(r"[\u4e00-\u9fff]{2}", part[i:i + 2])):
            rest = "".join(parts[k:])
            return rest if cjk(rest) >= 8 else claim
    return claim


def _claim_clause(statement: str) -> str:
    """The claim without its holder's frame ("X认为，…" → "…"), for the question."""
    statement = re.sub(r"^[【\[][^】\]]{1,8}[】\]]\s*", "", statement)  # a dispatch's label ("【编译】")
    m = re.match(r"^[^，。“”「」]{2,30}?(?:认为|表示|指出?|称|说|强调|宣布|预测|推估|预计|测算|估计|警告|报道|报导)(?:称|说)?(?:过)?[，,：:]",
                 statement) or \
        re.match(r"^(?:我|我们|笔者)(?:个人)?(?:认为|觉得|看来|判断)[，,]?", statement) or \
        re.match(r"^据[^，。“”「」]{1,20}?(?:介绍|报道|透露|表示|称|说)[，,]", statement) or \
        re.match(r"^[^，。；“”「」：:]{2,30}[：:]\s*", statement)  # a speaker's label ("X：“…”")
    rest = statement[m.end():] if m and len(statement) - m.end() >= 4 else statement
    return rest.translate(str.maketrans("", "", "“”「」『』\"")).lstrip("，,：: ")


def _item(x) -> tuple[Citation, Sentence]:
    """(citation, sentence) of a whole sentence or of a (sentence, verbatim part) pair."""
    if isinstance(x, tuple):
        s, quote = x
        return Citation(s.article, s.paragraph, quote), s
    return Citation(x.article, x.paragraph, x.original.strip()), x


def _recruit(groups, sents, simple) -> None:
    """A claim quoted on side a ("给出'国产替代空间在百亿元级别'的判断") brings in the sentence of
    another article that makes it."""
    cache: dict[tuple[str, int], str] = {}

    def normed(x: Sentence) -> str:
        key = (x.article, x.index)
        if key not in cache:
            cache[key] = norm(x.simple)
        return cache[key]

    for g in groups:
        arts = {c.article for c, _ in g[0]}
        have = {c for c, _ in g[0] + g[1]}
        claimed = {norm(m.group(1) or m.group(2)) for c, _ in g[0] for m in _CLAIMED.finditer(simple(c))}
        for p in sorted((p for p in claimed if len(p) >= 6), key=len, reverse=True):
            for x in sents:
                if x.article in arts or p not in normed(x) or not is_whole_sentence(x.original):
                    continue
                c = Citation(x.article, x.paragraph, x.original.strip())
                if c in have or STRONG.search(x.simple) or ANSWER_TURNS.search(x.simple[:8]):
                    continue
                g[0].append((c, x))
                have.add(c)
                break
