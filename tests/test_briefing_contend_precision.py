"""Contentions a reader can verify (issue 13, property 6, precision): no pair of sentences that agree, no
side that is an interviewer's question or a bare frame, no holder on the side they argue against, no
answer without content. The stories are invented for the test (a tram line, a school timetable, a
hospital merger, two airlines); the taxonomy names only a topic."""

from __future__ import annotations

from test_briefing_contend import _one, _sides
from test_briefing_properties import _article, _run

from generator.analyse.contentions import _both_deny

TOPIC = "topic:\n  label: 有轨电车\n  terms: [有轨电车]\n"


def test_a_point_the_writer_grants_is_no_dispute(tmp_path):
    a = _article("a", "有轨电车开通一个月，客流只有预测的一半。\n\n"
                      "如果票价不调整，那么未来十年里，每一年的运营补贴都将超过建设成本的一成。\n\n"
                      "当然，也有学者认为我低估了客流的增长。一位研究城市交通的学者对我说，新线路的客流通常要三年才能培养起来。"
                      "我同意这一点，恰恰因为要等三年，才更需要现在就调整票价。")
    an = _run(tmp_path, [a], TOPIC)
    assert not _sides(an, "运营补贴"), [(c.a.statement, c.b.statement) for c in an.contentions]


def test_a_point_someone_else_made_stays_disputed_when_the_writer_agrees_with_the_answer(tmp_path):
    a = _article("a", "市交通局局长郑凯表示，有轨电车开通后，沿线的拥堵将明显缓解。"
                      "但也有交通专家持不同看法。交通专家孙立认为，电车与汽车共用路口，拥堵缓解的效果有限。"
                      "我同意这一点。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "明显缓解")
    assert "郑凯" in {s.name for s in claim.speakers} and "孙立" in {s.name for s in answer.speakers}


def test_two_sentences_both_saying_cannot_agree():
    assert _both_deny("国内市场的消化能力有限，难以完全替代出口市场。", "周边国家的加工能力，短期内都比不上本地。")
    assert not _both_deny("外地工厂很快就能完全替代本地工厂。", "周边国家的加工能力，短期内都比不上本地。")
    assert not _both_deny("也不能说我们完全准备好了，门槛是很高的。", "所谓“全国第一”的自我表扬，让人笑而不语。"), \
        "an answer with a stance word of its own still answers"


def test_but_someone_thinks_after_a_fact_answers_no_one(tmp_path):
    a = _article("a", "有轨电车开通后，沿线商铺的租金上涨了两成。但业内普遍认为，租金上涨难以持续，客流才是关键。")
    an = _run(tmp_path, [a], TOPIC)
    assert not _sides(an, "租金上涨"), [(c.a.statement, c.b.statement) for c in an.contentions]


def test_a_concession_then_its_turn_the_side_is_the_turn(tmp_path):
    a = _article("a", "有人会说，电车票价上调两元，恰恰说明运营方已经难以为继。"
                      "这话只对了一半。票价上调对通勤族的影响确实首当其冲；但对运营方的收支而言，票款的分量很轻，补贴才是大头。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "难以为继")
    assert answer.statement.startswith("对运营方的收支而言"), answer.statement
    assert "首当其冲" not in answer.statement


def test_a_bare_frame_is_quoted_with_its_argument_and_the_holders_are_on_their_own_sides(tmp_path):
    a = _article("a", "执业律师周敏向本报表示，合并须经卫生部门批准，审批通常要一年以上。"
                      "「两家医院的科室几乎完全重叠，合并后裁员的机会相当高。」\n\n"
                      "医学院副教授吴倩则持不同看法。她指出，另一座城市的两家医院去年合并时没有裁员，"
                      "「有先例可循，并非必然裁员」，但这次规模更大，院方会非常审慎。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "机会相当高")
    assert {s.name for s in claim.speakers} == {"周敏"}, "a quotation is the words of the holder its paragraph names"
    assert {s.name for s in answer.speakers} == {"吴倩"}, "the pronoun is the frame's holder, never the claim's"
    assert answer.citations[0].quote.startswith("医学院副教授吴倩则持不同看法。她指出"), \
        "the frame is quoted with its argument, never alone"
    assert not any(x.quote.endswith("持不同看法。") for x in answer.citations)
    assert answer.statement.startswith("吴倩指出"), answer.statement


def test_a_refusal_and_a_forecast_about_another_actor_are_no_contention(tmp_path):
    a = _article("a", "民航分析师韩涛认为，新航线开通后，乙航空跟进调整票价只是时间问题。")
    b = _article("b", "甲航空方面表示，不会因为某一条新航线而调整票价体系。")
    an = _run(tmp_path, [a, b], TOPIC)
    assert not _sides(an, "调整票价"), [(c.a.statement, c.b.statement) for c in an.contentions]


def test_a_refusal_and_a_forecast_about_the_same_actor_are_a_contention(tmp_path):
    a = _article("a", "民航分析师韩涛认为，新航线开通后，甲航空跟进调整票价只是时间问题。")
    b = _article("b", "甲航空方面表示，不会因为某一条新航线而调整票价体系。")
    an = _run(tmp_path, [a, b], TOPIC)
    c, will, wont = _one(an, "只是时间问题")
    assert any("不会因为" in x.quote for x in wont.citations)


def test_an_answer_announced_without_its_content_is_no_side(tmp_path):
    a = _article("a", "有的网友怀疑，有轨电车的车厢是从外地旧车翻新的，有造假的嫌疑。\n\n"
                      "今天上午，运营方就有轨电车车厢来源作出了回应。\n\n"
                      "据了解，全线共有二十辆电车。")
    an = _run(tmp_path, [a], TOPIC)
    assert not _sides(an, "造假的嫌疑"), [(c.a.statement, c.b.statement) for c in an.contentions]


def test_an_answer_with_its_content_is_a_side(tmp_path):
    a = _article("a", "有的网友怀疑，有轨电车的车厢是从外地旧车翻新的，有造假的嫌疑。\n\n"
                      "今天上午，运营方就有轨电车车厢来源作出了回应。运营方称，全部车厢均为今年新造，出厂证明可以公开查询。")
    an = _run(tmp_path, [a], TOPIC)
    c, doubt, answer = _one(an, "造假的嫌疑")
    assert "今年新造" in answer.statement, answer.statement


def test_a_holder_stands_on_the_side_whose_statement_is_theirs():
    from generator.analyse.contentions import _one_side_each
    from generator.analyse.model import Citation, Contention, Side, Speaker

    def sp(name):
        return Speaker(name=name, role="", article="a", paragraph="p1", kind="person")
    will = Side("会取代", (), (Citation("a", "p3", "带来机遇的同时，周文认为，简单的排课工作未来可能被软件取代。"),),
                "周文认为，简单的排课工作未来可能被软件取代。", (sp("周文"),))
    wont = Side("不会取代", (), (Citation("a", "p2", "在他看来，排课软件依旧可以为教务处创造新岗位。"),
                                Citation("b", "p1", "教务主任林琳表示，排课软件不能完全替代教务人员的判断。")),
                "教务主任林琳表示，排课软件不能完全替代教务人员的判断。", (sp("周文"), sp("林琳")))
    held = {"p3": {"周文"}, "p2": {"周文"}, "p1": {"林琳"}}
    c = _one_side_each(Contention("contention-x", "排课软件会取代教务人员吗？", will, wont), lambda x: held[x.paragraph])
    assert [x.paragraph for x in c.b.citations] == ["p1"], "his own nuance is not an argument against himself"
    assert {s.name for s in c.b.speakers} == {"林琳"} and {s.name for s in c.a.speakers} == {"周文"}
