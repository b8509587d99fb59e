"""Contentions: questions on which the sources disagree, each side with its argument and speakers.

Seven ways to find them, all returning the same ``Contention``:

* **general** (any topic, ``contendeffects.py``): an impact point claiming a strong effect ("会颠覆", "将取代", "重塑")
  and a limit point that denies or defers that same effect ("颠覆为时过早", "不能完全替代",
  "不认同…会颠覆") on the same subject are two sides of one question, within an article or
  across articles;
* **rebutted** (any topic, ``rebuttals.py``): a report or suspicion and, a few paragraphs on in the same article,
  its answer (a rebuttal by the party concerned, or the reporter's own doubt about it);
* **opposed** (any topic, ``contendopposed.py``): a claim and a sentence the grouping would have joined to it but which
  takes the opposite stance ("让人笑而不语", "言过其实", "不认同");
* **disputes** (any topic, ``disputes.py``): a claim and the sentence that answers it in a
  rebuttal frame ("但也有…持不同看法", "X则认为", "我对此持保留态度"), an interview's answer
  denying the claim its question reports, another party's figure against one's own;
* **stances** (any topic, ``stances.py`` through ``disputes``): opposite stances on one action and one
  subject ("将明显回升" / "不会回升", "为时过早", "并不安全"), held by different people;
* **estimates** (any topic, ``contendestimates.py``): named holders' amounts per unit of one measure that do not
  meet ("约亏损4万元" / "亏损约在6万至8万元之间"), the lowest against the highest;
* **editor's** questions in ``content/taxonomy.yml`` (``contentions``: scope and cue words of
  each side) refine them: every whole, on-topic sentence matching a side joins it.

Each side gets a statement (its strongest point's, or its first sentence cleaned) and the
speakers the text names for its sources; a holder stands on one side only (``contendsides.py``), and a
contention whose two sides are one person's words (a full name and its short form, ``holdernames.py``)
is none; ``contendvoices.py`` puts a line agreeing with a holder on his side and leaves out frames, hedges beside the
unqualified claim and holders lent to the writer's own words; ``contendtrust.py`` keeps only what a reader can trust (a side's lines are claims, its holders
people, two sides two holders and two positions, a caveat on the side it states).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from .disputeholders import holders
from .contendeffects import DENIALS, EFFECTS, _general
from .contendopposed import MOCKING, _both_deny, _opposed  # noqa: F401 (tests import _both_deny from here)
from .contendtrust import trusted, with_label_holders
from .contendjoin import join_questions
from .contendasked import settle
from .contendvoices import placed, titled, writers
from .contendestimates import spread
from .contendfinal import finished
from .contendsides import _distinct_holders, _one_side_each, _points_citing, one_person
from .disputes import find_disputes, topic_pairs
from .disputemarkers import answered, divided, rejected_labels
from .rejections import rejected_reports
from .blockauthors import block_authors, with_block_authors
from .disputesides import well_formed_question
from .polarity import QUESTIONS, conceded, polarity, quantity_units
from .model import Citation, Contention, Point, Side, Speaker
from .statements import clean_statement, short_quote
from .rebuttals import rebutted as _rebutted
from .taxonomy import Taxonomy
from .speakerparts import held_request
from .turns import with_turn_speakers
from .claims import not_a_claim
from .text import Sentence, is_whole_sentence, to_simplified

__all__ = ["find_contentions", "mocking_points", "EFFECTS", "DENIALS"]


#: A work's title in book marks ("《Sora 横空出世，会颠覆哪些行业？》"): no cue word of a side.
_TITLE = re.compile(r"《[^《》]{1,40}》")


def _rules(sents: list[Sentence], tax: Taxonomy, points: list[Point], converters,
           by_sentence) -> list[Contention]:
    """The editor's questions: every whole, on-topic sentence matching a side joins it."""
    by_para: dict[tuple[str, str], list[Point]] = {}
    for p in points:
        for c in p.citations:
            by_para.setdefault((c.article, c.paragraph), []).append(p)
    out = []
    # the sentences a side may take and what each says, whatever the rule (read once, not once a rule)
    eligible = [(s, _TITLE.sub("", s.simple).lower().replace(" ", "")) for s in sents
                if tax.contentions and is_whole_sentence(s.original) and not (not_a_claim(s.simple) and not held_request(
                    s.simple, bool(by_sentence.get((s.article, s.index)))))]
    # (a party's request its part names the party of is its side: ``speakerparts``; a work's title,
    # "《…会颠覆哪些行业？》", says nothing of its own)
    withins: dict[tuple[str, int], str] = {}

    def within_of(s: Sentence, low: str) -> str:
        """The sentence with the statements of the points citing it (what a rule's scope is looked for in)."""
        key = (s.article, s.index)
        if key not in withins:
            citing = [p for p in by_para.get((s.article, s.paragraph), [])
                      if any(c.quote in s.original or s.original in c.quote for c in p.citations if c.article == s.article)]
            withins[key] = low + "".join(p.statement for p in citing).lower().replace(" ", "")
        return withins[key]

    for rule in tax.contentions:
        sides: dict[str, tuple[list[str], list[Citation], list[Sentence]]] = {
            "a": ([], [], []), "b": ([], [], [])}
        cue_hits: dict[tuple[str, int], tuple[str, ...]] = {}
        for s, low in eligible:
            if rule.scope and not any(w.lower().replace(" ", "") in within_of(s, low) for w in rule.scope):
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
            # its holders are those of the sentences that take the side, no one else
            speakers = tuple(sp for s in members for sp in by_sentence.get((s.article, s.index), ()))
            uniq = tuple({sp.name: sp for sp in speakers}.values())
            # (a side its holders name is stated in one of their claims, not in a reporter's sentence shown
            # above their names: the reader would credit it to them)
            held = {sp.name for sp in uniq}
            arguing = sorted((p for p in pts if any(w in p.statement for w in cues)),
                             key=lambda p: (not any(sp.name in held for sp in p.speakers), -len(p.articles), p.id))
            best = max(members, key=lambda x: (bool(by_sentence.get((x.article, x.index))),
                                               len(cue_hits[(x.article, x.index)]), -members.index(x)), default=None)
            if arguing and held and not any(sp.name in held for sp in arguing[0].speakers):
                arguing = []  # (the side's point is no holder's: a holder's own line states it)
            statement = arguing[0].statement if arguing else (
                clean_statement(best.simple, tax.topic_label, cue_hits[(best.article, best.index)])
                if best else "")
            built[key] = Side(label, tuple(pids), tuple(cites), statement, uniq)
        if built["a"].citations and built["b"].citations:
            out.append(Contention(id=f"contention-{rule.id}", topic=rule.topic, a=built["a"], b=built["b"]))
    return out


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
        for qid, side in polarity(p.statement, stated=True).items():
            by_q.setdefault(qid, {}).setdefault(side, []).append((p, quantity_units(p.statement)))
    out: list[Contention] = []
    for q in QUESTIONS:
        if not q.asks:
            continue  # a verdict's question names its subject only in its sentences ("制裁已经失败")
        sides = by_q.get(q.id, {})
        yes, no = sides.get(1, []), sides.get(-1, [])
        if q.same_quantity:
            units = {u for _, us in yes for u in us} & {u for _, us in no for u in us}
            yes = [(p, us) for p, us in yes if us & units]
            no = [(p, us) for p, us in no if us & units]
        if not yes or not no:
            continue
        built = []
        # points granting the claim and denying only what follows from it are a concession, so labelled
        no_label = q.conceded_label if q.conceded_label and all(conceded(p.statement, q) for p, _ in no) \
            else q.no_label
        for label, members in ((q.yes_label, yes), (no_label, no)):
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
                     by_sentence, opposed=(), articles=()) -> list[Contention]:
    """The editor's questions first, then general ones on points no question already holds:
    strong effects denied, and claims met with the opposite stance (``opposed`` pairs of
    candidates from the grouping); ``articles``: the pages, whose authored blocks (posts, labelled
    lines) hold their sentences and answer each other (``exchanges``)."""
    # a conversation's turn is its label's speaker's ("刘哥（群主）：" is 刘哥's)
    by_sentence = with_label_holders(with_turn_speakers(sents, by_sentence))
    authors = block_authors(articles, lambda slug: converters[slug])
    # a post's or a line's words are its author's: the holders of the sides; the finders reading whether the text
    # names a holder ("the answer is the writer's: no holder named") read the attributions as found
    plain, by_sentence = by_sentence, with_block_authors(sents, by_sentence, authors)
    out = _rules(sents, tax, points, converters, by_sentence)
    taken = {pid for c in out for pid in c.a.points + c.b.points}
    labels = {r.category.id: r.category.label for r in tax.rules}
    # a rejection of a report ("…的报道与事实不符") is read with its evidence by the disputes, not as a grouping's
    # opposed pair
    rejected = rejected_reports(sents, topic_pairs(tax.topic_label or "", tax.topic_terms))
    answers = {(x.article, x.paragraph) for _, b in rejected for x in b}
    opposite = [c for c in _opposed(opposed, points)
                if not any((x.article, x.paragraph) in answers for x in c.a.citations + c.b.citations)]
    for c in _polar(points, tax, sents, by_sentence) + _general(points, tax, labels) + opposite + \
            _rebutted(sents, tax, points, converters, plain):
        if not (set(c.a.points + c.b.points) & taken):
            out.append(c)
            taken.update(c.a.points + c.b.points)
    cited: dict[tuple[str, str], list[str]] = {}
    for c in out:
        for x in c.a.citations + c.b.citations:
            cited.setdefault((x.article, x.paragraph), []).append(x.quote)

    def already(x: Citation) -> bool:
        return any(q in x.quote or x.quote in q for q in cited.get((x.article, x.paragraph), ()))

    for c in find_disputes(sents, tax.topic_label or "", tax.topic_terms, plain, converters, already, authors,
                           rejected):
        out.append(replace(c, a=replace(c.a, points=_points_citing(c.a.citations, points)),
                           b=replace(c.b, points=_points_citing(c.b.citations, points))))
    # a "views differ" sentence ("业内看法不一") pairs the two views it announces; an answer naming what it answers
    # ("对此，X解释说", "居民抱怨…。官方则表示…") is set against it
    by_art: dict[str, list[Sentence]] = {}
    for x in sents:
        by_art.setdefault(x.article, []).append(x)
    for c in out:  # (the disputes' too: a pair another finder made is theirs)
        for x in c.a.citations + c.b.citations:
            if not already(x):
                cited.setdefault((x.article, x.paragraph), []).append(x.quote)
    marked = [c for art in sorted(by_art) for c in divided(by_art[art], plain, tax.topic_label or "") +
              answered(by_art[art], plain, tax.topic_label or "")] + rejected_labels(sents, plain, tax.topic_label or "")
    for c in marked:
        if not any(already(x) for x in c.a.citations + c.b.citations):
            out.append(replace(c, a=replace(c.a, points=_points_citing(c.a.citations, points)),
                               b=replace(c.b, points=_points_citing(c.b.citations, points))))
            for x in c.a.citations + c.b.citations:
                cited.setdefault((x.article, x.paragraph), []).append(x.quote)
    # named holders' estimates of one amount that do not meet ("约亏损4万元" / "亏损约在6万至8万元之间") are a question
    for c in spread(sents, by_sentence, converters, tax.topic_label or ""):
        if not _disputed_already(c, out):
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

    def authored(side: Side) -> Side:
        # a side no attribution names, quoting authored blocks (posts, labelled lines): held by their authors
        if side.speakers:
            return side
        found = tuple({sp.name: sp for sp in (authors[(x.article, x.paragraph)][0] for x in side.citations
                                              if (x.article, x.paragraph) in authors)}.values())
        return replace(side, speakers=found) if found else side

    out = [replace(c, a=authored(c.a), b=authored(c.b)) for c in out]
    # a line agreeing with a holder stands on his side; frames, hedges and the writer's own words hold nothing
    out = placed(out, sents, held_by, tax.topic_label or "",
                 {f"contention-{r.id}": (r.a_cues, r.b_cues) for r in tax.contentions})
    out = [_distinct_holders(_one_side_each(c, held_by)) for c in out if not one_person(c, held_by)]
    # lines and holders that are no claim and no one leave; one person or one report on both sides is none
    kept = trusted(out, sents, by_sentence, converters, tax.topic_label or "")
    kept = writers(kept, sents, articles)  # a side in the writer's own voice is the writer's
    # one question asked in two places (a report's and a dispatch's "通知太晚" / "已尽力通知") is one contention
    editors = frozenset(f"contention-{r.id}" for r in tax.contentions)
    kept = join_questions(kept, tax.topic_terms, editors)
    # the question both sides answer: the one asked before them as the title, a bare answer with its reason, and
    # none whose sides answer no common question (``contendasked``)
    kept = settle(kept, sents, by_sentence, tax.topic_label or "", tax.topic_terms, editors)
    # (a title with no subject is given the topic's; the editor's questions stay as written)
    kept = [replace(c, topic=well_formed_question((c if c.id in editors else titled(c, tax.topic_label or "")).topic))
            for c in kept]
    # one holder on one side, statements with their subject and not one thing twice, a question that is a sentence
    return finished(kept, converters, tax.topic_label or "", editors, by_sentence)


