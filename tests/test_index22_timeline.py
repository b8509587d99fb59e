"""Timeline dates a reader expects from pages that carry no date in their metadata, on synthetic
articles (a tea house's fan page, a cycling vlog's subtitles; topics no corpus has):

* a post's stamp with the part of the day before its clock time ("2031年3月2日 上午10:31 · 🌏",
  as a fan page prints it) is the page's date: its "昨天", "明年元旦" count from it, and the stamp
  itself is no row;
* a speaker who says what day it is as the piece opens ("今天是2031年1月4号星期四") dates the
  piece: its "这两天" counts from it, and the day stays a row (the day the piece tells of).
"""

from __future__ import annotations

from tests.test_index import _article, _run


def _dated(analysis, words):
    return [(e.date, e.precision) for e in analysis.events
            if words in e.text or any(words in c.text for c in e.also)]


def test_a_fan_pages_stamp_with_morning_or_afternoon_dates_its_relative_days():
    for part in ("上午10:31", "下午3:05", "晚上9:40"):
        post = _article("tea", "山城茶室\n\n"
                               f"2031年3月2日 {part} · 🌏\n\n"
                               "昨天茶室的老房东正式通知不再续租，明年元旦開始原址改建成停車場。\n\n"
                               "新店面積大一倍，會保留原本的木桌和老茶具。", script="zh-Hant")
        an = _run(post)
        assert ("2031-03-01", "day") in _dated(an, "老房东"), (part, an.events)
        assert any(d == "2032-01-01" for d, _ in _dated(an, "停車場")), (part, an.events)
        assert not any(e.date == "2031-03-02" for e in an.events), (part, an.events)  # the stamp: no row


def test_a_clock_time_alone_after_a_date_in_prose_is_still_no_stamp_of_a_dated_page():
    report = _article("ferry", "南湾轮渡公司3月1日宣布，北线航班自即日起加密。\n\n"
                               "公司表示，2031年3月5日 上午9:00起，南线也将加密至每小时一班。",
                      date="2031-03-02")
    an = _run(report)
    assert any(d.startswith("2031-03-05") for d, _ in _dated(an, "南线")), an.events


def test_a_speaker_who_says_what_day_it_is_dates_the_piece_and_keeps_the_row():
    vlog = _article("ride", "大家好欢迎来到骑行日记，今天是2031年1月4号星期四，我现在在江边绿道的起点。\n\n"
                            "这两天绿道的新桥刚刚通车，骑行的人一下子多了好几倍。\n\n"
                            "阿强：我骑了十一年车，没见过这么多人。")
    an = _run(vlog)
    assert ("2031-01-04", "day") in _dated(an, "今天是"), an.events
    assert any(d.startswith("2031-01") for d, _ in _dated(an, "新桥")), an.events


def test_a_month_in_numerals_that_a_figure_is_of_is_a_row_of_that_month():
    flash = _article("fx", "隔夜市场：北岸国九月消费物价按年升2.4%，十月份出口同比增长5%。\n\n"
                           "他说起十月那场大雨，至今心有余悸。", date="2031-10-18")
    an = _run(flash)
    assert ("2031-09", "month") in _dated(an, "消费物价"), an.events
    assert ("2031-10", "month") in _dated(an, "出口"), an.events
    assert not any(d.startswith("2031-10") for d, _ in _dated(an, "大雨")), an.events  # no figure: no month read


def test_a_happenings_time_of_day_in_a_pages_opening_prose_is_no_stamp():
    report = _article("ferry2", "事件：2031年8月29日中午12:08，南湾轮渡在官方小程序上线夜航船票，首批三百张一分钟售罄。\n\n"
                                "次日公司表示，将加开两班夜航。", date="2031-08-30")
    an = _run(report)
    assert ("2031-08-29", "day") in _dated(an, "夜航船票"), an.events


