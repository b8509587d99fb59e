"""A sentence that names a report or a claim and rejects it as unfounded or untrue disputes the sentence, in any
article, that makes the claim it names (issue 13, property 6): a domestic outlet answering a translated foreign
report, a company's clarification answering a forum rumour, a Hong Kong official answering a newspaper in
traditional script. The rejecting side is held by who rejects; the claim's side quotes the sentence making it.

The stories are invented for the tests (ski resorts in a warm winter, a noodle chain's supplier, a ferry pier's
closure); only the topic is named.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names
from tests.test_contend15_exchanges import _side

_article = partial(contendkit.article, date="2026-03-01")
_citing = contendkit.quoting
_shown = contendkit.shown

SKI = "topic:\n  label: 北海道滑雪\n  terms: [北海道]\n"

FOREIGN = _article("ft", "外媒：暖冬冲击北海道滑雪季", (
    "【编译】英国《金融时报》12日报道，受暖冬影响，今年北海道滑雪场的游客人数将比去年减少三成，多家雪场可能提前关闭。\n\n"
    "报道援引当地一名雪场经营者的话说，今年的降雪量只有往年的一半。"), outlet="参考消息")
DOMESTIC = _article("dm", "北海道观光振兴会：游客人数不降反升", (
    "针对近日外媒关于北海道滑雪游客将减少三成的报道，北海道观光振兴会负责人田中健一13日回应称，这一说法没有依据。\n\n"
    "田中健一表示，今年一月北海道滑雪场接待的外国游客比去年同期增长了12%，目前没有任何一家大型雪场宣布提前关闭。"),
    outlet="环球旅讯")


def test_a_domestic_answer_rejecting_a_translated_foreign_report_is_a_contention_across_outlets(tmp_path):
    an, _ = _run(tmp_path, [FOREIGN, DOMESTIC], SKI)
    [c] = _citing(an, "没有依据") or [None]
    assert c is not None, _shown(an)
    answer = _side(c, "没有依据")
    report = c.b if answer is c.a else c.a
    assert any(x.article == "ft" and "减少三成" in x.quote for x in report.citations), _shown(an)
    assert all(x.article == "dm" for x in answer.citations), _shown(an)
    assert "田中健一" in _names(answer) and "田中健一" not in _names(report), _shown(an)
    # the evidence the answer gives is on its side
    assert any("12%" in x.quote for x in answer.citations), _shown(an)
    # the question is the report's claim, not the outlet's frame
    assert "减少三成" in c.topic and "编译" not in c.topic, c.topic


NOODLE = "topic:\n  label: 面馆供应商\n  terms: [面馆]\n"

RUMOUR = _article("bbs", "有人知道老街面馆换供应商了吗", (
    "### 1楼　吃货阿宁　2026-05-03 19:20\n\n"
    "听在面馆打工的朋友说，老街面馆上个月换了便宜的面粉供应商，现在的面条都是外地工厂的冷冻面。\n\n"
    "### 2楼　小满　2026-05-03 20:02\n\n"
    "难怪最近吃着口感不一样了。"))
NOTICE = _article("notice", "老街面馆关于网传更换供应商的澄清说明", (
    "近日，网上流传老街面馆更换面粉供应商、改用外地工厂冷冻面的消息不实。\n\n"
    "本店面条至今仍由店内师傅每天清晨现场手工制作，面粉供应商五年来没有更换过，欢迎顾客到店监督。\n\n"
    "老街面馆\n\n2026年5月5日"), outlet="老街面馆")


def test_a_clarification_rejecting_a_forum_rumour_disputes_the_post_that_spread_it(tmp_path):
    an, _ = _run(tmp_path, [RUMOUR, NOTICE], NOODLE)
    [c] = _citing(an, "消息不实") or [None]
    assert c is not None, _shown(an)
    answer = _side(c, "消息不实")
    rumour = c.b if answer is c.a else c.a
    assert any(x.article == "bbs" and "冷冻面" in x.quote for x in rumour.citations), _shown(an)
    assert not _names(answer) & _names(rumour), _shown(an)
    # the rumour is the poster's, or the friend's the poster relays; never the notice's
    assert _names(rumour) & {"吃货阿宁", "朋友"}, _shown(an)
    assert any("没有更换过" in x.quote for x in answer.citations), _shown(an)


PIER = "topic:\n  label: 碼頭關閉\n  terms: [碼頭]\n"

PAPER = _article("paper", "西灣碼頭傳年底關閉", (
    "本報獲悉，政府計劃在今年年底前關閉西灣碼頭，並把渡輪航線全部遷往新建的東涌碼頭。\n\n"
    "有街坊擔心，關閉以後出入要多花半小時。"), script="zh-Hant", outlet="港聞日報")
REPLY = _article("gov", "運輸署回應西灣碼頭報道", (
    "運輸署發言人今日表示，有關政府計劃年底前關閉西灣碼頭的報道與事實不符。\n\n"
    "發言人指出，西灣碼頭的租約已續期至2030年，當局並無任何遷移航線的計劃。"), script="zh-Hant", outlet="運輸署")


def test_an_official_rejecting_a_newspaper_report_in_traditional_script_disputes_it(tmp_path):
    an, _ = _run(tmp_path, [PAPER, REPLY], PIER)
    [c] = _citing(an, "與事實不符") or [None]
    assert c is not None, _shown(an)
    answer = _side(c, "與事實不符")
    report = c.b if answer is c.a else c.a
    assert any(x.article == "paper" and "關閉西灣碼頭" in x.quote for x in report.citations), _shown(an)
    assert any("2030" in x.quote for x in answer.citations), _shown(an)
    # the neighbours' worry is no part of either side
    assert not any("街坊" in x.quote for s in (c.a, c.b) for x in s.citations), _shown(an)
