"""Bodies as speakers where the frame was not read (issue 13, property 1): a body named after what kind
of body it is ("家电品牌美乐宣布", "新能源车企某某称"); a body issuing a notice, then "称" ("某协会今日
发布消费提示，称…"); a listed company answering on an investors' platform ("…在互动平台回复称"). Words that
only look like it name nobody ("外卖平台订单量", "有关部门"). Invented events (an appliance recall, a
scenic spot's crowding notice, a dairy's supply rumour) in a flash-news column, a county notice page and a
traditional-script market brief."""

from __future__ import annotations

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 召回与限流\n  terms: [召回, 景区, 乳业]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    return [(sp.name, sp.kind) for sp in speakers_of(tmp_path, body, text, TOPIC, script, outlet="快讯台", date="2025-04-02")]


def test_flash_news_brand_named_after_its_kind(tmp_path):
    body = ("【美乐召回部分电热水壶】\n\n"
            "【家电品牌美乐：召回两款电热水壶】家电品牌美乐今日宣布召回两款电热水壶，涉及约3万台。\n\n"
            "外卖平台订单量称得上暴涨，这是另一回事。")
    assert _who(tmp_path, body, "召回两款电热水壶，涉及约3万台") == [("美乐", "org")]


def test_county_page_association_issues_a_notice_then_says(tmp_path):
    body = ("五一假期景区提示。\n\n"
            "青岭县旅游协会今日发布出行提示，称五一期间青岭景区预计日均客流超过4万人次，建议错峰出行。\n\n"
            "有关部门表示，景区周边将临时增设停车位。")
    assert _who(tmp_path, body, "五一期间青岭景区预计日均客流超过4万人次") == [("青岭县旅游协会", "org")]
    assert _who(tmp_path, body, "景区周边将临时增设停车位") == []


def test_traditional_market_brief_company_answers_on_platform(tmp_path):
    body = ("乳業股異動。\n\n"
            "被市場列為「概念股」的北坡乳業昨日在投資者互動平台回覆稱，公司並未向該品牌供應原料。")
    assert _who(tmp_path, body, "公司並未向該品牌供應原料", "zh-Hant") == [("北坡乳業", "org")]
