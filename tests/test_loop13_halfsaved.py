"""An article file the build cannot read (an editor's save caught half-written by ``mkdocs serve``'s
polling: emptied, not yet written; or a broken front matter) is never written over with the
cleaned source: the editor's save lands whole on the next build. Before, the build replaced the
file, and the edit being saved was lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import Memo, Settings, build

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "report.txt": "社区食堂试点扩大\n\n本报讯 区民政局表示，社区食堂将在年内覆盖全部街道，老人就餐更方便。\n",
    "hearing.txt": "听证会记录\n\n主持人：请各方发表意见。\n\n居民代表：我们担心价格上涨，希望政府给予补贴。\n",
    "notice.txt": "關於社區食堂收費標準的公告\n\n一、六十歲以上老人享受八折優惠。\n\n二、本公告自發布之日起施行。\n",
}


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "proj"
    (project / "content" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "taxonomy.yml", project / "content" / "taxonomy.yml")
    for name, text in SOURCES.items():
        (project / "content" / "sources" / name).write_text(text, encoding="utf-8")
    return project


def _text(result, slug: str) -> str:
    article = next(a for a in result.articles if a.slug == slug)
    return "\n".join(b.text for b in article.blocks)


@pytest.mark.parametrize("half_saved", ["", "---\ntitle: 听证会记录\n", "---\ntitle: [未闭合\n---\n\n正文。\n"])
def test_an_unreadable_article_file_is_left_for_the_editor(tmp_path, half_saved):
    project = _project(tmp_path)
    settings, memo = Settings(root=project, pdf=False), Memo()
    build(settings, memo)
    path = project / "content" / "articles" / "hearing.md"
    whole = path.read_text(encoding="utf-8") + "\n编辑补充：听证会将于下月再次召开。\n"
    path.write_text(half_saved, encoding="utf-8")  # the save, caught half-way
    result = build(settings, memo)
    assert path.read_text(encoding="utf-8") == half_saved  # not written over
    assert any(w.startswith("content/articles/hearing.md: ") and "left as it is" in w for w in result.warnings)
    assert "我们担心价格上涨" in _text(result, "hearing")  # the cleaned source is published meanwhile
    path.write_text(whole, encoding="utf-8")  # the save completes
    result = build(settings, memo)
    assert "听证会将于下月再次召开" in _text(result, "hearing")
    assert path.read_text(encoding="utf-8") == whole
