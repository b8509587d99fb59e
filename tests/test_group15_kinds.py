"""Kinds and categories that fit any topic (issue 13, properties 3, 5, 8), on sentences written for
the test in several received forms (an official notice, a forum thread, a Q&A transcript, a
traditional-script report), on topics none of the corpora cover: a border hall's queues, a metro
line, a concert tour's tickets, a ferry's fares.

- a problem remedied (a wait cut to a stated time, a capacity raised to a stated count, a supply
  stepped up, a problem that stopped) is a response, an impact, not a limit (``remedies``);
- a price of anything that rises ("门票报价大涨三成") is a price, not a share price; a report's note
  on its data sources is no limit; no general category is named after one topic ("训练数据");
- a category a sentence fell to by none of its own words neither joins it to another outlet's
  sentence nor keeps it apart from one (``grouping._fit``).
"""

from __future__ import annotations

from generator.analyse import claims
from generator.analyse.claims import Candidate, _signals, classify
from generator.analyse.general import GENERAL_CATEGORIES, GENERAL_SIGNALS
from generator.analyse.grouping import cluster
from generator.analyse.remedies import remedied
from generator.analyse.taxonomy import load_taxonomy
from generator.analyse.text import Sentence, content_tokens, idf
from test_briefing_properties import _article, _citing, _run


def _problems(text):
    return _signals(text, GENERAL_SIGNALS["limit"])


def test_a_problem_remedied_is_a_response_in_any_form():
    remedies = [
        # an official notice
        "自3月1日起，出入境大厅增设8个办理窗口，市民平均等候时间由2小时缩短至30分钟以内。",
        # a Q&A transcript
        "答：地铁5号线高峰期班次由每小时12趟增至20趟，早高峰已不再出现站台滞留。",
        # a forum reply
        "5楼：今天再去办证，排队时间缩短到20分钟左右了，效率高多了。",
        # a company statement (a supply stepped up)
        "星河文化股份有限公司表示，售票系统已满负荷运行，客服增派人员二十四小时值守。",
    ]
    for text in remedies:
        assert remedied(text, _problems), text
    problems = [
        # the problem itself, in a forum thread
        "3楼：博物馆预约系统还是崩，排队两小时进不去，周末根本约不上。",
        # a remedy that the sentence turns against
        "码头通关时间缩短至1小时，但旺季仍然大量滞留。",
        # a remedy reported next to a problem of its own
        "部分门店出现断货，主要是需求集中释放所致，公司正在加快发货。",
        # something bad that rises, or a good thing cut
        "票价由20元提高至35元。",
        "退货率从5%上升至12%。",
        "保质期缩短至3天。",
        # a plan still out of reach
        "要在三年内把运力做到每天十万人次，需要全线改造信号系统，难度很大。",
    ]
    for text in problems:
        assert not remedied(text, _problems), text


BORDER = "topic:\n  label: 蓝港口岸\n  terms: [蓝港口岸]\n"


def test_a_remedy_is_an_impact_point_and_the_queue_a_limit(tmp_path):
    # an official notice, a forum thread and a traditional-script report on the same border hall
    a = _article("a", "蓝港口岸通关情况通报\n\n"
                      "国庆假期首日，蓝港口岸旅客通关排队时间过长，部分旅客滞留超过3小时，引发集中投诉。\n\n"
                      "经连夜调整，蓝港口岸旅客通关排队时间由3小时以上缩短至40分钟以内，未再发生集中投诉。")
    b = _article("b", "【蓝港口岸过关实况】\n\n1楼：蓝港口岸排队太长了，首日排了三个多小时，小孩都哭了。\n\n"
                      "2楼：今天再过蓝港口岸，排队时间缩短到30分钟左右了。")
    c = _article("c", "藍港口岸假期首日大排長龍，旅客排隊逾3小時，現場怨聲載道。", "zh-Hant")
    an = _run(tmp_path, [a, b, c], BORDER)
    remedy = [p for p in _citing(an, "a", "缩短至40分钟") if p.kind != "contention"]
    assert remedy and all(p.kind == "impact" for p in remedy), [(p.kind, p.category) for p in remedy]
    queue = [p for p in _citing(an, "a", "滞留超过3小时") if p.kind != "contention"]
    assert queue and all(p.kind == "limit" for p in queue), [(p.kind, p.category) for p in queue]


