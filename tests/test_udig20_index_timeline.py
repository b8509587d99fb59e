"""The index and the timeline as an editor reads them, on synthetic articles (a ferry line, a tea
co-operative, a robotics maker, a city museum; topics no corpus has):

* a suffix word after a negated verb ("不代表集团亏损"), after a determiner ("整个集团"), after a
  clause that ends on a preposition ("请以公司公告为准") or after an actor's verb ("协会建议某某公司")
  names no body; a Q&A label's 问 glued on ("提问：问某某科技：") is not part of the name;
  "曾任" is a verb, not the surname 任; "在外观、灯光造型上" lists no product;
* companies listed as customers are companies; a Taiwanese rank ("协理") introduces a person;
* "4月中国…" is April, not mid-April; a month's measured figure or a stretch "…以来" is done,
  not a forecast, even on a page dated before it; a "更新时间：" stamp is no event;
* a chronology box flattened into one run gives one row per entry.
"""

from __future__ import annotations

from tests.test_index import _article, _entity, _run


def _names(analysis):
    return {e.name for e in analysis.entities} | {a for e in analysis.entities for a in e.aliases}


def test_clause_fragments_before_a_suffix_word_are_no_names():
    an = _run(_article("ferry", "海峡渡轮复航观察\n\n"
                                "海联航运分析师周启明表示，单船亏损不代表集团亏损，账要放在航线网络里算。\n\n"
                                "他说：“这次复航押上了整个集团的信誉。”\n\n"
                                "公司回答蓝港科技：您好，具体航线安排请以公司公告为准，感谢关注！\n\n"
                                "针对旅客关注的候船问题，协会建议海联航运在保障安全的前提下增开班次。", date="2031-05-02"),
              _article("tea", "茶农合作社问答\n\n"
                              "投资者提问：问蓝港科技：请问公司今年有没有分红计划？\n\n"
                              "公司回答蓝港科技：您好，利润分配方案请以公司披露的定期报告为准。\n\n"
                              "投资者提问：问青禾智能：新品牌的茶饮机是否由贵公司代工？", date="2031-05-03"))
    names = _names(an)
    for junk in ("代表集团", "整个集团", "具体航线安排请以公司", "利润分配方案请以公司", "协会建议海联航运",
                 "问蓝港科技", "问青禾智能"):
        assert junk not in names, (junk, sorted(names))
    assert _entity(an, "蓝港科技") is not None, sorted(names)  # the label's company, once


def test_a_verb_of_office_and_a_phrase_ending_on_a_locative_are_no_names():
    an = _run(_article("robot", "机器人外观之争\n\n"
                                "曾任德系车厂设计师、现任东岭大学工业设计系副教授的李慕言直言，"
                                "这款机器人在机身比例、灯光造型上与竞品高度相似。\n\n"
                                "历任日系厂商工程师的任子谦则认为，相似并不等于抄袭。", date="2031-06-01"))
    names = _names(an)
    assert not any(n.startswith(("任德", "任日")) for n in names), sorted(names)
    assert "灯光造型上" not in names and "机身比例" not in names, sorted(names)
    assert _entity(an, "李慕言") is not None, sorted(names)


def test_listed_customers_are_companies_and_a_taiwanese_rank_introduces_a_person():
    an = _run(_article("parts", "零件厂的新订单\n\n"
                                "公司主要产品为精密结构件，蓝鲸动力、凯岚电池均为公司重要客户。\n\n"
                                "间接影响则在供应链。晟达电子业务处协理林振邦表示，订单会跟着放大。", date="2031-07-01"))
    names = _names(an)
    assert {"蓝鲸动力", "凯岚电池", "林振邦"} <= names, sorted(names)


def _rows(analysis, words):
    return [(e.date, e.precision, e.forecast) for e in analysis.events if words in e.text]


def test_a_month_before_zhongguo_is_the_month_and_measured_months_are_done():
    # the page's date lags its text (a Q&A page dated by its first question): still no forecast
    an = _run(_article("qa", "问答精选\n\n"
                             "据乘用车协会统计，4月中国新能源乘用车零售渗透率首度突破50%。\n\n"
                             "公司回答：您好！公司2031年4月传感器交付量为4.1万台，环比增长35%。\n\n"
                             "新馆于3月28日开放、4月3日开启首批团体预约以来，已接待游客十万人次。\n\n"
                             "预计5月交付量为5万台。", date="2031-03-29"))
    assert _rows(an, "渗透率") == [("2031-04", "month", False)], an.events
    assert _rows(an, "交付量为4.1万台") == [("2031-04", "month", False)], an.events
    assert ("2031-04-03", "day", False) in _rows(an, "首批团体预约"), an.events
    assert _rows(an, "预计5月") == [("2031-05", "month", True)], an.events  # a plan stays a forecast


