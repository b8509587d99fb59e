"""Statements and quotes a reader can use (issue 13, properties 2 and 4): a quote keeps its claim
whole (never starting on a clause whose subject and negation stay behind, never ending before the
clause that denies or bounds it), and "直接的影响是" is no subject of a statement. Sentences written
for the test on invented topics (a tariff on imported cars, a port strike, a school-meal rule), in
a news report's, an official notice's, a forum post's and a traditional-script article's wording."""

from __future__ import annotations

import pytest

from generator.analyse.statements import clean_statement, short_quote
from generator.analyse.text import to_simplified


def _quote(sentence, hits, limit=30, script="zh-Hans"):
    return short_quote(sentence, lambda t: to_simplified(t, script), hits, limit)


@pytest.mark.parametrize("sentence, hits, script, must", [
    # a notice: the negation sits in the clause the quote would start after
    ("外资持股比例今后不能，也不应该超过五成，这将显著改变合资企业的股权结构和经营方式。",
     ("超过", "股权", "改变"), "zh-Hans", "不能"),
    # a forum post: "却" goes on from the clause that names who
    ("码头工人这次罢工持续了整整三周，却没有拿到任何加班补偿，港口的货物积压还在继续增加。",
     ("补偿", "积压", "增加"), "zh-Hans", "码头工人"),
    # a traditional-script report: "也" carries the subject of the clause before
    ("新規實施以後，學校食堂每餐的價格，也不得高於去年同期水準，家長的負擔因此不會明顯增加。",
     ("價格", "負擔", "增加"), "zh-Hant", "價格"),
])
def test_a_quote_never_starts_on_a_clause_that_leaves_its_subject_behind(sentence, hits, script, must):
    q = _quote(sentence, hits, limit=40, script=script)
    assert q in sentence and must in q, q


@pytest.mark.parametrize("sentence, hits, script, must", [
    ("受原材料价格波动和海外需求放缓影响，多家车企宣布进口车价格将上涨一到两成，但不会超过政策规定的上限。",
     ("价格", "上涨"), "zh-Hans", "但不会超过"),
    ("各校食堂的餐费将统一下调一成左右，只限公立中小学，私立学校不受影响。",
     ("餐费", "下调"), "zh-Hans", "只限公立"),
    ("罷工令碼頭的集裝箱吞吐量明顯下降，並非所有航線都受到波及，近洋航線基本正常。",
     ("吞吐量", "下降"), "zh-Hant", "並非所有航線"),
])
def test_a_quote_keeps_the_clause_that_denies_or_bounds_its_claim(sentence, hits, script, must):
    q = _quote(sentence, hits, limit=40, script=script)
    assert must in q, q


def test_a_continuing_clause_that_cannot_get_its_subject_is_left_out():
    # the clause holding the subject is too long to quote: "也不能超过五成" alone would read as a
    # claim of its own, so the quote keeps only the clause that stands on its own
    sentence = "新规" + "对" * 60 + "，也不能超过五成，外资持股的比例将大幅下降"
    q = _quote(sentence, ("五成", "比例", "下降"), limit=20)
    assert q == "外资持股的比例将大幅下降"


@pytest.mark.parametrize("sentence, script, expected", [
    ("直接的影响是，进口车价格将上涨一到两成。", "zh-Hans", "进口车价格将上涨一到两成。"),
    ("最直接的冲击在于港口的集装箱吞吐量会明显下降。", "zh-Hans", "港口的集装箱吞吐量会明显下降。"),
    ("主要的影響是，家長每月的伙食支出將減少三百元左右。", "zh-Hant", "家长每月的伙食支出将减少三百元左右。"),
])
def test_the_direct_effect_is_no_subject_of_a_statement(sentence, script, expected):
    assert clean_statement(to_simplified(sentence, script), "新规", ("上涨", "下降", "减少")) == expected


def test_an_effect_described_as_deep_keeps_its_words():
    # "影响是深远的" says how deep the effect is: no lead to drop
    assert clean_statement("直接影响是深远的，进口车价格将上涨。", "新规", ("上涨",)).startswith("直接影响是深远的")
