"""Analysis: from cleaned articles to the briefing, digests, figures, timeline and entities.

``analyse(articles, taxonomy_path=…, overrides_path=…)`` returns ``(Analysis, warnings)``. It is
pure: it reads the two editor files and nothing else, and writes nothing.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

from .model import Analysis, Citation, Contention, Overview, Point, Side, Speaker
from .overrides import apply_overrides, dropped_paragraphs, load_overrides
from .points import MAX_PER_CATEGORY, candidates, cluster, make_points, short_quote
from .speakers import ROLE_TITLES, find_attributions
from .taxonomy import Taxonomy, load_taxonomy
from .text import Sentence, content_tokens, idf, sentences_of, to_simplified

__all__ = ["analyse", "Analysis", "load_taxonomy"]


def analyse(articles, taxonomy_path: Path = Path("content/taxonomy.yml"),
            overrides_path: Path | None = Path("content/overrides.yml")) -> tuple[Analysis, list[str]]:
    """Analyse the articles; return the analysis and human-readable warnings."""
    started = time.perf_counter()
    warnings: list[str] = []
    tax = load_taxonomy(Path(taxonomy_path))
    ov = load_overrides(Path(overrides_path) if overrides_path else None)
    scripts = {a.slug: a.script for a in articles}
    converters = {slug: (lambda text, sc=sc: to_simplified(text, sc)) for slug, sc in scripts.items()}
    paragraphs = {(a.slug, p.id): p.text for a in articles for p in a.paragraphs}
    dropped = dropped_paragraphs(ov, paragraphs, warnings)

    per_article: dict[str, list[Sentence]] = {}
    for a in articles:
        sents = sentences_of(a, converters[a.slug])
        per_article[a.slug] = [s for s in sents if (s.article, s.paragraph) not in dropped]
    all_sents = [s for a in articles for s in per_article[a.slug]]
    weights = idf([content_tokens(s.simple) for s in all_sents])

    titles = tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES))
    sentence_speakers, speaker_list, roles_found = _speakers(articles, per_article, titles, tax)

    cands = candidates(all_sents, tax)
    for c in cands:
        c.speakers = sentence_speakers.get((c.sentence.article, c.sentence.index), ())
    groups = cluster(cands, weights)
    points = make_points(groups, tax, lambda slug: converters[slug])
    kinds = {r.category.id: r.category.kind for r in tax.rules}
    points, applied = apply_overrides(points, ov, kinds, paragraphs, warnings)
    points = _rank_and_cap(points, tax)

    member_of = {}
    for g in groups:
        for c in g:
            member_of[(c.sentence.article, c.sentence.index)] = g
    contentions = _contentions(all_sents, tax, points, converters)

    from .entities import find_entities
    from .facts import find_events, find_figures
    from .digest import CorpusIndex, make_digest

    figures = find_figures(all_sents)
    dates = {a.slug: a.date for a in articles}
    events = find_events(all_sents, dates, weights, tax.topic_terms)
    entities = find_entities(all_sents, speaker_list, tax, roles_found)
    slugs = [a.slug for a in articles]
    from .digest import article_terms

    doc_freq: Counter = Counter()
    for a in articles:
        doc_freq.update(set(article_terms(per_article[a.slug])))
    quotes: dict[tuple[str, str], list[str]] = {}
    for p in points:
        for c in p.citations:
            quotes.setdefault((c.article, c.paragraph), []).append(c.quote)
    salient = {(c.sentence.article, c.sentence.index) for c in cands
               if any(q in c.sentence.original or c.sentence.original in q
                      for q in quotes.get((c.sentence.article, c.sentence.paragraph), ()))}
    index = CorpusIndex(points, figures, entities, len(articles))
    digests = tuple(make_digest(a, per_article[a.slug], weights, tax, index,
                                slugs, converters[a.slug], warnings, doc_freq=doc_freq,
                                salient=salient) for a in articles)
    overview = _overview(articles, points)
    method = {
        "sentences": len(all_sents), "candidates": len(cands), "groups": len(groups),
        "points": len(points), "overrides_applied": applied,
        "seconds": round(time.perf_counter() - started, 3),
    }
    analysis = Analysis(categories=tax.categories, points=tuple(points),
                        contentions=tuple(contentions), figures=tuple(figures),
                        events=tuple(events), entities=tuple(entities), digests=digests,
                        overview=overview, method=method)
    _check_quotes(analysis, paragraphs, warnings)
    return analysis, warnings


def _voice(name: str, role: str, tax: Taxonomy) -> tuple[str, str]:
    text = (role + name).lower()
    for gid, label, cues in tax.voices:
        if any(c.lower() in text for c in cues):
            return gid, label
    return "", ""


def _speakers(articles, per_article, titles, tax):
    """Speakers per sentence (only where the text attributes), with bare names and pronouns
    resolved inside the article."""
    by_sentence: dict[tuple[str, int], tuple[Speaker, ...]] = {}
    found: list[tuple[str, str, str]] = []
    roles_found: dict[str, str] = {}
    title_name = re.compile("(" + "|".join(map(re.escape, titles)) + r")([\u4e00-\u9fff]{2,3})(?=[，。、表认指称说坦直也同亦告向就看]|在(?!线))")
    for a in articles:
        sents = per_article[a.slug]
        conv = (lambda t, sc=a.script: to_simplified(t, sc))
        known: dict[str, tuple[str, str]] = {}
        last_person: Speaker | None = None
        by_para: dict[str, list[Sentence]] = {}
        for s in sents:
            by_para.setdefault(s.paragraph, []).append(s)
        for pid, psents in by_para.items():
            psimple = psents[0].paragraph_simple
            porig = psents[0].paragraph_original
            for m in title_name.finditer(psimple):
                name = m.group(2)
                from .entities import SURNAMES
                if name[0] in SURNAMES and name not in known:
                    left = psimple[:m.start(1)]
                    cut = max(left.rfind(ch) for ch in "，。；：“”、")
                    role = psimple[cut + 1:m.end(1)]
                    known[name] = (role, "person")
                    roles_found.setdefault(name, role)
            atts = []
            for att in find_attributions(psimple, titles):
                name, role, kind = att.name, att.role, att.kind
                if kind == "pronoun":
                    if last_person is None:
                        continue
                    name, role, kind = last_person.name, last_person.role, "person"
                elif kind == "bare":
                    if name in known:
                        role, kind = known[name][0], known[name][1]
                    elif name in tax.persons or name[0] in _surnames():
                        kind = "person"
                    else:
                        continue
                if kind == "person" and name and name not in known and role:
                    known[name] = (role, "person")
                o_name = _orig(porig, psimple, name)
                o_role = _orig(porig, psimple, role) if role else ""
                group, label = _voice(name, role, tax)
                sp = Speaker(name=o_name, role=o_role, article=a.slug, paragraph=pid, kind=kind,
                             group=group, group_label=label)
                atts.append((att.start, att.end, sp))
                found.append((name, role, kind))
                if kind == "person":
                    last_person = sp
            for s in psents:
                sp = _speaker_for(s, psimple, atts, conv)
                if sp:
                    by_sentence[(s.article, s.index)] = (sp,)
    return by_sentence, found, roles_found


def _surnames():
    from .entities import SURNAMES

    return SURNAMES


def _orig(original: str, simple: str, part: str) -> str:
    """The original-script spelling of a span found in the simplified copy."""
    if len(original) == len(simple):
        i = simple.find(part)
        if i >= 0:
            return original[i:i + len(part)]
    return part


def _speaker_for(s: Sentence, psimple: str, atts, conv) -> Speaker | None:
    """The speaker of one sentence: an attribution inside it, else the quote or paragraph it
    continues."""
    if not atts:
        return None
    start = psimple.find(s.simple[:12]) if len(s.simple) >= 12 else psimple.find(s.simple)
    if start < 0:
        start = s.start
    end = start + len(s.simple)
    inside = [sp for a, b, sp in atts if start <= a < end]
    if inside:
        return inside[0]
    before = [sp for a, b, sp in atts if b <= start]
    after = [sp for a, b, sp in atts if end <= a <= end + 3]
    if after and s.simple.rstrip("。").endswith(("”", "」")):
        return after[0]
    if before:
        return before[-1]
    return None


def _rank_and_cap(points: list[Point], tax: Taxonomy) -> list[Point]:
    """Order points by category (taxonomy order), pinned first, then by sources and score; cap."""
    order = {r.category.id: i for i, r in enumerate(tax.rules)}
    out: list[Point] = []
    for cid in order:
        these = sorted((p for p in points if p.category == cid),
                       key=lambda p: (not p.pinned, -len(p.articles), -p.score))
        kept = [p for p in these if p.pinned] + [p for p in these if not p.pinned]
        out.extend(kept[:max(MAX_PER_CATEGORY, sum(p.pinned for p in these))])
    return out


def _contentions(sents: list[Sentence], tax: Taxonomy, points: list[Point], converters) -> list[Contention]:
    """Both sides of each taxonomy question, from every whole, on-topic sentence matching a side."""
    from .text import is_whole_sentence

    by_para: dict[tuple[str, str], list[Point]] = {}
    for p in points:
        for c in p.citations:
            by_para.setdefault((c.article, c.paragraph), []).append(p)
    out = []
    for rule in tax.contentions:
        sides: dict[str, tuple[list[str], list[Citation]]] = {"a": ([], []), "b": ([], [])}
        for s in sents:
            if not is_whole_sentence(s.original):
                continue
            low = s.simple.lower().replace(" ", "")
            if rule.scope and not any(w.lower().replace(" ", "") in low for w in rule.scope):
                continue
            hits_b = [w for w in rule.b_cues if w.lower().replace(" ", "") in low]
            hits_a = [w for w in rule.a_cues if w.lower().replace(" ", "") in low]
            side, hits = ("b", hits_b) if hits_b else (("a", hits_a) if hits_a else (None, None))
            if side is None:
                continue
            pids, cites = sides[side]
            quote = short_quote(s.original, converters[s.article], tuple(hits))
            if (s.article, s.paragraph) not in {(c.article, c.paragraph) for c in cites}:
                cites.append(Citation(s.article, s.paragraph, quote))
            for p in by_para.get((s.article, s.paragraph), []):
                if p.id not in pids and any(c.quote in s.original or s.original in c.quote
                                            for c in p.citations if c.article == s.article):
                    pids.append(p.id)
        (pa, ca), (pb, cb) = sides["a"], sides["b"]
        if ca and cb:
            out.append(Contention(id=f"contention-{rule.id}", topic=rule.topic,
                                  a=Side(rule.a_label, tuple(pa), tuple(ca)),
                                  b=Side(rule.b_label, tuple(pb), tuple(cb))))
    return out


def _overview(articles, points: list[Point]) -> Overview:
    outlets = tuple(dict.fromkeys(a.outlet for a in articles if a.outlet))
    dates = sorted(a.date for a in articles if a.date)
    take = []
    for kind in ("impact", "limit"):
        ranked = sorted((p for p in points if p.kind == kind),
                        key=lambda p: (not p.pinned, -len(p.articles), -p.score))
        take += [p.id for p in ranked[:3]]
    return Overview(sources=len(articles), outlets=outlets,
                    date_from=dates[0] if dates else None, date_to=dates[-1] if dates else None,
                    paragraphs=sum(len(a.paragraphs) for a in articles), takeaways=tuple(take))


def _check_quotes(analysis: Analysis, paragraphs: dict, warnings: list[str]) -> None:
    """Every citation must point at an existing paragraph containing its quote."""
    for p in analysis.points:
        for c in p.citations:
            text = paragraphs.get((c.article, c.paragraph))
            if text is None or c.quote not in text:
                warnings.append(f"point {p.id}: citation {c.article}#{c.paragraph} does not hold its quote")

