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
