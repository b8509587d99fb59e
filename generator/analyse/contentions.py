"""Contentions: questions on which the sources disagree, each side with its argument and speakers.

Two ways to find them, both returning the same ``Contention``:

* **general** (any topic): an impact point claiming a strong effect ("会颠覆", "将取代", "重塑")
  and a limit point that denies or defers that same effect ("颠覆为时过早", "不能完全替代",
  "不认同…会颠覆") on the same subject are two sides of one question, within an article or
  across articles;
* **rebutted** (any topic, ``rebuttals.py``): a report or suspicion and, a few paragraphs on in the same article,
  its answer (a rebuttal by the party concerned, or the reporter's own doubt about it);
* **opposed** (any topic): a claim and a sentence the grouping would have joined to it but which
  takes the opposite stance ("让人笑而不语", "言过其实", "不认同");
* **disputes** (any topic, ``disputes.py``): a claim and the sentence that answers it in a
  rebuttal frame ("但也有…持不同看法", "X则认为", "我对此持保留态度"), an interview's answer
  denying the claim its question reports, another party's figure against one's own;
* **editor's** questions in ``content/taxonomy.yml`` (``contentions``: scope and cue words of
  each side) refine them: every whole, on-topic sentence matching a side joins it.

Each side gets a statement (its strongest point's, or its first sentence cleaned) and the
speakers the text names for its sources.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from .disputeholders import holders
from .disputes import find_disputes
from .disputesides import well_formed_question
from .general import DENIALS as GENERAL_DENIALS
from .grouping import STANCE
from .polarity import QUESTIONS, polarity, quantity_units
from .model import Citation, Contention, Point, Side, Speaker
from .statements import clean_statement, short_quote
from .rebuttals import rebutted as _rebutted
from .taxonomy import Taxonomy
from .turns import with_turn_speakers
from .claims import not_a_claim
from .text import Sentence, is_whole_sentence, to_simplified

__all__ = ["find_contentions", "mocking_points", "EFFECTS", "DENIALS"]

#: Strong effects a claim can assert and another deny (general words, any topic).
EFFECTS = {
    "颠覆": ("颠覆", "革命性", "彻底改变"),
    "取代": ("取代", "替代", "代替", "失业", "饭碗"),
    "重塑": ("重塑", "变革", "改变"),
    "超越": ("超越", "赶超", "领先", "第一", "首个"),
}
#: Words that deny, defer or doubt an effect (wider than the classifier's ``general.DENIALS``).
DENIALS = GENERAL_DENIALS + ("为时过早", "言之过早", "还为时尚早", "不认同", "不足以", "不能完全", "难以", "难言",
           "不会", "并不", "并非", "没有人", "言过其实", "夸大", "存疑", "质疑", "谨防", "不可能",
           "笑而不语", "自我表扬", "几乎是不可能")


def _effects(text: str) -> set[str]:
    return {e for e, words in EFFECTS.items() if any(w in text for w in words)}


def _denies(text: str) -> bool:
    return any(d in text for d in DENIALS)


def _speakers_of(points: list[Point], cites: list[Citation], by_sentence) -> tuple[Speaker, ...]:
    out: dict[str, Speaker] = {}
    for p in points:
        for sp in p.speakers:
            out.setdefault(sp.name, sp)
    for c in cites:
        for sp in by_sentence.get((c.article, c.paragraph), ()):
            out.setdefault(sp.name, sp)
    return tuple(out.values())


def _general(points: list[Point], tax: Taxonomy, cat_labels: dict[str, str]) -> list[Contention]:
    """Impact points asserting a strong effect against limit points denying the same effect on
    the same subject (a category word or rare word both statements use)."""
    impacts = [(p, _effects(p.statement)) for p in points if p.kind == "impact"]
    limits = [(p, _effects(p.statement)) for p in points if p.kind == "limit" and _denies(p.statement)]
    out: list[Contention] = []
    used: set[str] = set()
    for q, qe in limits:
        for p, pe in impacts:
            shared = sorted(pe & qe)
            if not shared or p.id in used or _denies(p.statement):
                continue
            subject = _subject(p.statement, q.statement, tax)
            if subject is None:
                continue
            effect = shared[0]
            topic = f"{tax.topic_label or ''}会{effect}{subject}吗？" if subject else \
                f"{tax.topic_label or ''}的影响会是{effect}吗？"
            cid = "contention-" + hashlib.sha1((p.id + q.id).encode()).hexdigest()[:6]
            out.append(Contention(
                id=cid, topic=topic,
                a=Side(f"会{effect}", (p.id,), p.citations, p.statement, p.speakers),
                b=Side("言之过早或不会", (q.id,), q.citations, q.statement, q.speakers)))
            used.update((p.id, q.id))
            break
    return out




def _subject(a: str, b: str, tax: Taxonomy) -> str | None:
    """What both statements are about: the longest category word both name (影视, 游戏行业 …),
    '' when they share none but name the topic's subject; None when unrelated."""
    words = sorted({w for r in tax.rules for w in r.cues if len(w) >= 2 and w in a and w in b},
                   key=lambda w: (-len(w), w))
    effects = {w for ws in EFFECTS.values() for w in ws}
    words = [w for w in words if w not in tax.topic_terms and w != tax.topic_label
             and not any(e in w for e in effects) and w not in tax.impact_signals
             and w not in tax.limit_signals]
    if words:
        return words[0]
    return None


