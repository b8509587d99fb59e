"""Whether a quote supports a point's statement: it makes the same claim, not merely shares a
figure, a date, a facet word or the topic's name with it (issue 13, property 2).

``supports`` reads the statement's claim words (``claim_words``: not its dates, spans or list
words); a market move or a funding round is whose it is (``_movers``); a quote that only names its
speaker ("…则直言") or negates the claim's facet supports nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .claimkeys import nominal
from .figurekeys import _HEDGES
from .general import FACETS, OWNED_FACETS, THEME_FACETS
from .namewords import word_tag
from .taxonomy import Taxonomy
from .text import cjk_len, content_tokens, mainland_tokens

#: Share of a statement's claim words a quote must repeat to count as a source of it, and how
#: many at least: a quote sharing only the topic or a broad word or two ("算力需求", "视频") states
#: something else. A paraphrase ("录播" / "录制好的视频") counts when it has the statement's facet
#: and a word of it, or ``PARAPHRASE_MIN`` of its words and a ``PARAPHRASE_LINK`` link.
CLAIM_SHARE = 0.2
CLAIM_MIN = 3
PARAPHRASE_MIN = 2
PARAPHRASE_LINK = 0.7
#: A quote linked to the statement at least this surely (wording and structure, ``grouping.link``)
#: carries it with ``CLAIM_MIN`` of its words, the model names and codes both name ("RTX 3060",
#: "EX30", "PS5") counted: another outlet's short quote of a long statement cannot repeat a fifth
#: of its words ("我电脑是RTX 3060的，开高画质有点卡，有时候还闪退" under a player's report of
#: crashes on an RTX 3060 at high settings).
NEAR_LINK = 0.5
#: A magnitude word opening a token ("万辆", "亿元"): a figure's unit, not a word of the claim.
_MAGNITUDE = re.compile(r"^[万亿千百]")
#: A model name or code: Latin letters with digits, or three letters and more ("rtx", "ex30"); never
#: a bare number (a year, a figure: "2030" in two sentences is no shared thing).
_CODE = re.compile(r"[a-z][a-z0-9]*\d[a-z0-9]*|\d+[a-z][a-z0-9]*|[a-z]{3,}")


#: Words that place a claim in time or in a list but say nothing of what is claimed: a shared
#: date ("8月24日起" / "7月7日起"), span or list word is no sign of the same claim.
_FRAME_WORD = re.compile(r"\d|[年月日号]起?$|^(?:截至|截止|包括|此前|此后|目前|其中|以来|之后|以后|当日|当天|今年|去年|明年|"
                         r"分钟|小时|期间|近日|日前|随后|同日|首日|次日|上旬|中旬|下旬|月初|月底|年初|年底|部分)$")


#: A statement's opening frame naming its source ("国家金融监督管理总局数据显示，", "据某研究院统计，",
#: "某券商分析师表示，"): who says it, not what is claimed, so no sign that a quote makes the same claim.
_SOURCE_FRAME = re.compile(r"^(?:据[^，。；：“”「」]{2,30}?[，,]|[^，。；：“”「」]{2,30}?(?:数据显示|统计显示|调查显示|报告显示|"
                           r"表示|认为|指出|称|介绍|透露|预计|估计)[，,：:])")


def claim_words(statement: str) -> tuple[str, ...]:
    """The words of a statement that say what it claims: not its dates, spans or list words, nor its
    opening source frame."""
    claim = _SOURCE_FRAME.sub("", statement, count=1)
    return tuple(t for t in dict.fromkeys(content_tokens(claim or statement))
                 if cjk_len(t) >= 2 and not _FRAME_WORD.search(t))


#: A quote that ends on its reporting verb ("…孙立航则直言", "…表示："): the words are elsewhere.
_FRAME_ONLY = re.compile(r"(?:表示|认为|指出|直言|坦言|强调|称|说|透露|介绍|提到|写道)[：:，,]?[”」]?$")


#: A sentence that only says someone took a stance, not what it is ("…比塞勒则对报告提出批评",
#: "…梁家慧则持不同看法"): one clause ending on the stance's name.
_STANCE_ONLY = re.compile(r"^[^，,；;：:]*(?:提出|表达|发表|持|表示)了?[^，,。；]{0,4}"
                          r"(?:批评|质疑|异议|担忧|忧虑|反对|看法|意见|观点)[。！!]?[”」]?$")
#: A sentence opening on a contrast ("但这份报告本身写得很清楚…", "不过…") qualifies what came
#: before it; joined to a claim only by shared words, it is a caveat, not a source.
_CONTRAST = re.compile(r"^[“「]?(?:但|但是|不过|然而|可是|只是)")


#: A day of the month a sentence dates what it reports by ("8月24日", "26日"; never "500日元").
_DAY = re.compile(r"(?:(\d{1,2})\s*月\s*)?(?<![\d.])(\d{1,2})\s*日(?![元圆圓本])")


def _days(text: str) -> set[tuple[int | None, int]]:
    out = set()
    month = None
    for m in _DAY.finditer(text):
        month = int(m.group(1)) if m.group(1) else month  # "8月24日、25日": both in August
        out.add((month, int(m.group(2))))
    return out


def other_day(statement: str, quote_simple: str) -> bool:
    """Whether a quote dates what it reports to another day than the statement does ("今年7月7日
    起，海关已禁止…" under "香港自8月24日起禁止…"; a rally on the 26th under a protest on the
    24th): another event, whatever words the two share. A day given without its month matches
    that day of any month."""
    mine, theirs = _days(statement), _days(quote_simple)
    if not mine or not theirs:
        return False
    return not any(d1 == d2 and (m1 is None or m2 is None or m1 == m2) for m1, d1 in mine for m2, d2 in theirs)


def near_day(statement: str, quote_simple: str) -> bool:
    """Whether every day a quote gives is at most one day from one the statement gives, in the same
    month ("9月14日举行记者会" / "9月15日召开新闻发布会"): two outlets disagreeing on the day of one
    event, when they report it in the same words (``points``), not two events."""
    mine, theirs = _days(statement), _days(quote_simple)
    return bool(mine and theirs) and all(
        any(abs(d1 - d2) <= 1 and (m1 is None or m2 is None or m1 == m2) for m1, d1 in mine) for m2, d2 in theirs)


def frame_only(quote_simple: str) -> bool:
    """Whether a quote names who speaks but not what they say: it ends on its reporting verb
    ("…孙立航则直言：") or on the name of a stance ("…则对报告提出批评")."""
    return bool(_FRAME_ONLY.search(quote_simple) or _STANCE_ONLY.search(quote_simple))


#: A sentence that reports someone's claim and then turns on it ("恒大自己说保交楼不受影响，可是…
#: 很多屋主其实不太相信"): its own claim is the turn.
_REPORTED_TURN = re.compile(r"^[^，,。]{0,30}(?:说|称|表示|声称|宣称|强调|承诺)[^。]{0,40}[，,](?:可是|但是|但|然而|不过)")


def caveat(sentence_simple: str, statement: str) -> bool:
    """Whether a sentence opens on a contrast the statement does not, or reports the claim only to
    turn on it ("X说…，可是…"): it qualifies or disputes, not supports."""
    if _CONTRAST.match(sentence_simple) and not _CONTRAST.match(statement):
        return True
    return bool(_REPORTED_TURN.search(sentence_simple)) and not _REPORTED_TURN.search(statement) \
        and not re.search(r"[，,](?:可是|但是|但|然而|不过)", statement)


def _movers(text: str, facets) -> frozenset[str]:
    """The words of the clauses where a text says a move that is someone's own happened (a share
    price's rise or fall, a funding round), besides the move's own and ordinary words: whose it is."""
    return _facet_clauses(text, facets & OWNED_FACETS)


def _facet_clauses(text: str, facets) -> frozenset[str]:
    """The words of the clauses where a text uses these facets' words, besides those words and
    ordinary ones: what the facet is said of (whose fall, which subsidy, whose copyright)."""
    words = tuple(w for f in sorted(facets) for w in FACETS.get(f, ()))
    out: set[str] = set()
    for clause in re.split(r"[，。；！？,;：:]", text):
        if any(w in clause for w in words):
            # (a name glued to the figure after it, "Adobe2 月 16 日", is the name)
            out.update(re.sub(r"(?<=[a-z])\d+$", "", t.lower()) for t in content_tokens(clause)
                       if (cjk_len(t) >= 2 or len(t) >= 2) and not any(w in t or t in w for w in words)
                       and t not in _ORDINARY_WORDS and not re.fullmatch(r"[\d.%]+", t)
                       and not _FRAME_WORD.search(re.sub(r"(?<=[A-Za-z])\d+$", "", t)))
    return frozenset(out)


@lru_cache(maxsize=1 << 17)  # (strings and frozensets: a quote weighed again on the next save is looked up)
def supports(quote_simple: str, claim: tuple[str, ...], linked: float = 0.0,
             facets: frozenset = frozenset(), topic: frozenset = frozenset(), statement: str = "") -> bool:
    """Whether a (simplified) quote repeats enough of the statement's claim words to carry it, or
    says it in other words: a shared facet of the claim (a share price falling, a demo that was
    recorded) with a word of it besides the facet's own (for a move that is someone's own, a
    share price or a funding round, a word naming whose: "下跌" alone joins 雪天盐业's fall to
    日本水产's), two for a theme facet, or a strong link (not counting a shared figure) with two
    of its words, or a close link (``NEAR_LINK``) with ``CLAIM_MIN`` of its words, hedges and
    units aside, model names and codes counted."""
    if not claim:
        return True
    # (words of Taiwan or Hong Kong usage as their mainland words, on both sides: "硬体" is "硬件")
    words = set(mainland_tokens(content_tokens(quote_simple)))
    claim = tuple(dict.fromkeys(mainland_tokens(claim)))
    own = tuple(w for f in facets for w in FACETS.get(f, ()))
    beyond = [t for t in claim if t in words and not any(w in t or t in w for w in own)]
    shared = sum(1 for t in claim if t in words)
    if facets - THEME_FACETS - OWNED_FACETS and shared >= 1:
        return True
    if facets & OWNED_FACETS and statement:
        # whose move: the words of the clause the move is in ("供应商蓝海光电股价大跌6%" is not
        # "对手月光科技股价大跌6%", whatever else the sentences share)
        mine, theirs = _movers(statement, facets), _movers(quote_simple, facets)
        if mine and theirs and not mine & theirs:
            return False
    if facets & OWNED_FACETS and any(t not in _ORDINARY_WORDS and t not in topic and _whose(t) for t in beyond):
        return True
    if facets:
        # a theme facet: two claim words besides the theme's own ("差距", "版权" …), and the theme
        # said of the same thing: "旅游局还将发放消费补贴" is not "市政府…为岛上商户提供补贴"
        themes = facets & THEME_FACETS
        if themes and statement:
            mine, theirs = _facet_clauses(statement, themes), _facet_clauses(quote_simple, themes)
            mine, theirs = {t for t in mine if nominal(t)}, {t for t in theirs if nominal(t)}
            if mine and theirs and not _overlap(mine, theirs):
                return False
        if len(beyond) >= PARAPHRASE_MIN:
            return True
    if shared >= PARAPHRASE_MIN and linked >= PARAPHRASE_LINK:
        return True
    # by words alone: the topic's own name (and the pieces it is cut into, "文心"/"一言") is in
    # every sentence and says nothing of which claim a quote makes
    claim = tuple(t for t in claim if t not in topic)
    shared = sum(1 for t in claim if t in words)
    if linked >= NEAR_LINK and statement:
        # (a hedge, "超过", "预计", says how sure or near a figure is, and a magnitude with its
        # counter, "万辆", how much: neither says what is claimed)
        named = sum(1 for t in claim if t in words and t not in _HEDGES and not _MAGNITUDE.match(t))
        if named + len(_codes(statement) & _codes(quote_simple) - topic) >= CLAIM_MIN:
            return True
    return bool(claim) and shared >= min(CLAIM_MIN, len(claim)) and shared >= CLAIM_SHARE * len(claim)


def _codes(text: str) -> set[str]:
    """The model names and codes a text gives (``_CODE``), lower-cased."""
    return set(_CODE.findall(text.lower()))


def _pieces(word: str) -> set[str]:
    """A compound and the dictionary words of two characters or more it is made of ("投资收益" →
    投资收益, 投资, 收益)."""
    out = {word}
    if cjk_len(word) >= 3:
        out.update(w for w in (word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1))
                   if w != word and word_tag(w) and nominal(w))
    return out


def _overlap(mine, theirs) -> bool:
    """Whether two sets of words name a common thing, also when written as different compounds
    of one word ("投资收益" / "投资回报" / "投资报酬": 投资)."""
    if mine & theirs:
        return True
    a = set().union(*(_pieces(w) for w in mine))
    return bool(a & set().union(*(_pieces(w) for w in theirs)))


def _whose(word: str) -> bool:
    """A word that can say whose a move is: a name (a company, a person, a product; not a place,
    "中国" is in every story) or a word the dictionary lacks ("雪天盐业")."""
    tag = word_tag(word)
    return not tag or tag[:2] in ("nr", "nt", "nz") or tag in ("eng", "j")


#: Words of a market move that say nothing of whose it is.
_ORDINARY_WORDS = frozenset("股价 股票 个股 板块 市场 盘中 收盘 交易日 一度 报收 累计 公司 企业 行业 产业 概念股".split())


def _owner_names(statement: str, topic: frozenset) -> tuple[str, ...]:
    """The names in a statement: words the dictionary does not know or tags as a name of a
    person, place or organisation ("当虹", "暗面", "adobe"), not the topic's own."""
    out = []
    for t in dict.fromkeys(content_tokens(statement)):
        tag = word_tag(t)
        latin = t.isascii()
        if t in topic or t.lower() in {x.lower() for x in topic} or re.fullmatch(r"[\d.%]+", t):
            continue
        if (not tag and (latin and len(t) >= 3 or cjk_len(t) >= 2 and _unknown_noun(t))) or tag[:2] in ("nr", "nt", "ns"):
            # a name glued to the figure after it ("Adobe2 月 16 日"): the name without the digits
            out.append(re.sub(r"(?<=[a-z])\d+$", "", t.lower()) if latin else t.lower())
    return tuple(out)


