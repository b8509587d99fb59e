"""Key figures on synthetic articles written for these tests (a port's official notice, a
newspaper page, a Taiwan repost in traditional script, a forum post; no corpus's wording):

* a precise figure several sources give ("12.68亿元" in three) is one key figure citing each
  source, however each clause names it; two owners with the same number stay two facts;
* who measured a figure ("经…统计局、某公司大数据测算，…") is not whose figure it is;
* a vague multiple ("好几倍") is no key figure: it never merges with another source's "8倍".
"""

from __future__ import annotations

from generator.render.figures import key_figures
from tests.test_index import _article, _run

NOTICE = ("经市交通运输局会同市统计局、某通信公司大数据测算，假期三天全港累计运送旅客186.42万人次，"
          "实现港口综合收入12.68亿元，均创历史新高。")
PAPER = "据市交通运输局统计，假期全港运送旅客186.42万人次、实现综合营业收入12.68亿元。"
REPOST = "根據官方公布的數據，連假3天該港客運收入達12.68億元人民幣，旅客人次創新高。"


def _groups(analysis):
    return [sorted({(f.article, f.value) for f in g}) for g in key_figures(analysis)]


def test_a_precise_figure_several_sources_give_is_one_key_figure():
    a = _run(_article("gov", NOTICE, date="2031-05-04"), _article("paper", PAPER, date="2031-05-05"),
             _article("tw", REPOST, script="zh-Hant", date="2031-05-05"))
    groups = _groups(a)
    income = [g for g in groups if any(v == "12.68" for _, v in g)]
    assert len(income) == 1 and {art for art, _ in income[0]} == {"gov", "paper", "tw"}, groups
    riders = [g for g in groups if any(v == "186.42" for _, v in g)]
    assert len(riders) == 1 and {art for art, _ in riders[0]} == {"gov", "paper"}, groups


def test_who_measured_a_figure_is_not_its_owner():
    a = _run(_article("gov", NOTICE, date="2031-05-04"))
    riders = [f for f in a.figures if f.value == "186.42"]
    # the bureaus and the company that measured it are its source, not its owner
    assert riders and not any(w in f.subject for f in riders for w in ("统计局", "交通运输局", "通信公司")), \
        [(f.subject, f.what) for f in riders]


def test_two_owners_with_one_number_stay_two_facts():
    a = _run(_article("x", "甲航运公司今年一季度营收增长12.35%。", date="2031-05-04"),
             _article("y", "乙物流集团今年一季度营收增长12.35%。", date="2031-05-04"))
    groups = [g for g in _groups(a) if any(v == "12.35" for _, v in g)]
    assert all(len(g) == 1 for g in groups), groups


def test_a_vague_multiple_is_no_key_figure():
    forum = _article("bbs", "推 riverfox: 假期那几天码头边的民宿房价是平常的好几倍，真的住不起", date="2031-05-05")
    report = _article("rep", "平台数据显示，假期前后该港关键词搜索热度环比上涨超过8倍。", date="2031-05-06")
    groups = _groups(_run(forum, report))
    assert not any(v == "" or "几" in v for g in groups for _, v in g), groups
    assert ["8" in v for g in groups for _, v in g].count(True) == 1, groups