def _rules(sents: list[Sentence], tax: Taxonomy, points: list[Point], converters,
           by_sentence) -> list[Contention]:
    """The editor's questions: every whole, on-topic sentence matching a side joins it."""
    by_para: dict[tuple[str, str], list[Point]] = {}
    for p in points:
        for c in p.citations:
            by_para.setdefault((c.article, c.paragraph), []).append(p)
    out = []
    for rule in tax.contentions:
        sides: dict[str, tuple[list[str], list[Citation], list[Sentence]]] = {
            "a": ([], [], []), "b": ([], [], [])}
        cue_hits: dict[tuple[str, int], tuple[str, ...]] = {}
        for s in sents:
            if not is_whole_sentence(s.original) or not_a_claim(s.simple):
                continue
            low = s.simple.lower().replace(" ", "")
            if rule.scope and not any(w.lower().replace(" ", "") in low for w in rule.scope):
                continue
            hits_b = [w for w in rule.b_cues if w.lower().replace(" ", "") in low]
            hits_a = [w for w in rule.a_cues if w.lower().replace(" ", "") in low]
            side, hits = ("b", hits_b) if hits_b else (("a", hits_a) if hits_a else (None, None))
            if side is None:
                continue
            pids, cites, members = sides[side]
            quote = short_quote(s.original, converters[s.article], tuple(hits))
            if (s.article, s.paragraph) not in {(c.article, c.paragraph) for c in cites}:
                cites.append(Citation(s.article, s.paragraph, quote))
                members.append(s)
                cue_hits[(s.article, s.index)] = tuple(hits)
            for p in by_para.get((s.article, s.paragraph), []):
                if p.id not in pids and any(c.quote in s.original or s.original in c.quote
                                            for c in p.citations if c.article == s.article):
                    pids.append(p.id)
        built = {}
        for key, label in (("a", rule.a_label), ("b", rule.b_label)):
            pids, cites, members = sides[key]
            cues = rule.a_cues if key == "a" else rule.b_cues
            pts = [p for p in points if p.id in pids]
            # the side's argument is what its cue words say: a point whose statement uses one
            # (the most widely sourced), else the sentence with the most cue words, cleaned
            arguing = sorted((p for p in pts if any(w in p.statement for w in cues)),
                             key=lambda p: (-len(p.articles), p.id))
            best = max(members, key=lambda x: (len(cue_hits[(x.article, x.index)]),
                                               -members.index(x)), default=None)
            statement = arguing[0].statement if arguing else (
                clean_statement(best.simple, tax.topic_label, cue_hits[(best.article, best.index)])
                if best else "")
            # its holders are those of the sentences that take the side, no one else
            speakers = tuple(sp for s in members for sp in by_sentence.get((s.article, s.index), ()))
            uniq = tuple({sp.name: sp for sp in speakers}.values())
            built[key] = Side(label, tuple(pids), tuple(cites), statement, uniq)
        if built["a"].citations and built["b"].citations:
            out.append(Contention(id=f"contention-{rule.id}", topic=rule.topic, a=built["a"], b=built["b"]))
    return out


