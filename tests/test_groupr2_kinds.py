"""One claim, one point, whatever kind each outlet's sentence was given (issue 13, properties 3, 5).

Phenomenon: two outlets stating one claim (the same thing, the same direction of change) make one
point even when one reports the change (an impact) and the other complains of it (a limit); the
point's kind is decided once for the group. Tested on sentences written for the test, in received
forms none of the corpora has, on topics unlike them: two outlets in two scripts (a town's
homestay prices), a chat export against a news page (a swimming hall's ticket price), a meeting's
minutes against a translated foreign report (a county's tea exports). A rise and a fall of the same
thing, or the same rise of two different things, stay two points.
"""

from __future__ import annotations

import pytest

from generator.analyse.claims import Candidate
from generator.analyse.directions import direction_keys
from generator.analyse.pointmembers import majority_kind
from generator.analyse.text import Sentence, to_simplified
from test_briefing_properties import _article, _citing, _run


def _tax(label):
    return f"topic:\n  label: {label}\n  terms: [{label}]\n"


FORMS = {
    # a simplified-script news report and a traditional-script one: the same rise, one outlet
    # reporting it, the other calling it too much
    "two-scripts": (_tax("青岚古镇"), [
        ("a", "青岚古镇国庆假期游客量创新高。\n\n据统计，国庆期间青岚古镇民宿价格普遍上涨，平均房价较平日上涨五成。",
         "zh-Hans"),
        ("b", "青嵐古鎮國慶人潮洶湧。\n\n有遊客反映，青嵐古鎮民宿價格漲得太離譜，平日三百元的房間漲到近千元，讓人吃不消。",
         "zh-Hant")],
        ("民宿价格普遍上涨", "民宿價格漲得太離譜")),
    # a news page and a chat export (time-stamped lines, a nickname before each turn)
    "chat-and-news": (_tax("城北游泳馆"), [
        ("a", "城北游泳馆暑期调价\n\n记者从市体育局获悉，城北游泳馆暑期单次门票价格由30元上调至40元，7月1日起执行。",
         "zh-Hans"),
        ("c", "[2025-07-03 20:15] 小鱼妈妈：城北游泳馆门票价格涨到40元了，涨得也太多了吧，一家三口去一次就是120。\n\n"
              "[2025-07-03 20:16] 阿杰：对，周末还更挤", "zh-Hans")],
        ("上调至40元", "门票价格涨到40元")),
    # a meeting's minutes and a translated foreign report: the same growth, one calling it too fast
    "minutes-and-translation": (_tax("雾岭茶叶"), [
        ("m", "雾岭县茶产业工作会议纪要\n\n三、县商务局通报：今年前三季度雾岭茶叶出口量同比增长42%，主要销往日本。",
         "zh-Hans"),
        ("t", "【编译】据日本《东京经济新闻》报道，雾岭茶叶对日出口增长过快，今年前三季度出口量增长四成多，"
              "日本进口商担心质量把关跟不上。", "zh-Hans")],
        ("同比增长42%", "对日出口增长过快")),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_one_change_reported_and_complained_of_is_one_point(tmp_path, form):
    tax, arts, (qa, qb) = FORMS[form]
    articles = [_article(slug, body, script) for slug, body, script in arts]
    an = _run(tmp_path, articles, tax)
    (sa, _, _), (sb, _, _) = arts
    first = [p for p in _citing(an, sa, qa) if p.kind != "contention"]
    second = [p for p in _citing(an, sb, qb) if p.kind != "contention"]
    assert first and second, [(p.kind, [c.quote[:20] for c in p.citations]) for p in an.points]
    # one point cites both outlets, and no second point states the claim for one of them
    assert {p.id for p in first} == {p.id for p in second}, \
        [(p.kind, [c.quote[:20] for c in p.citations]) for p in an.points]
    assert len(first) == 1 and first[0].kind in ("impact", "limit")


def test_a_rise_and_a_fall_of_one_thing_or_one_rise_of_two_things_stay_apart(tmp_path):
    a = _article("a", "青岚古镇国庆假期游客量创新高。\n\n据统计，国庆期间青岚古镇民宿价格普遍上涨，平均房价较平日上涨五成。")
    b = _article("b", "青嵐古鎮國慶後遊客散去。\n\n有業者表示，青嵐古鎮民宿價格跌到平日的一半，生意冷清，讓人吃不消。",
                 "zh-Hant")
    an = _run(tmp_path, [a, b], _tax("青岚古镇"))
    both = [p for p in an.points if p.kind != "contention" and {c.article for c in p.citations} == {"a", "b"}]
    assert not both, [(p.kind, [c.quote[:20] for c in p.citations]) for p in both]
    c = _article("c", "青嵐古鎮國慶人潮洶湧。\n\n有遊客反映，青嵐古鎮停車費漲得太離譜，一小時漲到五十元，讓人吃不消。",
                 "zh-Hant")
    an = _run(tmp_path, [a, c], _tax("青岚古镇"))
    both = [p for p in an.points if p.kind != "contention" and {c.article for c in p.citations} == {"a", "c"}]
    assert not both, [(p.kind, [c.quote[:20] for c in p.citations]) for p in both]


def test_a_spoken_rise_or_fall_is_a_direction_of_what_it_is_said_of():
    assert ("up", "民宿+价格") in direction_keys("有游客反映，民宿价格涨得太离谱，平日三百元的房间涨到近千元。")
    assert ("down", "景区+门票") in direction_keys("听说下个月景区门票跌到20元了。")
    assert ("up", "景区+客流量") in direction_keys("今年以来，景区客流量暴涨。")
    # the thing said to rise is what rises, not the figure it rises to
    assert not any(k[1].endswith("+元") for k in direction_keys("听说景区门票涨到40元了。"))


def _member(article, category, score):
    text = f"{article}的句子。"
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, text, text, text), category, "impact", score, ())


