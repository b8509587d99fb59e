"""Who says a sentence (issue 13, property 1), on small articles written for the test about an
invented event (a city's new rules for e-bike batteries, 电动自行车电池新规) in several forms: a news
page, a traditional-script report, a forum thread, a press-conference transcript.

- an adverb after a name ("就", "私下", "仍", "则") is how the person speaks, not part of the name;
- a professional rank before a name ("主任医师", "主治醫師", "高级工程师", "注册营养师") is the
  person's role, never a post plus a name beginning with the rank's last characters;
- a "她"/"他" opening a sentence is the person the sentence before names, though that sentence
  reports nothing ("营养师许某则更关心营养。她介绍，…"), not an earlier speaker.
"""

from __future__ import annotations

import pytest

from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 电池新规\n  terms: [电池新规, 新规, 電池新規]\n"


def _article(body, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="电动自行车电池新规实施", script=script,
                   blocks=parse_body(body), outlet=None, author=None, date="2025-06-01")


def _who(tmp_path, body, text, script="zh-Hans"):
    part = analysed(tmp_path, _article(body, script), TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]


@pytest.mark.parametrize("body, text, name, script", [
    ("电池新规下月起实施。\n\n本市电动车行业协会会长葛兆南就认为，新规对正规商家的影响有限。",
     "影响有限", "葛兆南", "zh-Hans"),
    ("電池新規下月起實施。\n\n維修店老闆邱明達私下表示，新規讓舊電池回收價跌了一半。",
     "回收價跌了一半", "邱明達", "zh-Hant"),
    ("楼主：新规下来了，大家的车怎么办？\n\n2楼：听说车行老板严国栋仍认为，旧车换电池比换车划算。",
     "换电池比换车划算", "严国栋", "zh-Hans"),
    ("电池新规明起施行。\n\n消防专家卢文海则表示，新规实施后电池起火将明显减少。",
     "电池起火将明显减少", "卢文海", "zh-Hans"),
])
def test_an_adverb_after_a_name_is_not_part_of_it(tmp_path, body, text, name, script):
    got = _who(tmp_path, body, text, script)
    assert [n for n, _ in got] == [name]


@pytest.mark.parametrize("body, text, name, role, script", [
    ("电池新规下月起实施。\n\n市烧伤医院主任医师冷秋实指出，电池起火造成的烧伤多在夜间充电时发生。",
     "夜间充电时发生", "冷秋实", "主任医师", "zh-Hans"),
    ("電池新規下月起實施。\n\n台大醫院主治醫師柯仲平受訪時說，鋰電池燃燒時的濃煙最危險。",
     "濃煙最危險", "柯仲平", "主治醫師", "zh-Hant"),
    ("主持人：新规有哪些技术要求？\n\n检测中心高级工程师闵小川表示，新规要求电池通过针刺试验。",
     "针刺试验", "闵小川", "高级工程师", "zh-Hans"),
    ("温馨提示\n\n电池新规实施在即。我院烧伤科主任严秋实主任医师提醒：电动车切勿在楼道内充电。",
     "切勿在楼道内充电", "严秋实", "主任医师", "zh-Hans"),
    ("電池新規上路。\n\n消防署火災調查科主任邱仲平高級工程師指出，過充是鋰電池起火的主因。",
     "過充是鋰電池起火的主因", "邱仲平", "高級工程師", "zh-Hant"),
])
def test_a_rank_before_a_name_is_the_role(tmp_path, body, text, name, role, script):
    got = _who(tmp_path, body, text, script)
    assert [n for n, _ in got] == [name]
    # (a role put together from two parts, "…科主任，高级工程师", is written in simplified script)
    assert to_simplified(got[0][1], script).endswith(to_simplified(role, script))


@pytest.mark.parametrize("body, text, name, script", [
    ("电池新规下月起实施。\n\n消防专家严启明表示，新规能挡住大部分劣质电池。"
     "注册营养师许静则更关心骑手的收入。她介绍，换一块合规电池要花掉骑手半个月的收入。",
     "半个月的收入", "许静", "zh-Hans"),
    ("電池新規下月起實施。\n\n交通局局長宋家寶說，新規是為了安全。"
     "立法會議員龐美玲則關心外賣員。她指出，新規令外賣員每月多付數百元。",
     "每月多付數百元", "龐美玲", "zh-Hant"),
    ("楼主：新规下来了，换不换电池？\n\n2楼：车行老板严国栋说，旧车换电池比换车划算。"
     "律师方文柏却更在意回收。他提醒，旧电池不能随便卖给流动摊贩。",
     "流动摊贩", "方文柏", "zh-Hans"),
])
def test_a_pronoun_is_the_person_the_sentence_before_names(tmp_path, body, text, name, script):
    got = _who(tmp_path, body, text, script)
    assert [n for n, _ in got] == [name]