@lru_cache(maxsize=1 << 12)
def _unknown_noun(word: str) -> bool:
    """A word the dictionary lacks reads as a name unless it ends on a verb, adverb, pronoun,
    adjective or function word ("受此", "大涨" are phrases; "当虹", "暗面" may be names)."""
    import jieba.posseg as posseg

    pieces = posseg.lcut(word)
    return bool(pieces) and not pieces[-1].flag[:1] in ("v", "r", "d", "a", "p", "u", "c", "m", "q", "t", "f", "z")


_NEGATED = re.compile(r"(?:未|没|没有|不|无|并未|从未)(?:被|遭|受)?$")


def negates(text_simple: str, facets) -> bool:
    """Whether a text says a facet of the claim did not happen: each of its facet words there is
    negated just before ("未被审查", "没有被中止", "不会被屏蔽")."""
    found = [(m.start(), w) for f in sorted(facets) for w in FACETS.get(f, ())
             for m in re.finditer(re.escape(w), text_simple)]
    return bool(found) and all(_NEGATED.search(text_simple[max(0, i - 4):i]) for i, _ in found)


def _carries_facet(quote_simple: str, facets) -> bool:
    """A quote that itself says the specific claim its statement says, in its own words ("录播",
    "录制好的视频", "提前录屏": the demo was recorded): a source of it, whatever else it shares."""
    from .claimfacets import SHAPED_FACETS  # (a facet read from the sentence's shape: "招不到人", "排了好几个小时")

    specific = set(facets) - THEME_FACETS - OWNED_FACETS
    return any(w in quote_simple for f in sorted(specific) for w in FACETS.get(f, ())) \
        or any(SHAPED_FACETS[f].search(quote_simple) for f in sorted(specific) if f in SHAPED_FACETS)


