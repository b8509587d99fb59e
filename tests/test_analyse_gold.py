"""Briefing quality against a hand-labelled gold set (tests/gold/briefing_gold.yml).

Run ``pytest -s tests/test_analyse_gold.py`` to see precision and recall.

* recall: gold points found — some briefing point of the same kind cites one of its paragraphs;
* precision: of the briefing points citing the exhaustively labelled articles (``scope``), the
  share that match a gold point (same kind, a shared paragraph);
* category accuracy: matched points whose category is one the gold point accepts;
* grouping: of the gold points with sources in several articles, the share of those articles
  that the best matching point cites.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.analyse import analyse

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).parent / "gold" / "briefing_gold.yml"


def _articles():
    try:
        from generator.pipeline import load_articles

        return load_articles(ROOT)[0]
    except Exception as err:  # the cleaner is shared work in progress
        pytest.skip(f"default corpus not loadable: {err}")


def _resolve(articles, prefix: str, snippet: str):
    from opencc import OpenCC

    t2s = OpenCC("t2s.json")
    for a in articles:
        if a.source.startswith(prefix) or a.slug.startswith(prefix):
            for p in a.paragraphs:
                text = p.text.replace(" ", "")
                if snippet.replace(" ", "") in text or t2s.convert(snippet.replace(" ", "")) in t2s.convert(text):
                    return (a.slug, p.id)
    return None


def measure(articles, analysis) -> dict:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    scope = [a.slug for a in articles if any(a.source.startswith(s) for s in gold["scope"])]
    gpoints = []
    for g in gold["points"]:
        paras = {r for r in (_resolve(articles, *src) for src in g["sources"]) if r}
        gpoints.append((g, paras))
    def matches(p, g, paras):
        return p.kind == g["kind"] and {(c.article, c.paragraph) for c in p.citations} & paras
    found = [g for g, paras in gpoints if any(matches(p, g, paras) for p in analysis.points)]
    in_scope = [p for p in analysis.points if set(p.articles) & set(scope)]
    good = [p for p in in_scope if any(matches(p, g, paras) for g, paras in gpoints)]
    cat_ok = cat_n = 0
    group_num = group_den = 0
    for g, paras in gpoints:
        hits = [p for p in analysis.points if matches(p, g, paras)]
        cat_n += bool(hits)
        cat_ok += any(p.category in g["categories"] for p in hits)
        arts = {a for a, _ in paras}
        if len(arts) > 1 and hits:
            best = max(hits, key=lambda p: len(set(p.articles) & arts))
            group_num += len(set(best.articles) & arts)
            group_den += len(arts)
    return {
        "recall": len(found) / len(gpoints),
        "precision": len(good) / max(len(in_scope), 1),
        "category_accuracy": cat_ok / max(cat_n, 1),
        "grouping": group_num / max(group_den, 1),
        "gold": len(gpoints), "found": len(found), "in_scope": len(in_scope), "good": len(good),
        "missed": [g["id"] for g, _ in gpoints if g not in found],
        "unmatched": [p.statement[:40] for p in in_scope if p not in good],
    }


def test_gold_sources_resolve():
    articles = _articles()
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    for g in gold["points"]:
        for src in g["sources"]:
            assert _resolve(articles, *src), (g["id"], src)


def test_briefing_precision_and_recall():
    articles = _articles()
    analysis, _ = analyse(articles, taxonomy_path=ROOT / "content" / "taxonomy.yml",
                          overrides_path=None)
    m = measure(articles, analysis)
    print("\nbriefing gold:", {k: (round(v, 2) if isinstance(v, float) else v) for k, v in m.items()})
    assert m["recall"] >= 0.7
    assert m["precision"] >= 0.6
    # 0.72 → 0.67 (12 of 18) when a second grouping pass joined "2000亿美元的短视频创作生态有望率先被
    # 颠覆" (002) with the quote of 003 that the exhaustive claims gold files under the same claim:
    # the point now carrying this gold's "disrupt-film" paragraphs is filed, by its outlets'
    # majority, under business rather than film (tests/gold/claims_default.yml: merged 0.266 → 0.312)
    assert m["category_accuracy"] >= 0.65
    # lowered to 0.55 when citations had to carry the statement's claim (part of the old 0.6 came
    # from one point citing unrelated quotes of three gold claims); 0.69 measured after grouping by
    # denied effects and by subject + effect claim keys, so the floor is back above 0.6
    assert m["grouping"] >= 0.65
