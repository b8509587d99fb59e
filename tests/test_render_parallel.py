"""A large corpus renders its second locale in a forked process: the pages must be the same."""

from __future__ import annotations

from pathlib import Path

import generator.render.pages as site
from generator.pipeline import Settings, build
from test_hostile import ROOT, make_project


def test_forked_rendering_gives_the_same_pages_in_the_same_order(tmp_path: Path, monkeypatch):
    sources = {p.name: p.read_bytes() for p in sorted((ROOT / "content" / "sources").iterdir())}
    project = make_project(tmp_path, sources)
    settings = Settings(root=project, pdf=False)
    monkeypatch.setattr(site, "PARALLEL_FROM", 10**9)
    alone = build(settings)
    monkeypatch.setattr(site, "PARALLEL_FROM", 1)
    forked = build(settings)
    assert list(forked.pages.items()) == list(alone.pages.items())
    assert list(forked.data.items()) == list(alone.data.items())
    assert any(path.startswith("zh-Hant/articles/") for path in forked.pages)
