"""What is no claim and what a statement never starts on (issue 13, property 4): two texts fused
mid-sentence (a dateline inside it), a report's boilerplate (rating definitions, disclaimers), a
wiki's markup, a reply label, a dangling "以及". Sentences written for the test on invented topics
(a port strike, a school-meal rule, a bridge closure), in a wire report's, a research note's, a
forum post's and a traditional-script article's wording."""

from __future__ import annotations

import pytest

from generator.analyse.claimless import not_a_claim
from generator.analyse.statements import clean_statement
from generator.analyse.text import to_simplified


@pytest.mark.parametrize("sentence, script", [
    ("据本报记者梳理，本报讯（记者王明）港口罢工已持续三周，集装箱吞吐量下降两成。", "zh-Hans"),
    ("學校餐費將統一下調新華社江北5月2日電（記者李華）家長的負擔將明顯減輕。", "zh-Hant"),
    ("封闭首日南线车流量翻倍本刊讯 大桥维修费用约为三亿元，将由市财政承担。", "zh-Hans"),
])
def test_two_texts_fused_mid_sentence_are_no_claim(sentence, script):
    assert not_a_claim(to_simplified(sentence, script))


@pytest.mark.parametrize("sentence", [
    "据新华社江北5月2日电，港口罢工已持续三周，集装箱吞吐量下降两成。",
    "援引新华社江北5月2日电，大桥封闭期间轮渡班次将加密一倍。",
    "本报讯（记者王明）港口罢工已持续三周，集装箱吞吐量下降两成。",
])
def test_a_dateline_cited_or_opening_the_sentence_is_not_fusion(sentence):
    assert not not_a_claim(sentence)


@pytest.mark.parametrize("sentence", [
    "评级说明RATING DEFINITIONS股票评级：买入——预期未来6个月内股价相对指数涨幅超过15%。",
    "免责声明DISCLAIMER：本报告中的信息均来源于公开资料，本公司对其准确性不作任何保证，投资需谨慎。",
    "行业评级：推荐——预期未来6个月内行业指数表现优于沪深300指数，港口板块有望受益。",
])
def test_a_reports_boilerplate_is_no_claim(sentence):
    assert not_a_claim(sentence)


def test_a_latin_name_in_a_claim_is_no_boilerplate():
    assert not not_a_claim("NASA和ESA都表示，大桥封闭会让观测站的访客减少一半。")


@pytest.mark.parametrize("sentence, script, expected", [
    ("==如果港口罢工继续，进口货物的清关时间将延长一倍。", "zh-Hans", "如果港口罢工继续，进口货物的清关时间将延长一倍。"),
    ("回复 @桥下看风景：轮渡班次已经加到十二班，排队缩短到半小时。", "zh-Hans", "轮渡班次已经加到十二班，排队缩短到半小时。"),
    ("以及學校食堂的採購成本上升，每餐價格可能上調一成。", "zh-Hant", "学校食堂的采购成本上升，每餐价格可能上调一成。"),
])
def test_a_statement_never_starts_on_markup_a_reply_label_or_a_dangling_conjunction(sentence, script, expected):
    assert clean_statement(to_simplified(sentence, script), "大桥", ("延长", "缩短", "上调")) == expected


@pytest.mark.parametrize("sentence, script, expected", [
    ("FacebookWhatsAppTelegram复制连结江北港口的集装箱吞吐量因罢工下降了两成。", "zh-Hans",
     "江北港口的集装箱吞吐量因罢工下降了两成。"),
    ("Facebook　Twitter　複製連結江北港口的集裝箱吞吐量因罷工下降了兩成。", "zh-Hant",
     "江北港口的集装箱吞吐量因罢工下降了两成。"),
    # a flash's bracketed headline is kept whole: a label's cut never opens it half
    ("【渡轮公司：首周乘客多出四成】渡轮公司向本台确认，首周乘客人数比平时多出四成。", "zh-Hans",
     "【渡轮公司：首周乘客多出四成】渡轮公司向本台确认，首周乘客人数比平时多出四成。"),
])
def test_a_statement_never_starts_on_a_share_bar_nor_half_a_headline(sentence, script, expected):
    assert clean_statement(to_simplified(sentence, script), "港口", ("下跌", "多出", "下降")) == expected


def test_a_share_bar_after_a_pages_font_controls_is_no_statement():
    s = "字体：大　中　小　分享：Facebook　WhatsApp　Telegram　复制链接江北港口的集装箱吞吐量因罢工下降了两成。"
    assert clean_statement(s, "港口", ("下降",)) == "江北港口的集装箱吞吐量因罢工下降了两成。"


def test_a_share_bar_is_no_part_of_a_quote():
    from generator.analyse.statements import short_quote

    s = "字體：大　中　小　分享：Facebook　WhatsApp　Telegram　複製連結江北港口的集裝箱吞吐量因罷工下降了兩成，貨主紛紛改走南港。"
    q = short_quote(s, lambda t: to_simplified(t, "zh-Hant"), ("吞吐量",), 30)
    assert q.startswith("江北港口") and q in s
