"""Hostile and broken input through the real `mkdocs build`: nothing executed, nothing lost."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"

GOOD = ("人工智能视频生成模型发布后，影视行业受到冲击。业内人士认为，这将降低制作成本。\n\n"
        "不过，专家指出，模型仍然存在物理规律理解不足的问题，距离商业化还很远。\n")
INJECTED = """恶意文章标题

这一段正常。<script>alert("XSSMARK1")</script>后面还有文字。

图片<img src=x onerror="alert('XSSMARK2')">与链接[点我](javascript:alert('XSSMARK3'))。

<iframe src="https://evil.example/XSSMARK4"></iframe>

模板{{ config.site_name }}XSSMARK5{% for x in range(3) %}循环{% endfor %}。

数据链接[看](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)XSSMARK6。

<div onclick="alert('XSSMARK7')">点击</div><style>body{display:none}</style>XSSMARK8
"""


def make_project(tmp: Path, sources: dict[str, bytes]) -> Path:
    project = tmp / "proj"
    (project / "content" / "sources").mkdir(parents=True)
    for name in ("glossary.yml", "taxonomy.yml", "overrides.yml"):
        if (ROOT / "content" / name).exists():
            shutil.copy(ROOT / "content" / name, project / "content" / name)
    shutil.copytree(ROOT / "templates", project / "templates")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("pdf: true", "pdf: false")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / ".build" / "docs").mkdir(parents=True)
    for name, data in sources.items():
        (project / "content" / "sources" / name).write_bytes(data)
    return project


def build(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([str(MKDOCS), "build", *args], cwd=project, capture_output=True,
                          text=True, env=env, timeout=600)


def hashes(project: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (project / "content" / "sources").iterdir()}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile"), {
        "good.txt": GOOD.encode("utf-8"),
        "evil.txt": INJECTED.encode("utf-8"),
        "文章 有空格.txt": GOOD.replace("影视", "游戏").encode("gb18030"),
        "empty.txt": b"",
        "photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "page.txt": b"<!DOCTYPE html><html><body><script>alert('XSSMARK9')</script></body></html>",
    })
    before = hashes(project)
    proc = build(project)
    return {"project": project, "proc": proc, "before": before, "after": hashes(project)}


def test_build_keeps_going_past_bad_sources(hostile):
    proc = hostile["proc"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    log = proc.stderr
    for name in ("empty.txt", "photo.txt", "page.txt"):
        assert re.search(rf"WARNING.*{re.escape(name)}", log), name
    assert "Traceback" not in log


def test_strict_build_fails_on_the_same_warning(hostile):
    proc = build(hostile["project"], "--strict")
    assert proc.returncode != 0
    assert "photo.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_sources_are_never_modified(hostile):
    assert hostile["before"] == hostile["after"]


def test_nothing_from_an_article_is_executed(hostile):
    site = hostile["project"] / "site"
    pages = list(site.rglob("*.html"))
    assert pages
    for path in pages:
        html = path.read_text(encoding="utf-8")
        for script in re.findall(r"<script[^>]*>(.*?)</script>", html, re.S):
            assert "XSSMARK" not in script, path
        assert not re.search(r"<(iframe|style|div)[^>]*XSSMARK", html), path
        assert not re.search(r"\son\w+\s*=\s*[\"']?alert", html, re.I), path
        assert not re.search(r"href\s*=\s*[\"']?\s*(javascript|data):", html, re.I), path
        assert "<style>body{display:none}" not in html


def test_injected_text_is_shown_as_text(hostile):
    site = hostile["project"] / "site"
    text = "".join(p.read_text(encoding="utf-8") for p in site.rglob("articles/evil*/index.html")
                   if "audit" not in p.parts)
    # Template syntax is not evaluated: the literal braces survive as text.
    assert "{{ config.site_name }}" in text.replace("&#123;", "{").replace("&#125;", "}")
    # Raw HTML is read as HTML and never shown: the script and its content leave the article, and
    # the cleaning record shows them, escaped, as text.
    assert "XSSMARK1" not in text and "后面还有文字" in text
    audit = "".join(p.read_text(encoding="utf-8") for p in site.rglob("articles/evil*/audit/index.html"))
    assert "XSSMARK1" in audit and "&lt;script&gt;" in audit
    assert "XSSMARK3" in audit and "javascript:" not in text  # a javascript: link keeps only its text


def test_unique_slugs_for_odd_file_names(hostile):
    articles = hostile["project"] / "site" / "articles"
    names = sorted(p.name for p in articles.iterdir())
    assert len(names) == len(set(names)) == 3
    assert any("文章" in n for n in names)


def test_csp_meta_on_every_page(hostile):
    for path in (hostile["project"] / "site").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if "<head" in html:
            assert 'http-equiv="Content-Security-Policy"' in html, path


# Faster checks through the generator itself (the same code `mkdocs build` runs).

def _load(tmp_path: Path, files: dict[str, bytes], extra: dict[str, str] | None = None):
    from generator.pipeline import load_articles

    (tmp_path / "content" / "sources").mkdir(parents=True)
    for name, data in files.items():
        (tmp_path / "content" / "sources" / name).write_bytes(data)
    for rel, text in (extra or {}).items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return load_articles(tmp_path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_encodings_and_newlines_give_the_same_article(tmp_path, encoding, newline):
    articles, warnings = _load(tmp_path, {"a.txt": GOOD.replace("\n", newline).encode(encoding)})
    assert warnings == []
    assert [p.text for p in articles[0].paragraphs] == [
        "人工智能视频生成模型发布后，影视行业受到冲击。业内人士认为，这将降低制作成本。",
        "不过，专家指出，模型仍然存在物理规律理解不足的问题，距离商业化还很远。"]


def test_big5_traditional_article(tmp_path):
    text = "人工智能視頻生成模型發布後，影視行業受到衝擊。\n\n專家認為，距離商業化還很遠。\n"
    articles, warnings = _load(tmp_path, {"a.txt": text.encode("big5")})
    assert warnings == [] and articles[0].script == "zh-Hant"


def test_control_and_invisible_characters_are_removed_and_recorded(tmp_path):
    text = "正文\x00有控制\x1b[31m字符\u200b和\u202e方向\ufeff覆盖。\n"
    articles, _ = _load(tmp_path, {"a.txt": text.encode("utf-8")})
    a = articles[0]
    assert a.paragraphs[0].text == "正文有控制字符和方向覆盖。"
    removed = "".join(e.before for e in a.audit if e.rule == "control_chars")
    assert set(removed) >= {"\x00", "\u200b", "\u202e", "\ufeff"}


def test_broken_metadata_file_is_a_warning_not_a_crash(tmp_path):
    articles, warnings = _load(tmp_path, {"a.txt": GOOD.encode()},
                               {"content/sources.yml": "a.txt:\n  outlet: [unclosed\n"})
    assert len(articles) == 1
    assert any("sources.yml:" in w and "not valid YAML" in w for w in warnings)


def test_broken_front_matter_is_reported_with_the_file(tmp_path):
    _load(tmp_path, {"a.txt": GOOD.encode()})
    path = tmp_path / "content" / "articles" / "a.md"
    path.write_text("---\ntitle: [oops\n---\n\n正文。\n", encoding="utf-8")
    from generator.pipeline import load_articles

    articles, warnings = load_articles(tmp_path)
    assert any("content/articles/a.md" in w and "front matter" in w for w in warnings)


def test_duplicate_slugs_stay_unique_and_stable(tmp_path):
    files = {"a b.txt": GOOD.encode(), "a-b.txt": GOOD.encode(), "a_b.md": GOOD.encode()}
    articles, warnings = _load(tmp_path, files)
    slugs = [a.slug for a in articles]
    assert len(set(slugs)) == 3
    again, _ = _load(tmp_path / "again", files)
    assert [a.slug for a in again] == slugs
    assert any("slug" in w for w in warnings)


def test_a_large_source_is_processed_in_bounded_time(tmp_path):
    import time

    paragraph = "人工智能视频生成模型发布后，影视行业受到冲击，业内人士认为这将降低制作成本。"
    big = ("\n\n".join([paragraph * 4] * 9000)).encode()  # about 3 MB
    started = time.perf_counter()
    articles, warnings = _load(tmp_path, {"big.txt": big, "line.txt": (paragraph * 3000).encode()})
    assert len(articles) == 2 and warnings == []
    # A stall guard, not a speed test (speed is `make bench`): quadratic cleaning of these 3 MB took
    # over 10 minutes; linear cleaning takes seconds on a quiet machine and ~80 s on a loaded one.
    assert time.perf_counter() - started < 300