def test_a_span_back_used_as_a_yardstick_is_no_row_and_one_that_tells_what_happened_is():
    talk = _article("kiln", "窑厂厂长周海涛：新窑烧出来的瓷，大概是十年前工艺水准的东西。\n\n"
                            "周海涛：这在三年前是难以想象的，那时候连电窑都没有。\n\n"
                            "周海涛：我们三年前就开始试烧，失败了四十多次。", date="2031-04-10")
    an = _run(talk)
    assert not _dated(an, "工艺水准"), an.events  # "约 2021": no row a reader can use
    assert not _dated(an, "难以想象"), an.events
    assert ("2028", "approximate") in _dated(an, "开始试烧"), an.events


def test_a_speakers_guess_about_this_year_is_a_forecast():
    talk = _article("kiln2", "周海涛：我觉得今年能卖到六七万件，就已经很不错了。\n\n"
                             "今年3月，窑厂卖出两万件。", date="2031-04-10")
    an = _run(talk)
    guess = [e for e in an.events if "六七万件" in e.text]
    assert guess and all(e.forecast for e in guess), an.events
    assert any(not e.forecast for e in an.events if "两万件" in e.text), an.events


def test_a_tables_row_of_column_dates_under_its_caption_is_no_event():
    report = _article("port", "港口月报\n\n"
                              "| 表2 港口主要指标（2031年3月1日—5月31日） |  |  |  |\n|---|---|---|---|\n"
                              "| 指标 | 3月1日 | 4月15日 | 5月31日 |\n| 集装箱吞吐量（万标箱） | 21.5 | 24.8 | 26.1 |\n\n"
                              "4月15日，港口新泊位投入使用，吞吐能力提升两成。", date="2031-06-05")
    an = _run(report)
    assert not any(e.text.strip("。").endswith(("3月1日", "5月31日")) or e.text.startswith("指标")
                   for e in an.events), an.events  # "指标：3月1日", "5月31日。": nothing happened
    assert ("2031-04-15", "day") in _dated(an, "新泊位"), an.events


def test_a_year_given_its_own_figure_or_opening_a_clause_after_a_colon_or_naming_a_reform_is_a_row():
    note = _article("bus", "券商研报：我们假设新车交付量2031年为30台、2032年为80台，此后逐年提升。\n\n"
                           "我的估算：2033年票价再上调5%，客流或小幅回落。\n\n"
                           "老司机都记得2019年公交年改吧？那次之后线路少了一半。", date="2031-05-01")
    an = _run(note)
    years = {d for d, _ in _dated(an, "交付量")} | {d for e in an.events for d in [e.date] if "80台" in e.text}
    assert {"2031", "2032"} <= years, an.events
    assert any(d == "2033" for d, _ in _dated(an, "票价")), an.events
    assert any(d == "2019" for d, _ in _dated(an, "年改")), an.events


def test_a_question_about_a_later_time_leaves_the_statement_before_it_dated():
    chat = _article("bike", "车队群聊\n\n老陈：现在两百辆车，年底五百辆，后年呢？\n\n"
                            "阿梅：明年还扩不扩？\n\n老周：上个月三百个站点，年底八百个，再过几年呢？", date="2031-07-10")
    an = _run(chat)
    assert any(d.startswith("2031-12") for d, _ in _dated(an, "五百辆")), an.events
    assert any(d.startswith("2031-12") for d, _ in _dated(an, "八百个")), an.events
    assert not any(d.startswith("2033") for d, _ in _dated(an, "后年")), an.events  # the question's own time
    assert not any(d.startswith("2032") for d, _ in _dated(an, "扩不扩")), an.events


def test_a_list_of_holidays_dates_each_and_the_days_before_one_are_the_month_before():
    brief = _article("trip", "旅游周报\n\n据平台数据，中秋、国庆假期古镇相关线路预订量同比增长超过80%。\n\n"
                             "国庆前五个交易日，旅游板块指数上涨超过两成。", date="2029-10-12")
    an = _run(brief)
    dates = [d for d, _ in _dated(an, "古镇")]
    assert any(d.startswith("2029-10-01") for d in dates), an.events
    assert any(d.startswith("2029-09") for d in dates), an.events  # 中秋 2029 falls on 22 September
    assert any(d.startswith("2029-09") for d, _ in _dated(an, "旅游板块")), an.events  # the eve's month