def _point_of(c, points: list[Point]) -> Point | None:
    """The point citing a candidate's sentence."""
    s = c.sentence
    for p in points:
        for x in p.citations:
            if x.article == s.article and x.paragraph == s.paragraph and x.quote in s.original:
                return p
    return None


#: A claim quoted in full in an answer (a phrase of a sentence's length, not a word in quotes).
_QUOTED_CLAIM = re.compile(r"[“「『]([^“”「」『』]{10,60})[”」』]")


def _opposed(pairs, points: list[Point]) -> list[Contention]:
    """A claim and a sentence taking the opposite stance on it (the grouping kept them apart):
    "百度是全球大厂第一个…" against "…的自我表扬，让人笑而不语"."""
    out: list[Contention] = []
    used: set[str] = set()
    for seed, other in pairs:
        p, q = _point_of(seed, points), _point_of(other, points)
        if p is None or q is None or p.id == q.id or p.id in used or q.id in used:
            continue
        if any(w in p.statement for w in STANCE):
            p, q = q, p
        if _both_deny(p.statement, q.statement):
            continue
        cid = "contention-" + hashlib.sha1((p.id + q.id).encode()).hexdigest()[:6]
        # the question is the claim the answer quotes to mock or deny ("什么'…第一个…竞争者'，
        # 谷哥笑而不语"), else the claim's statement
        quoted = [m.group(1) for x in q.citations for m in _QUOTED_CLAIM.finditer(x.quote)]
        asked = max(quoted, key=len) if quoted else p.statement
        out.append(Contention(
            id=cid, topic=to_simplified(asked, "zh-Hant").rstrip("。！!…") + "？",
            a=Side("持此看法", (p.id,), p.citations, p.statement, p.speakers),
            b=Side("质疑或反对", (q.id,), q.citations, q.statement, q.speakers)))
        used.update((p.id, q.id))
    return out


#: A clause saying something cannot, will not or does not measure up ("难以完全替代", "比不上").
_CANNOT = re.compile(r"难以|无法|不能|不可能|比不上|不如|赶不上|不足以|不会|并不|并非|没有|有限|(?<![少免])不了")


def _both_deny(claim: str, answer: str) -> bool:
    """Two sentences that both say "cannot" agree ("国内市场难以完全替代中国市场" and "东南亚的加工
    能力短期内都比不上中国"): an answer doubting without a stance word of its own ("笑而不语",
    "言过其实") is no answer to a claim whose last clause doubts too."""
    clauses = [c for c in re.split(r"[，,；;。！？!?]", claim) if c.strip()]
    # "单靠延迟退休解决不了养老金的长期问题，还需要…" / "但单靠延迟退休不足以填补缺口，仍需…": a "cannot"
    # clause of each on the same thing (three pairs of characters in common) is one view twice
    answers = [_pairs(c) for c in re.split(r"[，,；;。！？!?]", answer) if _CANNOT.search(c)]
    if any(len(_pairs(c) & a) >= 3 for c in clauses if _CANNOT.search(c) for a in answers):
        return True
    return bool(clauses) and bool(_CANNOT.search(clauses[-1])) and _CANNOT.search(answer) is not None \
        and not any(w in answer for w in STANCE + MOCKING)


