"""Few garbage collections during a build (``generator/gcquiet.py``): fewer collections, cycles still
freed, the collector as it was once the build ends, and the same output."""

from __future__ import annotations

import gc
import weakref

import pytest

from generator.gcquiet import YOUNG, quiet_gc, quieten, restore


class _Node:
    def __init__(self) -> None:
        self.other = self  # a cycle: only the cyclic collector frees it


def _collections_during(allocations: int, quiet: bool) -> int:
    counted = [0]

    def count(phase, _info):
        if phase == "start":
            counted[0] += 1

    gc.callbacks.append(count)
    try:
        if quiet:
            with quiet_gc():
                keep = [[] for _ in range(allocations)]
        else:
            keep = [[] for _ in range(allocations)]
    finally:
        gc.callbacks.remove(count)
    del keep
    return counted[0]


def test_a_quiet_block_collects_far_less_often():
    normal = _collections_during(200_000, quiet=False)
    quiet = _collections_during(200_000, quiet=True)
    assert normal >= 100 and quiet <= normal // 20


def test_a_cycle_made_in_a_quiet_block_is_still_freed():
    """Memory stays bounded: the collector still runs, only less often."""
    with quiet_gc():
        node = _Node()
        gone = weakref.ref(node)
        del node
        keep = [[] for _ in range(3 * YOUNG)]  # enough new objects for a collection to run
        assert gone() is None
    del keep


def test_the_thresholds_come_back_after_the_block_even_on_an_error():
    before = gc.get_threshold()
    with pytest.raises(KeyError):
        with quiet_gc():
            assert gc.get_threshold()[0] == YOUNG
            with quiet_gc():  # nested: still quiet inside, and the outer block restores
                pass
            assert gc.get_threshold()[0] == YOUNG
            raise KeyError("boom")
    assert gc.get_threshold() == before


def test_collection_switched_off_stays_off_and_restore_of_nothing_is_harmless():
    before = gc.get_threshold()
    gc.set_threshold(0)
    try:
        assert quieten() is None and gc.get_threshold()[0] == 0
        restore(None)
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_a_build_leaves_the_collector_as_it_found_it(tmp_path):
    from generator.pipeline import Settings, build

    sources = tmp_path / "content" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.txt").write_text("新华社北京3月1日电 某市今天开通了第一条无人驾驶公交线路。\n\n"
                                   "市交通局局长王明表示，这条线路将缓解早高峰的拥堵。\n", encoding="utf-8")
    before = gc.get_threshold()
    with pytest.raises(Exception):  # no taxonomy yet: the build stops, the collector is as before
        build(Settings(root=tmp_path, pdf=False))
    assert gc.get_threshold() == before
    (tmp_path / "content" / "taxonomy.yml").write_text("topic: {label: 无人驾驶, terms: [无人驾驶, 公交]}\n",
                                                       encoding="utf-8")
    result = build(Settings(root=tmp_path, pdf=False))
    assert gc.get_threshold() == before
    assert any(path.endswith("index.md") for path in result.pages)
