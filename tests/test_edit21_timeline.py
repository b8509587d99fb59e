"""A timeline an editor can trust (session 21): a person's CV is shown with the person, not as the
story's events; one step of a life told twice is one row; a date compared with and a slogan's
label are no events; a compilation's item quoting a wire counts its "近两日" from the wire's day;
a part of a month holds the day rows of the same event; a one-day dispute says why it may differ.
And in the index: a title in 《》 is a work, a table's column of companies names companies, a
programme is no product. On small invented articles (a battery maker, its scientist, a film)."""

from __future__ import annotations

from generator.render.briefing import _event_rows, entity_groups

from test_index import _article, _run


def _rows(an, *arts):
    return _event_rows(an, {a.slug: a for a in arts})


_PROFILE = _article("a", "2024年5月10日，启明能源发布新一代固态电池，能量密度提升三成。\n\n"
                         "启明能源首席科学家程远航表示，固态电池量产仍需时间。\n\n"
                         "程远航2012年毕业于江城大学化学系，2016年获得江城大学博士学位。\n\n"
                         "2019年，程远航加入启明能源，负责固态电池研发。", date="2024-05-20", outlet="甲报")


def test_a_persons_cv_is_shown_with_the_person_not_on_the_timeline():
    an = _run(_PROFILE)
    rows = _rows(an, _PROFILE)
    assert any("发布新一代固态电池" in r["text"] for r in rows), rows
    assert not any(w in r["text"] for r in rows for w in ("毕业于", "博士学位", "加入启明能源")), rows
    lives = {e.date: e.person for e in an.events if e.person}
    assert {"2012", "2016", "2019"} <= set(lives) and set(lives.values()) == {"程远航"}, lives
    person = next(r for g in entity_groups(an, [_PROFILE]) for r in g["rows"] if r["name"] == "程远航")
    assert [x["date"] for x in person["life"]][:3] == ["2012", "2016", "2019"], person["life"]


def test_this_years_hire_stays_on_the_timeline():
    news = _article("n", "启明能源首席科学家程远航表示，固态电池量产仍需时间。\n\n"
                         "今年3月，程远航加入启明能源，负责固态电池研发。", date="2024-05-20", outlet="乙报")
    an = _run(news)
    assert any("加入启明能源" in r["text"] for r in _rows(an, news)), an.events


def test_one_step_told_with_a_year_and_with_its_month_is_one_row():
    a = _article("b", "启明能源首席科学家程远航表示，固态电池量产仍需时间。\n\n"
                      "在 Lumen 做了 2 年多博士后之后，程远航于 2019 年加入 Qiming Energy。\n\n"
                      "据悉，程远航曾在 Lumen 工作两年，并于 2019 年 3 月加入 Qiming Energy 从事研究工作，"
                      "研究领域包括固态电解质和电池材料，曾参与 Nova 3 电池的开发。",
                 date="2024-05-20", outlet="甲报")
    an = _run(a)
    joined = [e for e in an.events if "加入 Qiming" in e.text]
    assert len(joined) == 1 and joined[0].date == "2019-03" and len(joined[0].also) == 1, joined


def test_a_date_compared_with_and_a_slogans_label_are_no_events():
    a = _article("c", "以当日收盘价与2月8日收盘价相比，固态电池概念股股价大幅攀升。\n\n"
                      "2024 年的真正红利点：固态电池。\n\n"
                      "2月9日，启明能源股价上涨一倍，固态电池概念走强。", date="2024-03-01", outlet="甲报")
    an = _run(a)
    dates = {e.date for e in an.events}
    assert "2024-02-08" not in dates and "2024" not in dates, an.events
    assert "2024-02-09" in dates, an.events


