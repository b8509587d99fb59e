"""A figure's label is the counted noun nearest it in its own clause, never a fragment: an adverb of scope
closing the noun before it ("公证费、鉴定费均|有票据": 费均) gives no label, and an organisation named
before what is counted ("…物业服务有限公司停车收入") is whose the figure is, not part of what it counts.
Synthetic sentences in forms unlike the development corpora (an arbitration award, a co-op's accounts,
a school's notice)."""

from __future__ import annotations

from generator.analyse.facts import _figures_in


def _figs(text: str):
    return {f.value + f.unit: f for f in _figures_in(text, text, "")}


def test_an_adverb_of_scope_closes_no_label():
    got = _figs("申请人主张的合理费用中，鉴定费、差旅费均有单据，本委酌情支持8600元。")
    assert "费均" not in got["8600元"].what and not got["8600元"].what.endswith(("均", "都")), got["8600元"].what


def test_an_organisations_name_is_not_what_a_figure_counts():
    got = _figs("二、被告于本判决生效之日起十日内赔偿原告青岚游乐科技有限公司经济损失80000元及合理开支9000元。")
    for key in ("80000元", "9000元"):
        f = got[key]
        assert "有限公司" not in f.what + f.subject, (f.what, f.subject)  # no company's tail glued to a noun
    got = _figs("公证费、律师费均有票据佐证，本院酌情支持15000元。")
    assert "费均" not in got["15000元"].what + got["15000元"].subject


def test_a_label_that_is_a_word_of_its_own_keeps_its_adverb_off():
    got = _figs("今年新生入学体检中，视力不良的学生都在校医室登记，共有312人。")
    assert not got["312人"].what.endswith(("都", "均")), got["312人"].what


def test_a_words_own_character_and_a_generic_company_stay_in_the_label():
    got = _figs("节假日期间，游客人均消费约2600元。")
    assert "人均" in got["约2600元"].what + got["约2600元"].subject, (got["约2600元"].what, got["约2600元"].subject)
    got = _figs("报告期内，归属于上市公司股东的净利润2.4亿元。")
    assert "上市公司股东的净利润" in got["2.4亿元"].what, got["2.4亿元"].what
