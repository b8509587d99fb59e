"""The search index's two-script tokenizer (issue 17, the cold build): built in memory from jieba's
own dictionary plus the traditional spellings, it is the tokenizer jieba makes from the two-script
dictionary file (same prefix dictionary, same total, same cuts), without writing that file or
leaving a 15.7 MB jieba cache of it in the temporary folder for every project."""

from __future__ import annotations

import tempfile
from pathlib import Path

import jieba

from generator import searchdict
from generator.segment import Segmenter

#: Written for the test (a flood-control story), in both scripts.
TEXTS = [
    "水利部门表示，汛期前将完成三百公里堤防的加固工程，沿江居民的撤离路线已经公布。",
    "水利部門表示，汛期前將完成三百公里堤防的加固工程，沿江居民的撤離路線已經公佈。",
    "氣象專家認為，今年梅雨季的降雨量可能比常年偏多兩成，城市內澇的風險不容忽視。",
    "应急管理局的值班人员说，预警信息会通过短信和广播同时发布。",
]


def _from_file(tmp: Path):
    """What the build did before: the two-script dictionary written out, read by jieba."""
    raw = searchdict._JIEBA_DICT.read_bytes().decode("utf-8")
    extra, _ = searchdict.traditional_words(tmp)
    path = tmp / "two-script.txt"
    path.write_text(raw.rstrip("\n") + "\n" + "\n".join(extra) + "\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(path))
    tokenizer.tmp_dir = str(tmp)  # its cache stays in the test's folder
    tokenizer.initialize()
    return tokenizer


def _same(built, read) -> None:
    assert built.total == read.total
    assert built.FREQ == read.FREQ
    for text in TEXTS:
        assert list(built.cut(text)) == list(read.cut(text))
    # the traditional spellings are there: a zh-Hant word cut whole
    assert "撤離" in list(built.cut(TEXTS[1]))


def test_the_in_memory_tokenizer_is_jiebas_reading_of_the_two_script_file(tmp_path: Path):
    jieba.setLogLevel(60)
    jieba.initialize()  # as in a build: the analysis has loaded jieba's words (they are copied)
    _same(searchdict.two_script_tokenizer(tmp_path), _from_file(tmp_path))


def test_words_added_to_the_analysis_tokenizer_stay_out_of_the_search_dictionary(tmp_path: Path,
                                                                                 monkeypatch):
    """jieba's loaded dictionary is copied only while it holds exactly jieba's words."""
    jieba.setLogLevel(60)
    jieba.initialize()
    monkeypatch.setattr(jieba.dt, "FREQ", dict(jieba.dt.FREQ))  # restored after the test
    monkeypatch.setattr(jieba.dt, "total", jieba.dt.total)
    jieba.dt.add_word("防汛指挥部", 7)
    built = searchdict.two_script_tokenizer(tmp_path)
    assert "防汛指挥部" not in built.FREQ
    _same(built, _from_file(tmp_path))


def _jieba_caches() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("jieba.u*.cache")}


def test_segmenting_a_new_project_leaves_no_jieba_cache_behind(tmp_path: Path, monkeypatch):
    """Each project's cache folder used to get its own 8.7 MB dictionary file, and jieba its own
    15.7 MB cache of it in the temporary folder (thousands of them after the tests)."""
    import generator.segment as segment

    monkeypatch.setattr(segment, "_TOKENIZERS", {})  # as in a new process
    before = _jieba_caches()
    cut = Segmenter(tmp_path / "cache")(TEXTS[1])
    assert "撤離" in cut.split("\u200b")
    assert _jieba_caches() == before
    assert not any(p.stat().st_size > 6_000_000 for p in (tmp_path / "cache").rglob("*") if p.is_file())


def test_a_new_project_reuses_the_traditional_spellings(tmp_path: Path, monkeypatch):
    """A cold build of a new project (empty cache folder) does not convert jieba's 350,000 words
    with OpenCC again: the spellings are kept beside jieba's own cache."""
    first = searchdict.traditional_words(tmp_path / "one")

    def no_opencc(*args, **kwargs):
        raise AssertionError("OpenCC run again")

    monkeypatch.setattr(searchdict.opencc, "OpenCC", no_opencc)
    assert searchdict.traditional_words(tmp_path / "two") == first
    assert searchdict.dictionary_path(tmp_path / "two").exists()
