"""A point's kind and category follow what its sentence claims, in which direction, on any topic
(issue 13, property 5); some sentences claim nothing (property 4).

The story is invented for the test and unlike any corpus of the project: a health wristband made
by a company whose name holds a category word ("云川科学"), told by three outlets in their own
words. The editor names only the topic. Then:

* a category word inside a name or an attribution frame ("云川科学", "据北辰研究院测算") says who
  speaks, not what is claimed: no "scientific controversy" for the maker's news;
* a sentence turning from the past to the present ("过去…被认为不赚钱，现在已经有投资机构在
  打听…") claims the change: an impact of its own field, never a loss;
* a benefit stated as making more people do something ("让更多老年人用上了…") is an impact, and
  "不只是…而是…" denies nothing;
* uncertainty of any kind ("面临较大不确定性") is no scientific controversy; a price that is a
  barrier ("一只要价2999元…对学生并不友善") is a cost;
* thanks ("向用户致谢，并表示会尽快修复…问题"), instructions to colleagues on what to say or write
  ("口径：…不要给具体标的", "在稿子里把两种观点都写上") and a stance reported without its content
  ("…看法相对保守") are no points.
"""

from __future__ import annotations

from pathlib import Path

from generator.analyse.claims import classify, not_a_claim
from generator.analyse.claimshape import cue_words, effect_shapes, limit_words, main_part, negated
from generator.analyse.taxonomy import load_taxonomy
from tests.test_briefing_recall import _article, _citing, _run

TOPIC = "topic:\n  label: 云川手环\n  terms: [云川手环, 云川科学]\n"

STORY = (
    ("a", "云川科学上周发布云川手环，首批十万只当天售罄。\n\n"
          "云川科学创始人周岚在微博上向用户致谢，并表示团队会尽快修复用户反馈的续航问题。\n\n"
          "据北辰研究院测算，云川手环首月销量超过80万只，比去年同期的同类产品多了三成。\n\n"
          "业内人士说，过去几年大家都觉得做智能硬件不赚钱，现在已经有投资机构在打听做可穿戴设备的团队了。\n\n"
          "北辰研究院分析师何雯接受本报访问时，对云川手环的长期前景看法相对保守。"),
    ("b", "云川手环发布一周，热度不减。\n\n"
          "市卫健委副主任郑和说，云川手环让更多老年人用上了心率监测，带火的不只是一款手环，而是整个社区健康服务。\n\n"
          "分析师何雯说，云川手环的价格是一道门槛，一只要价2999元，对学生族群并不友善。\n\n"
          "何雯还说，云川科学的海外扩张面临较大不确定性。"),
    ("c", "群聊：东岭证券消费组\n\n"
          "王航：口径：短期情绪为主，中长期看可穿戴赛道的估值重估，不要给具体标的。\n\n"
          "王航：在稿子里把两种观点都写上，云川手环的海外用户比例并不高，说它带动国产硬件出海，现在下结论还太早。\n\n"
          "李悦：云川手环海外用户的比例并不高，说它带动国产硬件出海，现在下结论还太早。"),
)


def _analysis(tmp_path):
    an, _ = _run(tmp_path, [_article(s, f"{s}报道", b) for s, b in STORY], TOPIC)
    return an


def _one(an, article, text):
    found = _citing(an, article, text)
    assert len(found) == 1, (text, [(p.statement, p.category, p.kind) for p in an.points])
    return found[0]


def _none(an, *texts):
    for p in an.points:
        for c in p.citations:
            assert not any(t in c.quote for t in texts), (p.statement, p.category, c.quote)


def test_a_category_word_inside_the_makers_name_or_a_frame_places_nothing(tmp_path):
    an = _analysis(tmp_path)
    sales = _one(an, "a", "首月销量")
    assert (sales.kind, sales.category) == ("impact", "demand"), (sales.category, sales.kind)
    assert all(p.category != "science" for p in an.points), \
        [(p.statement, p.category) for p in an.points if p.category == "science"]


def test_a_turn_from_the_past_to_the_present_is_the_change_not_the_old_state(tmp_path):
    an = _analysis(tmp_path)
    money = _one(an, "a", "投资机构在打听")
    assert (money.kind, money.category) == ("impact", "funding"), (money.kind, money.category)


def test_a_benefit_stated_as_making_more_people_do_something_is_an_impact(tmp_path):
    an = _analysis(tmp_path)
    benefit = _one(an, "b", "让更多老年人")
    assert benefit.kind == "impact", (benefit.kind, benefit.category)


def test_uncertainty_is_no_science_and_a_price_barrier_is_a_cost(tmp_path):
    an = _analysis(tmp_path)
    price = _one(an, "b", "要价2999元")
    assert (price.kind, price.category) == ("limit", "cost"), (price.kind, price.category)
    unsure = _one(an, "b", "不确定性")
    assert (unsure.kind, unsure.category) == ("limit", "scope"), (unsure.kind, unsure.category)
    early = _one(an, "c", "下结论还太早")
    assert early.kind == "limit", (early.kind, early.category)


