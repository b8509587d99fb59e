"""Dates a reader expects read as the text gives them, on sentences written for these tests (a
ferry line, a museum, a cable car; a Taiwan news page, a Hong Kong page, an official notice, an
IR answer):

* a day in brackets beside a relative day or a weekday is the day meant ("今（24）日", "本周一（4日）",
  "上周五（26日）"), even where counting weeks would give another;
* a ten-day part of a month is about its middle day (上旬 the 5th, 中旬 the 15th, 下旬 the 25th),
  marked approximate; a month's start (月初) about its 5th, its end (月底) its last day.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates


def _dates(text: str, article: str) -> list[tuple[str, str, str]]:
    return [(r.date, r.precision, text[r.start:r.end]) for r in resolve_dates(text, article, int(article[:4]))]


def test_a_bracketed_day_beside_a_relative_day_is_the_day_meant():
    # a Taiwan news page: 今（24）日 is the 24th of the page's month
    assert _dates("交通部航港局今（24）日表示，渡轮夜班将恢复。", "2025-06-24") == [("2025-06-24", "day", "今（24）日")]
    # a Hong Kong page dated Saturday 9 August: 本周一（4日）
    assert ("2025-08-04", "day", "本周一（4日）") in _dates("博物馆本周一（4日）起延长开放时间。", "2025-08-09")
    # a Sunday's post: 上周五 counted by weeks would be the 13th; the text says the 20th
    got = _dates("缆车公司上周五（20日）发布公告，票价不变。", "2025-06-22")
    assert got == [("2025-06-20", "day", "上周五（20日）")]
    # yesterday's day at the turn of a month
    assert _dates("该馆昨（31）日公布客流数据。", "2025-08-01")[0][0] == "2025-07-31"


def test_a_ten_day_part_of_a_month_is_about_its_middle_day():
    notice = "经研究，渡轮夜班将于10月中旬恢复，票价调整方案将于12月上旬公布，冬季时刻表将于11月下旬启用。"
    got = {t: (d, p) for d, p, t in _dates(notice, "2025-09-30")}
    assert got["10月中旬"] == ("2025-10-15", "approximate")
    assert got["12月上旬"] == ("2025-12-05", "approximate")
    assert got["11月下旬"] == ("2025-11-25", "approximate")
    # an IR answer written with Chinese numerals
    assert ("2025-10-25", "approximate", "十月下旬") in _dates("答：公司产线已于今年十月下旬满负荷运转。", "2025-11-28")
    # a month's end is its last day, about
    assert _dates("截至9月底，共有30家门店参与。", "2025-10-09") == [("2025-09-30", "approximate", "9月底")]  # a month's end: its last day


# ---------------------------------------------------------------- rows the timeline keeps out or keeps right

from tests.test_index import _article, _run  # noqa: E402


def _rows(*articles):
    return [(e.date, e.paragraph, e.forecast) for e in _run(*articles).events]


def test_a_discussions_topic_is_not_dated_as_an_event():
    # an e-mail forwarding a newsletter: next year is what the meeting discusses, no forecast row
    mail = _article("m", "各位：\n\n转一下这期索道周报，请大家重点看成本表，周四例会上讨论明年票务系统的升级方案。\n\n"
                         "6月20日，缆车公司发布了新的票价公告。", date="2025-07-01")
    rows = _rows(mail)
    assert ("2025-06-20", "p3", False) in rows
    assert not any(d.startswith("2026") for d, _, _ in rows), rows


def test_a_papers_date_of_issue_is_no_forecast():
    # an official notice signed on the 3rd, printed on the 4th: the printing is done, not planned
    from generator.analyse.datefind import DateRef
    from generator.analyse.eventforecast import _is_forecast
    line = "青州市交通运输局办公室　　2025年6月4日印发"
    i = line.index("2025")
    assert not _is_forecast(DateRef(i, i + 9, "2025-06-04", "day", False), line, "2025-06-03")
    plan = "交通运输局将于2025年6月4日印发新的时刻表"
    j = plan.index("2025")
    assert _is_forecast(DateRef(j, j + 9, "2025-06-04", "day", False), plan, "2025-06-03")
    notice = _article("n", "关于调整渡轮夜班时刻的通知\n\n各区交通局：经研究，自7月1日起渡轮夜班延长至23时。\n\n"
                           "青州市交通运输局\n\n2025年6月3日\n\n青州市交通运输局办公室　　2025年6月4日印发",
                      date="2025-06-03")
    assert not any(d == "2025-06-04" and f for d, _, f in _rows(notice))


def test_a_hosts_guests_and_roll_call_are_the_occasion_not_news():
    transcript = _article("t", "主持人：各位记者朋友，大家上午好。今天我们邀请到青州市文旅局副局长柴明川先生介绍熊猫馆开放情况。\n\n"
                               "柴明川：熊猫馆将于6月8日对公众开放，实行分时段预约。", date="2025-06-03")
    live = _article("l", "【主持人】出席今天发布会的有：市文旅局副局长柴明川，市公安局交警支队副支队长宁卓。\n\n"
                         "【柴明川】今天上午，熊猫馆完成了最后一次安全检查。", date="2025-06-03")
    rows = _rows(transcript, live)
    assert ("2025-06-03", "p1", False) not in [(d, p, f) for d, p, f in rows if p == "p1"], rows
    assert any(d == "2025-06-08" for d, _, _ in rows)
    assert any(d == "2025-06-03" and p == "p2" for d, p, _ in rows)  # the entry's own news stays


def test_earlier_after_a_name_ending_in_ming_is_not_tomorrow_morning():
    hk = _article("h", "海洋大學副教授葉啟明早前向傳媒表示，渡輪夜班成本高昂。", script="zh-Hant", date="2025-06-03")
    assert not any(d == "2025-06-04" for d, _, _ in _rows(hk))
    assert _dates("他说明早出发，去码头接人。", "2025-06-03") == [("2025-06-04", "day", "明早")]


def test_a_forum_posts_today_is_the_day_it_was_posted():
    """A thread opened on the 1st, replied to over the next days: each reply's 今天/昨天 counts
    from its own stamp, whether the stamp closes the post or stands in its heading."""
    thread = _article("f", "### 1楼 江边阿杰 LV12\n\n渡轮夜班今天恢复了，我坐了最后一班。\n\n"
                           "发表于 2025-06-01 22:10 来自iPhone客户端\n\n"
                           "### 2楼 半岛小米粒 LV3\n\n今天我也去坐了，昨天排队的人更多。\n\n"
                           "发表于 2025-06-03 08:05\n\n"
                           "### 3楼 老城区跑腿哥 LV7 发表于 2025-06-05 19:40\n\n今天码头的候船室开始收费了。",
                      date="2025-06-01")
    rows = {(d, p) for d, p, _ in _rows(thread)}
    assert ("2025-06-01", "p1") in rows
    assert ("2025-06-03", "p3") in rows and ("2025-06-02", "p3") in rows, rows
    assert ("2025-06-05", "p5") in rows, rows
    assert not any(p == "p3" and d == "2025-06-01" for d, p in rows)
