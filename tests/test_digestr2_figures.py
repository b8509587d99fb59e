"""Figures in Chinese numerals of several places, and the briefing's key figures listing one fact once.

A numeral written with 千/百 and a further place ("两千五百块", "两万三千人", "一千二百余家") is one
figure read whole, never its last place alone and never nothing. Tested on forms no development
corpus has (a second-hand market post, a volunteer team's e-mail, a county notice, a radio
transcript) on invented topics."""

from __future__ import annotations

import pytest

from generator.analyse.facts import _figures_in
from generator.analyse.model import Figure

FORMS = {
    # a second-hand market post with its replies
    "market": ("楼主 旧琴行老周 发表于 2025-03-02 21:14\n这台二手立式钢琴我收了两千五百块，调音师说还能再用十年。", "两千五百", "块", 2500),
    # a volunteer team's e-mail
    "email": ("发件人：河湾护鸟志愿队\n主题：春季观鸟周小结\n各位队员：本周共有两万三千人次登记入园，比去年多了不少。", "两万三千", "人次", 23000),
    # a county notice with numbered items
    "notice": ("关于开展茶园病虫害统防统治的通知\n一、全县一千二百余家茶叶合作社须于四月底前完成登记。", "一千二百余", "家", 1200),
    # a radio transcript with speaker turns
    "radio": ("主持人：听说今年修缮古桥花了多少钱？\n工程队长：前后一共花了三千二百万元，比预算多了一点。", "三千二百", "万元", 32_000_000),
    # a count of hundreds with a tens place, a 零 inside
    "zero": ("馆长在留言板回复：今年一共修复了一千零五十件藏品，还有三百五十名志愿者参与。", "一千零五十", "件", 1050),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_numeral_of_several_places_is_read_whole(form):
    text, value, unit, number = FORMS[form]
    figs = _figures_in(text, text, "")
    got = [(f.value, f.unit, f.number) for f in figs]
    match = [f for f in figs if f.value.endswith(value) and f.unit.startswith(unit[:1])]
    assert match, got
    assert match[0].number == pytest.approx(number), got
    # never its last place alone ("五百块", "三千人") or a smaller part of it
    assert not any(f.number is not None and 0 < f.number < number and f.unit == match[0].unit for f in figs), got


def test_hundreds_before_a_money_or_counted_unit_are_read_and_sayings_are_not():
    for text, shown in (("门票三百元一张。", "三百"), ("报名的有五百人。", "五百"), ("押金两千块钱。", "两千")):
        assert [f.value for f in _figures_in(text, text, "")] == [shown], text
    for saying in ("三百六十行，行行出状元。", "他读完了一千零一夜。", "排在第一千二百名。", "千人千面。"):
        assert not _figures_in(saying, saying, ""), saying


def _fig(article, paragraph, subject, what, context, weight=2.0):
    return Figure(value="63", unit="岁", kind="quantity", context=context, article=article,
                  paragraph=paragraph, number=63.0, key="63岁", what=what, subject=subject,
                  low=62.5, high=63.5, dimension="age", weight=weight)


class _Analysis:
    def __init__(self, figures):
        self.figures, self.points = figures, []


def test_one_fact_one_article_gives_twice_is_one_key_figure():
    """A report states a retirement age in its lead and again in its analysis (two subjects found:
    the body and the country); two other outlets each give it once. The briefing lists 63岁 once,
    citing all three, not two rows of 63岁."""
    from generator.render.figures import key_figures

    figs = [_fig("a-wire", "p1", "渔业协会", "", "渔业协会把船员退休年龄定为63岁"),
            _fig("a-wire", "p6", "沿海", "船员", "沿海这次船员延到63岁"),
            _fig("b-paper", "p1", "沿海渔业协会", "船员", "把船员退休年龄延至63岁"),
            _fig("c-blog", "p2", "沿海渔民", "船员", "船员延到63岁")]
    rows = [g for g in key_figures(_Analysis(figs)) if g[0].key == "63岁"]
    assert len(rows) == 1, [[(f.article, f.subject) for f in g] for g in rows]
    assert {f.article for f in rows[0]} == {"a-wire", "b-paper", "c-blog"}


def test_one_value_of_two_owners_stays_two_key_figures():
    from generator.render.figures import key_figures

    figs = [_fig("a-wire", "p1", "甲港", "船员", "甲港船员退休年龄为63岁"),
            _fig("b-paper", "p1", "甲港", "船员", "甲港船员63岁退休"),
            _fig("a-wire", "p4", "乙岛", "船员", "乙岛船员退休年龄为63岁"),
            _fig("c-blog", "p2", "乙岛", "船员", "乙岛船员63岁退休")]
    rows = [g for g in key_figures(_Analysis(figs)) if g[0].key == "63岁"]
    assert len(rows) == 2, [[(f.article, f.subject) for f in g] for g in rows]
