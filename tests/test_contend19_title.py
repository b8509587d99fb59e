"""A contention's title is the question both sides answer, never one side's sentence (issue 13, property 6), and
two statements that answer no common question are no contention. Invented stories: a ferry's fares, a ski
resort's season, a library's opening hours, a harbour's fishing ban."""

from __future__ import annotations

from generator.analyse.contendasked import shares_question
from generator.analyse.contendtitle import neutral_title, one_sides_words, shared_subject
from generator.analyse.model import Citation, Contention, Side


def test_a_title_of_one_sides_words_becomes_the_subject_and_dimension_both_argue():
    a = "渡轮票价一张涨到四十元，这不是乱收费是什么。"
    b = "油价涨了一倍，渡轮票价跟着涨也是应该的，比隔壁港口还便宜。"
    t = neutral_title("渡轮票价一张涨到四十元，这不是乱收费是什么？", a, b)
    assert t == "渡轮票价的价格是否合理？" or t == "渡轮票价是否合理？" or t.startswith("渡轮票价"), t
    assert "四十元" not in t and "乱收费" not in t
    # how fast: both speak of the resort's visitors coming back
    t = neutral_title("雪场的客流下个月就会回来？", "雪场的客流下个月就会回来。", "我看雪场的客流至少要到明年冬天才能恢复。")
    assert t == "雪场的客流多久能恢复？", t


def test_a_title_that_is_a_question_of_its_own_or_sides_sharing_no_dimension_is_left_as_made():
    # the page's own question stays
    assert neutral_title("图书馆该不该通宵开放？", "通宵开放方便考研学生。", "通宵开放的电费和安保谁来出。") == \
        "图书馆该不该通宵开放？"
    # one side's words, but no dimension both argue over: left (a clumsy title beats a wrong question)
    t = "港口禁渔期延长到四个月？"
    assert neutral_title(t, "港口禁渔期延长到四个月。", "渔民靠海吃饭，四个月没收入怎么过。") == t
    assert one_sides_words(t, "港口禁渔期延长到四个月。", "")
    assert not one_sides_words("图书馆该不该通宵开放？", "通宵开放方便考研学生。", "")


def test_the_shared_subject_is_a_name_both_hold_never_a_function_word():
    assert shared_subject("渡轮票价一张涨到四十元。", "渡轮票价跟着涨也是应该的。") == "渡轮票价"
    assert shared_subject("我觉得是这样的。", "我觉得不是。") == ""


def _side(statement, article, paragraph, quote=None):
    return Side("x", (), (Citation(article, paragraph, quote or statement),), statement, ())


def test_two_sides_with_no_subject_in_common_share_no_question():
    launch = _side("新体育馆于5月20日正式落成，可容纳观众三千人。", "n1", "p1")
    burden = _side("四天上学制不会减轻孩子负担，只会把课程挤到更长的上课日里。", "n2", "p2")
    assert not shares_question(Contention("contention-x", "?", launch, burden), frozenset(), "")
    # the same subject in other words: "会回来" / "恢复哪有那么快" both on 客流
    back = _side("检修完成以后，一个月客流就会回来。", "a", "p1")
    slow = _side("客流恢复哪有那么快，事故的阴影至少要一个旅游季才能散去。", "b", "p3")
    assert shares_question(Contention("contention-y", "?", back, slow), frozenset(), "")
    # one side answering the other in so many words shares its question
    deny = _side("我不同意这种说法。", "b", "p4")
    assert shares_question(Contention("contention-z", "?", launch, deny), frozenset(), "")
