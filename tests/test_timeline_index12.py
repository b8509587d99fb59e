"""A timeline row needs an event, not just a date. A post's own stamp ("上午9:12 · 2025年3月4日 ·
2.1万次查看", "2025-03-04 | 09:12") says when it was written; an official letter's signed date,
followed by its contact and distribution fields, is the letter's date; a message that only sits
under a day heading is that day's news only when it reports something, not when it asks, replies
to "@a colleague", or gives its writer's view or instruction. A deadline month ("9月底前") lies
ahead of the writing, not a year back. Each on small synthetic articles written for the test, in
several forms (a microblog thread, a forum export, a bureau's reply letter and a notice, a
newsroom chat, a volunteer group's chat, a committee's minutes): a library's closure, a river
clean-up, a bus route (invented places and people)."""

from __future__ import annotations

from tests.test_index import _article, _run


def _rows(*articles):
    return [(e.article, e.paragraph, e.date, e.text) for e in _run(*articles).events]


def test_a_threads_post_stamps_and_counters_are_no_events_and_date_its_relative_days():
    thread = _article("t", "图书馆闭馆这件事我多说几句。昨天馆方贴出通知，说下周一起闭馆装修。\n\n"
                           "上午9:12 · 2025年3月4日 · 2.1万 次查看\n\n"
                           "读者协会在2月20日递交过联名信，没有回音。\n\n"
                           "上午9:30 · 2025年3月4日 · 1.4万 次查看 56 回复 120 转帖 980 喜欢",
                      date=None)
    rows = _rows(thread)
    assert not any("次查看" in t or "喜欢" in t for _, _, _, t in rows), rows
    days = {(p, d) for _, p, d, _ in rows}
    assert ("p3", "2025-02-20") in days, rows
    assert ("p1", "2025-03-03") in days, rows  # 昨天 of a thread posted on the 4th
    forum = _article("f", "河道清理志愿活动的帖子\n\n"
                          "2025-05-02 | 08:40 楼主：上周六我们在东堤清出了两吨垃圾。\n\n"
                          "2025-05-02 | 09:15 二楼：这周六还去吗？", date=None)
    rows = _rows(forum)
    assert not any(d == "2025-05-02" and "上周六" not in t for _, _, d, t in rows), rows


def test_an_official_letters_signed_date_is_no_event_but_its_body_dates_are():
    letter = _article("l", "关于延长公交12路末班车时间的答复\n\n"
                           "王代表：您的建议收悉。我局已于4月1日起将12路末班车延后至23时。\n\n"
                           "市公共交通管理局\n2025年4月18日（联系人：李明；联系电话：010-1234567）\n抄送：市政府督查室。",
                      date=None)
    rows = _rows(letter)
    assert not any(d == "2025-04-18" for _, _, d, _ in rows), rows
    assert any(d == "2025-04-01" for _, _, d, _ in rows), rows
    notice = _article("n", "关于图书馆闭馆装修的通知\n\n本馆自5月6日起闭馆装修，预计8月重新开放。\n\n"
                           "青石区图书馆 2025年4月28日 联系人：赵敏 联系电话：6666888", date=None)
    rows = _rows(notice)
    assert any(d == "2025-05-06" for _, _, d, _ in rows), rows
    assert not any(d == "2025-04-28" for _, _, d, _ in rows), rows


def test_a_message_under_a_day_heading_is_news_only_when_it_reports_something():
    newsroom = _article("c", "### 2025-06-10\n\n"
                             "宋知远：首班复航渡轮刚刚靠岸，船上有三百多名乘客。\n\n"
                             "贺兰心：码头那边还要排队吗？\n\n"
                             "宋知远：@贺兰心 下午把照片发群里。\n\n"
                             "贺兰心：我觉得这次停航的处理偏慢。\n\n"
                             "宋知远：口径：以航运公司公告为准，不要猜测原因。", date="2025-07-01")
    rows = _rows(newsroom)
    assert [p for _, p, _, _ in rows] == ["p1"], rows
    volunteers = _article("v", "## 2025-04-12\n\n"
                               "阿青：东堤今天一共清出了两吨垃圾，比上次多一倍。\n\n"
                               "老周：明天还集合吗\n\n"
                               "小林：@阿青 收到，我带手套。\n\n"
                               "阿青：我的看法是下次分两组。", date="2025-05-01")
    rows = _rows(volunteers)
    assert {p for _, p, _, _ in rows} == {"p1"}, rows


def test_a_deadline_month_lies_ahead_of_the_writing():
    minutes = _article("m", "会议决定：由课题组于9月底前形成调研报告，10月前提交区政府。\n\n"
                            "去年9月底，课题组完成了第一轮走访。", date="2025-07-26")
    rows = {(p, d) for _, p, d, _ in _rows(minutes)}
    assert ("p1", "2025-09-30") in rows and ("p1", "2025-10") in rows, rows
    assert ("p2", "2024-09-30") in rows, rows
    assert not any(d.startswith("2024") for p, d in rows if p == "p1"), rows


def test_the_years_end_and_last_week_count_from_the_writing():
    # a thread, minutes and a letter: "年底前" is this year's December, "上周"/"这周" the week's Monday
    thread = _article("w", "图书馆说年底前要完成全部装修。我上周去还书时已经在搬书架了。", date="2025-07-16")
    minutes = _article("x", "会议要求：各街道力争年底前完成河道清理，每年年底开展一次复查。", date="2025-07-26")
    letter = _article("y", "经研究，12路调整方案这周先在早高峰试行，年末视情况推广。", date="2025-04-18")
    rows = {(a, d, e) for a, _, d, e in _rows(thread, minutes, letter)}
    dates = {(a, d) for a, d, _ in rows}
    assert ("w", "2025-12") in dates and ("w", "2025-07-07") in dates, rows
    assert ("x", "2025-12") in dates, rows
    assert ("y", "2025-04-14") in dates and ("y", "2025-12") in dates, rows


def test_an_infoboxs_fields_are_rows_of_its_subject_and_night_hours_date_nothing():
    box = _article("b", "| 中文名 | 青鸟出行 | 外文名 | Bluebird Mobility |\n|---|---|---|---|\n"
                        "| 所属公司 | 青石集团 | 上线时间 | 2021年8月 |\n| 运营城市 | 滨江等十余个城市 | 全无人运营 | 2022年8月起 |\n\n"
                        "青鸟出行是青石集团旗下的出行服务平台。", date="2024-08-19")
    rows = _rows(box)
    texts = [t for _, _, _, t in rows]
    assert any(d == "2021-08" and t.startswith("青鸟出行 上线时间") for _, _, d, t in rows), rows
    assert not any("外文名" in t or "所属公司" in t for t in texts), rows
    night = _article("n", "从订单结构看，夜间22时至次日6时的订单约占三成。\n\n"
                          "7月2日，12路首次开行夜班车，次日即因客流太少调整了班次。", date="2024-08-16")
    rows = {(p, d) for _, p, d, _ in _rows(night)}
    assert not any(p == "p1" for p, _ in rows), rows
    assert ("p2", "2024-07-03") in rows, rows


def test_a_replys_handle_and_stamp_date_no_event():
    thread = _article("r", "读者协会的联名信没有回音。\n\n"
                           "老周 @laozhou_reader ·3月5日你说的是去年的情况，今年馆方换了负责人。", date="2025-03-04")
    rows = _rows(thread)
    assert not any(d == "2025-03-05" for _, _, d, _ in rows), rows
