"""The question both sides answer (issue 13, property 6): a contention's title is the question asked of both sides
where the page asks it, a bare answer carries its reason, and two statements that answer no common question are
no contention.

The stories are invented for the tests (a night market's closing hour, a riverside footbridge, a county's
four-day school week): a live-stream transcript where guests answer the host, a forum thread whose opener asks,
and two news articles on unrelated matters.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.contendasked import content_grams, question_core
from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, paper="台", date="2026-07-01")

MARKET = "topic:\n  label: 南桥夜市\n  terms: [南桥夜市]\n"

MARKET_LIVE = (
    _article("a", "直播回放：南桥夜市要不要延长营业",
             "[00:01:10] 主播：欢迎各位，今天请了两位嘉宾聊南桥夜市。\n\n"
             "[00:02:30] 主播：那我先问一个，就是好多人关心，夜市延长到凌晨两点，周边居民能接受吗？会不会太吵？"
             "刘老师先说。\n\n"
             "[00:02:55] 连麦嘉宾 刘振宇（街道办干部）：我觉得能接受。我们做过问卷，七成住户说只要十二点后不放音乐就行，"
             "摊位也都装了降噪棚。\n\n"
             "[00:03:40] 连麦嘉宾 蒋晓梅（业主代表）：我比较担心。住在夜市楼上的老人晚上本来就睡不好，"
             "油烟和垃圾车的声音凌晨三点还在响，问卷只问了租户，没问常住的老住户。\n\n"
             "[00:04:20] 主播：好，两位说得都有道理。"),
)


def _quoting(an, *texts):
    return [c for c in an.contentions
            if all(any(t in x.quote for x in c.a.citations + c.b.citations) for t in texts)]


def test_a_transcript_host_question_answered_by_two_guests_is_the_contention_title(tmp_path):
    an, _ = _run(tmp_path, list(MARKET_LIVE), MARKET)
    found = _quoting(an, "我觉得能接受", "我比较担心")
    if not found:
        found = _quoting(an, "七成住户", "油烟和垃圾车")
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    # the host's question, not a guest's sentence, and not the asking around it
    assert "居民能接受吗" in c.topic, c.topic
    assert not c.topic.startswith("那我先问") and "刘老师先说" not in c.topic, c.topic
    # the bare answer carries its reason
    st = {c.a.statement, c.b.statement}
    assert not any(s.strip("。") == "我觉得能接受" for s in st), st
    names = {sp.name for s in (c.a, c.b) for sp in s.speakers}
    assert any("刘振宇" in n for n in names) and any("蒋晓梅" in n for n in names), names


def test_a_question_core_drops_the_asking_and_what_follows_the_question():
    grams = content_grams("周边居民能接受 夜市延长 太吵")
    q = question_core(["[00:02:30] 主播：那我先问一个，就是好多人关心，夜市延长到凌晨两点，周边居民能接受吗？",
                       "会不会太吵？", ], grams, frozenset())
    assert q == "夜市延长到凌晨两点，周边居民能接受吗？会不会太吵？", q
    # a statement with no question mark asks nothing
    assert question_core(["主播：两位说得都有道理。"], grams, frozenset()) == ""


BRIDGE = "topic:\n  label: 河滨步行桥\n  terms: [河滨步行桥]\n"

BRIDGE_THREAD = (
    _article("t", "【讨论】河滨步行桥要收费了，大家怎么看",
             "楼主 江小舟：河滨步行桥下个月起每人每次收两元维护费，大家觉得收费合理吗？\n\n"
             "2楼 老郑：我觉得合理。一座钢桥每年光除锈、刷漆就要上百万元，过桥的人出一点维护费天经地义。\n\n"
             "3楼 苏晴：不合理。这座桥本来就是市政工程，建的时候用的是财政的钱，现在再向过桥的人收费等于收两次。\n\n"
             "4楼 江小舟：谢谢两位，我再去问问街道。"),
)


def test_a_thread_opener_question_answered_yes_and_no_by_two_repliers_is_one_contention(tmp_path):
    an, _ = _run(tmp_path, list(BRIDGE_THREAD), BRIDGE)
    found = _quoting(an, "天经地义", "收两次")
    assert len(found) == 1, [(c.topic, c.a.statement, c.b.statement) for c in an.contentions]
    [c] = found
    # the opener's question, not one replier's sentence
    assert "收费合理吗" in c.topic, c.topic
    names = {sp.name for s in (c.a, c.b) for sp in s.speakers}
    assert any("老郑" in n for n in names) and any("苏晴" in n for n in names), names
    assert not any("江小舟" in n for n in names), names
    # each side keeps its reason, on its own side
    a_q = " ".join(x.quote for x in c.a.citations)
    assert ("天经地义" in a_q) != ("天经地义" in " ".join(x.quote for x in c.b.citations))


SCHOOL = "topic:\n  label: 青禾县\n  terms: [青禾县]\n"

SCHOOL_NEWS = (
    _article("n1", "青禾县新体育馆落成",
             "青禾县新体育馆于5月20日正式落成，可容纳观众三千人。\n\n"
             "县文体局表示，体育馆将在暑假期间向市民免费开放。"),
    _article("n2", "青禾县中小学试行四天上学制",
             "青禾县教育局宣布，全县中小学下学期起试行每周四天上学。\n\n"
             "家长代表周丽华认为，四天上学制不会减轻孩子负担，只会把课程挤到更长的上课日里。\n\n"
             "教育局副局长韩立新则表示，试行一学期后将根据成绩和家长意见评估是否推广。"),
)


def test_two_news_statements_on_different_subjects_are_no_contention(tmp_path):
    an, _ = _run(tmp_path, list(SCHOOL_NEWS), SCHOOL)
    for c in an.contentions:
        quotes = " ".join(x.quote for x in c.a.citations + c.b.citations)
        # a gym's opening against a school week's burden: no question in common
        assert not ("体育馆" in quotes and "四天上学" in quotes), (c.topic, c.a.statement, c.b.statement)


def test_an_answer_direction_is_read_from_a_bare_opening_only():
    from generator.analyse.disputeanswers import answer_direction

    assert answer_direction("我觉得能接受。") == 1
    assert answer_direction("不合理。") == -1
    assert answer_direction("我比较担心。") == -1
    assert answer_direction("没问题。") == 1
    # a long argument, a question, a greeting: no direction guessed
    assert answer_direction("一座钢桥每年光除锈、刷漆就要上百万元，过桥的人出一点维护费天经地义。") == 0
    assert answer_direction("你说呢？") == 0
    assert answer_direction("大家好。") == 0


def test_a_page_long_line_is_compared_in_linear_time():
    import time

    from generator.analyse.contendtitle import neutral_title

    line = "渡轮票价" * 250_000
    t0 = time.time()
    neutral_title(line + "？", line, line)
    question_core([line + "？"], content_grams("渡轮票价"), frozenset())
    assert time.time() - t0 < 5