def _names(statement: str, tax: Taxonomy) -> tuple[str, ...]:
    """The names a statement gives besides the topic: the editor's organisations and people, and
    words in Latin letters ("Adobe", "MiniMax")."""
    topic = {t.lower() for t in tax.topic_terms} | {tax.topic_label.lower()}
    found = [n for n in tax.orgs + tax.persons if n in statement]
    found += re.findall(r"[A-Za-z][A-Za-z\-]{2,}", statement)
    return tuple(dict.fromkeys(n for n in found if n.lower() not in topic))


def _names_shared(names: tuple[str, ...], quote_simple: str) -> bool:
    low = quote_simple.lower()
    return any(n.lower() in low for n in names)


# a quote that says the statement's words the other way round ------------------------------------

#: Words that deny what follows them in their clause ("并非单纯靠补贴", "不是X而是Y": X, "难以盈利",
#: "不会造成失业", "而非…").
_DENIERS = re.compile(r"并非|并不|并未|并没有?|不是|不再|不会|不能|不可能|难以|很难|无法|没有|未能|从未|"
                      r"绝非|而非|决非|毫无|谈不上|算不上|称不上|不至于")
#: A single-character denial right before a word ("不盈利", "未获批", "没涨"), not one of the
#: everyday words that merely begin with one ("无人车", "非常", "未来", "不断", "无论").
_DENY_CHAR = re.compile(r"[不未没非无]")
_NOT_A_DENIAL = re.compile(r"无人|非常|未来|不断|不少|不久|不同|不错|无论|不管|非法|无线|不仅|不只|不光|不但|不单|不止|"
                           r"不得不|不能不|不可不|无不|未尝不|不外乎")
