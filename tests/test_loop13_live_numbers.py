"""The page cache's live numbers (generator/pagecache.py, ``_LIVE``): a page whose only change is a
count marked live (the briefing's "本次处理 N 个句子") is replayed from the cache with the new
count written in, not rendered again by MkDocs, and the site equals a build without the cache.

Three sources unlike the default corpus (a city's shared-bike rules): a news report, an
interview transcript and an official notice in traditional script."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import pagecache
from test_hostile import build, make_project

NEWS = ("共享单车新规出台\n\n本报讯 市交通局昨日发布共享单车停放新规，业内人士认为，新规将缓解人行道拥堵。\n\n"
        "不过，多位市民表示，电子围栏数量不足，高峰时段仍然难以还车。\n")
TRANSCRIPT = ("访谈实录：单车企业怎么看新规\n\n主持人：新规对企业意味着什么？\n\n"
              "企业负责人：我们认为新规会提高运维成本，但长期看有利于行业规范。\n\n"
              "主持人：用户会受影响吗？\n\n企业负责人：短期内部分用户会觉得还车不便。\n")
NOTICE = ("關於規範共享單車停放的通告\n\n一、自下月起，共享單車須停放在電子圍欄內。\n\n"
          "二、違規停放的車輛將由運營企業限期清理，逾期未清理的，將依法處理。\n")


def _site(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(project: Path, replayed: list[str]) -> None:
    """``mkdocs build`` in this process, noting the pages the page cache replayed."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(config_file=str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    replayed.clear()
    build(config)
    config.plugins.on_shutdown()


def _live(project: Path) -> tuple[str, ...]:
    """The live numbers of the generated briefing (zh-Hans)."""
    markdown = (project / ".build" / "docs" / "zh-Hans" / "briefing.md").read_text(encoding="utf-8")
    return tuple(pagecache._LIVE.findall(markdown))


@pytest.fixture()
def project(tmp_path, monkeypatch):
    project = make_project(tmp_path, {"news.txt": NEWS.encode(), "talk.txt": TRANSCRIPT.encode(),
                                      "notice.txt": NOTICE.encode()})
    monkeypatch.chdir(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1711929600")
    return project


def test_a_changed_sentence_count_replays_the_briefing_with_the_new_count(project, monkeypatch):
    replayed: list[str] = []
    replay = pagecache._replay_render

    def spy(page, entry, live, config, files):
        replayed.append(page.file.src_uri)
        return replay(page, entry, live, config, files)

    monkeypatch.setattr(pagecache, "_replay_render", spy)
    _build(project, replayed)
    before = _live(project)
    assert len(before) == 2  # the sentence and candidate counts are marked live
    source = project / "content" / "sources" / "talk.txt"
    # a sentence that states no impact or limit: only the article and the counts move
    source.write_text(TRANSCRIPT + "\n主持人：感谢收看本期节目。\n", encoding="utf-8")
    _build(project, replayed)
    assert "zh-Hans/briefing.md" in replayed and "zh-Hant/briefing.md" in replayed
    cached = _site(project)
    html = cached["briefing/index.html"].decode()
    assert any("感谢收看本期节目" in v.decode() for k, v in cached.items() if k.endswith("index.html"))
    # the page shows this build's counts, not the stored ones
    now = _live(project)
    assert now != before and int(now[0]) > int(before[0])
    assert tuple(pagecache._LIVE.findall(html)) == now
    assert tuple(pagecache._LIVE.findall(cached["zh-Hant/briefing/index.html"].decode())) == now
    # … exactly what a build without the page cache makes (another process), search index included
    shutil.rmtree(project / "site")
    os.remove(project / ".cache" / "pages.pickle")
    proc = build(project)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "0 unchanged pages from the cache" in proc.stderr
    assert _site(project) == cached


def test_a_count_that_does_not_come_out_as_it_went_in_is_not_stored():
    live = ("12", "3")
    html = ('<p>本次处理 <span class="jf-live" data-search-exclude>12</span> 个句子，'
            '<span class="jf-live" data-search-exclude>3</span> 个候选句</p>')
    stored = pagecache._blank(html, live)
    assert stored is not None and "12" not in stored
    assert pagecache._fill(stored, ("13", "3")) == html.replace(">12<", ">13<")
    assert pagecache._blank(html, ("12",)) is None  # one more than the Markdown had
    assert pagecache._blank(html.replace(">3<", ">4<"), live) is None  # another number
    assert pagecache._blank(html, ()) == html  # a page without live numbers is stored as it is
