"""Titles, outlets and dates read from a page's structure, on pages made up for the test (a museum
reopening, a bike-lane podcast, a library Q&A page, a reader's feed export): never tuned to a
development corpus's words.
"""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.readers.meta import iso_date


@pytest.mark.parametrize("value,day", [
    ("Wed, 21 Aug 2024 08:30:00 +0800", "2024-08-21"),   # RFC 822, as feeds and mail write it
    ("Sun, 02 Mar 2025 23:59:00 GMT", "2025-03-02"),     # the day as written, no time-zone shift
    ("March 5, 2025", "2025-03-05"),
    ("5 Sept 2025", "2025-09-05"),
])
def test_an_english_month_date_is_a_date(value, day):
    assert iso_date(value) == day


def test_an_impossible_english_date_is_none():
    assert iso_date("Fri, 31 Feb 2025 10:00:00 +0000") is None


def test_a_posted_line_with_an_rfc822_date_dates_the_page():
    text = ("城南博物馆闭馆三年后重新开放\n\n发布时间：Sat, 14 Jun 2025 09:00:00 +0800\n\n"
            "城南博物馆今天上午重新开放，首日预约名额在两小时内约满。馆方表示，改造后的展厅面积扩大了一倍。\n")
    c = clean(text, source="museum.txt")
    assert c.meta.get("date") == "2025-06-14"


def test_a_shows_hosts_line_gives_the_author():
    text = ("城市慢行电台 第12期｜共享单车退潮之后\n\n发布时间：2025-03-18 19:00\n主播：老周、阿梅\n\n"
            "老周：欢迎收听。今天聊聊人行道上的单车。\n\n阿梅：去年全市投放量减少了三成。乱停的问题并没有少多少。\n")
    c = clean(text, source="show.txt")
    assert c.meta.get("author") == "老周、阿梅"
    assert "主播" not in c.body


HERE = __import__("pathlib").Path(__file__).parent / "fixtures" / "intake12"


def load(name):
    raw = (HERE / name).read_text(encoding="utf-8")
    return raw, clean(raw, source=name)


def test_a_title_in_parts_with_an_issue_part_is_a_title_and_names_the_programme():
    _, c = load("podcast.txt")
    assert c.meta["title"] == "城市慢行电台 第12期｜共享单车退潮之后：谁来管人行道"
    assert c.meta["outlet"] == "城市慢行电台"
    assert c.meta["date"] == "2025-03-18"


def test_a_header_line_of_labels_and_fields_is_no_title():
    from generator.clean.titlepick import not_a_title
    assert not_a_title("FeedKeeper 导出｜文件夹：城市新闻")
    assert not_a_title("第1021期｜2024年10月2日出刊｜两岸") == "an issue or volume line"
    assert not_a_title("城市慢行电台 第12期｜共享单车退潮之后") is None


def test_a_feed_items_title_under_the_readers_frame_is_the_title_and_the_frame_goes():
    _, c = load("feed_export.txt")
    assert c.meta["title"].startswith("南岸区老旧小区加装电梯完成过半")
    assert c.meta["date"] == "2025-06-10" and c.meta["outlet"] == "南岸晚报" and c.meta["author"] == "周一鸣"
    assert "FeedKeeper" not in c.body and "订阅源" not in c.body and "rss" not in c.body
    assert c.body.startswith("南岸区住建局昨日表示")
    assert c.body.rstrip().endswith("审批流程仍然偏长。")  # the frame at the foot went too
    assert c.meta.get("url") == "https://www.nanan-evening.example.cn/city/20250610-lift"


def test_a_qa_pages_question_is_its_title_not_a_topic_tag_or_a_menu_item():
    _, c = load("qa_page.txt")
    assert c.meta["title"] == "社区图书馆夜间开放值得推广吗？晚上真的有人去吗？"
    # the tags stay items of their own: none is glued in front of the question's description
    assert any(p.startswith("我们街道的图书馆从上个月开始") for p in c.body.split("\n\n"))


def test_a_chat_exports_group_name_is_its_title():
    _, c = load("chat.txt")
    assert c.meta["title"] == "青禾社区防汛志愿队"
    assert "群聊" not in c.body
