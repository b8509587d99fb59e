"""Briefing points: one per claim, stated once, with every source that makes it.

The pipeline (``analyse``): ``claims.candidates`` (which sentences state an impact or a limit, in
which category) → ``grouping.cluster`` and ``recruit.recruit`` (the same claim across outlets)
→ ``make_points`` here: the most central, cleanest member becomes the statement
(``statements.clean_statement``); members that do not support it leave; every supporting member
becomes a citation with its verbatim quote (``statements.short_quote``) and its speakers.
What members share and who holds them is in ``pointmembers``; quote lengths and figure quotes in
``pointquotes``.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
import re

from .claims import THRESHOLD, Candidate, _facets, candidates, classify, furniture
from .general import OWNED_FACETS, THEME_FACETS
from .pointrep import (FIGURE_REP, NEGATED_REP, REP_TRIES, TOPIC_REP, better_rep, continues, dangling, figure_support,
                       quality)
from .polarity import same_side
from .claimkeys import stated_keys
from .figurekeys import same_measure
from .grouping import CLAUSE_SHARED, HARD_BONUS, REWORDING, SUPPORT, apart, cluster, link, one_word, opposite, similarity
from .recruit import recruit
from .pointkind import group_kind
from .pointspeakers import framed_later, more_places, uncredited_holder
from .pointmembers import (FACET_ONLY_WORDING, FACET_REP, PER_ARTICLE, SPEAKER_LINK, _shared_facets, facet_words,
                           majority_category, majority_kind, own_holder)
from .companyref import name_company
from .pointquotes import _EMOJI_RUN, _REF_MARK, _STATED_FIGURE, REP_QUOTE_MAX, covering_quote, figure_quote, rep_limit
from .model import Citation, Point, Speaker
from .pointcategory import statement_category
from .statementperson import first_person, holder_speaks, quote_speaker, quoted_context, third_person
from .statements import clean_statement, short_quote
from .support import (_carries_facet, caveat, frame_only, near_day, other_day, _movers, _names, _names_shared, _owner_names, claim_words,
                      negates, reverses, supports)
from .taxonomy import Taxonomy
from .text import content_tokens, to_simplified
from .text import count_words as _count

__all__ = ["Candidate", "classify", "candidates", "furniture", "cluster", "recruit", "make_points",
           "short_quote", "clean_statement", "point_id", "THRESHOLD", "MAX_PER_CATEGORY", "MAX_POINTS"]

MAX_PER_CATEGORY = 6
#: At most this many entries in a briefing (pinned points always stay).
MAX_POINTS = 80
#: Members a point's representative sentence is weighed against (centrality).
CENTRAL_SAMPLE = 8


#: An appeal to the readers ("请各位投资者理性看待", "请广大市民注意…"): advice, no claim.
_APPEAL = re.compile(r"[“「\"'\s]*请(?!求|示|愿|假|柬|教|辞|客|问)")


def point_id(category: str, statement: str) -> str:
    """Stable id from the category and the normalised automatic statement."""
    normal = re.sub(r"[\s，。、；：！？“”「」『』,.;:!?\"'（）()]", "", statement).lower()
    return f"pt-{category}-{hashlib.sha1(normal.encode('utf-8')).hexdigest()[:6]}"


def make_points(groups: list[list[Candidate]], tax: Taxonomy, simple_of_article,
                authors: dict | None = None) -> list[Point]:
    """One point per group: statement, citations (one per paragraph), speakers, score.

    ``authors`` (``speakers.column_authors``): per article, the author who holds its own
    unattributed sentences (a column's); a point stated in such a sentence names them."""
    points: list[Point] = []
    kinds = {r.category.id: r.category.kind for r in tax.rules}
    queue = list(groups)
    topic_bits = frozenset(t for term in tuple(tax.topic_terms) + (tax.topic_label,) if term
                           for t in [term, *content_tokens(term)])
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
        shared = _shared_facets(g)
        # a member whose statement would open on an unresolved "这些/这是/它" is the statement
        # only when no other member can be
        # (worked out lazily: only the best members' statements are cleaned)
        figures = figure_support(g)
        ranked = sorted((c for c in sample if c.score > 0), key=lambda c: -(
            c.score * 0.3 + central[id(c)] + quality(c) + FACET_REP * bool(c.facets & shared)
            + TOPIC_REP * bool(_count(c.sentence.simple, tax.topic_terms)) + FIGURE_REP * figures.get(id(c), 0)
            - NEGATED_REP * negates(c.sentence.simple, c.facets - THEME_FACETS)))
        stated = {id(c): clean_statement(c.sentence.simple, tax.topic_label, c.hits, prefer=tuple(tax.topic_terms))
                  for c in ranked[:REP_TRIES]}
        def statement_of(c):
            return stated.get(id(c)) or clean_statement(c.sentence.simple, tax.topic_label, c.hits)

        def fit(c, level):
            # never an unresolved back-reference; rather not the exception that negates the
            # group's claim ("也有一些未被审查的主题"), nor the writer's own voice ("我恰恰认为…")
            st = statement_of(c)
            # … nor, unless it is a named holder's quote, a first person no one holds ("我哭死")
            return not dangling(st) and (level > 1 or not negates(c.sentence.simple, c.facets - THEME_FACETS)) \
                and (level > 0 or not first_person(in_third_person(c, st)) or bool(c.speakers))
        def in_third_person(c, st):
            conv = simple_of_article(c.sentence.article)
            holder = c.speakers[0] if c.speakers else own_holder(c, authors)
            if holder is not None:
                return third_person(st, conv(holder.name), holder.kind, quoted_context(c.sentence),
                                    c.sentence.paragraph_simple)
            writer = (authors or {}).get((c.sentence.article, ""))
            if writer is not None and not re.search(r"[“「][^”」]*[我咱]", c.sentence.simple):
                # the narration's own "我" is the writer ("我请文心一言介绍…" → "王明请文心一言介绍…")
                return third_person(st, conv(writer.name), "person")
            return third_person(st)

        rep = next((c for level in (0, 1, 2) for c in ranked if fit(c, level)), ranked[0])
        rep = better_rep(rep, ranked[:REP_TRIES], stated, tax, topic_bits)
        # every citation must carry the statement's claim: members that do not link to the
        # representative leave; a candidate of its own makes its own point, a recruit is dropped
        # each member's link and wording to the representative, worked out once (the full link
        # compares with SUPPORT exactly as link(c, rep, SUPPORT) does: ``need`` only skips work)
        to_rep: dict[int, float] = {}
        wording: dict[int, float] = {}

        def link_rep(c):
            if id(c) not in to_rep:
                to_rep[id(c)] = link(c, rep)
            return to_rep[id(c)]

        def similarity_rep(c):
            if id(c) not in wording:
                wording[id(c)] = similarity(c, rep)
            return wording[id(c)]

        kept = [c for c in g if c is rep or (link_rep(c) >= SUPPORT and not apart(c, rep)
                                             and not opposite(c, rep))]
        if len(kept) < len(g):
            left = [c for c in g if c not in kept and c.score > 0]
            g = kept
            if left:
                queue.append(left)
        # the statement is the part of the sentence that says what the outlets share
        hits = facet_words(rep.facets & shared) or rep.hits
        # of a long sentence's parts, the one about the topic ("…行业已陷入降价潮；SU7的入场，
        # 等于…又添了一把火"): the background is not the statement
        statement = clean_statement(rep.sentence.simple, tax.topic_label, hits, prefer=tuple(tax.topic_terms))
        if re.search(r"自己|自身", statement) and not re.search(r"自己|自身", statement.split("，")[0]) \
                and re.match(r"^[^，。]{0,12}(?:后|时|中)，", statement):
            # "看完…后，搁置了自己…的计划": the subject was the frame's holder ("导演X表示，")
            statement = clean_statement(rep.sentence.simple, "", hits, keep_frame=True)
        back = re.match(r"^(?:该公司|该行|该机构|公司|他|她)(?=[^们])", statement)
        if back:
            # removing the reporting frame left a back-reference: name the attributed holder,
            # or keep the frame so the sentence keeps its subject
            person = back.group(0) in ("他", "她")
            if rep.speakers and rep.speakers[0].kind == ("person" if person else "org"):
                name = simple_of_article(rep.sentence.article)(rep.speakers[0].name)
                statement = name + statement[back.end():]
            else:
                statement = clean_statement(rep.sentence.simple, "", hits, keep_frame=True)
            if person and re.match(r"^(?:他|她)(?=[^们])", statement):
                # the frame itself is "他认为…": its holder, when the text names them
                if rep.speakers and rep.speakers[0].kind == "person":
                    name = simple_of_article(rep.sentence.article)(rep.speakers[0].name)
                    statement = name + statement[1:]
        # "我们认为，X" → X (its holder is the point's speaker); "我" → the holder's name
        spoken = statement  # (the words as their holder says them: a quotation keeps its "我")
        third = in_third_person(rep, statement)
        not_holders: set[str] = set()  # holders a quotation's first person shows are not its speaker
        if first_person(third) and rep.speakers and rep.speakers[0].kind in ("person", "org"):
            # the holder's own words in the first person ("也不能说我们完全ready了…"): a quotation,
            # with its holder
            who = simple_of_article(rep.sentence.article)(rep.speakers[0].name)
            # the quotation is someone else's ("“…”佐藤说"): its holder is not listed, its speaker named
            if not holder_speaks(quoted_context(rep.sentence), who, rep.sentence.paragraph_simple):
                not_holders.add(rep.speakers[0].name)
                who = quote_speaker(quoted_context(rep.sentence))
            if who:
                third = f"{who}：“{third_person(statement).rstrip('。')}。”"
        statement = third
        if continues(statement) and rep.speakers and rep.speakers[0].kind in ("person", "org"):
            # a turn opening mid-utterance ("前提是晶片供应要跟得上…") is its holder's words, shown as theirs
            who = simple_of_article(rep.sentence.article)(rep.speakers[0].name)
            statement = f"{who}：“{spoken.rstrip('。')}。”"
        writer = (authors or {}).get((rep.sentence.article, ""))
        # the writer named in place of the narration's "我" holds the statement
        writer_holds = writer is not None and not rep.speakers and own_holder(rep, authors) is None \
            and simple_of_article(rep.sentence.article)(writer.name) in statement \
            and simple_of_article(rep.sentence.article)(writer.name) not in rep.sentence.simple
        if dangling(statement) and len({c.sentence.article for c in g}) == 1:
            # "这些都不是…的理由" alone: nothing a reader can quote says what "这些" are
            if len(g) > 1:
                queue.append([c for c in g if c is not rep and c.score > 0])
            continue
        category = g[0].category
        claim = claim_words(statement)
        # … and its figures: a quote is the part of its sentence that gives them ("首日…220万人",
        # not the sentence's opening on who made the game)
        figure_hits = tuple(dict.fromkeys(_STATED_FIGURE.findall(statement)))
        statement_facets = _facets(statement)
        # a market move or a funding round is whose it is: the names the statement gives
        owners = _owner_names(statement, topic_bits) if statement_facets & OWNED_FACETS else ()
        # the same effect on the same subject, as the statement itself says it
        stated = stated_keys(rep.claimkeys, statement)
        # … or the same facet (a fall, a funding round) of the same named company or person
        names = _names(statement, tax)
        # a move of the topic's own company ("康华制药股价大涨") is owned by the topic's names
        own = tuple(n for n in dict.fromkeys((*tax.topic_terms, tax.topic_label)) if n and n in statement)
        citations: list[Citation] = []
        cited: list[Candidate] = []
        quote_of: dict[int, str] = {}  # each cited candidate's own quote
        vouching: list[Candidate] = []  # the citations that surely make the statement's claim
        rejected: list[Candidate] = []
        seen_para: set[tuple[str, str]] = set()
        # the members that say the statement most nearly come first: an article is cited at most
        # PER_ARTICLE times (a reader wants each outlet once, not every paragraph of one column)
        ordered = [rep] + sorted((c for c in g if c is not rep), key=lambda c: (-link_rep(c), -c.score))
        per_article: dict[str, int] = {}
        for c in ordered:
            key = (c.sentence.article, c.sentence.paragraph)
            if key in seen_para:
                continue
            if per_article.get(c.sentence.article, 0) >= PER_ARTICLE:
                if c.score > 0:
                    rejected.append(c)  # a claim of its own, perhaps: it may make its own point
                continue
            if c is not rep and (opposite(c, rep) or set(c.polar) - set(rep.polar)):
                # the other side of a question, or a side taken on a question the statement does
                # not raise ("杰富瑞预计只能交付6万至8万辆，低于目标" under a capacity statement)
                if c.score > 0:
                    rejected.append(c)  # the other side of the question: its own point, never a source
                continue
            conv = simple_of_article(c.sentence.article)
            # the quote is the part of the sentence that carries the statement's words; the
            # statement's own sentence is quoted as far as the statement goes (a statement never
            # ends on words its quote cut off: "…对学生族群并不友善" after a quote stopping at
            # "…1万5千元左右")
            quote = short_quote(c.sentence.original, conv, c.hits + claim + figure_hits,
                                **({"limit": rep_limit(statement)} if c is rep else {}))
            if c is rep:
                quote = covering_quote(c.sentence.original, conv, statement, quote, REP_QUOTE_MAX)
            if c is not rep and figure_hits and c.hard & rep.hard and not same_measure(statement, conv(quote)) \
                    and same_measure(statement, c.sentence.simple):
                # the sentence gives the statement's figure of the same thing in a clause the quote
                # left out: the quote starts at that clause, the words that prove the point, and
                # goes on as far as a quote goes
                quote = figure_quote(c.sentence.original, conv, figure_hits) or quote
            if c is not rep and owners and not any(n in conv(quote).lower() for n in owners) \
                    and _owner_names(conv(quote), topic_bits):
                if c.score > 0:
                    rejected.append(c)  # another company's rise or round: its own point
                continue
            if c is not rep and uncredited_holder(c, rep, conv):
                if c.score > 0:
                    rejected.append(c)  # another holder's words in the same article: their own point
                continue
            if c is not rep and negates(conv(quote), c.facets & rep.facets) \
                    and not negates(statement, c.facets & rep.facets):
                continue  # "也有一些未被审查的主题" is evidence against "被审查", and no point of it
            if c is not rep and reverses(statement, c.sentence.simple, topic_bits) \
                    and not _carries_facet(conv(quote), c.facets & rep.facets & statement_facets):
                # "…并非单纯靠补贴" under "低价主要依靠补贴": the statement's words said the other way
                # round are evidence against it (unless it says the statement's specific facet in
                # its own words: "并非现场操作，而是录播"); the sentence may make its own point
                if c.score > 0:
                    rejected.append(c)
                continue
            if c is not rep and frame_only(conv(quote)):
                continue  # "汽车行业分析师孙立航则直言", "…则持不同看法": who speaks, not what is said
            if c is not rep and c.score <= 0 and caveat(c.sentence.simple, statement):
                continue  # a sentence recruited on shared words that qualifies the claim ("但…")
            if c is not rep and c.score <= 0 and (one_word(c, rep) or _APPEAL.match(c.sentence.simple)):
                # recruited on one shared word ("负担"), or an appeal to its readers that states no
                # claim ("请各位投资者理性看待，…" under a hospital's "…请家长理性看待"): another claim
                continue
            if c is not rep and similarity_rep(c) < FACET_ONLY_WORDING and not (
                    (c.facets & rep.facets) - THEME_FACETS or (c.rare & rep.rare) - set(facet_words(c.facets))
                    or c.hard & rep.hard
                    or c.claimkeys & stated or _names_shared(names, conv(quote))
                    or (rep.polar and same_side(c.polar, rep.polar))):
                # a shared theme ("成熟度", "版权") and next to no shared wording, specific facet,
                # rare word, figure, name or answer to a question: another claim on the same theme
                # ("人才第一" under "只是个玩具"); a specific facet in other words ("暴跌" / "应声
                # 而落") or the same answer ("亏钱在卖" / "很难赚到钱") stays
                if c.score > 0:
                    rejected.append(c)
                continue
            if c is not rep and other_day(statement, conv(quote)) and not (
                    near_day(statement, conv(quote)) and similarity(c, rep, REWORDING, CLAUSE_SHARED) >= REWORDING):
                # (the same announcement in the same words, a day apart: the outlets disagree on
                # the day of one event, "9月14日举行记者会" / "9月15日召开新闻发布会")
                if c.score > 0:
                    rejected.append(c)  # another day's event (the July ban, the rally two days later)
                continue
            moved = c.facets & rep.facets & OWNED_FACETS
            if c is not rep and moved and _movers(statement, moved) and _movers(conv(quote), moved) \
                    and not _movers(statement, moved) & _movers(conv(quote), moved):
                # another company's rise or fall, whatever else the two sentences share
                if c.score > 0:
                    rejected.append(c)
                continue
            if c is not rep and not (c.claimkeys & stated) and not (rep.polar and same_side(c.polar, rep.polar)) \
                    and not (c.facets & rep.facets and (_names_shared(names, conv(quote)) or (
                        not names and not _owner_names(conv(quote), topic_bits)
                        and _names_shared(own, conv(quote))))) \
                    and not _carries_facet(conv(quote), c.facets & rep.facets & statement_facets) \
                    and not (c.hard & rep.hard and same_measure(statement, conv(quote))) \
                    and not supports(conv(quote), claim, link_rep(c) - HARD_BONUS * bool(c.hard & rep.hard),
                                     c.facets & rep.facets, topic_bits, statement):
                # a related sentence that does not itself make the claim is no source of it; a
                # candidate of its own may still make its own point
                if c.score > 0:
                    rejected.append(c)
                continue
            seen_para.add(key)
            per_article[c.sentence.article] = per_article.get(c.sentence.article, 0) + 1
            cited.append(c)
            if c is rep or c.claimkeys & stated or similarity_rep(c) >= SPEAKER_LINK \
                    or _carries_facet(conv(quote), c.facets & rep.facets & statement_facets) \
                    or c.claimkeys & rep.claimkeys or (rep.polar and same_side(c.polar, rep.polar)) \
                    or {f for f in statement_facets & c.facets if f.startswith("denies-")} & _facets(conv(quote)):
                # (a quote stating the claim's own effect on its subject, taking the same side of its
                # question, or denying the same strong effect, "不认同…会颠覆…的说法" under "还不足以颠覆
                # 行业", holds the claim too)
                vouching.append(c)
            citations.append(Citation(c.sentence.article, c.sentence.paragraph, quote))
            quote_of[id(c)] = quote
        # a point's speakers are those of the quotes that carry it, and no one else
        kind = g[0].kind
        if rejected:
            queue.append(rejected)
        cited_ids = {id(c) for c in cited}
        g = [c for c in g if id(c) in cited_ids]
        category = group_kind(g, majority_kind(g, category, kinds), kinds)
        # … whose words the statement itself uses: a cue word of a clause it left out decides nothing
        category = statement_category(statement, category, tax, tuple(tax.orgs) + tuple(tax.persons))
        # … and its kind is that category's (one fact two outlets filed as an impact and a limit)
        kind = kinds.get(category, kind)
        speakers: list[Speaker] = []
        seen_sp: set[str] = set()
        again: list[Speaker] = []
        for c in vouching:  # a quote cited on weaker ground lends no speaker: unsure, say nothing
            for sp in c.speakers:
                if c is rep and sp.name in not_holders:
                    continue  # (the statement names the quotation's own speaker, or no one)
                if framed_later(quote_of.get(id(c), ""), c.sentence.original, sp.name):
                    continue  # the writer's clause before a frame of a later clause: not the holder's words
                key = to_simplified(sp.name, "zh-Hant")  # 黃立信 and 黄立信 are one holder
                if sp.name not in seen_sp and key not in seen_sp:
                    seen_sp.update((sp.name, key))
                    speakers.append(sp)
                else:
                    again.append(sp)
                if sp.paragraph != c.sentence.paragraph and sp.article == c.sentence.article:
                    # named at a turn's label or a post's heading: the speaker of this quote's paragraph too
                    again.append(replace(sp, paragraph=c.sentence.paragraph))
        for c in vouching:
            # a column's (or a desk comment's) own view is its author's; not someone's quoted words
            holder = own_holder(c, authors)
            if holder is not None and holder.article == c.sentence.article:
                holder = replace(holder, paragraph=c.sentence.paragraph)  # at the quote's own place
            if holder is not None and holder.name not in seen_sp:
                seen_sp.add(holder.name)
                if c is rep:
                    speakers.insert(0, holder)
                else:
                    speakers.append(holder)
            elif holder is not None:
                again.append(holder)  # the author's view cited a second time: theirs at that place too
            if holder is not None and holder.paragraph != c.sentence.paragraph:
                again.append(replace(holder, paragraph=c.sentence.paragraph))  # the quote's own place too
        # … and each quote keeps its own speaker: a holder quoted in a second paragraph or outlet is
        # recorded there too (after the first holders; pages show a name once, pointspeakers.py)
        speakers += more_places(speakers, again)
        if writer_holds and writer.name not in seen_sp:
            speakers.insert(0, writer)
        arts = {c.sentence.article for c in g}
        best_per_article = {}
        for c in g:
            best_per_article[c.sentence.article] = max(best_per_article.get(c.sentence.article, 0), c.score)
        score = sum(best_per_article.values()) + 2.0 * (len(arts) - 1) + quality(rep)
        # an investor-relations line's "公司" is the company that says it ("公司拥有海量的 IP" → 中文在线)
        statement = name_company(statement, rep.sentence.article, rep.sentence.paragraph,
                                 (*rep.speakers, *speakers), simple_of_article(rep.sentence.article))
        # a post's pictographs and an encyclopedia's reference marks ("…碰撞[16]。") are no part of a claim
        statement = _REF_MARK.sub("", _EMOJI_RUN.sub("", statement)).strip()
        if statement and statement[-1] not in "。！？!?”」":
            statement += "。"
        points.append(Point(id=point_id(category, statement), kind=kind, category=category,
                            statement=statement, citations=tuple(citations),
                            speakers=tuple(speakers), score=round(score, 2)))
    return points
