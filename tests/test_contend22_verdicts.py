"""A point's citations agree in direction (issue 13, property 6): a post answering "制裁已经失败" with "制裁就是有效的"
is the other side, never support of the point. A verdict word counts only as its clause's predicate ("已经失败",
"是有效的"), not as a modifier ("失败的尝试", "成功发射", "有效期"). The story is invented for the test (a tariff on
imported bicycles)."""

from __future__ import annotations

from generator.analyse.polarity import conflict, polarity, same_side


def test_a_verdict_is_read_only_where_it_is_its_clauses_predicate():
    assert polarity("从这个角度看，关税已经失败。") == {"worked": -1}
    assert polarity("说关税失败的可以歇歇了，进口量少了一半，关税就是有效的。") == {"worked": 1}
    assert polarity("关税并没有失败。") == {"worked": 1}
    assert polarity("这种办法不管用。") == {"worked": -1}
    # a modifier or a verb's adverb is no verdict: "成功发射", "失败的尝试", "有效期"
    for text in ("公司成功发射了第二颗卫星。", "这是一次失败的尝试，团队总结了经验。", "优惠券的有效期为三十天。"):
        assert "worked" not in polarity(text), text


def test_two_opposite_verdicts_on_one_measure_are_never_one_claim():
    """The grouping reads ``conflict`` (``grouping.opposite``): a pair in conflict is never one point's support."""
    failed = polarity("独立分析师韩志远认为，关税反而推高了国内单车的售价，从这个角度看，单车进口关税已经失败。")
    worked = polarity("说单车进口关税失败的可以歇歇了，进口单车少了一半，单车进口关税就是有效的。")
    assert conflict(failed, worked) == {"worked"}
    # two outlets giving the same verdict agree
    assert same_side(failed, polarity("这项关税已经落空了。"))
