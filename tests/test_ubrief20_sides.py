"""The sides of a disagreement as an analyst reads them (issue 13): a dissenter introduced as such ("X则不这么乐观",
"但Y提醒", "Z方面则强调") holds the other side, never the view he disputes; a doubt the text raises ("也有人质疑…")
against a named holder's answer is a contention; a concession ("门店亏损不等于品牌亏损") is labelled as one, not as
the opposite claim; a holder's frame ("某大学教授李某直言，") is no part of the question asked.

The stories are invented (a city's shared e-scooter scheme in a weekly's feature, a cinema chain's loyalty card in a
business column, a ferry line's new timetable in a regional paper, a bakery chain's store losses); none of the
corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.polarity import QUESTIONS, conceded
from generator.analyse.disputequestion import claim_clauses
from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _all_names


def _names(side) -> str:
    """A side's holders as one string (a name read with its role, "市民代表某某", still names them)."""
    return "|".join(sorted(_all_names(side)))

_article = partial(contendkit.article, date="2026-06-01")
_shown = contendkit.shown
_with = contendkit.quoting
_side_quoting = contendkit.side_quoting

SCOOTER = "topic:\n  label: 共享电单车\n  terms: [共享电单车, 电单车]\n"

WEEKLY = _article("weekly", "共享电单车进城一年", (
    "去年五月，河川市引入共享电单车，目前投放量已达两万辆。\n\n"
    "但这一模式究竟利大于弊，各方看法不一。城市交通研究所研究员方志远认为，电单车填补了公交末端的空白，"
    "“短途出行更方便了，长期对城市交通是有益的”。\n\n"
    "市民代表许文静则不这么乐观。她认为，电单车乱停乱放挤占了人行道，“管理跟不上，这不是有益的出行方式”。\n\n"
    "运营公司表示，今年将新增三千个停车点。"))


def test_a_dissenter_introduced_as_such_holds_the_other_side(tmp_path):
    an, _ = _run(tmp_path, [WEEKLY], SCOOTER)
    found = _with(an, "乱停乱放")
    assert found, _shown(an)
    c = found[0]
    good, bad = _side_quoting(c, "长期对城市交通是有益的"), _side_quoting(c, "乱停乱放")
    assert good is not bad, _shown(an)
    assert "许文静" in _names(bad) and "许文静" not in _names(good), _shown(an)
    assert "方志远" in _names(good), _shown(an)


CINEMA = "topic:\n  label: 会员卡\n  terms: [会员卡, 影院会员]\n"

COLUMN = _article("column", "影院会员卡涨价之后", (
    "星光影城上月把会员卡年费从一百元调到一百八十元，并取消了周末半价。\n\n"
    "行业分析师罗一鸣认为，年费上调能筛出高频观众，会员卡“让影院拿到稳定的预收现金，是合理的经营选择”。\n\n"
    "但消费者协会秘书长韩冰提醒，取消周末半价等于变相涨价，风险在于过度透支老会员的信任，"
    "“一旦观众流失，影院的票房会受到更大冲击”。\n\n"
    "影城回应称，调整后的会员卡将增加免费爆米花等权益。"))


def test_a_contrasted_holder_opening_the_next_paragraph_answers_the_holder_before(tmp_path):
    an, _ = _run(tmp_path, [COLUMN], CINEMA)
    found = _with(an, "变相涨价")
    assert found, _shown(an)
    c = found[0]
    pro, con = _side_quoting(c, "合理的经营选择"), _side_quoting(c, "变相涨价")
    assert pro is not con, _shown(an)
    assert "韩冰" in _names(con) and "韩冰" not in _names(pro), _shown(an)
    assert "罗一鸣" in _names(pro), _shown(an)


FERRY = "topic:\n  label: 轮渡新时刻表\n  terms: [轮渡, 时刻表]\n"

PAPER = _article("paper", "东湾轮渡启用新时刻表", (
    "东湾轮渡本月起启用新时刻表，早班船由六点半推迟到七点。\n\n"
    "海岛居民联谊会会长钟海生直言，早班推迟后岛上学生赶不上七点半的早自习，“这是只看客流、不顾居民的安排”。\n\n"
    "轮渡公司方面则强调，六点半班次平均只有九名乘客，推迟半小时是根据全年客流统计作出的调整。\n\n"
    "新时刻表将试行三个月。"))


def test_a_party_answering_with_its_own_reasons_across_a_paragraph_is_the_other_side(tmp_path):
    an, _ = _run(tmp_path, [PAPER], FERRY)
    found = _with(an, "平均只有九名乘客")
    assert found, _shown(an)
    c = found[0]
    residents, company = _side_quoting(c, "不顾居民"), _side_quoting(c, "平均只有九名乘客")
    assert residents is not company, _shown(an)
    assert "钟海生" in _names(residents), _shown(an)
    # the question is the claim, not who said it
    assert "直言" not in c.topic and "钟海生" not in c.topic, _shown(an)


BAKERY = "topic:\n  label: 连锁面包店\n  terms: [面包店, 门店]\n"

REPORT = _article("report", "麦香坊一季度开店三百家", (
    "麦香坊一季度新开门店三百家，官方称会员人数突破五百万。\n\n"
    "不过，也有人质疑会员数字的含金量。注册会员只需扫码领一张优惠券，活跃会员的比例从未公布。"
    "零售顾问田嘉禾认为，“注册数有水分是难免的，但复购率能到四成，说明会员是真实存在的”。\n\n"
    "麦香坊计划年底前进入十个新城市。"))


def test_a_doubt_the_text_raises_and_a_named_holder_answering_it_are_two_sides(tmp_path):
    an, _ = _run(tmp_path, [REPORT], BAKERY)
    found = _with(an, "复购率能到四成")
    assert found, _shown(an)
    c = found[0]
    doubt, answer = _side_quoting(c, "活跃会员的比例从未公布"), _side_quoting(c, "复购率能到四成")
    assert doubt is not answer, _shown(an)
    assert "田嘉禾" in _names(answer) and "田嘉禾" not in _names(doubt), _shown(an)
    assert "质疑" in c.topic and c.topic.endswith("？"), _shown(an)
    # the doubt states its side, the facts after it back it: never figures with no position
    assert doubt.statement.startswith("有人质疑会员数字"), _shown(an)
    # ... in one sentence: a colon after the doubt would read as a speaker's label ("有人质疑会员数字的含金量：")
    assert not doubt.statement.startswith("有人质疑会员数字的含金量：") and "：" not in doubt.statement[:16], _shown(an)


def test_a_concession_stands_on_neither_side_of_the_claim_it_grants():
    loss = next(q for q in QUESTIONS if q.id == "loss")
    assert conceded("门店亏损不等于品牌亏损，账要放在整个体系里算", loss)
    assert conceded("短期亏钱并不意味着这门生意做不下去", loss)
    # a denial of the claim is the other side, not a concession
    assert not conceded("所谓亏损的说法并不准确，门店毛利已经为正", loss)
    assert not conceded("没有亏损不代表经营健康", loss)


def test_a_holder_s_frame_is_no_part_of_the_question():
    assert claim_clauses("现任师范大学副教授的林某直言，新教材删减了古诗，会削弱学生的语感。") \
        .startswith("新教材删减了古诗")
    assert claim_clauses("分析师王某认为，票价上调会赶走学生客源。").startswith("票价上调")
    # a clause that is the claim itself stays
    assert claim_clauses("票价上调，学生客源会流失。").startswith("票价上调")
