"""One point per claim across outlets (issue 13, property 3): a share move is a claim only together
with whose it is. Two outlets' sentences on two owners' shares rising ("风筝概念股大涨" /
"酒店概念股大涨") never link, however alike their words; a rise of no one's shares ("房价上涨")
and an owner named in another clause of the sentence ("A股风筝概念板块持续走强，…多只个股涨停")
are no sign of two owners.

The story is invented for the test (a kite festival's share rally), none of the development
corpora's.
"""

from __future__ import annotations

from generator.analyse.claims import Candidate
from generator.analyse.grouping import _vectors, link, same_mover
from generator.analyse.rarewords import repeated_rare, word_spread
from generator.analyse.text import Sentence, content_tokens, idf
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run

KITE = "topic:\n  label: 风筝节\n  terms: [风筝节, 潍坊风筝节]\n"
UP = frozenset({"stock-up"})


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-04-12")


def _shown(an):
    return [(p.statement, [(c.article, c.quote) for c in p.citations]) for p in an.points]


def test_whose_move_is_read_from_the_clause_of_the_move():
    # one owner in two outlets' words
    assert same_mover("风筝节开幕前后，风筝概念股大涨，有人说是炒作。",
                      "记者统计，风筝指数单日上涨3.8%，其中两只个股涨幅分别达到9.6%和5.2%。", UP) is True
    # two owners in one market, and the words around a figure ("分别达到"), tie nothing
    assert same_mover("A股风筝板块今日大涨，多只个股涨停。", "A股文旅板块今日大涨，多只个股涨停。", UP) is False
    assert same_mover("风筝股涨幅分别达到9%和5%。", "酒店股涨幅分别达到8%和4%。", UP) is False
    # whose is untold in one of them, or no move at all: nothing to compare
    assert same_mover("风筝概念股大涨。", "今日多只个股涨停。", UP) is None
    assert same_mover("风筝节吸引大批游客。", "酒店入住率上升。", frozenset()) is None


FILLER = ["潍坊是风筝之都。", "风筝节已经举办了四十届。", "游客可以在广场放风筝。", "本地酒店提前推出套餐。"]


def _linked(texts):
    cands = [Candidate(Sentence(f"o{i}", "p1", 0, 0, 0, t, t, t, t), "market", "impact", 5.0, ())
             for i, t in enumerate(texts)]
    corpus = cands + [Candidate(Sentence(f"x{i}", "p1", 0, 0, 0, t, t, t, t), "market", "impact", 1.0, ())
                      for i, t in enumerate(FILLER)]
    weights = idf([content_tokens(c.sentence.simple) for c in corpus])
    _vectors(cands, weights, frozenset(), repeated_rare(word_spread([c.sentence for c in corpus])))
    return cands


def test_two_owners_moves_never_link_however_alike_their_words():
    kite, hotel, index = _linked(["风筝节开幕前后，风筝概念股大涨，有人说是炒作。",
                                  "风筝节期间，酒店概念股大涨，有人说是炒作。",
                                  "风筝指数单日上涨3.8%，其中两家风筝制造企业的股价涨幅居前。"])
    assert link(kite, hotel) == 0.0, "two owners' rises: two claims, whatever the shared wording"
    assert link(kite, index) > 0.0


def test_two_owners_shares_rising_are_never_one_point(tmp_path):
    a = _article("a", "潍坊风筝节昨日开幕。\n\n问：风筝节开幕前后，风筝概念股大涨，有人说是炒作，估值已经透支。")
    b = _article("b", "潍坊风筝节吸引大批游客。\n\n"
                      "记者统计，上周五收盘，风筝指数单日上涨3.8%，其中两家风筝制造企业的股价涨幅分别达到9.6%和5.2%。")
    c = _article("c", "潍坊风筝节期间，A股酒店板块同样走强。\n\n酒店概念股大涨，多家连锁酒店股价涨停。")
    an = _run(tmp_path, [a, b, c], KITE)
    for p in an.points:
        arts = {x.article for x in p.citations}
        assert not ({"a", "c"} <= arts or {"b", "c"} <= arts), _shown(an)
    assert _citing(an, "c", "酒店概念股大涨"), "the other owner's rise is a point of its own"
    assert _citing(an, "a", "风筝概念股大涨")


def test_a_rise_of_no_one_s_shares_has_no_owner_to_compare():
    # prices rising in two outlets' words (the facet's words, "上涨", are any rise's): not a share move
    assert same_mover("风筝节期间，市区部分酒店房价较平日上涨2至3倍。", "风筝节期间，潍坊酒店平均成交价较上月上涨约1.6倍。", UP) is None


def test_an_owner_named_in_another_clause_is_still_the_same_owner():
    # the move's own clause names the sectors; the owner is in the clause before it
    assert same_mover("A股风筝概念板块持续走强，纸鸢、线轮等细分方向多只个股涨停。",
                      "风筝概念股掀涨停潮，放飞器材板块领涨，多只个股涨停。", UP) is not False
