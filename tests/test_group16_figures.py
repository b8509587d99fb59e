"""A shared frame or a shared year never makes two facts one claim (issue 13, property 3).

Phenomenon: two outlets' sentences that each give figures, share none and measure different things
("熊猫馆客流2030年将达到300万人次" / "全市老年人口2030年将突破200万") are two claims, however much of
their frame ("预计…年将达到…左右") they share; the same figure of the same thing still ties them.
Written for the test (a zoo, a river clean-up, a bakery chain), in a news report, a forum post, a
meeting's minutes and a traditional-script report.
"""

from __future__ import annotations

import pytest

from tests.test_group14_oneword import _cand, _groups

TWO_FACTS = {
    "report-and-minutes": ("去年熊猫馆接待游客大约120万人次，有机构预计2030年将达到300万人次左右。",
                           "截至去年底，全市65岁以上老人接近90万，预计到2030年左右将突破200万。", "zh-Hans"),
    "forum-and-report": ("楼主：听说这家面包连锁预计2030年门店会达到500家左右，真的假的？",
                         "有机构预计，到2030年全市河道清理的总投入将达到12亿元左右。", "zh-Hans"),
    "traditional": ("去年熊貓館接待遊客大約120萬人次，有機構預計2030年將達到300萬人次左右。",
                    "截至去年底，全市65歲以上老人接近90萬，預計到2030年左右將突破200萬。", "zh-Hant"),
}


@pytest.mark.parametrize("form", sorted(TWO_FACTS))
def test_different_figures_of_different_things_in_one_frame_are_two_claims(form):
    a, b, script = TWO_FACTS[form]
    cands = [_cand("a", a, kind="impact", category="event", score=5.0, script=script),
             _cand("b", b, kind="impact", category="event", score=4.0, script=script)]
    assert _groups(cands) == [["a"], ["b"]]


def test_the_same_figure_of_the_same_thing_still_ties_two_outlets():
    cands = [_cand("a", "熊猫馆开放首月接待游客达到38万人次，远超预期。", kind="impact", category="event", score=5.0),
             _cand("b", "据统计，熊猫馆开放第一个月共接待游客38万人次。", kind="impact", category="event", score=4.0)]
    assert _groups(cands) == [["a", "b"]]
