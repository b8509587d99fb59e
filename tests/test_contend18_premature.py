"""Contentions across articles in different words (issue 13, property 6): two statements answer one
question (one subject, one dimension: will it pay, how fast will it come back) with opposite values,
whatever the wording: "将实现收支平衡" against "整体盈利言之过早", "两三个月就会回来" against "至少要半年才能恢复"
or "恢复哪有那么快", "…能恢复我不信".

The stories are invented for the tests (a river ferry line, a street of tea shops after a road closure, a
mountain cable car): two news articles, a forum thread and a radio transcript where guests disagree.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.holdernames import same_person
from generator.analyse.stances import stances
from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, paper="报", date="2026-06-01")


def test_a_clause_calling_an_action_premature_or_slow_takes_the_opposite_stance_with_no_modal():
    # premature, with no modal before the action: a news quote, a transcript turn
    assert stances("经济学者认为，现在谈盈利言之过早。") == {"盈利": -1}
    assert stances("单条航线打平有可能，但整体盈利言之过早。").get("盈利") == -1
    assert stances("说它能颠覆旅游业为时过早。") == {"颠覆": -1}
    # break-even is profit, a forecast's time read past its preposition
    assert stances("轮渡公司预计，新航线将于明年底实现收支平衡。").get("盈利") == 1
    # how fast: a time that must pass first, a rhetorical "not that fast", a disbelief after the claim
    assert stances("他预计客流至少要半年才能恢复。") == {"恢复": -1}
    assert stances("茶馆街的生意恢复哪有那么快。") == {"恢复": -1}
    assert stances("三个月能恢复我不信。") == {"恢复": -1}
    assert stances("路修好以后，一个月生意就会回来。") == {"恢复": 1}
    # a condition met first is no delay ("只有…才能"), a question no stance
    assert stances("只有加强检修才能保障缆车安全。").get("保障") == 1
    assert stances("现在谈盈利是不是言之过早？") == {}


FERRY = "topic:\n  label: 青湾轮渡\n  terms: [青湾轮渡]\n"

FERRY_STORY = (
    _article("a", "青湾轮渡新航线开通",
             "青湾轮渡新航线本周开通，每天往返十二班。\n\n"
             "轮渡公司总经理韩志刚表示，新航线客流好于预期，青湾轮渡将于明年底实现收支平衡。"),
    _article("b", "专家：轮渡补贴仍需持续",
             "青湾轮渡新航线开通后，票价维持每人十五元。\n\n"
             "交通经济学者邓慧敏认为，燃油和码头维护成本都在上涨，单条航线打平有可能，但整体盈利言之过早。"),
)


def _sides_quoting(an, *texts):
    return [c for c in an.contentions
            if all(any(t in x.quote for x in c.a.citations + c.b.citations) for t in texts)]


def test_two_news_articles_forecast_and_premature_on_one_profit_are_one_contention(tmp_path):
    an, _ = _run(tmp_path, list(FERRY_STORY), FERRY)
    found = _sides_quoting(an, "实现收支平衡", "整体盈利言之过早")
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    a_quotes = " ".join(x.quote for x in c.a.citations)
    b_quotes = " ".join(x.quote for x in c.b.citations)
    # the forecast and the doubt stand on two sides, each with its own holder
    assert ("收支平衡" in a_quotes) != ("收支平衡" in b_quotes)
    assert ("言之过早" in a_quotes) != ("言之过早" in b_quotes)
    names = [{sp.name for sp in s.speakers} for s in (c.a, c.b)]
    assert not any(same_person(x, y) for x in names[0] for y in names[1]), names


TEA = "topic:\n  label: 茶馆街\n  terms: [茶馆街]\n"

TEA_STORY = (
    _article("a", "【本地论坛】茶馆街路修好了，生意能回来吗？",
             "楼主：茶馆街封路修了四个月，上周终于通车了。\n\n"
             "2楼：路修好以后，一个月茶馆街的生意就会回来，老客人都在等着。\n\n"
             "3楼：茶馆街的生意恢复哪有那么快，游客早就改去别的老街了。"),
    _article("b", "茶馆街恢复通车　商户盼回客",
             "茶馆街改造工程完工，道路恢复通车。\n\n"
             "商户协会会长庞建新说，封路期间客流下降了六成，他预计茶馆街的生意至少要半年才能恢复。"),
)


def test_a_forum_thread_and_a_news_article_disagree_on_how_fast_and_are_one_question(tmp_path):
    an, _ = _run(tmp_path, list(TEA_STORY), TEA)
    found = [c for c in an.contentions if any("就会回来" in x.quote for x in c.a.citations + c.b.citations)]
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    fast = c.a if any("就会回来" in x.quote for x in c.a.citations) else c.b
    slow = c.b if fast is c.a else c.a
    slow_quotes = " ".join(x.quote for x in slow.citations)
    # the other side is the slow one: "not that fast" or "at least half a year"
    assert "哪有那么快" in slow_quotes or "至少要半年" in slow_quotes, slow_quotes
    assert not any("哪有那么快" in x.quote or "至少要半年" in x.quote for x in fast.citations)


CABLE = "topic:\n  label: 云岭缆车\n  terms: [云岭缆车]\n"

CABLE_STORY = (
    _article("a", "《山城夜话》第12期文字稿",
             "主持人：今天聊聊停运检修的云岭缆车。\n\n"
             "景区顾问罗文斌：检修完成以后，一个月客流就会回来，游客对缆车的印象没那么差。\n\n"
             "主持人：另一位嘉宾怎么看？\n\n"
             "旅游研究员葛晓岚：一个月客流能恢复我不信，事故的阴影至少要一个旅游季才能散去。"),
    _article("b", "云岭缆车检修公告",
             "云岭缆车自6月1日起停运检修，预计检修期为三周。\n\n"
             "检修期间请游客选择步行登山道，景区门票价格不变。"),
)


def test_a_transcript_guest_disbelieving_the_other_is_the_other_side_and_a_notice_is_no_side(tmp_path):
    an, _ = _run(tmp_path, list(CABLE_STORY), CABLE)
    found = [c for c in an.contentions if any("客流就会回来" in x.quote for x in c.a.citations + c.b.citations)]
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    a_quotes = " ".join(x.quote for x in c.a.citations)
    b_quotes = " ".join(x.quote for x in c.b.citations)
    assert ("我不信" in a_quotes) != ("我不信" in b_quotes), (a_quotes, b_quotes)
    # the two guests, one each side; the park's notice stands on neither
    names = {sp.name for s in (c.a, c.b) for sp in s.speakers}
    assert any("罗文斌" in n for n in names) and any("葛晓岚" in n for n in names), names
    assert "检修期间" not in a_quotes + b_quotes and "停运检修" not in a_quotes + b_quotes


SHOP = "topic:\n  label: 西门菜场\n  terms: [西门菜场]\n"

SHOP_STORY = (
    _article("a", "西门菜场改造后重新开业",
             "西门菜场改造后重新开业，区商务局预计，西门菜场将于年底实现收支平衡。"),
    _article("b", "【居民群聊天记录】",
             "周阿姨：隔壁健身房的老板说，他那家店现在谈盈利言之过早。\n\n"
             "钱师傅：菜场的鱼比超市新鲜。"),
)


def test_premature_on_another_subject_named_is_no_contention(tmp_path):
    an, _ = _run(tmp_path, list(SHOP_STORY), SHOP)
    for c in an.contentions:
        quotes = " ".join(x.quote for x in c.a.citations + c.b.citations)
        # the market's break-even and a gym owner's own shop: two subjects, no question in common
        assert not ("收支平衡" in quotes and "健身房" in quotes), (c.topic, quotes)


def test_what_a_clause_calls_unlikely_denies_it_and_a_modal_before_a_noun_governs_the_verb_after():
    assert stances("宠物医生说，局部脱毛的概率非常低。") == {"脱毛": -1}
    assert stances("出错的可能性很小。") == {"出错": -1}
    assert stances("说明书写着幼猫慎用，打完会局部脱毛。").get("脱毛") == 1
    assert stances("说明书写着幼猫慎用，会毛发脱落。").get("脱落") == 1
    # hearsay that something is premature says neither what nor whose
    assert stances("审批那边听说还早。") == {}
    # a risk said to be low with nothing named that turns is no stance
    assert stances("这一风险是很低的。") == {}


VACCINE = "topic:\n  label: 猫三联疫苗\n  terms: [猫三联疫苗, 猫三联]\n"

VACCINE_STORY = (
    _article("a", "【铲屎官交流群】聊天记录导出",
             "猫奴阿青：猫三联说明书写着幼猫慎用，打完会局部脱毛，我家那只就掉了一块。\n\n"
             "宠物医生周平：打完猫三联局部脱毛的概率非常低，比不打疫苗强多了。\n\n"
             "橘子汽水：下周带猫去打针，先问问医生。"),
    _article("b", "宠物医院提醒：疫苗接种前请预约",
             "市宠物医院提醒，猫三联疫苗接种需提前一天预约。\n\n"
             "接种后请留院观察三十分钟。"),
)


def test_a_chat_export_where_one_member_fears_a_side_effect_and_another_calls_it_unlikely(tmp_path):
    an, _ = _run(tmp_path, list(VACCINE_STORY), VACCINE)
    found = [c for c in an.contentions
             if any("概率非常低" in x.quote for x in c.a.citations + c.b.citations)]
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    low = c.a if any("概率非常低" in x.quote for x in c.a.citations) else c.b
    feared = c.b if low is c.a else c.a
    assert any("会局部脱毛" in x.quote for x in feared.citations)
    assert {sp.name for sp in low.speakers} == {"周平"} or any("周平" in sp.name for sp in low.speakers)
    assert any("阿青" in sp.name for sp in feared.speakers)
    # the hospital's notice stands on neither side
    assert not any("预约" in x.quote or "留院观察" in x.quote for x in c.a.citations + c.b.citations)
