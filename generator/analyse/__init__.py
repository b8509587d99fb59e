"""Analysis: from cleaned articles to the briefing, digests, figures, timeline and entities.

``analyse(articles, taxonomy_path=…, overrides_path=…)`` returns ``(Analysis, warnings)``. It is
pure: it reads the two editor files and nothing else, and writes nothing.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

from .contentions import find_contentions, mocking_points
from .model import Analysis, Point
from .overview import overview as make_overview
from .overrides import apply_overrides, dropped_paragraphs, load_overrides
from .pointcategory import fits_category
from .rarewords import repeated_rare, word_spread
from .points import MAX_PER_CATEGORY, MAX_POINTS, cluster, furniture, make_points, recruit
from .speakers import ROLE_TITLES, column_authors
from .speakerdoc import doc_speakers as _speakers  # noqa: F401 (incremental imports it from here)
from .speakerdoc import _voice
from .relevance import authored_units, corpus_topic_words, off_topic_sections, relevant
from .retractions import unretracted
from .newsworthy import newsworthy
from .consensus import consensus_candidates
from .taxonomy import Taxonomy, load_taxonomy, unmatched_categories
from .text import Sentence, content_tokens, to_simplified
from .idfbase import idf  # (N on a grid: one edit rarely moves every weight)

__all__ = ["analyse", "Analysis", "load_taxonomy"]


def analyse(articles, taxonomy_path: Path = Path("content/taxonomy.yml"),
            overrides_path: Path | None = Path("content/overrides.yml"),
            names_path: Path | None = None, part_cache=None) -> tuple[Analysis, list[str]]:
    """Analyse the articles; return the analysis and human-readable warnings.

    ``names_path`` is the editor's names file (default: ``names.yml`` beside the taxonomy).
    ``part_cache`` (``incremental.PartCache``) keeps each article's own part between runs
    (``incremental.analyse_cached``); the result is the same with or without it."""
    from .incremental import article_parts, corpus_candidates, editor_key, merge_speakers
    from .namelist import load_names

    started = time.perf_counter()
    warnings: list[str] = []
    tax = load_taxonomy(Path(taxonomy_path))
    warnings += tax.notes
    names = load_names(Path(names_path) if names_path else Path(taxonomy_path).parent / "names.yml")
    ov = load_overrides(Path(overrides_path) if overrides_path else None)
    scripts = {a.slug: a.script for a in articles}
    converters = {slug: (lambda text, sc=sc: to_simplified(text, sc)) for slug, sc in scripts.items()}
    paragraphs = {(a.slug, p.id): p.text for a in articles for p in a.paragraphs}
    dropped = dropped_paragraphs(ov, paragraphs, warnings)

    titles = tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES))
    names_file = Path(names_path) if names_path else Path(taxonomy_path).parent / "names.yml"
    parts = article_parts(articles, tax, dropped, converters, titles, part_cache,
                          editor_key(Path(taxonomy_path), names_file,
                                     Path(overrides_path) if overrides_path else None)
                          if part_cache is not None else "")
    per_article: dict[str, list[Sentence]] = {a.slug: p.sentences for a, p in zip(articles, parts)}
    all_sents = [s for a in articles for s in per_article[a.slug]]
    weights = idf([content_tokens(s.simple) for s in all_sents])

    sentence_speakers, speaker_list, roles_found = merge_speakers(parts)

    skip = furniture(all_sents, tax.topic_terms)
    cands = corpus_candidates(parts, all_sents, tax, skip)
    cands += consensus_candidates(all_sents, cands, tax, skip)
    from .englishclaims import english_candidates  # an English sentence's claims and speakers
    english_cands, english_sents = english_candidates(all_sents, tax, skip, sentence_speakers)
    cands += english_cands
    topic_words = corpus_topic_words([p.terms for p in parts], [converters[a.slug](a.title or "") for a in articles])
    elsewhere = off_topic_sections(articles, lambda slug: converters[slug],
                                   tuple(tax.topic_terms) + (tax.topic_label,) + topic_words, all_sents)
    cands = relevant(cands, all_sents, topic_words, elsewhere, authored_units(articles))
    from .pieceitems import off_topic_pieces  # a digest's other items feed no timeline, figure or name
    other_pieces = off_topic_pieces(articles, elsewhere, tuple(tax.topic_terms) + (tax.topic_label,) + topic_words,
                                    lambda slug: converters[slug])
    topic_sents = [s for s in all_sents if (s.article, s.paragraph) not in other_pieces]
    warnings += unmatched_categories(tax, {c.category for c in cands}) if articles else []
    for c in cands:
        c.speakers = sentence_speakers.get((c.sentence.article, c.sentence.index), ())
    opposed: list = []
    rare = repeated_rare(word_spread(all_sents))  # words that tie outlets to one claim
    groups = cluster(cands, weights, frozenset(tax.topic_terms) | {tax.topic_label}, opposed, rare)
    recruited = recruit(groups, all_sents, tax, weights, skip, rare)
    for g in groups:
        for c in g:
            c.speakers = sentence_speakers.get((c.sentence.article, c.sentence.index), ())
    authors = column_authors(articles, lambda slug: converters[slug])  # (read once: points and outlets' voice)
    points = make_points(groups, tax, lambda slug: converters[slug], authors)
    from .englishpoints import english_points  # an English point stated whole, in English, labelled
    points = english_points(points, english_sents)
    from .englishmerge import merge_english  # … and joined to the Chinese point stating the same figures
    from .englishtext import partners
    points = merge_english(points, partners(all_sents))
    kinds = {r.category.id: r.category.kind for r in tax.rules}
    points, applied = apply_overrides(points, ov, kinds, paragraphs, warnings)
    from .capmerge import members_of
    members = members_of(points, groups)
    candidates = points
    points = _rank_and_cap(points, tax, members)

    member_of = {}
    for g in groups:
        for c in g:
            member_of[(c.sentence.article, c.sentence.index)] = g
    contentions = find_contentions(all_sents, tax, points, converters, sentence_speakers, opposed, articles)
    from .pointsides import split_sides  # a point citing both sides of a contention keeps its own side
    points, contentions = split_sides(points, contentions)
    mocking = mocking_points(contentions, points)
    sides = frozenset(pid for c in contentions for s in (c.a, c.b) for pid in s.points)
    points = _cap([p for p in points if p.id not in mocking], MAX_POINTS - len(contentions), members, sides, tax)
    from .capnote import left_out  # what the cap dropped, for the editor (the briefing's method)
    dropped = left_out(candidates, points, frozenset(mocking))
    from .pointspeakers import under_headings  # a post's author holds each quoted paragraph of the post
    points, contentions = under_headings(points, contentions, articles)
    from .quoteframe import with_quote_frames  # a quote's speaker is whom its own clause's frame names
    points, contentions = with_quote_frames(points, contentions, per_article, sentence_speakers,
                                            lambda n, r: _voice(n, r, tax))
    points = _outlets_speak(points, articles, per_article, sentence_speakers, converters, tax, authors)
    from .homeplace import with_home_places
    points = with_home_places(points, articles, lambda slug: converters[slug])  # a Taiwan outlet's "国内"
    from .wirecopy import with_copies  # two outlets printing one wire text are one source of it
    simple_paras = {(a.slug, p.id): converters[a.slug](p.text) for a in articles for p in a.paragraphs}
    points = with_copies(points, {a.slug: "".join(simple_paras[(a.slug, p.id)] for p in a.paragraphs)
                                  for a in articles}, simple_paras)
    from .pointdiffers import with_differs  # outlets giving one claim's figure or date differently, shown as such
    written = {(a.slug, p.id): p.text for a in articles for p in a.paragraphs}
    points = with_differs(points, lambda slug, pid: written.get((slug, pid), ""), lambda slug, text: converters[slug](text))

    from .entities import find_entities
    from .facts import find_events, find_figures
    from .digest import CorpusIndex

    from .datepage import page_dates
    dates = page_dates(articles, lambda slug: converters[slug])  # an undated page: its own stamp
    order = {a.slug: i for i, a in enumerate(articles)}
    from .tables import table_sentences

    figures = find_figures(topic_sents + table_sentences(articles, converters),
                           {k: v[0].name for k, v in sentence_speakers.items() if v}, weights)
    from .englishfigures import english_figures  # an English clause's figures, read in English
    from .englishtext import is_english
    figures = [f for f in figures if not is_english(f.context)] + english_figures(
        topic_sents, {k: v[0].name for k, v in sentence_speakers.items() if v})
    from .entrydays import heading_days, live_entries
    from .datetables import column_dates  # a table's date columns: the figures of each date
    events = find_events(topic_sents + table_sentences(articles, converters, for_events=True)
                         + column_dates(articles, converters),
                         dates, weights, tax.topic_terms, order, live_entries(articles), heading_days(articles))
    from .eventpapers import with_paper_events
    events = with_paper_events(events, articles, lambda slug: converters[slug])  # a notice's own date
    extra = tuple((a.slug, b.id, converters[a.slug](b.text), b.text) for a in articles
                  for b in a.blocks if b.kind != "p" and b.id and b.text and (a.slug, b.id) not in other_pieces)
    bylines = tuple((a.slug, converters[a.slug](a.outlet or _title_outlet(a.title)),
                     converters[a.slug](a.author or "")) for a in articles)
    from .namecredits import credit_names
    entities = find_entities(topic_sents, speaker_list, tax, roles_found, names, extra, bylines,
                             credit_names(articles, lambda slug: converters[slug]))
    from .nameworks import with_works  # a title in 《》 is a work, not a product
    entities = with_works(entities, paragraphs)
    from .eventpeople import with_lives  # a person's CV is theirs, not the story's timeline
    events = with_lives(events, entities, dates, lambda slug, text: converters[slug](text))
    from .speakerfinish import finish_speakers  # a person's fullest role, the index's spelling of a misread name
    points, contentions, entities = finish_speakers(points, contentions, entities, sentence_speakers, articles)
    from .contendfinal import holders_once  # (the frames re-read each side's holders: still one side each)
    contentions = [holders_once(c) for c in contentions]
    slugs = [a.slug for a in articles]

    doc_freq: Counter = Counter()
    for p in parts:
        doc_freq.update(set(p.terms))
    quotes: dict[tuple[str, str], list[str]] = {}
    for p in points:
        for c in p.citations:
            quotes.setdefault((c.article, c.paragraph), []).append(c.quote)
    salient = {(c.sentence.article, c.sentence.index) for c in cands
               if any(q in c.sentence.original or c.sentence.original in q
                      for q in quotes.get((c.sentence.article, c.sentence.paragraph), ()))}
    index = CorpusIndex(points, figures, entities, len(articles))
    from .digestmemo import digests as kept_digests  # each digest kept across saves while its reads hold
    digests = kept_digests(articles, per_article, weights, tax, index, slugs, converters, warnings,
                           doc_freq, salient, part_cache.keys if part_cache is not None else None)
    # a corrected figure leads nothing
    overview = make_overview(articles, unretracted(points, all_sents), contentions,
                             tuple(tax.topic_terms) + (tax.topic_label,))
    method = {
        "sentences": len(all_sents), "candidates": len(cands), "groups": len(groups), "recruited": recruited,
        "points": len(points), "overrides_applied": applied,
        "cap": MAX_POINTS, "left_out": len(dropped), "left_out_points": dropped,
        "seconds": round(time.perf_counter() - started, 3),
    }
    analysis = Analysis(categories=tax.categories, points=tuple(points),
                        contentions=tuple(contentions), figures=tuple(figures),
                        events=tuple(events), entities=tuple(entities), digests=digests,
                        overview=overview, method=method)
    _check_quotes(analysis, paragraphs, warnings)
    return analysis, warnings


def _outlets_speak(points, articles, per_article, sentence_speakers, converters, tax, authors=None):
    """The reporter's own text is the outlet's (``outletvoice``): not in a writer's column."""
    from .outletvoice import with_outlets

    if authors is None:
        authors = column_authors(articles, lambda slug: converters[slug])
    columns = {slug for slug, sp in authors.items() if getattr(sp, "kind", "") == "person"}
    outlets = {a.slug: a.outlet or _title_outlet(a.title) for a in articles}
    # an outlet is the media's voice whatever its name says ("证券日报" is no brokerage)
    media = next(((gid, label) for gid, label, _ in tax.voices if gid == "media"), ("", ""))
    return with_outlets(points, articles, per_article, sentence_speakers, outlets, columns, lambda name: media)


