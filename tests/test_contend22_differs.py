"""Where a point's sources give one claim a different figure or date the briefing says so (issue 13, property 6): two
outlets putting one sales count at 120万 and 210万, or one report on the 4th and the 5th of a month, are one point whose
values are shown side by side, on the site and in the PDF; rounding, bounds, other spans or bases, and other events
are none. The stories are invented for the tests (a phone maker's new model, a lab's test report)."""

from __future__ import annotations

from generator.analyse.model import Citation, Point
from generator.analyse.pointdiffers import differing
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 云雀手机\n  terms: [云雀手机, 云雀X5]\n"


def _point(*cites):
    return Point(id="pt-x", kind="impact", category="demand", statement=cites[0][2],
                 citations=tuple(Citation(a, "p1", q) for a, _, q in cites))


def _differs(*cites):
    """The disagreements of a point citing (article, paragraph text, quote) triples, read as the analysis reads them."""
    paras = {a: text for a, text, _ in cites}
    return differing(_point(*cites), lambda a, pid: paras[a], lambda a, text: text)


# figures ----------------------------------------------------------------------------------------

def test_two_outlets_giving_one_count_differently_are_flagged_with_both_values():
    a = "研究机构的报告指，云雀X5开售以来累计销量估计约120万部，第四季份额仍要视乎产能。"
    b = "我们的渠道调研显示，云雀X5开售六周累计销量约210万台，其中高配版占比接近六成。"
    [d] = _differs(("a", a, a), ("b", b, b))
    assert d.kind == "figure"
    assert [(v, c.article) for v, c in d.values] == [("约120万部", "a"), ("约210万台", "b")]


def test_rounding_a_bound_a_different_span_or_one_outlet_is_no_disagreement():
    # rounding: "约7%" / "7.2%"
    a = "云雀手机的国内市场份额约为7%，较上季度回升。"
    b = "数据显示，云雀手机的国内市场份额为7.2%，较上季度回升。"
    assert not _differs(("a", a, a), ("b", b, b))
    # a bound is no value: "超过150万部" is not "180万部"
    a = "云雀X5开售以来累计销量超过150万部。"
    b = "云雀X5开售以来累计销量约180万部。"
    assert not _differs(("a", a, a), ("b", b, b))
    # one day's rise and a week's are two figures
    a = "云雀概念股指数单日上涨4.5%，多只个股涨停。"
    b = "上周云雀概念股指数累计上涨12.3%，多只个股涨停。"
    assert not _differs(("a", a, a), ("b", b, b))
    # a sales count and a takings figure, or two price cuts from different bases, are two facts
    a = "云雀X5首日销量约54万部，云雀手机称订单仍在增长。"
    b = "云雀X5首日销量带来约9亿元收入，云雀手机称订单仍在增长。"
    assert not _differs(("a", a, a), ("b", b, b))
    a = "云雀X5的单价较去年下降约8%。"
    b = "云雀X5的单价已较上市初期下降约40%。"
    assert not _differs(("a", a, a), ("b", b, b))
    # an approximation is read with its slack: "大概12%左右" is not "10.5%" contradicted
    a = "云雀手机股价收盘上涨10.5%，市值单日大增。"
    b = "云雀手机股价我看收盘大概涨了12%左右，市场显然买单。"
    assert not _differs(("a", a, a), ("b", b, b))
    # one outlet's two figures are its own two facts
    a = "云雀X5开售首周销量约40万部。云雀X5开售以来累计销量约150万部。"
    assert not _differs(("a", a, a[:20]), ("a", a, a[21:]))


# dates ------------------------------------------------------------------------------------------

def test_two_outlets_dating_one_report_a_day_apart_are_flagged_even_when_the_date_is_in_the_frame():
    a = "据检测机构于3月4日发布的报告，云雀X5的电池由本土厂商供货。"
    b = "检测机构3月5日发布的拆解报告显示，云雀X5的电池由本土厂商供货。"
    # the quote leaves out the frame that holds the date: the whole sentence is read
    [d] = _differs(("a", a, "云雀X5的电池由本土厂商供货。"), ("b", b, b))
    assert d.kind == "date"
    assert sorted(v for v, _ in d.values) == ["3月4日", "3月5日"]
    # a sentence with two days (a span) gives none; two different months are two events
    span = "3月1日至3月5日，云雀X5的电池供货量翻倍。"
    assert not _differs(("a", span, span), ("b", b, b))
    other = "检测机构4月5日发布的拆解报告显示，云雀X5的电池由本土厂商供货。"
    assert not _differs(("a", a, a), ("b", other, other))
    # a day opening a span, and two sentences on two events, are no disagreement on one day
    since = "据统计，3月4日以来已有二十个品牌推出类似的电池方案。"
    launch = "云雀手机也在3月16日与一家电池厂推出了联名快充配件。"
    assert not _differs(("a", since, since), ("b", launch, launch))


# shown ------------------------------------------------------------------------------------------

def test_the_disagreement_shows_on_the_site_in_both_scripts_and_in_the_pdf(tmp_path):
    from generator.convert import Converter
    from generator.pdf.fonts import font_set
    from generator.pdf.render import render_html
    from generator.pipeline import BuildResult, Settings
    from generator.render import render_briefing

    a = _article("a", "云雀X5开售。\n\n研究机构的报告指，云雀X5开售以来累计销量估计约120万部，第四季份额仍要视乎产能。")
    b = _article("b", "云雀X5熱賣。\n\n我們的渠道調研顯示，云雀X5開售以來累計銷量約210萬台，其中高配版佔比接近六成。",
                 script="zh-Hant")
    an = _run(tmp_path, [a, b], TOPIC)
    shared = [p for p in an.points if set(p.articles) == {"a", "b"}]
    assert shared, [(p.statement, p.articles) for p in an.points]  # one claim, one point
    [p] = [p for p in an.points if p.differs]
    assert [v for v, _ in p.differs[0].values] == ["约120万部", "約210萬台"]
    [row] = [x for x in an.to_json([a, b])["points"] if x.get("differs")]  # corpus.json says it too
    assert row["differs"] == [{"kind": "figure", "values": [{"value": "约120万部", "article": "a", "paragraph": "p2"},
                                                            {"value": "約210萬台", "article": "b", "paragraph": "p2"}]}]
    page = render_briefing(an, [a, b], lambda text, script="zh-Hans": text)
    row = page[page.index("各来源数字不一"):].split("\n", 1)[0]
    assert "120万部" in row and "210萬台" in row and "articles/a/index.md#p" in row and "articles/b/index.md#p" in row
    html = render_html(BuildResult(articles=[a, b], analysis=an, pages={}, data={}, converter=Converter()),
                       Settings(root=tmp_path, pdf=False), "zh-Hant", "compendium", font_set("zh-Hant"))
    block = html[html.index('class="differs"'):].split("</span>", 1)[0]
    assert "各來源數字不一" in block and "120萬部" in block and "210萬台" in block
