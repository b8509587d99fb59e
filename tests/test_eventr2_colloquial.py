"""Dated statements in the words people use in chats, forum posts, minutes and share pages, on
synthetic articles in forms no corpus has (a residents' group chat, a Hong Kong cycling forum in
traditional script, a library's meeting minutes, a podcast page, an app share page; topics: lift
repairs, shared bikes, a library, coffee beans, electric scooters):

* a chat line's relative dates count from the line's own stamp ("2024-07-09 20:53 李师傅：7号下午…"
  is 2024-07-07 whatever the page's date); a day said with 号 and a part of the day is a day, a
  number with 号 is not ("三号楼"), nor a weekday's numeral before it ("上个礼拜三号楼": last week);
* Cantonese "呢個禮拜" is this week, "年尾" the year's end, "后年" the year after next, "这两周" the
  weeks just past; "去年这个时候" is the same month a year back; "7月初将…" in May is this July;
* a page's publication date in a metadata row joined with other fields ("**发布时间：…** · 时长 …")
  is the page's date, no row of its own, and its relative dates ("下个月") count from it;
* a forecast ("年底前要…", "后年进入…") is a row marked forecast.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _dated(analysis, words):
    return [(e.date, e.precision) for e in analysis.events if words in e.text]


def _forecast(analysis, words):
    return [e.forecast for e in analysis.events if words in e.text]


def test_a_chat_line_counts_from_its_own_stamp():
    chat = _article("lift", "幸福小区维修群聊天记录\n\n"
                            "2024-07-09 20:53 李师傅：7号下午电梯又困人了，物业到现在没给说法。\n\n"
                            "2024-07-09 21:02 王阿姨：上个礼拜三号楼也停过水，昨天才修好。\n\n"
                            "2024-07-09 21:10 李师傅：物业说年底前要把12部电梯全部换掉。", date="2024-07-20")
    an = _run(chat)
    assert ("2024-07-07", "day") in _dated(an, "困人"), an.events  # the line's 9th, not the page's 20th
    stopped = _dated(an, "停过水")
    assert stopped and all(d == "2024-07-01" for d, _ in stopped), stopped  # last week (Monday), not a Wednesday
    assert ("2024-07-08", "day") in _dated(an, "才修好")
    assert ("2024-12", "approximate") in _dated(an, "换掉") and all(_forecast(an, "换掉"))


def test_a_hong_kong_thread_reads_cantonese_weeks_and_the_year_end():
    thread = _article("bikes", "單車討論區\n\n"
                               "#1 騎士阿明 2024-07-12 13:05\n\n"
                               "呢個禮拜共享單車又加價，年尾仲話要再加。\n\n"
                               "#2 小胖 2024-07-12 14:20\n\n"
                               "上星期我去沙田，已經搵唔到車。", script="zh-Hant")
    an = _run(thread)
    assert ("2024-07-08", "week") in _dated(an, "加價"), an.events  # this week, from the post's stamp
    assert ("2024-12", "approximate") in _dated(an, "再加") and all(_forecast(an, "再加"))
    assert ("2024-07-01", "week") in _dated(an, "沙田")


def test_minutes_read_the_same_time_last_year_and_a_coming_month():
    minutes = _article("lib", "社区图书馆工作会议纪要\n\n"
                              "会议时间：2031年5月20日\n\n"
                              "馆长通报，去年这个时候借阅量只有一万册，今年第一季度已达三万册，较6月增长一成。\n\n"
                              "7月初将开放夜间自习室。", date="2031-05-20")
    an = _run(minutes)
    assert _dated(an, "一万册")[:1] == [("2030-05", "month")], an.events
    assert ("2031-02", "quarter") in _dated(an, "三万册")
    assert not any(d.endswith("-06") for d, _ in _dated(an, "三万册"))  # "较6月": a base, no event
    assert _dated(an, "夜间自习室") == [("2031-07-05", "approximate")]  # this July (its start), not last


def test_a_podcast_page_dates_itself_from_its_metadata_row():
    page = _article("beans", "咖啡豆播客第12期\n\n"
                             "**发布时间：2024年7月26日** · 时长 52:18 · 播放 3.6万次\n\n"
                             "主播说，下个月云南新豆上市。这两周生豆价格涨了两成。")
    an = _run(page)
    assert not any("时长" in e.text for e in an.events), an.events  # the page's stamp is no event
    assert ("2024-08", "month") in _dated(an, "新豆上市")
    assert ("2024-07", "approximate") in _dated(an, "涨了两成")


def test_an_app_share_page_and_plain_resolution():
    share = _article("scooter", "电动滑板车App分享\n\n"
                                "今年年底前，平台计划投放到1000辆；后年进入全省。", date="2024-03-02")
    an = _run(share)
    assert ("2024-12", "approximate") in _dated(an, "1000辆"), an.events
    assert ("2026", "year") in _dated(an, "全省") and all(_forecast(an, "全省"))
    # 后年 is no part of 之后/以后, a numbered building no weekday, a number with 号 no day
    assert resolve_dates("三年之后年均增长一成。", "2024-03-02", 2024) == []
    assert [r.date for r in resolve_dates("上周三号线停运。", "2024-03-06", 2024)] == ["2024-02-26"]
    assert resolve_dates("7号线延伸段开通。", "2024-03-06", 2024) == []
    assert [r.date for r in resolve_dates("15号晚上停电两小时。", "2024-03-20", 2024)] == ["2024-03-15"]


def test_a_time_compared_with_is_no_event_in_any_form():
    # a translated foreign report, a chat line, minutes: the month, week or day compared with is a base
    report = _article("port", "外电：某港口集装箱吞吐量\n\n"
                              "该港8月集装箱吞吐量较6月份增长一成，环比上月下降5%。", date="2031-09-03")
    chat = _article("tea", "茶叶群聊天记录\n\n"
                           "2031-09-03 10:05 阿芳：客流比上周增加三成，比上个月多了两成。\n\n"
                           "2031-09-03 10:09 老周：前两天刚下过雨，大前天到的货都受潮了。", date="2031-09-03")
    minutes = _article("hall", "礼堂修缮会议纪要\n\n会议时间：2031年9月3日\n\n会议议定，月底前完成礼堂座椅更换。",
                       date="2031-09-03")
    an = _run(report, chat, minutes)
    assert not any(e.date.startswith(("2031-06", "2031-08")) and "吞吐量" in e.text for e in an.events), an.events
    assert not any("客流" in e.text for e in an.events)  # both times are bases
    assert ("2031-08-31", "day") in _dated(an, "受潮")  # 大前天: three days back
    assert ("2031-09", "approximate") in _dated(an, "下过雨")
    assert ("2031-09-30", "approximate") in _dated(an, "座椅")  # this month's end: its last day
    assert resolve_dates("开幕前两天门票售罄。", "2031-09-03", 2031) == []  # before an occasion, not lately


def test_a_share_page_and_a_hong_kong_page_date_themselves_from_their_rows():
    # an app share page's author row, a HK hiking forum's labelled row with its counter, a podcast's
    # labelled date before its source: each is the page's date, no row, and dates what follows
    share = _article("run", "跑团分享\n\n阿强 · 2024年7月26日 · 阅读 3.6万\n\n上周六我们跑完了环湖半马，明天开始夏训。")
    hike = _article("hike", "行山討論區\n\n發佈時間：2024年7月26日 · 瀏覽 1.2萬\n\n琴日大帽山封路，聽日先重開。",
                    script="zh-Hant")
    pod = _article("pod", "咖啡播客\n\n发布日期：2024-07-26 | 来源：豆子电台\n\n主播说，昨天云南新豆到货。")
    an = _run(share, hike, pod)
    assert not any("阅读" in e.text or "瀏覽" in e.text or "来源" in e.text for e in an.events), an.events
    assert ("2024-07-20", "day") in _dated(an, "半马")
    assert ("2024-07-27", "day") in _dated(an, "夏训") and all(_forecast(an, "夏训"))
    assert ("2024-07-25", "day") in _dated(an, "封路")
    assert ("2024-07-27", "day") in _dated(an, "重開")
    assert ("2024-07-25", "day") in _dated(an, "新豆到货")
    assert resolve_dates("我是听日本朋友说的。", "2024-07-26", 2024) == []
