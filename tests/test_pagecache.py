"""The page cache (generator/pagecache.py) through the real `mkdocs build`: a cached page is
byte-identical to a freshly rendered one, and nothing stale or hiding a warning is ever served."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from test_hostile import ROOT, build, make_project


def _sources() -> dict[str, bytes]:
    folder = ROOT / "content" / "sources"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _site(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(project: Path, *args: str) -> str:
    proc = build(project, *args)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("pagecache"), _sources())
    _build(project)
    return project


def test_an_unchanged_build_replays_every_page_byte_for_byte(project):
    first = _site(project)
    log = _build(project)
    assert "jianfan: 0 pages rendered" in log
    assert _site(project) == first


def test_an_edited_article_matches_a_build_without_the_cache(project):
    source = sorted((project / "content" / "sources").iterdir())[0]
    original = source.read_bytes()
    try:
        source.write_bytes(original + "\n\n编辑补充的一句话，用来检查缓存。\n".encode())
        log = _build(project)
        assert "0 pages rendered" not in log and "unchanged pages from the cache" in log
        cached = _site(project)
        assert any("编辑补充的一句话" in v.decode("utf-8", "replace") for v in cached.values())
        shutil.move(project / ".cache" / "pages.pickle", project / "pages.pickle.bak")
        _build(project)
        assert _site(project) == cached
    finally:
        source.write_bytes(original)
        _build(project)


def test_a_changed_setting_reaches_every_page(project):
    config = project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    try:
        config.write_text(original.replace("site_name: ", "site_name: 改名测试 ", 1), encoding="utf-8")
        _build(project)
        pages = [v for k, v in _site(project).items()
                 if k.endswith("index.html") and not k.startswith("zh-Hant")]
        assert pages and all("改名测试".encode() in page for page in pages)
    finally:
        config.write_text(original, encoding="utf-8")


def test_a_damaged_cache_is_ignored(project):
    _build(project)
    first = _site(project)
    (project / ".cache" / "pages.pickle").write_bytes(b"\x80\x05not a pickle")
    log = _build(project)
    assert "0 unchanged pages from the cache" in log
    assert _site(project) == first


def test_a_page_warning_is_not_hidden_by_the_cache(project):
    home = project / "templates" / "home.md.j2"
    original = home.read_text(encoding="utf-8")
    try:
        home.write_text(original + "\n[断链](no-such-page.md)\n", encoding="utf-8")
        proc = build(project)  # without --strict the warning does not stop the build …
        assert proc.returncode == 0 and "no-such-page.md" in proc.stderr
        proc = build(project, "--strict")  # … and the next build must still see it
        assert proc.returncode != 0 and "no-such-page.md" in proc.stderr
    finally:
        home.write_text(original, encoding="utf-8")


def test_the_generator_runs_once_per_build_not_once_per_language(project):
    shutil.rmtree(project / ".cache")
    shutil.rmtree(project / "content" / "articles", ignore_errors=True)
    log = _build(project)
    assert log.count("jianfan: 5 articles") == 1, log
    assert "from the cache" not in log.split("jianfan: 5 articles")[1].split("\n")[0]


def test_generated_pages_deleted_by_hand_are_written_again(project):
    _build(project)
    first = _site(project)
    shutil.rmtree(project / ".build" / "docs" / "zh-Hant")
    _build(project)
    assert _site(project) == first
