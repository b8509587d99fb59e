"""A point's quotes prove it (issue 13, property 2): a quote that says the statement's own words
the other way round ("并非单纯靠补贴" under "主要依靠补贴") is evidence against the point, never a
source of it, in whatever form the sentence comes (a news report, a transcript's answer, an
official notice); a near rewording that also takes a side on another question stays a source.
The stories are invented for the test (a ferry line's fares, a library's opening hours, a
district's water cut), none of them the development corpora's."""

from __future__ import annotations

import pytest

from generator.analyse.support import reverses
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _run

FERRY = "topic:\n  label: 轮渡\n  terms: [轮渡, 渡轮]\n"


def _article(slug, body, script="zh-Hans", date="2025-03-01"):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=parse_body(body),
                   outlet=f"{slug}报", author=None, date=date)


def test_a_denied_word_reverses_the_statement_in_any_phrasing():
    fares = "轮渡票价上涨主要因为燃油成本，航线仍在亏损。"
    # a report's denial, a turn ("不是…而是"), a transcript's answer, traditional script read as simplified
    assert reverses(fares, "船公司经理说，票价上涨并非单纯因为燃油成本，人工和码头租金涨得更多。")
    assert reverses(fares, "票价上涨不是因为燃油成本，而是人工费用。")
    assert reverses(fares, "嘉宾：我看票价上涨跟燃油成本没有关系，主要是客流少了。")
    # … and the other way round: the statement denies, the quote affirms
    hours = "图书馆延长开放时间不会增加财政负担。"
    assert reverses(hours, "延长开放时间将增加财政负担，每年约200万元。")
    water = "本次停水不影响高层住户的正常用水。"
    assert reverses(water, "通知称，本次停水影响高层住户的正常用水，请提前储水。")


def test_additions_turns_suppositions_and_doubts_are_no_reversal():
    fares = "轮渡票价上涨主要因为燃油成本。"
    assert not reverses(fares, "票价上涨不仅因为燃油成本，还有人工。")  # an addition agrees
    assert not reverses(fares, "今年票价上涨，主要还是燃油成本。")
    assert not reverses("票价上涨主要因为人工成本。", "票价上涨不是因为燃油，而是人工成本。")  # the turn's word
    assert not reverses(fares, "如果没有燃油成本上涨，票价不会上涨。")  # a supposition decides nothing
    assert not reverses("航线距离盈利尚远。", "这条航线目前没有盈利。")  # both doubt it
    assert not reverses("图书馆延长开放时间不会增加财政负担。", "延长开放时间不会增加财政负担，馆长说。")
    assert not reverses("无人值守的书柜方便了市民。", "无人值守的书柜方便了夜间的市民。")  # 无人 is a word


LIBRARY = "topic:\n  label: 夜间开放\n  terms: [夜间开放, 图书馆]\n"
WATER = "topic:\n  label: 停水\n  terms: [停水, 供水]\n"

#: The same shape in three forms: a news report, a radio transcript with speaker labels, and a
#: utility's notice against residents' posts. Two sources make the claim, a third says its words
#: the other way round.
CASES = [
    (FERRY, [
        _article("a", "江城轮渡下月调价。\n\n分析人士认为，轮渡票价上涨主要因为燃油成本大幅攀升，航线运营压力加大。"),
        _article("b", "轮渡调价听证会昨日举行。\n\n交通学者李明表示，轮渡票价上涨主要因为燃油成本攀升，船公司难以消化。"),
        _article("c", "轮渡调价引发讨论。\n\n船公司经理王芳则认为，轮渡票价上涨并非因为燃油成本攀升，而是码头租金和人工费用大涨。"),
    ], "并非"),
    (LIBRARY, [
        _article("a", "主持人：市图书馆下月起夜间开放到十点。\n\n嘉宾张强：夜间开放会明显增加图书馆的人力和电费开支，财政负担不小。"),
        _article("b", "图书馆夜间开放方案公布。\n\n有市民代表表示，夜间开放会增加图书馆的人力和电费开支。"),
        _article("c", "主持人：夜间开放的钱从哪里来？\n\n嘉宾刘洋：夜间开放不会增加图书馆的人力和电费开支，靠的是自助借还设备和志愿者。"),
    ], "不会增加"),
    (WATER, [
        _article("a", "关于东城区计划停水的通知\n\n因管网改造，东城区将于6月3日停水12小时。本次停水影响高层住户的正常用水，请提前储水。"),
        _article("b", "东城区居民论坛\n\n楼主：停水通知看到了吗？停水影响高层住户的正常用水，大家记得提前储水。"),
        _article("c", "供水公司答记者问\n\n供水公司负责人说，经过调度，本次停水不影响高层住户的正常用水，临时水箱可供应全天。"),
    ], "不影响"),
]


@pytest.mark.parametrize("taxonomy,articles,denial", CASES, ids=["news", "transcript", "notice"])
def test_a_quote_denying_the_statement_is_not_cited_under_it(tmp_path, taxonomy, articles, denial):
    an = _run(tmp_path, articles, taxonomy)
    for p in an.points:
        quotes = {c.article: c.quote for c in p.citations}
        if "a" in quotes or "b" in quotes:
            assert "c" not in quotes, (p.statement, quotes)
    # the denial is not lost: it is a point of its own (the other side of the question)
    assert any(c.article == "c" and denial in c.quote for p in an.points for c in p.citations), \
        [(p.statement, [c.quote for c in p.citations]) for p in an.points]