def _title_outlet(title: str | None) -> str:
    """The outlet a reposted title names before a bar ("电厂｜百度发布…"), or ''."""
    m = re.match(r"\s*([^｜|：:]{2,12}?)\s*[｜|]\s*\S", title or "")
    return m.group(1) if m else ""


def _rank_and_cap(points: list[Point], tax: Taxonomy, members: dict | None = None) -> list[Point]:
    """Order points by category (taxonomy order), pinned first, then by sources and score; cap.
    When the cap binds, the points that state one claim are merged first (``capmerge``)."""
    dups: set = set()
    if members is not None:
        from .capmerge import duplicates, merge_when_full, merge_same_claims
        points = merge_same_claims(points, members, _strength)  # one point per claim, full or not
    if members is not None and len(points) > MAX_POINTS:
        points = merge_when_full(points, MAX_POINTS, members, _strength)
        if len(points) > MAX_POINTS:
            dups = duplicates(points, members, _strength)
    order = {r.category.id: i for i, r in enumerate(tax.rules)}
    # (a point another one already states goes before the only point of a claim)
    # (… and within a category a point whose words name its subject before one filed by its context)
    fit = {p.id: fits_category(p, tax) for p in points}
    ranked = {cid: sorted((p for p in points if p.category == cid),
                          key=lambda p: (p.pinned is False and p.id in dups, p.pinned is False and not fit[p.id],
                                         _strength(p))) for cid in order}
    # each category keeps MAX_PER_CATEGORY; room left under MAX_POINTS goes round the categories
    take = {cid: max(MAX_PER_CATEGORY, sum(p.pinned for p in these)) for cid, these in ranked.items()}
    room = MAX_POINTS - sum(min(take[c], len(ranked[c])) for c in order)
    while room > 0 and any(take[c] < len(ranked[c]) for c in order):
        for cid in order:
            if room > 0 and take[cid] < len(ranked[cid]):
                take[cid] += 1
                room -= 1
    kept = {p.id for cid in order for p in ranked[cid][:take[cid]]}
    return [p for cid in order for p in sorted(ranked[cid], key=_strength) if p.id in kept]


