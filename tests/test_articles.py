"""The cleaned-article store: editor edits survive, raw changes are reported, options apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import parse_body
from generator.pipeline import load_articles

RAW = ("  本报记者 张三\n\n新模型发布\n\n人工智能视频模型发布后，\n影视行业受到冲击。\n\n"
       "专家认为，这将降低制作成本，但距离商业化还很远。\n")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "a.txt").write_text(RAW, encoding="utf-8")
    return tmp_path


def article_file(project: Path) -> Path:
    return project / "content" / "articles" / "a.md"


def test_first_build_writes_a_cleaned_article_with_front_matter(project):
    articles, warnings = load_articles(project)
    assert warnings == []
    text = article_file(project).read_text(encoding="utf-8")
    assert text.startswith("---\n") and "source: a.txt" in text and "source_hash:" in text
    assert "script: zh-Hans" in text
    a = articles[0]
    assert a.author == "张三"
    assert [b.id for b in a.paragraphs] == ["p1", "p2"]
    assert a.paragraphs[0].text == "人工智能视频模型发布后，影视行业受到冲击。"


def test_rebuild_never_overwrites_an_editors_edit(project):
    load_articles(project)
    path = article_file(project)
    edited = path.read_text(encoding="utf-8").replace("受到冲击", "受到巨大冲击")
    path.write_text(edited, encoding="utf-8")
    articles, warnings = load_articles(project)
    assert path.read_text(encoding="utf-8") == edited
    assert articles[0].edited and "巨大冲击" in articles[0].paragraphs[0].text
    assert warnings == []


def test_raw_change_under_an_edited_article_is_reported(project):
    load_articles(project)
    path = article_file(project)
    path.write_text(path.read_text(encoding="utf-8") + "\n编辑补充的一段。\n", encoding="utf-8")
    (project / "content" / "sources" / "a.txt").write_text(RAW + "\n新增一段原文。\n",
                                                         encoding="utf-8")
    articles, warnings = load_articles(project)
    assert "编辑补充的一段。" in path.read_text(encoding="utf-8")
    assert any("content/articles/a.md" in w and "raw source" in w for w in warnings)


def test_unedited_article_follows_its_source(project):
    load_articles(project)
    (project / "content" / "sources" / "a.txt").write_text(RAW + "\n新增一段原文。\n",
                                                         encoding="utf-8")
    articles, _ = load_articles(project)
    assert articles[0].paragraphs[-1].text == "新增一段原文。"


def test_pinned_summary_survives_regeneration(project):
    load_articles(project)
    path = article_file(project)
    text = path.read_text(encoding="utf-8").replace("---\n\n", "summary:\n- 编辑写的摘要。\n---\n\n", 1)
    path.write_text(text, encoding="utf-8")
    (project / "content" / "sources" / "a.txt").write_text(RAW + "\n新增一段原文。\n",
                                                         encoding="utf-8")
    articles, _ = load_articles(project)
    assert articles[0].summary == ("编辑写的摘要。",)
    assert "编辑写的摘要。" in path.read_text(encoding="utf-8")


def test_unknown_rule_in_clean_disable_is_reported(project):
    load_articles(project)
    path = article_file(project)
    text = path.read_text(encoding="utf-8").replace("---\n\n", "clean_disable: [no_such_rule]\n---\n\n", 1)
    path.write_text(text, encoding="utf-8")
    _, warnings = load_articles(project)
    assert any("no_such_rule" in w and "content/articles/a.md" in w for w in warnings)


def test_metadata_file_wins_over_the_cleaner(project):
    (project / "content" / "sources.yml").write_text("a.txt:\n  author: 李四\n  outlet: 某报\n",
                                                    encoding="utf-8")
    articles, _ = load_articles(project)
    assert (articles[0].author, articles[0].outlet) == ("李四", "某报")


def test_parse_body_numbers_paragraphs_and_keeps_tables():
    blocks = parse_body("## 小标题\n\n第一段。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> 图片说明\n\n第二段。")
    assert [(b.kind, b.id) for b in blocks] == [("h2", "h-小标题"), ("p", "p1"), ("table", "t1"),
                                                 ("caption", ""), ("p", "p2")]
