"""The general taxonomy places technology, business and policy stories right (issue 13, properties 5
and 8): a cost above another's and a low yield are limits, a new round of controls is policy, a
launch with its price is the news itself, a rival's move is competition, a figure of speech names
no market and no safety (synthetic articles on made-up topics)."""
from __future__ import annotations

import pytest

from generator.analyse import analyse
from generator.analyse.claims import classify
from generator.analyse.limitshapes import limit_shape
from generator.analyse.pointcategory import statement_category
from generator.analyse.taxonomy import load_taxonomy
from generator.articles import parse_body
from generator.model import Article

TOPIC = "topic:\n  label: 青鸾\n  terms: [青鸾, 云岭科技]\n"


def _tax(tmp_path):
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    return load_taxonomy(path)


def _article(slug, body):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script="zh-Hans",
                   blocks=parse_body(body), outlet=f"{slug}报", date="2025-05-01")


@pytest.mark.parametrize("sentence", [
    "以湿法工艺生产，青鸾电池的成本较同行高出约四成。",                # batteries
    "新疫苗单剂的制造成本约为进口产品的1.5倍以上。",                    # a vaccine
    "改用国产钢材后，桥梁的建设周期也会拉长，承建方愿意吃下这笔开支。",  # a bridge
    "这家工厂的能耗比行业平均水平高出两成。",                          # a plant
])
def test_a_cost_above_anothers_or_risen_is_a_limit_of_cost(tmp_path, sentence):
    assert limit_shape(sentence) in {"cost", "profit"}
    got = classify(sentence, _tax(tmp_path), "limit", sided=True)
    assert got is None or got[0].category.kind == "limit"


@pytest.mark.parametrize("sentence", ["规模化生产让电池成本下降了三成。", "新工艺使单剂成本降低了2倍。",
                                      # a cost the news raises is its effect, no limit of its subject
                                      "这一调整使单餐综合成本上升了10%到15%。", "改回现场加工增加的人力成本由财政承担。"])
def test_a_cost_cut_or_a_cost_the_news_raises_is_no_burden(sentence):
    assert limit_shape(sentence) != "cost"


@pytest.mark.parametrize("sentence", [
    "据业内人士估计，该面板产线的良品率仅在四成左右。",
    "青鸾电芯的良率大致在20%到40%之间，不同批次差异明显。",
    "这条产线良率也就三四成，远未达到量产要求。",
])
def test_a_low_yield_is_a_limit_of_capacity(sentence):
    assert limit_shape(sentence) == "supply"


@pytest.mark.parametrize("sentence", ["经过半年调试，产线良率提升至90%。", "良率达到95%以上，已具备量产条件。"])
def test_a_yield_raised_high_is_no_limit(sentence):
    assert limit_shape(sentence) == ""


def test_a_new_round_of_controls_is_policy_not_funding(tmp_path):
    tax = _tax(tmp_path)
    got = classify("有报道称，政府正在酝酿新一轮针对无人机零部件的管制措施。", tax, "impact", sided=True)
    assert got is not None and got[0].category.id == "policy"
    # a new round of funding stays funding
    got = classify("云岭科技完成新一轮融资，估值达50亿元。", tax, "impact", sided=True)
    assert got is not None and got[0].category.id == "funding"


@pytest.mark.parametrize("statement", [
    "5月8日上午，云岭科技在官方商城开售青鸾X1，16GB+1TB版本售价8999元。",
    "青鸾汽车正式上市，长续航版售价25.8万元。",
    "云岭科技推出青鸾联名拿铁，定价19元。",
])
def test_a_launch_with_its_price_is_the_news_itself(tmp_path, statement):
    assert statement_category(statement, "pricing", _tax(tmp_path)) == "event"


@pytest.mark.parametrize("statement", [
    "青鸾X1开售一周后官方降价1000元，售价降至7999元。",
    "青鸾汽车正式上市，售价比同级车型便宜约3万元。",
    "云岭科技推出青鸾联名拿铁，首周定价9.9元并发放优惠券。",
])
def test_a_price_moved_or_compared_at_a_launch_stays_a_price_effect(tmp_path, statement):
    assert statement_category(statement, "pricing", _tax(tmp_path)) == "pricing"


@pytest.mark.parametrize("statement", [
    "另外三家厂商近年来纷纷发力高端机型，而青鸾恰恰卡在这一价位段。",
    "多家车企纷纷入局增程车型，市场竞争骤然升温。",
])
def test_a_rivals_move_is_competition_not_the_event(tmp_path, statement):
    assert statement_category(statement, "event", _tax(tmp_path)) == "competition"


