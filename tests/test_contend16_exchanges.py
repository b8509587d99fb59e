"""Exchanges between labelled lines whose labels carry a note in brackets ("小林(东区-3栋)：", "王委员（区人大）："),
and what a chat's lines are not: an offer or a house rule is no side, a line opening by agreeing ("一样的，…") is on
the side of the line it agrees with, and a reply opening on a bare denial ("不是…") answers the line right above it.

The stories are invented (a community garden in a residents' chat export, a river's swimming ban in a district
committee's minutes, a ferry's timetable in a comment section); none of the corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-05-01")
_shown = contendkit.shown
_with = contendkit.quoting


GARDEN = "topic:\n  label: 社区菜园\n  terms: [菜园]\n"

CHAT = _article("chat", "东区业主群聊天记录", (
    "2026-05-02 19:01 老韩(东区-3栋): 楼下空地改成社区菜园以后，蚊子多了一倍，晚上窗户都不敢开\n\n"
    "2026-05-02 19:02 阿梅(东区-5栋): 一样的，我家孩子腿上被咬了十几个包\n\n"
    "2026-05-02 19:04 小林(东区-1栋): 蚊子多是因为旁边那条排水沟一直没清，跟菜园关系不大，菜园里又没有积水\n\n"
    "2026-05-02 19:05 老韩(东区-3栋): 菜园天天浇水，土里全是湿的，怎么会跟菜园没关系\n\n"
    "2026-05-02 19:06 阿梅(东区-5栋): 种菜的肥料也招虫子\n\n"
    "2026-05-02 19:07 大周(物业): 出租车位，月租300，有意私聊\n\n"
    "2026-05-02 19:08 群主(管理员): @大周 说了不准发广告，再发踢了"))


def test_members_labelled_with_a_note_in_brackets_dispute_and_chat_business_is_no_side(tmp_path):
    an, _ = _run(tmp_path, [CHAT], GARDEN)
    found = _with(an, "跟菜园关系不大")
    assert found, _shown(an)
    c = found[0]
    side = c.a if any("跟菜园关系不大" in x.quote for x in c.a.citations) else c.b
    other = c.b if side is c.a else c.a
    assert _names(side) == {"小林"}, _shown(an)
    assert _names(other) <= {"老韩", "阿梅"} and _names(other), _shown(an)
    # the offer and the moderator's rule are on no side; nobody's note ("物业", "东区-3栋") holds a side
    assert not _with(an, "有意私聊") and not _with(an, "不准发广告"), _shown(an)
    assert not any(n in ("物业", "管理员", "东区-3栋") for c in an.contentions for s in (c.a, c.b)
                   for n in _names(s)), _shown(an)
    # who agrees ("一样的，…") is never set against whom they agree with
    for c in an.contentions:
        assert not ({"老韩"} <= _names(c.a) and {"阿梅"} <= _names(c.b)), _shown(an)
        assert not ({"阿梅"} <= _names(c.a) and {"老韩"} <= _names(c.b)), _shown(an)


SWIM = "topic:\n  label: 河道禁泳\n  terms: [禁泳]\n"

MINUTES = _article("minutes", "区人大代表座谈会纪要（河道禁泳）", (
    "时间：2026年5月8日上午\n\n"
    "地点：区政府三楼会议室\n\n"
    "王委员（区人大）：夏天每年都有人在河里游泳出事，全段禁泳是必要的，罚款标准也应该提高。\n\n"
    "钱委员（滨河街道）：全段禁泳不合理，附近居民几十年都在浅水湾游泳，从来没出过事，应该划出安全区域而不是一刀切。\n\n"
    "王委员（区人大）：浅水湾去年就有两个孩子被救上来，不能拿老经验说事，禁泳范围不能缩小。\n\n"
    "孙主任（水务局）：水务局会在浅水湾增设警示牌。"))


def test_minutes_labels_with_a_note_in_brackets_are_their_speakers(tmp_path):
    an, _ = _run(tmp_path, [MINUTES], SWIM)
    found = _with(an, "不合理")
    assert found, _shown(an)
    names = _names(found[0].a) | _names(found[0].b)
    assert {"王委员", "钱委员"} <= names, _shown(an)
    assert not names & {"区人大", "滨河街道", "水务局"}, _shown(an)


FERRY = "topic:\n  label: 轮渡时刻表\n  terms: [轮渡]\n"

COMMENTS = _article("comments", "轮渡调整时刻表，网友热议", (
    "新版轮渡时刻表下月起执行，末班船提前到晚上九点。\n\n"
    "江边小鹿：末班船提前以后，晚上加班的人只能打车回岛，一趟要八十多块，太不方便了。\n\n"
    "老船长：那是冬季时刻表吧，夏天肯定会延长的。\n\n"
    "江边小鹿：不是冬季表，公告写的是全年执行，我专门打电话问过客服。\n\n"
    "岛上阿强：轮渡公司说夜班船每班只有十几个人，亏得厉害，提前也能理解。\n\n"
    "江边小鹿：十几个人也是人，公共交通不能只算经济账。"))


def test_a_bare_denial_answers_the_line_right_above_it(tmp_path):
    an, _ = _run(tmp_path, [COMMENTS], FERRY)
    found = _with(an, "不是冬季表")
    assert found, _shown(an)
    c = found[0]
    other = c.a if any("不是冬季表" in x.quote for x in c.b.citations) else c.b
    # it denies what 老船长 said right above it, never 江边小鹿's own first line
    assert any("冬季时刻表" in x.quote for x in other.citations), _shown(an)
    assert "江边小鹿" not in _names(other), _shown(an)
