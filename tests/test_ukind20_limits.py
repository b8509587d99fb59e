"""Limits stated by their shape are never filed as impacts (issue 13, property 5).

Phenomenon: a criticism the subject drew ("被网友批评为噱头"), a disorder around it (resale at a
markup, scalpers, fraud), an effect said to be small ("直接影响很小") and a market it cannot enter
("短期内不可能在当地上市") restrict the news: the briefing lists them as limits, whether one
outlet states them or several outlets agree on them (a fact the corpus agrees on, whose sentence
may use "将" as a preposition). Tested on sentences written for the test, on topics unlike the
corpora's (a café chain's poster, a concert's tickets, a new air route, an electric scooter), in
both scripts and in a chat export; what is no limit (a rise reported, an effect said to be large,
a resale beside a sell-out, a firm less affected than others, a criticism of something else before
the effect the subject has) stays an impact.
"""

from __future__ import annotations

import pytest

from test_briefing_properties import _article, _citing, _run


def _tax(label):
    return f"topic:\n  label: {label}\n  terms: [{label}]\n"


def _kinds(an, slug, quote):
    return {p.kind for p in _citing(an, slug, quote) if p.kind != "contention"}


SINGLE = {
    # a criticism drawn, in a news report
    "criticised": ("岚山咖啡", "岚山咖啡推出秋季新品。\n\n新品海报上，岚山咖啡把自家拿铁与三家老牌咖啡馆逐一对比，"
                             "被不少网友批评为“蹭热度营销”。", "被不少网友批评为", "zh-Hans"),
    # a disorder around the subject, in a traditional-script page
    "disorder": ("星潮音樂節", "星潮音樂節門票昨日開售。\n\n開售不到一小時，二手平台上就出現大量加價轉讓星潮音樂節門票的帖子，"
                             "主辦方提醒樂迷警惕詐騙。", "加價轉讓", "zh-Hant"),
    # an effect said to be small, in a chat export
    "small-effect": ("青湾航线", "[2025-09-02 09:10] 老周：青湾航线下月开通。\n\n"
                               "[2025-09-02 09:12] 阿梅：对本地旅行社来说，青湾航线的直接影响很小，客源还是靠高铁。",
                     "直接影响很小", "zh-Hans"),
    # a market the subject cannot enter, in a traditional-script report
    "shut-market": ("飛輪滑板車", "飛輪滑板車在展會上亮相。\n\n依現行規定，當地不開放進口這類電動滑板車，"
                                "飛輪滑板車短期內不可能在當地上市。", "不可能在當地上市", "zh-Hant"),
}


@pytest.mark.parametrize("case", sorted(SINGLE))
def test_a_limit_stated_by_its_shape_is_a_limit(tmp_path, case):
    label, body, quote, script = SINGLE[case]
    an = _run(tmp_path, [_article("a", body, script)], _tax(label))
    assert _kinds(an, "a", quote) == {"limit"}


def test_a_criticism_several_outlets_agree_on_is_one_limit(tmp_path):
    # three outlets, two scripts, each reporting the same criticism without a category's words
    # ("将…逐一比较": the 将 of a comparison is no effect)
    arts = [
        _article("a", "岚山咖啡秋季发布会举行。\n\n发布会上，岚山咖啡将新品拿铁与鹿角咖啡、白塔咖啡逐一比较，"
                      "被部分网友批评为“碰瓷营销”。", "zh-Hans"),
        _article("b", "嵐山咖啡秋季新品上市。\n\n發布會上，嵐山咖啡將新品拿鐵與鹿角咖啡、白塔咖啡逐一比較，"
                      "也被部分網友批評為「碰瓷行銷」。", "zh-Hant"),
        _article("c", "岚山咖啡今年开店提速。\n\n发布会上把新品拿铁和鹿角咖啡、白塔咖啡一项项比较，网友说是碰瓷营销。",
                 "zh-Hans"),
    ]
    an = _run(tmp_path, arts, _tax("岚山咖啡"))
    assert _kinds(an, "a", "批评为") == {"limit"}
    assert _kinds(an, "b", "批評為") == {"limit"}


NOT_LIMITS = {
    "rise": ("青湾航线", "青湾航线开通。\n\n青湾航线开通后，本地机场国庆期间客流量同比增长三成。", "客流量同比增长三成"),
    "large-effect": ("青湾航线", "青湾航线开通。\n\n对本地旅行社来说，青湾航线带来的影响很大，团队游订单增加了一倍。",
                     "影响很大"),
    # a resale at a markup beside a sell-out: the demand's sign
    "sold-out-resale": ("白鹭号游轮", "白鹭号游轮首航。\n\n白鹭号游轮首航船票昨日开售，不到一小时即告售罄，此后二手平台上"
                                   "出现了加价转让白鹭号游轮船票的信息。", "即告售罄"),
    # one less affected than others holds an advantage
    "less-affected": ("北麓药业", "北麓药业发布公告。\n\n北麓药业的原料大部分自产，因此这轮涨价中成本端受影响较小，"
                                 "富余产能还在向下游客户供货。", "成本端受影响较小"),
    # a criticism of something else, before the effect the subject has
    "criticism-before-effect": ("云梯机器人", "云梯机器人进驻社区。\n\n老旧小区的搬运服务长期饱受诟病，加上搬运工老龄化、"
                                           "入行人数减少，引入云梯机器人可以补上人手缺口。", "补上人手缺口"),
}


@pytest.mark.parametrize("case", sorted(NOT_LIMITS))
def test_an_effect_reported_stays_an_impact(tmp_path, case):
    label, body, quote = NOT_LIMITS[case]
    an = _run(tmp_path, [_article("a", body)], _tax(label))
    assert _kinds(an, "a", quote) == {"impact"}