def test_thanks_instructions_and_a_stance_without_content_are_no_points(tmp_path):
    an = _analysis(tmp_path)
    _none(an, "致谢", "口径", "不要给具体标的", "稿子里", "看法相对保守")


def test_the_shapes_read_on_any_wording():
    # names and frames blanked; what is claimed stays
    assert "科学" not in cue_words("据某某科学院测算，某某科学的新药销量增长三成", ("某某科学",))
    assert "销量" in cue_words("根据甲乙数据，丙丁的销量增长三成", ())
    # a negated word names what is denied, unless it modifies a noun after it
    assert negated("停航不等于倒闭", "倒闭") and negated("我们不是来打价格战的", "价格战")
    assert not negated("这些都不是仓促上线的理由", "仓促") and not negated("渡轮公司已经倒闭", "倒闭")
    assert negated("码头未出现恐慌性抢购", "恐慌性") and not negated("没有公开成本核算报告", "成本")
    # the past state set aside, a concession set aside, "不仅…还…" keeps both
    assert main_part("以前大家觉得种蓝莓亏本，如今合作社抢着扩种。") == ("如今合作社抢着扩种。", "change")
    assert main_part("虽然票价上涨了，但客流仍在增长。")[1] == "turn"
    assert main_part("它不仅降低了成本，还提高了效率。") == ("它不仅降低了成本，还提高了效率。", "")
    # a remedied problem is none; a remedy denied leaves it
    assert limit_words("厂家承诺尽快解决漏水问题", ["问题"]) == []
    assert limit_words("单靠补贴解决不了人手问题", ["问题"]) == ["问题"]
    assert limit_words("不只是一座桥，而是一条经济带", ["而是"]) == []
    assert limit_words("并非现场演示，而是录播", ["而是"]) == ["而是"]
    # effects without an effect word
    assert effect_shapes("新航线让更多游客来到了小镇")
    assert effect_shapes("周末客流比平时多了两成")
    assert effect_shapes("门票预订翻了几倍")
    assert not effect_shapes("小镇有三座古桥")
    assert not effect_shapes("这份禁令更多是象征性的")
    # no claim: thanks unless the rest says something, instructions at the head, a bare stance
    assert not_a_claim("馆长向观众致谢，并表示会继续改进讲解中的问题。")
    assert not not_a_claim("感谢观众的支持让门票收入翻了三倍。")
    assert not_a_claim("刘洋：对外统一用官方数字，不要引用没出处的数。")
    assert not_a_claim("这位教授对新政的效果看法比较谨慎。")
    assert not not_a_claim("新政规定，企业不得拖欠工资，不要求职工加班。")


def test_a_denied_effect_is_no_impact_of_it(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("topic:\n  label: 蓝鲸渡轮\n  terms: [蓝鲸渡轮]\n", encoding="utf-8")
    tax = load_taxonomy(Path(path))
    got = classify("蓝鲸渡轮停航不等于倒闭。", tax)
    assert not got or got[0].category.kind == "limit", got
    assert classify("受停航影响，沿岸三家旅行社已经倒闭。", tax)[0].category.id == "business"


def test_a_money_amount_in_a_limit_is_a_word_of_cost(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("topic:\n  label: 蓝鲸渡轮\n  terms: [蓝鲸渡轮]\n", encoding="utf-8")
    tax = load_taxonomy(Path(path))
    got = classify("往返船票要价680元，对本地居民并不友好。", tax, "limit", sided=True)
    assert got and got[0].category.id == "cost", got
    got = classify("蓝鲸渡轮的债务约12亿元，难以偿还。", tax, "limit", sided=True)
    assert not got or got[0].category.id != "cost", got  # a sum owed is no price
    got = classify("我们不是来抢客的，而是要做500元以内最舒适的渡轮。", tax, "limit", sided=True)
    assert not got or got[0].category.id != "cost", got  # "要做…" is no price
    got = classify("船东说，我们不是来打价格战的。", tax, "limit", sided=True)
    assert not got or got[0].category.id != "cost", got  # "价格" inside "价格战" is pricing's


def test_a_signal_inside_a_settling_word_and_a_stance_place_nothing_of_their_own(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("topic:\n  label: 蓝鲸渡轮\n  terms: [蓝鲸渡轮]\n", encoding="utf-8")
    tax = load_taxonomy(Path(path))
    # "口碑走低" is a setback of reception, not a share price falling
    got = classify("蓝鲸渡轮还没开航，就搞得口碑走低，输的肯定不是船。", tax)
    assert got and (got[0].category.id, got[0].category.kind) == ("reception", "limit"), got
    # anyone's stance is no diplomacy
    got = classify("我支持船长的立场，应该给蓝鲸渡轮证明自己的机会。", tax)
    assert not got or got[0].category.id != "diplomacy", got
