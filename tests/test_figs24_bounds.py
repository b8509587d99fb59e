"""Outlets giving one claim figures that cannot both be true are shown side by side (issue 13, properties 2 and 6;
issue 14, property 4), however the figures are written: a share in tenths or a fraction ("四成", "三分之一"), a bound
("超过", "逾", "四成多", "不足", "近"), an approximation, a range, or one of several figures in a clause. Figures that
agree within what they state ("约四成" / "41.2%", "超过10亿" / "12亿") are not. The stories are invented (a kettle
maker's exports, a city's bike scheme)."""

from __future__ import annotations

from generator.analyse.figurebounds import bounds
from generator.analyse.model import Citation, Point
from generator.analyse.pointdiffers import differing


def _differs(*cites):
    """(kind, [(value, article)]) per disagreement of a point citing (article, sentence) pairs."""
    paras = {a: text for a, text in cites}
    point = Point(id="pt-x", kind="impact", category="demand", statement=cites[0][1],
                  citations=tuple(Citation(a, "p1", text) for a, text in cites))
    return [(d.kind, [(v, c.article) for v, c in d.values])
            for d in differing(point, lambda a, pid: paras[a], lambda a, text: text)]


def _range(text):
    [b] = bounds(text)
    return round(b.lo, 2), round(b.hi, 2), b.kind


def test_shares_in_tenths_and_fractions_are_read_as_percentages():
    assert _range("出口量下降四成") == (35.5, 44.5, "%")
    assert _range("出口量下降约四成") == (34.0, 46.0, "%")
    assert _range("出口量按年跌四成多") == (40.0, 50.0, "%")
    assert _range("成本优势在两成左右") == (15.0, 25.0, "%")
    assert 31 < _range("三分之一的订单")[0] < 33.4 < _range("三分之一的订单")[1] < 36
    assert _range("百分之十五的用户") == (14.55, 15.45, "%")
    # a year, a month span and a lone small count are no figures
    assert bounds("2024年5-6月，三台设备") == []


def test_bounds_and_ranges_allow_what_they_say():
    assert _range("销量超过10亿元")[:2] == (1e9, float("inf"))
    assert _range("门店不足20家")[:2] == (0.0, 20.0)
    assert _range("近八成用户")[:2] == (68.0, 80.0)
    assert _range("良率三到五成")[:2] == (25.5, 54.5)
    assert _range("溢价1.8-2.2倍") == (1.76, 2.25, "倍")
    assert _range("备货六七百万台")[:2] == (5.55e6, 7.45e6)
    assert _range("两万五千欧元级别") == (24550.0, 25450.0, "money")
    # "上千", "数千": vague, no value
    assert bounds("售价上调数百至上千欧元，多花数千欧元") == []


def test_a_share_in_tenths_and_a_percentage_that_cannot_meet_are_flagged_with_their_approximations():
    a = "海关数据显示，9月鹭江牌电水壶对欧出口量同比下降约四成，订单明显回落。"
    b = "据海关统计，9月鹭江牌电水壶对欧出口量同比下降约25%，环比亦有回落。"
    assert _differs(("a", a), ("b", b)) == [("figure", [("约四成", "a"), ("约25%", "b")])]
    # a Hong Kong outlet's "按年" is the mainland "同比"; the frame clause names what the bare figure measures
    c = "鹭江牌电水壶对欧出口量大幅回落，9月按年跌四成多。"
    assert _differs(("b", b), ("c", c)) == [("figure", [("约25%", "b"), ("四成多", "c")])]


def test_figures_within_their_stated_approximation_or_bound_are_no_disagreement():
    a = "9月鹭江牌电水壶对欧出口量同比下降约四成。"
    b = "9月鹭江牌电水壶对欧出口量同比下降41.2%。"
    assert not _differs(("a", a), ("b", b))
    a = "鹭江牌电水壶全年出口额超过10亿元。"
    b = "鹭江牌电水壶全年出口额达12亿元。"
    assert not _differs(("a", a), ("b", b))
    a = "鹭江牌电水壶的欧洲门店不足20家。"
    b = "鹭江牌电水壶的欧洲门店共18家。"
    assert not _differs(("a", a), ("b", b))
    # "约四成" and "四成多" are one outlet's rounding of another's
    a = "9月鹭江牌电水壶对欧出口量同比下降约四成。"
    b = "9月鹭江牌电水壶对欧出口量同比下降四成多。"
    assert not _differs(("a", a), ("b", b))