def test_a_groups_kind_is_decided_once_by_its_outlets_then_by_weight():
    kinds = {"pricing": "impact", "cost": "limit", "market": "impact"}
    # two outlets report the rise, one complains of it: an impact, in the reporters' category
    g = [_member("a", "cost", 5.0), _member("b", "pricing", 3.0), _member("c", "market", 2.0),
         _member("d", "pricing", 2.0)]
    assert majority_kind(g, "cost", kinds) == "pricing"
    # one outlet each way: the heavier side decides, not the seed's category
    g = [_member("a", "cost", 3.0), _member("b", "pricing", 3.0), _member("b", "pricing", 2.0)]
    assert majority_kind(g, "cost", kinds) == "pricing"
    # an even weight: the seed's
    g = [_member("a", "cost", 3.0), _member("b", "pricing", 3.0)]
    assert majority_kind(g, "cost", kinds) == "cost"


# a point in a catch-all category gets its kind from what its outlets' sentences state ----------

def test_a_problem_stated_is_a_limit_and_a_change_reported_an_impact_in_any_form():
    from generator.analyse.pointkind import stated_kind

    assert stated_kind("[2025-07-03 20:15] 小鱼妈妈：票是买到了，就是座位之间太挤。") == "limit"  # a chat line
    assert stated_kind("四、县农业局通报：今年全县茶园面积同比增长12%。") == "impact"  # minutes
    assert stated_kind("【编译】据日本媒体报道，当地温泉旅馆的入住率较去年下降两成。") == "impact"  # a translation
    assert stated_kind(to_simplified("有旅客反映，渡輪班次太少，候船時間過長。", "zh-Hant")) == "limit"
    # a condition or an open question reports no change; a worry beside a decision states no problem
    assert stated_kind("明年客流能否继续增长，取决于票价和班次。") is None
    assert stated_kind("县政府宣布暂停审批新的民宿，此前已引发部分业主担忧。") is None
    # a contrast is no problem
    assert stated_kind("这不是一次性的活动，而是长期合作的开始。") is None


def _said(article, text, category, score=3.0):
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, text, text, text), category, "impact", score, ())


def test_a_catch_all_points_kind_follows_what_its_outlets_state():
    from generator.analyse.pointkind import group_kind

    kinds = {"event": "impact", "scope": "limit", "pricing": "impact", "cost": "limit"}
    rise = [_said("a", "据统计，2024年全县茶叶出口额约3亿元，同比增长超过20%。", "scope", 4.0),
            _said("b", "四、县商务局通报：茶叶出口量同比增长42%。", "scope")]
    assert group_kind(rise, "scope", kinds) == "event"
    small = [_said("a", "杯子上印了孕妇不建议饮用，就是字太小。", "event", 4.0),
             _said("b", "包装上的提示字太小，看不清。", "event")]
    assert group_kind(small, "event", kinds) == "scope"
    # a category placed by its own words keeps its kind; so does a split vote
    assert group_kind(rise, "cost", kinds) == "cost"
    assert group_kind([rise[0], small[1]], "scope", kinds) == "scope"