#: Before a denied word, words that turn the denial into an addition or a double negation ("不仅是
#: 补贴", "不得不涨价"), or a turn after which the word is affirmed ("不是补贴，而是成本": 成本).
_ADDS = re.compile(r"不仅|不只|不光|不但|不单|不止|不得不|不能不|不可不|无不|未尝不")
_TURN = re.compile(r"而是|而|但是|但|却|只是|反倒|反而")
#: A clause that only supposes ("如果没有补贴…", "一旦停止…"): it neither affirms nor denies.
_SUPPOSES = re.compile(r"如果|假如|要是|若是|倘若|一旦|除非|只要|万一|(?<![\u4e00-\u9fff])若")
#: Words that put a clause on the doubting side without a denial before the word ("距离盈利尚远",
#: "仍未…", "影响有限"): such a clause is never the affirmed side of a reversal.
_DOUBTS = re.compile(r"尚远|还远|远未|尚未|仍未|还未|为时|尚早|有限|不足|欠缺|缺乏|滞后|亏损|难度|困难|挑战|风险|存疑|质疑|怀疑|未必|不一定")
#: A denial after the word ("跟燃油成本没有关系", "与补贴无关").
_DENIED_AFTER = re.compile(r"^[^，。；]{0,4}?(?:无关|没有关系|没关系|关系不大|不相干)")
#: A word followed this closely by "的" modifies the noun after it, which is what a denial before
#: it denies ("这些都不是仓促发布的理由": not 仓促).
_MODIFIED_REACH = 4
#: A figure between a denial word and the word (or the word itself a figure's unit): the denial
#: bounds a quantity ("不足0.2港元", "不超过3辆").
_QUANTITY = re.compile(r"[\d%％]|[一二两三四五六七八九十百千万]+[个辆台名家元成倍]|百分之")
#: How far before a word a denial still reaches it within its clause.
_DENY_REACH = 8


