"""Spans of years, ages and loose counts are figures as written: "过渡期15年", "最多3年", "多干三年",
"不足1年" are durations (a bare "N年" is no year: years are four digits or carry a month, a season,
"代" or an era), "60周岁" is an age (not 60 weeks), "一两个月", "二三十包", "两万多步", "半年",
"好几年" keep their looseness, and "第3年" is an ordinal, not a figure. On a small synthetic article
written for the test (an invented city's bus-fleet renewal), not on any corpus's wording."""

from __future__ import annotations

from tests.test_index import _article, _run

BODY = "\n\n".join([
    "青河市公交集团昨日宣布，全市柴油公交车将分批更换为电动车，过渡期15年，每年更换约200辆。",
    "司机可以申请提前转岗，最多3年；距退休不足1年的司机可以不参加培训。",
    "集团规定司机满60周岁退休，电动车司机的培训每次只需一两个月。",
    "一位老司机说，他每天要走两万多步检查车辆，换了电动车就能多干三年，再等半年就能拿到新车。",
    "车站小卖部说，有人一次买走二三十包纸巾；这一轮更新要花好几年。",
    "上世纪80年代的老车站将在第3年拆除，24年3月起先试点两条线路。",
])


def _figures():
    return _run(_article("bus", BODY, title="青河市公交车电动化", date="2026-05-06")).figures


def _shown(f):
    return f"{f.value}{f.unit}{f.after}"


def test_a_span_of_years_is_a_figure_when_no_month_or_era_makes_it_a_year():
    shown = {_shown(f) for f in _figures()}
    for want in ("15年", "最多3年", "不足1年", "三年"):
        assert want in shown, (want, shown)


def test_an_ordinal_a_decade_and_an_abbreviated_year_are_no_figures():
    shown = {_shown(f) for f in _figures()}
    assert not {"3年", "80年", "24年"} & shown, shown


def test_an_age_in_full_years_keeps_its_unit():
    figs = _figures()
    age = [f for f in figs if f.value == "60"]
    assert age and age[0].unit == "周岁" and age[0].trivia == "age", [(f.value, f.unit) for f in age]
    assert not any(f.unit == "周" for f in figs), [(f.value, f.unit) for f in figs]


def test_loose_numbers_keep_their_looseness_and_their_bounds():
    by = {_shown(f): f for f in _figures()}
    months = by["一两个月"]
    assert months.approximate and months.low < months.high, (months.low, months.high)
    packs = by["二三十包"]
    assert (packs.low, packs.high) == (20, 30), (packs.low, packs.high)
    steps = by["两万多步"]
    assert steps.number == 20000 and steps.low == 20000 and steps.high > 20000, (steps.number, steps.low, steps.high)
    assert by["半年"].number == 0.5
    assert "好几年" in by


def test_a_few_years_alone_is_never_a_key_figure():
    from generator.render.figures import digest_figures

    keys = {_shown(f) for f in digest_figures(_figures())}
    assert "好几年" not in keys and "15年" in keys, keys


def test_an_age_most_reports_give_is_a_key_figure_and_a_persons_age_is_not():
    from generator.render.figures import digest_figures

    arts = [_article(f"r{i}", f"青河市规定公交司机的退休年龄从60岁提高到62岁，{extra}", title=f"司机退休年龄调整{i}",
                     date="2026-05-06")
            for i, extra in enumerate(["新规明年实施。", "工会表示支持。", "一位49岁的司机说他还能再干几年。"])]
    analysis = _run(*arts)
    shown = {(f.article, f"{f.value}{f.unit}") for f in analysis.figures if not f.trivia}
    assert ("r0", "62岁") in shown and ("r2", "62岁") in shown, shown
    assert ("r2", "49岁") not in shown, shown
    keys = {f"{f.value}{f.unit}" for f in digest_figures([f for f in analysis.figures if f.article == "r1"])}
    assert "62岁" in keys, keys


def test_a_change_written_with_an_arrow_is_one_figure_from_one_value_to_the_other():
    body = "退休年龄调整（笔记）：男司机60→62；女司机55→58，2025→2026年分步实施"
    figs = _run(_article("note", body, title="公交司机退休年龄调整笔记", date="2026-05-06")).figures
    by = {f.value: f for f in figs}
    assert "60→62" in by and (by["60→62"].low, by["60→62"].high) == (60, 62), [(f.value, f.unit) for f in figs]
    assert by["55→58"].what.endswith("女司机"), by["55→58"].what
    assert not any("2025" in f.value for f in figs), [f.value for f in figs]  # years, no change of a quantity
