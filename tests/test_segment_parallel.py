"""Many new search texts are segmented on two cores: the words must be the same as one by one."""

from pathlib import Path

import generator.segment as segment
from generator.segment import Segmenter

TEXTS = [f"第{i}篇：人工智能视频生成模型发布后，影视行业受到冲击，業內人士認為將降低製作成本。"
         for i in range(40)] + ["Latin only", ""]


def test_parallel_prefill_matches_one_by_one(tmp_path: Path, monkeypatch):
    alone = Segmenter(tmp_path / "a")
    expected = [alone(t) for t in TEXTS]
    monkeypatch.setattr(segment, "PARALLEL_FROM", 2)
    both = Segmenter(tmp_path / "b")
    both.prefill(TEXTS)
    assert len(both.fresh) == 40  # segmented before any text is asked for
    assert [both(t) for t in TEXTS] == expected
    assert "\u200b" in expected[0]
    both.save()  # … and kept for the next build
    assert Segmenter(tmp_path / "b").cache == {k: v for k, v in both.used.items()}
    assert len(Segmenter(tmp_path / "b").cache) == 40
