"""A statement starts where a clause starts (issue 13, property 4): a leading connective or list mark
goes only where the cut falls at a word's boundary ("当前的低价…" never "的低价…", "第六代…" never
"代…", "最后一班…" never "一班…"), and a dangling discourse opener ("况且", "对比一下，", "说实话，")
goes. Sentences written for the test in several forms (minutes' numbered items, a column, a thread
post, a wire report) on invented topics (a ferry timetable, tea prices, a library, a dam)."""

from __future__ import annotations

from generator.analyse.statements import clean_statement, drop_lead


def test_a_lead_run_into_the_next_word_is_kept_whole():
    for text in ("第三代渡轮的油耗比上一代低两成。",  # minutes: "第三代" is a word, not "第三，"
                 "当前的收购价主要靠合作社兜底，茶农并不赚钱。",  # a column: "当前的…" is the subject
                 "最后一班船从22点提前到21点。",  # a thread: "最后一班" is a noun phrase
                 "其次是夜间开放的安保费用太高。"):
        assert clean_statement(text).rstrip("。") == text.rstrip("。"), text


def test_a_lead_before_a_pause_or_at_a_word_boundary_goes():
    assert clean_statement("第一，夜间借阅量占全天两成。") == "夜间借阅量占全天两成。"
    assert clean_statement("当前水库的蓄水量只有往年的六成。") == "水库的蓄水量只有往年的六成。"
    assert clean_statement("2.茶叶收购价比去年高一成。") == "茶叶收购价比去年高一成。"
    assert drop_lead("此外渡轮票价也上涨了。") == "渡轮票价也上涨了。"


def test_a_framed_numbered_item_keeps_its_ordinal_word():
    # minutes: "1.X介绍，第六代…" loses the frame and the item mark, never the word's first characters
    got = clean_statement("1.韦兰介绍，第六代自助借还机的成本已降至约2万元，低于一名馆员一年的人工成本。")
    assert got.startswith("第六代自助借还机")


def test_dangling_discourse_openers_go():
    for opener in ("况且", "对比一下，", "说实话，", "话说回来，"):
        got = clean_statement(opener + "上游水库的泄洪量比去年同期多了三成。")
        assert got == "上游水库的泄洪量比去年同期多了三成。", opener


def test_the_frame_of_an_added_or_conceded_point_goes():
    # "X补充，", "X提醒：", "X承认，": reporting frames like "X表示，" (a news report, minutes, a thread)
    for frame in ("邓慕远补充，", "韦兰提醒：", "骆青山承认，", "合作社回应称，"):
        got = clean_statement(frame + "每条渡轮背后仍有两名值班船员，人工成本并没有下降。")
        assert got == "每条渡轮背后仍有两名值班船员，人工成本并没有下降。", frame


def test_a_bodys_own_name_for_itself_becomes_its_name():
    # a bureau's reply, a company's notice, a province's release: "我局", "我公司", "我市/我省"
    from generator.analyse.statementperson import first_person, third_person

    got = third_person("针对渡轮晚点问题，我局已要求运营企业增开备用船。", "江滨市交通运输局", "org")
    assert got == "针对渡轮晚点问题，江滨市交通运输局已要求运营企业增开备用船。" and not first_person(got)
    assert third_person("我公司将在年内更换这段管道。", "西湾供水有限公司", "org") == "西湾供水有限公司将在年内更换这段管道。"
    assert third_person("我市夜间渡轮客流三年增长两成。", "江滨市交通运输局", "org") == "江滨市夜间渡轮客流三年增长两成。"
    assert third_person("我省茶园面积居全国第三。", "南岭省农业农村厅", "org") == "南岭省茶园面积居全国第三。"
    # a place the body's name does not begin with is left as it is
    assert third_person("我市夜间渡轮客流增长。", "西湾供水有限公司", "org") == "我市夜间渡轮客流增长。"


def test_a_stamp_read_as_a_turn_label_is_no_turn_holder():
    from generator.analyse.turns import turn_holder

    assert turn_holder("上午9:52·2025年3月2日·1.8万次查看更正两处：摊位费是80元，不是85元。", "a", "p1") is None
    assert turn_holder("下午3:05·3月2日补充：夜市周一休市。", "a", "p2") is None
    assert turn_holder("韦兰：夜间借阅量占全天两成。", "a", "p3").name == "韦兰"


def test_a_statement_carries_no_citation_marks_and_no_emoji():
    # an encyclopedia's "[n]" marks, a lifestyle post's emoji used as pauses, a keycap list
    assert clean_statement("2024年7月，省人大常委会批准了地方航运条例，该条例自2025年3月1日起施行[20]。") \
        == "2024年7月，省人大常委会批准了地方航运条例，该条例自2025年3月1日起施行。"
    assert clean_statement("夜市摊位费主要用于保洁[2-3]，但账目从未公开[11]。") == "夜市摊位费主要用于保洁，但账目从未公开。"
    got = clean_statement("终于吃上了南门夜市的烤串🍢 排队排了四十分钟😭 人均只要三十块✨味道真的绝了")
    assert got == "终于吃上了南门夜市的烤串，排队排了四十分钟，人均只要三十块，味道真的绝了。"
    assert clean_statement("3️⃣ 价格是真的便宜，同样的渡轮航线打车要四五十块。") == "价格是真的便宜，同样的渡轮航线打车要四五十块。"


def test_an_ordinal_before_a_clause_goes_but_not_before_its_own_noun():
    assert clean_statement("首先从演示视频看来，这款翻译机的反应速度很快，比同类产品快很多。") == "这款翻译机的反应速度很快，比同类产品快很多。"
    assert clean_statement("其次是夜间开放的安保费用太高。") == "其次是夜间开放的安保费用太高。"
    # a frame with a comma inside its holder is not cut across: the clause before stays
    got = clean_statement("两家公司都发布公告称业务照常，但江城轮渡公司承认，若大股东出售股权，控制权可能变更。")
    assert got.startswith("两家公司都发布公告称业务照常")
