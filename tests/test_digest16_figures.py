"""A figure is read at its numeral's full extent, never cut from a larger one: the tens before 十几
("三十几块", not 十几块), the next place's digit after the unit ("七成五", "4块9", "1万5"), the months of
an age or a span ("60岁1个月", "3年6个月"), the minutes of an hour. Three forms no development corpus
has (a chat export, a market stall-keeper's interview transcript, a pension office's table notice),
on topics unlike every corpus; the figures are the ones a reader would check against the text."""

from __future__ import annotations

from tests.test_index import _article, _run

CHAT = "\n\n".join([
    "【钓友群】聊天记录导出 2024-05-18",
    "2024/5/18 06:12:40 老谭：今早水库门票又涨了，三十几块一张，去年才二十出头。",
    "2024/5/18 06:15:02 阿彬：路上还堵，开过去要二十几分钟，油钱就得四十几块，真不划算。",
    "2024/5/18 06:20:31 老谭：听说承包的老板一年能挣七八十万，鱼塘回本也就两年。",
])

STALL = "\n\n".join([
    "记者：今年的杨梅行情怎么样？",
    "摊主老何：今年的杨梅收了七成五，去年只收了七成，开园时卖4块9一斤，现在跌到3块5。",
    "记者：一季能挣多少？",
    "摊主老何：好的年份1万5吧，今年能有八成五左右就不错了。",
])

NOTICE = "\n\n".join([
    "关于调整乡村护林员服务年龄的公告",
    "自2025年3月1日起，护林员最高服务年龄由60岁逐步调整为62岁，每四个月延长一个月。",
    "1964年出生的护林员，调整后服务年龄为60岁4个月；1965年出生的，为60岁8个月。",
    "每次巡山时长一般为3小时20分钟，单程不少于1小时。",
])


def _shown(slug, body, title):
    from generator.render.figures import digest_figures

    analysis = _run(_article(slug, body, title=title, date="2024-05-20"))
    mine = [f for f in analysis.figures if f.article == slug]
    return [f.value + f.unit for f in mine], [f.value + f.unit for f in digest_figures(mine)], mine


def test_a_tens_numeral_before_shiji_is_read_with_it():
    found, shown, figs = _shown("chat", CHAT, "钓友群聊天记录")
    assert "三十几块" in found and "二十几分钟" in found and "四十几块" in found, found
    for cut in ("十几块", "十几分钟"):
        assert cut not in found, found  # never the end of 三十几 / 二十几 read as another value
    thirty = next(f for f in figs if f.value + f.unit == "三十几块")
    assert thirty.approximate and 30 < thirty.low <= thirty.high < 40, (thirty.low, thirty.high)


def test_the_next_places_digit_after_the_unit_belongs_to_the_figure():
    found, shown, figs = _shown("stall", STALL, "杨梅摊主谈行情")
    for whole in ("七成五", "4块9", "3块5", "1万5", "八成五左右"):
        assert any(x.startswith(whole.replace("左右", "")) for x in found), (whole, found)
    assert "七成" in found  # last year's 七成 is its own figure, kept apart from this year's 七成五
    by = {f.value + f.unit: f for f in figs}
    assert abs(by["七成五"].number - 7.5) < 1e-9
    assert abs(by["4块9"].number - 4.9) < 1e-9
    assert abs(by["1万5"].number - 15000) < 1e-6
    assert "4块" not in found and "1万" not in found, found


def test_an_age_or_span_with_its_months_is_one_figure():
    found, shown, figs = _shown("notice", NOTICE, "关于调整乡村护林员服务年龄的公告")
    assert "60岁4个月" in found and "60岁8个月" in found, found
    assert "3小时20分钟" in found, found
    assert "4个月" not in [x for x in found if x != "四个月"], found  # the months are the age's, not a span
    ages = [f for f in figs if f.value + f.unit in ("60岁4个月", "60岁8个月")]
    assert len({f.key for f in ages}) == 2  # two different ages, never "60岁 / 60岁"


def test_a_digit_that_starts_a_figure_of_its_own_is_no_tail():
    from generator.analyse.facts import _figures_in

    def read(text):
        return [f.value + f.unit for f in _figures_in(text, text, "")]

    assert read("三成五年内完成改造") == ["三成", "五年"]
    assert "19块" in read("一杯咖啡卖19块一杯的价钱")
    assert read("统一十几家门店") == ["十几家"]
    assert read("工期3年6个月") == ["3年6个月"]
    # an adverb before a bound is the clause's, and 日均's 均 is never part of the value
    assert read("夜班公交日均不足1万单") == ["不足1万单"]
    assert read("各区新建口袋公园均不足三成") == ["不足三成"]
