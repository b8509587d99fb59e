"""What is not a name, by general tests, on synthetic articles in forms no corpus has (a city's
statistics notice, a research institute's data note with footnotes, a forum reply in a dialect):

* two bodies joined by a verb of working together ("市交通运输局会同市统计局") are two
  organisations, each indexed, never one;
* a name with the verb that cites it glued before it ("引自某研究院") is the name;
* a list's last item that is what a person does, before 的 and the person ("卖冻柿的大姨") is
  no organisation.
"""

from __future__ import annotations

from tests.test_index import _article, _entity, _run


def test_two_bodies_joined_by_a_verb_are_two():
    notice = _article("stat", "经市交通运输局会同市统计局测算，假期三天全市渡轮客运量达12.6万人次。",
                      date="2031-02-14")
    an = _run(notice)
    names = {e.name for e in an.entities}
    assert not any("会同" in n for n in names), names
    assert _entity(an, "市交通运输局") and _entity(an, "市统计局"), names


def test_a_cited_source_is_indexed_without_its_verb():
    note = _article("note", "数据说明：本报告客流数据[1]。\n\n[1]引自青川文旅大数据研究院2031年1月5日媒体沟通会",
                    date="2031-01-08")
    names = {e.name for e in _run(note).entities}
    assert not any(n.startswith("引自") for n in names), names
    assert "青川文旅大数据研究院" in names, names


def test_a_trade_before_a_person_is_no_organisation():
    reply = _article("bbs", "游客一多，街口的小饭馆、出租车、卖冻柿的大姨都在赚钱，有什么不好？", date="2031-01-08")
    names = {e.name for e in _run(reply).entities}
    assert not any(n.startswith("卖") for n in names), names


def test_a_body_is_listed_by_the_name_with_its_place():
    # a committee's minutes: the body in full once, then by its level and its abbreviation
    minutes = _article("min", "青川市市场监督管理局通报了夜市食品抽检情况。\n\n"
                              "会议议定，市市场监督管理局会同市城管局每周巡查一次。\n\n"
                              "市市场监管局表示，抽检结果每月公布。市市场监管局还称，将约谈三家摊主。",
                       date="2031-03-02")
    an = _run(minutes)
    e = _entity(an, "市市场监管局")
    assert e is not None and e.name == "青川市市场监督管理局", (e, [x.name for x in an.entities])
