"""The timeline of sources in unusual forms: dates written in Chinese numerals (an official
reply, a feature, a traditional-script notice), a blog dated by its own "发表于" line and never by
its sidebar's archive or its list of related posts, a thread whose posts' stamps are no events,
relative dates that carry a day or a year ("本月20日前", "明年春节前"). On small synthetic articles
written for these tests (a county library, a ferry timetable, a mountain trail: invented names)."""

from __future__ import annotations

from test_index import _article, _run
from test_index13_credits import _build


def _events(analysis):
    return [(e.date, e.precision, e.forecast, e.text) for e in analysis.events]


def _dated(analysis, words):
    return [(d, p, f) for d, p, f, t in _events(analysis) if words in t]


def test_dates_in_chinese_numerals_in_three_forms():
    reply = _article("r", "您提出的建议收悉。县图书馆自二〇二四年三月一日起试行通宵开放，"
                          "计划于今年十月一日起增加座位。\n\n二〇二三年，全馆接待读者二十万人次。", date="2024-06-12")
    feature = _article("f", "三月十五日晚，第一批夜读者走进了自习室。馆长说，九月下旬还将开放二楼。", date="2024-04-02")
    notice = _article("n", "渡口夜班自二〇二四年七月一日起恢復，每晚三班。十二月三十一日前票價不變。",
                      script="zh-Hant", date="2024-06-20")
    an = _run(reply, feature, notice)
    assert ("2024-03-01", "day", False) in _dated(an, "试行通宵开放")
    assert ("2024-10-01", "day", True) in _dated(an, "增加座位")
    assert any(d == "2023" for d, _, _ in _dated(an, "全馆接待读者"))
    assert ("2024-03-15", "day", False) in _dated(an, "第一批夜读者")
    assert any(d == "2024-07-01" for d, _, _ in _dated(an, "渡口夜班"))
    assert any(d == "2024-12-31" for d, _, _ in _dated(an, "票價不變"))
    # counts and idioms in numerals are no dates
    quiet = _run(_article("q", "三个月后，十月怀胎的比喻又被提起，每月一次的例会照开。", date="2024-06-20"))
    assert not any(d.startswith("2024-10") or d.startswith("2024-03") for d, _, _, _ in _events(quiet))


def test_a_relative_month_with_its_day_and_a_festival_of_next_year():
    minutes = _article("m", "会议议定，交通管理支队于本月20日前完成停车场规划。", date="2024-06-05")
    report = _article("p", "据了解，景区与投资集团签署协议，夜间演艺项目预计明年春节前推出。", date="2024-06-16")
    post = _article("b", "去年国庆期间，山道上排了两个小时的队。", date="2024-06-18")
    an = _run(minutes, report, post)
    assert ("2024-06-20", "day") in [(d, p) for d, p, _ in _dated(an, "停车场规划")]
    dated = _dated(an, "演艺项目")
    assert dated and all(d.startswith("2025") for d, _, _ in dated) and all(f for _, _, f in dated)
    assert not any(d == "2024-02" for d, _, _ in dated)  # never this year's festival
    assert any(d == "2023-10-01" for d, _, _ in _dated(an, "山道上排了"))  # about the holiday itself


BLOG = """老周的山道笔记

首页 | 关于 | 归档

夜爬青石山一个月：我的几点观察

发表于 2024-06-18 21:05 | 分类：户外 | 阅读 326

上周六我又去了一趟青石山。从南坡上山，排队用了四十分钟。

今年年初，景区就说要开夜爬线路，当时不少人怀疑。

归档
2024年6月 (2)
2024年5月 (4)
2024年3月 (1)
2023年11月 (3)

最新文章
· 山脚下的老茶馆 2024-05-28
· 南坡修缮记 2024-03-09
· 青石山的秋天 2023-11-02
"""

THREAD = """户外论坛 » 山野 » 夜爬青石山到底安不安全？

楼主：山顶的风　发表于 2024-6-20 10:12

昨晚去的，头灯一定要带。

2楼　阿坤　发表于 2024-6-20 10:40
回复 山顶的风：管理处说下个月加装路灯。

3楼　老石头　发表于 2024-6-20 13:25
停车太难了，景区能不能多划点车位。
"""


