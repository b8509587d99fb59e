"""The index of people on synthetic articles (a concert's ticket resale, a summit's envoys; topics no
corpus has):

* a word for a class of people that a verb of saying proposed ("黄牛表示…", jieba tags 黄牛 a name)
  is no person when the corpus also writes it as many people ("门口都是黄牛"); a real person named
  by the same cue whom nothing writes as many stays, and so does an unusual name with a title;
* a seat of government that speaks ("00:12:09 白宫：…", a subtitle's speaker) is an organisation;
* one envoy transliterated two ways by two outlets ("苏利文" / "沙利文"), each with the same role
  written long and short ("国家安全顾问" / "国安顾问"), is one entry; two people whose names differ
  in one character but whose roles differ stay two.
"""

from __future__ import annotations

from tests.test_index import _article, _entity, _run


def _people(an):
    return {e.name: e for e in an.entities if e.kind == "person"}


def test_a_class_of_people_is_no_person_and_a_real_speaker_stays():
    a = _article("gig", "巡回演唱会门票开售三分钟售罄，场馆门口都是黄牛，加价一倍转卖。\n\n"
                        "黄牛表示，开票前一晚就在排队，今年的票比往年难抢。\n\n"
                        "主办方负责人王立群表示，将对倒卖门票的账号实名追查。", date="2031-05-02")
    b = _article("gig2", "演唱会二手票价格回落，不少黄牛开始降价抛售。\n\n"
                         "歌迷南墙说，自己最后还是原价在官方渠道抢到了票。", date="2031-05-04")
    an = _run(a, b)
    people = _people(an)
    assert "黄牛" not in people and _entity(an, "黄牛") is None, sorted(people)
    assert "王立群" in people, sorted(people)


def test_a_seat_of_government_that_speaks_is_an_organisation():
    a = _article("summit", "北岸峰会：各方回应\n\n00:12:05 主持人：各国怎么看？\n\n00:12:09 白宫：需要更多关于协议文本的资讯。\n\n"
                           "00:12:30 陈慧敏：欢迎各方继续对话。", date="2031-06-01")
    an = _run(a)
    seat = _entity(an, "白宫")
    assert seat is None or seat.kind == "org", an.entities


def test_one_envoy_transliterated_two_ways_with_one_role_is_one_entry():
    tw = _article("tw", "白宮國安顧問蘇利文也說，需要更多資訊才能判斷協議的影響。", script="zh-Hant", date="2031-06-02")
    cn = _article("cn", "白宫国家安全顾问沙利文2日表示，美方正在评估协议内容。", date="2031-06-02")
    other = _article("cn2", "市教育局局长王建华表示欢迎。市卫生局副局长王建国表示支持。", date="2031-06-03")
    an = _run(tw, cn, other)
    e = _entity(an, "沙利文") or _entity(an, "苏利文")
    assert e is not None and {"沙利文", "苏利文"} <= {e.name, *e.aliases}, an.entities
    hua, guo = _entity(an, "王建华"), _entity(an, "王建国")
    assert hua is not None and guo is not None and hua is not guo, an.entities  # roles differ: two people
