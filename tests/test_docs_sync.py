"""`python -m generator pages` brings the docs folder up to date exactly as `mkdocs build` does."""

from __future__ import annotations

import subprocess
import sys

from generator.writers import DOCS_MARKER, sync_docs
from test_render import _project


def test_pages_command_syncs_the_docs_folder_like_the_plugin(tmp_path):
    project = _project(tmp_path, override=False)
    docs = project / ".build" / "docs"
    (docs / "zh-Hans").mkdir(parents=True)
    (docs / "zh-Hans" / "stale.md").write_text("# 旧页面\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator", "pages", "--root", str(project)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "1 articles" in proc.stderr
    assert not (docs / "zh-Hans" / "stale.md").exists()  # a page no longer generated is removed
    assert (docs / "zh-Hans" / "briefing.md").is_file()
    assert (docs / "zh-Hant" / "articles" / "a" / "digest.md").is_file()
    assert (docs / "assets" / "jianfan.css").is_file()  # the static assets, as in mkdocs build
    key = (docs / DOCS_MARKER).read_text(encoding="utf-8")
    assert len(key) == 32
    # With the same key and nothing deleted, the folder is left alone; a deleted page comes back.
    files = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*")
             if p.is_file() and p.name != DOCS_MARKER}
    assert not sync_docs(docs, files, key)
    (docs / "zh-Hans" / "briefing.md").unlink()
    assert sync_docs(docs, files, key) and (docs / "zh-Hans" / "briefing.md").is_file()
