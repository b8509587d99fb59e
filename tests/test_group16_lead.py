"""The briefing's lead stands on its own, and a pointer or a housekeeping line is no point
(issue 13, property 4).

Phenomena, on sentences written for the test (a zoo's new panda house, a river clean-up, a chess
club's tournament, a bakery chain's new hours), in several forms (news report, forum reply, meeting
minutes, chat export, traditional-script report):

* a statement whose subject is in the sentence before ("主要来自…", "会对…", "该馆表示…"), whose
  time counts from another sentence ("第二天，…"), or that opens on a headline label, a list marker or
  a numbered article does not lead the overview; the next self-contained takeaway does;
* a sentence that points at a table or a chart and gives no figure of its own ("调查结果（见下表）也
  说明了问题") states nothing a reader can use; one that gives its figure, or where the pointer is a
  clause of its own, is judged as any sentence;
* a chat group's or a forum's housekeeping line under its label ("【群公告】…") is no claim.
"""

from __future__ import annotations

import pytest

from generator.analyse.claimless import not_a_claim
from generator.analyse.leadline import lead_first, self_contained
from generator.analyse.text import to_simplified

HEADLESS = {
    "minutes-cut-subject": "主要来自周边社区居民和部分环保志愿者，认为河道清理后异味明显减轻。",
    "forum-continuation": "会对附近几家面包店的早市生意造成不小的冲击。",
    "report-pronoun": "该馆表示，熊猫馆开放首周每天限流三千人。",
    "report-relative-day": "第二天，棋协宣布本届公开赛报名人数突破八百人。",
    "report-headline-label": "【动物园熊猫馆今日开放】市动物园新建的熊猫馆今天上午正式对外开放。",
    "notice-numbered-article": "第四条参赛选手须在开赛前三十分钟完成签到，逾期视为弃权。",
    "minutes-list-marker": "（三）河道沿线的垃圾收集点由街道统一管理并每日清运。",
    "traditional-conjunction": "但麵包店延長營業後，夜班店員的負擔明顯加重。",
}
WHOLE = {
    "report": "市动物园新建的熊猫馆开放首周，游客量比去年同期增加了三成。",
    "forum": "河道清理以后，我们小区楼下的异味明显少了很多。",
    "minutes": "会议决定，公开赛的奖金总额由五万元提高到八万元。",
    "traditional": "連鎖麵包店延長營業時間後，晚間的銷售額明顯上升。",
    "opens-on-compound": "并购完成后，这家面包连锁的门店数量增加到一百二十家。",
}


@pytest.mark.parametrize("form", sorted(HEADLESS))
def test_a_statement_that_leans_on_another_sentence_cannot_lead(form):
    text = HEADLESS[form]
    assert not self_contained(to_simplified(text, "zh-Hant" if form.startswith("traditional") else "zh-Hans"))


@pytest.mark.parametrize("form", sorted(WHOLE))
def test_a_whole_statement_can_lead(form):
    text = WHOLE[form]
    assert self_contained(to_simplified(text, "zh-Hant" if form.startswith("traditional") else "zh-Hans"))


def test_the_next_self_contained_takeaway_leads_and_the_rest_keep_their_order():
    statements = {"p1": HEADLESS["minutes-cut-subject"], "p2": HEADLESS["report-relative-day"],
                  "p3": WHOLE["report"], "p4": WHOLE["forum"]}
    assert lead_first(["p1", "p2", "p3", "p4"], statements) == ["p3", "p1", "p2", "p4"]
    assert lead_first(["p4", "p1"], statements) == ["p4", "p1"]


def test_when_no_takeaway_stands_alone_the_order_is_kept():
    statements = {"p1": HEADLESS["forum-continuation"], "p2": HEADLESS["report-pronoun"]}
    assert lead_first(["p1", "p2"], statements) == ["p1", "p2"]


POINTERS = {
    "report": ("环保协会的抽样调查（见下表）也说明了问题。", "zh-Hans"),
    "minutes": ("各街道垃圾清运量的变化情况见下表。", "zh-Hans"),
    "report-chart": ("下图显示了熊猫馆开放以来的客流变化。", "zh-Hans"),
    "traditional": ("棋協的報名統計（見附表2）也反映了這一點。", "zh-Hant"),
}
POINTER_CLAIMS = {
    "figure-of-its-own": ("全职店员的月收入下降了19.8%（见表1）。", "zh-Hans"),
    "pointer-clause": ("如图所示，熊猫馆开放后周边停车场的车位明显紧张。", "zh-Hans"),
    "traditional-figure": ("報名人數比去年增加了四成（見下表）。", "zh-Hant"),
}


@pytest.mark.parametrize("form", sorted(POINTERS))
def test_a_pointer_at_a_table_with_nothing_of_its_own_is_no_claim(form):
    text, script = POINTERS[form]
    assert not_a_claim(to_simplified(text, script))


@pytest.mark.parametrize("form", sorted(POINTER_CLAIMS))
def test_a_sentence_giving_its_figure_or_its_claim_beside_a_pointer_is_judged_as_any(form):
    text, script = POINTER_CLAIMS[form]
    assert not not_a_claim(to_simplified(text, script))


@pytest.mark.parametrize("text", ["【群公告】本群禁止发广告、禁止拉人头，违者移出群聊。",
                                  "【置顶】发帖前请先阅读版规，灌水帖一律删除。",
                                  "[系统消息] 棋友老王加入了群聊。"])
def test_a_housekeeping_line_under_its_label_is_no_claim(text):
    assert not_a_claim(text)


def test_a_headline_label_over_a_claim_is_still_read_as_a_claim():
    # (a label that names no housekeeping is the turn label of the text after it)
    assert not not_a_claim("【店长 陈某】延长营业以后，夜班店员的工作负担明显加重了。")
