"""Estimates of one figure that differ are a question (issue 13, property 6): two named analysts putting a different
loss per unit sold on one product disagree though neither answers the other; estimates that meet, one person's own
range, or an outlet's unnamed "数万元" are none. The stories are invented for the tests (an electric scooter maker's
first model, a bakery chain's new outlets)."""

from __future__ import annotations

from generator.analyse.contendestimates import estimates
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 青鸟电摩\n  terms: [青鸟电摩, Q1]\n"


def _spread(an):
    return [c for c in an.contentions if c.topic.endswith("多少？")]


def test_two_analysts_different_loss_per_unit_is_a_contention_with_the_spread_as_its_question(tmp_path):
    a = _article("a", "青鸟电摩的首款车型Q1上月开始交付，定价九千九百元。\n\n"
                      "分析师韩志远估算，按照当前的电池成本，青鸟电摩每卖出一台Q1约亏损800元，明年才有望打平。")
    b = _article("b", "Q1交付一个月，订单超过两万台。\n\n"
                      "研究员邓慧敏估算，算上渠道补贴，青鸟电摩每卖出一台Q1，亏损约在1500元至2000元之间。")
    an = _run(tmp_path, [a, b], TOPIC)
    [c] = _spread(an)
    assert c.topic == "青鸟电摩每卖出一台Q1亏多少？", c.topic
    low = {s.name for s in c.a.speakers}
    high = {s.name for s in c.b.speakers}
    assert low == {"韩志远"} and high == {"邓慧敏"}
    assert "800元" in c.a.statement and "1500元" in c.b.statement


def test_estimates_that_meet_one_persons_range_or_an_unnamed_guess_are_no_contention(tmp_path):
    meet = [_article("a", "分析师韩志远估算，青鸟电摩每卖出一台Q1约亏损800元。"),
            _article("b", "研究员邓慧敏估算，青鸟电摩每卖出一台Q1亏损在700元至850元之间。")]
    assert not _spread(_run(tmp_path, meet, TOPIC))
    unnamed = [_article("a", "分析师韩志远估算，青鸟电摩每卖出一台Q1约亏损800元。"),
               _article("b", "但订单的背后，是青鸟电摩每卖一台就亏2000元的现实。")]
    assert not _spread(_run(tmp_path, unnamed, TOPIC))
    own = [_article("a", "分析师韩志远估算，青鸟电摩每卖出一台Q1约亏损800元。"
                         "韩志远又估算，算上售后，每卖出一台Q1要亏2000元。")]
    assert not _spread(_run(tmp_path, own, TOPIC))


def test_an_amounts_bound_is_read_with_it():
    from generator.analyse.text import Sentence
    from generator.analyse.model import Speaker

    def sent(text):
        return Sentence("a", "p1", 0, 0, 0, text, text, text, text)
    held = {("a", 0): (Speaker("韩志远", "", "a", "p1"),)}
    [(measure, per, (low, high), _, _)] = estimates([sent("韩志远估算，每卖出一台Q1要亏超过5万元。")], held)
    assert measure == "亏" and per == "每卖出一台Q1" and low == 50000 and high == float("inf")
    [(_, _, (low, high), _, _)] = estimates([sent("韩志远估算，单车利润约在6万至8万元之间。")], held)
    assert (low, high) == (60000, 80000)
    assert not estimates([sent("韩志远说，Q1定价9900元，每卖出一台都有售后。")], held)
