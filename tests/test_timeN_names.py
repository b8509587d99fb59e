"""The index lists no page furniture and no part of a longer place name, on synthetic articles
written for these tests (a forum thread, a travel report with a table, a Taiwan news repost; no
corpus's wording):

* a date stamp's English weekday and month ("Wed Jan", "Sunday") are no names;
* the board, channel or tag a post is filed under ("看板 Travel", "频道：Outdoor") is no organisation;
* a known short form written at the start of a place's name ("北大湖", "清华路") is not the body it
  abbreviates; written on its own it still is.
"""

from __future__ import annotations

from tests.test_index import _article, _entity, _run


def test_a_date_stamps_weekday_and_month_are_no_names():
    # a forum thread saved with its header
    a = _article("bbs", "作者  riverfox (河狐)\n\n看板  Travel\n\n時間  Sun Mar  9 08:15:02 2031\n\n"
                        "渡轮公司宣布夜航加班，票价不变。\n\n推 seagull: 上周坐过，很准时", script="zh-Hant")
    names = {e.name for e in _run(a).entities}
    assert not names & {"Sun Mar", "Sun", "Mar", "Travel"}, names


def test_a_channel_or_tag_label_names_no_organisation():
    # a video page's channel and tag labels
    a = _article("vid", "频道：Outdoor\n\n标签：Hiking\n\n本期视频带大家走一遍青河古道，全程约十二公里。", date="2031-03-09")
    names = {e.name for e in _run(a).entities}
    assert not names & {"Outdoor", "Hiking"}, names


def test_a_short_form_at_the_start_of_a_place_name_is_not_the_body():
    # a travel report's table: a ski resort's place name begins with a university's short form
    report = _article("rep", "| 省份 | 热门景点 |\n|---|---|\n| 吉林 | 北大湖滑雪、松花湖 |\n\n"
                             "报告显示，滑雪订单同比增长一倍。", date="2031-03-09")
    assert _entity(_run(report), "北大") is None
    # a news page naming the university by its short form is still indexed
    news = _article("news", "北大教授周明远在论坛上表示，冰雪产业需要更多专业人才。", date="2031-03-09")
    assert _entity(_run(news), "北大") is not None