def _denied_at(clause: str, at: int, word: str, others: tuple[str, ...] = ()) -> bool:
    """Whether the word at ``at`` of a clause is denied: a denial word shortly before it, with no
    turn ("而是", "但") between them, no addition ("不仅") or double negation, and none of
    ``others`` (the other words both texts share) between them: "不会影响境内子公司" denies 影响,
    what it affects is no claim of its own. A word followed closely by "的" modifies the noun
    the denial is of ("不是仓促发布的理由")."""
    if "的" in clause[at + len(word):at + len(word) + _MODIFIED_REACH]:
        return False
    start = max(0, at - _DENY_REACH)
    before = clause[start:at]
    turn = None
    for turn in _TURN.finditer(before):
        pass
    if turn is not None:
        start += turn.end()
        before = clause[start:at]
    if _ADDS.search(before):
        return False
    found = [m.end() for m in _DENIERS.finditer(before)]
    found += [i + 1 for i, ch in enumerate(before) if _DENY_CHAR.fullmatch(ch)
              and not _NOT_A_DENIAL.match(clause[start + i:start + i + 3])
              and not _NOT_A_DENIAL.match(clause[max(0, start + i - 1):start + i + 2])]
    if not found:
        return False
    between = before[max(found):]
    if _QUANTITY.search(clause[start + max(found) - 1:at + len(word)]):
        return False  # "不足0.2港元", "不到百分之一": a bound on a figure, not a denial
    return not any(o in between for o in others)


