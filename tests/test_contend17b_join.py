"""One question, one contention (issue 13, property 6): two places that disagree on the same thing in the same way
(a complaint that a notice came too late and the answer that it was sent in time, in a radio programme's transcript
and in a town council's minutes) make one contention with the holders of both on their sides; two questions
(the notice's timing and the fare) stay two, and a holder who stands on the other side of the other place's
disagreement keeps the two apart.

The stories are invented (a ferry suspended for a typhoon, an allotment's water rota, a hill race's closed road);
none of the corpora has these forms or topics.
"""

from __future__ import annotations

from functools import partial

from tests.test_briefing_recall import _run
from tests import contendkit
from tests.contendkit import names as _names

_article = partial(contendkit.article, date="2026-08-01")
_shown = contendkit.shown
_with = contendkit.quoting
_side_quoting = contendkit.side_quoting


FERRY = "topic:\n  label: 渡轮停航\n  terms: [渡轮, 停航]\n"

RADIO = _article("radio", "海岛之声 第88期 文字稿", (
    "主持人：各位听众晚上好，今天我们聊台风期间的渡轮停航。\n\n"
    "岛上居民抱怨，停航通知前一天深夜才发到手机上，第二天一早赶船的上班族根本来不及改行程。"
    "航运公司则表示，停航通知已在气象台发布预警后两小时内发出，台风路径变化超出预期。\n\n"
    "主持人：感谢收听，下周同一时间再会。"))

MINUTES = _article("minutes", "东澳镇人大代表座谈会纪要", (
    "时间：8月20日上午。地点：镇政府三楼会议室。\n\n"
    "一、关于停航通知。与会渔民抱怨，停航通知发得太晚，渔船来不及回港避风。"
    "港务站则表示，停航通知已按程序逐级发出，台风路径变化超出预期。\n\n"
    "二、下次座谈会定于九月中旬召开。"))


def test_one_question_asked_in_two_places_is_one_contention(tmp_path):
    an, _ = _run(tmp_path, [RADIO, MINUTES], FERRY)
    found = _with(an, "来不及回港")
    assert len(found) == 1, _shown(an)
    c = found[0]
    late, answer = _side_quoting(c, "来不及回港"), _side_quoting(c, "逐级发出")
    assert late is not answer, _shown(an)
    # the radio programme's complaint and answer stand on the same sides
    assert any("来不及改行程" in x.quote for x in late.citations), _shown(an)
    assert any("两小时内发出" in x.quote for x in answer.citations), _shown(an)
    assert {"与会渔民", "岛上居民"} <= _names(late) and {"港务站", "航运公司"} <= _names(answer), _shown(an)
    assert not (_names(late) & _names(answer)), _shown(an)
    assert len(_with(an, "来不及改行程")) == 1, _shown(an)


FARES = _article("fares", "东澳镇人大代表座谈会纪要（续）", (
    "时间：8月20日下午。地点：镇政府三楼会议室。\n\n"
    "三、关于渡轮票价。与会居民抱怨，复航后单程票价从十二元涨到十八元，每天通勤的人负担太重。"
    "航运公司则表示，燃油成本一年上涨了三成，票价已经三年没有调整。\n\n"
    "四、散会。"))


def test_two_questions_in_two_places_stay_two(tmp_path):
    an, _ = _run(tmp_path, [RADIO, FARES], FERRY)
    late, fare = _with(an, "来不及改行程"), _with(an, "涨到十八元")
    assert len(late) == 1 and len(fare) == 1 and late[0] is not fare[0], _shown(an)
    assert not any("十八元" in x.quote for x in late[0].a.citations + late[0].b.citations), _shown(an)


# a community group's digest (an app's group notice with members' lines): the same question a third time, and a
# holder who stands on the answering side here and on the complaining side of nothing else
DIGEST = _article("digest", "东澳业主群 本周热议汇总", (
    "【本周热议】台风天渡轮停航\n\n"
    "群里的通勤居民抱怨，停航通知凌晨才推送，很多人早上到了码头才知道，根本来不及改行程请假。"
    "镇港务站则表示，停航通知是在预警发布后第一时间推送的，台风路径突然北移超出预期。\n\n"
    "【下周话题】垃圾分类新规"))


def test_a_third_place_joins_the_same_question(tmp_path):
    an, _ = _run(tmp_path, [RADIO, MINUTES, DIGEST], FERRY)
    found = _with(an, "凌晨才推送")
    assert len(found) == 1, _shown(an)
    c = found[0]
    late = _side_quoting(c, "凌晨才推送")
    assert any("来不及改行程" in x.quote for x in late.citations), _shown(an)
    assert any("第一时间推送" in x.quote for x in (c.b if late is c.a else c.a).citations), _shown(an)
    assert len(_with(an, "来不及回港")) <= 1 and len(_with(an, "来不及改行程")) == 1, _shown(an)


def test_an_answering_body_is_named_without_the_verb_its_name_ran_into(tmp_path):
    body = _article("pier", "东澳镇座谈会纪要（节选）", (
        "时间：8月20日上午。\n\n"
        "一、关于停航通知。与会渔民抱怨，停航通知发得太晚，渔船来不及回港避风。"
        "港务站则解释说，停航通知已按程序逐级发出，台风路径变化超出预期。\n\n"
        "二、下次座谈会定于九月中旬召开。"))
    an, _ = _run(tmp_path, [body], FERRY)
    found = _with(an, "来不及回港")
    assert found, _shown(an)
    answer = _side_quoting(found[0], "逐级发出")
    assert _names(answer) == {"港务站"}, _shown(an)


# a hearing's record in another form (a water board's petition reply, 答复函): "X反映…" is what "Y则表示" answers
PETITION = "topic:\n  label: 灌溉轮水\n  terms: [灌溉, 轮水]\n"

REPLY = _article("reply", "关于西坡村灌溉轮水问题的答复", (
    "西坡村村民：\n\n"
    "一、来信所涉问题。下游农户反映，今年轮水表排得太晚，秧苗已经错过了最佳插秧期。"
    "水管站则表示，轮水表是按水库来水量排定的，今年春旱来水比往年少了四成。\n\n"
    "二、特此答复。"))


def test_a_reported_problem_is_what_the_contrasted_answer_meets(tmp_path):
    an, _ = _run(tmp_path, [REPLY], PETITION)
    found = _with(an, "错过了最佳插秧期")
    assert len(found) == 1, _shown(an)
    c = found[0]
    late, answer = _side_quoting(c, "错过了最佳插秧期"), _side_quoting(c, "按水库来水量排定")
    assert late is not answer, _shown(an)
    assert _names(late) == {"下游农户"} and _names(answer) == {"水管站"}, _shown(an)
    assert not any("特此答复" in x.quote for x in c.a.citations + c.b.citations), _shown(an)
