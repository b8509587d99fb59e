"""`mkdocs serve`: an editor's save is on the served page after exactly one rebuild."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"
TEXT = ("人工智能视频生成模型发布后，影视行业受到冲击。业内人士认为，这将降低制作成本。\n\n"
        "不过，专家指出，模型仍然存在物理规律理解不足的问题，距离商业化还很远。\n")
OTHER = ("某研究机构发布报告称，视频生成工具将改变广告制作流程。\n\n"
         "报告同时提醒，版权归属问题尚无定论，企业应谨慎使用。\n")
ADDED = "编辑在保存前补充的这一句用来检验预览。"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(check, seconds: float, what: str, proc, log: Path):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        if proc.poll() is not None:
            pytest.fail(f"mkdocs serve stopped ({proc.returncode}):\n"
                        + log.read_text(encoding="utf-8", errors="replace")[-4000:])
        time.sleep(0.2)
    pytest.fail(f"{what} not within {seconds:.0f} s; log:\n"
                + log.read_text(encoding="utf-8", errors="replace")[-4000:])


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "content" / "sources").mkdir(parents=True)
    for name in ("taxonomy.yml", "overrides.yml", "glossary.yml"):
        shutil.copy(ROOT / "content" / name, tmp_path / "content" / name)
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / ".build" / "docs").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "content" / "sources" / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_a_save_shows_on_the_served_page_after_one_rebuild(project, tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with log.open("wb") as out:
        proc = subprocess.Popen([str(MKDOCS), "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        page = f"http://127.0.0.1:{port}/articles/a/"
        _wait_for(lambda: "Serving on" in log.read_text(encoding="utf-8", errors="replace")
                  and _get(page), 300, "the first build", proc, log)
        before = log.read_text(encoding="utf-8", errors="replace")
        assert "Building documentation" in before and ADDED not in (_get(page) or "")

        article = project / "content" / "articles" / "a.md"
        article.write_text(article.read_text(encoding="utf-8") + f"\n{ADDED}\n", encoding="utf-8")
        _wait_for(lambda: ADDED in (_get(page) or ""), 300, "the added sentence on the page",
                  proc, log)
        time.sleep(3)  # a second rebuild would have started by now (0.5 s polling)
        after = log.read_text(encoding="utf-8", errors="replace")[len(before):]
        assert after.count("Building documentation") == 1, after
        assert after.count("Detected file changes") == 1, after
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
