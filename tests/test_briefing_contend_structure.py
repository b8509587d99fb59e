"""Contentions the text's structure states (issue 13, property 6, recall on any topic): two guests of a
transcript, the second opening against the first; another party's view and the writer's own in one
sentence; two camps; a contrasted holder speaking to the paper. The stories are invented for the test
(a school timetable, a port's expansion); the taxonomy names only a topic."""

from __future__ import annotations

from test_briefing_contend import _one, _sides
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 港口扩建\n  terms: [港口扩建]\n"

TRANSCRIPT = (
    "本集主题：港口扩建，渔村怎么办？\n\n"
    "来宾：王立（海洋大学航运系教授）、陈静（东港物流总经理）\n\n"
    "主持人：观众朋友晚安。这个月，港口扩建工程正式动工。今天请到两位来宾。\n\n"
    "来宾（海洋大学航运系教授王立）：主持人好。首先我想说明，扩建针对的是集装箱码头。\n\n"
    "主持人：那对附近渔村的影响呢？\n\n"
    "来宾（海洋大学航运系教授王立）：我认为影响有限。渔船的作业区在南湾，和新码头隔着十公里。\n\n"
    "来宾（东港物流总经理陈静）：这点我不太同意。作业区或许不重叠，但运输船的航道正好穿过渔场，这是很大的冲击。\n\n"
    "主持人：那港口的吞吐量呢？\n\n"
    "来宾（东港物流总经理陈静）：吞吐量预计会翻一番，这一点大家都同意。\n\n"
    "来宾（海洋大学航运系教授王立）：对，翻一番是保守的估计。\n\n"
    "主持人：谢谢两位。")


def test_a_guest_opening_against_the_guest_before_is_a_contention_with_both_guests(tmp_path):
    an = _run(tmp_path, [_article("a", TRANSCRIPT)], TOPIC)
    c, claim, answer = _one(an, "我认为影响有限")
    assert {s.name for s in claim.speakers} == {"王立"} and {s.name for s in answer.speakers} == {"陈静"}
    assert claim.speakers[0].role == "海洋大学航运系教授"
    assert "很大的冲击" in answer.statement and "或许不重叠" not in answer.statement, \
        "a concession then its turn: the side is the turn"
    assert not claim.statement.startswith("来宾"), "the turn's label is no part of what is said"
    assert "我认为" not in c.topic and "影响有限" in c.topic


def test_a_guest_agreeing_or_answering_the_host_is_no_contention(tmp_path):
    an = _run(tmp_path, [_article("a", TRANSCRIPT)], TOPIC)
    assert not _sides(an, "翻一番"), "the second guest agrees ('对，'): no dispute"
    assert not _sides(an, "那对附近渔村的影响呢"), "the host's question is no side"
    assert len(an.contentions) == 1, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_another_partys_view_and_the_writers_own_in_one_sentence(tmp_path):
    a = _article("a", "港口扩建的第一期工程已经完成招标。\n\n"
                      "航运公司风险较低。市场担心其他港口将跟进扩建、引发运价战，但我们认为多数港口的岸线已经用尽，"
                      "扩建的空间不足，运价战发生的可能性较低。")
    an = _run(tmp_path, [a], TOPIC)
    c, claim, answer = _one(an, "市场担心")
    assert claim.citations[0].quote.startswith("市场担心") and "但我们认为" not in claim.citations[0].quote, \
        "the reported view is quoted alone, verbatim"
    assert answer.citations[0].quote.startswith("但我们认为")
    assert "可能性较低" in answer.statement
    # "市场" is an unnamed collective: never a name (speakers.split_holder), and never the answer's
    assert not {s.name for s in claim.speakers} & {"我们", "市场"} and "市场" not in {s.name for s in answer.speakers}


def test_a_sentence_whose_writer_reports_nobody_elses_view_is_no_contention(tmp_path):
    a = _article("a", "港口扩建的第一期工程已经完成招标，但我们认为工期仍然偏紧。")
    an = _run(tmp_path, [a], TOPIC)
    assert not an.contentions


def test_two_camps_are_the_two_sides(tmp_path):
    a = _article("a", "对于港口扩建，市场看法并不一致。一派观点认为，吞吐量早已饱和，扩建是必须的。"
                      "多家券商在点评中均称，扩建后码头的利用率仍会很高。\n\n"
                      "另一派则担心，扩建会让本已过剩的码头能力更加过剩。一家航运咨询公司的合伙人对我们表示，"
                      "周边三个港口去年的利用率都不到六成。")
    an = _run(tmp_path, [a], TOPIC)
    c, one, other = _one(an, "一派观点认为")
    assert one.statement.startswith("一派观点认为") and other.statement.startswith("另一派则担心")
    assert "合伙人" not in {s.name for s in other.speakers} and \
        not any(s.name.startswith("对") for s in one.speakers + other.speakers), "no fragment of a frame is a holder"


