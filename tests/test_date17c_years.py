"""Which year a month without one takes (issue 14, timeline): a year carries on only inside its
own item (a bullet, a table cell, a line), never from a horizon a plan aims at ("预计到2030年"), and
an undated page's date years before its corpus was written is no forecast. Synthetic forms on
topics unlike the development corpora: a slide deck on shared e-bikes, a Markdown table of a
county's wheat harvest, a library plan's text, an encyclopedia infobox of a dam."""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from generator.analyse.dateitems import years_before
from tests.test_index import _article, _run


def _months(text, date="2031-10-12", default=None):
    return [r.date for r in resolve_dates(text, date, default)]


def test_a_bullets_year_stays_in_its_bullet():
    # a slide deck flattened to one paragraph: each "·" item is its own time
    deck = "·2030年全市共享电单车投放约12万辆·占全省份额　约9%·8月份　骑行量同比　+14%·9月份　预计持平"
    assert _months(deck) == ["2031-08", "2031-09"], _months(deck)
    # a table's cells: the harvest row's year is not the next cell's month
    table = "| 2029年小麦总产 | 41万吨 | 6月份 | 夏收进度过半 |"
    assert "2029-06" not in _months(table) and "2031-06" in _months(table), _months(table)


def test_a_year_still_carries_on_in_its_own_clause_and_sentence():
    assert _months("新馆2029年3月动工，7月份封顶。") == ["2029-03", "2029-07"]
    assert _months("2029年，县里的小麦6月份开始收割。")[-1] == "2029-06"
    # an explicit year in the month's own item wins over anything before the mark
    assert _months("·2028年如期开工·2030年5月份竣工") == ["2028", "2030-05"]


def test_a_horizon_a_plan_aims_at_is_not_the_year_of_a_later_month():
    plan = "预计到2035年全县每个乡镇都建成一座图书分馆，中心馆计划在11月份开放夜间阅览。"
    assert _months(plan, "2031-10-12") == ["2035", "2031-11"], _months(plan, "2031-10-12")
    assert years_before(plan, plan.index("11月")) == ([], False)
    # a year that is no target still carries on
    assert _months("截至2030年底，分馆已建成18座，11月份又新开2座。", "2031-10-12")[-1] == "2030-11"


def test_bullets_and_a_plan_in_a_timeline():
    deck = _article("deck", "三、骑行数据\n\n"
                            "·2030年全市投放约12万辆·占全省份额约9%·8月份起骑行量同比增长14%·9月份预计持平\n\n"
                            "备注：协会计划在11月份联合交警部门发布第一期骑行安全简报。预计到2035年，电单车将覆盖全部街道。",
                    date="2031-10-12")
    rows = {(e.date, e.forecast) for e in _run(deck).events}
    assert ("2031-08", False) in rows and not any(d == "2030-08" for d, _ in rows), rows
    assert ("2031-11", True) in rows and not any(d.startswith("2035-11") for d, _ in rows), rows


def test_an_undated_infoboxs_past_day_is_no_forecast():
    # an encyclopedia page with no date of its own, its infobox joined into one line
    wiki = _article("wiki", "白石水库\n\n库容约3.4亿立方米预计工期约6年背景1998年7月20日特大洪水冲毁旧坝，省里决定重建。\n\n"
                            "2030年9月，新坝通过竣工验收，水库开始蓄水。")
    dated = _article("news", "白石水库2031年10月8日开闸泄洪，下游三个乡镇提前转移群众。", date="2031-10-10")
    rows = {(e.date, e.forecast) for e in _run(wiki, dated).events}
    assert ("1998-07-20", False) in rows, rows


def test_a_weekend_is_its_saturday_about_never_the_whole_week():
    # a hiking club's chat message on a Wednesday, a weather bulletin on a Monday
    club = resolve_dates("上个周末山路塌方，本周末的徒步改期", "2031-05-14")
    assert [(r.date, r.precision) for r in club] == [("2031-05-10", "approximate"), ("2031-05-17", "approximate")]
    bulletin = resolve_dates("气象台上周末发布寒潮预警，上周三起气温已明显下降", "2031-11-17")
    assert [(r.date, r.precision) for r in bulletin] == [("2031-11-15", "approximate"), ("2031-11-12", "day")]
    # a word that only begins with 末 is no weekend: "上周末班车" is the week's last bus
    assert all(r.precision != "approximate" for r in resolve_dates("这周末班车提前到晚上九点", "2031-05-14"))
