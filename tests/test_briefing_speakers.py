"""Who a point is credited to (issue 13): never a wrong speaker. Small articles written for the
test, on an invented topic ("Lumo", a chatbot by 星河科技), general categories only."""

from __future__ import annotations

from test_briefing_properties import _article, _citing, _run


def _names(point):
    return [s.name for s in point.speakers]


def test_a_holder_opening_a_later_sentence_takes_over_the_paragraph(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n"
                      "丙基金：AI赛道仍是未来一段时间的主线之一。丁基金：Lumo有望推动在线教育行业降本增效，带动相关企业的订单增长。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "在线教育")
    assert _names(p) == ["丁基金"]


def test_a_new_voice_in_the_paragraph_ends_the_holders_span(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n"
                      "工程院院士高明指出，中文语料只占训练数据的一小部分。"
                      "在此背景下，Lumo有望推动在线教育行业降本增效，带动相关企业的订单增长。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "在线教育")
    # the reporter's own text: its outlet's, never the academician's
    assert [(s.name, s.kind) for s in p.speakers] == [("a报", "org")]


def test_unnamed_sources_get_no_named_speaker(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n"
                      "科技公司总经理李明建议，投资者要兼顾应用落地和技术发展两条时间线。"
                      "另有多家上市公司称，Lumo有望推动在线教育行业降本增效，带动相关企业的订单增长。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "在线教育")
    assert "李明" not in _names(p)


def test_a_quotation_continuing_the_holders_sentence_is_theirs(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n"
                      "行业协会秘书长钟明表示，创意会成为竞争的核心。"
                      "「Lumo将大幅降低客服行业的人工成本，客服外包企业的订单有望被颠覆。」")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "客服外包企业")
    assert _names(p) == ["钟明"]


def test_he_is_the_person_of_this_or_the_previous_paragraph_only(tmp_path):
    said = "他认为，Lumo将大幅降低客服行业的人工成本，带动企业订单增长。"
    near = _article("a", "星河科技首席执行官王宏在发布会上介绍了新产品Lumo。\n\n" + said)
    [p] = _citing(_run(tmp_path, [near]), "a", "客服行业")
    assert _names(p) == ["王宏"]
    far = _article("a", "星河科技首席执行官王宏在发布会上介绍了新产品Lumo。\n\n"
                        "发布会吸引了上千名观众。\n\n现场还展示了多个应用案例。\n\n" + said)
    [p] = _citing(_run(tmp_path, [far]), "a", "客服行业")
    assert p.speakers == ()


def test_a_point_is_credited_only_to_the_quotes_that_make_it(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n甲证券认为，Lumo将大幅降低客服行业的人工成本，带动客服外包企业订单增长。")
    b = _article("b", "星河科技推出Lumo。\n\n乙证券认为，Lumo将大幅降低客服行业的人工成本，客服外包企业订单有望增长。")
    c = _article("c", "星河科技推出Lumo。\n\n丙证券认为，Lumo将带动算力需求，利好服务器厂商的订单。")
    an = _run(tmp_path, [a, b, c])
    [p] = _citing(an, "a", "客服")
    assert {ci.article for ci in p.citations} == {"a", "b"}
    assert set(_names(p)) == {"甲证券", "乙证券"}


def test_statements_drop_relative_time_and_list_fragments(tmp_path):
    a = _article("a", "星河科技推出Lumo。\n\n"
                      "上周四（21日），Lumo带动客服外包企业的订单大幅增长，相关企业股价上涨。\n\n"
                      "Lumo的影响有两方面。一是在线教育行业的人工成本将大幅降低，企业订单增长。")
    an = _run(tmp_path, [a])
    [p] = _citing(an, "a", "客服外包")
    assert not p.statement.startswith("上周四")
    assert p.statement.startswith("Lumo带动")
    assert not [q for q in an.points if q.statement.startswith("一是")]


def test_he_in_a_statement_becomes_the_name_the_text_gives(tmp_path):
    a = _article("a", "星河科技首席执行官王宏在发布会上介绍了新产品Lumo。\n\n"
                      "他认为Lumo将大幅降低客服行业的人工成本，带动企业订单增长。")
    [p] = _citing(_run(tmp_path, [a]), "a", "客服行业")
    assert p.statement.startswith("王宏认为")