def _strength(p: Point) -> tuple:
    """Pinned first, then the points more outlets make, then those someone is quoted saying (a
    named speaker's claim over the narration's passing remark) or that report the news an analyst
    must not lose however unvoiced (a market move, a funding round, a rule, a forecast with its
    figure: ``newsworthy``), then by score."""
    return (not p.pinned, -len(p.articles), not (p.speakers or newsworthy(p.statement)), -p.score)


def _cap(points: list[Point], limit: int, members: dict | None = None,
         sides: frozenset = frozenset(), tax: Taxonomy | None = None) -> list[Point]:
    """A briefing a reader can take in: beyond ``limit`` entries (contentions count too), the
    points that state one claim are merged (``capmerge``; a contention's sides are never merged
    away), then the weakest single-source points go first; pinned points always stay."""
    if len(points) <= limit:
        return points
    if members is not None:
        from .capmerge import merge_when_full
        points = merge_when_full(points, limit, members, _strength, sides)
        if len(points) <= limit:
            return points
        from .capmerge import duplicates
        dups = duplicates(points, members, _strength) - sides
    else:
        dups = set()
    # a point another one already states goes before the only point of a claim; among points of the
    # same reach, one its category's words describe goes before one filed by its context, and the
    # categories take turns (a category's second point before another's seventh: copyright or
    # privacy is not crowded out by a sixth point on abilities); within a category's turn, one
    # someone is quoted saying before the narration's
    fit = {p.id: tax is None or fits_category(p, tax) for p in points}
    turn: dict[str, int] = {}
    seen: dict[tuple, int] = {}
    for p in sorted(points, key=lambda p: (not p.pinned and p.id in dups, *_strength(p), p.id)):
        reach = (p.category, not p.pinned, -len(p.articles), not fit[p.id])
        turn[p.id] = seen.get(reach, 0)
        seen[reach] = turn[p.id] + 1
    ranked = sorted(points, key=lambda p: (not p.pinned and p.id in dups, not p.pinned, -len(p.articles),
                                           not fit[p.id], turn[p.id], not (p.speakers or newsworthy(p.statement)), -p.score, p.id))
    room = max(limit, sum(p.pinned for p in points))
    # no category is emptied by the cap: each keeps its strongest point first (a whole kind of
    # limit, e.g. one only the narration states, must not vanish behind quoted points of others)
    firsts = {}
    for p in ranked:
        firsts.setdefault(p.category, p)
    keep = [p.id for p in ranked if p.pinned]
    keep += [p.id for p in firsts.values() if not p.pinned][:max(room - len(keep), 0)]
    chosen = set(keep)
    keep += [p.id for p in ranked if p.id not in chosen][:max(room - len(keep), 0)]
    keep = set(keep)
    return [p for p in points if p.id in keep]


def _check_quotes(analysis: Analysis, paragraphs: dict, warnings: list[str]) -> None:
    """Every citation must point at an existing paragraph containing its quote."""
    for p in analysis.points:
        for c in p.citations:
            text = paragraphs.get((c.article, c.paragraph))
            if text is None or c.quote not in text:
                warnings.append(f"point {p.id}: citation {c.article}#{c.paragraph} does not hold its quote")

