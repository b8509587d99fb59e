"""Stamps that print no year ("4-20 09:15", "编辑于 07-15") take the year of the page's own latest full stamp
(a date with its clock time: an export line, a comment's stamp), the year before it when their day falls after
it; a page with no such stamp stays undated, whatever dates its text tells of. Forms unlike the corpora: a kite
festival's topic feed with an export line at its foot, a horse-riding note with comments, a New Year's Eve
countdown feed, a choir's feed whose text names an old concert's date."""

from __future__ import annotations

from generator.clean import clean

KITE = """#潍坊风筝节#

风筝爱好者老周
4-20 09:15 来自 Android
今年的开幕式放飞了三百多只风筝，最大的一只龙头蜈蚣风筝长一百二十米，场面很壮观。
转发 12  评论 8  赞 96

潍坊文旅 V
微博认证：潍坊市文化和旅游局官方微博
4-20 11:40 来自 微博 weibo.com
风筝节期间，市区增开三条旅游专线公交，滨海风筝放飞场周边停车场免费开放。
转发 230  评论 41  赞 1502

导出时间：2024-04-22 08:30
"""

NOTE = """第一次去草原骑马的避坑指南🐎

上周末去了坝上草原，跟大家分享几点：马场的价格一定要先问清楚，按圈收费的比按小时收费的便宜一半。

骑马前一定要戴头盔，马场免费提供，但很多人嫌麻烦不戴。

编辑于 07-15 河北

共 2 条评论

草原小白
请问七月底去会不会人很多？
07-15 北京 赞 12 回复

骑行的鱼
头盔真的要戴，我朋友去年摔过一次。
2024-07-16 09:20 天津 赞 3 回复
"""

COUNTDOWN = """跨年夜江边灯光秀

灯光秀现场
12-31 21:05 来自 iPhone客户端
江边已经站满了人，无人机还没起飞，大家都在等零点的倒计时。
转发 3  评论 5  赞 40

城市交通播报 V
12-31 22:30 来自 微博 weibo.com
地铁二号线今晚延长运营至凌晨两点，江滨路段实行交通管制。
转发 88  评论 12  赞 301

保存于 2025-01-01 00:40
"""

CHOIR = """合唱团的动态

指挥林老师
5-12 19:30 来自 Android
今晚排练了新曲目，比2019年5月3日那场音乐会的曲目难多了，大家辛苦。
转发 1  评论 2  赞 18

女高音小叶
5-12 21:02 来自 iPhone客户端
高音部分还要再练，周六加排一次。
转发 0  评论 1  赞 9
"""


def _heads(out):
    return [p.strip() for p in out.body.split("\n\n") if p.startswith("### ")]


def test_a_feed_takes_its_year_from_the_export_line_at_its_foot():
    out = clean(KITE, source="000_kite.txt")
    heads = _heads(out)
    assert heads[0].endswith("2024-04-20 09:15") and heads[1].endswith("2024-04-20 11:40"), heads
    assert out.meta.get("date") == "2024-04-20"


def test_a_note_takes_its_year_from_a_comment_s_full_stamp():
    out = clean(NOTE, source="001_note.txt")
    assert out.meta.get("date") == "2024-07-15"
    assert "编辑于" not in out.body


def test_a_day_after_the_page_s_stamp_is_in_the_year_before():
    out = clean(COUNTDOWN, source="002_countdown.txt")
    heads = _heads(out)
    assert heads and heads[0].endswith("2024-12-31 21:05"), heads


def test_a_date_the_text_tells_of_gives_no_year():
    out = clean(CHOIR, source="003_choir.txt")
    heads = _heads(out)
    assert heads and not any("2019" in h or "-05-12" in h for h in heads), heads
    assert "5月12日19:30" in out.body  # the stamp stays under the post for a reader to date it
    assert not out.meta.get("date")
