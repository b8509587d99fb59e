"""A dissent the text states is a contention, and its two sides never support one point (issue 13).

General phenomena: "另一派则认为…" answers the first camp's view as a whole (from "有X指" on); "对这一点我不完全同意"
and "我这边有不太一样的看法" set the speaker against the view just before; two statements on one subject with
opposite stance are a contention's sides, never one point's sources.

The story is invented for the test: a city's night-bus network (星河夜巴), told as a newsletter, a personal
research note and a podcast transcript; only the topic is named.
"""

from __future__ import annotations

from generator.analyse.disputesides import STRONG
from tests.test_briefing_recall import _article, _run

TOPIC = "topic:\n  label: 星河夜巴\n  terms: [星河夜巴, 夜间公交]\n"

STORY = (
    ("a", "通勤早报：夜间公交专题",
     "星河夜巴开通三个月，日均客流约1.2万人次，市交通局称将于明年增开6条线路。\n\n"
     "有交通学者指，单靠增开线路，夜间出行需求难以真正释放。夜间就业岗位仍然偏少，乘客增长需要时间。"
     "另一派则认为，只要班次稳定下来，居民夜间消费将带动客流，现时判断星河夜巴客流不足言之过早。"),
    ("b", "星河夜巴测算笔记",
     "市公交集团规划处处长罗文涛测算，星河夜巴每公里运营成本约为日间线路的1.4倍，“但票价补贴和广告收入可以覆盖大半，"
     "整体亏损可控”。\n\n"
     "对这一点我不完全同意。罗的测算只考虑了司机加班费，没有算进车辆夜间保养和安保的支出。"
     "我的估算：星河夜巴每年亏损将扩大到9000万元以上，补贴缺口会越来越大。"),
    ("c", "《城市夜谈》第8期文字稿",
     "主持人：我们今天聊星河夜巴，两位怎么看？\n\n"
     "嘉宾甲：我认为星河夜巴是城市夜间经济的起点，中间会有波动但是方向是往上的，客流明年会翻倍。\n\n"
     "嘉宾乙：我这边有不太一样的看法，我觉得现在说星河夜巴成功言之过早。"
     "你看上个月下雨那几天客流就掉了一半，那就是典型的补贴行情，补贴一停乘客就走。"),
)


def test_the_stated_dissents_are_read_as_frames():
    for text in ("对这一点我不完全同意。", "我这边有不太一样的看法，我觉得现在下结论太早。",
                 "另一派则认为，只要班次稳定，客流自然会上来。", "对此我不太同意。"):
        assert STRONG.search(text), text
    # a view set against the one before, its holder saying it
    assert STRONG.search("与之相对，公交集团的罗文涛在同一场听证会上说“夜巴亏损可控”。")
    # agreeing, another sort of difference, or a contrast of facts is no dissent
    for text in ("对这一点我完全同意。", "两条线路的票价不一样。", "另外，站点也将增加。", "与此相反，郊区线路客流下降。",
                 "相反，夜间客流上升了。"):
        assert not STRONG.search(text), text


def _analysis(tmp_path):
    an, _ = _run(tmp_path, [_article(*s) for s in STORY], TOPIC)
    return an


def _sides(an, article):
    return [c for c in an.contentions
            if any(x.article == article for x in c.a.citations) and any(x.article == article for x in c.b.citations)]


def test_each_form_states_a_contention_with_its_own_two_sides(tmp_path):
    an = _analysis(tmp_path)
    # the newsletter: the first camp's view from where it opens, against the other camp
    news = _sides(an, "a")
    assert news, [c.topic for c in an.contentions]
    a_text = "".join(x.quote for x in news[0].a.citations)
    b_text = "".join(x.quote for x in news[0].b.citations)
    assert "单靠增开线路" in a_text and "另一派" not in a_text, a_text
    assert "言之过早" in b_text and "单靠增开线路" not in b_text, b_text
    assert not news[0].topic.startswith("有交通学者指"), news[0].topic
    # the note: the planner's "亏损可控" against the writer's larger estimate
    note = _sides(an, "b")
    assert note, [c.topic for c in an.contentions]
    assert any("亏损可控" in x.quote for x in note[0].a.citations)
    assert any("9000万元" in x.quote for x in note[0].b.citations)
    # the transcript: the second guest answers the first
    talk = _sides(an, "c")
    assert talk, [c.topic for c in an.contentions]
    assert any("翻倍" in x.quote for x in talk[0].a.citations)
    assert any("言之过早" in x.quote for x in talk[0].b.citations)
    # a spoken filler ("就是", "但是") is not what the question asks
    assert all(not c.topic.startswith(("就是", "但是")) for c in an.contentions)


def test_no_point_counts_both_sides_of_a_contention_as_its_sources(tmp_path):
    an = _analysis(tmp_path)
    assert an.contentions
    for c in an.contentions:
        for p in an.points:
            on = lambda side: any(pc.article == x.article and pc.paragraph == x.paragraph and  # noqa: E731
                                  (pc.quote in x.quote or x.quote in pc.quote)
                                  for pc in p.citations for x in side.citations)
            assert not (on(c.a) and on(c.b)), (p.statement, c.topic)