def _taxonomy(tmp_path, label="星河巡演"):
    path = tmp_path / "taxonomy.yml"
    path.write_text(f"topic:\n  label: {label}\n  terms: [{label}]\n", encoding="utf-8")
    return load_taxonomy(path)


def test_a_price_that_rises_is_a_price_and_a_share_that_rises_a_market_move(tmp_path):
    tax = _taxonomy(tmp_path)
    for text in ("受场馆租金上涨影响，星河巡演的门票报价大涨三成，内场票贵了400元。",
                 "据统计，星河巡演开售当晚，黄牛票价格大涨，最高炒到原价的5倍。"):
        got = classify(text, tax)
        assert got and got[0].category.id == "pricing", (text, got and got[0].category.id)
    got = classify("星河巡演开票后，主办方星河文化的股价大涨8%。", tax)
    assert got and got[0].category.id == "market"


def test_a_note_on_data_sources_is_no_limit_and_no_category_is_named_for_one_topic(tmp_path):
    tax = _taxonomy(tmp_path)
    assert classify("本报告数据来源于票务平台2024年1月至3月的订单数据。", tax) is None
    got = classify("星河巡演的观众调查样本量太小，数据不足，结论难以推广。", tax)
    assert got and got[0].category.kind == "limit"
    labels = {cid: label for cid, _, label, _, _ in GENERAL_CATEGORIES}
    assert "训练" not in labels["data"], labels["data"]
    # a side taken with no category of its kind: a condition, not "not mature / overstated"
    assert claims.FALLBACK["limit"] != "maturity"


def _placed(article, text, category, hits=()):
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, text, text, text), category, "impact", 4.0, hits)


def _groups(pairs):
    filler = [Sentence("z", "p1", i, 0, 0, t, t, t, t) for i, t in enumerate(
        ["码头附近的餐馆很冷清。", "海事部门已介入调查。", "岛上居民只能改乘其他渡轮。", "旅客表示行程被打乱。"] * 3)]
    cands = [_placed(*p) for p in pairs]
    weights = idf([content_tokens(s.simple) for s in [c.sentence for c in cands] + filler])
    return cluster(cands, weights, frozenset({"蓝湾轮渡"}), None, lambda t: False)


def test_a_catch_all_category_neither_joins_nor_separates():
    fare = ("a", "蓝湾轮渡宣布，下月起往返船票票价上调三成。", "pricing", ("票价",))
    # another outlet, the same claim, placed by none of its words (a consensus fact, "event")
    same = ("b", "蓝湾轮渡下月起往返船票上调三成，岛民出行成本增加。", "event", ())
    assert len(_groups([fare, same])) == 1
    # ... and placed by words of another category: only a near rewording joins
    assert len(_groups([fare, same[:2] + ("business", ("成本",))])) == 2
    # two catch-all sentences of two outlets, two claims: one catch-all category ties nothing
    night = ("c", "蓝湾轮渡下月起停开夜班船，岛民出行更不方便。", "scope", ())
    late = ("d", "蓝湾轮渡下月起往返船票票价上调，岛民意见很大。", "scope", ())
    assert len(_groups([night, late])) == 2
    assert len(_groups([fare, night[:2] + ("event", ())])) == 2


def test_a_number_and_its_measure_word_ties_no_two_claims():
    # a forum warning about one bad review and a reporter's note on one warm video, both placed
    # among the limits by no words of a category: "一条" and the medium are all they share
    review = ("a", "他提醒，宰客的行为虽然是少数，但在短视频时代，一条差评的传播力远远大于一百条好评。",
              "reception")
    video = ("b", "林老师说，这个梗让外地游客产生了强烈的被欢迎感，短视频上的每一条暖心视频都在转化成订单。",
             "reception")
    filler = [Sentence("z", "p1", i, 0, 0, t, t, t, t) for i, t in enumerate(
        ["码头附近的餐馆很冷清。", "海事部门已介入调查。", "岛上居民只能改乘其他渡轮。", "旅客表示行程被打乱。"] * 3)]
    cands = [_placed(*p) for p in (review, video)]
    weights = idf([content_tokens(s.simple) for s in [c.sentence for c in cands] + filler])
    groups = cluster(cands, weights, frozenset({"蓝湾轮渡"}), None, lambda t: t in {"一条", "视频"})
    assert len(groups) == 2, [[c.sentence.simple for c in g] for g in groups]
