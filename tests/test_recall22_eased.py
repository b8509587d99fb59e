"""A problem eased is an effect, not a limit (issue 13, property 5).

"有助于缩小男女养老金差距", "缓解了偿债压力", "减少往返医院及排队时间": a verb that narrows, relieves
or fills acting on a problem word ("差距", "压力", "缺口") reports what the news does about the
problem, an impact, though the problem word would place it among the limits (``remedies``). It
stays a problem when the easing is a need, a doubt or a failure ("亟待缩小", "难以缓解", "能否弥补",
"没有减轻"), when the sentence turns against it, or when it states a problem of its own outside the
easing. A word inside the topic's own name ("延迟" of "延迟闭馆") is no problem the sentence states.

The sentences and the story are invented for the test (a library's late closing, a ferry's fares,
a clinic's online visits), in several forms: a notice, a forum reply, a quoted official.
"""

from __future__ import annotations

from generator.analyse.claims import _signals
from generator.analyse.general import GENERAL_SIGNALS
from generator.analyse.remedies import remedied
from test_briefing_properties import _article, _citing, _run


def _problems(text):
    return _signals(text, GENERAL_SIGNALS["limit"])


def test_a_problem_eased_is_a_remedy_and_an_easing_needed_or_failed_is_not():
    eased = [
        # a notice
        "渡轮票价下调后，有助于缩小岛上居民与市区居民的通勤开支差距。",
        # a quoted official
        "市卫健委负责人表示，线上复诊上线后，减少了患者往返医院及排队时间。",
        # a forum reply
        "3楼：新增的两班渡轮确实缓解了早高峰的通勤压力。",
        # filling a gap
        "这批定向培养的护士将填补社区诊所的人手缺口。",
    ]
    for text in eased:
        assert remedied(text, _problems), text
    problems = [
        "岛上居民与市区居民的通勤开支差距亟待缩小。",
        "单靠票价补贴难以缓解渡轮公司的经营压力。",
        "社区诊所能否弥补人手缺口，目前仍不清楚。",
        "新排班制度没有减轻护士的负担。",
        # eased, then turned against
        "线上复诊减少了排队时间，但药品配送仍然经常延误。",
        # the problem itself
        "岛上居民与市区居民的通勤开支差距仍然很大。",
    ]
    for text in problems:
        assert not remedied(text, _problems), text


LIBRARY = "topic:\n  label: 延迟闭馆\n  terms: [延迟闭馆, 图书馆延时]\n"


def test_the_eased_problem_is_an_impact_point_and_the_problem_a_limit(tmp_path):
    a = _article("a", "市图书馆试行延迟闭馆\n\n"
                      "市图书馆本月起试行延迟闭馆，闭馆时间由晚上9点推迟到11点。\n\n"
                      "馆长刘青表示，延迟闭馆有助于缩小城乡学生课外学习条件的差距。\n\n"
                      "不过，延迟闭馆后夜间安保人手明显不足，部分楼层只能提前关闭。")
    b = _article("b", "【图书馆延迟闭馆体验】\n\n1楼：延迟闭馆以后，住在城郊的同学也能自习到很晚，缩小了和市区同学的差距。\n\n"
                      "2楼：可惜晚上十点以后三楼就关了，安保人手不足。")
    an = _run(tmp_path, [a, b], LIBRARY)
    eased = [p for p in _citing(an, "a", "缩小城乡学生") if p.kind != "contention"]
    assert eased and all(p.kind == "impact" for p in eased), [(p.kind, p.category) for p in eased]
    short = [p for p in _citing(an, "a", "安保人手明显不足") if p.kind != "contention"]
    assert short and all(p.kind == "limit" for p in short), [(p.kind, p.category) for p in short]
