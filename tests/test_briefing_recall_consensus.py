"""The headline event as a point, and another item of a newsletter as none (issue 13, properties 7
and 8).

The story is invented for the test and unlike any corpus of the project: a harbour ferry company's
board ends a ferry route. Four outlets report it; every one states the decision and its terms in
plain words, with no effect word ("董事会决定…末班船定于4月30日开出", "南湾航线不在调整范围内").
The editor names only the topic. Then:

* the decision most outlets report is a point (an impact) citing several of them, although no
  category's words place it, and it comes first among the general categories;
* the terms that restrict it (only one route, the other not concerned) are a limit;
* a fact one outlet alone reports without an effect word is no point;
* a newsletter's other item, in its own section that never names the topic, is no point, though
  its sentences carry effect words and the topic was named a few paragraphs before.
"""

from __future__ import annotations

from types import SimpleNamespace

from generator.analyse.consensus import is_limit
from generator.analyse.taxonomy import load_taxonomy
from tests.test_briefing_recall import _article, _citing, _named_only, _run

TOPIC = "topic:\n  label: 北岛航线停航\n  terms: [北岛航线停航]\n"

FERRY = (
    ("a", "星湾轮渡董事会决定结束北岛航线",
     "星湾轮渡公司董事会周一决定，北岛航线的末班船定于4月30日开出，此后该航线由市交通局接管的巴士线替代。\n\n"
     "星湾轮渡成立于1987年，总部位于港口区。\n\n"
     "公司发言人说，南湾航线不在此次调整范围之内，班次维持不变。\n\n"
     "码头附近的小吃摊主陈女士说，她在码头卖了二十年鱼丸。"),
    ("b", "北岛航线4月底停航",
     "据星湾轮渡公告，董事会已决定，北岛航线末班船4月30日开出，航线随后由市交通局安排巴士接驳。\n\n"
     "公告强调，此次调整只涉及北岛航线，南湾航线照常运营。\n\n"
     "北岛居民联会表示，停航后居民往返市区的时间将增加约40分钟，联会将向市议会请愿。"),
    ("c", "星湾轮渡：北岛航线完成最后航季",
     "星湾轮渡公司董事会决定，北岛航线4月30日末班船之后不再开出，交通局将以巴士接驳。\n\n"
     "不少乘客赶在停航前专程搭乘，周末航班的船票被抢购一空。\n\n"
     "公司表示，南湾航线不在调整范围之内。"),
    ("d", "港城早知道",
     "## 1. 北岛航线月底停航\n\n"
     "星湾轮渡董事会决定，北岛航线末班船定于4月30日开出，此后由交通局巴士接驳。\n\n"
     "## 2. 港城马拉松报名火爆\n\n"
     "今年港城马拉松报名人数同比增长三成，带动赛道沿线酒店需求大幅上升，房价普遍上涨。\n\n"
     "组委会表示，赛事将推动体育旅游发展，为城市带来可观的消费增长。"),
)


def _ferry(tmp_path):
    return _run(tmp_path, [_article(*a) for a in FERRY], _named_only(TOPIC))


def test_the_decision_most_outlets_report_is_a_point(tmp_path):
    an, _ = _ferry(tmp_path)
    decision = _citing(an, "a", "末班船定于4月30日开出")
    assert decision, [p.statement for p in an.points]
    assert all(p.kind == "impact" for p in decision)
    cited = set().union(*(set(p.articles) for p in decision))
    assert len(cited) >= 2 and "a" in cited, cited
    # the news itself leads the general categories
    general = [p for p in an.points if p.category not in {r.category.id for r in load_taxonomy(
        tmp_path / "taxonomy.yml").rules if not r.general}]
    assert general[0] in decision, [p.statement for p in general]


def test_the_terms_that_restrict_it_are_a_limit(tmp_path):
    an, _ = _ferry(tmp_path)
    scope = _citing(an, "a", "南湾航线不在此次调整范围之内") + _citing(an, "c", "南湾航线不在调整范围之内")
    assert scope and all(p.kind == "limit" for p in scope), [(p.kind, p.statement) for p in scope]


