"""A turn label made of a role word, the speaker's name and a bracketed identity names the turn's speaker
(issue 13): "[00:05:40] 连麦嘉宾 某某（身份）：" on a live stream, "特邀嘉宾林某（身份）：" in a podcast's notes
(the space lost), "來賓 陳某（身份）：" in a traditional-script TV panel. Two guests answering one
host's question against each other ("我跟X老师的看法不太一样", "我比较谨慎") are one contention, even when
the host's hand-over stands between them. The stories are invented (urban beekeeping, a school's phone ban,
plant milk); no corpus has these topics.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.turns import turn_holder
from tests import contendkit
from tests.test_briefing_recall import _run

_article = partial(contendkit.article, date="2026-05-02")


def test_a_role_word_and_a_name_label_the_turns_speaker_with_the_bracketed_identity():
    for label, name, role in (("[00:05:40] 连麦嘉宾 何静怡（城市养蜂协会会员）：蜂箱放在楼顶没有问题。", "何静怡", "城市养蜂协会会员"),
                              ("特邀嘉宾林晓峰（中学校长）：我认为手机应该统一保管。", "林晓峰", "中学校长"),
                              ("來賓 陳美玲（註冊營養師）：植物奶的蛋白質普遍偏低。", "陳美玲", "註冊營養師"),
                              ("嘉宾 邹海（社区医生）：不建议。", "邹海", "社区医生")):
        who = turn_holder(label, "a", "p1")
        assert who is not None and (who.name, who.role) == (name, role), label
    # a host named after the role word is the host, never a guest
    assert turn_holder("主持人 林晓：今天聊聊养蜂。", "a", "p1") is None
    assert turn_holder("主播 小周：家人们晚上好。", "a", "p1") is None
    # a role word before something that is no name gives no one
    assert turn_holder("现场观众 来了：好", "a", "p1") is None


BEES = "topic:\n  label: 城市养蜂\n  terms: [养蜂, 蜂箱, 蜜蜂]\n"

LIVE = _article("live", "直播回放：城市楼顶能不能养蜂？", (
    "直播回放（文字稿）\n\n"
    "[00:00:10] 主播：家人们晚上好，今天聊城市养蜂。\n\n"
    "[00:01:02] 主播：今天请了两位老师，何老师和邹老师。话题就是，城市楼顶到底该不该放开养蜂？\n\n"
    "[00:01:30] 连麦嘉宾 何静怡（城市养蜂协会会员）：大家好，我是何静怡，在楼顶养蜂五年了。\n\n"
    "[00:01:52] 连麦嘉宾 何静怡（城市养蜂协会会员）：我的意见是应该放开。城市里花多，蜜蜂授粉对行道树和社区菜园都有好处，"
    "我们小区的菜园去年产量涨了三成。\n\n"
    "[00:02:40] 主播：嗯，邹老师呢？\n\n"
    "[00:02:55] 连麦嘉宾 邹海（社区医生）：大家好，我是邹海，在社区医院做了十年医生。我跟何老师的看法不太一样，"
    "我是觉得不能随便放开。\n\n"
    "[00:03:30] 连麦嘉宾 邹海（社区医生）：蜂蛰过敏的人不少，严重的会休克，楼顶蜂箱离住户窗户太近，风险很难控制。\n\n"
    "[00:04:10] 主播：那这个热潮能持续吗？\n\n"
    "[00:04:20] 连麦嘉宾 何静怡（城市养蜂协会会员）：我觉得能持续，报名学养蜂的人越来越多。\n\n"
    "[00:04:45] 连麦嘉宾 邹海（社区医生）：我比较谨慎。城市养蜂的热度是有周期的，投诉一多，物业就会把蜂箱撤掉。\n\n"
    "[00:05:30] 系统：连麦已结束"))


def _quotes(c):
    return [x.quote for x in c.a.citations + c.b.citations]


def test_two_guests_answering_one_question_against_each_other_are_a_contention(tmp_path):
    an, _ = _run(tmp_path, [LIVE], BEES)
    opened = [c for c in an.contentions if any("不能随便放开" in q for q in _quotes(c))]
    assert len(opened) == 1, contendkit.shown(an)
    [c] = opened
    assert {contendkit.names(c.a).pop(), contendkit.names(c.b).pop()} == {"何静怡", "邹海"}, contendkit.shown(an)
    # side a is what 何静怡 holds ("应该放开"), never her greeting
    assert any("应该放开" in q for q in _quotes(c)) and not any("我是何静怡" in q for q in _quotes(c))
    lasting = [c for c in an.contentions if any("能持续" in q for q in _quotes(c))]
    assert len(lasting) == 1 and any("有周期" in q or "撤掉" in q for q in _quotes(lasting[0])), contendkit.shown(an)


PHONES = "topic:\n  label: 校园手机禁令\n  terms: [手机]\n"

# a podcast's show notes: no timestamps, the space between the role word and the name lost
PODCAST = _article("pod", "播客第12期：学校该不该收手机", (
    "播客第12期文字稿\n\n"
    "主持人：今天聊学校收手机这件事。\n\n"
    "特邀嘉宾林晓峰（中学校长）：我认为手机应该统一保管，上课时间学生注意力明显更集中，我们学校的近视率也降了。\n\n"
    "主持人：王老师怎么看？\n\n"
    "特邀嘉宾王海燕（家长委员会代表）：我跟林校长的看法有点不一样，一刀切收手机不现实，放学后家长联系不上孩子。\n\n"
    "主持人：谢谢两位。"))


def test_a_podcasts_glued_role_and_name_label_gives_speakers_on_both_sides(tmp_path):
    an, _ = _run(tmp_path, [PODCAST], PHONES)
    found = [c for c in an.contentions if any("一刀切" in q for q in _quotes(c))]
    assert len(found) == 1, contendkit.shown(an)
    [c] = found
    assert contendkit.names(c.a) | contendkit.names(c.b) == {"林晓峰", "王海燕"}, contendkit.shown(an)
    assert not any("特邀嘉宾" in n for n in contendkit.names(c.a) | contendkit.names(c.b))


def test_a_speakers_own_frame_opening_a_turn_leaves_the_statement():
    from generator.analyse.statements import clean_statement

    # a live stream, a podcast, a call-in show
    assert clean_statement("我就直说啊，我的意见是楼顶养蜂应该放开。") == "我的意见是楼顶养蜂应该放开。"
    assert clean_statement("我的看法是，学校应该统一保管手机。") == "学校应该统一保管手机。"
    assert clean_statement("我跟你说，植物奶的蛋白质普遍偏低。") == "植物奶的蛋白质普遍偏低。"
    # the same words as the claim's own are kept
    assert clean_statement("就是说不能一刀切。") == "就是说不能一刀切。"
    assert clean_statement("我的意见是很明确的。") == "我的意见是很明确的。"
