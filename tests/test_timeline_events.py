"""Timeline rows are events: a dated statement of something that happened or is forecast — not a
question, rhetoric, a hypothesis, a caption, a heading or a date-only fragment — and one event
reported by several outlets (with a vague date, an exact one, or days that disagree) is one row.
Each property on a small synthetic article written for the test (invented companies)."""

from __future__ import annotations

from tests.test_index import _article, _run


def _events(*articles):
    return _run(*articles).events


def test_a_question_dates_nothing():
    a = _article("q", "我问它：“2021年5月3日，有哪些重大新闻？”\n\n难道2019年的教训还不够吗？\n\n"
                      "2021年5月4日，星海公司发布了新模型。\n\n"
                      "财联社 5 月 6 日，有投资者提问星海公司：“公司能否鉴别合成视频？”",
                 date="2021-06-01")
    ev = {(e.date, e.paragraph) for e in _events(a)}
    assert not any(p in ("p1", "p2") for _, p in ev)
    assert ("2021-05-04", "p3") in ev
    assert ("2021-05-06", "p4") in ev  # that an investor asked is news; the question is quoted


def test_rhetoric_and_hypotheses_date_nothing():
    a = _article("h", "对星海公司来说，5月16日不行，那就8月16日；2025年不行，还有2026年。\n\n"
                      "如果2027年实现盈利，公司将扩张。\n\n2025年5月10日，公司宣布推迟发布。",
                 date="2025-05-20")
    ev = _events(a)
    assert [(e.date, e.paragraph) for e in ev] == [("2025-05-10", "p3")]


def test_captions_and_headings_date_nothing():
    a = _article("c", "2025年5月2日，中国杭州，一名游客在展台前体验机器人。\n\n"
                      "2024 年视频生成行业参与者盘点\n\n"
                      "2025年5月1日，星海公司在杭州发布了新一代机器人。",
                 date="2025-05-20")
    ev = _events(a)
    assert [(e.date, e.paragraph) for e in ev] == [("2025-05-01", "p3")]


def test_a_query_is_no_event_but_a_named_past_event_is_shown_as_itself():
    a = _article("m", "接着，我以新建提问的方式测试了2021年3月1日至5日这5天它能检索到的新闻。\n\n"
                      "我请它以2018年北岭大桥坍塌事件为主题搜集资料，它说原因尚不清楚。\n\n"
                      "它把“2019年7月2日南山水库的溃坝”说成了地震。",
                 date="2023-04-01")
    ev = {e.date: e for e in _events(a)}
    assert "2021-03-01" not in ev
    assert ev["2018"].text == "2018年北岭大桥坍塌事件"
    assert ev["2019-07-02"].text == "2019年7月2日南山水库的溃坝"


def test_a_row_reads_on_past_its_dateline_and_verb_of_saying():
    a = _article("d", "财联社 5 月 22 日，近期，视频模型光年引发市场极大关注，星海公司在去年已经大量使用 AI 生成视频。\n\n"
                      "此外，星海公司首席技术官郑和平近日对媒体透露，光年最快于今年正式对外开放。",
                 date="2025-05-25")
    ev = {(e.date, e.paragraph): e.text for e in _events(a)}
    assert "引发市场极大关注" in ev[("2025-05-22", "p1")]
    assert "光年最快于今年正式对外开放" in ev[("2025-05", "p2")]


def test_what_will_or_may_happen_this_year_is_a_forecast():
    a = _article("f", "今年，AI 提示词一定也会有市场。\n\n今年，星海公司发布了三款产品。\n\n"
                      "“今年战略投资者出手可能会多于财务投资者。”",
                 date="2025-03-20")
    ev = {e.paragraph: e for e in _events(a)}
    assert ev["p1"].forecast and ev["p3"].forecast
    assert not ev["p2"].forecast


def test_a_quoted_tomorrow_counts_from_the_document_it_quotes():
    a = _article("t", "3月15日，网上传出一张星海公司内部通知截图。通知中称，“明天是发布日，全员值班。”",
                 date="2025-03-20")
    dates = {e.date: e for e in _events(a)}
    assert "2025-03-16" in dates and not dates["2025-03-16"].forecast
    assert "2025-03-21" not in dates


def test_the_eve_of_a_release_is_its_month_not_its_day():
    a = _article("r1", "5月16日，星海公司发布视频模型 Lumen，引发关注。", date="2025-05-20", outlet="甲报")
    b = _article("r2", "5月16日，星海公司正式推出 Lumen 模型。", date="2025-05-21", outlet="乙报")
    c = _article("r3", "有消息指，在 Lumen 发布前夕，星海公司 CEO 正寻求新一轮融资。", date="2025-05-22", outlet="丙报")
    ev = [e for e in _events(a, b, c) if e.article == "r3"]
    assert [(e.date, e.precision) for e in ev] == [("2025-05", "approximate")]


def test_a_vague_and_an_exact_report_of_one_release_are_one_row():
    a = _article("v1", "春节期间，Nova 公司发布视频大模型 Quill，引发全球关注。", date="2025-03-20", outlet="甲报")
    b = _article("v2", "1 月 30 日，Nova 宣布推出全新的视频模型“Quill”，引起广泛关注。", date="2025-03-21",
                 outlet="乙报")
    c = _article("v3", "| 模型 | 推出时间 |\n|---|---|\n| Nova Quill | 2025年1月 |", date="2025-03-22", outlet="丙报")
    # a statement that mentions the release is dated by the statement, not by the release
    d = _article("v4", "财联社 1 月 31 日，北岭传媒接受调研时表示，Quill 是 Nova 发布的视频大模型。",
                 date="2025-03-23", outlet="丁报")
    rows = [e for e in _events(a, b, c, d) if e.date.startswith("2025-01")]
    assert len(rows) == 2
    row = next(e for e in rows if e.article != "v4")
    assert row.date == "2025-01-30" and row.article == "v2"
    assert {x.article for x in row.also} == {"v1", "v3"}


