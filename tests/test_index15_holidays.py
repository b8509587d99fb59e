"""A holiday of a fixed day dates a row about that day, in the year nearest the words, on synthetic
articles in forms no corpus has (a group chat export, a school's meeting minutes, a Hong Kong forum
thread in traditional script, a translated foreign report; topics: a ferry line, a school canteen,
a swimming pool, a port):

* "国庆期间", "元旦假期", "元旦那几天", "元旦連假", "五一小长假": about the holiday's own day
  (10-01, 01-01, 05-01), not the whole month; "元旦当晚": that day;
* the holiday "over" ("国庆长假结束后", "元旦假期过去一周后") or "before" it ("元旦前"): the
  month, about, as before;
* written without a year, the occurrence nearest the words' date: "元旦" in a December minute is
  the coming January's, "国庆" in a March chat last October's, the next one when it is planned.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _dated(analysis, words):
    return [(e.date, e.precision) for e in analysis.events if words in e.text]


def test_a_chat_export_dates_its_holiday_by_the_day():
    chat = _article("chat", "渡轮群聊天记录\n\n"
                            "老陈：国庆期间三号码头每天排队两小时，加开了四个班次。\n\n"
                            "阿梅：五一小长假那会儿人更多，票都卖光了。", date="2031-03-12")
    an = _run(chat)
    assert ("2030-10-01", "approximate") in _dated(an, "三号码头"), an.events  # last October, nearest March
    assert ("2030-05-01", "approximate") in _dated(an, "票都卖光")


def test_minutes_of_december_mean_the_coming_new_year():
    minutes = _article("min", "学校食堂工作会议纪要\n\n"
                              "会议时间：2031年12月20日\n\n"
                              "会议议定，元旦假期食堂暂停供应晚餐，元旦当晚值班人员自行安排。\n\n"
                              "后勤处通报，国庆长假结束后食堂满意度调查回收问卷320份。", date="2031-12-20")
    an = _run(minutes)
    dated = _dated(an, "暂停供应晚餐")
    assert dated and all(d.startswith("2032-01-01") for d, _ in dated), dated  # the coming one, not 2031's
    # the holiday over: some time after it, the month
    assert all(d == "2031-10" for d, _ in _dated(an, "满意度调查")), _dated(an, "满意度调查")


def test_a_hong_kong_forum_thread_in_traditional_script():
    thread = _article("hk", "泳池討論區\n\n"
                            "元旦連假3天，維園泳池排隊排到街口，職員話入場人次破紀錄。\n\n"
                            "元旦前已經預咗會多人，但估唔到咁誇張。",
                      script="zh-Hant", date="2031-01-05")
    an = _run(thread)
    assert ("2031-01-01", "approximate") in _dated(an, "排到街口"), an.events
    assert not any(d == "2031-01-01" for d, _ in _dated(an, "估唔到")), _dated(an, "估唔到")  # before it: no day


def test_a_translated_report_and_plain_resolution():
    # a translated foreign report: the holiday the port's figures are about, and one planned ahead
    got = resolve_dates("据该港务局统计，圣诞节期间集装箱吞吐量下降一成。", "2031-01-10", 2031)
    assert [(r.date, r.precision) for r in got] == [("2030-12-25", "approximate")], got
    got = resolve_dates("港务局预计国庆期间客流将增长两成。", "2031-03-01", 2031)
    assert [r.date for r in got] == ["2031-10-01"], got  # planned: the next one, not last October
    got = resolve_dates("这是元旦假期过去一周后的寻常一幕。", "2031-01-08", 2031)
    assert [r.date for r in got] == ["2031-01"], got
