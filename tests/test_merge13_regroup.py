"""One claim across outlets when greedy grouping placed an outlet's quote before the claim's own
seed was seen (issue 13, property 3), never with a seed saying the other way round. Sentences
written for the test: an invented story of a night market and the parking around it, in a
quoted stallholder, an official notice, an interview transcript and a traditional-script report."""

from __future__ import annotations

import pytest

from generator.analyse import regroup
from generator.analyse.claims import Candidate
from generator.analyse.directions import flips
from generator.analyse.grouping import _vectors, cluster
from generator.analyse.text import Sentence, content_tokens, idf, to_simplified

TOPIC = frozenset({"夜市"})

#: The strongest sentence is a list of effects that mentions parking in passing; the quote that
#: is about parking comes next (it links to the list well enough to join it), and the seed of the
#: parking claim comes last.
BROAD = "夜市开放将带动周边餐饮和零售的收入增长，也会让夜市人流带来的停车压力更大。"
FORMS = {
    "stallholder-and-notice": ("摊主王女士说：受夜市人流影响，附近停车位一位难求，顾客只能停到两条街外。",
                               "区交通局通知：夜市开放期间附近停车位一位难求，请市民绿色出行。", "zh-Hans"),
    "transcript": ("主持人：夜市人流对停车有影响吗？摊主：附近停车位一位难求，顾客只能停到两条街外。",
                   "附近停车位一位难求，不少车主绕行半小时。", "zh-Hans"),
    "traditional": ("攤主王女士說：受夜市人流影響，附近停車位一位難求，顧客只能停到兩條街外。",
                    "区交通局通知：夜市开放期间附近停车位一位难求，请市民绿色出行。", "zh-Hant"),
}
FILLER = ["市民普遍欢迎夜市开放。", "夜市每晚六点开始营业。", "商户报名踊跃。", "城管部门加强巡查。",
          "夜市共有两百个摊位。", "夜市的小吃种类很多。"]


def _cand(article, text, score, script="zh-Hans"):
    simple = to_simplified(text, script)
    return Candidate(Sentence(article, "p1", 0, 0, 0, text, simple, simple, simple), "scope", "limit", score, ())


def _groups(cands):
    corpus = cands + [_cand(f"x{i}", t, 1) for i, t in enumerate(FILLER)]
    weights = idf([content_tokens(c.sentence.simple) for c in corpus])
    return [[c.sentence.article for c in g] for g in cluster(cands, weights, TOPIC)]


def _group_of(groups, article):
    return next(g for g in groups if article in g)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_quote_placed_before_its_claims_seed_joins_that_claim(form):
    quote, seed, script = FORMS[form]
    cands = [_cand("a", BROAD, 9), _cand("b", quote, 5, script), _cand("c", seed, 3)]
    groups = _groups(cands)
    assert sorted(_group_of(groups, "b")) == ["b", "c"], groups
    assert _group_of(groups, "a") == ["a"], groups


def test_the_greedy_pass_does_not_join_a_list_on_one_shared_word(monkeypatch):
    # the list and the parking quote share one word ("人流") and little wording: even without the
    # second pass the quote is not a source of the list (group14: one shared word is no claim)
    monkeypatch.setattr(regroup, "reassign", lambda groups, rank: None)
    quote, seed, script = FORMS["stallholder-and-notice"]
    groups = _groups([_cand("a", BROAD, 9), _cand("b", quote, 5, script), _cand("c", seed, 3)])
    assert _group_of(groups, "a") == ["a"], groups
    assert sorted(_group_of(groups, "b")) == ["b", "c"], groups


def test_a_seed_of_the_quotes_own_article_is_not_a_reason_to_move():
    quote, seed, script = FORMS["stallholder-and-notice"]
    groups = _groups([_cand("a", BROAD, 9), _cand("b", quote, 5, script), _cand("b", seed, 3)])
    first = _group_of(groups, "a")
    assert first == ["a"], groups  # nor does the quote join the list it shares one word with


def _reassigned(a, b, c):
    """The second pass alone, on the groups [[a, b], [c]] (a placed first, then b, then c)."""
    cands = [a, b, c]
    corpus = cands + [_cand(f"x{i}", t, 1) for i, t in enumerate(FILLER)]
    _vectors(cands, idf([content_tokens(x.sentence.simple) for x in corpus]), TOPIC)
    groups = [[a, b], [c]]
    regroup.reassign(groups, {id(x): i for i, x in enumerate(cands)})
    return [[x.sentence.article for x in g] for g in groups]


def test_never_moved_to_a_seed_that_says_the_effect_the_other_way_round():
    quote = "摊主王女士说：受夜市人流影响，附近的停车压力会增加，顾客只能停到两条街外。"
    said = "区交通局通知：夜市开放期间附近的停车压力会增加，顾客只能停到两条街外，请市民绿色出行。"
    denied = "区交通局通知：夜市开放期间附近的停车压力不会增加，顾客不用停到两条街外，请市民绿色出行。"
    assert _reassigned(_cand("a", BROAD, 9), _cand("b", quote, 5), _cand("c", said, 3)) == [["a"], ["c", "b"]]
    assert _reassigned(_cand("a", BROAD, 9), _cand("b", quote, 5), _cand("c", denied, 3)) == [["a", "b"], ["c"]]


@pytest.mark.parametrize("said,denied", [
    ("夜间开放会增加图书馆的开支。", "嘉宾：夜间开放不会增加图书馆的开支。"),
    ("新规将提高缴费年限。", "據介紹，新規並未提高繳費年限。"),
    ("主持人：票价会下降吗？局长：票价会下降。", "票价没有下降，反而上涨。"),
])
def test_a_direction_denied_in_one_sentence_flips(said, denied):
    assert flips(said, to_simplified(denied, "zh-Hant"))
    assert not flips(said, said)


def test_a_direction_said_in_both_or_in_one_only_does_not_flip():
    assert not flips("夜市将增加周边商户的收入。", "夜市开放后，周边商户收入增加了三成。")
    assert not flips("夜市将增加周边商户的收入。", "夜市的停车位不够。")
