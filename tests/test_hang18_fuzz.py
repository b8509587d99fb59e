"""A build always ends: synthetic articles built from the pieces the rules react to (continuing and
qualifying clause openers, unbalanced quotation marks and brackets, lead-ins, numbered lines,
timestamps, key: value lines, long runs of one punctuation mark, English lines, traditional
script; tests/test_hang18_pieces.py) go through ``generator.pipeline.build`` (no PDFs) under a hard
alarm per build, and every article is published.

A loop that widens and narrows over the same clause (``quotecut._whole_claim``, 49cd3ff) or a
regular expression that backtracks on a long run hangs a build here instead of an editor's
``mkdocs build``. The seeds are fixed: the same articles every run. The larger family is marked
``stress`` (``pytest -m stress``)."""

from __future__ import annotations

import shutil
import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import test_hang18_pieces as pieces  # noqa: E402

from generator.articles import slugify  # noqa: E402
from generator.pipeline import Settings, build  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: Seconds one build of a handful of synthetic articles may take: ~5 s on a loaded machine; a
#: cycling loop never ends, a backtracking pattern takes minutes.
ALARM_S = 90


class Hung(Exception):
    pass


def _build_under_alarm(root: Path, seconds: int = ALARM_S):
    def _late(*_):
        raise Hung(f"the build did not end within {seconds} s")
    old = signal.signal(signal.SIGALRM, _late)
    signal.alarm(seconds)
    try:
        return build(Settings(root=root, pdf=False))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _project(root: Path, texts: dict[str, str]) -> Path:
    (root / "content" / "sources").mkdir(parents=True)
    for name in ("glossary.yml", "taxonomy.yml", "overrides.yml"):
        shutil.copy(ROOT / "content" / name, root / "content" / name)
    for name, text in texts.items():
        (root / "content" / "sources" / name).write_text(text, encoding="utf-8")
    return root


def _assert_published(result, texts: dict[str, str]) -> None:
    slugs = {a.slug for a in result.articles}
    for name in texts:
        assert slugify(Path(name).stem) in slugs, f"{name} was not published"
    assert "zh-Hans/index.md" in result.pages and "zh-Hant/index.md" in result.pages
    for slug in slugs:  # every article has its page in both scripts
        assert any(p.startswith("zh-Hans/") and slug in p for p in result.pages), slug
        assert any(p.startswith("zh-Hant/") and slug in p for p in result.pages), slug


def _family(seed: int, count: int = 6, lines: int = 30) -> dict[str, str]:
    return {f"{k:02d}_fuzz-{seed}-{k}.txt": pieces.article(seed * 100 + k, lines) for k in range(count)}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_synthetic_articles_build_and_end(seed, tmp_path):
    texts = _family(seed)
    result = _build_under_alarm(_project(tmp_path, texts))
    _assert_published(result, texts)


def test_the_pieces_are_what_the_rules_react_to():
    """The generator really makes the pieces (else the fuzz proves nothing): continuing clauses in
    a row, open quotation marks, lead-ins, runs of one mark, traditional and English lines."""
    text = "".join(pieces.article(s) for s in range(20))
    assert "，也" in text and "，还" in text and "，并非" in text
    assert text.count("“") != text.count("”")  # unbalanced somewhere
    assert any(v + "：" in text for v in pieces.VERBS)
    assert any(ch * 500 in text for ch in pieces.PUNCT)
    assert "圖書館" in text and "officials said" in text


def test_two_continuing_clauses_after_a_long_one_in_a_whole_build(tmp_path):
    """The form that hung `mkdocs build` (49cd3ff), in an article among others, with a speaker."""
    long_clause = "某市轮渡公司昨日发布的年度报告显示全市轮渡线路总里程在过去五年间持续增长并已覆盖所有沿江街道和乡镇的主要码头及工业园区，"
    sentence = ("轮渡公司负责人表示：“" + long_clause + "也有不少市民反映高峰时段的船舱依然十分拥挤，"
                "还需要进一步优化航线和发船频次才能满足通勤需求，报告同时提到新能源渡轮的比例已经超过八成。”")
    texts = {"ferry.txt": "轮渡年报发布\n\n2024年3月2日\n\n" + sentence + "\n\n" + sentence.replace("轮渡", "公交") + "\n"}
    texts.update(_family(7, count=2))
    result = _build_under_alarm(_project(tmp_path, texts))
    _assert_published(result, texts)


@pytest.mark.stress
@pytest.mark.parametrize("seed", range(10, 30))
def test_more_synthetic_families_build_and_end(seed, tmp_path):
    texts = _family(seed)
    result = _build_under_alarm(_project(tmp_path, texts), 300)
    _assert_published(result, texts)


@pytest.mark.stress
def test_a_long_family_with_many_stamps_builds_and_ends(tmp_path):
    texts = _family(10, count=8, lines=60)
    # (it sat for minutes in datestamps._stamped_refs, which read the whole padded sentence once per stamp)
    result = _build_under_alarm(_project(tmp_path, texts), 300)
    _assert_published(result, texts)


@pytest.mark.stress
def test_a_one_megabyte_line_of_pieces_builds_and_ends(tmp_path):
    texts = {"long.txt": pieces.long_line(), "short.txt": pieces.article(5)}
    result = _build_under_alarm(_project(tmp_path, texts), 1200)
    _assert_published(result, texts)
