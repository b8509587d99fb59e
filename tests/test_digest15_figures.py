"""Figures with their meaning, in forms no development corpus has: a translated foreign report that
restates a sum in another currency in brackets (one figure, not two; never a currency's name as
what a sum counts), two sources giving ranges that only meet at an end (two estimates, never one key
figure), and minutes whose speaker's sentence would otherwise be taken for a label (a label is a
phrase, never a clause with its punctuation). Invented topics unlike every corpus."""

from __future__ import annotations

import re

from tests.test_index import _article, _run

FOREIGN = "\n\n".join([
    "（编译自外电）挪威峡湾邮轮季今年共接待游客41.2万人次，港口费收入达18.6亿挪威克朗（约合12.3亿元人民币），均创新高。",
    "卑尔根港务局表示，明年将把每艘邮轮的停靠时间限制在10小时以内，以缓解老城区的拥挤。",
    "一家旅行社负责人说，一条7天峡湾航线的报价已涨到新台币9万元上下，比去年贵了约两成。",
])

HOTELS_A = "\n\n".join([
    "青岚古城端午假期客流创新高，古城周边酒店端午当晚房价较平日上涨2至3倍，引发游客不满。",
    "市场监管部门已约谈相关经营者。",
])

HOTELS_B = "\n\n".join([
    "平台数据显示，端午当晚古城周边酒店房价较平日上涨3至5倍，预订量同比增长超过两倍。",
    "分析师认为，热门酒店价格短期内仍会高位运行。",
])

MINUTES = "\n\n".join([
    "青岚市渡口改造座谈会纪要",
    "时间：2024年3月12日　地点：市交通局三楼会议室",
    "主持人：请各位就东渡码头改造谈谈意见。",
    "码头管理处周立新：东渡码头每天客流约1.8万人次，高峰时段候船超过40分钟，改造迫在眉睫。",
    "船员代表韩秀英开了二十年渡船，她算了一笔账：“以前一天跑十六个来回，现在要跑二十二个，翻了近一半。”",
    "市交通局副局长邹明：改造预算约3600万元，计划明年6月底前完工。",
])


def _figures(analysis, slug):
    return [f for f in analysis.figures if f.article == slug]


def test_a_sum_restated_in_another_currency_is_one_figure_and_a_currency_is_no_label():
    from generator.render.figures import digest_figures, label

    analysis = _run(_article("fjord", FOREIGN, title="挪威峡湾邮轮季创新高", date="2024-09-30"))
    shown = digest_figures(_figures(analysis, "fjord"))
    values = [f.written for f in shown]
    assert any("18.6亿" in v for v in values), values
    assert not any("12.3亿" in v for v in values), values  # the bracketed conversion restates 18.6亿
    for f in shown:
        what, clause = label(f)
        assert not re.fullmatch(r"(?:新台币|人民币|美元|港币)", what), (f.written, what)


def test_two_ranges_that_only_meet_at_an_end_are_two_key_figures():
    from generator.render.figures import key_figures

    analysis = _run(_article("gov", HOTELS_A, title="青岚古城端午客流创新高", date="2024-06-11"),
                    _article("platform", HOTELS_B, title="端午青岚酒店价格报告", date="2024-06-12"))
    for group in key_figures(analysis):
        written = {f.written for f in group}
        assert not ({"2至3倍", "3至5倍"} <= written), written


def test_a_label_is_a_phrase_never_a_speakers_clause_in_minutes():
    from generator.render.figures import label

    analysis = _run(_article("ferry", MINUTES, title="青岚市渡口改造座谈会纪要", date="2024-03-13"))
    figures = _figures(analysis, "ferry")
    assert any(f.written.startswith("约1.8万人次") for f in figures), [f.written for f in figures]
    for f in figures:
        what, clause = label(f)
        if not clause:
            assert not re.search(r"[，。；：！？]", what), (f.written, what)
        # a figure inside a quotation is shown with the quoted words around it, never with the whole
        # sentence that introduces the quotation
        assert "算了一笔账" not in what and "：“" not in what, (f.written, what)
    sixteen = [f for f in figures if f.written.startswith("十六")]
    assert sixteen and "以前一天跑十六个来回" in label(sixteen[0])[0], [(f.written, label(f)) for f in figures]
