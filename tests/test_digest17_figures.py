"""Figures that keep their meaning (digest17): a count of people says the state they are in, a
measured length is no size, a return period is no span, who comments on a figure is not its source,
and a figure whose label names no measured thing is no key figure. Synthetic texts in forms and on
topics unlike the development corpora (a mine's wire dispatch, a marathon organiser's e-mail, a
reservoir engineer's forum post, a school canteen's notice)."""

from __future__ import annotations

from generator.analyse.facts import _figures_in
from generator.analyse.model import Figure
from generator.render.figures import digest_figures


def _figs(text: str, speaker: str = ""):
    return {f.value + f.unit: f for f in _figures_in(text, text, speaker)}


def test_a_count_of_people_says_the_state_they_are_in():
    # a wire dispatch on a mine accident
    got = _figs("（路透社电）矿务局通报，截至6日晚已造成山西9人遇难、4人受伤，其余矿工已全部升井。")
    assert got["9人"].what == "遇难" and got["9人"].subject == "山西"
    assert got["4人"].what == "受伤" and got["4人"].subject == ""  # no noun of another clause as its owner
    # an e-mail from a marathon's organiser: "N人受伤，" in the middle of a line
    got = _figs("各位跑友：本届赛事途中有32人受伤，均已送医。")
    assert got["32人"].what == "受伤"


def test_a_count_followed_by_an_object_is_not_a_state():
    got = _figs("公司裁员300人并关闭两座工厂。")
    assert got["300人"].what != "并"
    got = _figs("志愿者120人表示愿意继续值守。")  # a speech verb is no state
    assert got["120人"].what != "表示"


def test_a_measured_length_is_no_size_but_a_thing_s_size_is():
    got = _figs("水库管理处：昨日库区降水量达86毫米，坝前水位上涨1.2米。")
    assert not got["86毫米"].trivia and got["86毫米"].what.endswith("降水量")
    got = _figs("这款手机厚度不到8毫米。")
    assert got["不到8毫米"].trivia == "size"


def test_a_return_period_is_no_span():
    got = _figs("论坛帖：这座老城的堤防是按二十年一遇标准修的，远低于五十年一遇的新规范。")
    assert all(f.trivia for k, f in got.items() if "年" in k)


def test_who_comments_after_a_figure_is_not_its_source():
    text = "按现行办法，食堂餐费补贴约为每人每天6元，不少家长认为标准太低。"
    got = _figs(text, speaker="不少家长")
    assert got["6元"].source == ""
    # a speaker quoted with the figure in their words gives it
    text = "“餐费补贴每人每天6元，”校长认为这个标准合理。"
    assert _figs(text, speaker="校长")["6元"].source == "校长"
    # ...and one named before the figure gives it
    text = "市教育局表示，今年补贴将提高到每人每天8元。"
    assert _figs(text, speaker="市教育局")["8元"].source == "市教育局"


def test_a_body_that_disclosed_the_figure_is_its_source():
    text = "据省煤矿安全监察局披露，今年前五个月全省共发生事故12起，直接经济损失约3400万元。"
    got = _figs(text, speaker="本报记者")
    assert got["约3400万元"].source == "省煤矿安全监察局"
    text = "据市统计局3日公布，上半年全市新增就业岗位约4.6万个。"
    assert _figs(text)["约4.6万个"].source == "市统计局"  # the day it was published is no part of who
    text = "根据2019年发布的《补贴办法》，每名学生每天补贴约6元。"
    assert _figs(text)["约6元"].source in ("", "补贴办法", "《补贴办法》")  # a year is no source


def _fig(what: str, kind: str = "count", weight: float = 3.0, subject: str = "", context: str = "") -> Figure:
    return Figure(value="12", unit="", kind=kind, context=context or what + "12个", article="a", paragraph="p1",
                  what=what, subject=subject, weight=weight, key=what + kind)


def test_a_figure_with_no_label_or_a_fragment_is_no_key_figure():
    kept = digest_figures([_fig("降水量", "quantity"), _fig(""), _fig("物资车需", "duration", context="物资车需绕行三四个小时"),
                           _fig("设置临时", context="设置临时安置点近40个"), _fig("股价下跌", "percent"),
                           _fig("遇难", subject="山西"), _fig("码头村 事件 一分队转移群众87人，其中老人")])
    # (a figure whose label was not found is shown with its clause, as before)
    assert [f.what for f in kept] == ["降水量", "", "股价下跌", "遇难"]


def test_a_scope_before_a_share_is_not_what_it_measures():
    # an e-paper's business page: "覆盖全国约七成以上的X"
    got = _figs("园区内共有冷库四十余座，覆盖全国约七成以上的进口水果批发商。")
    assert got["约七成"].what == "进口水果批发商", got["约七成"].what


def test_who_says_a_span_is_not_what_it_measures():
    f = Figure(value="三", unit="个月", kind="duration", context="三个月内恢复很难", article="a", paragraph="p1",
               what="何明远", source="何明远", weight=3.0, key="三个月")
    assert digest_figures([f]) == []


def test_one_precise_value_of_one_measure_is_one_key_figure_whoever_the_clause_names():
    from types import SimpleNamespace

    from generator.render.figures import key_figures

    def fig(article, subject, what="降水量", value="86.4"):
        return Figure(value=value, unit="毫米", kind="quantity", context=f"{subject}{what}达{value}毫米", article=article,
                      paragraph="p1", what=what, subject=subject, weight=3.0, key=value + "毫米", number=float(value),
                      low=float(value) - 0.05, high=float(value) + 0.05, dimension="quantity:毫米")
    analysis = SimpleNamespace(points=[], figures=[fig("a", "城西区"), fig("b", "城西观测站"),
                                                   fig("c", "城南河道", "水位")])
    groups = key_figures(analysis)
    assert sorted(len(g) for g in groups) == [1, 2]  # the two rainfalls are one row; a river's level of the same value is not
