"""One point per claim when every outlet of a story repeats it (issue 13, property 3), and no
citation that does not carry the claim (property 2), on articles written for the test. The story
is invented: a ferry company, 海鸥航运, suspends its service; five outlets, one in traditional
script; the taxonomy names only the topic, as an editor starting a new topic would."""

from __future__ import annotations

from generator.analyse.claims import Candidate
from generator.analyse.grouping import _same_fact
from generator.analyse.rarewords import everyday, repeated_rare
from generator.analyse.support import caveat, frame_only, other_day
from generator.analyse.text import Sentence
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run

TOPIC = "topic:\n  label: 海鸥航运\n  terms: [海鸥航运]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-05-01")


#: The island's guesthouses emptied: one outlet says it with words that make a candidate, four
#: others in their own words ("只剩两成", "不到兩成", "少了一大半"), each naming 民宿 and 入住率
#: once: five sentences, more than a fixed "rare" count allows.
OUTLETS = [
    _article("a", "海鸥航运昨日宣布停航。\n\n停航后，岛上民宿入住率骤降，营业额下滑，多家被迫歇业。\n\n"
                  "已购船票的乘客可以全额退款。"),
    _article("b", "海鸥航运停航。\n\n岛上民宿的入住率只剩两成左右。\n\n码头附近的餐馆很冷清。"),
    _article("c", "海鷗航運停航。\n\n據了解，島上民宿入住率不到兩成。\n\n有旅客表示行程被打亂。", "zh-Hant"),
    _article("d", "海鸥航运停航一事持续发酵。\n\n记者走访发现，岛上民宿入住率比平时少了一大半。\n\n海事部门已介入调查。"),
    _article("e", "海鸥航运停航的第三天。\n\n岛上居民只能改乘其他公司的渡轮。\n\n"
                  "一位民宿老板打算把民宿改成仓库出租。"),
]


def test_a_fact_every_outlet_repeats_is_one_point_citing_them_all(tmp_path):
    an = _run(tmp_path, OUTLETS, TOPIC)
    [p] = _citing(an, "a", "入住率骤降")
    arts = {c.article for c in p.citations}
    # the traditional-script outlet is one of them; a point never cites two of one claim apart
    assert {"a", "b", "c", "d"} <= arts, [(q.statement, [c.quote for c in q.citations]) for q in an.points]
    assert len([q for q in an.points if any(c.article == "b" and "入住率" in c.quote for c in q.citations)]) == 1


def test_a_word_the_outlets_share_is_not_a_shared_claim(tmp_path):
    # e names 民宿 (twice in one sentence), but says the owner will rent it out: another claim
    an = _run(tmp_path, OUTLETS, TOPIC)
    [p] = _citing(an, "a", "入住率骤降")
    assert "e" not in {c.article for c in p.citations}, [c.quote for c in p.citations]


def test_rare_by_spread_once_per_outlet_not_a_fixed_count():
    rare = repeated_rare({"入住率": (6, 6), "民宿": (5, 4), "停航": (14, 5), "开始": (5, 5), "渡轮": (3, 2),
                          "仓库": (1, 1), "减少": (2, 2)})
    assert rare("入住率") and rare("民宿"), "said about once by each outlet: the claim's own words"
    assert not rare("停航"), "in nearly every sentence: what the story is about, no claim's"
    assert not rare("开始"), "everyday Chinese, once per article by chance"
    assert everyday("减少") and not everyday("入住率"), "an everyday word never anchors two outlets"
    assert rare("渡轮") and not rare("仓库"), "few sentences of 2+ articles; never one article's word"


def _cand(article, text, kind, facets=(), rare=()):
    c = Candidate(Sentence(article, "p1", 0, 0, 0, text, text, text, text), "x", kind, 3.0, ())
    c.facets, c.rare = frozenset(facets), frozenset(rare)
    return c


def test_one_fact_filed_as_impact_and_as_limit_may_join_its_denial_never():
    shared = {"停牌", "两成", "复牌"}  # three words only these outlets name
    fell = _cand("a", "停航当日海鸥航运股价下跌约两成，随后停牌，何时复牌未定。", "impact", {"stock-down"}, shared)
    also = _cand("b", "海鸥航运股价一度下跌两成，旋即停牌，复牌时间未公布。", "limit", {"stock-down"}, shared)
    denied = _cand("b", "海鸥航运股价并未下跌两成，也没有停牌，不存在复牌问题。", "limit", {"stock-down"}, shared)
    assert _same_fact(fell, also)
    assert not _same_fact(fell, denied), "a fact and its denial are two sides, never one point"
    assert not _same_fact(fell, _cand("a", also.sentence.simple, "limit", {"stock-down"}, shared)), \
        "two kinds from one article are the article's own two claims"


