"""The machine-readable corpus (``site/data/corpus.json``): stable field names, plain JSON types.

Structure (version 6; README.md "site/data/corpus.json" explains every field)::

    {"version": 6,
     "overview": {"sources", "outlets", "date_from", "date_to", "paragraphs"},
     "categories": [{"id", "kind", "label"}],
     "articles": [{"id", "source_file", "title", "outlet", "author", "date", "url", "script",
                   "paragraphs": [{"id", "n", "text", "kind": "paragraph"|"table"|"heading"}],
                   "summary": [{"text", "paragraph", "role"}], "keywords": [...],
                   (role: thesis, point, conclusion; piece_thesis, piece_conclusion for a second piece)
                   "related": [{"article", "score", "points", "figures", "entities"}]}],
     "points": [{"id", "kind": "impact"|"limit"|"contention", "category", "statement",
                 "sources": [{"article", "paragraph", "quote"}], "copies": [article ids],
                 "differs": [{"kind": "figure"|"date", "values": [{"value", "article", "paragraph"}]}],
                 "speakers": [{"name", "role", "kind", "group", "article", "paragraph"}],
                 "sides": {"a"|"b": {"label", "statement", "points", "sources",
                                     "speakers"}}   # contention only
                }],
     "figures": [{"value", "unit", "written", "kind", "number", "approximate", "qualifier",
                  "what", "subject", "range", "low", "high", "trivia", "weight", "source", "key",
                  "context", "article", "paragraph", "also"}],
     "events": [{"date", "precision", "inferred", "forecast", "text", "article", "paragraph",
                 "also": [...], "disputed": [{"date", "article", "paragraph"}], "person"}],
     "entities": [{"id", "name", "kind": "person"|"org"|"product"|"work", "role", "aliases", "forms",
                   "mentions": [{"article", "paragraph", "surface"}]}]}

Generated text (statements, labels) is zh-Hans; quoted text is in the article's own script.
"""

from __future__ import annotations

__all__ = ["corpus_json", "VERSION"]

VERSION = 6


#: Every block a figure, event or mention can cite is in the article's list (3: tables, headings).
_BLOCK_KIND = {"p": "paragraph", "table": "table"}


def _num(x: float | None) -> float | None:
    """A bound without float noise (71.85000000000001 → 71.85)."""
    return None if x is None else float(f"{x:.10g}")


def _cite(c) -> dict:
    return {"article": c.article, "paragraph": c.paragraph, "quote": c.quote}


def _speaker(s) -> dict:
    return {"name": s.name, "role": s.role, "kind": s.kind, "group": s.group,
            "article": s.article, "paragraph": s.paragraph}


def corpus_json(analysis, articles) -> dict:
    """Build the corpus.json dictionary."""
    ov = analysis.overview
    arts = []
    for a in articles:
        d = analysis.digest(a.slug)
        arts.append({
            "id": a.slug, "source_file": a.source, "title": a.title, "outlet": a.outlet,
            "author": a.author, "date": a.date, "url": a.url, "script": a.script,
            "paragraphs": [{"id": b.id, "n": b.n, "text": b.text, "kind": _BLOCK_KIND.get(b.kind, "heading")}
                           for b in a.blocks if b.id and (b.kind in _BLOCK_KIND or b.kind.startswith("h"))],
            "summary": [{"text": s.text, "paragraph": s.paragraph, "role": s.role}
                        for s in d.summary] if d else [],
            "keywords": list(d.keywords) if d else [],
            "related": [{"article": r.article, "score": r.score, "points": list(r.points),
                         "figures": list(r.figures), "entities": list(r.entities)}
                        for r in (d.related if d else ())],
        })
    points = [{
        "id": p.id, "kind": p.kind, "category": p.category, "statement": p.statement,
        "sources": [_cite(c) for c in p.citations], "copies": list(p.copies),
        "differs": [{"kind": d.kind, "values": [{"value": v, "article": c.article, "paragraph": c.paragraph}
                                                for v, c in d.values]} for d in p.differs],
        "speakers": [_speaker(s) for s in p.speakers],
        "pinned": p.pinned, "edited": p.edited,
    } for p in analysis.points]
    for c in analysis.contentions:
        points.append({
            "id": c.id, "kind": "contention", "category": None, "statement": c.topic,
            "sources": [_cite(x) for x in c.a.citations + c.b.citations],
            "sides": {side: {"label": s.label, "statement": s.statement, "points": list(s.points),
                             "sources": [_cite(x) for x in s.citations],
                             "speakers": [_speaker(x) for x in s.speakers]}
                      for side, s in (("a", c.a), ("b", c.b))},
        })
    return {
        "version": VERSION,
        "overview": {"sources": ov.sources, "outlets": list(ov.outlets), "date_from": ov.date_from,
                     "date_to": ov.date_to, "paragraphs": ov.paragraphs},
        "categories": [{"id": c.id, "kind": c.kind, "label": c.label} for c in analysis.categories],
        "articles": arts,
        "points": points,
        "figures": [{"value": f.value, "unit": f.unit, "written": f.written, "kind": f.kind,
                     "number": f.number, "approximate": f.approximate, "qualifier": f.qualifier,
                     "what": f.what, "subject": f.subject, "range": f.range, "low": _num(f.low),
                     "high": _num(f.high), "trivia": f.trivia, "weight": f.weight,
                     "source": f.source, "key": f.key, "context": f.context,
                     "article": f.article, "paragraph": f.paragraph, "also": list(f.also)}
                    for f in analysis.figures],
        "events": [{"date": e.date, "precision": e.precision, "inferred": e.inferred,
                    "forecast": e.forecast, "text": e.text, "article": e.article,
                    "paragraph": e.paragraph, "also": [_cite(c) for c in e.also],
                    "disputed": [{"date": d.date, "article": d.article, "paragraph": d.paragraph}
                                 for d in e.disputed], "person": e.person}
                   for e in analysis.events],
        "entities": [{"id": e.id, "name": e.name, "kind": e.kind, "role": e.role,
                      "aliases": list(e.aliases), "forms": list(e.forms),
                      "mentions": [{"article": m.article, "paragraph": m.paragraph,
                                    "surface": m.surface} for m in e.mentions]}
                     for e in analysis.entities],
    }
