"""One point per claim when outlets word one claim's subject and effect differently (issue 13,
property 3), and never a join of a claim with its denial (property 2), on articles written for
the test. The story is invented: a city charges cars entering its centre (拥堵费); the taxonomy
names only the topic, as an editor starting a new topic would."""

from __future__ import annotations

from generator.analyse.claims import Candidate
from generator.analyse.grouping import apart, denies
from generator.analyse.support import _overlap
from generator.analyse.text import Sentence
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _citing, _run

TOPIC = "topic:\n  label: 拥堵费\n  terms: [拥堵费, 收费]\n"


def _article(slug, body, script="zh-Hans"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date="2025-05-01")


def _cand(article, text):
    s = Sentence(article, "p1", 0, 0, 0, text, text, text, text)
    return Candidate(s, "scope", "limit", 1.0, ())


#: Three outlets say the charge alone will not do, each denying with other words ("解决不了",
#: "不足以", "解決不了").
OUTLETS = [
    _article("a", "市政府宣布明年起征收拥堵费。\n\n"
                  "也要看到，单靠拥堵费解决不了市中心的长期拥堵问题，还需要扩大公交网络、提高地铁运营效率等配套改革。"),
    _article("b", "拥堵费方案昨日公布。\n\n"
                  "交通学者周明说，拥堵费能为治理争取时间，但「单靠拥堵费不足以缓解长期拥堵」，仍需提高地铁运营效率、扩大公交网络等配套措施。"),
    _article("c", "擁堵費方案公布。\n\n他也說，單靠擁堵費解決不了根本問題，還得靠擴大公交網絡與提高地鐵運營效率。", "zh-Hant"),
]


def test_a_limit_denied_in_other_words_is_one_point_citing_its_outlets(tmp_path):
    an = _run(tmp_path, OUTLETS, TOPIC)
    points = _citing(an, "a", "单靠拥堵费解决不了")
    assert len(points) == 1, [(p.statement, [c.quote for c in p.citations]) for p in an.points]
    arts = {c.article for c in points[0].citations}
    assert {"a", "b"} <= arts, [c.quote for c in points[0].citations]
    assert len([p for p in an.points if any(c.article == "b" and "单靠" in c.quote for c in p.citations)]) == 1


def test_two_denials_are_one_side_a_claim_and_its_denial_are_not():
    no_fix = _cand("a", "单靠拥堵费解决不了市中心的长期拥堵问题。")
    not_enough = _cand("b", "单靠拥堵费不足以缓解长期拥堵。")
    eases = _cand("d", "拥堵费将明显缓解市中心的长期拥堵。")
    assert denies(no_fix) and denies(not_enough) and not denies(eases)
    assert not apart(no_fix, not_enough), "both deny: one side, whatever words they deny with"
    assert apart(eases, not_enough), "a claim and a stance against it are two sides"


def test_compounds_of_one_word_name_one_thing():
    assert _overlap({"投资收益"}, {"投资回报"})
    assert _overlap({"运营效率"}, {"效率"})
    assert not _overlap({"公交网络"}, {"地铁票价"})


# the same direction of effect on the same thing, in outlets' own words ---------------------------

CARE = "topic:\n  label: 医保改革\n  terms: [医保改革, 医保, 参保]\n"

#: One outlet says who is spared as a candidate; two others say it in passing, one in traditional
#: script, with nothing but the topic's and everyday words ("已经", "参保", "人"): no rare word or
#: figure ties them, only the same effect on the same thing. A fourth spares another group.
SPARED = [
    _article("a", "市医保局宣布医保改革明年起实施。\n\n需要说明的是，已经参保的人员不受影响，待遇照常享受。"),
    _article("b", "医保改革方案公布：新规定明年一月实施，已经参保的人不受影响。\n\n"
                  "记者在社区走访时，不少居民表示可以接受。"),
    _article("c", "醫保改革方案出台。\n\n已經參保的人不受影響，新參保者才按新規辦理。", "zh-Hant"),
    _article("d", "医保改革方案出台。\n\n据介绍，外地务工人员不受影响，将另行规定。"),
]


def test_the_same_effect_on_the_same_thing_is_one_point_across_wordings(tmp_path):
    an = _run(tmp_path, SPARED, CARE)
    [p] = _citing(an, "a", "参保的人员不受影响")
    arts = {c.article for c in p.citations}
    assert {"a", "b", "c"} <= arts, [(q.statement, [c.quote for c in q.citations]) for q in an.points]
    assert "d" not in arts, "another group spared is another claim"


def test_direction_keys_read_what_the_effect_falls_on():
    from generator.analyse.directions import direction_keys

    topic = frozenset({"水价上调", "水价"})
    spared = direction_keys("已经办理低保的家庭不受影响，补贴照常发放。", topic)
    assert ("unaffected", "低保+家庭") in spared
    assert direction_keys("已经领取低保的家庭不受影响。", topic) & spared
    assert direction_keys("已经参保的人员不受影响。", topic) == direction_keys("已经参保的人不受影响。", topic)
    assert not direction_keys("工业用户不受影响。", topic) & spared
    # the object of a transitive effect, and the consequence rather than its condition
    assert direction_keys("调整阶梯，有助于缓解供水企业的经营压力。", topic) == {("down", "经营+压力")}
    assert not direction_keys("水价上调后，低收入家庭首当其冲。", topic), "a condition claims nothing"
    # a direction inside the topic's own name raises nothing
    assert not direction_keys("水价上调方案出台。", topic)
