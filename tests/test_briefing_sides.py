"""Citations that take the other side, and contentions found from the corpus itself (issue 13,
properties 2 and 6). The story is invented (a car, 极光E7, by 极光汽车); the taxonomy names only
the topic, so every question here is found without an editor's cue word."""

from __future__ import annotations

from generator.analyse.polarity import kind_of, polarity
from test_briefing_properties import _article, _citing, _run

TOPIC = "topic:\n  label: 极光E7\n  terms: [极光E7, 极光汽车]\n"

CAR = (
    ("a", "极光汽车昨晚发布极光E7，起售价19.9万元。\n\n"
          "极光汽车董事长王朗在发布会上表示：“我们不是来打价格战的，极光要做最好开的中型轿车。”\n\n"
          "业内人士认为，极光E7的定价将进一步加剧中型电动车市场的价格战。\n\n"
          "极光E7首批交付仪式将于5月8日在合肥工厂举行。"),
    ("b", "分析师李青认为，极光E7的入场会让中型电动车市场的价格战更加白热化。\n\n"
          "甲证券分析师赵明估算，极光E7每卖出一辆平均亏损约8000元，极光汽车今年经营亏损或达20亿元。\n\n"
          "甲证券预计极光E7今年交付量可达12万辆以上。"),
    ("c", "乙证券分析师孙立指出，按当前定价，极光E7单车毛利已经为正，所谓亏本卖车的说法并不准确。\n\n"
          "王朗也坦言，极光E7现在确实是亏钱在卖。\n\n"
          "丙证券分析师周航预计，极光E7今年只能交付5万至7万辆，低于极光汽车定下的12万辆目标。\n\n"
          "发布首日，极光E7的订单突破6万台，不过其中含有一定观望成分，这个数字有水分。"),
)


def _points_with(an, text):
    return [p for p in an.points if any(text in c.quote for c in p.citations)]


def test_a_sentence_takes_the_side_its_own_words_take():
    assert polarity("我们不是来打价格战的，我们要做最好开的车。") == {"price-war": -1}
    assert polarity("它的入场会让价格战更加白热化。") == {"price-war": 1}
    assert polarity("单车毛利已经为正，所谓亏本卖车的说法并不准确。") == {"loss": -1}
    assert polarity("这家公司很难从这款车身上赚到钱。") == {"loss": 1}
    assert polarity("有券商解读为很高的转化率，我恰恰认为它说明了首日数字的水分。") == {"demand-real": -1}
    assert polarity("竞争应该是效率的竞争，而不是谁更能承受亏损的竞争。") == {}
    assert polarity("市场在订单超预期和持续亏损之间反复拉扯。") == {}, "a sentence describing the dispute takes no side"
    assert kind_of({"loss": -1}) == "impact" and kind_of({"demand-real": -1}) == "limit"


def test_a_denial_is_never_cited_for_the_claim_it_denies(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in CAR], TOPIC)
    [war] = _citing(an, "b", "价格战更加白热化")
    assert not any("不是来打价格战" in c.quote for c in war.citations), war.citations
    for p in _points_with(an, "亏损约8000元"):
        assert not any("毛利已经为正" in c.quote for c in p.citations)
    for p in _points_with(an, "12万辆以上"):
        assert not any("只能交付" in c.quote for c in p.citations), "an opposing forecast is no second source"


def test_opposite_sides_of_a_question_are_a_contention_with_both_arguments(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in CAR], TOPIC)
    by_side = {}
    for c in an.contentions:
        for side in (c.a, c.b):
            for x in side.citations:
                by_side.setdefault(x.quote, (c, side))
    def side_of(text):
        hit = [v for q, v in by_side.items() if text in q]
        assert hit, (text, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions])
        return hit[0]
    war, yes = side_of("价格战更加白热化")
    war2, no = side_of("不是来打价格战")
    assert war is war2 and yes is not no, "a price war and its denial are one question, two sides"
    assert "不是来打价格战" in no.statement and "王朗" in {s.name for s in no.speakers}
    loss, lose = side_of("亏损约8000元")
    loss2, profit = side_of("毛利已经为正")
    assert loss is loss2 and lose is not profit
    assert "毛利" in profit.statement and "孙立" in {s.name for s in profit.speakers}
    assert "赵明" in {s.name for s in lose.speakers}
    target, above = side_of("12万辆以上")
    target2, below = side_of("只能交付")
    assert target is target2 and above is not below, "a forecast above and one below the target"


def test_the_side_taken_decides_the_kind(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in CAR], TOPIC)
    for p in _points_with(an, "数字有水分"):
        assert p.kind == "limit", (p.statement, p.category)
    for p in _points_with(an, "毛利已经为正"):
        assert p.kind == "impact", "a counter-claim that the topic makes money is no limit"
    assert not _points_with(an, "交付仪式将于"), "a scheduled ceremony is no limit"


