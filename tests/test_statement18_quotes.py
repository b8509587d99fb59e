"""Statements a reader can quote (issue 13, property 4): a first person inside a quotation is the
quotation's speaker's, never an organisation or person the text names elsewhere. Invented stories
in three forms (a news report, a forum thread, a broadcast transcript) on topics unlike the corpora:
a harbour ferry line, a vineyard's hail season, a county library's closure."""

from __future__ import annotations

import re

from generator.analyse.statementperson import holder_speaks, quote_speaker, third_person
from generator.articles import parse_body
from generator.model import Article
from test_briefing_properties import _run

FERRY = "topic:\n  label: 北湾渡轮\n  terms: [北湾渡轮, 北湾航运公司]\n"


def _article(slug, body, author=None, outlet=None):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script="zh-Hans", blocks=parse_body(body),
                   outlet=outlet or f"{slug}报", author=author, date="2025-05-01")


def test_a_first_person_in_a_quotation_naming_the_holder_is_not_the_holder():
    src = "“航运公司要我们自己证明客流下降是停航造成的，这根本做不到。”船员李明说。"
    st = "航运公司要我们自己证明客流下降是停航造成的，这根本做不到。"
    assert not holder_speaks(src, "北湾航运公司")  # the quotation names the company: "我们" is not it
    assert third_person(st, "北湾航运公司", "org", src) == st
    assert quote_speaker(src).endswith("李明")  # ("船员李明": the role the frame gives)
    # the quotation's own frame names someone else: "我" is not the holder either
    src2 = "“我每天都要多等四十分钟。”通勤族周芳抱怨。"
    assert not holder_speaks(src2, "北湾航运公司")
    assert third_person("我每天都要多等四十分钟。", "北湾航运公司", "org", src2) == "我每天都要多等四十分钟。"
    # … while the holder's own quotation is theirs, with a title or without
    src3 = "北湾航运公司总经理陈涛说：“我们会在两周内恢复夜间班次。”"
    assert holder_speaks(src3, "北湾航运公司") and holder_speaks(src3, "陈涛")
    assert third_person("我们会在两周内恢复夜间班次。", "北湾航运公司", "org", src3) == "北湾航运公司会在两周内恢复夜间班次。"


def test_a_kin_word_after_the_holder_takes_de():
    assert third_person("我妈每周都坐渡轮去看病，现在只能绕路。", "海风吹过", "person") \
        == "海风吹过的妈每周都坐渡轮去看病，现在只能绕路。"
    assert "周芳的家" not in third_person("我家长期订阅这份报纸。", "周芳", "person")  # 家长 is no 家


def _no_holder_in_place_of_we(an, holder):
    """No statement puts ``holder`` where a quote of it says 我/我们."""
    for p in an.points:
        for c in p.citations:
            for m in re.finditer(r"我们|我", c.quote):
                right = c.quote[m.end():m.end() + 4]
                if len(right) == 4 and holder + right in p.statement:
                    return p.statement
    return None


def test_news_report_a_boatmans_complaint_is_not_the_companys(tmp_path):
    a = _article("news", "北湾航运公司昨日宣布，北湾渡轮将于下月起停航检修三个月。\n\n"
                         "北湾航运公司表示，将对受影响的商户进行补偿，并开通了补偿咨询热线。但船员认为程序繁琐。"
                         "“北湾航运公司要我们自己证明客流下降是停航造成的，而不是别的原因，这几乎不可能。”船员李明说。\n\n"
                         "码头周边商户表示，停航后客流下降了四成，营业额明显下滑。")
    an = _run(tmp_path, [a], FERRY)
    assert _no_holder_in_place_of_we(an, "北湾航运公司") is None, [p.statement for p in an.points]
    for p in an.points:
        if any("这几乎不可能" in c.quote for c in p.citations):
            assert "北湾航运公司要北湾航运公司" not in p.statement, p.statement


def test_forum_thread_a_posters_we_is_not_the_body_they_quote(tmp_path):
    topic = "topic:\n  label: 西岭葡萄园\n  terms: [西岭葡萄园, 西岭酒庄]\n"
    thread = _article("bbs", "【讨论】西岭葡萄园遭冰雹，今年的酒还能喝吗\n\n"
                             "1楼 葡园老周：西岭酒庄发通知说，冰雹造成葡萄减产约三成，新酒价格将上调15%。\n\n"
                             "2楼 山下人家：“酒庄让我们这些散户先垫钱收葡萄，损失谁来担？”村里合作社的老李这么说。\n\n"
                             "3楼 葡园老周：合作社的农户认为，酒庄的收购价太低，减产后不少农户已经亏损。")
    news = _article("news", "西岭酒庄表示，受冰雹影响，今年葡萄减产约三成，新酒价格将上调15%，收购价维持不变。")
    an = _run(tmp_path, [thread, news], topic)
    assert _no_holder_in_place_of_we(an, "西岭酒庄") is None, [p.statement for p in an.points]


def test_transcript_a_callers_we_is_not_the_libraries(tmp_path):
    topic = "topic:\n  label: 县图书馆闭馆\n  terms: [县图书馆, 文旅局]\n"
    tv = _article("tv", "主持人：各位听众晚上好，今天我们聊县图书馆闭馆改造。\n\n"
                        "文旅局副局长孙平：县图书馆将闭馆改造一年，期间开放两个临时借阅点，预计投入资金800万元。\n\n"
                        "听众（退休教师吴兰）：“文旅局说临时借阅点够用，可我们老年人每周要多走两公里，借书的人会减少一半。”\n\n"
                        "主持人：吴老师的担心很有代表性。")
    an = _run(tmp_path, [tv], topic)
    assert _no_holder_in_place_of_we(an, "文旅局") is None, [p.statement for p in an.points]
    assert _no_holder_in_place_of_we(an, "孙平") is None, [p.statement for p in an.points]