def test_a_quote_naming_only_a_stance_or_a_caveat_carries_no_claim():
    assert frame_only("海洋研究所的研究员张明则对报告提出批评。")
    assert frame_only("港岛大学法律学院副教授李芳则持不同看法。")
    assert frame_only("航运分析师王强直言：")
    assert not frame_only("张明认为停航会拖垮岛上旅游业，并对此表示担忧。"), "the stance's content is there"
    assert caveat("但这份报告评估的只是方案是否合规。", "报告认为停航方案合规。")
    assert not caveat("但这份报告评估的只是方案是否合规。", "但方案是否合规仍有争议。")
    # reporting the claim only to turn on it: its claim is the turn
    assert caveat("海鸥航运自己说退款不受影响，可是很多乘客其实不太相信。", "海鸥航运称乘客退款不受影响。")
    assert not caveat("海鸥航运表示，停航只是暂时的，预计下月复航。", "停航只是暂时的。")
    assert not caveat("股价一度大跌两成，但随后收窄跌幅。", "股价大跌两成。"), "a fact, then more of it"


def test_the_same_measure_on_another_day_is_another_event(tmp_path):
    a = _article("a", "海鸥航运停航。\n\n海事局自5月3日起暂停海鸥航运全部航线的营运资格，多家旅行社被迫取消订单。")
    b = _article("b", "海鸥航运停航。\n\n海事局自5月3日起暂停海鸥航运全部航线，旅行社纷纷取消订单。\n\n"
                      "今年1月12日起，海事局已暂停海鸥航运夜间航线的营运资格，旅行社当时也取消了订单。")
    an = _run(tmp_path, [a, b], TOPIC)
    [p] = _citing(an, "a", "5月3日起暂停")
    quotes = [c.quote for c in p.citations]
    assert {c.article for c in p.citations} == {"a", "b"}, quotes
    assert not any("1月12日" in q for q in quotes), "the January measure is its own point, not a source"
    assert _citing(an, "b", "1月12日起")
    assert other_day("海事局自5月3日起暂停全部航线。", "今年1月12日起，海事局已暂停夜间航线。")
    assert not other_day("海事局自5月3日起暂停全部航线。", "3日起，海事局暂停全部航线。"), "the day, month untold"
    assert not other_day("海事局暂停全部航线。", "1月12日起，海事局已暂停夜间航线。"), "no day to compare"
    assert not other_day("票价为300日元。", "票价涨到500日元。"), "a price in yen is no day"


def test_a_theme_said_of_another_thing_is_another_claim(tmp_path):
    # two outlets report the city's relief fund for the island's shops; a third mentions another
    # body's consumer vouchers: the same theme (a subsidy), said of something else
    a = _article("a", "海鸥航运停航。\n\n市政府宣布设立2亿元救助基金，为受停航影响的岛上商户提供补贴，补贴最快下月发放。")
    b = _article("b", "海鸥航运停航。\n\n旅游局还将发放消费补贴，并计划举办音乐节吸引游客回流。")
    c = _article("c", "海鸥航运停航。\n\n市政府拿出2亿元设立救助基金，向岛上受影响商户发放补贴。")
    an = _run(tmp_path, [a, b, c], TOPIC)
    [p] = _citing(an, "a", "救助基金")
    assert {c.article for c in p.citations} == {"a", "c"}, [c.quote for c in p.citations]


def _placed(article, text, category, kind="impact"):
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, text, text, text), category, kind, 4.0, ())


def test_two_categories_join_on_two_rare_words_the_outlets_share():
    from generator.analyse.grouping import cluster
    from generator.analyse.text import content_tokens, idf

    texts = [("a", "停航后岛上民宿入住率骤降，多家店铺营业额下滑。", "demand"),
             ("b", "停航冲击海岛旅游，民宿入住率恐将腰斩，经营压力陡增。", "business")]
    filler = [Sentence("z", "p1", i, 0, 0, t, t, t, t) for i, t in enumerate(
        ["码头附近的餐馆很冷清。", "海事部门已介入调查。", "岛上居民只能改乘其他渡轮。", "旅客表示行程被打乱。"] * 3)]
    sents = [_placed(a, t, cat).sentence for a, t, cat in texts] + filler
    weights = idf([content_tokens(s.simple) for s in sents])
    anchors = {"民宿", "入住率"}
    for rare, joined in ((lambda t: t in anchors, True), (lambda t: t == "民宿", False)):
        cands = [_placed(a, t, cat) for a, t, cat in texts]
        groups = cluster(cands, weights, frozenset({"海鸥航运"}), None, rare)
        assert (len(groups) == 1) is joined, [[c.sentence.simple for c in g] for g in groups]
