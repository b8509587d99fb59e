"""Limits stated by their shape (issue 13, property 5): a lack ("尚无", "仍缺乏"), a continuing
dependence ("仍主要依赖", "高度仰赖") and a warning of risk ("提醒投资者注意…风险") restrict the news
though the sentence also holds a word of effects (a market, a supply, a policy). Invented stories
(a new seawater desalination plant, 海淡一号; a listed maker of its membranes) in a news page, a
traditional-script report, an investor-relations record and a forum thread."""

from __future__ import annotations

import pytest

from generator.analyse.limitshapes import limit_shape
from generator.analyse.text import to_simplified
from test_briefing_properties import _article, _citing, _run

TOPIC = "topic:\n  label: 海淡一号\n  terms: [海淡一号, 海淡一號]\n"


@pytest.mark.parametrize("sentence, script, category", [
    ("海淡一号的反渗透膜和高压泵仍主要依赖进口供应商。", "zh-Hans", "dependence"),
    ("海淡一號的關鍵零組件仍高度仰賴歐美廠商。", "zh-Hant", "dependence"),
    ("目前尚无可用于海淡一号的国产高压泵。", "zh-Hans", "maturity"),
    ("浓盐水排放目前國內仍缺乏統一的標準。", "zh-Hant", "maturity"),
    ("答：公司提醒广大投资者注意二级市场交易风险，理性投资。", "zh-Hans", "scope"),
    ("跟风炒作海淡概念股风险极高，大家悠着点。", "zh-Hans", "scope"),
    ("海淡一號的核心膜組件仍由日本廠商供應。", "zh-Hant", "dependence"),
    ("國產高壓泵至少需要5到8年才能替代進口。", "zh-Hant", "scope"),
    ("楼主说得轻巧，二期工程的环评不会早于2027年通过。", "zh-Hans", "scope"),
    ("专家估计，要全面推广恐怕得等到2030年前后。", "zh-Hans", "scope"),
    ("全市至今未有统一的浓盐水排放标准。", "zh-Hans", "maturity"),
    ("膜材料的國產化仍有很長的路要走。", "zh-Hant", "scope"),
    ("有机构提醒，限时优惠价拉低了每吨淡水的利润，产量放大未必等于利润放大。", "zh-Hans", "profit"),
    ("在水價不變的情況下，運營商的利潤空間被明顯壓縮。", "zh-Hant", "profit"),
])
def test_a_lack_a_dependence_or_a_risk_warning_is_a_limit_shape(sentence, script, category):
    assert limit_shape(to_simplified(sentence, script)) == category


@pytest.mark.parametrize("sentence", [
    "海淡一号填补了沿海城市缺乏稳定淡水来源的空白。",
    "海淡一号投产后，本市将摆脱对外调水的依赖。",
    "这是一项尚无先例的工程，日产淡水十万吨。",
    "海淡一号的出水将降低居民对桶装水的依赖程度。",
    "全國還沒有一家企業建成這種規模的海淡廠，海淡一號是第一個。",
    "国内缺乏同等规模的运营商，在这方面东港水务已经走在了第一线。",
    "海淡一號預計於2026年前後完成二期擴建。",
    "到2030年，全市三成的自来水将由海水淡化提供。",
    "该厂由东港水务与两家民企合资建设，2019年开工。",
    "旺季用水需求有望延续至2026年一季度。",
    "海淡一号投产后，运营商利润同比增长两成。",
])
def test_a_lack_remedied_or_a_dependence_ended_is_no_limit_shape(sentence):
    assert limit_shape(to_simplified(sentence, "zh-Hant")) == ""


def test_the_briefing_lists_such_sentences_as_limits(tmp_path):
    a = _article("a", "海淡一号昨日在东港正式投产，日产淡水十万吨。\n\n"
                      "分析师韩立表示，海淡一号的反渗透膜和高压泵仍主要依赖进口供应商，订单交付周期长。")
    b = _article("b", "海淡一號昨日投產。\n\n"
                      "學者吳明指出，海淡一號的關鍵零組件仍高度仰賴歐美廠商，供應鏈風險不容忽視。", script="zh-Hant")
    c = _article("c", "问：海淡一号投产对公司业绩有何影响？\n\n"
                      "答：公司为海淡一号供应部分膜组件，相关订单占营业收入比例较小。"
                      "近期公司股价涨幅较大，公司提醒广大投资者注意二级市场交易风险。")
    an = _run(tmp_path, [a, b, c], TOPIC)
    for art, text in (("a", "仍主要依赖进口供应商"), ("b", "仍高度仰賴歐美廠商"), ("c", "注意二级市场交易风险")):
        got = _citing(an, art, text)
        assert got and all(p.kind == "limit" for p in got), (text, [(p.kind, p.category) for p in got])


def test_what_follows_a_turn_decides_a_two_sided_sentence(tmp_path):
    a = _article("a", "海淡一号昨日投产。\n\n"
                      "有交易员认为，海淡一号让市场上调了东港水务的营收预期，但也有机构提醒，限时优惠价拉低了每吨淡水的利润。\n\n"
                      "分析师韩立预计，海淡一号今年供水量可达3000万吨，超出预期，但具体数字要等年报公布。")
    an = _run(tmp_path, [a], TOPIC)
    squeezed = _citing(an, "a", "拉低了每吨淡水的利润")
    assert squeezed and all(p.kind == "limit" for p in squeezed)
    assert all(p.kind == "impact" for p in _citing(an, "a", "超出预期"))
