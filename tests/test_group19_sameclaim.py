"""One point per claim across outlets, full briefing or not, and what the cap leaves out (issue 13, property 3).

Phenomenon: two outlets' points that state one claim (the same thing in the same place, a shared
figure or facet) are one point whether or not the briefing is full. Two claims sharing the place
and object but not the measure (a fare's rise against a rise in its bookings) or the direction (a
rise against a fall) stay apart. When the cap still drops points, the briefing lists them for the
editor.
Written on stories unlike the corpora (a ferry fare, a library's opening hours, a ski resort's
snowmaking), in a wire dispatch, a traditional-script forum post and a radio transcript line.
"""

from __future__ import annotations

from generator.analyse import _strength
from generator.analyse.capmerge import members_of, merge_same_claims
from generator.analyse.capnote import left_out
from generator.analyse.claims import Candidate
from generator.analyse.grouping import _vectors
from generator.analyse.model import Citation, Point
from generator.analyse.rarewords import repeated_rare, word_spread
from generator.analyse.text import Sentence, content_tokens, idf, to_simplified

FILLER = ["市中心有三条主要公交线路。", "公交公司成立于一九八零年。", "车站周末人流较多。",
          "市民可以用手机扫码乘车。", "老城区道路较窄。", "地铁二号线正在建设。"]

#: form → three outlets' words of one claim (text, script).
THREE = {
    "ferry fare": [("电讯：轮渡公司宣布，厦门至鼓浪屿的船票价格下月起上调至50元，涨幅约两成。", "zh-Hans"),
                   ("論壇：鼓浪嶼船票又要漲了，單程要50元。", "zh-Hant"),
                   ("主持人：听众反映，鼓浪屿的船票价格要涨到50元一张。", "zh-Hans")],
    "library hours": [("通讯：市图书馆自习室开放时间延长至晚上十点，周末增加两个小时。", "zh-Hans"),
                      ("論壇：圖書館自習室終於延長開放時間了，晚上可以待到十點。", "zh-Hant"),
                      ("主持人：图书馆自习室的开放时间延长了，晚上十点才关门。", "zh-Hans")],
}

#: Two claims sharing the place, the object and the direction, or all but the direction.
APART = {
    "price and bookings": ("轮渡公司宣布，厦门至鼓浪屿的船票价格下月起上调，涨幅约两成。",
                           "鼓浪屿船票的预订量比去年同期增长了五成。"),
    "rise and fall": ("轮渡公司宣布，厦门至鼓浪屿的船票价格下月起上调，涨幅约两成。",
                      "鼓浪屿船票的价格下降了三成。"),
    "snow and tickets": ("滑雪场今年造雪量增加三成，雪道开放时间提前一周。",
                         "滑雪场的门票价格比去年上涨三成。"),
}


def _cand(article, text, kind, category, score, script="zh-Hans"):
    simple = to_simplified(text, script)
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, simple, simple, simple), category, kind, score, ())


def _points(texts, kind="impact", categories=None):
    cands = [_cand(f"o{i}", t, kind, (categories or ["cost"] * len(texts))[i], 5.0 - i, s)
             for i, (t, s) in enumerate(texts)]
    corpus = cands + [_cand(f"x{i}", t, "impact", "cost", 1.0) for i, t in enumerate(FILLER)]
    weights = idf([content_tokens(c.sentence.simple) for c in corpus])
    _vectors(cands, weights, frozenset(), repeated_rare(word_spread([c.sentence for c in corpus])))
    points = [Point(id=f"pt-{c.sentence.article}", kind=c.kind, category=c.category, statement=c.sentence.simple,
                    citations=(Citation(c.sentence.article, "p1", c.sentence.original),), score=c.score)
              for c in cands]
    return points, members_of(points, [[c] for c in cands])


def test_three_outlets_wording_one_rise_differently_are_one_point_citing_all():
    points, members = _points(THREE["ferry fare"])
    merged = merge_same_claims(points, members, _strength)
    assert len(merged) == 1, [p.statement for p in merged]
    assert set(merged[0].articles) == {"o0", "o1", "o2"}
    assert merged[0].statement == points[0].statement


def test_one_claim_under_two_categories_is_one_point_when_the_briefing_is_not_full():
    points, members = _points(THREE["library hours"][:2], categories=["public", "public"])
    merged = merge_same_claims(points, members, _strength)
    assert [set(p.articles) for p in merged] == [{"o0", "o1"}]


