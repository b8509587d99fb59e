"""A numbered run of items is a list, not one claim (issue 13: no chopped sentence as a point).

Phenomenon: a report's risk notice, a notice's terms or a note's reasons written as one line of
numbered items ("1）…；2）…；3）…") is read as one sentence; its statement starts inside the list
("…扩大；2）再保险…；3）…") and a reader gets a chopped run of items as a point. Numbered
items, three or more and each without a clause of its own, are a list whatever their length up to
``NUMBERED_ITEM`` (unnumbered ones stay the short items of ``bare_list``); a sentence whose
numbered items carry clauses ("1、新址离地铁太远，摊主担心…") is still read.

Forms unlike the corpora: an airline's risk notice, a museum's notice of terms, a gardener's app
note.
"""

from __future__ import annotations

from generator.analyse.claimshape import bare_list
from tests.test_briefing_recall import _article, _citing, _named_only, _run


def test_numbered_items_are_a_list():
    assert bare_list("1）燃油价格持续高位导致成本进一步上升；2）国际航线恢复不及预期；3）汇率大幅波动影响汇兑收益。")
    assert bare_list("（1）闭馆期间年卡自动顺延三个月；（2）预约团队全部改期；（3）文创商店改为线上营业。")
    assert bare_list("①月季黑斑病今年比往年来得早；②蚜虫在嫩芽上越来越多；③叶片发黄脱落。")
    # an item with a clause of its own is a sentence; two items are not yet a list
    assert not bare_list("1、新址离地铁太远，摊主担心客流会大幅减少；2、租金仍偏高；3、水电费不明。")
    assert not bare_list("1）票价上调两成；2）班次减少一半。")
    # a long unnumbered item is a sentence's clause, as before
    assert not bare_list("燃油价格持续高位导致成本进一步上升；国际航线恢复不及预期；汇率大幅波动影响汇兑收益。")


TOPIC = "topic:\n  label: 南岭航空复航\n  terms: [南岭航空复航, 南岭航空]\n"
ARTS = (
    ("a", "南岭航空复航首月客座率回升",
     "南岭航空复航首月，国内航线客座率回升至八成，带动公司营收明显增长。\n\n"
     "风险提示：1）燃油价格持续高位导致成本进一步上升；2）国际航线恢复不及预期；3）汇率大幅波动影响汇兑收益。"),
    ("b", "南岭航空复航：票价下调一成",
     "南岭航空复航后，多条航线票价下调一成，客座率回升，带动营收增长。"),
)


def test_a_numbered_risk_notice_is_no_point(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in ARTS], _named_only(TOPIC))
    assert not _citing(an, "a", "国际航线恢复不及预期"), [p.statement for p in an.points]
    assert _citing(an, "a", "客座率回升"), [p.statement for p in an.points]
