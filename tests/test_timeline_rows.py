"""Timeline rows an editor can trust: no row from a page's furniture (a byline with the date it was
compiled, a printed page's footer, a wire's transmission fields), no row for a date that is only
a point of comparison, and the right year for a month written without one. Each property on a
small synthetic article written for the test (invented outlets, companies and people)."""

from __future__ import annotations

from tests.test_index import _article, _run


def _events(*articles):
    return _run(*articles).events


def test_bylines_footers_and_wire_fields_date_no_event():
    a = _article("w", "整理：晨光周报编辑部林小雨｜2025年6月30日07:30\n\n"
                      "【海岚社财经线路】发稿时间：2025-06-29 10:12 稿号：HL-0629-77 优先级：急 字数：1046\n\n"
                      "6月28日，青浦渔业宣布暂停收购扇贝。\n\n"
                      "延伸阅读　晨光周报财经版B2　　2025.6.30　　本报网址www.chenguang-weekly.cn",
                 date="2025-06-30")
    ev = _events(a)
    assert [(e.date, e.paragraph) for e in ev] == [("2025-06-28", "p3")], [(e.date, e.text) for e in ev]


def test_a_site_named_in_a_sentence_still_dates_its_event():
    a = _article("s", "6月3日，青浦渔业在官网www.qingpu-fish.cn发布公告，宣布暂停收购扇贝。", date="2025-06-30")
    assert [e.date for e in _events(a)] == ["2025-06-03"]


def test_a_year_alone_in_an_earlier_sentence_does_not_date_a_later_month():
    # the article is of September 2025; "2024年" dates a yearly statistic, not the narrative
    a = _article("y", "据统计，2024年青浦县扇贝出口额约为87亿元，其中一半销往海外。"
                      "当地渔协负责人透露，8月下旬以来，扇贝收购价较7月下跌了约三成。\n\n"
                      "2024年全县养殖户约3000户。8月28日青浦渔业股价单日下跌6.21%。\n\n"
                      "2024年3月，渔协成立了合作社；5月，合作社开始统一收购。",
                 date="2025-09-05")
    ev = {e.paragraph: e.date for e in _events(a) if e.precision != "year"}
    assert ev["p1"] == "2025-08-25"  # 8月下旬: about the 25th, of the article's year
    assert ev["p2"] == "2025-08-28"
    assert "2024-05" in {e.date for e in _events(a)}  # a year written with a month carries on


def test_a_month_after_the_articles_month_is_last_years_unless_announced():
    a = _article("m", "11月，青浦渔业完成了第一轮融资。\n\n青浦渔业计划11月启动第二轮融资。", date="2025-09-05")
    ev = {e.paragraph: (e.date, e.forecast) for e in _events(a)}
    assert ev["p1"] == ("2024-11", False)
    assert ev["p2"] == ("2025-11", True)


def test_a_measurements_base_date_and_a_past_episode_compared_to_are_no_rows():
    # (session 21: the editor's review of the timeline reads both as comparisons, not happenings)
    a = _article("c", "以当日收盘价与5月8日收盘价相比，青浦渔业股价升幅达到1倍以上。\n\n"
                      "和一年前扇贝价格暴跌的情形相似，今年收购价再次走低。\n\n"
                      "5月20日，青浦渔业发布了新的收购方案。",
                 date="2025-06-30")
    ev = {(e.date, e.paragraph) for e in _events(a)}
    assert not any(p == "p1" for _, p in ev), ev  # the close a rise is measured from
    assert ("2024", "p2") not in ev and ("2025", "p2") in ev, ev  # what this year is like; this year's fall
    assert ("2025-05-20", "p3") in ev


def test_two_outlets_rows_of_one_period_merge_only_when_they_say_the_same_thing():
    a = _article("f1", "青浦县一位渔民说，8月下旬以来，当地鱼市部分品种的收购价较7月下跌了约三成。", date="2025-09-03",
                 outlet="甲报")
    b = _article("f2", "东岭一家渔协的负责人透露，8月下旬以来，东岭扇贝的产地收购价较7月下跌了约三成。",
                 date="2025-09-06", outlet="乙报")
    others = [_article("f3", "北溟证券发布报告，认为水务公司的估值仍有上升空间。\n\n报告称，水务公司的现金流稳定。",
                       date="2025-09-06", outlet="丙报"),
              _article("f4", "南川县政府设立了规模300亿元的渔业基金，用于支持渔民转型。", date="2025-09-06", outlet="丁报")]
    rows = [e for e in _events(a, b, *others) if e.date == "2025-08-25"]  # 8月下旬, about the 25th
    assert len(rows) == 2 and not any(e.also for e in rows), [(e.text, e.also) for e in rows]
