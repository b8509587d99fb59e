"""The wire-copy check's readings kept from one save to the next (``analyse/wirememo.py``) give exactly what
a fresh check gives (session 22): over a sequence of saves in which one outlet stops printing the agency's
text, a third outlet starts carrying its wording, and the first comes back, each kept run names the same
copies as a run outside the memo, and a save re-reads only the pairs of texts it changed. Small texts written for the
test (a ferry line's new timetable)."""

from __future__ import annotations

from generator.analyse import wirememo
from generator.analyse.model import Citation, Point
from generator.analyse.wirecopy import with_copies

#: One agency's text two outlets print (two long passages).
AGENCY = ("港务局昨日宣布，环岛轮渡自下月起增开夜间航班，末班船由晚上九点延长至十一点半，"
          "票价维持不变。港务局表示，新增航班将优先安排在周五和周六，以缓解周末返岛人潮。")
OWN = "乙报记者在码头采访了几位乘客，他们对末班船延长普遍表示欢迎，但也担心夜间班次的安全保障。"


def _point(slugs) -> Point:
    return Point(id="pt-ferry", kind="impact", category="x", statement="x",
                 citations=tuple(Citation(s, "p1", "末班船") for s in slugs))


def _check(texts: dict) -> tuple:
    paras = {(slug, "p1"): text for slug, text in texts.items()}
    [p] = with_copies([_point(sorted(texts))], texts, paras)
    return p.copies


SAVES = [
    {"a": "甲报讯　" + AGENCY, "b": "本报综合报道。" + AGENCY},  # b prints the agency's text: a copy
    {"a": "甲报讯　" + AGENCY, "b": OWN},  # b writes its own report: two sources
    {"a": "甲报讯　" + AGENCY, "b": "本报综合报道。" + AGENCY, "c": "丙台消息，" + AGENCY},  # c carries it too
    {"a": "甲报讯　" + AGENCY, "b": "本报综合报道。" + AGENCY},  # c is gone again: b is a copy again
]


def test_kept_readings_name_the_copies_a_fresh_check_names():
    fresh = [_check(texts) for texts in SAVES]
    assert fresh == [("b",), (), (), ("b",)]  # (the sequence moves the answer both ways)
    for texts, expected in zip(SAVES, fresh):
        with wirememo.session():
            assert _check(texts) == expected


def test_a_save_reads_again_only_the_texts_it_changed():
    with wirememo.session():
        _check(SAVES[2])
    with wirememo.session():
        _check(SAVES[2])  # nothing changed: every reading is kept
        assert wirememo.stats()["made"] == 0 and wirememo.stats()["kept"] > 0
    edited = dict(SAVES[2], b=SAVES[2]["b"] + "记者另悉，夜间航班的船票下周开始预售。")
    with wirememo.session():
        assert _check(edited) == ()  # (c still carries the agency's wording)
        assert wirememo.stats()["made"] == 2  # b changed: its pairs with a and with c are read again …
        assert wirememo.stats()["kept"] == 1  # … a's pair with c is kept