def test_a_compilations_quoted_report_counts_near_days_from_the_wires_dateline():
    a = _article("d", "江城日报 2 月 22 日，启明能源在互动平台表示，固态电池已进入中试阶段。\n\n"
                      "据江城日报不完全统计，截至发稿，共有12家上市公司近两日在互动平台回复固态电池相关问题。",
                 date="2024-03-20", outlet="合集")
    an = _run(a)
    near = [e for e in an.events if "近两日" in e.text]
    assert near and all(e.date.startswith("2024-02") for e in near), near


def test_a_part_of_a_month_joins_the_day_row_of_the_same_event():
    a = _article("e", "2月16日，OpenAI 宣布推出全新的视频模型“Sora”，引起广泛关注。", date="2024-02-20", outlet="甲报")
    b = _article("f", "2月中旬，OpenAI首款视频模型Sora横空出世，带动一众概念股大幅走红。", date="2024-03-01", outlet="乙报")
    an = _run(a, b)
    sora = [e for e in an.events if "Sora" in e.text]
    assert len(sora) == 1 and sora[0].date == "2024-02-16", sora
    assert [c.article for c in sora[0].also] == ["f"], sora


def test_a_one_day_dispute_says_why_the_days_may_differ():
    a = _article("e", "2月16日，OpenAI 宣布推出全新的视频模型“Sora”，引起广泛关注。", date="2024-02-20", outlet="甲报")
    c = _article("g", "2月15日，OpenAI 宣布推出全新的视频模型“Sora”，能生成一分钟视频。", date="2024-02-18", outlet="丙报")
    an = _run(a, c)
    rows = [r for r in _rows(an, a, c) if "Sora" in r["text"]]
    assert len(rows) == 1 and rows[0]["disputed"] and rows[0]["day_apart"], rows


def test_a_title_in_book_marks_is_a_work_a_company_column_names_companies_a_programme_is_none():
    a = _article("h", "启明影业出品的短片《星河梦》近日上映，观众反响热烈。\n\n"
                      "据悉，电影《星河梦》拍摄周期仅三个月。\n\n"
                      "之前 Red Team 有过公开招募，要求比较高，目前已停止招募。\n\n"
                      "| 成立时间 | 公司 | 融资轮次 |\n|---|---|---|\n| 2022年1月 | Nova Studio | 种子轮 |\n"
                      "| 2023年3月 | 青禾科技 | 天使轮 |\n| 2021年6月 | Lumen Works | A轮 |",
                 date="2024-03-01", outlet="甲报")
    an = _run(a)
    kinds = {e.name: e.kind for e in an.entities}
    assert kinds.get("星河梦") == "work", kinds
    assert kinds.get("Nova Studio") == "org", kinds
    assert "Red Team" not in kinds, kinds


def test_a_word_listed_among_model_names_is_a_name_too():
    a = _article("k", "大模型Nova近日宣布支持二百万字长文本，用户量快速增长。\n\n"
                      "研报指出，从Nova、阶跃到通义千问，国产大模型在长文本能力上持续跃迁。\n\n"
                      "苹果、香蕉和Nova都被用户拿来测试。", date="2024-03-01", outlet="甲报")
    kinds = {e.name: e.kind for e in _run(a).entities}
    assert kinds.get("阶跃") == "product" and "通义千问" in kinds, kinds
    assert "香蕉" not in kinds and "苹果" not in kinds, kinds
    b = _article("l", "大模型Nova近日更新。\n\n评测者直言，Nova在车身比例、灯组造型上与Lumen高度相似。", date="2024-03-01")
    assert "车身比例" not in {e.name for e in _run(b).entities}


def test_a_paragraph_opening_on_the_same_day_is_a_row_of_the_day_before_it():
    a = _article("s", "8月24日，青浦核电站开始排放处理水，当地牡蛎的批发价下跌约两成。\n\n"
                      "同一天，邻国海关宣布全面暂停进口青浦的水产品，这对出口商是沉重一击。", date="2023-09-05")
    rows = {(e.date, e.paragraph) for e in _run(a).events}
    assert ("2023-08-24", "p2") in rows, rows
