"""An article file that no source produces is not published, and the editor is told why and what to do."""

from __future__ import annotations

from pathlib import Path

GOOD = "人工智能视频生成模型发布后，影视行业受到冲击。\n\n专家指出，距离商业化还很远。\n"


def _load(root: Path):
    from generator.pipeline import load_articles

    return load_articles(root)


def test_an_editor_written_article_is_explained(tmp_path):
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "content" / "articles").mkdir()
    (tmp_path / "content" / "articles" / "mine.md").write_text("---\ntitle: 我写的\n---\n\n正文。\n",
                                                                encoding="utf-8")
    articles, warnings = _load(tmp_path)
    assert [a.slug for a in articles] == ["a"]
    [w] = [w for w in warnings if "mine.md" in w]
    assert w.startswith("content/articles/mine.md: not published") and "content/sources/mine.md" in w


def test_a_leftover_of_a_deleted_source_is_explained_and_not_revived(tmp_path):
    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.txt").write_text(GOOD, encoding="utf-8")
    (sources / "b.txt").write_text(GOOD.replace("影视", "游戏"), encoding="utf-8")
    _load(tmp_path)
    (sources / "b.txt").unlink()
    articles, warnings = _load(tmp_path)
    assert [a.slug for a in articles] == ["a"]
    [w] = [w for w in warnings if "b.md" in w]
    assert "content/sources/b.txt is gone" in w