def test_a_shared_figure_counts_as_a_distinctive_term():
    from generator.analyse.consensus import _FIGURE

    assert _FIGURE.findall("停航后往返时间将增加约40分钟，票价上调12.5%，涉及3000人") == ["12.5%", "3000人"]
    assert not _FIGURE.findall("北岛航线开通于1992年")  # a year is a date, not a figure


def test_a_fact_one_outlet_alone_reports_is_no_point(tmp_path):
    an, _ = _ferry(tmp_path)
    assert not _citing(an, "a", "成立于1987年")
    assert not _citing(an, "a", "卖了二十年鱼丸")


def test_another_item_of_a_newsletter_is_no_point(tmp_path):
    an, _ = _ferry(tmp_path)
    assert _citing(an, "d", "末班船定于4月30日开出")  # the topic's own item is cited
    assert not _citing(an, "d", "报名人数"), [p.statement for p in an.points if "d" in p.articles]
    assert not _citing(an, "d", "体育旅游")


def test_restricting_language_makes_a_limit_and_plain_facts_do_not():
    tax = SimpleNamespace(limit_signals=("风险", "无法"), impact_signals=("影响", "带动"))
    for text in ("此次调整只涉及北岛航线", "南湾航线不在此次调整范围之内", "对市区交通的影响有限",
                 "获批的可能性很低", "整个程序需要数年", "能否接管仍取决于法院", "停航并不意味着公司结业"):
        assert is_limit(text, tax), text
    for text in ("董事会决定末班船定于4月30日开出", "交通局将以巴士接驳", "船票被抢购一空",
                 "星湾轮渡有限公司发布公告", "北岛航线开通于十几年前", "交通局只是接管巴士线"):
        assert not is_limit(text, tax), text


#: An editor who names the route itself among the terms.
TOPIC_ROUTE = "topic:\n  label: 北岛航线停航\n  terms: [北岛航线停航, 北岛航线]\n"
COLUMN = ("e", "评论：北岛航线之后",
          "北岛航线停航之后，交通局的接驳巴士能否准时，仍取决于跨海大桥的车流。\n\n"
          "北岛航线的复航可能性很低，船队已经转租。\n\n"
          "北岛航线停航将推动北岛的民宿转型，带动巴士沿线的小店生意。\n\n"
          "北岛航线开通于1992年，由三艘渡轮轮流行驶。")


def test_a_claim_no_category_places_takes_its_kind_from_its_own_words(tmp_path):
    an, _ = _run(tmp_path, [_article(*a) for a in FERRY + (COLUMN,)], _named_only(TOPIC_ROUTE))
    # no category's words: restricting or doubting the topic is a limit
    for text in ("复航可能性很低", "仍取决于跨海大桥的车流"):
        got = _citing(an, "e", text)
        assert got and all(p.kind == "limit" for p in got), (text, [(p.kind, p.statement) for p in got])
    # an effect stated of the topic is an impact
    got = _citing(an, "e", "推动北岛的民宿转型")
    assert got and all(p.kind == "impact" for p in got), [(p.kind, p.statement) for p in got]
    # a plain fact of one outlet, naming the topic, is no claim
    assert not _citing(an, "e", "开通于1992年")


def test_a_credit_line_and_a_bare_list_are_no_claims():
    from generator.analyse.claims import not_a_claim

    assert not_a_claim("各航线客流变化（截至4月30日）资料来源：交通局，星湾轮渡年报。")
    assert not_a_claim("风险提示：客流恢复不及预期；巴士接驳推进不及预期；票价出现超预期调整。")
    # a sentence with clauses, or two items only, is still read
    assert not not_a_claim("停航后北岛居民往返市区的时间将增加约40分钟；联会将向市议会请愿。")
    assert not not_a_claim("北岛航线停航将推动北岛的民宿转型，带动巴士沿线的小店生意。")


def test_sections_are_about_the_topic_unless_they_never_name_it():
    from generator.analyse.relevance import off_topic_sections

    d = _article(*FERRY[3])
    same = lambda slug: (lambda text: text)  # noqa: E731
    away = off_topic_sections([d], same, ("北岛航线",))
    paras = [b.id for b in d.blocks if b.kind == "p"]
    assert away == {("d", pid) for pid in paras[1:]}, (away, paras)
    assert off_topic_sections([d], same, ()) == set(), "no topic named: nothing is set aside"
