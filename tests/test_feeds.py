"""Atom feeds per script, read back with feedparser as a feed reader would."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace as NS

import feedparser
import pytest

from generator.convert import Converter
from generator.feeds import atom_feeds, feed_date
from generator.model import Article, Block


def _article(slug, script, title, date, author=None, outlet=None):
    return Article(slug=slug, source=f"{slug}.txt", title=title, script=script, date=date,
                   author=author, outlet=outlet, blocks=(Block("p", title, "p1", 1),))


def _analysis(summaries):
    digests = {slug: NS(summary=[NS(text=t)]) for slug, t in summaries.items()}
    return NS(overview=NS(sources=len(summaries), takeaways=("pt-1",)),
              points=[NS(id="pt-1", statement="成本下降后，视频制作的门槛变低。")],
              digest=digests.get)


@pytest.fixture()
def feeds():
    arts = [_article("a", "zh-Hans", "视频生成开启新时代 <b>", "2024-03", author="李豪悦", outlet="证券日报"),
            _article("b", "zh-Hant", "Sora使用成本高\x0b　商業普及化路遙", "2024-03-21", outlet="大公報"),
            _article("c", "zh-Hans", "没有日期的文章", None)]
    analysis = _analysis({"a": "这项技术让视频制作更便宜。", "b": "業界認為成本仍然偏高。",
                          "c": "无日期"})
    return atom_feeds(arts, analysis, Converter(), "简繁 · 测试简报",
                      environ={"SOURCE_DATE_EPOCH": "1711929600"})


def test_feeds_parse_back_in_both_scripts(feeds):
    assert set(feeds) == {"feed.xml", "zh-Hant/feed.xml"}
    hans = feedparser.parse(feeds["feed.xml"])
    hant = feedparser.parse(feeds["zh-Hant/feed.xml"])
    for d in (hans, hant):
        assert not d.bozo, d.get("bozo_exception")
        assert d.version == "atom10"
        assert len(d.entries) == 4  # the briefing and three articles
        assert all(e.link and e.id and e.updated_parsed for e in d.entries)
    assert hans.feed.title == "简繁 · 测试简报" and hant.feed.title == "簡繁 · 測試簡報"
    titles_hans = [e.title for e in hans.entries]
    titles_hant = [e.title for e in hant.entries]
    assert "视频生成开启新时代 <b>" in titles_hans            # text, never markup
    assert "視頻生成開啟新時代 <b>" in titles_hant
    assert "Sora使用成本高　商業普及化路遙" in titles_hant      # the source as written, bad byte dropped
    assert "Sora使用成本高　商业普及化路遥" in titles_hans
    assert titles_hans[0] == "简报：影响与局限" and titles_hant[0] == "簡報：影響與侷限"
    by_link = {e.link: e for e in hant.entries}
    assert by_link["articles/b/"].summary == "業界認為成本仍然偏高。"
    assert by_link["articles/a/"].author == "李豪悅"


def test_dates_come_from_the_articles_and_source_date_epoch(feeds):
    d = feedparser.parse(feeds["feed.xml"])
    updated = {e.link: e.updated for e in d.entries}
    assert updated["articles/b/"] == "2024-03-21T00:00:00Z"
    assert updated["articles/a/"] == "2024-03-01T00:00:00Z"   # a month stands for its first day
    assert updated["articles/c/"] == "2024-04-01T00:00:00Z"   # undated: SOURCE_DATE_EPOCH
    assert d.feed.updated == "2024-04-01T00:00:00Z"
    # newest first, the briefing on top
    assert [e.link for e in d.entries] == ["briefing/", "articles/c/", "articles/b/", "articles/a/"]
    assert feed_date("2024-02-30") is not None and feed_date("unknown") is None


def test_feeds_are_deterministic(feeds):
    again = atom_feeds([_article("a", "zh-Hans", "视频生成开启新时代 <b>", "2024-03", author="李豪悦",
                                 outlet="证券日报"),
                        _article("b", "zh-Hant", "Sora使用成本高\x0b　商業普及化路遙", "2024-03-21",
                                 outlet="大公報"),
                        _article("c", "zh-Hans", "没有日期的文章", None)],
                       _analysis({"a": "这项技术让视频制作更便宜。", "b": "業界認為成本仍然偏高。",
                                  "c": "无日期"}),
                       Converter(), "简繁 · 测试简报", environ={"SOURCE_DATE_EPOCH": "1711929600"})
    assert again == feeds


def test_site_publishes_and_links_a_feed_per_script(built_site):
    site = built_site["site"]
    for locale, feed, page in (("zh-Hans", site / "feed.xml", site / "briefing" / "index.html"),
                               ("zh-Hant", site / "zh-Hant" / "feed.xml",
                                site / "zh-Hant" / "briefing" / "index.html")):
        d = feedparser.parse(feed.read_bytes())
        assert not d.bozo and d.feed.language == locale
        articles = sorted(p.name for p in (site / "articles").iterdir())
        links = {e.link for e in d.entries}
        assert {f"articles/{slug}/" for slug in articles} <= links
        for e in d.entries:  # every link is a page of this script
            assert (feed.parent / e.link / "index.html").is_file(), e.link
        html = page.read_text(encoding="utf-8")
        m = re.search(r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)"', html)
        assert m and (page.parent / m.group(1)).resolve() == feed.resolve()


def test_page_descriptions_are_one_escaped_line_in_front_matter():
    import yaml

    from generator.render.meta import DESCRIPTION_MAX, with_front_matter

    hostile = 'He said "<script>alert(1)</script>" & left\n' + "长" * 200
    page = with_front_matter("---\ntitle: T\n---\n\n# T\n", description=hostile, og_type="article")
    front = yaml.safe_load(page.split("---\n")[1])
    assert front["title"] == "T" and front["og_type"] == "article"
    assert "<" not in front["description"] and '"' not in front["description"]
    assert front["description"].startswith("He said &quot;&lt;script&gt;")
    assert len(front["description"]) <= DESCRIPTION_MAX + 40 and "\n" not in front["description"]
    bare = with_front_matter("# T\n", description="摘要")
    assert yaml.safe_load(bare.split("---\n")[1]) == {"description": "摘要"}


def test_pages_describe_themselves_in_their_script(built_site):
    site = built_site["site"]
    for rel in ("articles", "zh-Hant/articles"):
        for page in (site / rel).glob("*/index.html"):
            html = page.read_text(encoding="utf-8")
            m = re.search(r'<meta name="description" content="([^"]+)"', html)
            og = re.search(r'<meta property="og:description" content="([^"]+)"', html)
            assert m and og and m.group(1) == og.group(1)
            assert m.group(1) not in ("多来源中文新闻的双语（简体／繁體）简报与全文",)
            assert '<meta property="og:type" content="article">' in html
