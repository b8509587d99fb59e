"""``writers.write_tree`` resolves each folder once per call, not each file: it still writes nested
pages, rewrites only what changed, and refuses every path that would land outside the folder
(``..``, an absolute path, a link to outside), as resolving every file did."""

from __future__ import annotations

import os

import pytest

from generator.errors import BuildError
from generator.writers import write_tree


def test_nested_pages_are_written_once_and_stale_ones_removed(tmp_path):
    docs = tmp_path / "docs"
    files = {"zh-Hans/index.md": "首页", "zh-Hans/articles/a/index.md": "公交线路调整",
             "zh-Hant/articles/a/index.md": "公交線路調整"}
    assert write_tree(docs, files) == 3
    assert write_tree(docs, files) == 0
    assert write_tree(docs, {**files, "zh-Hans/index.md": "首页（新）"}) == 1
    assert (docs / "zh-Hans" / "index.md").read_text(encoding="utf-8") == "首页（新）"
    write_tree(docs, {"zh-Hans/index.md": "首页"})
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()) == ["zh-Hans/index.md"]


@pytest.mark.parametrize("rel", ["../escape.md", "zh-Hans/../../escape.md", "/tmp/escape.md", "zh-Hans/.."])
def test_a_path_outside_the_folder_is_refused(tmp_path, rel):
    docs = tmp_path / "docs"
    docs.mkdir()
    with pytest.raises(BuildError):
        write_tree(docs, {rel: "x"})
    assert not (tmp_path / "escape.md").exists()


def test_a_link_to_outside_is_refused(tmp_path):
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    (docs / "zh-Hans").mkdir(parents=True)
    outside.mkdir()
    os.symlink(outside / "page.md", docs / "zh-Hans" / "page.md")  # a file that is a link
    os.symlink(outside, docs / "linked")  # a folder that is a link
    for rel in ("zh-Hans/page.md", "linked/page.md"):
        with pytest.raises(BuildError):
            write_tree(docs, {rel: "x"}, prune=False)
    assert not (outside / "page.md").exists()
