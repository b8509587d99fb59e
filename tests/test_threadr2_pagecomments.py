"""A comment under a page's own text that opens by rejecting what the page says ("说X言之过早", "博主说…，我不太同意")
disputes the page: the page's paragraph holding what the rejection names is one side, the comment the other; a
comment that merely adds to the page, or marks another comment it answers, disputes nothing of the page.

Invented pages: a blog post on a city's bike lanes with comments, a traditional-script fan page on a night bus
line, a newsletter on a school's four-day week with readers' notes; none of the corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-05-01")
_shown = partial(contendkit.shown, topic=False)


def _against(an, commenter):
    return [c for c in an.contentions if commenter in _names(c.a) | _names(c.b)]


BLOG = _article("blog", "自行车道一年观察", (
    "去年新修的滨江自行车道全长十二公里，我每天骑车通勤，记录了这一年的变化。\n\n"
    "第一，通勤时间明显缩短。以前走机动车道要四十分钟，现在二十五分钟就能到公司，早高峰也不用和公交车抢道。\n\n"
    "第二，我的判断是自行车道已经让骑车的人翻了一倍，周末的车道上全是家庭骑行的人。\n\n"
    "## 评论\n\n"
    "阿岚：说翻了一倍言之过早。周末人多是因为天气好，工作日早上的车道还是空荡荡的，没有计数器的数据谁也说不准。\n\n"
    "老谭：滨江那段的路灯晚上太暗了，希望能加几盏。\n\n"
    "阿岚：路灯确实暗，上周我差点撞到护栏。\n\n"
    "小葛：我也每天骑，二十五分钟差不多。"))


def test_a_comment_calling_the_posts_claim_premature_disputes_that_paragraph(tmp_path):
    an, _ = _run(tmp_path, [BLOG], "topic:\n  label: 自行车道\n  terms: [自行车道]\n")
    found = _against(an, "阿岚")
    assert found, _shown(an)
    c = found[0]
    page = c.a if "阿岚" in _names(c.b) else c.b
    assert "翻了一倍" in page.statement, _shown(an)
    # the comments that add to the page (the lights, the commute time) dispute nothing
    assert not _against(an, "老谭") and not _against(an, "小葛"), _shown(an)


FANPAGE = _article("bus", "夜間公車路線上路一個月", (
    "市府開的夜間公車上路一個月，我搭了十幾次，整理一下心得。\n\n"
    "最常被問的是會不會很危險。老實說，夜班車上都有司機和監視器，乘客也不多，我覺得治安沒有問題。\n\n"
    "另外很多人說這條線沒人搭，浪費預算，但我看過運量，平日每班都有二十人以上，跟白天的支線差不多。\n\n"
    "## 讀者評論\n\n"
    "周美華：版主說每班都有二十人以上，我不太同意，我住在終點站附近，十一點以後的車常常只有兩三個人。\n\n"
    "黃志明：感謝整理，我下班都靠這條線。\n\n"
    "周美華：希望末班車可以再晚半小時。\n\n"
    "黃志明（回覆周美華）：末班車晚半小時我也贊成。"), "zh-Hant")


def test_a_comment_naming_the_page_author_and_disagreeing_disputes_the_page(tmp_path):
    an, _ = _run(tmp_path, [FANPAGE], "topic:\n  label: 夜間公車\n  terms: [公車]\n")
    found = _against(an, "周美华")
    assert found, _shown(an)
    c = found[0]
    page = c.a if "周美华" in _names(c.b) else c.b
    assert "二十人以上" in page.statement, _shown(an)
    assert not (_names(c.a) & _names(c.b)), _shown(an)
    # thanks and a reply agreeing with another comment dispute nothing
    assert all("黄志明" not in _names(c.a) | _names(c.b) for c in an.contentions), _shown(an)


NEWSLETTER = _article("school", "关于试行四天上学周的说明", (
    "从下学期起，本校三年级以上试行四天上学周，周五改为社团和自主学习日。\n\n"
    "试行的依据是去年的家长问卷，超过六成家长支持，教师的备课时间也能因此增加。\n\n"
    "## 家长留言\n\n"
    "林妈妈：周五孩子在家没人看，双职工家庭怎么办？学校能不能开放图书馆？\n\n"
    "王爸爸：社团日的安排很好，孩子一直想参加机器人社。\n\n"
    "林妈妈：希望周五至少有老师值班。\n\n"
    "王爸爸：同意，有老师值班就放心了。"))


def test_questions_and_wishes_under_a_notice_are_no_dispute_of_it(tmp_path):
    an, _ = _run(tmp_path, [NEWSLETTER], "topic:\n  label: 四天上学周\n  terms: [上学周]\n")
    # no comment rejects what the notice says: nothing here sets a parent against the school's text
    for c in an.contentions:
        for side in (c.a, c.b):
            assert not any("六成家长支持" in x.quote for x in side.citations), _shown(an)
