"""Replies that quote whom they answer, on pages whose posts lost their authors (a thread saved as HTML, a comment
section copied as text): "回应X的回复：<X's words>" then the answer. The quoted words are X's side; an answer taking a
contrary stance is the other; an answer agreeing ("同感。…") disputes nothing.

The stories are invented (dog-walking hours in a residents' thread, a school canteen's menu in a comment section, a
night bus route in a Taiwanese forum, in traditional script); none of the corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-06-01")
_shown = contendkit.shown
_with = contendkit.quoting


DOGS = "topic:\n  label: 遛狗时段\n  terms: [遛狗]\n"

THREAD = _article("thread", "小区规定遛狗只能早七点前晚九点后，大家怎么看", (
    "物业今天贴了通知，以后小区里遛狗只能在早上七点前和晚上九点后，其他时间被发现要登记。\n\n"
    "想问问大家怎么看？\n\n"
    "全部回应\n\n"
    "上班的人早上六点多就出门了，晚上九点以后才到家，这个时段对上班族根本不友好，规定一刀切太粗暴了。\n\n"
    "回应橘子味的风的回复：这个时段对上班族根本不友好\n\n"
    "通知里写了可以在东门外的草坪随时遛，只是小区里面限时，上班族晚上回来去草坪就行，没有那么不方便。\n\n"
    "回应三号楼老陈的回复：上班族晚上回来去草坪就行\n\n"
    "同感。我每天都去东门外，草坪比小区里宽敞多了。"))


def test_a_reply_quoting_whom_it_answers_disputes_their_words(tmp_path):
    an, _ = _run(tmp_path, [THREAD], DOGS)
    found = _with(an, "东门外的草坪")
    assert found, _shown(an)
    c = found[0]
    quoted = c.a if any("根本不友好" in x.quote for x in c.a.citations) else c.b
    other = c.b if quoted is c.a else c.a
    assert any("根本不友好" in x.quote for x in quoted.citations), _shown(an)
    assert "橘子味的风" in _names(quoted), _shown(an)
    assert "橘子味的风" not in _names(other), _shown(an)
    # the reply agreeing with 三号楼老陈 ("同感。…") is set against no one
    assert not _with(an, "草坪比小区里宽敞"), _shown(an)


MENU = "topic:\n  label: 食堂菜单\n  terms: [食堂]\n"

COMMENTS = _article("comments", "区教育局：中小学食堂下学期起每周两天素食日", (
    "区教育局昨日发布通知，下学期起全区中小学食堂每周安排两天素食日。\n\n"
    "网友评论（128条）\n\n"
    "正在长身体的孩子一周两天没有肉，蛋白质肯定跟不上，家长只能晚上回家给孩子补。\n\n"
    "回复 蓝莓妈妈 的评论：蛋白质肯定跟不上\n\n"
    "素食日有鸡蛋、豆腐和牛奶，蛋白质并不会少，营养师算过每餐的量，不是只有青菜。"))


def test_a_comment_replying_by_quotation_is_the_other_side(tmp_path):
    an, _ = _run(tmp_path, [COMMENTS], MENU)
    found = _with(an, "蛋白质并不会少")
    assert found, _shown(an)
    c = found[0]
    quoted = c.a if any("跟不上" in x.quote for x in c.a.citations) else c.b
    assert any("跟不上" in x.quote for x in quoted.citations) and "蓝莓妈妈" in _names(quoted), _shown(an)


BUS = "topic:\n  label: 夜間公車\n  terms: [夜間公車]\n"

FORUM = _article("forum", "夜間公車路線縮短，大家覺得呢", (
    "市府公告下個月起夜間公車只開到捷運站，不再進山區社區。\n\n"
    "山上住戶晚上下班就沒車可搭了，只能叫計程車，一趟三百多元，這根本是放棄山區居民。\n\n"
    "引用 山腰的阿明 的發言：這根本是放棄山區居民\n\n"
    "不是放棄，市府說山區路線每班平均不到三人，改成預約制小巴反而更省錢，也能開到家門口。"), script="zh-Hant")


def test_a_quotation_in_traditional_script_is_read_the_same(tmp_path):
    an, _ = _run(tmp_path, [FORUM], BUS)
    found = _with(an, "預約制小巴")
    assert found, _shown(an)
    c = found[0]
    quoted = c.a if any("放棄山區居民" in x.quote and "計程車" in x.quote for x in c.a.citations) else c.b
    assert "山腰的阿明" in _names(quoted), _shown(an)
