"""A country's countermeasure in a trade dispute is an effect of the news, not a lawsuit against
its subject (issue 13): a probe into another economy's goods or a case taken to the WTO is filed
under trade or diplomacy, never under "lawsuits, fines and investigations"; a fine, a court's
ruling or a stalled case stays a limit; a list of makers ("甲、乙等车企") is no wait for a car
(synthetic sentences on made-up topics)."""
from __future__ import annotations

import pytest

from generator.analyse.claims import classify
from generator.analyse.taxonomy import load_taxonomy
from generator.analyse import analyse
from generator.analyse.pointkind import stated_kind
from generator.analyse.tradecases import trade_case
from generator.analyse.votes import decided
from generator.articles import parse_body
from generator.model import Article

TOPIC = "topic:\n  label: 北陆光伏组件关税\n  terms: [光伏组件, 关税, 北陆]\n"


def _tax(tmp_path):
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    return load_taxonomy(path)


@pytest.mark.parametrize("sentence", [
    "作为回应，南洲商务部宣布对原产于北陆的进口葡萄酒发起反倾销调查。",
    "三月，南洲又对北陆奶酪立案调查，并就北陆的关税向世界贸易组织提起诉讼。",
    "南洲随后启动对北陆钢材的反补贴调查，外界普遍视之为反制。",
])
def test_a_probe_or_wto_case_opened_is_trade_policy_not_a_lawsuit(tmp_path, sentence):
    assert trade_case(sentence)
    got = classify(sentence, _tax(tmp_path))
    assert got is None or got[0].category.kind == "impact"


@pytest.mark.parametrize("sentence", [
    "北陆竞争局对该组件厂商立案调查，并处以两亿元罚款。",          # a fine: the subject's problem
    "世贸组织上诉机构停摆多年，起诉即便胜诉也旷日持久。",            # a stalled route: a limit of it
    "法院判决该公司赔偿客户损失。",
])
def test_a_fine_a_ruling_or_a_stalled_case_is_no_trade_case(sentence):
    assert not trade_case(sentence)


def test_makers_listed_wait_for_no_car(tmp_path):
    sentence = "南洲在甲、乙、丙等车厂强力游说下投下反对票，三大车厂在北陆市场的营收比重都很高，担心遭到报复。"
    got = classify(sentence, _tax(tmp_path))
    assert got is None or got[0].category.id != "supply"
    # a real wait for a car is still one
    got = classify("订单太多，消费者排队等车要半年，产能跟不上。", _tax(tmp_path))
    assert got is not None and got[0].category.id == "supply"


@pytest.mark.parametrize("sentence", [
    "北陆议会周四表决该法案，结果210票赞成、180票反对、15票弃权。",
    "在上月的表决中，南洲投下反对票，另有三国弃权。",
    "南洲光伏协会及多家组件厂商此前多次公开反对加征关税。",
    "三大组件厂商在北陆的营收占比很高，最担心的就是北陆报复。",
])
def test_a_vote_or_a_stance_on_a_measure_is_a_decision_not_criticism(sentence):
    assert decided(sentence)
    assert stated_kind(sentence) == "impact"


@pytest.mark.parametrize("sentence", ["不少用户反对新版界面，吐槽操作变复杂。", "网友反对涨价，投诉不断。",
                                      "车主担心电池安全，投诉不断。"])
def test_users_opposing_a_product_change_are_still_criticism(sentence):
    assert not decided(sentence)
    assert stated_kind(sentence) != "impact"


def test_a_tallied_vote_in_an_article_is_an_impact_point(tmp_path):
    (tmp_path / "taxonomy.yml").write_text(TOPIC, encoding="utf-8")
    bodies = {
        "a": "北陆光伏组件关税方案周五付诸表决。\n\n北陆27个成员国中，9国赞成、6国反对、12国弃权，方案获得通过。",
        "b": "北陆光伏组件关税方案表决结果出炉。\n\n在周五的表决中，北陆27国有9国赞成、6国反对、12国弃权。",
    }
    arts = [Article(slug=k, source=f"{k}.txt", title=k, script="zh-Hans", blocks=parse_body(v),
                    outlet=f"{k}报", date="2025-05-01") for k, v in bodies.items()]
    an, _ = analyse(arts, taxonomy_path=tmp_path / "taxonomy.yml", overrides_path=None)
    tally = [p for p in an.points if any("弃权" in c.quote for c in p.citations)]
    assert tally and all(p.kind == "impact" for p in tally)
