"""Contentions found without a list of questions (issue 13, property 6): a claim and its answer in
a rebuttal frame, within and across articles, an interview's answer to the claim its question
reports, another party's figure against one's own; and no contention where two sentences only
speak of different things. The stories are invented for the test; the taxonomy names only a topic."""

from __future__ import annotations

from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 海湾排放\n  terms: [海湾排放]\n"


def _sides(an, text):
    """(contention, side, other side) of every contention one of whose sides quotes ``text``."""
    out = []
    for c in an.contentions:
        for side, other in ((c.a, c.b), (c.b, c.a)):
            if any(text in x.quote for x in side.citations):
                out.append((c, side, other))
    return out


def _one(an, text):
    hits = _sides(an, text)
    assert len(hits) == 1, (text, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions])
    return hits[0]


def test_a_science_dispute_has_both_arguments_and_holders(tmp_path):
    a = _article("a", "化工厂上月开始向海湾排放处理过的废水。\n\n"
                      "监管机构发布的评估报告认为，排放对海洋生物和人体健康的影响“可以忽略不计”。\n\n"
                      "海洋学家林岚则对报告提出批评。她认为，报告只检测了少量水样，重金属的长期累积效应仍缺乏研究。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "可以忽略不计")
    assert any("提出批评" in x.quote for x in answer.citations)
    assert "长期累积效应" in answer.statement, "the side's argument is what its holder says, not the bare frame"
    assert "可以忽略不计" in claim.statement
    assert "林岚" in {s.name for s in answer.speakers}
    assert c.topic.endswith("？") and "可以忽略不计" in c.topic
    assert not any("开始向海湾排放" in x.quote for s in (c.a, c.b) for x in s.citations), "the background is no side"


def test_a_policy_effect_disputed_across_articles_is_one_contention(tmp_path):
    b = _article("b", "新关税从本月起生效。\n\n"
                      "甲证券分析师王强认为，进口钢材受限后，国内特钢企业将迎来“替代性需求”，"
                      "“国产替代空间在千亿元级别，相关企业的业绩有望在明年体现”。")
    c = _article("c", "关税消息公布后，钢铁股连续两日上涨，一些券商随即给出“国产替代空间在千亿元级别”的判断。"
                      "我对此持保留态度。进口特钢在国内消费中的占比不足2%，对任何一家上市钢厂的业绩贡献都相当有限。")
    an = _run(tmp_path, [b, c], TOPIC)
    con, answer, claim = _one(an, "持保留态度")
    assert {x.article for x in claim.citations} == {"b", "c"}, \
        "the claim a column answers brings in the article that makes it"
    assert "王强" in {s.name for s in claim.speakers}
    assert any("相当有限" in x.quote for x in answer.citations) and "相当有限" in answer.statement
    assert not any("相当有限" in x.quote for x in claim.citations)


def test_within_an_article_but_critics_say(tmp_path):
    a = _article("a", "市政府表示，新建的跨海大桥将在两年内明显缓解城东的交通拥堵。但也有交通专家持不同看法。"
                      "交通专家赵雷表示，大桥的通行能力有限，城东的拥堵主要来自内部道路，难以根本改变。\n\n"
                      "大桥预计明年五月通车。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "缓解城东的交通拥堵")
    assert any("通行能力有限" in x.quote for x in answer.citations)
    assert "通行能力有限" in answer.statement
    assert "赵雷" in {s.name for s in answer.speakers}
    assert not any("通车" in x.quote for s in (c.a, c.b) for x in s.citations)


def test_an_interview_answer_denying_the_claim_its_question_reports(tmp_path):
    a = _article("a", "问：厂方说排放“绝对安全”，你同意吗？\n\n"
                      "答：我不会用“绝对安全”这个说法。实验室的数据很好，但长期监测还需要时间验证。\n\n"
                      "问：排放要持续多久？\n\n"
                      "答：厂方的说法是大约5年，但设备老化的问题至今没有解决。我个人估计，至少要8年。")
    b = _article("b", "化工厂负责人周平在说明会上称，经过处理的废水排放“绝对安全”，各项指标均达标。")
    an = _run(tmp_path, [a, b], TOPIC)
    c, answer, claim = _one(an, "不会用")
    assert [x.article for x in claim.citations] == ["b"], \
        "the claim is the sentence that states what the question quotes, never the interviewer's question"
    assert "周平" in {s.name for s in claim.speakers}
    assert not any(x.quote.startswith("问") for s in (c.a, c.b) for x in s.citations)
    c2, answer2, claim2 = _one(an, "至少要8年")
    assert any(x.quote.endswith("大约5年") for x in claim2.citations), claim2.citations
    assert "8年" in answer2.statement and "5年" in claim2.statement


def test_an_interviewers_question_alone_is_no_side(tmp_path):
    a = _article("a", "问：厂方说排放“绝对安全”，你同意吗？\n\n"
                      "答：我不会用“绝对安全”这个说法。实验室的数据很好，但长期监测还需要时间验证。")
    an = _run(tmp_path, [a], TOPIC)
    assert not an.contentions, "nobody the reader can check holds the claim: only the interviewer asks it"


def test_two_aspects_without_a_disagreement_are_no_contention(tmp_path):
    a = _article("a", "分析师孙浩认为，新车型的续航达到700公里，在同级车型中领先。"
                      "分析师钱敏则表示，新车型的内饰采用了环保材料，座椅也更舒适。\n\n"
                      "市场方面，公司股价当天上涨5%。不过，公司表示将在下月发布新的配色。")
    b = _article("b", "业内人士指出，新车型的充电速度比上一代提升了一倍。\n\n"
                      "经销商李平说，新车型到店后试驾的顾客明显增多。")
    an = _run(tmp_path, [a, b], TOPIC)
    assert an.contentions == (), [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]


def test_a_speaker_turning_their_own_argument_is_no_contention(tmp_path):
    a = _article("a", "问：新规实施后效果如何？\n\n"
                      "答：从目前的数据看，排放确实减少了三成。但我要提醒一点，数据只覆盖了三个月。"
                      "我也不认为新规能解决所有问题，但方向是对的。")
    an = _run(tmp_path, [a], TOPIC)
    assert an.contentions == (), [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]


def test_opposite_judgements_of_one_subject_across_articles_without_a_frame(tmp_path):
    a = _article("a", "行业协会会长周岩认为，新规对中小养殖户而言是灭顶之灾，不少人将被迫退出。\n\n"
                      "经销商联合会表示，竞争对手跟进调整价格只是时间问题。")
    b = _article("b", "证券分析师郑凯表示，新规对中小养殖户的冲击有限，大部分养殖户已经完成改造。\n\n"
                      "竞争对手星光公司表示，不会因为某一款新车而调整价格体系。\n\n"
                      "证券分析师郑凯还表示，新规实施后饲料价格上涨了一成。")
    an = _run(tmp_path, [a, b], TOPIC)
    c, large, limited = _one(an, "灭顶之灾")
    assert any("冲击有限" in x.quote for x in limited.citations)
    assert "周岩" in {s.name for s in large.speakers} and "郑凯" in {s.name for s in limited.speakers}
    c2, will, refuse = _one(an, "只是时间问题")
    assert any("不会因为" in x.quote for x in refuse.citations) and c2 is not c
    assert not any("饲料价格" in x.quote for x in c.a.citations + c.b.citations + c2.a.citations + c2.b.citations)


def test_of_two_answers_joined_on_one_side_the_one_on_the_claims_subject_states_it(tmp_path):
    x = _article("x", "分析师甲认为，新规实施后本地养殖企业将迎来“替代性需求”，“国产替代空间在千亿元级别”。"
                      "但也有基金经理持不同看法。基金经理乙表示，盐业股的上涨完全是情绪驱动，很快会回落。")
    y = _article("y", "新规公布后，一些券商随即给出“国产替代空间在千亿元级别”的判断。我对此持保留态度。"
                      "进口在国内消费中的占比不足2%，对任何一家养殖企业的业绩贡献都相当有限。")
    an = _run(tmp_path, [x, y], TOPIC)
    [c] = an.contentions
    assert {q.article for q in c.a.citations} == {"x", "y"} and {q.article for q in c.b.citations} == {"x", "y"}
    assert "相当有限" in c.b.statement, c.b.statement
