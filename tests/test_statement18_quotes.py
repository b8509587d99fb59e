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

FERRY = "topic:\n  label: 北湾渡轮停航\n  terms: [北湾渡轮, 北湾航运公司]\n"


def _article(slug, body, author=None, outlet=None):
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script="zh-Hans", blocks=parse_body(body),
                   outlet=outlet or f"{slug}报", author=author, date="2025-09-10")


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
    # a name's first two characters are as often a place: "中国" in the quotation is not the holder
    assert holder_speaks("中国海事局局长说：“我们将在中国沿海增设十个救助站。”", "中国海事局")
    # a short name the paragraph gives in brackets is the holder's
    para = "南港集团（南港）表示，将补偿渔民。“南港要我们自己举证。”老吴说。"
    assert not holder_speaks("“南港要我们自己举证。”", "南港集团", para)
    assert holder_speaks("“南港要我们自己举证。”", "南港集团")  # (without the paragraph's brackets, unsure: theirs)
    # a four-character name's first and third characters are no short name of it ("上证" is an index)
    assert holder_speaks("上海证券分析师说：“我们认为上证指数仍有上行空间。”", "上海证券")


def test_a_kin_word_after_the_holder_takes_de():
    assert third_person("我妈每周都坐渡轮去看病，现在只能绕路。", "海风吹过", "person") \
        == "海风吹过的妈每周都坐渡轮去看病，现在只能绕路。"
    assert "周芳的家" not in third_person("我家长期订阅这份报纸。", "周芳", "person")  # 家长 is no 家


def _quote_point(an, article, text):
    """The point whose statement is made from the quote (its first citation) holding ``text``."""
    [p] = [p for p in an.points if p.citations[0].article == article and text in p.citations[0].quote]
    return p


def test_news_report_a_fishermans_we_is_not_the_company_his_quote_names(tmp_path):
    """The quotation closes its sentence and its frame ("佐藤说。") is the next: the paragraph's
    lead-in holder (the company, named in the quotation by its short name) is not its speaker."""
    body = ("北湾航运公司宣布，北湾渡轮自9月1日起停航检修三个月。\n\n"
            "在南码头，摊主佐藤健一说，停航以来码头小吃摊的营业额已下降约四成。“我们担心的不是这一季，而是客人再也不回来。”\n\n"
            "北湾航运公司（北航）表示，将对停航造成的经营损失进行补偿，并于9月5日开通了补偿咨询热线。但摊主们认为程序繁琐。"
            "“北航要我们证明营业额下降是停航造成的，而不是别的原因，这几乎不可能。”佐藤说。")
    an = _run(tmp_path, [_article("a", body)], FERRY)
    p = _quote_point(an, "a", "北航要我们证明")
    assert "北航要我们证明" in p.statement and "北湾航运公司证明" not in p.statement, p.statement
    assert p.statement.startswith("佐藤：“"), p.statement  # the quotation's own speaker, named
    assert "北湾航运公司" not in {s.name for s in p.speakers}, p.speakers


def test_forum_thread_a_posters_we_is_not_a_name_that_says_no_body(tmp_path):
    """A floor's quotation of a villager: "我们" said by one person ("阿贵") is never that person
    alone ("西酒要阿贵自己证明…"): the statement quotes it with its speaker."""
    topic = "topic:\n  label: 西岭葡萄园\n  terms: [西岭葡萄园, 西岭酒庄]\n"
    thread = _article("bbs", "【讨论】西岭葡萄园遭冰雹，今年的酒还能喝吗\n\n"
                             "1楼 葡园老周：西岭酒庄发通知说，冰雹造成葡萄减产约三成，新酒价格将上调15%。\n\n"
                             "2楼 山下人家：西岭酒庄（西酒）表示，将对受灾农户的减产损失进行补偿，并开通了理赔热线。但农户认为手续太多。"
                             "“西酒要我们自己证明减产是冰雹造成的，而不是管护不到位，农户的损失只能自己扛，今年肯定亏损。”阿贵说。")
    an = _run(tmp_path, [thread], topic)
    p = _quote_point(an, "bbs", "今年肯定亏损")
    assert "要我们自己证明" in p.statement and "要阿贵" not in p.statement, p.statement
    assert "西岭酒庄" not in {s.name for s in p.speakers}, p.speakers


def test_transcript_a_callers_we_is_not_the_bureau_she_names(tmp_path):
    topic = "topic:\n  label: 县图书馆闭馆\n  terms: [县图书馆, 文旅局]\n"
    tv = _article("tv", "主持人：各位听众晚上好，今天我们聊县图书馆闭馆改造。\n\n"
                        "文旅局副局长孙平：县图书馆将闭馆改造一年，期间开放两个临时借阅点，预计投入资金800万元。\n\n"
                        "主持人：文旅局（文旅）表示，临时借阅点足够覆盖全县读者，并开通了借阅咨询热线。但老读者认为太远。"
                        "“文旅要我们每周多走两公里去借书，借书的人至少会减少一半。”玛丽说。")
    an = _run(tmp_path, [tv], topic)
    p = _quote_point(an, "tv", "减少一半")
    assert "要我们每周" in p.statement and "要玛丽" not in p.statement and "要文旅局" not in p.statement, p.statement
    assert not {"文旅局", "孙平", "主持人"} & {s.name for s in p.speakers}, p.speakers


def test_a_frame_whose_holder_is_the_subject_stays():
    """"X表示，将对…进行补偿": without its frame the statement says no one does it."""
    from generator.analyse.statements import clean_statement
    st = clean_statement("北湾航运公司表示，将对停航造成的经营损失进行补偿，并于9月5日开通了补偿咨询热线。")
    assert st.startswith("北湾航运公司表示，将对"), st
    assert clean_statement("西岭酒庄称，已于上周向受灾农户发放首批补助金，共计120万元。").startswith("西岭酒庄称，已于")
    # a frame before a claim with its own subject still goes ("会议" is no "会")
    assert clean_statement("馆长表示，会议将于下周召开，届时将讨论临时借阅点的选址方案。").startswith("会议将于")
    assert clean_statement("分析人士认为，县图书馆闭馆一年将使全县借阅量下降一半。").startswith("县图书馆闭馆")
