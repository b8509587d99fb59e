"""A Taiwan outlet's "國內" is Taiwan (issue 13, property 4): a statement taken from it names the
place, so a reader of the simplified briefing does not read it as the mainland. A Hong Kong outlet
(its own place is "本港") and a mainland article keep "国内". Invented stories (an egg shortage)."""

from __future__ import annotations

from generator.analyse.homeplace import home_place
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 鸡蛋短缺\n  terms: [鸡蛋短缺, 缺蛋, 雞蛋短缺]\n"


def test_a_taiwan_outlets_home_is_named_in_its_statements(tmp_path):
    tw = _article("tw", "雞蛋短缺延燒2025/02/03 10:20記者林美玲／台北報導\n\n"
                        "農業部今天表示，國內雞蛋供應將在兩週內恢復正常，進口雞蛋可望緩解缺蛋壓力。", script="zh-Hant")
    cn = _article("cn", "鸡蛋短缺引发关注。\n\n养殖户王强说，国内饲料成本上涨三成，不少蛋鸡场被迫减产。")
    an = _run(tmp_path, [tw, cn], TOPIC)
    by_article = {p.citations[0].article: p.statement for p in an.points}
    assert "台湾鸡蛋供应" in by_article["tw"] and "国内" not in by_article["tw"]
    assert "国内饲料成本" in by_article["cn"]


def test_only_a_taiwan_outlet_is_read_so():
    assert home_place("记者林美玲／台北报导 国内鸡蛋供应将恢复", "zh-Hant") == "台湾"
    assert home_place("本港蛋商表示，国内鸡蛋出口减少，台湾和香港都受影响，台湾", "zh-Hant") == ""
    assert home_place("记者林美玲／台北报导 国内鸡蛋供应将恢复", "zh-Hans") == ""
