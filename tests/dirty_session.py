"""Helper of ``test_serve_dirty.py`` (run in its own process: MkDocs keeps plugin instances per
process). ``python tests/dirty_session.py PROJECT`` serves PROJECT as ``mkdocs serve --dirty``
would (the same builds, without the server), makes a sequence of editor's changes, and after
each one compares the site folder with a full build of a copy of the project made in another
process. Prints one line per step: ``step NAME: identical`` or what differs, and how many pages
the page cache reported kept as they were."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

URL = "http://127.0.0.1:8000/"
FULL = f"""
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
config.site_url = "{URL}"
config.plugins.on_startup(command="serve", dirty=False)
build(config, serve_url="{URL}", dirty=False)
"""


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record) -> None:
        self.lines.append(record.getMessage())


def full_build(project: Path) -> Path:
    copy = Path(tempfile.mkdtemp(prefix="jianfan-full-"))
    for name in ("content", "templates"):
        shutil.copytree(project / name, copy / name)
    shutil.copy(project / "mkdocs.yml", copy / "mkdocs.yml")
    (copy / ".build" / "docs").mkdir(parents=True)
    site = Path(tempfile.mkdtemp(prefix="jianfan-full-site-"))
    proc = subprocess.run([sys.executable, "-c", FULL, str(site)], cwd=copy, capture_output=True,
                          text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    shutil.rmtree(copy)
    if proc.returncode:
        raise SystemExit(f"full build failed:\n{proc.stderr[-3000:]}")
    return site


def differences(a: Path, b: Path) -> list[str]:
    out = []
    names_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    names_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    out += [f"only in the dirty build: {n}" for n in sorted(names_a - names_b)]
    out += [f"only in the full build: {n}" for n in sorted(names_b - names_a)]
    out += [f"differs: {n}" for n in sorted(names_a & names_b) if (a / n).read_bytes() != (b / n).read_bytes()]
    return out


def main(project: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.chdir(project)
    kept = _Kept()
    logging.getLogger("mkdocs").addHandler(kept)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    site = Path(tempfile.mkdtemp(prefix="jianfan-dirty-"))
    sys.argv.append("--dirty")  # mkdocs-static-i18n reads it for its second language
    first = True

    def rebuild() -> None:
        nonlocal first
        config = load_config(config_file="mkdocs.yml", site_dir=str(site))
        config.site_url = URL
        if first:
            config.plugins.on_startup(command="serve", dirty=True)
            first = False
        build(config, serve_url=URL, dirty=True)

    articles = project / "content" / "articles"
    sources = project / "content" / "sources"

    def append():
        path = sorted(articles.glob("*.md"))[0]
        path.write_text(path.read_text(encoding="utf-8") + "\n编辑补充的一句话。\n", encoding="utf-8")

    def retitle():
        path = sorted(articles.glob("*.md"))[-1]
        path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: 新题：", 1),
                        encoding="utf-8")

    def add():
        (sources / "zz.txt").write_text("新增的一篇\n\n某公司发布新模型，业内人士认为成本将下降。\n",
                                        encoding="utf-8")

    def delete():
        (sources / "zz.txt").unlink()
        for path in articles.glob("zz*.md"):
            path.unlink()

    try:
        rebuild()
        for name, edit in (("append", append), ("nothing", lambda: None), ("retitle", retitle),
                           ("add", add), ("delete", delete)):
            edit()
            kept.lines.clear()
            rebuild()
            skipped = [line for line in kept.lines if "kept as they were" in line]
            full = full_build(project)
            found = differences(site, full)
            shutil.rmtree(full)
            print(f"step {name}: {'identical' if not found else '; '.join(found[:8])}"
                  f" | {skipped[-1] if skipped else 'no page kept'}", flush=True)
    finally:  # the served site folder is the session's own (it was left in the temporary folder)
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
