"""Date forms a timeline must read whatever the story: a year that dates what follows it
("1958年建成", "依据1986年的有关规定"), a decade ("上世纪60年代"), a holiday of a written year
("2027年元旦起"), a Republic-of-China date ("民国72年"), a day counted on from another ("3天后"), a
live blog's entries under clock-time headings, a social-media post's "5-06 20:55" stamp; and no row
for a writer's own "今天只讲…" or for "这个月份" (a birth month). Each on a small synthetic article
written for the test (an invented museum, its river and its people), not on any corpus's wording."""

from __future__ import annotations

from tests.test_index import _article, _run


def _dates(*articles):
    return {(e.article, e.paragraph, e.date, e.precision) for e in _run(*articles).events}


def test_a_year_that_dates_what_follows_it_is_an_event():
    a = _article("m", "青河博物馆1958年建成，馆舍一直沿用至今。\n\n"
                      "馆方说，现行的展陈标准主要依据1986年的有关规定。\n\n"
                      "老馆的库房是上世纪60年代扩建的。", date="2026-05-06")
    rows = {(p, d) for _, p, d, _ in _dates(a)}
    assert {("p1", "1958"), ("p2", "1986"), ("p3", "1960")} <= rows, rows


def test_a_holiday_of_a_written_year_is_that_day_and_a_taiwan_date_is_read():
    a = _article("h", "新馆将于2027年元旦起对外开放。\n\n"
                      "该馆的前身是民国72年成立的河港资料室，民国112年9月1日起改隶市府。", date="2026-05-06")
    rows = {(p, d) for _, p, d, _ in _dates(a)}
    assert ("p1", "2027-01-01") in rows, rows
    assert ("p2", "1983") in rows and ("p2", "2023-09-01") in rows, rows


def test_a_day_counted_on_from_another_is_its_own_row():
    a = _article("d", "市人大常委会4月27日开始审议迁馆方案，3天后即表决通过。", date="2026-05-06")
    rows = {(p, d) for _, p, d, _ in _dates(a)}
    assert ("p1", "2026-04-27") in rows and ("p1", "2026-04-30") in rows, rows


def test_each_entry_of_a_live_blog_is_news_of_its_day():
    body = "\n\n".join([
        "## 16:40", "闭馆：最后一批观众离开老馆，工作人员开始封存展柜。",
        "## 14:10", "搬迁车队抵达新馆，首批文物入库。",
        "## 10:05", "背景：老馆自开馆以来已接待观众逾千万人次。",
        "## 09:00", "直播开始：青河博物馆今日整体搬迁。",
    ])
    a = _article("live", body, date="2026-05-06")
    rows = {(p, d) for _, p, d, _ in _dates(a)}
    assert ("p1", "2026-05-06") in rows and ("p2", "2026-05-06") in rows, rows
    assert not any(p == "p3" for p, _ in rows), rows  # the background entry reports no news of the day


def test_an_undated_post_is_dated_by_its_month_day_and_clock_stamp():
    post = _article("w", "河畔观察员 V\n\n5-06 20:55 来自 手机客户端\n\n"
                         "上周五博物馆搬迁方案正式公布，评论区一下子热闹起来。\n\n"
                         "今天只讲一个人：老馆的讲解员周阿姨，她这个月份退休。")
    other = _article("o", "青河博物馆本周开始整体搬迁，新馆明年元旦开放。", date="2026-05-04")
    rows = {(a, p, d) for a, p, d, _ in _dates(post, other)}
    assert ("w", "p3", "2026-05-01") in rows, rows  # 上周五 of the post's week
    assert not any(a == "w" and p == "p4" for a, p, _ in rows), rows  # the writer's "today", a birth month


def test_an_issue_line_dates_an_undated_page_but_a_release_date_stays_an_event():
    mag = _article("mag", "第88期｜2026年5月6日出刊｜城市\n\n上周五青河镇图书馆宣布闭馆改造，新馆于2027年元旦开放。")
    rows = {(p, d) for _, p, d, _ in _dates(mag)}
    assert ("p2", "2026-05-01") in rows and not any(p == "p1" for p, _ in rows), rows
    rel = _article("rel", "星河科技于2026年3月1日发布了星河助手。\n\n该产品上线首日下载量破万。")
    assert ("p1", "2026-03-01") in {(p, d) for _, p, d, _ in _dates(rel)}
