"""A paragraph that opens on "第二天" / "次日" / "翌日" reads on from the day the paragraph right
before it ended on: a narrative's next step, on articles written for these tests (a lantern
festival report, a court judgment's facts, a hiker's diary; topics no corpus has). When the
paragraph before gave no day, no day is guessed from further back.
"""

from __future__ import annotations

from tests.test_index import _article, _run


def _rows(analysis, words):
    return [e.date for e in analysis.events if words in e.text]


def test_a_report_and_a_judgment_read_on_to_the_next_day():
    report = _article("lamp", "古城灯会开幕\n\n"
                              "2031年2月10日晚，古城灯会开幕，游客超过十万人次。\n\n"
                              "第二天，景区宣布延长开放时间至晚上十一点。\n\n"
                              "次日上午，交警部门发布绕行提示。", date="2031-02-20")
    an = _run(report)
    assert _rows(an, "延长开放时间") == ["2031-02-11"], an.events
    assert _rows(an, "绕行提示") == ["2031-02-12"], an.events
    judgment = _article("court", "某某盗窃案一审判决书（节选）\n\n"
                                 "经审理查明：2030年11月3日凌晨，被告人潜入某仓库窃取电缆若干。\n\n"
                                 "翌日，仓库管理员发现失窃并报警。", date="2031-01-15")
    an = _run(judgment)
    assert _rows(an, "报警") == ["2030-11-04"], an.events


def test_no_day_is_guessed_from_further_back():
    diary = _article("hike", "徒步日记\n\n"
                             "2031年7月2日，我们从山脚出发，傍晚到达第一个营地。\n\n"
                             "山里的夜很冷，大家围着炉子聊到很晚。\n\n"
                             "第二天，向导带我们绕开了塌方的路段。", date="2031-07-20")
    an = _run(diary)
    assert not any(d == "2031-07-03" for d in _rows(an, "塌方")), an.events
