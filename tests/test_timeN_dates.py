"""A timeline reads a year compared with as no event, and a month and day without a year by when
the article was written, on synthetic articles written for these tests (a ferry company's report, a
library's notice, a forum thread, a Taiwan page; no corpus's wording):

* "较2019年增长", "比2018年同期", "恢复至2019年的九成", "与2017年相比": the year compared with is
  the baseline of a figure, no row of the timeline;
* a month and day without a year that would fall months after the article's date is the year
  before's ("12月3日" in a January article); near New Year the reverse ("1月5日" in a late-December
  article is the coming January);
* an undated article was written about when the corpus's other articles were: "12月19日" in an
  undated report beside articles of January 2031 is December 2030, not December 2031.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _rows(*articles):
    return {(e.article, e.paragraph, e.date) for e in _run(*articles).events}


def test_a_year_compared_with_is_no_event():
    # an official statistics notice
    a = _article("stat", "假期三天全市港口旅客吞吐量达12.6万人次，较2019年增长18.3%。\n\n"
                         "渡轮班次恢复至2019年的九成，比2018年同期多出40班。\n\n"
                         "与2017年相比，夜航客流翻了一番。", date="2031-02-14")
    rows = _rows(a)
    assert not {d for _, _, d in rows if d[:4] in ("2017", "2018", "2019")}, rows
    # a Taiwan page in traditional script, read after simplification
    got = resolve_dates("圖書館借閱量較2020年成長三成，達到2020年的1.3倍。", "2031-03-02", 2031)
    assert got == [], got


def test_a_year_that_dates_what_follows_it_stays_an_event():
    # a forum post: the year is when something happened, not a baseline
    a = _article("bbs", "楼主2019年就搬到了河港新区，那时渡口还没建好。\n\n"
                        "渡口在2024年投入使用，比原计划晚了一年。", date="2031-02-14")
    rows = {(p, d) for _, p, d in _rows(a)}
    assert ("p1", "2019") in rows and ("p2", "2024") in rows, rows


def test_a_month_day_months_ahead_of_the_article_is_last_years():
    assert resolve_dates("12月3日，图书馆闭馆检修。", "2031-01-06", 2031)[0].date == "2030-12-03"
    # near New Year the reverse: a late-December notice of what starts in January
    got = resolve_dates("新的借阅规则将于1月5日起施行。", "2030-12-28", 2030)
    assert got[0].date == "2031-01-05", got
    # a month ahead is still this year's (a plan), and a month before the article is this year's
    assert resolve_dates("3月2日，渡轮恢复夜航。", "2031-04-10", 2031)[0].date == "2031-03-02"


def test_an_undated_article_is_read_by_when_the_corpus_was_written():
    dated = _article("news", "1月8日，市图书馆发布年度借阅报告。", date="2031-01-09")
    undated = _article("report", "闭馆风波次日（12月19日），图书馆相关搜索量反而上涨37%。\n\n"
                                 "2031年1月7日，图书馆恢复开放。")
    rows = {(a, d) for a, _, d in _rows(dated, undated)}
    assert ("report", "2030-12-19") in rows, rows
    assert ("report", "2031-12-19") not in rows, rows


def test_new_years_day_after_a_december_is_the_next_years():
    # an official notice of early January: the holiday's figures, with a December day inside it
    got = resolve_dates("元旦假期三天，博物馆接待观众8.6万人次，其中12月31日单日接待3.1万人次。", "2031-01-02", 2031)
    assert [r.date for r in got] == ["2031-01-01", "2030-12-31"], got  # about New Year's Day itself
    # a year written with the month still rules
    got = resolve_dates("2030年1月新馆试运行，元旦前后客流最多。", "2031-01-20", 2031)
    assert got[-1].date == "2030-01-01", got


def test_a_run_of_replies_never_split_is_no_row():
    # a Taiwan forum thread whose replies were saved as one line: no row of two thousand characters
    replies = "".join(f"01/0{d % 9 + 1} 12:{d:02d}推user{d}：去年去過渡口那邊真的會想再去 明年還要帶家人來看看夜航"
                      for d in range(40))
    a = _article("bbs", "渡輪公司2日宣布夜航加班，票價不變。\n\n" + replies, script="zh-Hant", date="2031-01-03")
    events = _run(a).events
    assert events and all(len(e.text) <= 300 for e in events), [len(e.text) for e in events]
    assert any(e.paragraph == "p1" for e in events)
