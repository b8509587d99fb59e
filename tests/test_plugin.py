"""The plugin's own switches through the real `mkdocs build`."""

from __future__ import annotations

from test_hostile import GOOD, build, make_project


def test_page_cache_switch_off_renders_every_page_and_keeps_nothing(tmp_path):
    project = make_project(tmp_path, {"a.txt": ("短剧行业观察\n\n" + GOOD).encode()})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "pdf: false", "pdf: false\n      page_cache: false"), encoding="utf-8")
    for _ in range(2):
        proc = build(project)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "unchanged pages from the cache" not in proc.stderr
    assert not (project / ".cache" / "pages.pickle").exists()
    assert (project / "site" / "zh-Hant" / "briefing" / "index.html").is_file()
    stats = (project / ".cache" / "last-build.json").read_text(encoding="utf-8")
    assert '"pages_from_cache": 0' in stats and '"mkdocs":' in stats
