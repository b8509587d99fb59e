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


def test_a_serve_session_keeps_the_segmentation_in_memory_and_writes_it_when_it_stops(tmp_path: Path):
    """``mkdocs serve``: each build's entries are the next build's cache without the file being
    read or written on every save; the file holds the last build's entries once it stops."""
    session = Segmenter(tmp_path)
    first = [session(t) for t in TEXTS[:10]]
    session.next_build()
    assert not (tmp_path / "search" / "segments.json").exists()
    assert len(session.cache) == 10 and not session.used
    second = [session(t) for t in TEXTS[5:12]]  # five kept, two new, five no longer used
    assert second[:5] == first[5:]
    session.next_build()
    session.flush()
    assert Segmenter(tmp_path).cache == session.cache and len(session.cache) == 7
