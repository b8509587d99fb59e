"""A feed of authored posts pasted as text (rule ``feed_posts``): each post is its account's, under a post
heading (model.POST_HEADING: number, account, day and time) that speakers, the timeline and the index read;
an official account is itself, never "网友"; counters rows, sidebar lists and widget labels leave with an
audit record; a post's comments stay under it with their own writers, the author's reply named.

Synthetic pages on topics unlike every corpus, in four forms the rule was not derived from: a Mastodon/X
timeline in traditional script (a city's cycle-lane redesign), a 豆瓣广播 feed with relative stamps (a
library's late-fee amnesty), a Bilibili dynamic feed with a sidebar pasted between posts and an UP's reply
(a wetland bird count), a 抖音 comment list under a video post (a ferry timetable); and pages where the
same shapes are text (one byline and date, a report quoting times)."""

from __future__ import annotations

from generator.clean import clean
from generator.model import POST_HEADING

X_TIMELINE = """\
搜尋結果：自行車道改線
擷取時間：2024-05-04 10:20
導語：南港段自行車道改線完工一週，騎士和交通局各有說法。

山城單車社 ✓ @shancheng_bike
5月3日 14:20 · 來自 Android
南港段自行車道改線後，上班時間的車流明顯分開了，我們上週三早上在路口數了一小時，通過的單車從八十多輛增加到一百二十輛，沒有一起擦撞。
回覆 12  轉推 40  喜歡 310

市府交通局 ✓ @city_transport
認證：市政府交通局官方帳號
5月3日 16:05 · 來自 Web
【南港自行車道改線說明】改線工程於4月22日完工，全長2.4公里，新增實體分隔島十八處。路口號誌將於下月調整為單車專用時相，施工期間請用路人留意改道標誌。展開
回覆 88  轉推 205  喜歡 1.2萬

騎車的阿哲 @azhe_rides
5月3日 21:47 · 來自 iPhone
說實話分隔島太窄了，貨車右轉還是會壓到單車道，晚上路燈也不夠亮，希望交通局別只算通過量。
回覆 5  轉推 2  喜歡 64
"""

DOUBAN = """\
豆瓣广播 · 话题：逾期罚款取消
保存于 2024-11-02 22:10

读书的阿鹿
3小时前
市图书馆宣布从十一月起取消逾期罚款，已经欠下的罚款也一笔勾销。我上个月还了一本拖了半年的《百年孤独》，交了十二块，现在有点心疼。
回应 5  转发 2  赞 30

城西区图书馆 V
认证：城西区图书馆官方账号
昨天 20:13
关于取消逾期罚款的说明：取消罚款后，逾期超过六十天的读者将暂停借阅，直到归还为止。去年全馆罚款收入约四万元，主要用于修补破损图书，今后由财政预算承担。
回应 41  转发 96  赞 512
热门回应：
慢慢读：暂停借阅比罚款管用，罚几块钱大家根本不在乎 回复 赞18
纸页间：那修书的钱以后从哪里来？预算会不会又被砍 回复 赞9

夜读小组
前天 09:30
我们读书会打算下个月把拖欠的书集中还回去，顺便捐一批旧书给分馆。
回应 2  赞 11
"""

BILIBILI = """\
动态 · 关注列表
导出于 2024-03-15

江城观鸟会 UP主
03-12 19:40 · 投稿了视频
今年湿地越冬水鸟同步调查结果出来了：一共记录到水鸟六十二种、一万四千余只，比去年多了两千只左右，白枕鹤时隔五年重新出现在北岸滩涂。展开c
转发 31  评论 17  点赞 2406
热门评论：
芦苇丛里的猫：白枕鹤那段拍得太好了，是在哪个观测点？ (03-12 20:02) 回复 赞41
作者：北岸三号观测塔，早上七点前光线最好 (03-12 20:15) 回复 赞36

相关推荐
湿地公园春季开放时间调整
候鸟迁徙季拍摄指南

湿地保护站小林
03-13 08:05 · 发布了动态
补充一下数据：调查当天北岸有一段水位偏低，部分鸻鹬类可能没有统计到，实际数量应该更多。收起d
转发 4  评论 3  点赞 215

热搜榜 >
1 春季候鸟迁徙  1203344
2 湿地公园开放  884120
3 观鸟入门  502113
查看完整热搜榜单
"""

DOUYIN = """\
视频作者：渡口老周
评论区 · 共 3 条

渡口老周
04-18 07:30 · 浙江
新时刻表今天开始执行，早班船提前到六点十分，末班改到晚上九点半。周末加两个班次。
赞 1.4万  评论 356  分享 88

港区客运站 V
认证：港区客运站官方账号
04-18 09:02 · 浙江
补充说明：新时刻表试行一个月，五月中旬根据客流再评估，票价不变，学生卡照常使用。
赞 5120  评论 97
"""

NEWS = """\
骑行道改造完成 通勤车流分开

本报记者 林静

2024年5月3日 14:20

南港段自行车道改线工程日前完工。交通局表示，路口号誌下月调整。市民骑车的阿哲说，晚上路灯不够亮。
"""


def _heads(body: str) -> list[re.Match]:
    return [m for line in body.splitlines() if line.startswith("#") and (m := POST_HEADING.match(line.lstrip("# ").strip()))]