def test_a_day_whose_month_the_ocr_lost_joins_the_release_and_shows_the_disagreement():
    a = _article("l1", "1 月 30 日，Nova 宣布推出全新的视频模型“Quill”，引起广泛关注。", date="2025-03-21", outlet="甲报")
    b = _article("l2", "2 月 1 日，Nova 正式发布视频模型 Quill。", date="2025-03-22", outlet="乙报")
    c = _article("l3", "1 月 30 日，Nova 发布了 Quill 视频模型。", date="2025-03-23", outlet="丙报")
    d = _article("l4", "月29日正式對外公布，是美國公司Nova開發的視頻模型。Quill可以生成60秒的視頻。",
                 script="zh-Hant", date="2025-03-24", outlet="丁報")
    rows = [e for e in _events(a, b, c, d) if "Quill" in e.text or "Nova" in e.text]
    assert len(rows) == 1
    row = rows[0]
    assert row.date == "2025-01-30" and {x.article for x in row.also} == {"l3"}
    assert {(x.date, x.article) for x in row.disputed} == {("2025-02-01", "l2"), ("2025-01-29", "l4")}


def test_an_event_named_by_its_month_and_day_in_numerals_is_dated_to_the_day():
    a = _article("n", "他提到了“1931年九一八事变”和“1919年五四运动”。", date="2023-04-01")
    dates = {e.date for e in _events(a)}
    assert {"1931-09-18", "1919-05-04"} <= dates


def test_two_rows_of_one_table_with_the_same_date_are_two_events():
    body = ("| 公司 | 成立时间 | 最新一轮融资规模 |\n|---|---|---|\n"
            "| 星海智能 | 2023年3月 | 数千万元人民币 |\n| 北溟科技 | 2023年3月 | 近亿元人民币 |")
    ev = [e for e in _events(_article("tb", body, date="2024-03-25")) if e.date == "2023-03"]
    assert len(ev) == 2 and "北溟科技" in " ".join(e.text for e in ev)


def test_one_paragraph_saying_two_things_of_one_day_is_one_row_in_reading_order():
    a = _article("p", "最后，虽然星海公司今天展示了生成视频的能力，但作为后来者，它也需要更多用户的测试。"
                      "因此星海公司今天也开启了新模型的测试，但需要邀请码才能参与。",
                 date="2023-03-16")
    ev = [e for e in _events(a) if e.date == "2023-03-16"]
    assert len(ev) == 1
    assert ev[0].text.index("展示了") < ev[0].text.index("邀请码")


def test_a_row_that_is_only_a_frame_reads_on_to_its_statement():
    a = _article("fr", "而在关于 2023 年初上演的电视剧版演员的问题中，星海模型答错了主演的名字，"
                       "而它在 2022 年的回答也是一样。", date="2023-04-01")
    ev = [e for e in _events(a) if e.date == "2023-01"]
    assert ev and "答错了主演的名字" in ev[0].text


def test_an_undated_article_takes_its_year_from_the_corpus_not_from_a_past_year_it_mentions():
    # the undated article mentions a background year twice; its "3月1日" is the launch this corpus
    # (published in 2025) reports, not a date of 2019
    a = _article("a", "2025年3月1日，星海公司发布了星海一号手机，首批备货十万台。", date="2025-03-02")
    b = _article("b", "星海公司于2019年5月8日成立，2019年6月1日推出首款产品。\n\n"
                      "3月1日晚，星海公司在杭州发布了星海一号手机，定价2999元。")
    ev = {(e.date, e.article, e.paragraph) for e in _events(a, b)}
    dated = {d for d, art, p in ev if (art, p) == ("b", "p2")}
    also = {e.date for e in _events(a, b) for c in e.also if (c.article, c.paragraph) == ("b", "p2")}
    assert (dated | also) == {"2025-03-01"}, ev


def test_a_date_the_text_places_in_this_or_next_year_stays_there():
    # "今年10月" in an April article is this October (not last year's, as an unmarked "10月" may be);
    # "明年3月5日" is next year's
    a = _article("y", "星河汽车表示，现在下单的高配版要等到今年10月前后才能提车。\n\n"
                      "明年3月5日，星河汽车的第二座工厂将正式投产。", date="2025-04-02")
    dates = {e.date for e in _events(a)}
    assert "2025-10" in dates and "2026-03-05" in dates, dates
    assert not {"2024-10", "2025-03-05"} & dates, dates


def test_a_day_of_the_month_alone_is_this_months_or_the_last_ones_as_wire_copy_writes_it():
    a = _article("w", "海风社宁波5月6日电 港口管理局5日表示，集装箱吞吐量创新高。\n\n"
                      "交通运输部4月28日发布新规。星海公司30日宣布扩建码头。\n\n"
                      "市政府28日宣布新的补贴政策。\n\n"
                      "港口方面称，活动持续3日，每日开放，票价为3日元。",
                 date="2023-05-06")
    ev = {(e.date, e.paragraph) for e in _events(a)}
    assert ("2023-05-05", "p1") in ev                      # the 5th, the day before the wire
    assert ("2023-04-30", "p2") in ev                      # a month written before it in the text wins
    assert ("2023-04-28", "p3") in ev                      # after the 6th and not to come: last month's
    assert not any(p == "p4" for _, p in ev)               # a count of days, every day, an amount