def _pairs(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


#: Points a side of a question lists at most (the best-sourced first).
SIDE_POINTS = 3
#: Citations a side shows at most.
SIDE_CITATIONS = 6


def _cited_speakers(cites, sents_by_para, by_sentence) -> list[Speaker]:
    """The holders the text names for the sentences a side cites."""
    out = []
    for c in cites:
        for s in sents_by_para.get((c.article, c.paragraph), ()):
            if c.quote in s.original or s.original.strip() in c.quote:
                out.extend(by_sentence.get((s.article, s.index), ()))
    return out


def _polar(points: list[Point], tax: Taxonomy, sents=(), by_sentence=None) -> list[Contention]:
    """Points taking opposite sides of a general question (``polarity.QUESTIONS``: a loss against
    a profit, real demand against an inflated figure, a forecast above a target against one below
    it, a price war against its denial), within and across articles: one contention per question,
    each side with its best-sourced points' statement, citations and speakers. The points are read
    by their own statements; a question about a quantity needs both sides to count the same thing."""
    by_q: dict[str, dict[int, list[tuple[Point, frozenset]]]] = {}
    sents_by_para: dict = {}
    for x in sents:
        sents_by_para.setdefault((x.article, x.paragraph), []).append(x)
    for p in points:
        for qid, side in polarity(p.statement).items():
            by_q.setdefault(qid, {}).setdefault(side, []).append((p, quantity_units(p.statement)))
    out: list[Contention] = []
    for q in QUESTIONS:
        sides = by_q.get(q.id, {})
        yes, no = sides.get(1, []), sides.get(-1, [])
        if q.same_quantity:
            units = {u for _, us in yes for u in us} & {u for _, us in no for u in us}
            yes = [(p, us) for p, us in yes if us & units]
            no = [(p, us) for p, us in no if us & units]
        if not yes or not no:
            continue
        built = []
        for label, members in ((q.yes_label, yes), (q.no_label, no)):
            pts = sorted((p for p, _ in members), key=lambda p: (-len(p.articles), -p.score, p.id))[:SIDE_POINTS]
            cites: list[Citation] = []
            for p in pts:
                cites.extend(c for c in p.citations if (c.article, c.paragraph) not in
                             {(x.article, x.paragraph) for x in cites})
            named = [sp for p in pts for sp in p.speakers] + _cited_speakers(cites[:SIDE_CITATIONS], sents_by_para,
                                                                             by_sentence or {})
            # one holder once, whatever script each article writes the name in (雷軍 / 雷军)
            speakers = tuple({to_simplified(sp.name, "zh-Hant"): sp for sp in reversed(named)}.values())[::-1]
            built.append(Side(label, tuple(p.id for p in pts), tuple(cites[:SIDE_CITATIONS]), pts[0].statement,
                              speakers))
        a, b = built
        cid = "contention-" + hashlib.sha1((q.id + a.points[0] + b.points[0]).encode()).hexdigest()[:6]
        out.append(Contention(id=cid, topic=q.ask.format(t=tax.topic_label or ""), a=a, b=b))
    return out


def find_contentions(sents: list[Sentence], tax: Taxonomy, points: list[Point], converters,
                     by_sentence, opposed=()) -> list[Contention]:
    """The editor's questions first, then general ones on points no question already holds:
    strong effects denied, and claims met with the opposite stance (``opposed`` pairs of
    candidates from the grouping)."""
    by_sentence = with_turn_speakers(sents, by_sentence)  # a conversation's turn is its label's speaker's
    out = _rules(sents, tax, points, converters, by_sentence)
    taken = {pid for c in out for pid in c.a.points + c.b.points}
    labels = {r.category.id: r.category.label for r in tax.rules}
    for c in _polar(points, tax, sents, by_sentence) + _general(points, tax, labels) + _opposed(opposed, points) + \
            _rebutted(sents, tax, points, converters, by_sentence):
        if not (set(c.a.points + c.b.points) & taken):
            out.append(c)
            taken.update(c.a.points + c.b.points)
    cited: dict[tuple[str, str], list[str]] = {}
    for c in out:
        for x in c.a.citations + c.b.citations:
            cited.setdefault((x.article, x.paragraph), []).append(x.quote)

    def already(x: Citation) -> bool:
        return any(q in x.quote or x.quote in q for q in cited.get((x.article, x.paragraph), ()))

    for c in find_disputes(sents, tax.topic_label or "", tax.topic_terms, by_sentence, converters, already):
        out.append(replace(c, a=replace(c.a, points=_points_citing(c.a.citations, points)),
                           b=replace(c.b, points=_points_citing(c.b.citations, points))))
    at = {(x.article, x.index): x for x in sents}
    by_para: dict[tuple[str, str], list[Sentence]] = {}
    for x in sents:
        by_para.setdefault((x.article, x.paragraph), []).append(x)

    def before(x: Sentence):
        y = at.get((x.article, x.index - 1))
        return y if y is not None and y.paragraph == x.paragraph else None

    def held_by(cite: Citation) -> set[str]:
        # (a later part of a sentence, "…，我看一点都不遗憾", is not held by who its head names)
        ss = [x for x in by_para.get((cite.article, cite.paragraph), ())
              if x.original.strip() in cite.quote or cite.quote in x.original
              and x.original.strip().startswith(cite.quote[:8])]
        return {sp.name for sp in holders(ss, by_sentence, before)}

    return [replace(c, topic=well_formed_question(c.topic))
            for c in (_distinct_holders(_one_side_each(c, held_by)) for c in out)]


def _points_citing(cites, points: list[Point]) -> tuple[str, ...]:
    """The points citing one of a side's sentences."""
    out = []
    for p in points:
        if any(x.article == c.article and x.paragraph == c.paragraph and (x.quote in c.quote or c.quote in x.quote)
               for x in p.citations for c in cites) and p.id not in out:
            out.append(p.id)
    return tuple(out)


def _one_side_each(c: Contention, held_by) -> Contention:
    """A holder stands on one side: the side whose statement is theirs (its source citation's holder);
    their sentences on the other side (a nuance or concession of their own argument: "林园认为…可能被
    取代" and "在他看来，…可以创造新职业") are dropped from it, when it keeps a citation of its own."""
    sides = {"a": c.a, "b": c.b}
    held = {k: [held_by(x) for x in side.citations] for k, side in sides.items()}
    source = {k: _source(side) for k, side in sides.items()}
    for k, other in (("a", "b"), ("b", "a")):
        if not held[k] or not held[k][source[k]]:
            continue
        mine = held[k][source[k]]
        if held[other] and mine & held[other][source[other]]:
            continue  # the holder states both sides: theirs is neither for sure
        keep = [i for i, h in enumerate(held[other]) if not (h & mine) or i == source[other]]
        if keep and len(keep) < len(held[other]):
            side = sides[other]
            sides[other] = replace(side, citations=tuple(side.citations[i] for i in keep),
                                   speakers=tuple(sp for sp in side.speakers if sp.name not in mine or
                                                  any(sp.name in held[other][i] for i in keep)))
            held[other] = [held[other][i] for i in keep]
            source[other] = keep.index(source[other]) if source[other] in keep else 0
    return replace(c, a=sides["a"], b=sides["b"])


def _source(side: Side) -> int:
    """The citation a side's statement is made from: the one sharing the most pairs of characters with it."""
    def pairs(t: str) -> set[str]:
        t = re.sub(r"[^\u4e00-\u9fff]", "", to_simplified(t, "zh-Hant"))
        return {t[i:i + 2] for i in range(len(t) - 1)}
    want = pairs(side.statement)
    scores = [len(want & pairs(x.quote)) for x in side.citations]
    return max(range(len(scores)), key=lambda i: (scores[i], -i)) if scores else 0


def _distinct_holders(c: Contention) -> Contention:
    """A holder named on both sides of a question holds neither for sure (their words were
    matched to both, or one of them is another argument): listed on no side, never on both."""
    both = {sp.name for sp in c.a.speakers} & {sp.name for sp in c.b.speakers}
    if not both:
        return c
    a = replace(c.a, speakers=tuple(sp for sp in c.a.speakers if sp.name not in both))
    b = replace(c.b, speakers=tuple(sp for sp in c.b.speakers if sp.name not in both))
    return replace(c, a=a, b=b)


#: Words that mock a claim rather than argue against it (a doubt in earnest, "为时过早", stays a point).
MOCKING = ("笑而不语", "自我表扬", "言过其实", "夸大其词", "文不对题", "一脸懵圈", "自吹自擂")


def mocking_points(contentions: list[Contention], points: list[Point]) -> set[str]:
    """Points that mock or doubt a claim in stance words ("…让人笑而不语", "言过其实") and stand on
    a contention's doubting side: shown there, never listed as if they stated an effect."""
    sides = {pid for c in contentions for pid in c.b.points}
    return {p.id for p in points if p.id in sides and any(w in p.statement for w in MOCKING)}
