"""Reported speech inside someone's turn or post is the reported speaker's, and a holder told to an
outlet is the holder, never the recipient (issue 13, property 1). Small articles written for the test
about invented events (a ferry line's new boats, a night market's rules, a county marathon):

- a transcript's turn, a forum post and a topic page's post that report another holder in the
  middle of a sentence ("…我也愣了一下，某公司官方说…", "2. 报名：组委会官方说…") give that clause to the
  holder; the turn's speaker keeps their own sentences, a sentence whose first person comes back
  after the frame, one that goes on past the reported clause, one whose account comes before the
  frame in two clauses or more, and one where the speaker tells of asking ("我问他…，X说…");
- "X公布的是…", "X给出的数字为…" frame what X made public;
- "老实说", "坦白说", "X说两句" are manners of speaking, not holders;
- "某公司相关负责人对本站表示", "向本号透露", "跟本平台记者说": the holder is the company's person.
"""

from __future__ import annotations

import pytest

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 渡轮与夜市\n  terms: [渡轮, 夜市, 马拉松, 船, 摊位]\n"


def _names(tmp_path, body, text, script="zh-Hans"):
    return [sp.name for sp in speakers_of(tmp_path, body, text, TOPIC, script, outlet="", date="2025-05-03")]


TRANSCRIPT = ("主持人：今天请到了船长周海。\n\n"
              "周海（船长）：大家好。说实话票价出来的时候我也愣了一下，航运公司官方说首航一小时就卖出了两千张票。\n\n"
              "主持人：那您怎么看？\n\n"
              "周海：很多人问这条线能不能赚钱，航运公司董事长林涛自己在发布会上也说了，这个票价是亏钱卖的。"
              "我的判断是短期肯定赚不到钱。有一次是大风停航，新船官方说下半年才会加开夜班，跟老码头比还有明显差距。"
              "我问过调度员什么时候加班次，调度员说还没定。")

FORUM = ("渡轮新线，大家怎么看？\n\n回复：12｜浏览：3千\n\n"
         "#1 江边跑步的阿强 2024-05-03 09:12\n\n整理一下：\n\n1. 船型：新船是双体船。\n\n"
         "2. 客流：航运公司官方说首航一小时就卖出两千张票。\n\n"
         "3. 坏消息是首航当天就有一艘船搁浅，有乘客被困了两个小时，航运公司说是潮位太低。\n\n"
         "#2 码头散步人 2024-05-03 09:40\n\n"
         "更正一下：航运公司官方公布的是首日售出1,860张，没有破两千。我上周去坐过一次，老实说船舱挺宽敞。")

TOPIC_PAGE = ("#夜市新规#\n\n"
              "### 1楼　夜市老摊主　V（小吃摊主）\n\n5月2日20:10\n\n"
              "规矩是好规矩。可我算了算账，区城管局说摊位费每月要涨三百元。\n\n"
              "### 2楼　吃货小满\n\n5月3日07:30\n\n"
              "区城管局批评摊主乱摆，我基本同意这个看法。\n\n"
              "### 3楼　江城夜生活观察　V（本地生活博主）\n\n5月3日09:02\n\n"
              "假期首两日，据江城旅游研究院监测，夜市客流按年升三成，周边停车场一位难求。")


@pytest.mark.parametrize("body, text, who", [
    # a transcript's turn: the first person before the frame, the frame in the middle of the sentence
    (TRANSCRIPT, "首航一小时就卖出了两千张票", ["航运公司官方"]),
    (TRANSCRIPT, "这个票价是亏钱卖的", ["林涛"]),
    # a forum post's numbered point under a label of its own
    (FORUM, "首航一小时就卖出两千张票", ["航运公司官方"]),
    # a post's correction: what the company made public, and its restatement by a negation
    (FORUM, "首日售出1,860张", ["航运公司官方"]),
    # a topic page's post
    (TOPIC_PAGE, "摊位费每月要涨三百元", ["区城管局"]),
    # a post's sentence opened by a frame after a short clause of when: the source's, all of it
    (TOPIC_PAGE, "周边停车场一位难求", ["江城旅游研究院"]),
])
def test_reported_speech_inside_a_turn_or_post_is_the_reported_holders(tmp_path, body, text, who):
    assert _names(tmp_path, body, text) == who


@pytest.mark.parametrize("body, text, who, never", [
    # the turn's speaker in their own voice
    (TRANSCRIPT, "短期肯定赚不到钱", ["周海"], "林涛"),
    # the reported clause followed by the speaker's own comparison: where the words stop is unsure
    (TRANSCRIPT, "跟老码头比还有明显差距", ["周海"], "新船官方"),
    # the speaker tells of asking: their account, never the one asked
    (TRANSCRIPT, "调度员说还没定", ["周海"], "调度员"),
    # the first person back after the frame: both voices, never the reported holder's alone
    (TOPIC_PAGE, "我基本同意这个看法", None, "区城管局"),
    # the poster's account of two clauses, the company's word at its end: never the company's alone
    (FORUM, "有乘客被困了两个小时", None, "航运公司"),
    # "老实说" is the poster's manner of speaking, no holder "老实"
    (FORUM, "船舱挺宽敞", None, "老实"),
    # "X说两句" is the speaker's own opening, not another holder's words
    (TRANSCRIPT.replace("周海（船长）：大家好。", "周海（船长）：老船员说两句，双体船在大风里更稳。"), "双体船在大风里更稳",
     ["周海"], "老船员"),
])
def test_the_turns_own_voice_stays_its_speakers(tmp_path, body, text, who, never):
    names = _names(tmp_path, body, text)
    assert never not in names
    if who is not None:
        assert names == who


@pytest.mark.parametrize("body, text", [
    ("城南夜市今晚重开。\n\n某餐饮集团相关负责人对本站表示，集团将于6月起在夜市开设三个档口。", "开设三个档口"),
    ("城南夜市今晚重开。\n\n某餐饮集团相关负责人向本号透露，集团将于6月起在夜市开设三个档口。", "开设三个档口"),
    ("城南夜市今晚重开。\n\n某餐饮集团相关负责人跟本平台记者表示，集团将于6月起在夜市开设三个档口。", "开设三个档口"),
])
def test_a_holder_told_to_an_outlet_is_the_holder_not_the_recipient(tmp_path, body, text):
    names = _names(tmp_path, body, text)
    assert names and all("某餐饮集团" in n and "本" not in n for n in names)


def test_what_a_body_made_public_is_the_bodys_in_narration(tmp_path):
    body = "县马拉松报名结束。\n\n县体育局给出的数字为报名两万八千人，比去年多三成。"
    assert _names(tmp_path, body, "报名两万八千人") == ["县体育局"]
