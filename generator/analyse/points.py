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
import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Citation, Point, Speaker
from .taxonomy import CategoryRule, Taxonomy
from .text import (QUESTION, Sentence, cjk_len, content_tokens, dot, is_whole_sentence, unit, vector)

__all__ = ["Candidate", "classify", "candidates", "cluster", "make_points", "short_quote",
           "clean_statement", "point_id", "THRESHOLD", "MAX_PER_CATEGORY"]

THRESHOLD = 3.0
SAME_CAT = 0.22
ANY_CAT = 0.45
MAX_PER_CATEGORY = 6
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


def _count(text: str, words: tuple[str, ...]) -> list[str]:
    low = text.lower().replace(" ", "")
    return [w for w in words if w.lower().replace(" ", "") in low]


def classify(simple: str, tax: Taxonomy) -> tuple[CategoryRule, float, tuple[str, ...]] | None:
    """The best category for a simplified sentence, its score and the cue words found; or None."""
    imp = len(_count(simple, tax.impact_signals))
    lim = len(_count(simple, tax.limit_signals))
    best = None
    for rule in tax.rules:
        cues = _count(simple, rule.cues)
        strong = _count(simple, rule.strong)
        if not cues and not strong:
            continue
        own, other = (imp, lim) if rule.category.kind == "impact" else (lim, imp)
        if not own and not strong:
            continue
        score = len(cues) + 3 * len(strong) + min(own, 3)
        if other > own + (1 if strong else 0):
            score -= 2
        if best is None or score > best[1]:
            best = (rule, float(score), tuple(strong + cues))
    if best and best[1] >= THRESHOLD:
        return best
    return None


def candidates(sentences: list[Sentence], tax: Taxonomy) -> list[Candidate]:
    """Classified candidate sentences (whole, on topic, scoring at least THRESHOLD).

    On topic: a topic term in the sentence, its paragraph or one of the two paragraphs before it
    (reporters name the subject once and then describe it for a few paragraphs).
    """
    on_topic: set[tuple[str, int]] = set()
    seen: set[tuple[str, int]] = set()  # each paragraph looked at once, not once per sentence
    for s in sentences:
        if (s.article, s.para_index) in seen:
            continue
        seen.add((s.article, s.para_index))
        if not tax.topic_terms or _count(s.paragraph_simple, tax.topic_terms):
            for k in range(3):
                on_topic.add((s.article, s.para_index + k))
    out = []
    for s in sentences:
        if not is_whole_sentence(s.original) or cjk_len(s.original) > 200:
            continue
        if (s.article, s.para_index) not in on_topic:
            continue
        got = classify(s.simple, tax)
        if got:
            rule, score, hits = got
            if QUESTION.search(clean_statement(s.simple, tax.topic_label, hits)):
                continue  # the claim part is a question or a prompt
            out.append(Candidate(s, rule.category.id, rule.category.kind, score, hits))
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


def _clauses(simple: str) -> list[str]:
    return [c for c in re.split(r"[，；：,;:。！？!?]", simple) if cjk_len(c) >= 6]


def _vectors(cands: list[Candidate], weights: dict[str, float]) -> None:
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
        c.clauses = [v for v in (unit(vector(content_tokens(x), weights)) for x in _clauses(c.sentence.simple))
                     if len(v) >= 2]
        c.keys = tuple(sorted(c.vec, key=lambda t: (-c.vec[t], -len(t), t))[:KEY_TOKENS])


#: Members of a group a candidate is compared with (average link over the first ones).
AVG_SAMPLE = 8
#: Members a point's representative sentence is weighed against (centrality).
CENTRAL_SAMPLE = 24
_NORM = re.compile(r"[\s，。！？；：、“”「」『』（）()\"',.!?;:]+")


def _norm(text: str) -> str:
    return _NORM.sub("", text)


def similarity(a: Candidate, b: Candidate) -> float:
    """How surely two candidates make the same claim (0–1): the best of whole-sentence word
    cosine, character-bigram cosine and (discounted) best clause-pair cosine."""
    whole = 0.5 * dot(a.vec, b.vec) + 0.5 * dot(a.cvec, b.cvec)
    if whole >= CLAUSE_WEIGHT:  # a clause cosine is at most 1: it cannot win
        return whole
    clause = max((dot(x, y) for x in a.clauses for y in b.clauses), default=0.0)
    return max(whole, CLAUSE_WEIGHT * clause)


def cluster(cands: list[Candidate], weights: dict[str, float]) -> list[list[Candidate]]:
    """Group candidates making the same claim; strongest first, greedy average-link.

    Only groups sharing one of a candidate's most distinctive words are compared (an inverted
    index), so the cost grows with the corpus, not with its square."""
    _vectors(cands, weights)
    groups: list[list[Candidate]] = []
    index: dict[str, list[int]] = {}
    exact: dict[tuple[str, str], int] = {}
    for c in sorted(cands, key=lambda c: -c.score):
        seen: set[int] = set()
        best, best_sim = None, 0.0
        same = exact.get((c.kind, _norm(c.sentence.simple)))
        if same is not None:  # the very same sentence (syndicated copy): its group, no search
            best, best_sim = same, 1.0
        for t in (c.keys if same is None else ()):
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
                # the group's first members stand for it: bounded work however large it grows
                sims = [similarity(c, m) for m in g[:AVG_SAMPLE]]
                # average link: joining needs the group as a whole, not one member (no chaining)
                sim = sum(sims) / len(sims)
                need = SAME_CAT if any(m.category == c.category for m in g) else ANY_CAT
                if sim >= need and sim > best_sim:
                    best, best_sim = gi, sim
        if best is None:
            best = len(groups)
            groups.append([c])
        else:
            groups[best].append(c)
        exact.setdefault((c.kind, _norm(c.sentence.simple)), best)
        for t in c.keys:
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
    r"在[^，。“”]{1,40}?(?:看来|眼中)[，,]|据[^，。“”]{1,30}?(?:分析指出|推算|统计|指出|显示|分析)[，,])"
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
    s = s.translate(_QUOTES).strip()
    s = re.sub(r"[，,](?:他|她)?(?:表示|认为|说|称)$", "", s.rstrip("。！!"))
    s = trim_clauses(s, hits, keep_frame)
    if topic_label and re.match(r"^(?:它|其)(?!中|他|实|次)", s):
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
    for g in groups:
        if len(g) > 1:
            # how central each member is: its similarity to the group's strongest members
            # (all of them in a small group; a bounded sample keeps a large group linear)
            sample = g[:CENTRAL_SAMPLE]
            central = {id(c): sum(similarity(c, o) for o in sample if o is not c) for c in g}
        else:
            central = {id(g[0]): 0.0}
        rep = max(g, key=lambda c: c.score * 0.3 + central[id(c)] + _quality(c))
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
