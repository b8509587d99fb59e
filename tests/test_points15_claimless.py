"""What is no claim however it is worded (issue 13: "never a heading, footnote, enumerator,
transition"): the piece announcing what it does or is about to say. Sentences written for the test on
an invented topic (a county town's covered market rebuilt) in several forms: a research note, a Q&A
answer, a forum post in traditional script, a podcast's host."""

from __future__ import annotations

import pytest

from generator.analyse.claims import not_a_claim
from generator.analyse.text import to_simplified


@pytest.mark.parametrize("text", [
    "本期我们回顾菜市场改造的来龙去脉，评估其对摊贩的影响，并给出后续判断。",  # a note's own plan
    "说几个数据，再谈“能不能复制”。",  # an answer's signpost
    "另外我想提醒一个被忽视的风险：租金。",  # a signpost naming what comes next
    to_simplified("最後我想補充一點：攤位費。", "zh-Hant"),  # a forum post in traditional script
    "今天我们聊聊城南菜市场改造。",  # a podcast's host
])
def test_a_signpost_is_no_claim(text):
    assert not_a_claim(text)


@pytest.mark.parametrize("text", [
    "我想说一句，改造后租金上涨两成会把小摊贩挤出菜市场。",
    "先说结论：改造后租金上涨将挤走小摊贩。",
    "本期节目嘉宾认为，改造后菜价会上涨两成。",
    "谈到菜价，改造后菜价上涨了两成。",
])
def test_a_claim_after_a_signpost_word_is_still_a_claim(text):
    assert not not_a_claim(text)


@pytest.mark.parametrize("text", [
    "[1]摊位数包含固定摊位、临时摊位及早市摊位。",  # a Markdown report's footnote
    "［注2］客流量为闸机计数，不含员工通道。",  # a full-width footnote mark
    "注：外地顾客指常住地为江城市以外的顾客。",  # an official notice's note under its table
    to_simplified("數據說明：本報告數據來源於城南菜場2024年1月的收銀記錄。", "zh-Hant"),  # a data note, traditional
    "本报告数据来源于城南菜市场管理处的收银记录和问卷调查。",
])
def test_a_note_is_no_claim(text):
    assert not_a_claim(text)


@pytest.mark.parametrize("text", [
    "注意：改造后摊位租金将上涨两成，小摊贩压力加大。",  # a warning label is no note
    "数据显示，改造后菜市场客流同比增长四成。",
])
def test_a_labelled_claim_is_still_a_claim(text):
    assert not not_a_claim(text)
