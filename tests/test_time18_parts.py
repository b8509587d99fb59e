"""A timeline row dates what a reader would date, on articles written for these tests (a swimming
pool's notice, a knitting club's group chat, a chess federation's chronicle page, a bakery chain's
Markdown report; topics no corpus has):

* a part of a month is a day, marked approximate: 月初 and 上旬 about the 5th, 中旬 the 15th,
  下旬 the 25th, 月底/月末 the month's last day (also after a month named relatively: 本月底, 下月初),
  so "截至8月底" sorts after the rest of August; "本月初步统计" is no month's start;
* a short line with no punctuation that opens with a day and goes on to say what happened is a
  chronicle's item, an event of that day; a heading that names a day and a word or two is not.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _dates(text: str, article: str) -> list[tuple[str, str, str]]:
    return [(r.date, r.precision, text[r.start:r.end]) for r in resolve_dates(text, article, int(article[:4]))]


def _rows(analysis, words):
    return [(e.date, e.precision) for e in analysis.events if words in e.text]


def test_a_month_end_and_start_are_days_about():
    # an official notice: the month's end is its last day, February's in a leap year too
    assert _dates("截至2032年2月底，全市游泳馆共接待市民12万人次。", "2032-03-10") == \
        [("2032-02-29", "approximate", "2032年2月底")]
    assert ("2031-11-30", "approximate", "11月末") in _dates("维修工程将持续到11月末。", "2031-10-02")
    assert _dates("恒温池将于12月初重新开放。", "2031-10-02")[0][:2] == ("2031-12-05", "approximate")
    # relative months: this month's end, next month's start
    assert [d for d, _, _ in _dates("报名截止到本月底。", "2031-04-12")] == ["2031-04-30"]
    assert [d for d, _, _ in _dates("新课表下月初公布。", "2031-12-20")] == ["2032-01-05"]
    # "本月初步统计" is a preliminary count this month, no month's start
    assert [d for d, _, _ in _dates("本月初步统计，客流增长两成。", "2031-04-12")] == ["2031-04"]


def test_a_group_chat_and_a_report_date_month_ends():
    chat = _article("knit", "毛线编织俱乐部 群聊记录\n\n"
                            "导出时间：2031-10-03\n\n"
                            "阿梅：9月底我们在社区中心办了第一次义卖，织好的围巾全卖完了。\n\n"
                            "小秦：10月下旬还想再办一次，场地已经问过了。", date="2031-10-03")
    an = _run(chat)
    assert ("2031-09-30", "approximate") in _rows(an, "义卖"), an.events
    assert ("2031-10-25", "approximate") in _rows(an, "再办一次"), an.events
    report = _article("bread", "# 烘焙连锁门店月报\n\n"
                               "## 概况\n\n"
                               "截至8月底，门店总数达到86家，8月中旬新开的两家门店已实现盈利。", date="2031-09-04")
    an = _run(report)
    got = {d for e in an.events for d in [e.date]}
    assert "2031-08-31" in got and "2031-08-15" in got, an.events
    assert not any(e.date == "2031-08" for e in an.events)  # the month alone no longer stands for its end


def test_a_chronicle_item_is_an_event_and_a_day_heading_is_not():
    page = _article("chess", "市国际象棋协会 大事记\n\n"
                             "11月22日协会公布青少年等级分新规则\n\n"
                             "11月19日第三届城市团体赛在体育中心闭幕\n\n"
                             "11月16日合集\n\n"
                             "协会表示，新规则将于明年起实施。", date="2031-11-25")
    an = _run(page)
    assert _rows(an, "等级分新规则") == [("2031-11-22", "day")], an.events
    assert _rows(an, "团体赛") == [("2031-11-19", "day")], an.events
    assert not any(e.date == "2031-11-16" for e in an.events), an.events  # a heading: the day's collection
