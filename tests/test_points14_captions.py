"""A broadcast's caption names who speaks (issue 13, properties 1 and 4): "字幕：姓名　职务" over a sound
bite, even when the cleaner ran it into the bite's first words, gives the bite its speaker and role
and is no part of the statement or the quote. Invented stories (a museum's night opening, a bus
route's closure) in a TV script, a traditional-script broadcast and a video's subtitles; a caption
whose role has no recognisable end names nobody."""

from __future__ import annotations

import pytest

from generator.analyse.captions import caption_label
from generator.analyse.speakers import ROLE_TITLES
from generator.analyse.statements import clean_statement, short_quote
from generator.analyse.text import to_simplified
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 夜间开放\n  terms: [夜间开放, 夜間開放, 停运]\n"


@pytest.mark.parametrize("body, text, name, role, script", [
    ("【解说】\n\n市博物馆下月起夜间开放。\n\n【同期声】\n\n字幕：卢思远　市博物馆副馆长夜间开放后，每周可多接待游客约两万人次。",
     "多接待游客约两万人次", "卢思远", "市博物馆副馆长", "zh-Hans"),
    ("【旁白】\n\n巴士路線下月停運。\n\n字幕：邱美華　交通運輸研究所研究員停運之後，沿線居民通勤時間平均增加二十分鐘。",
     "通勤時間平均增加二十分鐘", "邱美華", "交通運輸研究所研究員", "zh-Hant"),
    ("博物馆夜间开放首晚。\n\n字幕：赵女士　学生家长夜间开放对上班族家庭很友好，周末终于不用挤了。",
     "周末终于不用挤了", "赵女士", "学生家长", "zh-Hans"),
])
def test_a_caption_gives_the_bite_its_speaker(tmp_path, body, text, name, role, script):
    art = Article(slug="a", source="a.txt", title="新闻", script=script, blocks=parse_body(body),
                  outlet=None, author=None, date="2025-06-01")
    part = analysed(tmp_path, art, TOPIC)
    s = sentence_with(part, text)
    got = [(sp.name, sp.role) for sp in part.speakers.get((s.article, s.index), ())]
    assert got == [(name, role)]


def test_the_caption_is_no_part_of_the_statement_or_the_quote():
    simple = "字幕：卢思远　市博物馆副馆长夜间开放后，每周可多接待游客约两万人次，周边餐饮营业额有望增长三成。"
    assert clean_statement(simple, "", ("增长",)).startswith("夜间开放后")
    original = "字幕：盧思遠　市博物館副館長夜間開放後，每週可多接待遊客約兩萬人次，周邊餐飲營業額有望增長三成。"
    assert short_quote(original, lambda t: to_simplified(t, "zh-Hant"), ("增长",)).startswith("夜間開放後")


def test_a_caption_without_a_roles_end_names_nobody():
    assert caption_label("字幕：卢思远　我觉得夜间开放很好，大家都应该来看看。", ROLE_TITLES) is None
    assert caption_label("字幕组：本片由志愿者翻译", ROLE_TITLES) is None
