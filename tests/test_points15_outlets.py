"""Whose own voice a document's unattributed text is (issue 13, property 1), on small articles written
for the test about an invented event (a county town's covered market rebuilt, 菜市场改造):

- a body that signs a document carried by another site (a bureau's notice on a city portal, an
  institute's note on a platform) speaks it, not the site;
- a short term in quotation marks ("“90后”", "“菜篮子”工程") is no one's speech: the sentence is
  still the document's own;
- a body's short back-reference to itself ("研究院建议", "公司表示") is that body, named in full.
"""

from __future__ import annotations

import pytest

from generator.analyse.outletvoice import reporters, voice_name
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run as _run_topic

TOPIC = "topic:\n  label: 菜市场改造\n  terms: [菜市场, 菜場, 改造]\n"


def _run(tmp_path, articles):
    return _run_topic(tmp_path, articles, taxonomy=TOPIC)


def _article(body, outlet=None, author=None, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="城南菜市场改造", script=script, blocks=parse_body(body),
                   outlet=outlet, author=author, date="2025-03-02")


def _names(point):
    return [s.name for s in point.speakers]


@pytest.mark.parametrize("body, text, outlet, author, who, script", [
    # a bureau's notice published on the city's portal
    ("各区商务局：\n\n城南菜市场改造后，摊位空置率由两成降至5%，周边商户营业额同比增长三成。\n\n江城市商务局",
     "营业额同比增长三成", "江城市人民政府", "江城市商务局", "江城市商务局", "zh-Hans"),
    # an institute's note on a data platform, in traditional script
    ("一、核心發現\n\n改造完成後，城南菜場週末客流較去年同期增長四成，帶動周邊餐飲訂單大幅上升。",
     "週末客流較去年同期增長四成", "數據通平台", "城市消費研究院", "城市消費研究院", "zh-Hant"),
    # a person's byline: the outlet still speaks the report
    ("城南菜市场重新开业。\n\n改造完成后，菜市场周末客流较去年同期增长四成，带动周边餐饮订单大幅上升。",
     "周末客流较去年同期增长四成", "江城晚报", "李明", "江城晚报", "zh-Hans"),
])
def test_the_body_that_signs_a_document_speaks_it_not_the_site(tmp_path, body, text, outlet, author, who, script):
    an = _run(tmp_path, [_article(body, outlet=outlet, author=author, script=script)])
    [p] = _citing(an, "a", text)
    assert _names(p) == [who]


def test_a_short_quoted_term_is_not_someones_speech(tmp_path):
    body = "城南菜市场改造报告\n\n元旦假期，“菜篮子”工程带动城南菜市场客流同比增长四成，周边商户营业额明显上升。"
    an = _run(tmp_path, [_article(body, outlet="城市消费研究院")])
    [p] = _citing(an, "a", "客流同比增长四成")
    assert _names(p) == ["城市消费研究院"]


def test_a_real_quotation_is_still_someones(tmp_path):
    body = ("城南菜市场重新开业。\n\n“改造以后租金翻了一倍，小摊贩根本撑不下去，菜价也跟着上涨。”一位摊主抱怨。")
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    for p in _citing(an, "a", "租金翻了一倍"):
        assert "江城晚报" not in _names(p)


@pytest.mark.parametrize("body, text, outlet", [
    ("五、风险提示\n\n研究院建议，菜市场改造后应建立摊位租金监测机制，避免租金上涨推高菜价。", "推高菜价", "城市消费研究院"),
    ("关于城南菜市场改造项目的公告\n\n公司表示，本次改造将使公司租金收入增长约两成，对公司业绩产生积极影响。",
     "租金收入增长约两成", "江城菜篮子股份有限公司"),
])
def test_a_bodys_short_back_reference_to_itself_is_the_body_in_full(tmp_path, body, text, outlet):
    an = _run(tmp_path, [_article(body, outlet=outlet)])
    [p] = _citing(an, "a", text)
    assert _names(p) == [outlet]


@pytest.mark.parametrize("author, outlet, who", [
    ("江城市商务局", "江城市人民政府", "江城市商务局"),
    ("李明", "江城晚报", "江城晚报"),  # a person's byline: the outlet's
    ("王砚秋、陈牧", "知乎", "知乎"),  # several people: no body
    (None, "江城晚报", "江城晚报"),
])
def test_voice_name(author, outlet, who):
    assert voice_name(_article("x", outlet=outlet, author=author), outlet) == who


def test_a_long_quotation_still_makes_a_sentence_someones():
    class S:
        simple = "据了解，摊主们普遍认为“改造以后租金翻了一倍，小摊贩根本撑不下去”。"
        paragraph_simple = simple

    class T:
        simple = "从年龄看，“90后”顾客占比达到四成。"
        paragraph_simple = simple

    assert not reporters(S())
    assert reporters(T())


@pytest.mark.parametrize("body, text, outlet, author, who, script", [
    ("各区商务局：\n\n春节前菜市场客流将继续攀升。预计整个春节假期城南菜市场客流将同比增长三成以上。\n\n江城市商务局",
     "客流将同比增长三成以上", "江城市人民政府", "江城市商务局", "江城市商务局", "zh-Hans"),
    ("城南菜場改造完工。\n\n預計明年全市還將有12個菜場完成改造，攤位租金將平均上漲兩成。",
     "攤位租金將平均上漲兩成", "香江日報", None, "香江日報", "zh-Hant"),
])
def test_a_forecast_with_no_holder_named_is_the_documents_own(tmp_path, body, text, outlet, author, who, script):
    an = _run(tmp_path, [_article(body, outlet=outlet, author=author, script=script)])
    [p] = _citing(an, "a", text)
    assert _names(p) == [who]


def test_a_forecast_a_holder_makes_stays_the_holders(tmp_path):
    body = "城南菜市场改造完工。\n\n江城证券分析师晏文涛预计，明年全市还将有12个菜市场完成改造，摊位租金将平均上涨两成。"
    an = _run(tmp_path, [_article(body, outlet="江城晚报")])
    [p] = _citing(an, "a", "摊位租金将平均上涨两成")
    assert _names(p) == ["晏文涛"]


@pytest.mark.parametrize("body, text, outlet, author, media", [
    ("各区商务局：\n\n城南菜市场改造后，摊位空置率由两成降至5%，周边商户营业额同比增长三成。\n\n江城市商务局",
     "营业额同比增长三成", "江城市人民政府", "江城市商务局", False),  # a bureau's notice: no press
    ("城南菜市场改造报告\n\n改造完成后，城南菜市场周末客流较去年同期增长四成，带动周边餐饮订单大幅上升。",
     "周末客流较去年同期增长四成", "城市消费研究院", None, False),  # an institute's report
    ("城南菜場改造完工。\n\n改造完成後，城南菜場週末客流較去年同期增長四成，帶動周邊餐飲訂單大幅上升。",
     "週末客流較去年同期增長四成", "香江日報", None, True),  # a paper
])
def test_only_a_news_outlets_own_voice_is_labelled_the_medias(tmp_path, body, text, outlet, author, media):
    taxonomy = TOPIC + "voices:\n  media: {label: 媒体, cues: [日报]}\n"
    an = _run_topic(tmp_path, [_article(body, outlet=outlet, author=author, script="zh-Hant" if "菜場" in body else "zh-Hans")],
                    taxonomy=taxonomy)
    [p] = _citing(an, "a", text)
    [sp] = p.speakers
    assert (sp.group_label == "媒体") == media
