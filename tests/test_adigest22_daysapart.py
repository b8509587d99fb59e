"""One event outlets date on different days is one timeline row showing each outlet's day, even where one outlet
notes the disagreement itself ("有5月12日和5月13日两种说法"); a different event on the neighbouring day stays a
row of its own (issue 14). On invented articles: a museum's inspection report, a port's cranes."""

from __future__ import annotations

import pytest

from tests.test_index import _article, _run


def _report(*extra, apart: bool = True):
    a = _article("a", "据第三方检测机构石林检测于5月12日发布的报告，青湖博物馆新馆的承重结构由江北建工采用钢混工艺建造。",
                 date="2025-05-20")
    b = _article("b", "石林检测于5月13日发布的检测报告显示，青湖博物馆新馆的承重结构由江北建工以钢混工艺建造。",
                 date="2025-05-21")
    c = _article("c", "5月13日石林检测报告称青湖博物馆新馆承重结构由江北建工建造。"
                 + ("\n\n" if apart else "") + "关于报告发布的时间，各家媒体有5月12日和5月13日两种说法，本文以石林检测官网的时间为准。",
                 date="2025-05-22")
    return _run(a, b, c, *extra).events





@pytest.mark.parametrize("apart", [True, False])  # the note in a paragraph of its own, or after the outlet's report
def test_a_report_outlets_date_a_day_apart_is_one_row_with_each_outlets_day(apart):
    rows = [e for e in _report(apart=apart) if e.date in ("2025-05-12", "2025-05-13")]
    assert len(rows) == 1, rows
    e = rows[0]
    days = {e.date: {e.article} | {c.article for c in e.also if "两种说法" not in c.quote}}
    for d in e.disputed:
        days.setdefault(d.date, set()).add(d.article)
    assert days == {"2025-05-12": {"a"}, "2025-05-13": {"b", "c"}} or \
        days == {"2025-05-13": {"b", "c"}, "2025-05-12": {"a"}}, (e, days)


def test_a_different_event_on_the_neighbouring_day_stays_its_own_row():
    d = _article("d", "5月13日，江北建工宣布中标青湖港区两台岸桥起重机的安装工程，合同金额约八千万元。", date="2025-05-23")
    rows = [e for e in _report(d) if e.date in ("2025-05-12", "2025-05-13")]
    cranes = [e for e in rows if "岸桥" in e.text]
    assert len(cranes) == 1 and not cranes[0].disputed, rows
    assert not any("岸桥" in c.quote for e in rows for c in e.also), rows
    assert len(rows) == 2, rows


def test_the_pdf_timeline_shows_each_outlets_day(tmp_path):
    from generator.analyse.model import Event, OtherDate
    from generator.convert import Converter
    from generator.pdf.fonts import font_set
    from generator.pdf.render import render_html
    from generator.pipeline import BuildResult, Settings
    from tests.test_pdf import make_analysis, make_articles

    import dataclasses

    row = Event("2024-02-16", False, "OpenAI发布Sora", "zqrb-sora", "p3",
                disputed=(OtherDate("2024-02-15", "dkb-sora", "p3"),))
    an = dataclasses.replace(make_analysis(), events=(row,))
    html = render_html(BuildResult(articles=make_articles(), analysis=an, pages={}, data={}, converter=Converter()),
                       Settings(root=tmp_path, pdf=False), "zh-Hans", "compendium", font_set("zh-Hans"))
    cell = html[html.index("OpenAI发布Sora"):].split("</td>", 1)[0]
    assert "各来源日期不一" in cell and "2024-02-15" in cell and 'class="ref"' in cell, cell
