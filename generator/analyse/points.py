"""Briefing points: classify whole sentences, group the same claim across sources, state it once.

1. Candidates: whole sentences (terminated, not furniture, not captions, not questions) about the
   topic (a topic term in the sentence or its paragraph).
2. Classify: each category scores its cue words (strong cues ×3) plus the signals of its kind
   (impact: effects; limit: problems); a sentence dominated by the other kind's signals is
   penalised. The best category wins if the score reaches ``THRESHOLD``.
3. Group: greedy clustering, strongest first, on TF-IDF cosine of content words — within a
   category at ``SAME_CAT``, across categories of the same kind at ``ANY_CAT``.
4. State: the most central, cleanest member becomes the statement, with the reporting frame,
   leading connectives and quotation marks removed; every member becomes a citation with its
   short verbatim quote (the clauses that carry the cue words).
"""

from __future__ import annotations

import hashlib
import math
from functools import lru_cache
import re
from collections import Counter
from dataclasses import dataclass, field

from .general import DENIALS, FACETS, OPPOSITE
from .model import Citation, Point, Speaker
from .taxonomy import CategoryRule, Taxonomy
from .text import (QUESTION, Sentence, cjk_len, clause_tokens, content_tokens, dot, is_whole_sentence,
                   unit, vector)

__all__ = ["Candidate", "classify", "candidates", "cluster", "recruit", "make_points", "short_quote",
           "clean_statement", "point_id", "THRESHOLD", "MAX_PER_CATEGORY", "MAX_POINTS"]

THRESHOLD = 3.0
SAME_CAT = 0.3
ANY_CAT = 0.6
ANY_CAT_ANCHORED = 0.45
FACET_BONUS = 0.3
HARD_BONUS = 0.25
RARE_BONUS = 0.12
CUE_BONUS = 0.15
#: A category word counts as an anchor when at most this share of the category's sentences use it.
KEY_CUE_SHARE = 0.3
#: A rare word is in at most this many sentences of the whole corpus.
RARE_DOCS = 4
#: A general category places a sentence the editor's categories also place only when it scores
#: this much higher (the editor's vocabulary is the more specific).
GENERAL_MARGIN = 3
CLAIM_SIGNAL = True
DENIAL_PENALTY = 4
#: Paragraphs after one naming the topic that are still about it.
TOPIC_REACH = 5
SIGNAL_BONUS = 0.12
MAX_PER_CATEGORY = 6
#: At most this many points in a briefing (pinned points always stay).
MAX_POINTS = 80
CLAUSE_WEIGHT = 0.85
KEY_TOKENS = 16
MAX_POSTING = 200

_CLAUSE = re.compile(r"[^，；：,;:]+[，；：,;:]?")


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


def _count(text: str, words: tuple[str, ...]) -> list[str]:
    low = text.lower().replace(" ", "")
    return [w for w, n in _normed(words) if n in low]


