"""The reporter's own text is the outlet's (issue 13, property 1): a point quoting a sentence no one
in the text speaks names the outlet that published it; a sentence someone may speak (an unresolved
"该公司认为", a "他说" too far from its person, a quotation, a list item under a label) names nobody,
and a byline that is no outlet's name ("■本报", a web address) names nobody. Small articles written
for the test on an invented topic (Lumo, a chatbot by 星河科技): a news report, a wire flash, a
traditional-script report, a column."""

from __future__ import annotations

import pytest

from generator.analyse.outletvoice import outlet_name
from test_briefing_properties import _article, _citing, _run


def _who(point):
    return [(s.name, s.kind) for s in point.speakers]


@pytest.mark.parametrize("body, text, script, outlet", [
    ("星河科技发布Lumo。\n\n发布会当天，星河科技的股价暴跌近10%，市值蒸发上百亿元。", "股价暴跌", "zh-Hans", "江城晚报"),
    ("【快讯】星河科技Lumo上线首日用户突破百万，带动云服务器订单增长三成。", "订单增长", "zh-Hans", "金线财经"),
    ("星河科技發布Lumo。\n\n受Lumo發布帶動，多家客服外包企業的訂單大幅增長，股價單日上漲一成。", "訂單大幅增長", "zh-Hant", "香江日報"),
])
def test_the_reporters_own_text_is_the_outlets(tmp_path, body, text, script, outlet):
    an = _run(tmp_path, [_article("a", body, script=script, outlet=outlet)])
    [p] = _citing(an, "a", text)
    assert _who(p) == [(outlet, "org")]


@pytest.mark.parametrize("body, text", [
    # an unresolved holder is still a holder: never the outlet
    ("星河科技推出Lumo。\n\n该公司认为，Lumo的回答存在事实性错误，与对手仍有差距。", "事实性错误"),
    # a "他" with no person near is someone's, not the reporter's
    ("星河科技推出Lumo。\n\n发布会吸引了上千名观众。\n\n现场还展示了多个应用案例。\n\n"
     "他认为，Lumo将大幅降低客服行业的人工成本，带动企业订单增长。", "客服行业"),
    # an item under a label in a list of views
    ("Lumo上线一周，机构观点如下。\n\n- 乙证券（孙立）：Lumo将带动客服外包企业的订单增长。\n\n"
     "- 产能：星河科技的算力短期内无法满足需求，产能不足，排队时间长达数小时。", "产能不足"),
])
def test_a_sentence_someone_may_speak_is_never_the_outlets(tmp_path, body, text):
    an = _run(tmp_path, [_article("a", body, outlet="江城晚报")])
    [p] = _citing(an, "a", text)
    assert "江城晚报" not in [n for n, _ in _who(p)]


def test_a_named_holder_is_kept_and_the_outlet_not_added(tmp_path):
    body = "星河科技推出Lumo。\n\n甲证券认为，Lumo将大幅降低客服行业的人工成本，带动客服外包企业订单增长。"
    an = _run(tmp_path, [_article("a", body, outlet="江城晚报")])
    [p] = _citing(an, "a", "客服行业")
    assert _who(p) == [("甲证券", "org")]


@pytest.mark.parametrize("outlet, name", [
    ("证券日报", "证券日报"), ("Tech Daily", "Tech Daily"), ("■本报", ""), ("本刊", ""),
    ("https://www.example.com.tw/news/1", ""), ("简介", ""),
])
def test_only_a_clean_outlet_name_speaks(outlet, name):
    assert outlet_name(outlet) == name


def test_a_byline_that_is_no_name_names_nobody(tmp_path):
    body = "星河科技发布Lumo。\n\n发布会当天，星河科技的股价暴跌近10%，市值蒸发上百亿元。"
    an = _run(tmp_path, [_article("a", body, outlet="https://news.example.com/lumo")])
    [p] = _citing(an, "a", "股价暴跌")
    assert p.speakers == ()


@pytest.mark.parametrize("body, text", [
    # a back-reference to a company the text does not resolve
    ("星河科技推出Lumo。\n\n从目前公开信息来看，Lumo会进一步降低客服成本，公司拥有海量的对话数据可以变现。", "海量的对话数据"),
    # a numbered item of someone's list
    ("星河科技推出Lumo。\n\n9，国内的各大客服外包企业，都不得不接受Lumo带来的降价压力。", "降价压力"),
    # a person the article has speak, reported in the narration
    ("星河科技首席执行官王宏表示，Lumo还不完美。\n\n发布会上，王宏不断重复Lumo的回答存在事实性错误。", "事实性错误"),
])
def test_someone_elses_words_in_the_narration_are_not_the_outlets(tmp_path, body, text):
    an = _run(tmp_path, [_article("a", body, outlet="江城晚报")])
    cited = _citing(an, "a", text)
    assert cited
    for p in cited:
        assert "江城晚报" not in [n for n, _ in _who(p)]


def test_an_outlet_is_the_medias_voice_whatever_its_name_says(tmp_path):
    taxonomy = ("topic:\n  label: Lumo\n  terms: [Lumo, 星河科技]\nvoices:\n"
                "  brokerage: {label: 券商, cues: [证券]}\n  media: {label: 媒体, cues: [日报]}\n")
    body = "星河科技发布Lumo。\n\n发布会当天，星河科技的股价暴跌近10%，市值蒸发上百亿元。"
    an = _run(tmp_path, [_article("a", body, outlet="证券日报")], taxonomy)
    [p] = _citing(an, "a", "股价暴跌")
    assert [(s.name, s.group_label) for s in p.speakers] == [("证券日报", "媒体")]


@pytest.mark.parametrize("body, text, script", [
    ("星河科技发布Lumo。\n\n据记者了解，Lumo上线首周的付费用户不足一成，续费率也低于预期。", "付费用户不足一成", "zh-Hans"),
    ("星河科技发布Lumo。\n\n记者统计，发布当周星河科技的股价累计下跌了两成，市值蒸发上百亿元。", "累计下跌了两成", "zh-Hans"),
    ("星河科技發布Lumo。\n\n據本報記者梳理，已有三家客服外包企業因Lumo削減了人手，裁員比例約為兩成。", "裁員比例約為兩成", "zh-Hant"),
])
def test_the_reporters_own_finding_is_the_outlets(tmp_path, body, text, script):
    an = _run(tmp_path, [_article("a", body, script=script, outlet="江城晚报")])
    [p] = _citing(an, "a", text)
    assert _who(p) == [("江城晚报", "org")]
