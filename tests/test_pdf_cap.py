"""A large corpus: the compendium keeps the most recent articles and says so; the brief covers all."""

from dataclasses import replace
from pathlib import Path

import pytest

from generator.render.print import build_context
from generator.pipeline import Settings, build_cached

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def result():
    return build_cached(Settings(root=ROOT, pdf=False))[0]


def test_compendium_holds_the_most_recent_articles(result):
    settings = Settings(root=ROOT, pdf_max_articles=2)
    ctx = build_context(result, settings, "zh-Hans", "compendium")
    assert ctx["total_articles"] == len(result.articles) > 2
    kept = [a.slug for a in ctx["articles"]]
    assert len(kept) == 2
    order = {a.slug: i for i, a in enumerate(result.articles)}
    newest = sorted(result.articles, key=lambda a: (str(a.date or ""), order[a.slug]),
                    reverse=True)[:2]  # ties: the later file
    assert set(kept) == {a.slug for a in newest}
    assert kept == sorted(kept, key=order.get)  # shown in their usual order


def test_no_cap_keeps_everything(result):
    settings = replace(Settings(root=ROOT), pdf_max_articles=0)
    ctx = build_context(result, settings, "zh-Hant", "compendium")
    assert len(ctx["articles"]) == len(result.articles)
