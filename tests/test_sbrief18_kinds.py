"""A point's kind by what its sentence states (issue 13, property 5): people finding fault (a share finding
it too hard, complaints, crashes) is a limit even where the sentence says what the fault led to; a benefit
granted (a reward, a subsidy, a voucher) is an impact, never a limit. Sentences written for the test in three
forms no corpus has (a survey row of a spreadsheet export, a county's notice, a forum post), on a ferry app,
a farmers' market and an e-reader.
"""

from __future__ import annotations

from generator.analyse.pointkind import stated_kind


def test_people_finding_fault_is_a_limit():
    for text in ("问卷显示，约三成受访者认为新版购票程序过于复杂，导致不少老人买不到票。",
                 "不少摊主吐槽新市场的摊位费太贵。",
                 "有用户反映，阅读器打开大文件时经常崩溃，翻页明显卡顿。"):
        assert stated_kind(text) == "limit", text


def test_a_benefit_granted_is_an_impact():
    for text in ("对入驻农贸市场满一年的摊主，县财政将给予每户最高5000元补贴。",
                 "市里向60岁以上老人发放轮渡消费券，每人200元。",
                 "购买阅读器的学生可享受八折优惠。"):
        assert stated_kind(text) == "impact", text


def test_a_change_still_decides_and_a_bare_statement_has_no_vote():
    # a fault beside a rise reported has no vote; a sentence with neither has none either
    assert stated_kind("投诉量比去年同期增长两成，但满意度也上升了。") is None
    assert stated_kind("农贸市场每周六上午开放。") is None