import re  # noqa: E402  (used by the helper's annotation above)


def test_x_timeline_in_traditional_script_reads_each_post_under_its_account():
    c = clean(X_TIMELINE, source="timeline.txt")
    heads = _heads(c.body)
    assert [m.group("name") for m in heads] == ["山城單車社", "市府交通局", "騎車的阿哲"]
    assert [m.group("date") for m in heads] == ["2024-05-03"] * 3
    assert [m.group("time") for m in heads] == ["14:20", "16:05", "21:47"]
    assert heads[1].group("role") == "市政府交通局官方帳號"  # the verification says what kind of account it is
    for furniture in ("轉推 40", "喜歡 1.2萬", "來自 Android", "@city_transport", "展開"):
        assert furniture not in c.body
    assert "新增實體分隔島十八處" in c.body and "希望交通局別只算通過量" in c.body
    assert "南港段自行車道改線完工一週" in c.body and "導語" not in c.body  # the lead stays, its label leaves
    assert "網友" not in c.body and "网友" not in c.body
    assert any(e.before.startswith("回覆 12") and e.action == "removed" for e in c.audit)


def test_douban_feed_resolves_relative_stamps_against_the_page_date_and_keeps_comments_with_their_post():
    c = clean(DOUBAN, source="douban.txt")
    heads = _heads(c.body)
    assert [(m.group("name"), m.group("date")) for m in heads] == [
        ("读书的阿鹿", "2024-11-02"), ("城西区图书馆", "2024-11-01"), ("夜读小组", "2024-10-31")]
    assert heads[1].group("time") == "20:13"
    lines = [x for x in c.body.splitlines() if x.strip()]
    at = lines.index(next(x for x in lines if "城西区图书馆" in x and x.startswith("#")))
    nxt = lines.index(next(x for x in lines if "夜读小组" in x and x.startswith("#")))
    after = lines[at:nxt]
    # the comments follow their post, under their own heading, each with its writer, their stamps given the same way
    assert any(x.lstrip("# ").strip() == "读者评论" for x in after)
    assert any(x.startswith("慢慢读：暂停借阅比罚款管用") for x in after)
    assert any(x.startswith("纸页间：那修书的钱以后从哪里来") for x in after)
    assert "回复 赞" not in c.body and "赞18" not in c.body and "回应 41" not in c.body
    assert "去年全馆罚款收入约四万元" in c.body
    # the next post is no comment of the one above it
    assert lines[nxt + 1].startswith("我们读书会打算下个月") or lines[nxt + 2].startswith("我们读书会打算下个月")


def test_bilibili_feed_drops_sidebars_and_widgets_and_names_the_authors_reply():
    c = clean(BILIBILI, source="dynamic.txt")
    heads = _heads(c.body)
    assert [(m.group("name"), m.group("date"), m.group("time")) for m in heads] == [
        ("江城观鸟会", "2024-03-12", "19:40"), ("湿地保护站小林", "2024-03-13", "08:05")]
    for furniture in ("相关推荐", "候鸟迁徙季拍摄指南", "1203344", "热搜榜", "查看完整热搜榜单", "展开c", "收起d", "点赞 2406"):
        assert furniture not in c.body
    assert "白枕鹤时隔五年重新出现在北岸滩涂。" in c.body
    assert "实际数量应该更多。" in c.body
    # the UP's reply signed 作者 is the post's account's; every comment keeps its stamp the same way
    reply = next(x for x in c.body.splitlines() if "北岸三号观测塔" in x)
    assert "江城观鸟会（作者）：北岸三号观测塔" in reply
    other = next(x for x in c.body.splitlines() if "芦苇丛里的猫" in x)
    assert reply.startswith("2024-03-12 20:15\u3000") and other.startswith("2024-03-12 20:02\u3000")
    removed = [e.before for e in c.audit if e.action == "removed"]
    assert "相关推荐" in removed and any("1 春季候鸟迁徙" in r for r in removed)


def test_douyin_posts_official_account_is_itself_and_the_page_gives_no_year():
    c = clean(DOUYIN, source="douyin.txt")
    heads = _heads(c.body)
    # no year anywhere on the page: no date is made up, the post's day stays readable under its heading, and the
    # verified account keeps its mark (what tells a post's heading from a section's when no day does)
    assert [m.group("name") for m in heads] == ["渡口老周", "港区客运站\u3000V"]
    assert heads[1].group("role") == "港区客运站官方账号"
    assert all(not m.group("date") for m in heads)
    assert "4月18日07:30" in c.body and "2024" not in c.body
    assert "票价不变，学生卡照常使用。" in c.body
    assert "赞 5120" not in c.body and "分享 88" not in c.body


def test_one_byline_and_a_dateline_are_no_feed():
    c = clean(NEWS, source="news.txt")
    assert not _heads(c.body)
    assert "交通局表示，路口号誌下月调整。" in c.body


def test_a_page_quoting_two_clock_times_in_its_text_is_no_feed():
    text = ("码头调度日志\n\n早班\n06:10 首班船离港\n乘客四十二人，风力三级。\n\n晚班\n21:30 末班船离港\n"
            "乘客十八人，一切正常。\n")
    c = clean(text, source="log.txt")
    assert not _heads(c.body)
    assert "乘客四十二人" in c.body and "乘客十八人" in c.body
