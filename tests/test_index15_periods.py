"""A quarter, a half-year and a span counted back from the words' date date a timeline row, on
synthetic articles in forms no corpus has (a translated foreign company's results, a residents'
committee's minutes, a Hong Kong forum thread in traditional script, a chat export):

* "2032年一季度" dated by its middle month (February), precision quarter (shown as its three
  months), "前三季度" about the day the quarters so far count to (September 30th);
  "上半年" at June 30th, "下半年" at July 1st (where the halves meet);
* "近两周", "近一个月来", "过去一周", "连续三周", "近三年来": about the day the span starts,
  counted back from the article's date ("近一个月" on Nov 20th: Oct 20th);
* a season of a named year by its middle month ("今年夏天" July, "今年暑假" August), by its first
  when counted from its start ("入秋以来" September, "明年春季学期" March); "夏天喝冰的", any
  summer, dates nothing;
* no date of the words, no span; a table's "近30天的数据" dates nothing.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _dates(text, said, year=2031):
    return [(r.date, r.precision) for r in resolve_dates(text, said, year)]


def test_quarters_and_halves_of_a_translated_report():
    assert _dates("该船运公司2031年前三季度净利润下降一成。", "2031-11-02") == [("2031-09-30", "approximate")]
    assert _dates("新航线预计2032年一季度开通。", "2031-11-02") == [("2032-02", "quarter")]
    assert _dates("公司今年上半年亏损收窄。", "2031-08-20") == [("2031-06-30", "approximate")]
    assert _dates("管理层预计明年下半年恢复盈利。", "2031-08-20") == [("2032-07-01", "approximate")]


def test_spans_back_from_the_words_date():
    assert _dates("近一个月来，渡口每天加开两班。", "2031-11-20") == [("2031-10-20", "approximate")]
    assert _dates("泳池已连续三周满员。", "2031-11-20") == [("2031-10-30", "approximate")]
    assert _dates("近三年来，夜市摊位翻了一番。", "2031-11-20") == [("2028", "approximate")]
    assert _dates("近一个月来，渡口每天加开两班。", None) == []  # no date of the words: nothing to count from
    assert _dates("表中为近30天的数据。", "2031-11-20") == []
    # how long something took, a figure's period, a span on from a past day, a period compared with
    assert _dates("新码头从规划到建成用了近十年时间。", "2031-11-20") == []
    assert _dates("票价处于近五年历史分位的三成左右。", "2031-11-20") == []
    assert _dates("这是假期过去一周后的寻常一幕。", "2031-11-20") == []
    assert _dates("客流较三季度月均水平增长约一半。", "2031-11-20") == []
    assert _dates("远高于公司上半年日均换手率1.3%。", "2031-11-20") == []


def test_minutes_and_a_forum_thread_give_rows_of_their_spans():
    minutes = _article("min", "居委会工作会议纪要\n\n近两周小区停车投诉明显增多，物业已加派两名保安。",
                       date="2031-05-18")
    thread = _article("hk", "泳池討論區\n\n近一個月嚟維園泳池排隊排到街口，職員話入場人次破紀錄。",
                      script="zh-Hant", date="2031-07-20")
    rows = {(e.article, e.date) for e in _run(minutes, thread).events}
    assert ("min", "2031-05-04") in rows and ("hk", "2031-06-20") in rows, rows


def test_seasons_of_a_named_year():
    assert _dates("今年夏天渡口将开通夜航。", "2031-01-10") == [("2031-07", "approximate")]
    assert _dates("今年暑假，三所小学改为配送供餐。", "2031-09-15") == [("2031-08", "approximate")]
    assert _dates("入秋以来，门诊量持续上升。", "2031-11-20") == [("2031-09", "approximate")]
    assert _dates("影响恐怕要持续到明年春季学期。", "2031-10-09") == [("2032-03", "approximate")]
    assert _dates("夏天喝冰咖啡最舒服。", "2031-10-09") == []
