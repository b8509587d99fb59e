"""A table whose column headers are dates reports, under each, the figures of that date: each such
column is a timeline row of that date (month precision for a month), citing the table, on synthetic
articles in forms no corpus has (a fishing cooperative's minutes, a traditional-script forum post
comparing rents, an app share page of a running club; a schedule of works as the counter-example).
A column of words under a date (a schedule's "完成") and a header naming a comparison ("环比") date
nothing; a row's own line never carries a header's date.
"""

from __future__ import annotations

from tests.test_index import _article, _run


def _rows(analysis, words):
    return [(e.date, e.precision) for e in analysis.events if words in e.text]


def test_minutes_with_a_table_of_two_months():
    minutes = _article("fish", "渔业合作社月度会议纪要\n\n"
                               "会议时间：2031年7月5日\n\n"
                               "会上通报了两年同月的渔获对比：\n\n"
                               "| 类别 | 2030年6月 | 2031年6月 |\n| --- | --- | --- |\n"
                               "| 带鱼 | 120吨 | 150吨 |\n| 黄鱼 | 80吨 | 60吨 |\n\n"
                               "会议议定下月起实行休渔轮换。", date="2031-07-05")
    an = _run(minutes)
    assert _rows(an, "带鱼 150吨") == [("2031-06", "month")], an.events
    assert _rows(an, "带鱼 120吨") == [("2030-06", "month")]
    assert not any("120吨" in e.text and "150吨" in e.text for e in an.events)  # each column its own date


def test_a_traditional_forum_post_with_a_table_of_years():
    post = _article("rent", "租屋討論區\n\n"
                            "#1 阿豪 2031-03-02 10:15\n\n"
                            "整理咗幾區嘅平均租金：\n\n"
                            "| 地區 | 2029年 | 2030年 |\n| --- | --- | --- |\n"
                            "| 沙田 | 1.2萬 | 1.4萬 |\n| 荃灣 | 1.1萬 | 1.3萬 |\n| 元朗 | 0.9萬 | 1萬 |",
                    script="zh-Hant")
    an = _run(post)
    assert ("2030", "year") in _rows(an, "1.4"), an.events
    assert ("2029", "year") in _rows(an, "1.2")


def test_a_share_page_and_a_schedule_of_words():
    share = _article("run", "跑团App分享\n\n"
                            "| 指标 | 2031年4月 | 2031年5月环比 |\n| --- | --- | --- |\n"
                            "| 打卡人数 | 3200人 | +12% |\n| 总里程 | 5.6万公里 | +8% |\n\n"
                            "| 工程 | 2031年8月 | 2031年9月 |\n| --- | --- | --- |\n"
                            "| 塑胶跑道 | 完成 | 验收 |\n| 照明 | 招标 | 完成 |", date="2031-06-01")
    an = _run(share)
    assert _rows(an, "3200人") == [("2031-04", "month")], an.events
    assert not any("+12%" in e.text and e.date.startswith("2031-05") for e in an.events)  # a comparison column
    assert not any("塑胶跑道" in e.text for e in an.events)  # words under a date: no figures reported
