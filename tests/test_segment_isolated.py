"""The search index's segmentation leaves the analysis's word segmentation alone (``mkdocs
serve`` runs many builds in one process: the second must analyse as the first did)."""

from __future__ import annotations

from pathlib import Path

import jieba

from generator.segment import Segmenter

#: Cut differently by jieba's dictionary and by the two-script search dictionary.
SENTENCES = ["使用成本高，商业普及化路遥", "公布首个文生视频大模型", "事实上远未到产品化的成熟期"]


def test_segmenting_the_search_index_does_not_change_the_analysis_words(tmp_path: Path):
    jieba.setLogLevel(60)
    before = [jieba.lcut(s) for s in SENTENCES]
    segment = Segmenter(tmp_path)
    searched = [segment(s) for s in SENTENCES]
    after = [jieba.lcut(s) for s in SENTENCES]
    assert after == before
    # The search index is still cut with its own dictionary, which differs here.
    assert [s.split("\u200b") for s in searched] != before


def test_a_new_opencc_gets_its_own_search_dictionary(tmp_path: Path, monkeypatch):
    """The cached two-script dictionary is keyed by OpenCC's version: after an upgrade the
    traditional spellings are made again instead of reusing the old file."""
    from generator import searchdict

    now = searchdict.dictionary_path(tmp_path)
    monkeypatch.setattr(searchdict, "_opencc_version", lambda: "999.0")
    upgraded = searchdict.dictionary_path(tmp_path)
    assert now.parent == upgraded.parent == tmp_path / "jieba"
    assert now != upgraded
