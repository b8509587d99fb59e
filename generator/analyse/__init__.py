"""Analysis: from cleaned articles to the briefing, digests, figures, timeline and entities.

``analyse(articles, taxonomy_path=…, overrides_path=…)`` returns ``(Analysis, warnings)``. It is
pure: it reads the two editor files and nothing else, and writes nothing.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from collections import Counter
from pathlib import Path

from .contentions import find_contentions, mocking_points
from .model import Analysis, Overview, Point, Speaker
from .overrides import apply_overrides, dropped_paragraphs, load_overrides
from .points import MAX_PER_CATEGORY, MAX_POINTS, cluster, furniture, make_points, recruit
from .speakers import ROLE_TITLES, column_authors, find_attributions, lead_in
from .relevance import corpus_topic_words, off_topic_sections, relevant
from .consensus import consensus_candidates
from .taxonomy import Taxonomy, load_taxonomy, unmatched_categories
from .text import Sentence, content_tokens, idf, to_simplified

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

    cands = corpus_candidates(parts, all_sents, tax)
    skip = furniture(all_sents, tax.topic_terms)
    cands += consensus_candidates(all_sents, cands, tax, skip)
    topic_words = corpus_topic_words([p.terms for p in parts], [converters[a.slug](a.title or "") for a in articles])
    cands = relevant(cands, all_sents, topic_words, off_topic_sections(
        articles, lambda slug: converters[slug], tuple(tax.topic_terms) + (tax.topic_label,) + topic_words))
    warnings += unmatched_categories(tax, {c.category for c in cands}) if articles else []
    for c in cands:
        c.speakers = sentence_speakers.get((c.sentence.article, c.sentence.index), ())
    opposed: list = []
    groups = cluster(cands, weights, frozenset(tax.topic_terms) | {tax.topic_label}, opposed)
    recruited = recruit(groups, all_sents, tax, weights, skip)
    for g in groups:
        for c in g:
            c.speakers = sentence_speakers.get((c.sentence.article, c.sentence.index), ())
    points = make_points(groups, tax, lambda slug: converters[slug],
                         column_authors(articles, lambda slug: converters[slug]))
    kinds = {r.category.id: r.category.kind for r in tax.rules}
    points, applied = apply_overrides(points, ov, kinds, paragraphs, warnings)
    points = _rank_and_cap(points, tax)

    member_of = {}
    for g in groups:
        for c in g:
            member_of[(c.sentence.article, c.sentence.index)] = g
    contentions = find_contentions(all_sents, tax, points, converters, sentence_speakers, opposed)
    mocking = mocking_points(contentions, points)
    points = _cap([p for p in points if p.id not in mocking], MAX_POINTS - len(contentions))

    from .entities import find_entities
    from .facts import find_events, find_figures
    from .digest import CorpusIndex, make_digest

    dates = {a.slug: a.date for a in articles}
    order = {a.slug: i for i, a in enumerate(articles)}
    from .tables import table_sentences

    figures = find_figures(all_sents + table_sentences(articles, converters),
                           {k: v[0].name for k, v in sentence_speakers.items() if v}, weights)
    events = find_events(all_sents + table_sentences(articles, converters, for_events=True),
                         dates, weights, tax.topic_terms, order)
    extra = tuple((a.slug, b.id, converters[a.slug](b.text), b.text) for a in articles
                  for b in a.blocks if b.kind != "p" and b.id and b.text)
    bylines = tuple((a.slug, converters[a.slug](a.outlet or _title_outlet(a.title)),
                     converters[a.slug](a.author or "")) for a in articles)
    entities = find_entities(all_sents, speaker_list, tax, roles_found, names, extra, bylines)
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
    digests = tuple(make_digest(a, per_article[a.slug], weights, tax, index,
                                slugs, converters[a.slug], warnings, doc_freq=doc_freq,
                                salient=salient) for a in articles)
    overview = _overview(articles, points)
    method = {
        "sentences": len(all_sents), "candidates": len(cands), "groups": len(groups), "recruited": recruited,
        "points": len(points), "overrides_applied": applied,
        "seconds": round(time.perf_counter() - started, 3),
    }
    analysis = Analysis(categories=tax.categories, points=tuple(points),
                        contentions=tuple(contentions), figures=tuple(figures),
                        events=tuple(events), entities=tuple(entities), digests=digests,
                        overview=overview, method=method)
    _check_quotes(analysis, paragraphs, warnings)
    return analysis, warnings


def _title_outlet(title: str | None) -> str:
    """The outlet a reposted title names before a bar ("电厂｜百度发布…"), or ''."""
    m = re.match(r"\s*([^｜|：:]{2,12}?)\s*[｜|]\s*\S", title or "")
    return m.group(1) if m else ""


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
        known: dict[str, tuple[str, str]] = {}
        last_person: Speaker | None = None
        article_text = "\n".join(dict.fromkeys(s.paragraph_simple for s in sents))
        by_para: dict[str, list[Sentence]] = {}
        for s in sents:
            by_para.setdefault(s.paragraph, []).append(s)
        last_at = -9
        for pno, (pid, psents) in enumerate(by_para.items()):
            if pno - last_at > 1:
                last_person = None  # "他" takes a person of this or the previous paragraph only
            psimple = psents[0].paragraph_simple
            porig = psents[0].paragraph_original
            for m in title_name.finditer(psimple):
                name = m.group(2)
                from .entities import SURNAMES
                if name[0] in SURNAMES and name not in known:
                    lo = max(0, m.start(1) - _ROLE_BACK)  # a bounded look back: linear on a huge paragraph
                    cut = max(max(psimple.rfind(ch, lo, m.start(1)) for ch in "，。；：“”、"), lo - 1)
                    role = psimple[cut + 1:m.end(1)]
                    known[name] = (role, "person")
                    roles_found.setdefault(name, role)
                    last_at = pno
                    last_person = Speaker(name=_orig(porig, psimple, name), role=_orig(porig, psimple, role),
                                          article=a.slug, paragraph=pid, kind="person",
                                          group=_voice(name, role, tax)[0], group_label=_voice(name, role, tax)[1])
            atts = []
            heads = lead_in(psimple, titles, article_text)
            starts = _starts(psimple, psents)
            for s, at in zip(psents[1:], starts[1:]):
                # a holder opening a later sentence of the paragraph ("…。博时基金：…")
                if at > 0 and psimple[at - 1] in "。！？；":
                    heads += [replace(h, start=h.start + at, end=h.end + at)
                              for h in lead_in(s.simple, titles, article_text)]
            for att in heads + find_attributions(psimple, titles):
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
                    elif name in tax.orgs or name in tax.topic_terms:
                        kind = "org"
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
                if kind != "group":  # a described holder is not a name for the index
                    found.append((name, role, kind))
                if kind == "person":
                    last_person, last_at = sp, pno
            atts.sort(key=lambda x: x[0])
            atts = [x for i, x in enumerate(atts) if i == 0 or x[0] >= atts[i - 1][1] or x[2].name != atts[i - 1][2].name]
            cover = _coverage(psimple, atts)
            for s, at in zip(psents, starts):
                sp = _speaker_for(s, at, atts, cover)
                if sp:
                    by_sentence[(s.article, s.index)] = (sp,)
    return by_sentence, found, roles_found


#: How far back from a title ("总裁") its holder's role is read: bounded, so that a paragraph of
#: megabytes with many titles is read in linear time (no real role is this long).
_ROLE_BACK = 200


def _starts(psimple: str, psents: list[Sentence]) -> list[int]:
    """Each sentence's offset in its paragraph (found from the previous one's on: linear), or -1."""
    out, pos = [], 0
    for s in psents:
        at = psimple.find(s.simple[:12] if len(s.simple) >= 12 else s.simple, pos)
        out.append(at)
        pos = at if at >= 0 else pos
    return out


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


def _coverage(psimple: str, atts) -> list[tuple[int, int, Speaker]]:
    """The span of the paragraph each attribution speaks for: from the attribution to the next
    one; when it opens a quotation ("X表示：“…”"), only to the quotation's end (what follows is
    the reporter's again)."""
    out = []
    for i, (a, b, sp) in enumerate(atts):
        end = atts[i + 1][0] if i + 1 < len(atts) else len(psimple)
        after = psimple[b:b + 3].lstrip("：:，, ")
        if after[:1] and after[0] in "“「":  # (a paragraph may end on the frame: nothing after it)
            close = psimple.find("”" if after[0] == "“" else "」", b, end)
            if close >= 0:
                end = min(end, close + 1)
        elif not _opens_paragraph(psimple, a, b):
            end = min(end, _reach(psimple, b, end))
        out.append((a, max(end, b), sp))
    return out


