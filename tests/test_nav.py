"""The sidebar lists a small corpus's articles; a large corpus is browsed from the register."""

from types import SimpleNamespace

from generator.render import site_nav


def _articles(n):
    return [SimpleNamespace(title=f"第{i}篇", script="zh-Hans", slug=f"{i:03d}-x") for i in range(n)]


def _same(text, script, locale):
    return text


def _paths(nav):
    for item in nav:
        for value in item.values():
            if isinstance(value, list):
                yield from _paths(value)
            else:
                yield value


def test_small_corpus_lists_every_article_in_the_sidebar():
    paths = list(_paths(site_nav(_articles(3), _same, "zh-Hans", max_articles=30)))
    assert [p for p in paths if p.startswith("articles/")] == [
        "articles/000-x/index.md", "articles/001-x/index.md", "articles/002-x/index.md"]
    assert "sources.md" in paths


def test_large_corpus_keeps_the_sidebar_short_and_the_register_reachable():
    paths = list(_paths(site_nav(_articles(31), _same, "zh-Hans", max_articles=30)))
    assert not [p for p in paths if p.startswith("articles/")]
    assert paths == ["index.md", "briefing.md", "entities.md", "sources.md", "conversion.md"]
