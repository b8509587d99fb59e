"""A view held by described people named as the subject of the clause before the verb ("网民普遍将A与B
挂钩，认为…", "部分家长对此担心，认为…"): that group's (a role, never a name), not nobody's; a clause whose
subject is a thing names no one. Invented events (a night-market relocation, a school's new uniform, a
ferry fare) in an opinion-monitoring brief, a school parents' newsletter and a traditional-script column."""

from __future__ import annotations

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 夜市与校服\n  terms: [夜市, 校服, 船票]\n"


def _who(tmp_path, body, text, script="zh-Hans"):
    return [(sp.name, sp.kind) for sp in speakers_of(tmp_path, body, text, TOPIC, script, outlet="", date="2025-03-02")]


def test_opinion_brief_netizens_link_then_think(tmp_path):
    body = ("舆情周报\n\n（一）夜市搬迁。网民普遍将夜市搬迁与城市形象挂钩，认为新址离地铁太远，客流难以为继。")
    assert _who(tmp_path, body, "新址离地铁太远") == [("网民", "group")]


def test_parents_newsletter_some_parents_worry(tmp_path):
    body = ("校服更换说明会纪要。\n\n部分家长对新校服的面料有疑问，认为化纤比例偏高，夏天不透气。\n\n"
            "新校服的价格比旧款高出三成，认为贵的不在少数。")
    assert _who(tmp_path, body, "化纤比例偏高") == [("部分家长", "group")]
    assert _who(tmp_path, body, "认为贵的不在少数") == []


def test_traditional_column_residents_then_say(tmp_path):
    body = "船票加價。\n\n不少居民紛紛在社區群組轉發加價通告，表示每月交通開支將增加數百元。"
    assert _who(tmp_path, body, "每月交通開支將增加數百元", "zh-Hant") == [("不少居民", "group")]


def test_the_crowds_view_holds_its_own_sentence_only(tmp_path):
    body = ("舆情周报\n\n（二）夜市噪音。市民关注夜市的噪音和油烟，认为影响周边居民休息。"
            "短视频用户“烧烤摊老板阿峰”发布的视频获赞十万，称夜市是全家的饭碗。")
    assert _who(tmp_path, body, "影响周边居民休息") == [("市民", "group")]
    assert ("市民", "group") not in _who(tmp_path, body, "发布的视频获赞十万")
