"""Market moves, funding rounds, rules and figured forecasts are points (issue 13, property 7).

Phenomenon: under the points cap, a category's single-source points were kept by who says them (a
named voice first, then the narration's by score), so a reporter's "概念股全数涨停" or "完成新一轮
10亿美元融资" gave way to the narration's passing remark; and a share's rise read with the market's explanation ("收涨约2%，反映市场此前
已充分计入利空") was filed as a limit. Tested on invented stories (a robot vacuum maker, a ferry
line, a seed company), never the corpora's articles.
"""

from __future__ import annotations

import pytest

from generator.analyse import _cap
from generator.analyse.model import Citation, Point, Speaker
from generator.analyse.newsworthy import market_rise, newsworthy
from generator.analyse.pointkind import stated_kind
from test_briefing_properties import _article, _citing, _run


@pytest.mark.parametrize("text", [
    "消息公布后，扫地机器人概念股的甲科技、乙智能等全数收获涨停。",
    "受此影响，丙电器当日股价跌幅达到6.2%。",
    "渡轮公司丁航运宣布完成新一轮融资，金额超5亿元，由戊资本领投。",
    "据悉，此轮交易后己种业整体估值高达120亿元。",
    "交通部门正在提议修改一项客运规则，将保护范围扩大到所有乘客。",
    "到2030年，全国育种人才的需求将达到80万人，缺口约30万人。",
    "预计 2026 年由新品驱动的收入有望实现 3 倍以上的增长。",
])
def test_a_market_move_a_funding_round_a_rule_or_a_figured_forecast_is_newsworthy(text):
    assert newsworthy(text)


@pytest.mark.parametrize("text", [
    "随着机型不断升级，用户对清洁效果的需求也急剧攀升。",  # demand rising is no market move
    "该机器人展示了一些新的避障能力，如识别宠物粪便和电线。",  # what the product does
    "船票成本攀升，部分航线可能停运。",  # a cost rising
    "公司拥有十余年的育种经验，团队规模超过200人。",  # a company's description
])
def test_a_products_description_demand_or_cost_is_not(text):
    assert not newsworthy(text)


def _point(pid, statement, speakers=(), score=5.0):
    return Point(id=pid, kind="impact", category="market", statement=statement,
                 citations=(Citation(article=pid, paragraph="p1", quote=statement),),
                 speakers=tuple(Speaker(name=s, role="", article=pid, paragraph="p1") for s in speakers),
                 score=score)


def test_under_the_cap_a_reported_market_move_counts_like_a_quoted_claim():
    points = [
        _point("a", "扫地机器人板块的产业逻辑较为顺畅，后续增长持续性或有望提升。", (), 9.0),
        _point("b", "行业人士普遍认为，扫地机器人后续仍值得关注。", (), 8.0),
        _point("c", "消息公布后，扫地机器人概念股的甲科技、乙智能等全数收获涨停。"),
        _point("d", "扫地机器人初创企业庚智能完成新一轮融资，金额超5亿元。"),
        _point("e", "甲券商分析师认为，扫地机器人将进入更多家庭。", ("甲券商",), 7.0),
    ]
    # the narration's passing remarks go first, whatever their score; a named voice and the
    # reported news stay
    assert {p.id for p in _cap(points, 3)} == {"c", "d", "e"}


def test_a_share_rise_read_with_the_markets_explanation_is_an_impact():
    assert market_rise("终裁公布当日，辛渡轮H股收涨约2%，反映市场此前已充分计入利空，税率低于最坏预期。")
    assert stated_kind("终裁公布当日，辛渡轮H股收涨约2%，反映市场此前已充分计入利空，税率低于最坏预期。") == "impact"
    # a fall is left to the sentence's other words; a company name is no share
    assert not market_rise("壬种业股价当日下跌5%，此前一度上涨。")
    assert not market_rise("癸股份有限公司走高端路线。")


def test_a_share_rise_after_a_ruling_is_an_impact_point(tmp_path):
    tax = "topic:\n  label: 海鸥渡轮\n  terms: [海鸥渡轮]\n"
    a = _article("a", "海鸥渡轮运价新规落地\n\n交通部门周二公布海鸥渡轮运价新规，"
                      "自下月起票价上限下调一成，海鸥渡轮须在三十日内执行。\n\n"
                      "新规公布当日，海鸥渡轮H股收涨约2%，反映市场此前已充分计入利空，降幅低于最坏预期。")
    b = _article("b", "海鸥渡轮股价逆市上扬\n\n海鸥渡轮运价新规出台后，海鸥渡轮股价收涨2%，"
                      "分析师指出降幅低于市场最坏预期，利空因素早已反映。", outlet="乙报")
    an = _run(tmp_path, [a, b], tax)
    cited = [p for p in _citing(an, "a", "收涨约2%") + _citing(an, "b", "收涨2%") if p.kind != "contention"]
    assert cited and all(p.kind == "impact" for p in cited)


ROUND = "1月底，初创企业青禾智能完成新一轮融资，金额超5亿元，刷新国内农业机器人领域最大单笔融资纪录。"


def test_a_funding_round_reported_as_the_topics_consequence_is_a_point(tmp_path):
    tax = "topic:\n  label: 稻田巡检机器人\n  terms: [稻田巡检机器人]\n"
    a = _article("a", "稻田巡检机器人发布\n\n本月初，稻田巡检机器人正式发布，可自动识别病虫害。\n\n"
                      "事实上，稻田巡检机器人发布后，国内农业机器人创业公司再次站在聚光灯下。\n\n" + ROUND)
    an = _run(tmp_path, [a], tax)
    assert [p for p in _citing(an, "a", "完成新一轮融资") if p.kind == "impact"]


def test_another_companys_round_beside_the_topic_stays_its_own_news(tmp_path):
    tax = "topic:\n  label: 稻田巡检机器人\n  terms: [稻田巡检机器人]\n"
    a = _article("a", "稻田巡检机器人发布\n\n本月初，稻田巡检机器人正式发布，可自动识别病虫害。\n\n"
                      "另据报道，今年南方多地早稻播种面积有所增加。\n\n" + ROUND)
    an = _run(tmp_path, [a], tax)
    assert not _citing(an, "a", "完成新一轮融资")