def test_a_blog_is_dated_by_its_own_line_and_its_archive_and_a_threads_stamps_are_no_events(tmp_path):
    an = _build(tmp_path, {"000_blog.txt": BLOG, "001_thread.txt": THREAD})
    events = _events(an)
    assert ("2024-06-15", "day") in [(d, p) for d, p, _ in _dated(an, "上周六")]  # from "发表于 2024-06-18"
    assert any(d == "2024-01" for d, _, _ in _dated(an, "今年年初"))
    for listed in ("2024-05-28", "2024-03-09", "2023-11-02", "2023-11", "2024-03"):
        assert not any(d == listed for d, _, _, _ in events), listed  # the sidebar's dates are no events
    assert ("2024-07", "month") in [(d, p) for d, p, _ in _dated(an, "加装路灯")]
    assert not any("停车太难" in t and d == "2024-06-20" for d, _, _, t in events)  # a post's stamp
    assert ("2024-06-19", "day") in [(d, p) for d, p, _ in _dated(an, "头灯")]


FEED = """微博　首页　发现　消息　我
搜索结果：夜班渡轮　｜　综合　实时
导出时间：2024-07-03 23:18　共 3 条

──────────────────────
渡口观察员小温 V
7月3日 08:12 来自 iPhone客户端
昨天晚上十点那班船坐满了，今天早上码头又贴出了加班船的通知。
转发 12　｜　评论 30　｜　赞 88
"""

ANNOUNCEMENT = """证券代码：600000　　证券简称：青禾渡运　　公告编号：2024-031

青禾渡运股份有限公司关于夜班航线的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载。

这几天公司的客服热线一天接到两百多个电话，询问夜班船票。公司将于下月起增开一班夜班船。

特此公告。

青禾渡运股份有限公司董事会

二〇二四年七月五日
"""

MAGAZINE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>夜班渡轮一个月后 - 江城周刊</title></head>
<body>
<div class="topbar">江城周刊 | 首页　封面故事　订阅本刊</div>
<article>
<h1>夜班渡轮一个月后</h1>
<div class="meta">2024年8月2日 09:00　来源：《江城周刊》2024年第31期　文｜本刊记者 柯思远　阅读 3.2万</div>
<p>7月1日是个周一。码头售票员记得，当晚的三班船全部坐满。</p>
<p>上周，航运公司宣布夜班船将延续到年底，昨天又把末班船推迟了半小时。</p>
</article>
<div class="footer">© 2024 江城周刊 版权所有　未经授权不得转载</div>
</body></html>
"""


def test_an_undated_feed_announcement_and_page_are_dated_from_their_own_stamps(tmp_path):
    an = _build(tmp_path, {"000_feed.txt": FEED, "001_notice.txt": ANNOUNCEMENT, "002_weekly.html": MAGAZINE})
    assert ("2024-07-02", "day") in [(d, p) for d, p, _ in _dated(an, "昨天晚上十点")]  # the export's day
    assert any(d == "2024-08" for d, _, _ in _dated(an, "增开一班夜班船"))  # from the signature's July
    assert ("2024-08-01", "day") in [(d, p) for d, p, _ in _dated(an, "末班船推迟")]  # the page's 2 August
    assert not any(d.startswith("2023") or d == "2024-01-01" for d, _, _, _ in _events(an))


def test_an_ocr_year_and_a_byline_line_with_its_clock_time():
    ocr = _article("o", "从2O17年5月5日首次试航到2O23年正式开通，这条夜航线走了六年。", date="2024-06-01")
    tw = _article("t", "｜記者柯思遠／綜合報導｜2024年6月2日上午09:45\n\n渡輪於1日完成首航，乘客逾千人。",
                  script="zh-Hant", date="2024-06-02")
    log = _article("l", "记者6月3日上午09:45从码头获悉，夜班船已连续三晚满员。", date="2024-06-03")
    an = _run(ocr, tw, log)
    assert ("2017-05-05", "day") in [(d, p) for d, p, _ in _dated(an, "首次试航")]
    assert not any("綜合報導" in t for _, _, _, t in _events(an))  # the byline's time is no event
    assert any(d == "2024-06-01" for d, _, _ in _dated(an, "完成首航"))
    assert any(d == "2024-06-03" for d, _, _ in _dated(an, "连续三晚满员"))  # a sentence with a time stays