def test_precise_figures_differing_past_their_last_digit_disagree_but_rounding_does_not():
    a = "欧盟对鹭江电器加征的税率为18.8%。"
    b = "欧盟对鹭江电器加征的税率为19.3%。"
    assert _differs(("a", a), ("b", b)) == [("figure", [("18.8%", "a"), ("19.3%", "b")])]
    a = "欧盟对鹭江电器加征的税率为7%。"
    b = "欧盟对鹭江电器加征的税率为7.41%。"
    assert not _differs(("a", a), ("b", b))
    # a lower bound the other figure falls short of
    a = "鹭江共享单车24小时注册用户突破10万人。"
    b = "鹭江共享单车24小时注册用户为88,898人。"
    assert _differs(("a", a), ("b", b)) == [("figure", [("突破10万人", "a"), ("88,898人", "b")])]


def test_one_of_several_figures_in_a_clause_is_compared_as_what_it_names():
    a = "鹭江电器、海川电器和青石电器的税率分别为17.0%、18.8%、35.3%，其余企业为20.7%。"
    b = "海川电器的税率为19.3%。"
    assert _differs(("a", a), ("b", b)) == [("figure", [("18.8%", "a"), ("19.3%", "b")])]
    # the enumerated items' own figures agree with an outlet naming them: no disagreement
    c = "鹭江电器的税率为17%，青石电器的税率为35.3%。"
    assert not _differs(("a", a), ("c", c))
    # a clause naming another company after a figure clause borrows nothing from it
    d = "鹭江电器、海川电器的税率分别为17.0%、19.3%，青石电器则为9%。"
    assert not _differs(("d", d), ("b", b))


def test_two_outlets_dating_when_one_measure_takes_effect_a_day_apart_are_flagged():
    a = "欧盟委员会公布临时税率，并于7月5日起对鹭江牌电水壶征收临时反补贴税。"
    b = "欧盟委员会公布临时税率，计划自7月4日起对鹭江牌电水壶征收临时反补贴税。"
    [(kind, values)] = _differs(("a", a), ("b", b))
    assert kind == "date" and sorted(v for v, _ in values) == ["7月4日", "7月5日"]
    # a day opening a stretch ("7月4日以来") is still no event's day
    c = "7月4日以来，鹭江牌电水壶的欧洲订单持续减少，经销商临时反补贴税负担加重。"
    assert not _differs(("a", a), ("c", c))


def test_a_change_a_denied_bound_and_other_counters_are_read_as_what_they_say():
    # the figure a change starts from is not the one it reaches
    a = "鹭江市公共自行车的押金由200元下调至99元。"
    b = "鹭江市公共自行车押金从200元降到99元。"
    assert not _differs(("a", a), ("b", b))
    c = "鹭江市公共自行车的押金由300元下调至99元。"
    assert _differs(("a", a), ("c", c)) == [("figure", [("200元", "a"), ("300元", "c")])]
    # "没有破10万" is under it: 88,898 agrees
    a = "鹭江共享单车24小时注册用户为88,898人，没有破10万人。"
    b = "鹭江共享单车24小时注册用户破了5万人。"
    assert not _differs(("a", a), ("b", b))
    # households and people are two counts
    a = "鹭江共享单车的新政惠及5000万户家庭、1.5亿人口。"
    b = "鹭江共享单车的新政惠及约5000万户家庭。"
    assert not _differs(("a", a), ("b", b))


def test_a_sentence_naming_days_of_two_months_still_dates_each_event():
    a = "6月12日，欧盟委员会公布临时税率，并于7月5日起对鹭江牌电水壶征收临时反补贴税。"
    b = "欧盟委员会公布临时税率，计划自7月4日起对鹭江牌电水壶征收临时反补贴税。"
    [(kind, values)] = _differs(("a", a), ("b", b))
    assert kind == "date" and sorted(v for v, _ in values) == ["7月4日", "7月5日"]
    # two days of one month in a sentence are a span: neither is compared
    c = "7月4日至7月8日，欧盟委员会对鹭江牌电水壶征收临时反补贴税。"
    assert not _differs(("a", a), ("c", c))


def test_each_outlet_is_compared_by_its_figure_of_the_same_thing():
    a = "其他配合调查的企业适用20.7%，未配合调查的企业则适用35.3%。"
    b = "其他配合调查的企业21%，未配合调查的企业38.1%。"
    # 20.7% and 21% agree; the denied "未配合调查的企业" pair disagree, and neither is set against the other's
    assert _differs(("a", a), ("b", b)) == [("figure", [("35.3%", "a"), ("38.1%", "b")])]


def test_two_measures_sharing_a_place_word_are_not_one_figure():
    a = "国庆假期重点监测的一线城市新房认购量同比增长超过50%。"
    b = "10月全国重点30城新房成交面积同比增长约一成。"
    assert not _differs(("a", a), ("b", b))
