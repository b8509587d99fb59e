"""Key figures keep the words that bound them, as written: a comparison with its base between
("不足全部贷款的0.3%" is 不足0.3%), 低于/高于, 大概是, "连3%都不到"; a number with a thousands
separator is one number ("每升10,000贝克勒尔", "超过3,000个样本"), in units any topic uses. On a
small synthetic article written for the test (an invented reservoir and water company)."""

from __future__ import annotations

from tests.test_index import _article, _run

BODY = "\n\n".join([
    "南湖水务对受影响用户的赔付合计不足全年营收的0.3%，且大部分已计提拨备。",
    "分析师认为，下游渔场的损失回收率可能低于5%，而水务公司的总负债大概是3,270亿元。",
    "一位渔民说，最后能拿回来的，我估计连3%都不到。",
    "检测中心共检测了超过3,000个水样，最高读数也低于饮用水标准的每升10,000贝克勒尔。",
])


def _figures():
    return _run(_article("w", BODY, title="南湖水库污染事件的赔付", date="2026-03-02")).figures


def _shown(f):
    return f"{f.value}{f.unit}{f.after}"


def test_a_bound_stays_with_its_figure_even_with_the_base_between():
    shown = {_shown(f) for f in _figures()}
    assert "不足0.3%" in shown, shown
    assert "低于5%" in shown, shown
    assert any(s.startswith("大概是3,270") for s in shown), shown
    assert "3%都不到" in shown, shown


def test_bounds_read_from_those_words():
    by = {_shown(f): f for f in _figures()}
    low = by["不足0.3%"]
    assert low.high is not None and low.high <= 0.3 + 1e-9, (low.low, low.high)


def test_a_thousands_separator_is_one_number():
    numbers = {f.number for f in _figures()}
    assert 10000 in numbers and 3000 in numbers, numbers


def test_a_figure_is_the_stated_datas_not_the_last_speakers_and_a_condition_is_no_subject():
    body = ("水务分析师柯远认为，污染对水价的影响有限。根据海川咨询数据，南湖片区今年1月的用水量按年仍跌约34%，"
            "与单一事件关系不大。\n\n若南湖水务停牌持续18个月，交易所可取消其上市地位。")
    figs = _run(_article("s", body, title="南湖水库", date="2026-03-02")).figures
    drop = [f for f in figs if f.value.endswith("34")][0]
    assert drop.source.startswith("海川咨询") and drop.subject == "南湖片区", (drop.source, drop.subject)
    months = [f for f in figs if f.value == "18"][0]
    assert not months.subject.startswith("若") and not months.what.startswith("若"), (months.subject, months.what)


def test_a_figures_context_is_not_cut_at_a_thousands_separator():
    body = "南湖水务总负债约2.39万亿元，其中境外债务约1,600亿元人民币，占总负债比例不足一成。"
    figs = _run(_article("c", body, title="南湖水务", date="2026-03-02")).figures
    debt = [f for f in figs if f.value.endswith("1,600")][0]
    assert "1,600亿元" in debt.context, debt.context


def test_tenths_and_a_bare_thousand_after_more_than_are_figures():
    body = ("南湖水务九成以上的资产在本省，旗下附属公司逾千家。渔民说，鱼价跌了约三成。"
            "这是一成不变的规矩，他八成是不来了，公司成为行业第一。")
    figs = _run(_article("t", body, title="南湖水务", date="2026-03-02")).figures
    shown = {f"{f.value}{f.unit}{f.after}" for f in figs}
    assert {"九成以上", "逾千家", "约三成"} <= shown, shown
    assert not any(s.startswith(("一成", "八成")) for s in shown), shown
    third = [f for f in figs if f.value == "约三"][0]
    assert third.low is not None and 25 <= third.low <= 30 <= third.high <= 35, (third.low, third.high)


def test_a_currency_in_its_other_spellings_stays_in_the_unit_not_the_label():
    figs = _run(_article("y", "南湖渔业协会统计，去年对外出口水产品约3873亿日圆，其中鲜鱼约871亿日圆。",
                         title="南湖渔业", date="2026-03-02")).figures
    big = [f for f in figs if f.value.endswith("3873")][0]
    assert big.unit == "亿日圆" and "日圆" not in (big.what or ""), (big.unit, big.what)
