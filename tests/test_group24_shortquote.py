"""One point per claim across outlets (issue 13, property 3): another outlet's short quote of a long
statement is a source of it when it is closely linked and repeats three of its words, model names and
codes ("GTX 1660") counted; two outlets giving different figures of one change are never one
supported point unnoticed. The story is invented: an action game, 星轨, is released."""

from __future__ import annotations

from generator.analyse.support import claim_words, supports
from test_briefing_properties import _article, _citing, _run

TOPIC = "topic:\n  label: 星轨\n  terms: [星轨, 星轨游戏]\n"

LONG = "有玩家反映，在GTX 1660显卡上开启最高画质时帧数常跌破30帧，部分场景还会出现闪退和黑屏，星轨官方称正在排查。"
SHORT = "小林说：我电脑是GTX 1660的，开最高画质有点卡，有时候还闪退。"


def test_a_close_short_quote_naming_the_same_model_supports_a_long_statement():
    claim = claim_words(LONG)
    assert supports(SHORT, claim, 0.55, statement=LONG), "close link, the same model and two claim words"
    assert not supports(SHORT, claim, 0.3, statement=LONG), "a loose link with a few shared words carries nothing"
    other = "小王说：我电脑是RX 580的，开最高画质有点卡。"
    assert not supports(other, claim, 0.55, statement=LONG), "another card, one shared word: another claim"
    hedged = "分析师预计，星轨销量将超过300万套。"
    assert not supports(hedged, ("海关", "数据", "预计", "超过", "出口"), 0.6, statement="海关数据预计，出口将超过70亿美元。"), \
        "hedges ('预计', '超过') say nothing of what is claimed"


OUTLETS = [
    _article("a", "动作游戏《星轨》本周发售。\n\n" + LONG),
    _article("b", "《星轨》发售首日口碑两极。\n\n" + SHORT),
    _article("c", "《星轨》发售。\n\n另有玩家表示，星轨的剧情节奏拖沓，配乐倒是可圈可点。"),
]


def test_two_outlets_reporting_one_crash_are_one_point(tmp_path):
    an = _run(tmp_path, OUTLETS, TOPIC)
    crash = _citing(an, "a", "GTX 1660")
    assert len(crash) == 1, [(p.statement, [c.quote for c in p.citations]) for p in an.points]
    arts = {c.article for c in crash[0].citations}
    assert arts >= {"a", "b"}, [c.quote for c in crash[0].citations]
    assert "c" not in arts, "the story's pacing is another claim"
