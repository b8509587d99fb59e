"""One point per claim across outlets, with honest source counts (issue 13, properties 2 and 3):
outlets wording one claim differently meet in one point; a narrower claim ("not perfect", a
part's immaturity, under "only a toy, far from use") is no source of it; two outlets printing one
wire text count once. Small articles written for the test on an invented topic (Lumo, a chatbot
by 星河科技)."""

from __future__ import annotations

from generator.analyse.model import Citation, Point
from generator.analyse.wirecopy import shared_passages, with_copies
from test_briefing_properties import _article, _citing, _run

#: One agency's text, printed by two outlets with their own openings.
WIRE = ("新华社消息，星河科技发布的Lumo在客服场景中表现突出，一家银行试用后每月节省人工客服成本约三成，"
        "原本需要二十人的夜班团队缩减到五人。业内人士认为，客服外包企业将首当其冲，订单可能大幅减少。")


def _cites(point):
    return {c.article for c in point.citations}


def test_outlets_wording_one_claim_differently_make_one_point(tmp_path):
    an = _run(tmp_path, [
        _article("a", "星河科技发布Lumo。\n\n甲证券认为，Lumo将大幅降低客服行业的人工成本。"),
        _article("b", "星河科技推出Lumo。\n\n乙研究院指出，Lumo可以显著降低企业客服的人工成本。"),
        _article("c", "Lumo上线一周。\n\n丙机构预计，Lumo将使客服行业的人工成本明显下降。"),
    ])
    [p] = _citing(an, "a", "人工成本")
    assert _cites(p) == {"a", "b", "c"}
    assert p.copies == ()


def test_not_perfect_is_not_a_toy_far_from_use(tmp_path):
    an = _run(tmp_path, [
        _article("a", "星河科技发布Lumo。\n\n然而从应用角度来看，现在的Lumo只是个玩具，距离落地还有巨大的创新鸿沟。"),
        _article("b", "星河科技推出Lumo。\n\n虽然技术令人惊艳，但Lumo的生成能力并不完美。"),
        _article("c", "Lumo上线一周。\n\nLumo首次发布展示虽然堪称惊艳，但其生成能力并不完美也是显而易见的。"),
    ])
    [toy] = _citing(an, "a", "玩具")
    assert _cites(toy) == {"a"}
    [flawed] = _citing(an, "b", "并不完美")
    assert _cites(flawed) == {"b", "c"}  # … while the two outlets saying "not perfect" meet


def test_shared_wire_copy_counts_once(tmp_path):
    an = _run(tmp_path, [
        _article("a", "星河科技发布Lumo。\n\n" + WIRE),
        _article("b", "本报综合报道。\n\n" + WIRE.replace("新华社消息，", "据报道，")),
        _article("c", "Lumo上线一周。\n\n丙证券指出，Lumo让银行的客服人工成本下降了三成左右，客服外包企业的订单可能因此大幅减少。"),
    ])
    both = [p for p in an.points if {"a", "b"} <= _cites(p)]
    assert both
    for p in both:
        assert p.copies == ("b",)  # the later of the two prints is the copy …
    assert not any("c" in p.copies for p in an.points)  # … an outlet in its own words is a source


def test_one_shared_remark_is_no_wire_copy():
    """Two outlets quoting one speaker's remark word for word share one passage: two sources."""
    quote = "李明说：“也不能说我们完全准备好了，但这款产品已经可以交给用户去试。”"
    a, b = "甲报记者在发布会现场获悉。" + quote, "乙报综合多方消息。" + quote + "他随后离开了会场。"
    point = Point(id="pt-x", kind="impact", category="x", statement="x",
                  citations=(Citation("a", "p1", quote), Citation("b", "p1", quote)))
    [kept] = with_copies([point], {"a": a, "b": b}, {("a", "p1"): a, ("b", "p1"): b})
    assert kept.copies == ()
    assert len(shared_passages(a, b)) == 1


def test_the_briefing_says_how_many_are_copies(tmp_path):
    from generator.render.briefing import render_briefing
    arts = [_article("a", "星河科技发布Lumo。\n\n" + WIRE),
            _article("b", "本报综合报道。\n\n" + WIRE.replace("新华社消息，", "据报道，"))]
    page = render_briefing(_run(tmp_path, arts), arts, lambda text, script="zh-Hans": text)
    assert "2 个来源，其中 1 篇为同稿转载" in page
    assert "有多家来源佐证" not in page  # one wire text is no corroboration


def test_a_parts_immaturity_is_not_the_products():
    from generator.analyse.claimfacets import _facets
    assert "not-ready" in _facets("在他看来，Lumo尽管不成熟，但依旧可以为视频相关行业带来改变。")
    assert "not-ready" not in _facets("其根源在于世界模型的不成熟，这会带来三个问题。")
    assert "flawed" in _facets("其根源在于世界模型的不成熟，这会带来三个问题。")
    assert "not-ready" not in _facets("虽然技术令人惊艳，但Lumo的生成能力并不完美。")


def test_hands_too_few_is_one_claim_in_any_words(tmp_path):
    """Two outlets' owners who cannot hire ("请不到人" / "招不到人") state one claim; a debt no one
    pays ("找不到人赔") is none of it."""
    from generator.analyse.claimfacets import _facets
    assert "staff-short" not in _facets("国内进口商被卡在港口的货，损失找不到人赔。")
    an = _run(tmp_path, [
        _article("a", "江城冰雪节开幕。\n\n民宿老板说，元旦那几天自己都接不过来，打扫卫生请不到人，临时工一天给到300块。"),
        _article("b", "江城游客创新高。\n\n他告诉记者，最大的难处是招不到人，前台和保洁都靠家里亲戚顶着。"),
    ], taxonomy="topic:\n  label: 江城冰雪节\n  terms: [江城, 冰雪节]\n")
    [p] = _citing(an, "a", "请不到人")
    assert _cites(p) == {"a", "b"}


def test_wording_every_outlet_repeats_is_no_copy():
    """A law's long name and an official line a third outlet also carries are the story's own
    wording: two outlets repeating them did not copy each other; without the third, they did."""
    law, rule = "《江城市智能网联汽车发展促进条例（草案）》已于7月提请审议。", "草案对道路测试、示范应用、商业化运营作出了分级管理规定。"
    a = "记者获悉，" + law + "网约车司机对此反应不一。" + rule
    b = "本报讯　" + law + "出租车行业协会随即召开座谈会。" + rule
    c = "另据了解，" + law + rule
    point = Point(id="pt-x", kind="limit", category="x", statement="x",
                  citations=(Citation("a", "p1", law[:20]), Citation("b", "p1", law[:20])))
    paras = {("a", "p1"): a, ("b", "p1"): b}
    [alone] = with_copies([point], {"a": a, "b": b}, paras)
    assert alone.copies == ("b",)
    [three] = with_copies([point], {"a": a, "b": b, "c": c}, paras)
    assert three.copies == ()
