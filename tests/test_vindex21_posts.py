"""A stamped post's news keeps its post's day: a channel's flash under its rubric ("【突发】…公布新规", "【数据】某机构
数据显示…"), a rule "将于30日后生效" counted from the post, a session's "今早低开" (no OCR garbage), a poster's update
("更新一下：…终于到货了"); a programme's "首播：" date is the page's, from which its "下个月" counts. A forum's rubric
("【求助】", "【吐槽】") or a rubric over the poster's own view is no news.

Three shapes of stamped posts written for the test (a channel's export under post headings, a thread whose stamps
close each post, a chat under day headings), on topics unlike the corpora's: a ferry line, a city's water
prices, a bakery's queue, a radio talk show on rail fares."""

from __future__ import annotations

from generator.analyse.eventmessages import reports_news, reports_now
from generator.analyse.garbled import garbled
from tests.test_index import _article, _run


def _days(*articles):
    return {(e.article, e.paragraph, e.date) for e in _run(*articles).events} | {
        (c.article, c.paragraph, e.date) for e in _run(*articles).events for c in e.also}


CHANNEL = ("### 1楼\u3000江城航运快报\u30002025-03-04 09:15\n\n"
           "【突发】市交通运输局公布轮渡新规，夜航班次一律取消，并将三家船公司列入整改名单；新规将于30日后生效。\n\n"
           "### 2楼\u3000江城航运快报\u30002025-03-05 10:20\n\n"
           "【数据】市场研究机构航数通数据显示，二月轮渡客流较去年同期下跌12%，周末客流跌幅更大。\n\n"
           "### 3楼\u3000江城航运快报\u30002025-03-06 09:40\n\n"
           "【港股】受新规影响，江城渡轮(01234)今早低开3.5%，同业股份跌2.1%，船厂股份则逆市上涨。\n\n"
           "### 4楼\u3000江城航运快报\u30002025-03-07 16:00\n\n"
           "【吐槽】我觉得夜航取消真的没道理，大家怎么看？\n\n"
           "### 5楼\u3000江城航运快报\u30002025-03-08 11:00\n\n"
           "【求助】请问夜航取消后，去对岸还有哪些路线可以走？")


def test_a_channels_flashes_under_their_rubrics_are_news_of_their_posts_days():
    days = _days(_article("c", CHANNEL, date="2025-03-20"))
    assert ("c", "p1", "2025-03-04") in days, days  # 公布新规: the day it was posted
    assert ("c", "p1", "2025-04-03") in days, days  # "将于30日后生效", from the post's day
    assert ("c", "p2", "2025-03-05") in days, days  # 数据显示: the day the data were reported
    assert ("c", "p3", "2025-03-06") in days, days  # 今早低开
    assert not any(p in ("p4", "p5") for _, p, _ in days), days  # a view, a question: no news


THREAD = ("城南水价调整讨论帖\n\n"
          "【通报】市发展改革委公布居民水价调整方案，第一阶梯水价上调0.3元。\n\n"
          "发表于 2025-06-02 21:36 来自iPhone客户端\n\n"
          "水价一涨，我家每月要多交十几块，还能接受。\n\n"
          "发表于 2025-06-03 08:10\n\n"
          "更新一下：物业刚通知，新水表终于装好了！\n\n"
          "发表于 2025-06-09 19:02")


def test_a_threads_posts_take_the_stamp_that_closes_each():
    days = _days(_article("t", THREAD, date="2025-06-01"))
    assert ("t", "p2", "2025-06-02") in days, days
    assert ("t", "p6", "2025-06-09") in days, days  # the poster's update: that day
    assert not any(p == "p4" for _, p, _ in days), days  # a remark is no news


CHAT = ("### 2025-09-12\n\n"
        "【快讯】区市场监管局表示，老街面包店排队拥挤问题已责令整改。\n\n"
        "阿珍：哈哈，我上次排了两个钟头。\n\n"
        "### 2025-09-20\n\n"
        "小林：更新：排了三周终于买到了！")


def test_a_chats_flash_and_update_under_day_headings():
    days = _days(_article("g", CHAT, date="2025-09-30"))
    assert ("g", "p1", "2025-09-12") in days, days
    assert ("g", "p3", "2025-09-20") in days, days
    assert not any(p == "p2" for _, p, _ in days), days


def test_a_programmes_first_airing_dates_its_next_month():
    show = _article("s", "【城市圆桌】第12集首播：2025年4月18日。\n\n"
                         "主持人：欢迎收看城市圆桌，今天聊聊地铁票价。\n\n"
                         "周教授：我听交通局的朋友说，地铁票价调整方案下个月可能就会公布，尤其是长途区段。")
    days = _days(show)
    assert ("s", "p3", "2025-05") in days, days
    assert not any(d == "2025-04-18" for _, _, d in days), days  # the airing is the page's date, no event


def test_the_rules_read_alone():
    assert reports_news("【突发】某部公布新规，新规将于30日后生效。")
    assert reports_news("【美国】部长在听证会上表示，美方「我们没有证据」。")  # a quoted 我 is the speaker's
    assert not reports_news("【讨论】某部公布新规，大家怎么看")
    assert not reports_news("【观察】我觉得市场显示出疲态")
    assert reports_now("更新一下：官网排了三周终于到货了！")
    assert not reports_now("这个问题我想了很久。")
    assert not garbled("江城渡轮(01234)今早低开3.5%")
    assert garbled("SOIa慨芯版份开幅沒周注")