def test_a_contrasted_holder_speaking_to_the_paper_answers_the_claim_before(tmp_path):
    a = _article("a", "港务局局长孟凡表示，扩建不会影响渔村，渔民的生计有保障。"
                      "不过，一位不愿具名的渔业协会理事则对本报称，航道改线后渔村的渔船要多绕二十公里，"
                      "“渔民生计受到的冲击不能低估”。")
    an = _run(tmp_path, [a], TOPIC)
    c, answer, claim = _one(an, "不愿具名")
    assert "孟凡" in {s.name for s in claim.speakers}
    assert "本报" not in " ".join(s.name for s in answer.speakers)


def test_the_same_dispute_in_two_articles_is_one_contention_with_both(tmp_path):
    a = _article("a", "执业律师邓辉向本报表示，外地法院承认本地破产令的机会相当低，因为公司的主要资产都在外地。\n\n"
                      "法学院副教授许岚则持不同看法。她指出，外地法院去年已认可一家纺织公司的破产程序，有先例可循，并非不可能。")
    b = _article("b", "来宾（理工大学法律系教授方正）：其实已经有先例了，外地法院就承认过一家纺织公司的破产程序，所以并不是不可能。\n\n"
                      "来宾（东方律师事务所合伙人白雪）：我跟方教授的看法有点不一样。我认为外地法院承认的机会非常低，"
                      "因为公司的主要资产根本不在本地。")
    an = _run(tmp_path, [a, b], TOPIC)
    c, low, precedent = _one(an, "机会相当低")
    assert {x.article for x in low.citations} == {"a", "b"} and {x.article for x in precedent.citations} == {"a", "b"}
    assert {s.name for s in low.speakers} == {"邓辉", "白雪"} and {s.name for s in precedent.speakers} == {"许岚", "方正"}


def test_disputes_of_two_articles_on_different_questions_stay_apart(tmp_path):
    a = _article("a", "执业律师邓辉向本报表示，外地法院承认本地破产令的机会相当低，因为公司的主要资产都在外地。\n\n"
                      "法学院副教授许岚则持不同看法。她指出，外地法院去年已认可一家纺织公司的破产程序，有先例可循，并非不可能。")
    b = _article("b", "来宾（理工大学经济系教授方正）：我认为港口扩建对渔村的影响有限，渔船的作业区在南湾。\n\n"
                      "来宾（东港物流总经理白雪）：这点我不太同意。运输船的航道正好穿过渔场，这是很大的冲击。")
    an = _run(tmp_path, [a, b], TOPIC)
    assert len(an.contentions) == 2, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_an_answer_echoing_what_was_said_negated_or_asked_back(tmp_path):
    a = _article("a", "港务集团总经理韩明在记者会上表示，扩建工程对周边居民“没有影响”，施工噪音完全达标。")
    b = _article("b", "港务集团当天马上出声明，说扩建期间施工全部达标，居民生活不受影响。\n\n"
                      "我想问一句：不受影响？我们这栋楼离工地不到两百米，每天清晨五点就开始打桩。"
                      "都是居民一次次投诉、找街道办逼出来的整改。\n\n"
                      "港务集团的人说“遗憾”，我看一点都不遗憾，是他们自己拖的，拿不出方案还指望居民一直等？")
    an = _run(tmp_path, [a, b], TOPIC)
    c, said, answer = _one(an, "出声明")
    assert any(x.quote.startswith("我想问一句") for x in answer.citations)
    assert not answer.statement.endswith(("？", "？。")), answer.statement
    c2, answer2, said2 = _one(an, "一点都不遗憾")
    assert said2.citations[0].quote == "港务集团的人说“遗憾”", "the words said, quoted apart from the answer"
    assert answer2.statement == "我看一点都不遗憾，是他们自己拖的。", "the rhetorical question is not the statement"


def test_words_repeated_without_turning_them_round_are_no_echo(tmp_path):
    a = _article("a", "港务集团当天出声明，说扩建期间施工全部达标，居民生活不受影响。\n\n"
                      "街道办也表示，居民生活不受影响，投诉已经逐一处理。")
    an = _run(tmp_path, [a], TOPIC)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]


def test_the_writer_agreeing_with_the_view_reported_is_no_contention(tmp_path):
    a = _article("a", "港口扩建的第一期工程已经完成招标。\n\n"
                      "市场普遍认为扩建后吞吐量将翻一番，我们也认为这一判断是合理的，岸线条件足以支撑。")
    an = _run(tmp_path, [a], TOPIC)
    assert not an.contentions, [(c.a.statement, c.b.statement) for c in an.contentions]