def _disputed_already(c: Contention, found: list[Contention]) -> bool:
    """Whether another contention already sets one of ``c``'s side a lines against one of its side b lines."""
    def on(side, cites):
        return any(x.article == y.article and x.paragraph == y.paragraph and (x.quote in y.quote or y.quote in x.quote)
                   for x in side.citations for y in cites)
    return any((on(o.a, c.a.citations) and on(o.b, c.b.citations)) or (on(o.b, c.a.citations) and on(o.a, c.b.citations))
               for o in found)


#: A judgement of a shortfall called premature ("现时判断政策不足言之过早", "说补贴失效为时尚早"): the rebuttal of a
#: limit, no limit itself.
_DEFERS_LIMIT = re.compile(r"(?:判断|断言|认定|认为|说)[^，。；！？]{0,12}?(?:不足|不够|失效|无效|失败|无用|没用|不灵|乏力)"
                           r"[^，。；！？]{0,4}?(?:言之过早|为时过早|为时尚早|言之尚早|还太早)")


def mocking_points(contentions: list[Contention], points: list[Point]) -> set[str]:
    """Points that mock or doubt a claim in stance words ("…让人笑而不语", "言过其实") and stand on
    a contention's doubting side: shown there, never listed as if they stated an effect. A point rebutting a
    limit ("现时判断政策不足言之过早") on either side is the other side of that contention, never a limit of its own."""
    sides = {pid for c in contentions for pid in c.b.points}
    either = sides | {pid for c in contentions for pid in c.a.points}
    return {p.id for p in points if p.id in sides and any(w in p.statement for w in MOCKING)} | \
        {p.id for p in points if p.id in either and p.kind == "limit" and _DEFERS_LIMIT.search(p.statement)}
