"""What the index takes from received forms is names only: no technical acronym (OLED, DRAM, NFC), no market theme
listed with 、 ("固态电池、钠电池等细分方向"), no run of happenings ("销量大增、车企股价下挫……"), no verb glued to a
listed name or a brand ("打算换小鹏", "很多人买Pixel"), no index's move ("恒指高开112点"), no title or firm fused
with a person ("立委王大明：", "宏达证券陈志明分析："), no source credit's verb ("北辰咨询估算"). A bilateral body
keeps both its countries ("美中贸易审查委员会"); a leader named by their government ("特朗普政府") is a person.

Shapes written for the test: a channel's flash posts, a forum thread, a talk show's turns, a consultancy's slide
notes; topics (electric cars, phones, batteries, trade talks) in words of their own."""

from __future__ import annotations

from generator.analyse.namesourcetag import removed_line_sources
from tests.test_index import _article, _run


def _names(*articles):
    return {e.name for e in _run(*articles).entities} | {a for e in _run(*articles).entities for a in e.aliases}


CHANNEL = _article("c", "### 1楼\u3000星河财经快讯\u30002025-04-02 09:31\n\n"
                        "【港股开市】恒指高开112点。星途汽车(02233)高开4.2%，报17.6港元。\n\n"
                        "### 2楼\u3000星河财经快讯\u30002025-04-02 15:10\n\n"
                        "【A股收市】固态电池、钠电池、储能等细分方向多只个股涨停，星途汽车概念股领涨。\n\n"
                        "### 3楼\u3000星河财经快讯\u30002025-04-03 10:00\n\n"
                        "宏达证券陈志明分析：新车型的OLED屏与NFC功能提升了卖点，DRAM与NAND成本下降也有帮助。\n\n"
                        "### 4楼\u3000星河财经快讯\u30002025-04-03 12:00\n\n"
                        "宏达证券研究部指出，星途汽车本月交付量创新高。",
                   date="2025-04-03")

FORUM = _article("f", "### 1楼\u3000骑行的老王\u30002025-05-01 20:00（楼主）\n\n"
                      "身边本来打算换小鹏、理想的朋友，现在都在等星途汽车的新车。\n\n"
                      "### 2楼\u3000夜跑小李\u30002025-05-01 21:00\n\n"
                      "说句得罪人的，很多人买Pixel说白了就是图个新鲜，星途汽车的销量也没那么神。\n\n"
                      "### 3楼\u3000骑行的老王\u30002025-05-02 08:00\n\n"
                      "新车热卖、友商股价下挫……一场发布会牵动了资本市场、产业链和整个行业的神经。",
                 date="2025-05-02")

SHOW = _article("s", "主持人林晓：欢迎收看车市圆桌，今天请到立委王大明和分析师赵一鸣。\n\n"
                     "立委王大明：这对特朗普政府来说是很难堪的，关税没有挡住星途汽车。\n\n"
                     "赵一鸣：众议院美中贸易审查委员会的主席也公开表态，要求收紧出口。",
                script="zh-Hans", date="2025-06-01")


def test_no_acronym_theme_move_or_fused_name_in_a_channels_index():
    names = _names(CHANNEL)
    for junk in ("OLED", "NFC", "DRAM", "NAND", "恒指高开", "恒指高开112", "固态电池", "钠电池", "储能",
                 "宏达证券陈志明"):
        assert junk not in names, (junk, sorted(names))
    assert "星途汽车" in names and "陈志明" in names and "宏达证券" in names, sorted(names)


def test_no_verb_glued_to_a_name_and_no_happening_in_a_forums_index():
    names = _names(FORUM)
    for junk in ("换小鹏", "人买", "人买Pixel", "资本市场", "产业链", "友商股价下挫", "新车热卖"):
        assert junk not in names, (junk, sorted(names))
    assert "星途汽车" in names, sorted(names)


def test_a_talk_shows_titled_speaker_leader_and_bilateral_committee():
    names = _names(SHOW)
    assert "立委王大明" not in names and "王大明" in names, sorted(names)
    assert "特朗普" in names, sorted(names)
    assert any(n.endswith("美中贸易审查委员会") for n in names), sorted(names)
    assert not any(n.startswith("中贸易") for n in names), sorted(names)


def test_a_source_credit_names_the_body_not_what_it_did():
    assert [c.name for c in removed_line_sources("数据来源：渠道调研，北辰咨询估算")] == ["北辰咨询"]
    assert [c.name for c in removed_line_sources("资料来源：公司整理")] == []


def test_one_committee_named_two_ways_with_one_chair_is_one_entry():
    post = _article("p", "### 1楼\u3000江城快讯\u30002025-07-01 09:00\n\n"
                         "江城市议会公交票价特别委员会主席周立新表示，票价方案下月公布。", date="2025-07-01")
    wire = _article("w", "江城市议会交通改革特别委员会的主席周立新说，公交票价将分段调整。\n\n"
                         "另一方面，市议会环境保护特别委员会主席何静宜表示将召开听证会。", date="2025-07-02")
    entries = _run(post, wire).entities
    both = [e for e in entries if any("公交票价特别委员会" in n for n in (e.name, *e.aliases))
            and any("交通改革特别委员会" in n for n in (e.name, *e.aliases))]
    assert both, [(e.name, e.aliases) for e in entries]
    assert not any(any("环境保护" in n for n in (e.name, *e.aliases)) for e in both), both  # another chair: another body
