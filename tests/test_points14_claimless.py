"""What is no claim (issue 13, property 4): a host introducing the guests or handing the floor, in a
press-conference transcript, a live text, a traditional-script broadcast; a web page's headline,
stamp and byline run into a sentence are cut off the statement and the quote, not the claim after them. Sentences written for the test on invented events (a city's flood
season, a marathon's new route); the guests' own statements stay claims."""

from __future__ import annotations

import pytest

from generator.analyse.claimless import not_a_claim
from generator.analyse.text import to_simplified


@pytest.mark.parametrize("sentence, script", [
    ("主持人：今天我们邀请到市水务局副局长韦长青先生、市气象台首席预报员林雨女士，请他们介绍汛期防御有关情况。", "zh-Hans"),
    ("下面请韦长青副局长介绍情况。", "zh-Hans"),
    ("【10:02】主持人：谢谢各位，下面进入提问环节。", "zh-Hans"),
    ("主持人：歡迎收看本台特備節目，今日我哋請到馬拉松籌委會主席嚟講解新路線。", "zh-Hant"),
    ("谢谢主持人。", "zh-Hans"),
    ("【主持人 市政府新闻办副主任方卫】出席今天发布会的有：市水务局副局长韦长青，市气象台首席预报员林雨。", "zh-Hans"),
    ("與會嘉宾包括：籌委會主席馬大文、運輸署助理署長何健。", "zh-Hant"),
    ("市气象台首席预报员林雨不认同这种说法。", "zh-Hans"),
    ("昨天上午，市水务局召开汛期新闻发布会，对市民关心的问题作出回应。", "zh-Hans"),
])
def test_a_host_an_attendee_list_or_a_contentless_stance_states_no_claim(sentence, script):
    assert not_a_claim(to_simplified(sentence, script))


@pytest.mark.parametrize("sentence", [
    "韦长青：今年入汛以来降雨量较常年偏多三成，防汛压力明显加大。",
    "林雨表示，我们邀请专家会商后认为，主汛期降雨将偏多，城区内涝风险上升。",
    "据新华社南宁5月2日电，今年入汛以来降雨量较常年偏多三成，防汛压力明显加大。",
    "受灾商户请到街道办登记，工作人员会介绍补偿标准，最高可获2万元补贴。",
    "林雨不认同这种说法，她认为主汛期降雨将偏多，城区内涝风险上升。",
    "出席发布会的韦长青表示，今年防汛压力明显加大，城区内涝风险上升。",
])
def test_the_guests_own_statements_stay_claims(sentence):
    assert not not_a_claim(sentence)


@pytest.mark.parametrize("sentence, script, statement, quote_starts", [
    ("馬拉松改道爭議延燒籌委會：新路線更安全2024/03/02 10:15記者黃小明／台北報導市府昨日公布新路線，封路時間將延長兩小時。",
     "zh-Hant", "市府昨日公布新路线，封路时间将延长两小时。", "市府昨日公布新路線"),
    ("汛期提前到来2024-05-02 09:12记者张平／南宁报道今年入汛以来降雨量较常年偏多三成，城区内涝风险明显上升。",
     "zh-Hans", "今年入汛以来降雨量较常年偏多三成，城区内涝风险明显上升。", "今年入汛以来"),
])
def test_a_pages_headline_stamp_and_byline_are_cut_off(sentence, script, statement, quote_starts):
    from generator.analyse.statements import clean_statement, short_quote

    simple = to_simplified(sentence, script)
    assert clean_statement(simple, "", ("延长", "上升")) == statement
    assert short_quote(sentence, lambda t: to_simplified(t, script), ("延长", "上升")).startswith(quote_starts)
