"""What an event did is an impact, stated by a thing and its change of state (issue 13, properties 2, 5, 7).

Phenomena, none of them one topic's words:
- a thing disrupted or damaged ("航线中断", "集装箱积压", "厂房烧毁", "仓库进水") is an effect of
  the event, whatever the event; a supply short of need ("药品一度短缺", "缺口约20套") is a gap, a limit;
- a toll that occurred ("造成3名工人受伤", "直接经济损失超过2亿元") is a consequence reported, an impact
  (not a health risk); a toll only feared ("可能造成人员伤亡") is none;
- "尚未有…，但…可能上调": the lack before the turn is set aside, the claim is what follows 但.

Three invented stories in three forms unlike every corpus: a chemical plant fire told by a city's
press release, a port strike in a freight forwarder's customer notice, a drug shortage in a
hospital pharmacist's Q&A post.
"""

from __future__ import annotations

from generator.analyse.changes import quantity_change, shortfall, state_change, toll
from tests.test_briefing_recall import _article, _citing, _named_only, _run

FIRE = "topic:\n  label: 化工厂火灾\n  terms: [化工厂火灾, 起火]\n"
STRIKE = "topic:\n  label: 港口罢工\n  terms: [港口罢工, 罢工]\n"
DRUG = "topic:\n  label: 退烧药短缺\n  terms: [退烧药短缺, 退烧药]\n"

FIRE_ARTS = (
    ("a", "关于东郊化工厂火灾情况的通报",
     "3月4日凌晨，东郊工业园一化工厂起火。经全力扑救，明火于上午9时被扑灭。\n\n"
     "化工厂火灾造成3名工人受伤，直接经济损失超过2亿元，两栋厂房烧毁。\n\n"
     "受化工厂火灾影响，园区周边道路临时封闭，附近两所小学当天停课，下游三家涂料企业原料断供。"),
    ("b", "东郊起火后的第一周",
     "东郊化工厂起火后，下游涂料厂的原料一度短缺，部分订单延误。\n\n"
     "目前尚未有企业因化工厂火灾宣布涨价，但如果原料持续紧张，部分涂料产品价格可能上调5%至8%。"),
)
STRIKE_ARTS = (
    ("c", "【客户通知】关于西港罢工对出运的影响",
     "尊敬的客户：受西港码头工人罢工影响，本周起西港多条航线中断，码头集装箱大量积压，"
     "部分货物滞留港区超过十天。\n\n"
     "罢工期间，我司已为客户改走南港，海运费上涨约三成。"),
    ("d", "罢工第十天，码头边的司机们",
     "罢工第十天，排队等提柜的卡车排起长队，司机老周说他等了六个多小时。\n\n"
     "港口罢工目前没有造成人员伤亡，但可能造成更多航班延误。\n\n"
     "罢工暴露出西港的装卸业务仍高度依赖外包工人，不过这在全球港口本来就是常态。"),
)
DRUG_ARTS = (
    ("e", "儿童医院药学部：关于近期退烧药供应的说明",
     "各位家长：入冬以来退烧药需求激增，本院儿科退烧药一度短缺，部分规格缺口约两千盒。\n\n"
     "药学部已向三家供应商紧急补货，预计下周恢复供应。"),
    ("f", "跑了五家药店，还是没买到退烧药",
     "孩子半夜发烧，我跑了五家药店都说退烧药断货了，最后只买到一盒成人用的。\n\n"
     "药店店员说，退烧药这周进货量比平时少了一半。"),
)


def _sub(tmp_path, name):
    (tmp_path / name).mkdir()
    return tmp_path / name


def _kinds(an, art, text):
    got = _citing(an, art, text)
    return {p.kind for p in got}, [(p.kind, p.statement) for p in an.points]


def test_a_thing_disrupted_or_damaged_is_an_effect(tmp_path):
    an, _ = _run(_sub(tmp_path, "fire"), [_article(*a) for a in FIRE_ARTS], _named_only(FIRE))
    for art, text in (("a", "两所小学当天停课"), ("a", "原料断供")):
        kinds, allp = _kinds(an, art, text)
        assert kinds, (text, allp)
    an, _ = _run(_sub(tmp_path, "strike"), [_article(*a) for a in STRIKE_ARTS], _named_only(STRIKE))
    kinds, allp = _kinds(an, "c", "航线中断")
    assert kinds == {"impact"}, allp


def test_a_concession_after_a_limit_keeps_it_a_limit(tmp_path, monkeypatch):
    # (what follows 不过 states no effect of its own: it answers the dependence before it; read on
    # the candidates, before grouping)
    import generator.analyse as an_mod
    seen = []
    real = an_mod.relevant

    def keep(cands, *args, **kw):
        seen.extend(cands)
        return real(cands, *args, **kw)
    monkeypatch.setattr(an_mod, "relevant", keep)
    _run(tmp_path, [_article(*a) for a in STRIKE_ARTS], _named_only(STRIKE))
    got = [c.kind for c in seen if "仍高度依赖外包工人" in c.sentence.simple]
    assert got == ["limit"], [(c.kind, c.sentence.simple) for c in seen]


def test_a_toll_that_occurred_is_an_impact(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in FIRE_ARTS], _named_only(FIRE))
    kinds, allp = _kinds(an, "a", "3名工人受伤")
    assert kinds == {"impact"}, allp


def test_the_claim_is_what_follows_the_turn(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in FIRE_ARTS], _named_only(FIRE))
    kinds, allp = _kinds(an, "b", "可能上调5%至8%")
    assert kinds == {"impact"}, allp


def test_a_supply_short_of_need_is_a_limit(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in DRUG_ARTS], _named_only(DRUG))
    kinds, allp = _kinds(an, "e", "一度短缺")
    assert kinds == {"limit"}, allp


def test_the_shapes_read_what_happened_not_what_was_feared():
    assert state_change("码头集装箱大量积压") and state_change("两栋厂房烧毁") and state_change("仓库一楼进了水")
    assert not state_change("生产设施未受损") and not state_change("为避免航班延误")
    # (a state asked about is none: "有村民询问房子被淹后能赔多少" reports a question)
    assert not state_change("有车主向客服询问车辆被淹后能赔多少")
    assert shortfall("降压药、胰岛素一度短缺") and shortfall("部分规格缺口约两千盒")
    # (a duration lengthened or shortened by a figure is a quantity changed: a wait, a voyage, a test)
    assert quantity_change("提柜等待时间较平时延长两天") and quantity_change("化验报告出具时间缩短1小时")
    assert not quantity_change("合同有效期延长")
    assert toll("火灾造成3名工人受伤") and toll("直接经济损失超过2亿元") and toll("两万多只鸡全没了")
    assert not toll("目前没有造成人员伤亡") and not toll("暴雨可能造成人员伤亡") and not toll("如果停产将损失惨重")
