"""A contention's two sides say opposite things about the same question (issue 13, property 6).

A claim put out of reach ("短期内实现盈利难度较大", "想赚到钱还很遥远", "明年实现盈利的希望不大")
takes the side of the loss, not of the profit its words name: a sentence saying "still losing money,
profit is hard" on the "not losing / already profitable" side is a contention that is not one.

The story is invented for the test: a city's shared e-bikes (青禾单车), told as meeting minutes, a
numbered thread and a podcast transcript; only the topic is named.
"""

from __future__ import annotations

from generator.analyse.polarity import polarity
from tests.test_briefing_recall import _article, _run

TOPIC = "topic:\n  label: 青禾单车\n  terms: [青禾单车, 青禾出行]\n"

STORY = (
    ("a", "城市慢行交通座谈会纪要",
     "1.青禾出行运营总监许晴介绍，青禾单车上线半年投放电单车8000辆，日均骑行超过5万次。\n\n"
     "2.吴娜（城市交通研究所研究员）认为，青禾单车当前的低票价主要依靠补贴和优惠券，"
     "整体仍处于亏损状态，运维和调度成本叠加，短期内实现盈利难度较大。\n\n"
     "3.许晴对此持不同看法。她认为，青禾单车单车毛利已经为正，车辆规模达到一定程度后实现盈利是可以预期的。"),
    ("b", "关于青禾单车的几点算账（1/3）",
     "1/ 我算了一下青禾单车的账：一辆车每天运维加折旧二十多块，收入才十几块，还在亏钱。\n\n"
     "2/ 青禾单车想赚到钱还很遥远，至少要等到换电成本降下来。\n\n"
     "3/ 不过青禾单车的骑行体验确实不错。"),
    ("c", "《出行夜谈》第12期文字稿",
     "周老师：说实话，靠现在这个票价，青禾单车明年实现盈利的希望不大。\n\n"
     "小林：可青禾出行说单车毛利已经为正了。\n\n"
     "周老师：青禾单车整体还是亏损的，毛利为正不等于赚钱。"),
)


def test_a_claim_put_out_of_reach_takes_the_side_of_the_loss():
    for text in ("当前的低票价主要依靠补贴，整体仍处于亏损状态，短期内实现盈利难度较大。",  # minutes
                 "青禾单车想赚到钱还很遥远，至少要等到换电成本降下来。",                   # thread
                 "靠现在这个票价，明年实现盈利的希望不大。",                              # transcript
                 "这家影院实现盈利遥遥无期。"):
        assert polarity(text) == {"loss": 1}, (text, polarity(text))
    # the profit itself, stated or expected, stays the other side
    assert polarity("单车毛利已经为正，实现盈利是可以预期的。") == {"loss": -1}
    assert polarity("这家面馆开业第三个月就实现盈利。") == {"loss": -1}


def test_no_side_of_a_loss_contention_says_the_opposite_of_its_label(tmp_path):
    an, _ = _run(tmp_path, [_article(*s) for s in STORY], TOPIC)
    seen = False
    for c in an.contentions:
        signs = [{polarity(q.quote).get("loss") for q in side.citations} - {None} for side in (c.a, c.b)]
        if any(signs):
            seen = True
            # each side's quotes take one side of the question, and the two sides differ
            assert all(len(s) <= 1 for s in signs), (c.topic, signs)
            assert not (signs[0] and signs[0] == signs[1]), (c.topic, signs)
    assert seen, [c.topic for c in an.contentions]


def test_a_contention_question_is_a_clause_a_reader_can_use():
    from generator.analyse.disputesides import well_formed_question as q
    # a wire report's second clause, a pronoun's frame, a minutes' item continuing the one before
    assert q("又指青禾单车在电单车投放规模上已领先全省？") == "青禾单车在电单车投放规模上已领先全省？"
    assert q("他认为青禾单车会取代社区公交的短途接驳？") == "青禾单车会取代社区公交的短途接驳？"
    assert q("同时指出青禾出行整体仍处于亏损状态？") == "青禾出行整体仍处于亏损状态？"
    assert q("况且，青禾单车的票价明年还会再涨？") == "青禾单车的票价明年还会再涨？"
    # an encyclopedia's reference marks go
    assert q("青禾单车的低票价主要依靠补贴[11][2-3]？") == "青禾单车的低票价主要依靠补贴？"
    # words that only look like a connective stay, and so does a question too short without it
    assert q("而立之年的骑手会转行吗？") == "而立之年的骑手会转行吗？"
    assert q("也许票价会涨？") == "也许票价会涨？"
    assert q("他认为会涨？") == "他认为会涨？"
