"""The build cache: an unchanged build is served from it; any changed input is never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import Settings, build_cached

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("人工智能视频生成模型发布后，影视行业受到冲击。业内人士认为，这将降低制作成本。\n\n"
        "不过，专家指出，模型仍然存在物理规律理解不足的问题，距离商业化还很远。\n")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for name in ("taxonomy.yml", "overrides.yml", "glossary.yml"):
        shutil.copy(ROOT / "content" / name, tmp_path / "content" / name)
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    (tmp_path / "content" / "sources" / "a.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_unchanged_inputs_come_from_the_cache(project):
    settings = Settings(root=project, pdf=False)
    first, cached = build_cached(settings)
    assert not cached
    second, cached = build_cached(settings)
    assert cached and second.pages == first.pages and second.data == first.data


def test_a_changed_setting_is_never_served_stale(project):
    first, _ = build_cached(Settings(root=project, pdf=False))
    other, cached = build_cached(Settings(root=project, pdf=False, zh_hant_variant="s2twp"))
    assert not cached
    assert other.pages["zh-Hant/articles/a/index.md"] != first.pages["zh-Hant/articles/a/index.md"]


def test_a_changed_glossary_entry_is_never_served_stale(project):
    settings = Settings(root=project, pdf=False)
    first, _ = build_cached(settings)
    glossary = project / "content" / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8")
                        + "  - zh-Hans: 影视行业\n    zh-Hant: 影視產業\n", encoding="utf-8")
    second, cached = build_cached(settings)
    assert not cached
    assert "影視產業" in second.pages["zh-Hant/articles/a/index.md"]
    assert "影視產業" not in first.pages["zh-Hant/articles/a/index.md"]


def test_a_changed_template_is_never_served_stale(project):
    settings = Settings(root=project, pdf=False)
    build_cached(settings)
    home = project / "templates" / "home.md.j2"
    home.write_text(home.read_text(encoding="utf-8") + "\n编辑加的一行。\n", encoding="utf-8")
    second, cached = build_cached(settings)
    assert not cached and "编辑加的一行。" in second.pages["zh-Hans/index.md"]


def test_a_changed_source_is_never_served_stale(project):
    settings = Settings(root=project, pdf=False)
    build_cached(settings)
    (project / "content" / "sources" / "a.txt").write_text(TEXT + "\n新增的一段。\n", encoding="utf-8")
    second, cached = build_cached(settings)
    assert not cached and "新增的一段。" in second.pages["zh-Hans/articles/a/index.md"]


def test_the_pdfs_can_start_once_the_analysis_is_done(project):
    """``analysed`` hands what the PDFs need (articles, analysis, converter, the input key) to
    the caller before the pages are rendered, the same as the finished build's; a build whose
    cleaning wrote content/articles/ (its key is known only after), or one from the cache, does
    not call it."""
    settings = Settings(root=project, pdf=False)
    calls = []
    first, _ = build_cached(settings, analysed=calls.append)
    assert calls == []  # the first build wrote content/articles/a.md: the key moved
    (project / ".cache" / "build").rename(project / ".cache" / "old")
    again, cached = build_cached(settings, analysed=lambda r: calls.append((r, dict(r.pages))))
    assert not cached and len(calls) == 1
    partial, pages_then = calls[0]
    assert pages_then == {}  # called before the render
    assert partial.key == again.key == first.key
    assert partial.articles == again.articles and partial.analysis == again.analysis
    assert partial.converter is again.converter
    assert again.pages == first.pages and again.data == first.data
    build_cached(settings, analysed=calls.append)
    assert len(calls) == 1  # from the cache: nothing new to start
