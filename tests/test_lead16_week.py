"""A week ("上周…") holds seven days of anything: a day's event of another source joins a week's entry
only when both tell the same release or in alike words, never because the two name the same rare
places (a trade paper's "上周本刊记者赴X园区走访" is not a rescue log's evacuation at X园区 that week).
Seen on a held-out corpus (a newsletter and a rescue log); tested here on the merge itself, with
vectors standing for two sources that share four rare words and little else."""

from __future__ import annotations

from generator.analyse.eventmerge import merge_vague_releases
from generator.analyse.model import Event

RARE = {"南岭港": 5.0, "物流园": 5.0, "渔具": 5.0, "仓库": 5.0}


def _vec(extra: dict) -> dict:
    return {**RARE, **extra}


def _pair(day_words: dict, week_words: dict, precision: str = "week", date: str = "2025-08-04"):
    week = Event(date=date, inferred=True, text="上周本刊记者赴南岭港物流园走访渔具仓库。", article="letter",
                 paragraph="p3", precision=precision)
    day = Event(date="2025-08-05", inferred=True, text="8月5日南岭港物流园渔具仓库积水，转移三人。", article="log",
                paragraph="t1", precision="day")
    vecs = [_vec(week_words), _vec(day_words)]
    return merge_vague_releases([week, day], vecs, [frozenset(), frozenset()], level=4.0)[0]


def test_a_week_does_not_absorb_a_day_sharing_only_rare_place_words():
    visit = {"记者": 6.0, "走访": 6.0, "沟通": 6.0, "出版": 6.0}
    rescue = {"转移": 6.0, "积水": 6.0, "值守": 6.0, "水深": 6.0}
    rows = _pair(rescue, visit)
    assert len(rows) == 2, rows  # two things that happened there, two rows


def test_a_month_still_takes_the_day_of_another_source_telling_of_the_same_place():
    visit = {"记者": 6.0, "走访": 6.0, "沟通": 6.0, "出版": 6.0}
    rescue = {"转移": 6.0, "积水": 6.0, "值守": 6.0, "水深": 6.0}
    rows = _pair(rescue, visit, precision="month", date="2025-08")
    assert len(rows) == 1 and rows[0].also, rows  # the vague report is cited on the finer row, as before


def test_a_week_takes_a_day_told_in_alike_words():
    same = {"转移": 6.0, "积水": 6.0}
    rows = _pair(same, same)
    assert len(rows) == 1 and rows[0].also, rows
