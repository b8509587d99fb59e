"""A month or a weekday written alone dates what its clause tells, on articles written for these
tests (a wire report on an orchestra, slides on a city's shared bikes, a tea shop owners' forum
post, a museum's notice; topics no corpus has):

* a bare month is a time when it owns what follows ("9月的客流"), when a place follows ("10月在
  苏州举办"), a quoted name follows, it opens a field set apart by a wide gap (a slide's or a
  table's "7月　骑行量　+12%"), or it is listed with another month ("减免9月、10月租金");
  a month that is a comparison's base ("较6月的水平") still dates nothing;
* a weekday written alone ("星期五", "周三") is the nearest such day before the article when its
  clause tells of something done, the nearest after when it tells of something to come, and
  nothing when it says neither, names a date's own weekday, a range or a routine.
"""

from __future__ import annotations

from generator.analyse.datefind import resolve_dates
from tests.test_index import _article, _run


def _dates(text: str, article: str) -> list[tuple[str, str]]:
    return [(r.date, text[r.start:r.end].strip()) for r in resolve_dates(text, article, int(article[:4]))]


def _rows(analysis, words):
    return [e.date for e in analysis.events if words in e.text]


def test_a_bare_month_that_owns_a_figure_or_a_place_is_a_time():
    assert _dates("乐团9月的上座率比8月高出两成。", "2031-10-12") == [("2031-09", "9月")]
    assert _dates("协会将组织会员参加10月在苏州举办的茶博会。", "2031-08-29") == [("2031-10", "10月")]
    assert [d for d, _ in _dates("园区已为商户减免9月、10月两个月租金。", "2031-08-29")] == ["2031-09", "2031-10"]
    assert _dates("较6月的水平略有回落。", "2031-08-29") == []  # a comparison's base
    assert _dates("6月的话再说吧。", "2031-08-29") == []  # a conditional, no time of anything


def test_slides_with_months_set_apart_by_gaps():
    deck = _article("bike", "共享单车运营季度回顾\n\n"
                            "一、骑行量\n\n"
                            "7月\u3000骑行量同比\u3000+12%\n\n"
                            "8月\u3000骑行量同比\u3000+30%\n\n"
                            "2031年9月\u3000工作计划", date="2031-09-20")
    an = _run(deck)
    assert _rows(an, "+12%") == ["2031-07"], an.events
    assert _rows(an, "+30%") == ["2031-08"], an.events
    assert not _rows(an, "工作计划"), an.events  # a heading with a gap but no figure: no row


def test_a_bare_weekday_in_a_wire_report():
    # a Saturday's report: 星期五 told of as done is the day before
    report = _article("orch", "市交响乐团新乐季票价公布\n\n"
                              "乐团总监星期五晚在记者会上说，新乐季学生票价维持不变。\n\n"
                              "乐团的赞助商股价星期四逆市上涨约3%。\n\n"
                              "新音乐厅将于星期三举行开幕演出。", date="2032-03-13")
    an = _run(report)
    assert "2032-03-12" in _rows(an, "学生票价"), an.events
    assert "2032-03-11" in _rows(an, "逆市上涨"), an.events
    assert "2032-03-17" in _rows(an, "开幕演出"), an.events


def test_a_weekday_that_dates_nothing_gives_no_day():
    assert _dates("博物馆每周一闭馆，周二至周日开放。", "2032-03-13") == []  # a routine and a range
    assert _dates("茶馆周四例会讨论新菜单。", "2032-03-13") == []  # neither done nor to come
    # the weekday of a date written before it is that date's own
    assert _dates("2032年3月12日（星期五）晚上发布公告。", "2032-03-13") == [("2032-03-12", "2032年3月12日")]
    # the article's own weekday: today or a week ago, no one can tell
    assert _dates("馆方星期六宣布延长开放时间。", "2032-03-13") == []
