"""A point does not join two parties' different facts because they share a figure (issue 13): a carmaker's plant
rising to 20万辆 a year and a supplier's new line adding 20万套 a year are two facts, each with its own source.

The stories are invented (an electric-bus maker's second plant, a seat supplier's new line); none of the corpora
has them.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.claims import Candidate
from generator.analyse.grouping import shared_hard
from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, date="2026-06-01")

BUS = "topic:\n  label: 电动客车\n  terms: [电动客车, 客车]\n"

PLANT = _article("plant", "电动客车二期工厂开工", (
    "蓝航客车二期工厂预计年内开工，建成后蓝航电动客车在新区的总产能将提升至每年20万辆。\n\n"
    "新区管委会表示，二期工厂将带动三千个就业岗位。"))

SEATS = _article("seats", "座椅供应商扩产", (
    "为配套电动客车订单，华座科技宁州基地二期项目已开工建设，达产后将新增客车座椅总成年产能约20万套。\n\n"
    "华座科技表示，新产线将主要供应本地客车厂。"))


def test_two_parties_facts_sharing_a_number_are_two_points(tmp_path):
    an, _ = _run(tmp_path, [PLANT, SEATS], BUS)
    both = [p for p in an.points if {"plant", "seats"} <= set(p.articles)
            and any("20万辆" in c.quote for c in p.citations) and any("20万套" in c.quote for c in p.citations)]
    assert not both, [(p.statement, [c.quote for c in p.citations]) for p in both]


def _cand(hard, measures):
    return Candidate(sentence=None, kind="impact", category="x", score=1.0, hits=(), hard=frozenset(hard),
                     measures=frozenset(measures))


def test_a_figure_is_shared_only_when_it_counts_the_same_kind_of_thing():
    assert not shared_hard(_cand({"20万"}, {"#辆", "产能"}), _cand({"20万"}, {"#套", "产能"}))
    assert shared_hard(_cand({"20万"}, {"#辆"}), _cand({"20万"}, {"#辆", "产能"})) == {"20万"}
    # a figure without a measure word on one side is still shared; a title always is
    assert shared_hard(_cand({"20万"}, {"产能"}), _cand({"20万"}, {"#套"})) == {"20万"}
    assert shared_hard(_cand({"20万", "蓝图计划"}, {"#辆"}), _cand({"20万", "蓝图计划"}, {"#套"})) == {"蓝图计划"}


PRICE = "topic:\n  label: 整车压价\n  terms: [压价, 供应链]\n"

FEATURE = _article("feature", "整车压价传导到供应链", (
    "今年整车厂普遍要求零部件年降一成以上。\n\n"
    "分析师郑一凡认为，压价最终会一路传导到供应链，零部件厂的利润会越来越薄。\n\n"
    "供应链的感受更直接。座椅面料厂业务协理陈东海表示，打进大车企体系的厂商出货量会放大，"
    "“但整车厂压价很凶，零部件厂的利润只会越来越薄”。\n\n"
    "多家零部件上市公司一季度毛利率同比下滑。"))


def test_another_holder_s_words_are_never_evidence_credited_to_the_point_s_speaker(tmp_path):
    an, _ = _run(tmp_path, [FEATURE], PRICE)
    for p in an.points:
        names = "|".join(sp.name for sp in p.speakers)
        for c in p.citations:
            for who in ("郑一凡", "陈东海"):
                if who in c.quote:
                    assert who in names, (p.statement, names, [x.quote for x in p.citations])
