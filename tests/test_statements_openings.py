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
