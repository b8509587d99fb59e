"""Shared by the index tests: a small project built from invented sources (no PDFs), and its index
read as name → kind, aliases included."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import Settings, build


def build_analysis(tmp_path: Path, files: dict[str, str], label: str, terms: list[str]):
    """The analysis of a project whose sources are ``files`` (name → text), under a topic ``label``
    named by ``terms``."""
    root = tmp_path / "p"
    src = root / "content" / "sources"
    src.mkdir(parents=True)
    (root / "content" / "articles").mkdir()
    (root / "content" / "taxonomy.yml").write_text(
        "topic:\n  label: %s\n  terms: [%s]\n" % (label, ", ".join(terms)), encoding="utf-8")
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    (root / "templates").symlink_to(Path(__file__).resolve().parents[1] / "templates")
    return build(Settings(root=root, pdf=False, site_name="测试")).analysis


def entries(analysis) -> dict[str, str]:
    """Every indexed name and alias → its entry's kind."""
    return {n: e.kind for e in analysis.entities for n in (e.name, *e.aliases)}