COLUMN = (
    ("a", "极光E7上市一周。\n\n"
          "丁证券等机构认为，极光E7的入局会倒逼传统车企加快转型，最终让消费者受益。"
          "我并不否认竞争的价值，但竞争应该是技术的竞争，极光E7的价格战只会让供应商承压。\n\n"
          "简评：极光E7的订单数字本身含有一定观望成分，但锁单已足以让工厂排产到下半年。\n\n"
          "发布会当晚，多家车企的创始人悉数到场，场面一度被网友称为“团建”，极光E7的价格也让友商承压。"),
)


def test_a_rebuttal_in_the_first_person_is_not_the_previous_holders(tmp_path):
    an = _run(tmp_path, [_article(s, b) for s, b in COLUMN], TOPIC)
    assert _points_with(an, "我并不否认") and _points_with(an, "观望成分")
    for p in _points_with(an, "我并不否认"):
        assert "丁证券等机构" not in {s.name for s in p.speakers}, p.speakers
        assert not p.statement.startswith("我"), "a concession is not the claim: what follows 但 is"
    for p in an.points:
        names = {s.name for s in p.speakers}
        assert not names & {"简评", "场面一度被网友", "网友"}, (p.statement, names)


def test_the_statement_is_what_the_topic_did_never_the_background_or_the_articles_day(tmp_path):
    arts = [
        _article("a", "极光E7昨晚上市。\n\n"
                      "事实上，自3月1日蓝海汽车推出7.98万元的海豚荣耀版以来，中型电动车行业已经陷入价格战与降价潮，"
                      "蓝海汽车的降价潮还在继续。\n\n"
                      "今天是节后首个交易日，极光汽车股价应声大涨，盘中一度涨超16%，收盘涨幅收窄至4%。"),
        _article("b", "分析师李青认为，极光E7的入场会让中型电动车市场的价格战更加白热化。\n\n"
                      "5月2日节后复市，极光汽车股价盘中一度大涨16%，收盘涨幅收窄至4%。"),
        _article("c", "丁证券认为，极光E7将进一步加剧中型电动车市场的价格战。\n\n"
                      "5月2日，极光汽车股价盘中一度涨超16%，收涨4%。"),
    ]
    an = _run(tmp_path, arts, TOPIC)
    [war] = _citing(an, "b", "价格战更加白热化")
    assert "极光E7" in war.statement, war.statement
    [rise] = _citing(an, "b", "股价盘中一度大涨16%")
    assert "今天" not in rise.statement, rise.statement


def test_the_same_fact_in_two_categories_is_one_point(tmp_path):
    arts = [
        _article("a", "极光E7昨晚上市。\n\n"
                      "值得注意的是，由于极光汽车尚未取得独立的整车生产资质，极光E7的生产企业为江淮越野车有限公司。"),
        _article("b", "极光E7上市一周。\n\n"
                      "极光E7的生产资质挂靠江淮越野车有限公司；电池、电驱等核心部件依赖外部供应商，产能受限。"),
        _article("c", "极光E7的订单突破6万台。"),
    ]
    an = _run(tmp_path, arts, TOPIC)
    found = _citing(an, "a", "生产资质")
    assert len(found) == 1 and set(found[0].articles) >= {"a", "b"}, \
        [(p.statement, p.category, p.articles) for p in an.points]


def test_a_list_item_led_by_a_firm_and_its_analyst_is_the_analysts(tmp_path):
    arts = [_article("a", "极光E7上市一周，机构观点如下。\n\n"
                          "- 乙证券（孙立）：按当前定价，极光E7单车毛利已经为正，所谓亏本卖车的说法并不准确。\n\n"
                          "- 丙证券（周航）：产能爬坡需要时间，预计极光E7今年交付仅5万辆，低于12万辆的目标。\n\n"
                          "- 产能：极光E7工厂一期年产能15万辆，短期内产能无法满足订单需求，产能不足，交付周期长达半年。")]
    an = _run(tmp_path, arts, TOPIC)
    [p] = _citing(an, "a", "毛利已经为正")
    assert [(s.name, s.role) for s in p.speakers] == [("孙立", "乙证券")]
    [q] = _citing(an, "a", "交付仅5万辆")
    assert [s.name for s in q.speakers] == ["周航"]
    assert not p.statement.startswith("-")
    [r] = _citing(an, "a", "交付周期长达半年")
    assert r.speakers == (), "a list item's heading names its subject, not a holder"


def test_the_same_answer_to_a_question_from_two_outlets_is_one_point(tmp_path):
    arts = [
        _article("a", "极光E7上市首日订单突破6万台。\n\n"
                      "简评：6万台这个数字本身含有一定观望成分，大定7天内可退。"),
        _article("b", "极光E7的订单很热闹。\n\n"
                      "有券商把锁单比例解读为很高的转化率，我恰恰认为它说明了6万台这个首日数字的水分。"),
        _article("c", "乙证券分析师孙立认为，极光E7的锁单比例很高，说明需求是真实的。"),
    ]
    an = _run(tmp_path, arts, TOPIC)
    found = _citing(an, "a", "观望成分")
    assert len(found) == 1 and set(found[0].articles) >= {"a", "b"}, \
        [(p.statement, p.category, p.articles) for p in an.points]
    assert found[0].kind == "limit"
    assert not any("需求是真实的" in c.quote for c in found[0].citations)
