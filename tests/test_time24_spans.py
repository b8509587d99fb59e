"""A span of days ("3月2日至9日") is one period dated by its start; when the period was over by the
article's date, the day it ended is a row too (the day its totals hold, the day a closure ended),
on articles written for these tests (a library's reading week, a ferry closure, a coming fair).
A span still running or to come gives its start only: its end is no event yet.
"""

from __future__ import annotations

from tests.test_index import _article, _run


def _rows(analysis, words):
    return sorted(e.date for e in analysis.events if words in e.text)


def test_a_span_over_by_the_articles_date_is_dated_by_both_ends():
    week = _article("library", "读书周落幕\n\n"
                               "2031年4月2日至4月9日，市图书馆读书周累计接待读者3.2万人次，同比增长18%。\n\n"
                               "4月10日至12日，渡轮因大风停航，滞留旅客已全部转运。", date="2031-04-15")
    an = _run(week)
    assert _rows(an, "读书周累计接待") == ["2031-04-02", "2031-04-09"], an.events
    assert _rows(an, "渡轮因大风停航") == ["2031-04-10", "2031-04-12"], an.events
    note = _article("note", "客流报告\n\n"
                            "2031年4月2日，报告发布。数据说明：本报告数据来源于2031年3月1日至3月31日的闸机记录。",
                    date="2031-04-15")
    assert "2031-03-31" not in [e.date for e in _run(note).events]  # the period data cover ended nothing


def test_a_span_to_come_or_still_running_gives_its_start_only():
    fair = _article("fair", "花卉博览会预告\n\n"
                            "2031年5月1日至5月7日，第三届花卉博览会将在滨湖会展中心举行。\n\n"
                            "2031年4月10日至5月10日，全市公园实行夜间开放。", date="2031-04-20")
    an = _run(fair)
    assert _rows(an, "花卉博览会将在") == ["2031-05-01"], an.events
    assert _rows(an, "夜间开放") == ["2031-04-10"], an.events


def test_a_span_that_dates_no_event_gives_no_end_either():
    """A schedule's birth cohorts ("1971年1月—1971年4月出生的…") date who, not what happened: neither end."""
    rules = _article("pension", "延迟退休对照表\n\n"
                                "2031年3月1日，市人社局公布了新的退休年龄对照表。\n\n"
                                "1971年1月—1971年4月出生的职工：退休年龄60岁1个月。", date="2031-03-05")
    an = _run(rules)
    assert not [e for e in an.events if e.date.startswith("1971")], an.events


def test_the_day_of_a_happening_the_article_dates_elsewhere():
    """"首航当天" in a later paragraph is the day the article gives the first flight; a 当天 after a
    happening the article never dates gives no row."""
    flight = _article("ferry", "新航线开通\n\n"
                               "首航船票于5月28日开售。2031年6月3日，滨海至岛城的新航线完成首航。\n\n"
                               "据运营方介绍，新船共设座位300个。首航当天，码头举行了简短的启航仪式。\n\n"
                               "开园当天，游客在湿地公园门口排起长队。\n\n"
                               "所有船票实行“首航当日可无条件退改”。", date="2031-06-05")
    an = _run(flight)
    assert _rows(an, "码头举行了简短的启航仪式") == ["2031-06-03"], an.events
    assert _rows(an, "湿地公园门口") == [], an.events
    assert _rows(an, "无条件退改") == [], an.events  # a quoted rule's wording tells no day