def test_a_figure_of_speech_names_no_market_and_no_safety(tmp_path):
    tax = _tax(tmp_path)
    got = classify("再往下一代工艺走，难度是指数级上升的，不是砸钱就能解决。", tax)
    assert got is None or got[0].category.id != "market"
    got = classify("外交部发言人表示，中方一贯反对将经贸问题政治化、泛安全化，打压阻挡不了发展。", tax)
    assert got is not None and got[0].category.id == "diplomacy" and got[0].category.kind == "impact"
    # a stock index is still the market's
    got = classify("受此影响，上证指数当日下跌2.1%，科技板块领跌。", tax)
    assert got is not None and got[0].category.id == "market"


def test_a_cost_stated_by_three_outlets_is_one_limit_in_the_briefing(tmp_path):
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    arts = [
        _article("a", "云岭科技发布青鸾电池。\n\n业内人士指出，以湿法工艺生产，青鸾电池的成本较同行高出约四成。"),
        _article("b", "青鸾电池昨日亮相。\n\n分析师估算，湿法工艺使青鸾电池的单体成本约为同行的1.4倍以上。"),
        _article("c", "青鸾电池开售。\n\n有工程师说，湿法工艺的青鸾电池成本比同行高出一大截，生产周期也会拉长。"),
    ]
    an, _ = analyse(arts, taxonomy_path=path, overrides_path=None)
    cited = [p for p in an.points if any("湿法工艺" in c.quote for c in p.citations)]
    assert cited and all(p.kind == "limit" for p in cited)
    assert {p.category for p in cited} <= {"cost", "profit", "scope"}


@pytest.mark.parametrize("sentence, category", [
    ("消息传出后，青鸾概念股集体高开，多只个股涨停。", "market"),
    # a rule making expansion harder is a limit of capacity
    ("新规堵住了设备进口的漏洞，青鸾扩充产能的难度将进一步增加，明年出货或受供应制约。", "supply"),
    # a device's faults in use are a limit of its quality
    ("有用户在社交平台反映，青鸾平板玩大型游戏时机身发热明显、耗电较快。", "quality"),
    ("不少车主反映，青鸾电动车冬季续航缩水，耗电严重。", "quality"),
])
def test_moves_rules_and_faults_are_filed_under_what_they_are(tmp_path, sentence, category):
    got = classify(sentence, _tax(tmp_path))
    assert got is not None and got[0].category.id == category


def test_a_gap_said_of_supply_is_supply(tmp_path):
    tax = _tax(tmp_path)
    assert statement_category("我们判断全年实际出货约800万台，差距主要来自电芯供给。", "quality", tax) == "supply"


@pytest.mark.parametrize("statement, placed, category", [
    ("政策公布后，上证综指由2748点升至3674点，区间最大涨幅约34%，沪深两市成交额创纪录。", "policy", "market"),
    ("受新规影响，云岭科技股价今早低开3%，个股普遍走低。", "policy", "market"),
    # a share opening lower on a rule is the market's move, not the rule
    ("受新规影响，云岭科技今早低开3.1%，同业跌2.4%，但设备股逆市造好。", "policy", "market"),
    ("降价消息公布后，青鸾汽车订单量突破10万台，交付量突破预期。", "pricing", "demand"),
])
def test_a_claim_after_a_clause_of_its_cause_is_filed_by_what_follows(tmp_path, statement, placed, category):
    assert statement_category(statement, placed, _tax(tmp_path)) == category


def test_a_cause_clause_leaves_a_claim_of_its_own_category_alone(tmp_path):
    statement = "新规实施后，监管部门又出台了配套审批规定。"
    assert statement_category(statement, "policy", _tax(tmp_path)) == "policy"


@pytest.mark.parametrize("body", [
    "刚看到新闻，又有议员要求全面断供云岭科技，真是一出接一出。",
    "多名议员呼吁进一步收紧对云岭科技的制裁。",
    "听证会上，多名议员要求对云岭科技实施禁运，切断其芯片供应。",
])
def test_a_measure_called_for_is_a_policy_move_not_a_shortage(tmp_path, body):
    path = tmp_path / "taxonomy.yml"
    path.write_text(TOPIC, encoding="utf-8")
    art = _article("a", "云岭科技发布青鸾芯片。\n\n" + body)
    an, _ = analyse([art], taxonomy_path=path, overrides_path=None)
    cited = [p for p in an.points if any(body[:8] in c.quote for c in p.citations)]
    assert cited and all(p.kind == "impact" for p in cited)