def test_claims_sharing_words_but_not_the_measure_or_the_direction_stay_apart():
    for name, (a, b) in APART.items():
        points, members = _points([(a, "zh-Hans"), (b, "zh-Hans")])
        merged = merge_same_claims(points, members, _strength)
        assert len(merged) == 2, name


def test_the_cap_lists_what_it_left_out_and_not_what_it_merged():
    points, members = _points(THREE["ferry fare"][:2] + [("滑雪场的门票价格比去年上涨三成。", "zh-Hans")])
    merged = merge_same_claims(points, members, _strength)
    kept = merged[:1]  # a cap of one: the ferry point (two outlets) stays, the ski resort's goes
    out = left_out(points, kept)
    assert [o["statement"] for o in out] == ["滑雪场的门票价格比去年上涨三成。"]
    assert out[0]["sources"] == 1 and out[0]["id"] == "pt-o2"


#: One predicate said of two different subjects (two outlets, two forms): two claims.
OTHER_SUBJECTS = {
    "two ski resorts (wire, forum)": (("电讯：北山滑雪场本周起延长夜场，票价下调两成。", "zh-Hans"),
                                      ("論壇：南湖滑雪場本週起延長夜場，票價下調兩成。", "zh-Hant")),
    "two libraries (release, transcript)": (("通稿：东区图书馆自习室开放时间延长至晚上十点。", "zh-Hans"),
                                            ("主持人：西郊图书馆自习室开放时间延长至晚上十点。", "zh-Hans")),
}


def test_one_predicate_of_two_subjects_stays_two_points():
    for name, texts in OTHER_SUBJECTS.items():
        points, members = _points(list(texts))
        merged = merge_same_claims(points, members, _strength)
        assert len(merged) == 2, name


def test_one_subject_reworded_is_not_read_as_two_subjects():
    from generator.analyse.claimsubject import other_subjects
    a = "2023年12月18日晚，冰雪大世界因开园首日入园人数集中，引发部分游客集中退票诉求。"
    b = "去年12月18日，当地知名景点冰雪大世界开园首日涌入大批游客，现场民众高喊退票。"
    assert not other_subjects(a, b)
    assert not other_subjects("厦门至鼓浪屿的船票价格下月起上调至50元。", "鼓浪屿船票又要涨了，单程要50元。")


def test_an_adverb_between_subject_and_predicate_hides_no_subject():
    from generator.analyse.claimsubject import other_subjects
    assert other_subjects("北山滑雪场本周起延长夜场开放时间。", "南湖滑雪场也延长夜场开放时间，票价不变。")
    assert not other_subjects("北山滑雪场本周起延长夜场开放时间。", "北山滑雪场也延长夜场开放时间，票价不变。")


def test_an_effect_only_one_statement_names_keeps_shared_context_apart():
    texts = [("甲机构认为，新规将大幅降低外卖骑手的通勤成本，带动电动车企业订单增长。", "zh-Hans"),
             ("丙机构认为，新规将带动充电桩需求，利好电池厂商的订单。", "zh-Hans")]
    points, members = _points(texts)
    assert len(merge_same_claims(points, members, _strength)) == 2


#: One price two outlets round differently, and a price of another thing far from it.
ROUNDED = ("通讯：体育馆演唱会门票均价上涨至1180元，较去年同期上涨四成。",
           ("論壇：體育館演唱會門票又漲了，漲到1000多元。", "zh-Hant"))
FAR = ("主持人：体育馆演唱会当晚，周边酒店一晚涨到6000元。", "zh-Hans")


def test_one_figure_rounded_differently_by_two_outlets_is_one_point():
    from generator.analyse.capmerge import _rounded
    assert _rounded("门票均价上涨至1180元", "门票涨到1000多元")
    points, members = _points([(ROUNDED[0], "zh-Hans"), ROUNDED[1]])
    merged = merge_same_claims(points, members, _strength)
    assert [set(p.articles) for p in merged] == [{"o0", "o1"}]


def test_a_figure_of_another_thing_far_from_it_does_not_tie_them():
    from generator.analyse.capmerge import _rounded
    assert not _rounded(ROUNDED[0][0], FAR[0])
    points, members = _points([ROUNDED[1], FAR])
    assert len(merge_same_claims(points, members, _strength)) == 2
