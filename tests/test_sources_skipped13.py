"""A file of content/sources/ the build cannot take (an unsupported ending, undecodable bytes) is
skipped with a warning for the editor; a reader of the site must know it too: the sources page of
each locale lists it in a warning box, and says nothing of the kind when every file was taken."""

from __future__ import annotations

from generator.pipeline import Settings, build, skipped_sources
from projectkit import make_project

TEXT = "市里决定下月起延长夜班公交运营时间，首批覆盖六条线路。\n\n交通部门表示，客流高的线路将加密班次。\n"


def test_skipped_files_are_listed_on_the_sources_page(tmp_path):
    project = make_project(tmp_path, {"000_bus.txt": TEXT.encode(), "001_report.docx": b"PK\x03\x04 binary",
                                      "002_<img src=x onerror=alert(1)>.pdf": b"%PDF-1.4"})
    result = build(Settings(root=project, pdf=False, site_name="测试"))
    assert len(result.articles) == 1
    hans, hant = result.pages["zh-Hans/sources.md"], result.pages["zh-Hant/sources.md"]
    assert "未收录的文件" in hans and "未收錄的文件" in hant
    for page in (hans, hant):
        assert "content/sources/001_report.docx" in page
        # a name is text, never markup: written in a code span, which Markdown prints as text
        assert page.count("<img") == page.count("`content/sources/002_<img src=x onerror=alert(1)>.pdf`") == 1


def test_no_box_when_every_file_is_taken(tmp_path):
    result = build(Settings(root=make_project(tmp_path, {"000_bus.txt": TEXT.encode()}), pdf=False, site_name="测试"))
    assert "未收录的文件" not in result.pages["zh-Hans/sources.md"]


def test_the_skipped_files_are_read_from_the_warnings():
    warnings = ["content/sources/a.docx: skipped, a source must end in .txt",
                "content/sources/b.txt: cannot decode as UTF-8, GB18030 or Big5 (skipped)",
                "content/taxonomy.yml:3: category 'x' matches no sentence",
                "content/sources/a.docx: skipped, a source must end in .txt"]
    assert skipped_sources(warnings) == ("content/sources/a.docx", "content/sources/b.txt")
