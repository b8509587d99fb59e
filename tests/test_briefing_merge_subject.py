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
