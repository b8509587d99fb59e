"""A risk, an insufficiency, a squeeze or a long wait is a limit whatever change verb it names, and a heading,
a moment or a preposition before a colon is no speaker (issue 13).

General phenomena: "仅靠X不足以Y" (one means falls short), "将进一步压缩利差" (a margin squeezed), "可能跌破" (a
floor at risk), "至少要到2027年" (a long wait) restrict the news, even beside a rise or a fall; "收盘：",
"复市：", "开学前最后一日：" name a moment, "按照官方" whose account, and "林嘉豪话：" is 林嘉豪 saying.

The stories are invented for the test: a mountain town's cable car (云岭索道) told as a council bulletin, a
forum post and a radio transcript; a fishing port's ice plant in a Cantonese chat digest.
"""

from __future__ import annotations

from generator.analyse.limitshapes import limit_shape
from generator.analyse.pointkind import stated_kind
from generator.analyse.speakercheck import checked_name
from tests.test_briefing_recall import _article, _run


def test_the_limit_shapes_are_read_whatever_the_change_verb():
    for text in ("仅靠降低票价不足以扭转客流下滑。",                       # insufficiency
                 "单靠旅游补贴，小镇的淡季难以真正回暖。",
                 "索道票价下调将进一步压缩运营公司的利差。",               # squeeze on a margin
                 "部分民宿入住率可能跌破三成。",                           # floor at risk
                 "客流恢复至少要到2027年下半年。"):                       # long wait
        assert limit_shape(text), text
        assert stated_kind(text) == "limit", text
    # an effect stated plainly stays an impact; a fall to a figure is no risk
    for text in ("索道日客流上升至8000人次。", "门票价格降至80元。", "旺季收入增长三成。"):
        assert not limit_shape(text), text
    # a limit before a turn yields to the effect the sentence claims after it
    assert stated_kind("去年客流仅靠团队游不足以支撑，但今年散客增长了四成。") != "limit"


STORY = (
    ("a", "云岭镇政务简报（第14期）",
     "云岭索道自3月起票价下调两成，首月客流同比上升35%，镇政府称将继续推出夜游项目。\n\n"
     "镇文旅办负责人指出，仅靠降低索道票价不足以扭转小镇淡季客流下滑的局面。"),
    ("b", "【讨论】云岭索道降价之后",
     "楼主：云岭索道降价后周末排队到两个小时，客流确实上去了。\n\n"
     "2楼：票价下调将进一步压缩索道公司的利差，部分民宿入住率可能跌破三成，这账算不过来。"),
    ("c", "《山城早高峰》电台节目文字稿",
     "主持人：今天聊聊云岭索道。\n\n"
     "嘉宾：我觉得云岭索道整体客流恢复至少要到2027年下半年，现在的热度主要靠降价撑着。"),
)
TOPIC = "topic:\n  label: 云岭索道\n  terms: [云岭索道, 云岭镇]\n"


def test_each_forms_limit_is_filed_as_a_limit(tmp_path):
    an, _ = _run(tmp_path, [_article(*s) for s in STORY], TOPIC)
    wanted = {"不足以扭转": False, "压缩索道公司的利差": False, "2027年下半年": False}
    for p in an.points:
        for key in wanted:
            if key in p.statement:
                assert p.kind == "limit", (p.statement, p.kind)
                wanted[key] = True
    assert any(wanted.values()), [(p.kind, p.statement) for p in an.points]


def test_a_moment_a_heading_or_a_preposition_is_no_speaker():
    for name, kind in (("收盘", "bare"), ("港股复市", "org"), ("开学前最后一日", "bare"), ("按照官方", "org"),
                       ("根据协会", "bare"), ("周五收市", "bare")):
        assert checked_name(name, kind) == "", name
    # a Cantonese verb of saying glued to the name leaves; the name stays
    assert checked_name("林嘉豪话", "person") == "林嘉豪"
    assert checked_name("陳美玲講", "person") == "陳美玲"
    # real holders are untouched
    for name, kind in (("林嘉豪", "person"), ("渔民协会", "org"), ("冷库管理处", "org"), ("市场监管局", "org")):
        assert checked_name(name, kind) == name, name


def test_a_chat_digests_headings_are_nobodys_and_its_cantonese_speaker_is_named(tmp_path):
    digest = ("b", "港口快讯频道",
              "收市：冰厂股份全日升4.2%，成交额创三个月新高。\n\n"
              "渔港复市：首日渔获量回升至平日七成，冰块供应仍然紧张。\n\n"
              "冰厂营运经理林嘉豪话：“今日订单多过平时两倍，夜班要加人手。”")
    an, _ = _run(tmp_path, [_article(*digest)], "topic:\n  label: 冰厂\n  terms: [冰厂, 渔港]\n")
    names = {sp.name for p in an.points for sp in p.speakers}
    assert not names & {"收市", "渔港复市"}, names
    assert not any(n.endswith(("话", "話")) for n in names), names