def _has_denial(clause: str) -> bool:
    """Whether a clause denies anything at all ("债权人也不支持": 债权人 is then not affirmed)."""
    return bool(_DENIERS.search(clause)) or any(
        not _NOT_A_DENIAL.match(clause[m.start():m.start() + 3])
        and not _NOT_A_DENIAL.match(clause[max(0, m.start() - 1):m.start() + 2]) for m in _DENY_CHAR.finditer(clause))


@lru_cache(maxsize=1 << 16)  # a point's statement is weighed against every quote of it
def _stance_of(text: str, word: str, others: tuple[str, ...] = ()) -> str:
    """How a text says a word: "denied" (every use of it denied), "affirmed" (never denied, and
    in clauses with no doubting word) or "" (mixed, supposed, doubted, or not said)."""
    states = set()
    clauses = re.split(r"[，。；！？,;!?：:\n]", text)
    for i, clause in enumerate(clauses):
        at = clause.find(word)
        while at >= 0:
            if _SUPPOSES.search(clause) or i and _SUPPOSES.search(clauses[i - 1]):
                # ("如果视频是根据小说生成的，它实际上是构成侵权的": the consequent supposes too)
                return ""
            if _denied_at(clause, at, word, others) or _DENIED_AFTER.match(clause[at + len(word):]):
                states.add("denied")
            elif _has_denial(clause) or _DOUBTS.search(clause):
                return ""
            else:
                states.add("affirmed")
            at = clause.find(word, at + len(word))
    return states.pop() if len(states) == 1 else ""


def _near(text: str, word: str, words: tuple[str, ...]) -> set[str]:
    """The claim words said around a word: in its clause and the clause before it (where its
    subject usually is: "低价有真实的成本基础，并非单纯靠补贴")."""
    clauses = re.split(r"[，。；！？,;!?：:\n]", text)
    out: set[str] = set()
    for i, clause in enumerate(clauses):
        if word in clause:
            around = "".join(clauses[max(0, i - 1):i + 1])
            out.update(w for w in words if w != word and w in around)
    return out


@lru_cache(maxsize=1 << 17)
def reverses(statement: str, quote_simple: str, topic: frozenset = frozenset()) -> bool:
    """Whether a quote says one of the statement's claim words the other way round, about the same
    thing: denied where the statement affirms it, or affirmed where the statement denies it, with
    another claim word of the statement said around it in both ("低价主要依靠补贴" / "低价有真实的
    成本基础，并非单纯靠补贴"; "短期内不会造成失业" / "已经造成失业"). Such a quote is evidence
    against the point, never a source of it. Words of the topic's name say nothing; a word shared
    in another role ("现有成熟短剧" / "Sora尽管不成熟") is no reversal."""
    words = tuple(w for w in claim_words(statement) if w not in topic and cjk_len(w) >= 2)
    shared = tuple(w for w in words if w in quote_simple)
    for w in shared:
        others = tuple(o for o in shared if o != w and w not in o)
        mine, theirs = _stance_of(statement, w, others), _stance_of(quote_simple, w, others)
        if mine and theirs and mine != theirs and _near(statement, w, words) & _near(quote_simple, w, words):
            return True
    return False
