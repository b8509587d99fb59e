"""A message's stamp is no event: a chat line, a commenter's bracketed stamp, a reply's header
date when something was written, not that anything happened. A line becomes a row only when it
reports a dated happening. Birth cohorts and a schedule's period column are no events either.
Each rule on three forms written for the test (a library's opening hours, a marathon, an orchard
co-operative, a bus line), on topics unlike the development corpora."""

from __future__ import annotations

from generator.analyse.eventmessages import birth_cohort, comment_stamp, header_stamp
from tests.test_index import _article, _run


def _rows(*articles):
    return [(e.article, e.paragraph, e.date, e.text) for e in _run(*articles).events]


def test_chat_lines_under_a_day_heading_are_rows_only_when_they_report_a_dated_happening():
    chat = _article("g", "### 2025-03-04\n\n"
                         "周馆长：大家辛苦了，排班表我发群里了，有问题找我。\n\n"
                         "小吴（流通部）：我觉得周末应该延长开放时间。\n\n"
                         "阿梅：哈哈哈，同意。\n\n"
                         "小吴（流通部）：昨天下午三楼阅览室的空调坏了，维修师傅修到晚上八点。\n\n"
                         "### 2025-03-05\n\n"
                         "周馆长：新书架刚刚装好，二楼儿童区可以开放了。",
                    date="2025-03-20")
    rows = _rows(chat)
    days = {(p, d) for _, p, d, _ in rows}
    assert ("p4", "2025-03-03") in days, rows  # its own date: 昨天 of the 4th
    assert ("p5", "2025-03-05") in days, rows  # a happening of the moment (刚刚装好)
    assert not any(p in ("p1", "p2", "p3") for _, p, _, _ in rows), rows  # remarks: no rows


def test_stamped_messages_without_a_date_of_their_own_are_no_rows():
    log = _article("m", "2025-04-12 07:02 赛事组委会-老林：各位志愿者早上好，请按分工到岗。\n\n"
                        "2025-04-12 07:15 补给站-阿芳：收到，我们这边水和香蕉都摆好了。\n\n"
                        "2025-04-12 09:40 医疗组-陈医生：刚才32公里处有一名跑者抽筋倒地，已送医疗点处理。",
                   date="2025-04-30")
    rows = _rows(log)
    assert [p for _, p, d, _ in rows if d == "2025-04-12"] == ["p3"], rows


def test_a_commenters_bracketed_stamp_is_no_row():
    page = _article("o", "## 听众留言\n\n"
                         "果园老陈（2025-06-02）：今年的桃子比去年甜，就是个头小了点。\n\n"
                         "Lily_SZ（2025-06-03 21:14）：支持合作社搞直播卖货。\n\n"
                         "山里人（2025/6/4）：运费太贵了，希望能降一降。",
                    date="2025-06-01")
    rows = _rows(page)
    assert not any(d.startswith("2025-06-0") for _, _, d, _ in rows), rows
    assert comment_stamp("阿明 (2025-06-03 21:03)：不错", 4, 14)
    assert not comment_stamp("合作社（2025年6月3日成立）的负责人说", 4, 13)


def test_a_reply_header_is_no_row_and_the_pages_own_post_dates_the_page():
    thread = _article("t", "#1 早班司机 2025-08-01 06:10\n\n"
                           "103路从下周起改线，不再经过老城区，大家注意。\n\n"
                           "#2 城南阿姨 2025-08-01 07:45\n\n"
                           "那我去医院要多转一趟车了。\n\n"
                           "#3 路过的 2025-08-01 08:02\n\n"
                           "改线公告7月30日就贴在站牌上了。",
                      date=None)
    rows = _rows(thread)
    assert not any(p in ("p3", "p5") for _, p, _, _ in rows), rows  # the replies' headers
    assert any(p == "p6" and d == "2025-07-30" for _, p, d, _ in rows), rows  # a dated happening
    assert header_stamp("暮色里的猫2025-09-13 18:40:11浙江", 5, 15)
    assert header_stamp("阿潘说时事2025年9月14日上午10:31·🌏", 5, 15)
    assert not header_stamp("2025年9月14日上午10:31，首班车从总站发出，沿途共设12个站点", 0, 10)


def test_birth_cohorts_and_a_schedules_period_column_are_no_events():
    assert birth_cohort("1965年1月出生的男职工", 0, 7)
    assert birth_cohort("我是1988年出生的", 2, 7)
    assert birth_cohort("他是1990年生人", 2, 7)
    assert not birth_cohort("中国去年出生人口只有902万", 2, 4)
    assert not birth_cohort("2024年出生率降至新低", 0, 5)
    table = _article("s", "果树补贴按树龄发放：\n\n"
                          "| 栽种时间 | 每株补贴 |\n| --- | --- |\n"
                          "| 2015年1月—2015年6月 | 12元 |\n| 2015年7月—2015年12月 | 10元 |\n"
                          "| 2016年1月—2016年6月 | 8元 |\n\n"
                          "合作社于2025年5月20日开始发放补贴，1998年出生的理事长亲自到场。",
                     date="2025-05-25")
    rows = _rows(table)
    assert not any(d.startswith(("2015", "2016", "1998")) for _, _, d, _ in rows), rows
    assert any(d == "2025-05-20" for _, _, d, _ in rows), rows


def test_an_age_counted_this_year_is_no_event():
    a = _article("k", "果农老郑今年63岁，种了三十年苹果。\n\n"
                      "“我今年58，干不动了，”一位跑马拉松的老人说。\n\n"
                      "公交司机小周说，他爸今年七十了，还天天坐103路去公园。\n\n"
                      "合作社今年3月新建了两座冷库。", date="2025-06-01")
    rows = _rows(a)
    assert [p for _, p, _, _ in rows] == ["p4"], rows