def _opens_paragraph(psimple: str, a: int, b: int) -> bool:
    """A lead-in holder ("X：…") at the start of the paragraph or of one of its sentences."""
    return psimple[a:b].rstrip().endswith(("：", ":")) and (a == 0 or psimple[a - 1] in "。！？；\n")


#: A sentence opening that changes voice: the reporter's, the author's or an unnamed source's
#: ("在此背景下", "笔者认为", "有消息指", "另有多家公司称"), a new list item ("二是", "第三").
_NEW_VOICE = re.compile(r"^(?:在此背景下|此外|另外|与此同时|另一方面|据|有消息|有分析|另有|还有|也有|有人|"
                        r"笔者|我(?!们)|记者|本报|对此|相关|不过|然而|相比之下|事实上|实际上|值得|需要注意|"
                        r"第[一二三四五六七八九十]|[一二三四五六七八九十][是则来、，]|[（(])")


_NEW_VOICE_AT = re.compile(_NEW_VOICE.pattern[1:])  # the same, matched at an offset
_SPACE = re.compile(r"\s*")
_SENTENCE_MARK = re.compile("[“「”」。！？]")


def _reach(psimple: str, b: int, limit: int) -> int:
    """How far "X表示，…。" speaks inside its paragraph: its own sentence, the sentences after it
    until one changes voice (``_NEW_VOICE``), and any quotation that follows on directly; at most
    to ``limit`` (the next attribution), where the scan stops, so a paragraph is read once."""
    end = _sentence_end(psimple, b, limit)
    while end < limit:
        start = _SPACE.match(psimple, end).end()
        first = psimple[start:start + 1]
        if first and first in "“「":
            close = psimple.find("”" if first == "“" else "」", start + 1, limit)
            if close < 0:
                return limit
            end = close + 1 + (psimple[close + 1:close + 2] in ("。", "！", "？"))
        elif not _NEW_VOICE_AT.match(psimple, start):
            end = _sentence_end(psimple, start, limit)
        else:
            break
    return min(end, limit)


