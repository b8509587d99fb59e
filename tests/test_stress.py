"""No accepted source can stall the build: the stress family of generator/stress.py (made here,
never stored) goes through the real ``mkdocs build``; every source is published, and the build's
own per-stage times are recorded (printed, and kept as test properties).

The time limit is a generous bound against a stall (the quadratic patterns this guards against
took more than ten minutes on the one-line source alone), not a speed measurement: speed is
measured by ``make bench``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import stress
from generator.articles import slugify

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"
#: Far above a linear build of these ~7 MB on a loaded 2-core machine; far below a stall.
LIMIT_S = 1800
#: Per repeated character (1 MB), cleaning and analysis only.
LIMIT_ONE_S = 300

# Part of `make test`; `make stress` (`pytest -m stress`) runs the family alone.
pytestmark = [pytest.mark.slow, pytest.mark.stress]


@pytest.fixture(scope="module")
def stressed(tmp_path_factory):
    project = tmp_path_factory.mktemp("stress") / "proj"
    (project / "content" / "sources").mkdir(parents=True)
    for name in ("glossary.yml", "taxonomy.yml", "overrides.yml"):
        shutil.copy(ROOT / "content" / name, project / "content" / name)
    shutil.copytree(ROOT / "templates", project / "templates")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("pdf: true", "pdf: false")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / ".build" / "docs").mkdir(parents=True)
    for name, data in stress.family().items():
        (project / "content" / "sources" / name).write_bytes(data)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1711929600")
    proc = subprocess.run([str(MKDOCS), "build"], cwd=project, capture_output=True, text=True,
                          env=env, timeout=LIMIT_S)
    stats_path = project / ".cache" / "last-build.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    return {"project": project, "proc": proc, "stats": stats}


def test_every_stress_source_builds(stressed, record_property):
    proc = stressed["proc"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    stages = stressed["stats"].get("stages", {})
    for stage, seconds in stages.items():
        record_property(f"stage_{stage}_s", round(seconds, 2))
    print("stress build stages:", ", ".join(f"{k} {v:.1f} s" for k, v in stages.items()))
    site = stressed["project"] / "site"
    for name in stress.FAMILY:
        slug = slugify(Path(name).stem)
        assert (site / "articles" / slug / "index.html").exists(), name
        assert (site / "zh-Hant" / "articles" / slug / "index.html").exists(), name


def test_the_long_line_is_published_whole(stressed):
    article = stressed["project"] / "content" / "articles" / "one-line.md"
    text = article.read_text(encoding="utf-8")
    # every CJK run of the source survives into the cleaned article (nothing dropped for size)
    assert text.count("人工智能视频生成模型发布后") == stress.one_line().count("人工智能视频生成模型发布后")


@pytest.mark.parametrize("name", stress.REPEATED)
def test_every_repeated_character_cleans_and_analyses(name, tmp_path):
    """1 MB of each repeated character through the generator's own build (read, clean, analyse,
    render the Markdown pages): finishes, and publishes the article."""
    import time

    from generator.pipeline import Settings, build

    (tmp_path / "content" / "sources").mkdir(parents=True)
    for file in ("glossary.yml", "taxonomy.yml", "overrides.yml"):
        shutil.copy(ROOT / "content" / file, tmp_path / "content" / file)
    (tmp_path / "content" / "sources" / f"{name}.txt").write_bytes(stress.repeat(name).encode("utf-8"))
    started = time.perf_counter()
    result = build(Settings(root=tmp_path, pdf=False))
    assert time.perf_counter() - started < LIMIT_ONE_S  # a stall guard; make bench measures speed
    assert [a.slug for a in result.articles] == [slugify(name)]
    print(name, {k: round(v, 1) for k, v in result.timings.items()})


def test_text_after_deep_nesting_survives():
    """markdown-it-py stops parsing past its nesting limit and drops the rest of the input: the
    reader cuts deeper lines down first, so every word survives and the editor is told."""
    from generator.clean import clean

    staircase = "\n".join(" " * (2 * k) + f"- 第{k}层" for k in range(40))
    result = clean("# 嵌套\n\n" + "- " * 30 + "列表项。\n\n" + "> " * 25 + "引用的话。\n\n"
                   + staircase + "\n\n正文一段，在嵌套之后。\n")
    for text in ["列表项。", "引用的话。", "正文一段，在嵌套之后。"] + [f"第{k}层" for k in range(40)]:
        assert text in result.body
    flagged = [f for f in result.flags if "nested" in f.message]
    assert [f.line for f in flagged] == [3, 5, 15]  # the list, the quote, the staircase from its 9th step
    # the dropped marks are in the audit (every raw character kept or accounted for)
    dropped = "".join(e.before for e in result.audit if e.rule == "read_markdown")
    assert dropped.count("-") >= 30 - 8 and dropped.count(">") >= 25 - 8
