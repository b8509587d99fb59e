"""Shared by the speaker tests: one article's own analysis (its sentences and their speakers) under a
small taxonomy written for the test, as the build makes it per article."""

from __future__ import annotations

from generator.analyse.incremental import _make_part
from generator.analyse.speakers import ROLE_TITLES
from generator.analyse.taxonomy import load_taxonomy
from generator.analyse.text import to_simplified


def analysed(tmp_path, article, topic: str):
    """The per-article part of the analysis of ``article`` under the taxonomy YAML ``topic``."""
    path = tmp_path / "taxonomy.yml"
    path.write_text(topic, encoding="utf-8")
    tax = load_taxonomy(path)
    return _make_part(article, lambda t: to_simplified(t, article.script), frozenset(),
                      tuple(dict.fromkeys(tuple(tax.roles) + ROLE_TITLES)), tax)


def sentence_with(part, text: str):
    """The one sentence of ``part`` whose original text holds ``text``."""
    [s] = [s for s in part.sentences if text in s.original]
    return s


def speakers_of(tmp_path, body: str, text: str, topic: str, script="zh-Hans", outlet="", date="2025-01-01"):
    """The speakers the analysis gives the sentence holding ``text`` in a one-article page made of ``body``."""
    from generator.articles import parse_body
    from generator.model import Article
    art = Article(slug="a", source="a.txt", title="标题", script=script, blocks=parse_body(body),
                  outlet=outlet, date=date)
    part = analysed(tmp_path, art, topic)
    s = sentence_with(part, text)
    return part.speakers.get((s.article, s.index), ())
