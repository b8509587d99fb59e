"""Timeline rows an editor can trust: an event one outlet announces and a later one reports is
no forecast, a period is one row, "当晚" and "次日" date the day the paragraph gave — each on
small synthetic articles written for the test."""

from __future__ import annotations

from tests.test_index import _article, _run


def _events(*articles):
    return _run(*articles).events


def test_an_announced_event_a_later_outlet_reports_as_done_is_one_row_and_no_forecast():
    early = _article("e1", "星河汽车表示，首批交付仪式将于4月3日在北京亦庄工厂举行，创始人将亲自出席。",
                     date="2025-03-30", outlet="甲报")
    late = _article("e2", "4月3日，星河汽车首批交付仪式在北京亦庄工厂举行，创始人亲自为车主交车。",
                    date="2025-04-05", outlet="乙报")
    rows = [e for e in _events(early, late) if e.date == "2025-04-03"]
    assert len(rows) == 1
    row = rows[0]
    assert {row.article, *(c.article for c in row.also)} == {"e1", "e2"}
    assert not row.forecast


def test_an_event_only_announced_stays_a_forecast():
    early = _article("f1", "星河汽车表示，首批交付仪式将于4月3日在北京亦庄工厂举行，创始人将亲自出席。",
                     date="2025-03-30", outlet="甲报")
    rows = [e for e in _events(early) if e.date == "2025-04-03"]
    assert rows and rows[0].forecast


def test_a_period_is_one_row_dated_by_its_start():
    a = _article("s", "受复活节假期影响，香港股市3月29日至4月1日休市，星河汽车的股票将在假期后恢复交易。",
                 date="2025-03-30", outlet="甲报")
    dates = [e.date for e in _events(a)]
    assert "2025-03-29" in dates and "2025-04-01" not in dates


def test_that_evening_and_the_next_day_are_dated_from_the_paragraph():
    a = _article("t", "3月28日晚，星河汽车在北京发布首款新车星河S1，订单当晚正式开放。"
                      "竞争对手北岭汽车的创始人当晚也到场观摩，并在微博上发文表示欢迎。\n\n"
                      "4月2日，星河汽车股价盘中一度大涨16%，收盘涨幅收窄至4%。次日即回吐，全天收跌2.3%。",
                 date="2025-04-06", outlet="甲报")
    events = _events(a)
    by_date = {e.date: e.text for e in events}
    assert [e.paragraph for e in events if e.date == "2025-03-28"] == ["p1"]  # 当晚: the day p1 gave, one row
    assert "收跌2.3%" in by_date.get("2025-04-03", "")
    assert all("次日" not in e.text or e.date == "2025-04-03" for e in events)


def test_a_wire_dateline_dates_the_report_not_an_event():
    a = _article("w", "星岛社北京5月6日电（记者 王明）星河汽车5月5日晚在北京举行发布会，首款车型星河S1正式上市。",
                 date="2025-05-06", outlet="星岛社")
    events = _events(a)
    assert [e.date for e in events] == ["2025-05-05"]
    assert events[0].text.startswith("星河汽车5月5日晚")  # the row opens on the news, not the dateline


def test_a_paragraph_is_cited_on_one_row_per_day():
    a = _article("p1", "5月5日晚，星河汽车在北京举行发布会，首款车型星河S1正式上市。"
                       "星河汽车创始人在发布会上宣布，订单于当晚22时正式开放。",
                 date="2025-05-06", outlet="甲报")
    b = _article("p2", "5月5日晚，星河汽车在北京发布首款车型星河S1，订单于22时正式开放。", date="2025-05-07", outlet="乙报")
    c = _article("p3", "星河汽车5月5日22时开放订单，首款车型星河S1在27分钟内大定突破5万台。", date="2025-05-08", outlet="丙报")
    rows = [e for e in _events(a, b, c) if e.date == "2025-05-05"]
    cited = [(x.article, x.paragraph) for e in rows for x in [e, *e.also]]
    assert len(cited) == len(set(cited))  # no paragraph twice on one day
    assert not any(x.text.startswith(("- ", "1. ")) for x in rows)


def test_that_evening_of_a_named_occasion_is_the_day_the_reports_give_it():
    a = _article("o1", "5月5日晚，星河汽车在北京举行新车发布会，首款车型星河S1正式上市。", date="2025-05-06", outlet="甲报")
    b = _article("o2", "星河汽车5月5日的发布会吸引了众多媒体，订单系统几乎被挤爆。", date="2025-05-07", outlet="乙报")
    c = _article("o3", "星河S1上市后，订单系统几乎被挤爆，创始人在台上一一致谢。\n\n"
                       "发布会当晚，北岭汽车、南山汽车的创始人悉数到场，场面一度被网友称为团建。\n\n"
                       "另一位分析师当晚表示，价格战还会继续。",
                 date="2025-05-08", outlet="丙报")
    events = _events(a, b, c)
    cited = {(x.article, x.paragraph): e.date for e in events for x in [e, *e.also]}
    assert cited.get(("o3", "p2")) == "2025-05-05"
    assert ("o3", "p3") not in cited  # 当晚 with no day and no occasion dates nothing


def test_each_date_of_a_sentence_says_what_happened_on_it():
    a = _article("d", "4月2日港股复市，星河汽车盘中一度涨超16%，收涨4.06%报15.62港元；4月3日股价回吐，收跌2.3%。\n\n"
                      "星河汽车首款新车上周四（3月27日）在北京发布后，市场反应热烈，昨日（4月2日）港股复市首日，股价高开高走。",
                 date="2025-04-03", outlet="甲报")
    by_date: dict[str, list[str]] = {}
    for e in _events(a):
        by_date.setdefault(e.date, []).append(e.text)
    assert any("收涨4.06%" in t and "4月3日" not in t for t in by_date["2025-04-02"])
    assert by_date["2025-04-03"] == ["4月3日股价回吐，收跌2.3%。"]
    assert len(by_date["2025-03-27"]) == 1  # "上周四（3月27日）" is one date written twice


def test_a_target_or_estimate_for_the_current_year_is_a_forecast_a_past_fact_is_not():
    a = _article("y", "星河汽车创始人此前表示，2025年星河汽车力争交付10万辆。\n\n"
                      "东岭证券分析师估计，以现时定价计算，星河S1今年每卖出一辆平均亏损约1万元。\n\n"
                      "分析师认为，目前的订单要到今年三季度以后才能消化完毕。\n\n"
                      "2025年1月，星河汽车完成了新一轮融资，投后估值超过百亿元。",
                 date="2025-04-06", outlet="甲报")
    rows = {e.paragraph: e for e in _events(a)}
    assert rows["p1"].forecast and rows["p2"].forecast and rows["p3"].forecast
    assert not rows["p4"].forecast
