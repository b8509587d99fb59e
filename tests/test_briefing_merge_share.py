"""One claim, one point, when outlets write its figure differently ("不到百分之二" / "不足2%") and
bound it with different words, one denying ("短期内不会造成大规模失业"), one restricting ("影响
有限") (issue 13, property 3). Stories invented for the test, each in another form: a port's
automated cranes (a report and a meeting's minutes), a city's shared e-bikes (a council reply and
a forum post), a chain's self-checkout tills (a transcript and a wire)."""

from __future__ import annotations

import pytest

from generator.analyse.figurekeys import figure_keys, same_measure
from generator.analyse.claims import Candidate
from generator.analyse.grouping import _bounded, cluster
from generator.analyse.text import Sentence, content_tokens, idf
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _run


def _article(slug, body, script="zh-Hans", date="2025-04-10"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date=date)


def test_a_share_in_words_is_the_same_figure():
    assert figure_keys("自动化岸桥占比不到百分之二") == figure_keys("自动化岸桥占比不足2%") == {"2%"}
    assert figure_keys("百分之三十五的乘客") == {"35%"}
    assert figure_keys("百分之12.5") == {"12.5%"}
    assert same_measure("自动化岸桥占全港岸桥比例不到百分之二", "全港岸桥中自动化岸桥比例不足2%")


def test_a_denial_and_a_caveat_are_one_side_a_plain_fact_is_another():
    assert _bounded("短期内不会造成大规模失业。") and _bounded("对就业的影响有限。")
    assert not _bounded("码头工人的岗位将大幅减少。")


CASES = [
    ("topic:\n  label: 自动化码头\n  terms: [自动化码头, 岸桥]\n", [
        _article("a", "江港自动化码头启用。\n\n港务集团介绍，全港现有码头工人约1.2万名，自动化岸桥占全港岸桥比例不到百分之二，"
                      "短期内不会造成码头工人大规模失业。"),
        _article("b", "港口发展座谈会纪要\n\n二、主要观点\n\n从规模看，全港码头工人约1.2万名，自动化岸桥占全港岸桥比例不足2%，"
                      "对码头就业的影响有限。"),
    ]),
    ("topic:\n  label: 共享电单车\n  terms: [共享电单车, 电单车]\n", [
        _article("a", "关于市人大代表建议的答复\n\n从体量看，全市公交日均客流约240万人次，共享电单车日均骑行量占比不足3%，"
                      "对公交客流的影响有限。"),
        _article("b", "本地论坛\n\n楼主：查了下数据，全市公交日均客流约240万人次，共享电单车骑行量占比不到百分之三，"
                      "不会造成公交客流大幅下滑。"),
    ]),
    ("topic:\n  label: 自助收银\n  terms: [自助收银, 收银机]\n", [
        _article("a", "主持人：自助收银会不会让收银员失业？\n\n嘉宾陈静：全市超市收银员约3.6万人，自助收银机只占收银台的百分之五，"
                      "短期内不会造成收银员大规模失业。"),
        _article("b", "零售业观察：全市超市收银员约3.6万人，自助收银机占收银台比例不足5%，对收银员就业的冲击有限。"),
    ]),
]


@pytest.mark.parametrize("taxonomy,articles", CASES, ids=["port", "ebike", "tills"])
def test_one_bounded_claim_with_its_figure_written_two_ways_is_one_point(tmp_path, taxonomy, articles):
    an = _run(tmp_path, articles, taxonomy)
    both = [p for p in an.points if {c.article for c in p.citations} >= {"a", "b"}]
    assert both, [(p.kind, p.statement, [c.quote for c in p.citations]) for p in an.points]


def _cand(article, text, category, kind):
    s = Sentence(article, "p2", 0, 0, 0, text, text, text, text)
    return Candidate(s, category, kind, 3.0, ())


#: The sentences of the cases above, filed by their outlets' categories under opposite kinds (the
#: denial as a jobs impact, the caveat as a limit of scope): one fact, whichever kind.
FILLER = ["港口今年吞吐量创新高。", "市民普遍关注公交线路调整。", "超市周末客流明显增加。", "会议由协会秘书长主持。"]


@pytest.mark.parametrize("case", [0, 1, 2], ids=["port", "ebike", "tills"])
def test_a_denial_and_a_caveat_filed_under_two_kinds_are_one_group(case):
    texts = [a.blocks[-1].text for a in CASES[case][1]]
    a = _cand("a", texts[0], "jobs", "impact")
    b = _cand("b", texts[1], "scope", "limit")
    weights = idf([content_tokens(t) for t in texts + FILLER])
    groups = cluster([a, b], weights)
    assert len(groups) == 1, [[c.sentence.simple for c in g] for g in groups]