@lru_cache(maxsize=4096)
def _normed(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((w, w.lower().replace(" ", "")) for w in words)


#: A sentence that names the topic and says what it will do, can do or has done (modal or
#: effect predicate) is a claim: one category word and no signal word are enough.
_CLAIM = re.compile(r"将|会|有望|可能|可以|能够|预计|必然|或将|恐将|势必|正在|已经|开始|不再|无法|难以|做不到")


def is_claim(simple: str, tax: Taxonomy) -> bool:
    """Names the topic and carries a modal or effect predicate."""
    return bool(_CLAIM.search(simple)) and bool(
        _count(simple, tax.topic_terms) or (tax.topic_label and tax.topic_label.lower() in simple.lower()))


def classify(simple: str, tax: Taxonomy) -> tuple[CategoryRule, float, tuple[str, ...]] | None:
    """The best category for a simplified sentence, its score and the cue words found; or None.

    The editor's categories are tried first; a general category wins only with a higher score.
    A claim about the topic (``is_claim``) counts as one signal of the category's own kind."""
    imp = len(_count(simple, tax.impact_signals))
    lim = len(_count(simple, tax.limit_signals))
    claim = CLAIM_SIGNAL and is_claim(simple, tax)
    denied = bool(_count(simple, DENIALS))
    # the topic's own share price falling is a setback for it, not an effect it has
    own_fall = "stock-down" in _facets(simple) and "stock-up" not in _facets(simple) and bool(
        _count(simple, tax.topic_terms))
    best = None
    best_general = None
    for rule in tax.rules:
        cues = _count(simple, rule.cues)
        strong = _count(simple, rule.strong)
        if not cues and not strong:
            continue
        if own_fall and rule.category.kind == "impact":
            continue
        own, other = (imp, lim) if rule.category.kind == "impact" else (lim, imp)
        if own_fall:
            own, other = max(own, 1), 0
        if claim and not own and other <= 1:
            own = 1
        if not own and not strong:
            continue
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


_FIELD = re.compile(r"^[^，。：:“”「」\s]{1,8}[：:]")


def furniture(sentences: list[Sentence], topic_terms: tuple[str, ...]) -> set[tuple[str, int]]:
    """Sentences that are page furniture, by general rules (no list of phrases):

    * a card of fields: a run of 3+ consecutive ``名称：值`` paragraphs, 2+ of them short;
    * boilerplate: the same sentence, not naming the topic, in 3+ articles (an archive's notice,
      a newsletter's footer)."""
    out: set[tuple[str, int]] = set()
    by_para: dict[tuple[str, int], list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault((s.article, s.para_index), []).append(s)
    run: list[tuple[str, int]] = []

    def close():
        if len(run) >= 3 and sum(cjk_len(by_para[k][0].paragraph_simple) < 30 for k in run) >= 2:
            for k in run:
                out.update((s.article, s.index) for s in by_para[k])
        run.clear()

    last = None
    for key in sorted(by_para):
        if last is None or key[0] != last[0] or key[1] != last[1] + 1:
            close()
        if _FIELD.match(by_para[key][0].paragraph_simple.strip()):
            run.append(key)
        else:
            close()
        last = key
    close()
    seen: dict[str, set[str]] = {}
    for s in sentences:
        seen.setdefault(_norm(s.simple), set()).add(s.article)
    for s in sentences:
        if len(seen[_norm(s.simple)]) >= 3 and not _count(s.simple, topic_terms):
            out.add((s.article, s.index))
    return out


def _rival_limit(simple: str, hits: tuple[str, ...], tax: Taxonomy) -> bool:
    """A limit stated of something else: the clauses carrying the limit name another product or
    organisation as their subject and never the topic (\"Pika 只能生成 4 秒\" is not a Sora limit)."""
    others = tuple(o for o in tax.orgs if o not in tax.topic_terms and o != tax.topic_label)
    if not others:
        return False
    names_topic = bool(_count(simple, tax.topic_terms)) or bool(tax.topic_label and tax.topic_label in simple)
    if not names_topic and _count(simple, others):
        return True  # the sentence is about another product or company only
    clauses = [c for c in re.split(r"[，；。！？,;]", simple) if _count(c, tax.limit_signals) or _count(c, hits)]
    if not clauses or any(_count(c, tax.topic_terms) or (tax.topic_label and tax.topic_label in c)
                          or re.match(r"^(?:它|其)", c) for c in clauses):
        return False
    return any(re.match(r"^[^，]{0,6}?(?:" + "|".join(map(re.escape, others)) + ")", c) for c in clauses)


def candidates(sentences: list[Sentence], tax: Taxonomy) -> list[Candidate]:
    """Classified candidate sentences (whole, on topic, not furniture, scoring at least THRESHOLD).

    On topic: a topic term in the sentence, its paragraph or one of the two paragraphs before it
    (reporters name the subject once and then describe it for a few paragraphs).
    """
    on_topic: set[tuple[str, int]] = set()
    for s in sentences:
        if not tax.topic_terms or _count(s.paragraph_simple, tax.topic_terms):
            for k in range(TOPIC_REACH):
                on_topic.add((s.article, s.para_index + k))
    skip = furniture(sentences, tax.topic_terms)
    out = []
    for s in sentences:
        if not is_whole_sentence(s.original) or cjk_len(s.original) > 200:
            continue
        if (s.article, s.para_index) not in on_topic or (s.article, s.index) in skip:
            continue
        got = classify(s.simple, tax)
        if got:
            rule, score, hits = got
            if QUESTION.search(clean_statement(s.simple, tax.topic_label, hits)):
                continue  # the claim part is a question or a prompt
            if rule.category.kind == "limit" and _rival_limit(s.simple, hits, tax):
                continue
            sig = tax.impact_signals if rule.category.kind == "impact" else tax.limit_signals
            out.append(Candidate(s, rule.category.id, rule.category.kind, score, hits,
                                 signals=frozenset(_count(s.simple, sig))))
    return out


def _bigrams(simple: str) -> list[str]:
    """Character bigrams of the CJK and alphanumeric runs (spacing and punctuation ignored)."""
    runs = re.findall(r"[\u4e00-\u9fff]+|[a-z0-9]+", simple.lower())
    out = []
    for r in runs:
        if r.isascii():
            out.append(r)
        else:
            out.extend(r[i:i + 2] for i in range(len(r) - 1))
    return out


def _vectors(cands: list[Candidate], weights: dict[str, float], topic: frozenset = frozenset()) -> None:
    """Per candidate: a word TF-IDF vector of the sentence, an idf-weighted character-bigram vector
    (catches syndicated copy and differently segmented spellings) and word vectors of its clauses
    (the same claim is often one clause of a longer sentence)."""
    df: Counter = Counter()
    grams = []
    for c in cands:
        g = _bigrams(c.sentence.simple)
        grams.append(g)
        df.update(set(g))
    n = len(cands) or 1
    for c, g in zip(cands, grams):
        words = content_tokens(c.sentence.simple)
        c.vec = unit(vector(words, weights))
        c.cvec = unit({k: v * (math.log((1 + n) / (1 + df[k])) + 1.0) for k, v in Counter(g).items()})
        c.clauses = [v for v in (unit(vector(x, weights)) for x in clause_tokens(c.sentence.simple))
                     if len(v) >= 2]
        c.keys = tuple(sorted(c.vec, key=lambda t: (-c.vec[t], -len(t), t))[:KEY_TOKENS])
    _anchors(cands, topic, weights)


_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|亿|万|千|百|家|倍|秒|分钟|个|位|美元|元)")
_TITLED = re.compile(r"《([^》]{1,16})》|「([^」]{2,10})」|“([^”]{2,10})”")


def _corpus_size(weights: dict[str, float]) -> int:
    """The number of sentences an idf table was computed over (from its highest value)."""
    if not weights:
        return 0
    top = max(weights.values())
    return max(0, round(math.exp(top - 1.0) * 2 - 1))


def _facets(simple: str) -> frozenset[str]:
    low = simple.lower()
    return frozenset(f for f, words in FACETS.items() if any(w.lower() in low for w in words))


def _anchors(cands: list[Candidate], topic: frozenset = frozenset(), weights: dict | None = None) -> None:
    """Per candidate, what ties it to the same claim elsewhere, beyond shared wording: its facets,
    its figures and titles, and its rare words (in few candidate sentences, but in 2+ articles)."""
    weights = weights or {}
    # rare in the whole corpus too: in at most RARE_DOCS sentences (idf of the smoothed formula)
    n_all = _corpus_size(weights)
    rare_idf = math.log((1 + n_all) / (1 + RARE_DOCS)) + 1.0 if n_all else 0.0
    sf: Counter = Counter()
    arts: dict[str, set[str]] = {}
    toks = []
    for c in cands:
        ts = {t for t in c.vec if cjk_len(t) >= 2}
        toks.append(ts)
        sf.update(ts)
        for t in ts:
            arts.setdefault(t, set()).add(c.sentence.article)
    rare_max = max(3, len(cands) // 100)
    # a category word says which claim only when few of the category's sentences use it
    per_cat: Counter = Counter()
    cue_df: Counter = Counter()
    for c in cands:
        per_cat[c.category] += 1
        cue_df.update((c.category, h) for h in set(c.hits))
    for c in cands:
        n = per_cat[c.category]
        c.keyhits = frozenset(h for h in c.hits if cue_df[(c.category, h)] <= max(2, KEY_CUE_SHARE * n))
    for c, ts in zip(cands, toks):
        c.facets = _facets(c.sentence.simple)
        hard = {re.sub(r"\s", "", m.group(0)) for m in _FIGURE.finditer(c.sentence.simple)}
        hard |= {next(g for g in m.groups() if g) for m in _TITLED.finditer(c.sentence.simple)}
        c.hard = frozenset(hard - topic)
        c.rare = frozenset(t for t in ts if sf[t] <= rare_max and len(arts[t]) >= 2
                           and weights.get(t, 0.0) >= rare_idf)


#: Members of a group a candidate is compared with (average link over the first ones).
AVG_SAMPLE = 6
#: Members a point's representative sentence is weighed against (centrality).
CENTRAL_SAMPLE = 16
_NORM = re.compile(r"[\s，。！？；：、“”「」『』（）()\"',.!?;:]+")


def _norm(text: str) -> str:
    return _NORM.sub("", text)


def similarity(a: Candidate, b: Candidate, floor: float = 0.0) -> float:
    """How surely two candidates make the same claim (0–1): the best of whole-sentence word
    cosine, character-bigram cosine and (discounted) best clause-pair cosine. The clause pairs
    are not compared when even a perfect one could not lift the result to ``floor``."""
    whole = 0.5 * dot(a.vec, b.vec) + 0.5 * dot(a.cvec, b.cvec)
    if whole >= CLAUSE_WEIGHT or CLAUSE_WEIGHT < floor:  # a clause cosine is at most 1: it cannot win
        return whole
    clause = max((dot(x, y) for x in a.clauses for y in b.clauses), default=0.0)
    return max(whole, CLAUSE_WEIGHT * clause)


def link(a: Candidate, b: Candidate, need: float = 0.0) -> float:
    """How surely two candidates state the same claim: their wording (``similarity``) plus their
    structure — a shared facet of the claim, a shared figure or title, shared rare words, and
    across outlets the same category words and direction of effect; a facet of the opposite
    direction (a rise against a fall) rules it out. Below ``need`` the exact value is not
    worked out (the result is then only known to be below it)."""
    if any((x, y) in OPPOSITE for x in a.facets for y in b.facets) and not (a.facets & b.facets):
        return 0.0
    s = 0.0
    if a.facets & b.facets:
        s += FACET_BONUS
    if a.hard & b.hard:
        s += HARD_BONUS
    s += RARE_BONUS * min(2, len(a.rare & b.rare))
    if a.sentence.article != b.sentence.article:
        s += CUE_BONUS * min(2, len(a.keyhits & b.keyhits))
        s += SIGNAL_BONUS * min(1, len(a.signals & b.signals))
    return s + similarity(a, b, need - s)


def cluster(cands: list[Candidate], weights: dict[str, float],
            topic: frozenset = frozenset()) -> list[list[Candidate]]:
    """Group candidates making the same claim; strongest first, greedy.

    A candidate joins the group whose first member (the claim's seed, which the statement is
    made from) it links to best, provided it also links to the group as a whole (no chaining).
    Only groups sharing a distinctive word, facet or figure are compared (an inverted index), so
    the cost grows with the corpus, not with its square."""
    _vectors(cands, weights, topic)
    groups: list[list[Candidate]] = []
    index: dict[str, list[int]] = {}
    exact: dict[tuple[str, str], int] = {}
    for c in sorted(cands, key=lambda c: (-c.score, c.sentence.article, c.sentence.index)):
        seen: set[int] = set()
        best, best_sim = None, 0.0
        same = exact.get((c.kind, _norm(c.sentence.simple)))
        if same is not None:  # the very same sentence (syndicated copy): its group, no search
            best, best_sim = same, 9.0
        keys = c.keys + tuple("@" + f for f in c.facets) + tuple("#" + h for h in c.hard)
        for t in (keys if same is None else ()):
            posting = index.get(t, ())
            if len(posting) > MAX_POSTING:
                continue
            for gi in posting:
                if gi in seen:
                    continue
                seen.add(gi)
                g = groups[gi]
                if g[0].kind != c.kind:
                    continue
                if g[0].category == c.category:
                    need, seed = SAME_CAT, link(c, g[0], max(SAME_CAT, best_sim))
                elif c.facets & g[0].facets or c.hard & g[0].hard:
                    # another category, the same facet or figure: the claim's structure decides
                    need, seed = ANY_CAT_ANCHORED, link(c, g[0], max(ANY_CAT_ANCHORED, best_sim))
                else:  # another category: only a near rewording joins (cheap whole-text test)
                    need, seed = ANY_CAT, 0.5 * dot(c.vec, g[0].vec) + 0.5 * dot(c.cvec, g[0].cvec)
                if seed < need or seed <= best_sim:
                    continue
                sample = g[1:AVG_SAMPLE]
                avg = (seed + sum(link(c, m) for m in sample)) / (1 + len(sample))
                if avg >= need * 0.75:
                    best, best_sim = gi, seed
        if best is None:
            best = len(groups)
            groups.append([c])
        else:
            groups[best].append(c)
        exact.setdefault((c.kind, _norm(c.sentence.simple)), best)
        for t in keys:
            lst = index.setdefault(t, [])
            if not lst or lst[-1] != best:
                lst.append(best)
    return groups


_LEAD = re.compile(
    r"^(?:此外|同时|比如|例如|譬如|不过|然而|但是|但|而且|而|因此|所以|对此|其中|另外|另一方面|与此同时|"
    r"实际上|事实上|首先|其次|再次|最后|第[一二三四五六七八九十]|总之|可以预见|值得一提的是|需要注意的是|"
    r"值得注意的是|从[^，]{1,12}角度(?:来)?看|从[^，]{1,12}来看|短期来看|长期来看|当前|目前来看|"
    r"就目前来看|可见|显然|当然|其实|如今|眼下|随后|近日|据悉|据了解|一方面|即使如此|即便如此|"
    r"除此之外|除此以外|有消息(?:指|称)|据报道|消息称|带来机遇的同时|[^，。]{0,12}但就目前来看|未来(?=，)|对此|"
    r"[（(]?\d+[)）、.]|[①-⑩])[，,、：:]?"
)
_FRAME = re.compile(
    r"^(?:[^。“”]{0,30}?[^，。“”]{1,40}?(?:表示|认为|指出|强调|坦言|直言|提到|透露|分析指出|解释|预测|介绍|举例指|"
    r"举例称|称|说)[，,：:]|"
    r"在[^，。“”]{1,40}?(?:看来|眼中)[，,]|据[^，。“”]{1,30}?(?:分析指出|推算|统计|指出|显示|分析)[，,]|"
    r"[^。“”]{0,40}?(?:告诉|向|对)《?[^，。“”]{0,12}?》?记者(?:表示|说|介绍|透露|直言|坦言)?[，,：:])"
)
_TAIL = re.compile(r"[”」』]?[，,]?(?:他|她)?(?:表示|认为|说|称|指出)?[。！]?$")
_QUOTES = str.maketrans("", "", "“”「」『』\"")


def _best_part(text: str, hits: tuple[str, ...], pattern: str) -> str:
    parts = [p for p in re.findall(pattern, text) if cjk_len(p) >= 10]
    if len(parts) <= 1:
        return text
    return max(parts, key=lambda p: (len(_count(p, hits)), -parts.index(p)))


# a leading clause that only sets the scene (cause, circumstance, example, concession, hedge)
_SCENE = re.compile(
    r"^(?:随着|考虑到|由于|鉴于|根据|基于|据[^，]{0,20}(?:显示|统计|了解)|从[^，]{0,20}(?:来看|看来|角度)|"
    r"以[^，]{1,24}为例|当[^，]{1,24}时|在[^，]{1,30}(?:中|时|下|后|前|之际|方面|背景下)$|除了|"
    r"作为[^，]{1,16}$|初步判断|总体而言|总的来说|整体来看|换句话说|简单来说|不难看出|可以说|"
    r"(?:或许|也许|虽然|尽管|即使|即便|固然)[^，]{0,24}$)")
# a trailing clause that only adds an example, list or consequence
_TAIL_CLAUSE = re.compile(r"^(?:包括|比如|例如|譬如|如|其中|尤其是|特别是|甚至|从而|由此|进而|以便|以|这|这些|"
                          r"同时|而这|并|也)")
_ADVERSATIVE = re.compile(r"^(?:但是|但|不过|然而|可是)(?:就目前来看|目前来看|事实上|实际上)?[，,]?")
_MID_FRAME = re.compile(r"^(?:据)?[^，。“”]{2,24}?(?:认为|表示|指出|强调|预计|预测|坦言|直言)(?:[^，。]{8,}|[，,]$)")
STATEMENT_TARGET = 60


def _split_top(s: str) -> list[str]:
    """Clauses split at top-level commas and semicolons (not inside quotes or brackets),
    each keeping its trailing separator."""
    out, depth, cur = [], 0, ""
    for ch in s:
        cur += ch
        if ch in "“「『（(《":
            depth += 1
        elif ch in "”」』）)》":
            depth = max(0, depth - 1)
        elif ch in "，；,;" and depth == 0:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def trim_clauses(s: str, hits: tuple[str, ...] = (), keep_frame: bool = False) -> str:
    """One claim from a long sentence: drop scene-setting lead clauses, start at a mid-sentence
    attribution, and drop trailing example/consequence clauses; never below a whole clause."""
    parts = _split_top(s)
    if len(parts) <= 1:
        return s

    def size(ps):
        return cjk_len("".join(ps))

    def carries(c):
        return bool(_count(c, hits))

    # start at a mid-sentence attribution ("…，中泰证券认为下一个…")
    for i in range(len(parts) - 1, 0, -1):
        if _MID_FRAME.match(parts[i]) and size(parts[i:]) >= 14 and not _TAIL_CLAUSE.match(parts[i]):
            if any(carries(c) for c in parts[i:]) or not any(carries(c) for c in parts[:i]):
                parts = parts[i:]
                break
    # scene-setting lead clauses
    while len(parts) > 1 and cjk_len(parts[0]) < 40 and _SCENE.match(parts[0].rstrip("，；,; ")) \
            and size(parts[1:]) >= 14 and (not carries(parts[0]) or size(parts) > STATEMENT_TARGET):
        rest = parts[1:]
        rest[0] = _LEAD.sub("", _ADVERSATIVE.sub("", rest[0])).lstrip("，,：: ")
        if not rest[0]:  # the clause was only a connective ("但就目前来看，")
            rest = rest[1:]
        if size(rest) < 14:
            break
        parts = rest
    # trailing examples, lists and consequences while too long
    while len(parts) > 1 and size(parts) > STATEMENT_TARGET:
        last = parts[-1]
        if _TAIL_CLAUSE.match(last):
            if size(parts[:-1]) < 14 or (carries(last) and not any(carries(c) for c in parts[:-1])):
                break
            parts = parts[:-1]
        else:
            break
    out = "".join(parts).rstrip("，；,; ")
    return out if cjk_len(out) >= 12 else s


def clean_statement(simple: str, topic_label: str = "", hits: tuple[str, ...] = (),
                    keep_frame: bool = False) -> str:
    """Turn a simplified sentence into a statement: one sentence, no frame, no connective, no
    quotation marks; a long sentence keeps its strongest semicolon part."""
    s = simple.strip().replace("\u3000", "")
    s = _best_part(s, hits, r"[^。！？]+[。！？]?[”」』]?")
    if cjk_len(s) > 60:
        s = _best_part(s, hits, r"[^；]+[；。！？]?[”」』]?").rstrip("；") + "。"
    if not keep_frame:
        s = re.sub(r"^[^，。“”「」]{2,16}[：:](?=[^”」]{12,})", "", s)
    for _ in range(4):
        before = s
        s = _LEAD.sub("", s).lstrip("，,：: ")
        m = None if keep_frame else _FRAME.match(s)
        if m and len(s) - m.end() >= 12:
            s = s[m.end():].lstrip("，,：: ")
        if s == before:
            break
    framed = s != simple.strip().replace("\u3000", "")
    s = s.translate(_QUOTES).strip()
    s = re.sub(r"[，,](?:他|她)?(?:表示|认为|说|称)$", "", s.rstrip("。！!"))
    s = trim_clauses(s, hits, keep_frame)
    if re.match(r"^(?:它|其)(?!中|他|实|次)", s):
        if framed and not keep_frame:
            # "FTC 表示，它正在…": the pronoun is the frame's holder, not the topic
            return clean_statement(simple, "", hits, keep_frame=True)
        if topic_label:
            s = topic_label + s[1:]
    s = s.rstrip("，,；;：: ")
    if s and s[-1] not in "。！!":
        s += "。"
    return s


def short_quote(original: str, simple_of, hits: tuple[str, ...], limit: int = 70) -> str:
    """The contiguous clauses of a sentence that carry the most cue words, verbatim, ≤ ``limit``,
    without unbalanced outer quotation marks."""
    return _unquote(_short_quote(original, simple_of, hits, limit))


def _unquote(q: str) -> str:
    q = q.strip()
    while q and q[0] in "“「『" and q.count(q[0]) > q.count({"“": "”", "「": "」", "『": "』"}[q[0]]):
        q = q[1:]
    while q and q[-1] in "”」』" and q.count(q[-1]) > q.count({"”": "“", "」": "「", "』": "『"}[q[-1]]):
        q = q[:-1]
    if len(q) > 2 and q[0] in "“「" and q[-1] in "”」" and q.count(q[0]) == 1:
        q = q[1:-1]
    return q.strip()


def _short_quote(original: str, simple_of, hits: tuple[str, ...], limit: int = 70) -> str:
    if len(original) <= limit:
        return original
    clauses = [m.group(0) for m in _CLAUSE.finditer(original)]
    if len(clauses) <= 1:
        return original[:limit].rstrip("，；：,;:")
    scores = [len(_count(simple_of(c), hits)) for c in clauses]
    best, best_score = (0, 1), -1.0
    for i in range(len(clauses)):
        length = 0
        for j in range(i, len(clauses)):
            length += len(clauses[j])
            if length > limit and j > i:
                break
            sc = sum(scores[i:j + 1]) - 0.001 * i
            if sc > best_score:
                best, best_score = (i, j + 1), sc
    quote = "".join(clauses[best[0]:best[1]]).strip()
    return quote.rstrip("，；：,;:") if quote else original[:limit]


def point_id(category: str, statement: str) -> str:
    """Stable id from the category and the normalised automatic statement."""
    normal = re.sub(r"[\s，。、；：！？“”「」『』,.;:!?\"'（）()]", "", statement).lower()
    return f"pt-{category}-{hashlib.sha1(normal.encode('utf-8')).hexdigest()[:6]}"


def _quality(c: Candidate) -> float:
    n = cjk_len(c.sentence.simple)
    q = 1.0 if 18 <= n <= 60 else (0.6 if n <= 90 else (0.3 if n <= 120 else 0.0))
    if re.match(r"^[“「]?(?:这|那|他|她|它|其|此|该)", c.sentence.simple):
        q -= 0.8
    if "“" in c.sentence.simple and "”" not in c.sentence.simple:
        q -= 0.5
    return q


def make_points(groups: list[list[Candidate]], tax: Taxonomy, simple_of_article) -> list[Point]:
    """One point per group: statement, citations (one per paragraph), speakers, score."""
    points: list[Point] = []
    queue = list(groups)
    while queue:
        g = queue.pop(0)
        if len(g) > 1:
            # how central each member is: its similarity to the group's strongest members
            # (all of them in a small group; a bounded sample keeps a large group linear)
            # (the representative is one of the strongest members: bounded work for a large group)
            sample = g[:CENTRAL_SAMPLE]
            central = {id(c): sum(similarity(c, o) for o in sample if o is not c) for c in sample}
        else:
            sample = g
            central = {id(g[0]): 0.0}
        rep = max((c for c in sample if c.score > 0), key=lambda c: c.score * 0.3 + central[id(c)] + _quality(c))
        # every citation must carry the statement's claim: members that do not link to the
        # representative leave; a candidate of its own makes its own point, a recruit is dropped
        kept = [c for c in g if c is rep or link(c, rep, SUPPORT) >= SUPPORT]
        if len(kept) < len(g):
            left = [c for c in g if c not in kept and c.score > 0]
            g = kept
            if left:
                queue.append(left)
        statement = clean_statement(rep.sentence.simple, tax.topic_label, rep.hits)
        back = re.match(r"^(?:该公司|该行|该机构|公司|他|她)(?=[^们])", statement)
        if back:
            # removing the reporting frame left a back-reference: name the attributed holder,
            # or keep the frame so the sentence keeps its subject
            if rep.speakers and rep.speakers[0].kind == "org":
                name = simple_of_article(rep.sentence.article)(rep.speakers[0].name)
                statement = name + statement[back.end():]
            else:
                statement = clean_statement(rep.sentence.simple, "", rep.hits, keep_frame=True)
        category = g[0].category
        claim = tuple(t for t in dict.fromkeys(content_tokens(statement)) if cjk_len(t) >= 2)
        citations: list[Citation] = []
        seen_para: set[tuple[str, str]] = set()
        ordered = [rep] + sorted((c for c in g if c is not rep), key=lambda c: -c.score)
        for c in ordered:
            key = (c.sentence.article, c.sentence.paragraph)
            if key in seen_para:
                continue
            seen_para.add(key)
            conv = simple_of_article(c.sentence.article)
            # the quote is the part of the sentence that carries the statement's words
            citations.append(Citation(c.sentence.article, c.sentence.paragraph,
                                      short_quote(c.sentence.original, conv, c.hits + claim)))
        speakers: list[Speaker] = []
        seen_sp: set[str] = set()
        for c in ordered:
            for sp in c.speakers:
                if sp.name not in seen_sp:
                    seen_sp.add(sp.name)
                    speakers.append(sp)
        arts = {c.sentence.article for c in g}
        best_per_article = {}
        for c in g:
            best_per_article[c.sentence.article] = max(best_per_article.get(c.sentence.article, 0), c.score)
        score = sum(best_per_article.values()) + 2.0 * (len(arts) - 1) + _quality(rep)
        points.append(Point(id=point_id(category, statement), kind=g[0].kind, category=category,
                            statement=statement, citations=tuple(citations),
                            speakers=tuple(speakers), score=round(score, 2)))
    return points


#: A sentence that is not a candidate joins a claim made elsewhere when it links to the claim's
#: seed at least this surely, sharing one of its anchors (facet, figure, title or rare word).
RECRUIT = 0.5
#: A member of a claim is cited for it only when it links to the claim's statement this surely.
SUPPORT = 0.3
#: … or this surely when it shares the claim's facet, figure or title.
RECRUIT_ANCHORED = 0.35
RECRUIT_POSTING = 60


def recruit(groups: list[list[Candidate]], sentences: list[Sentence], tax: Taxonomy,
            weights: dict[str, float], skip: set[tuple[str, int]]) -> int:
    """Add to each claim the sentences of other articles that state it without the words that
    make a candidate ("李彦宏连续对文心一言提出了与《三体》相关的若干问题" supports the demo
    claim another outlet made with "展示"): same anchor, strong link to the claim's seed, at
    most one per article. Returns the number of sentences added."""
    member = {(c.sentence.article, c.sentence.index) for g in groups for c in g}
    multi = [g for g in groups if g[0].score > 0]
    if not multi:
        return 0
    sf: Counter = Counter()
    arts: dict[str, set[str]] = {}
    pool = []
    for s in sentences:
        if (s.article, s.index) in member or (s.article, s.index) in skip:
            continue
        if not is_whole_sentence(s.original) or cjk_len(s.original) > 200:
            continue
        toks = {t for t in content_tokens(s.simple) if cjk_len(t) >= 2}
        pool.append((s, toks))
        sf.update(toks)
        for t in toks:
            arts.setdefault(t, set()).add(s.article)
    for g in groups:
        for c in g:
            sf.update(t for t in c.vec if cjk_len(t) >= 2)
    rare_max = max(3, len(sentences) // 1000)
    topic = set(tax.topic_terms) | {tax.topic_label}
    index: dict[str, list[int]] = {}
    info = []
    for i, (s, toks) in enumerate(pool):
        facets = _facets(s.simple)
        hard = {re.sub(r"\s", "", m.group(0)) for m in _FIGURE.finditer(s.simple)}
        hard |= {next(x for x in m.groups() if x) for m in _TITLED.finditer(s.simple)}
        hard -= topic
        rare = {t for t in toks if sf[t] <= rare_max and len(arts[t]) >= 2}
        info.append((frozenset(facets), frozenset(hard), frozenset(rare)))
        for k in ["@" + f for f in facets] + ["#" + h for h in hard] + list(rare):
            index.setdefault(k, []).append(i)
    rules = {r.category.id: r for r in tax.rules}
    added = 0
    wanted: dict[int, list[tuple[int, Candidate]]] = {}
    temps: list[Candidate] = []
    for gi, g in enumerate(groups):
        seed = g[0]
        have = {c.sentence.article for c in g}
        keys = ["@" + f for f in seed.facets] + ["#" + h for h in seed.hard] + list(seed.rare)
        seen: set[int] = set()
        for k in keys:
            posting = index.get(k, ())
            if len(posting) > RECRUIT_POSTING:
                continue
            for i in posting:
                s = pool[i][0]
                if i in seen or s.article in have:
                    continue
                seen.add(i)
                rule = rules.get(seed.category)
                hits = tuple(_count(s.simple, rule.strong + rule.cues)) if rule else ()
                sig = tax.impact_signals if seed.kind == "impact" else tax.limit_signals
                t = Candidate(s, seed.category, seed.kind, 0.0, hits, signals=frozenset(_count(s.simple, sig)))
                t.facets, t.hard, t.rare = info[i]
                temps.append(t)
                wanted.setdefault(gi, []).append((i, t))
    if not temps:
        return 0
    _vectors_only(temps, weights)
    taken: set[int] = set()
    for gi in sorted(wanted):
        g = groups[gi]
        best: dict[str, tuple[float, int, Candidate]] = {}
        for i, t in wanted[gi]:
            if i in taken:
                continue
            anchored = bool(t.facets & g[0].facets or t.hard & g[0].hard)
            score = link(t, g[0], RECRUIT_ANCHORED if anchored else RECRUIT)
            if score >= (RECRUIT_ANCHORED if anchored else RECRUIT) \
                    and score > best.get(t.sentence.article, (0.0,))[0]:
                best[t.sentence.article] = (score, i, t)
        for art in sorted(best):
            _, i, t = best[art]
            taken.add(i)
            g.append(t)
            added += 1
    return added


def _vectors_only(cands: list[Candidate], weights: dict[str, float]) -> None:
    """Word, bigram and clause vectors of a few candidates (anchors are set by the caller)."""
    for c in cands:
        c.vec = unit(vector(content_tokens(c.sentence.simple), weights))
        c.cvec = unit(dict(Counter(_bigrams(c.sentence.simple))))
        c.clauses = [v for v in (unit(vector(x, weights)) for x in clause_tokens(c.sentence.simple))
                     if len(v) >= 2]
