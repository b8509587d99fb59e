"""``mkdocs serve``: the folders the generator reads are polled every 0.1 s on a project of at most
``FAST_POLL_FILES`` files (MkDocs polls every 0.5 s: a save waited 0.25 s on average before its
rebuild began), and MkDocs' wait for more changes is longer than one poll, so a save written in
two steps still makes one rebuild. A larger project keeps MkDocs' interval (each poll stats every
file). The server is MkDocs' own, never started."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from mkdocs.livereload import LiveReloadServer

from generator import plugin as jianfan


def _serve(tmp_path: Path, files: int) -> LiveReloadServer:
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "templates").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: 测试\n", encoding="utf-8")
    for i in range(files):
        (tmp_path / "content" / "sources" / f"{i:04d}.txt").write_text("市民反映公交线路调整。\n",
                                                                     encoding="utf-8")
    docs = tmp_path / ".build" / "docs"
    docs.mkdir(parents=True)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(docs))
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"), docs_dir=str(docs))
    plugin = jianfan.JianfanPlugin()
    plugin.load_config({})
    plugin.on_serve(server, config, None)
    return server


def _intervals(server: LiveReloadServer) -> dict[str, float]:
    return {Path(w.path).name: e.timeout for e, w in
            ((e, e.watch) for e in server.observer.emitters)}


def test_a_small_project_is_polled_fast_and_one_save_is_one_rebuild(tmp_path):
    server = _serve(tmp_path, 12)
    intervals = _intervals(server)
    assert intervals == {"content": jianfan.FAST_POLL_S, "templates": jianfan.FAST_POLL_S}
    # two polls' worth of changes (an editor that empties the file, then writes it) fall in one wait
    assert server.build_delay > jianfan.FAST_POLL_S


def test_a_large_project_keeps_mkdocs_interval(tmp_path):
    server = _serve(tmp_path, jianfan.FAST_POLL_FILES + 1)
    assert set(_intervals(server).values()) == {0.5}
    assert server.build_delay == 0.1
