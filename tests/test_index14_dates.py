"""Dates a reader expects read as the text gives them, on sentences written for these tests (a
ferry line, a museum, a cable car; a Taiwan news page, a Hong Kong page, an official notice, an
IR answer):

* a day in brackets beside a relative day or a weekday is the day meant ("今（24）日", "本周一（4日）",
  "上周五（26日）"), even where counting weeks would give another;
* a ten-day part of a month is about its middle day (上旬 the 5th, 中旬 the 15th, 下旬 the 25th),
  marked approximate; a month's start or end stays the month, about.
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
    # a month's end stays the month
    assert _dates("截至9月底，共有30家门店参与。", "2025-10-09") == [("2025-09", "approximate", "9月底")]