def _sentence_end(psimple: str, i: int, limit: int) -> int:
    """Offset just after the sentence that contains offset ``i`` (quotations read over), at most ``limit``."""
    depth = 0
    for m in _SENTENCE_MARK.finditer(psimple, i, limit):
        ch = m.group()
        if ch in "“「":
            depth += 1
        elif ch in "”」":
            depth = max(0, depth - 1)
        elif depth == 0:
            return m.end()
    return limit


def _speaker_for(s: Sentence, start: int, atts, cover) -> Speaker | None:
    """The speaker of one sentence, from its own frame: the attribution whose span covers the
    sentence's start (a lead-in "X：", "X认为，" earlier in the paragraph, an open quotation),
    else an attribution inside the sentence ("…，他说"); none for the reporter's own text."""
    if not atts:
        return None
    if start < 0:
        start = s.start
    end = start + len(s.simple)
    covering = [sp for a, b, sp in cover if a <= start < b]
    if covering:
        return covering[-1]
    inside = [sp for a, b, sp in atts if start <= a < end]
    if inside:
        return inside[0]
    after = [sp for a, b, sp in atts if end <= a <= end + 3]
    if after and s.simple.rstrip("。").endswith(("”", "」")):
        return after[0]
    return None


def _rank_and_cap(points: list[Point], tax: Taxonomy) -> list[Point]:
    """Order points by category (taxonomy order), pinned first, then by sources and score; cap."""
    order = {r.category.id: i for i, r in enumerate(tax.rules)}
    ranked = {cid: sorted((p for p in points if p.category == cid),
                          key=lambda p: (not p.pinned, -len(p.articles), -p.score)) for cid in order}
    # each category keeps MAX_PER_CATEGORY; room left under MAX_POINTS goes round the categories
    take = {cid: max(MAX_PER_CATEGORY, sum(p.pinned for p in these)) for cid, these in ranked.items()}
    room = MAX_POINTS - sum(min(take[c], len(ranked[c])) for c in order)
    while room > 0 and any(take[c] < len(ranked[c]) for c in order):
        for cid in order:
            if room > 0 and take[cid] < len(ranked[cid]):
                take[cid] += 1
                room -= 1
    return [p for cid in order for p in ranked[cid][:take[cid]]]


def _cap(points: list[Point], limit: int) -> list[Point]:
    """A briefing a reader can take in: beyond ``limit`` entries (contentions count too), the
    weakest single-source points go first; pinned points always stay."""
    if len(points) <= limit:
        return points
    ranked = sorted(points, key=lambda p: (not p.pinned, -len(p.articles), -p.score, p.id))
    keep = {p.id for p in ranked[:max(limit, sum(p.pinned for p in points))]}
    return [p for p in points if p.id in keep]


def _overview(articles, points: list[Point]) -> Overview:
    outlets = tuple(dict.fromkeys(a.outlet for a in articles if a.outlet))
    dates = [a.date for a in articles if a.date]
    take = []
    for kind in ("impact", "limit"):
        ranked = sorted((p for p in points if p.kind == kind),
                        key=lambda p: (not p.pinned, -len(p.articles), -p.score))
        take += [p.id for p in ranked[:3]]
    return Overview(sources=len(articles), outlets=outlets,
                    date_from=min(dates, key=_period_start) if dates else None,
                    date_to=max(dates, key=_period_end) if dates else None,
                    paragraphs=sum(len(a.paragraphs) for a in articles), takeaways=tuple(take))


def _period_start(date: str) -> str:
    """A date of year, month or day precision as the first day it may mean (2024-03 → 2024-03-00)."""
    return (date + "-00-00")[:10]


def _period_end(date: str) -> str:
    """… and as the last (2024-03 → 2024-03-99): an article dated March may be later than 03-20."""
    return (date + "-99-99")[:10]


def _check_quotes(analysis: Analysis, paragraphs: dict, warnings: list[str]) -> None:
    """Every citation must point at an existing paragraph containing its quote."""
    for p in analysis.points:
        for c in p.citations:
            text = paragraphs.get((c.article, c.paragraph))
            if text is None or c.quote not in text:
                warnings.append(f"point {p.id}: citation {c.article}#{c.paragraph} does not hold its quote")

