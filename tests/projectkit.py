"""Shared by the tests that build a small project from files written for the test (one place instead of a
copy per file): the repository's editor files (glossary, overrides, taxonomy), an empty ``sources.yml``,
its templates and ``mkdocs.yml``, and the given files as ``content/sources/``."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_project(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    """A project under ``tmp_path / "p"`` whose sources are ``files`` (name → bytes, or text written as UTF-8)."""
    root = tmp_path / "p"
    (root / "content" / "sources").mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    for name in ("glossary.yml", "overrides.yml", "taxonomy.yml"):
        shutil.copy(ROOT / "content" / name, root / "content" / name)
    (root / "content" / "sources.yml").write_text("", encoding="utf-8")
    for name, data in files.items():
        (root / "content" / "sources" / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root