def test_a_stamp_label_dates_no_event():
    an = _run(_article("quote", "行情页\n\n"
                                "蓝港科技（301999）最新：38.62 +4.13% 更新时间：2031-05-10 15:00\n\n"
                                "博物馆官网 发布时间：2031-05-09\n\n"
                                "公司5月8日发布年度报告。", date="2031-05-12"))
    assert not _rows(an, "最新"), an.events
    assert not _rows(an, "博物馆官网"), an.events
    assert _rows(an, "年度报告") == [("2031-05-08", "day", False)], an.events


def test_a_flattened_chronology_box_gives_one_row_per_entry():
    for sep in ("\u3000", "  "):
        box = sep.join(("渡轮公司大事记2029.03.30", "公司宣布进军跨海客运，董事长称未来5年投入20亿元2029.09.01",
                        "渡轮公司注册成立，落脚临港新区2030.12.28", "首艘电动渡轮下水2031.03.28",
                        "电动渡轮正式首航2031.04.25", "亮相海事展"))
        an = _run(_article("box", "渡轮一年\n\n首航一个月，客流稳步上升。\n\n" + box, date="2031-05-06"))
        rows = {e.date: e.text for e in an.events}
        assert rows.get("2029-09-01") == "渡轮公司注册成立，落脚临港新区", rows
        assert rows.get("2030-12-28") == "首艘电动渡轮下水", rows
        assert rows.get("2031-03-28") == "电动渡轮正式首航", rows
        assert rows.get("2031-04-25") == "亮相海事展", rows
        assert "20亿元" in rows.get("2029-03-30", "") and "2029" not in rows.get("2029-03-30", ""), rows


def test_a_long_alliance_opens_on_its_place_and_a_name_ending_on_xia_stays_listed():
    an = _run(_article("school", "外观设计之争\n\n"
                                 "东华大学材料学院研究员许青也持同样看法。\n\n"
                                 "北京亦庄新能源智能汽车产业联盟（以下简称“联盟”）发布评估报告。\n\n"
                                 "此外，因赛集团、云从科技、易点天下、汉王科技等上市公司也作出回复。", date="2031-06-01"))
    names = _names(an)
    assert {"东华大学", "北京亦庄新能源智能汽车产业联盟", "易点天下"} <= names, sorted(names)


def test_a_magazine_byline_names_its_writer_and_photographer():
    for byline in ("文／林晓雨　摄影／王大川", "文/林晓雨 摄影/王大川", "渡轮之争：赢了客流，输了利润？文｜林晓雨　摄影／王大川",
                   "首航40天，客流翻番。文／林晓雨　摄影／王大川"):
        an = _run(_article("mag", "渡轮之争\n\n" + byline + "\n\n3月28日晚间，码头挤进了数千名乘客。", date="2031-05-06"))
        writer, photographer = _entity(an, "林晓雨"), _entity(an, "王大川")
        assert writer is not None and photographer is not None, (byline, sorted(_names(an)))
        assert "撰文" in (writer.role or "") and "摄影" in (photographer.role or ""), (byline, writer, photographer)


def test_a_model_number_glued_to_the_next_entry_still_splits_the_box():
    box = "\u3000".join(("大事记2029.09.01", "公司注册成立2030.12.28", "技术发布会，首度公开DX72031.03.28",
                         "DX7正式首航，票价每人80元"))
    an = _run(_article("box2", "渡轮一年\n\n首航一个月，客流稳步上升。\n\n" + box, date="2031-05-06"))
    rows = {e.date: e.text for e in an.events}
    assert rows.get("2030-12-28") == "技术发布会，首度公开DX7", rows
    assert rows.get("2031-03-28") == "DX7正式首航，票价每人80元", rows


def test_words_said_on_a_day_and_a_count_at_a_cut_off_day_are_done():
    # a Q&A page dated by its first question, before the answers' days: still no forecast
    an = _run(_article("qa2", "问答精选\n\n"
                              "网友提问：问某某科技：董事长4月24日说订单已经7万单，产能跟得上吗？\n\n"
                              "公司回答：您好，截至2031年4月30日，公司股东总户数为41,562户。\n\n"
                              "预计截至今年底，门店将达100家。\n\n"
                              "公司将于5月8日宣布新品。", date="2031-03-29"))
    assert _rows(an, "股东总户数") == [("2031-04-30", "day", False)], an.events
    assert all(not f for _, _, f in _rows(an, "董事长4月24日说")), an.events
    assert all(f for _, _, f in _rows(an, "门店将达")), an.events
    assert _rows(an, "宣布新品") == [("2031-05-08", "day", True)], an.events
