"""A sentence's figures, titles and measured things are kept by its text (``grouping._hard``): what
the grouping and the recruiting read must be what ``figure_keys`` and ``measured_things`` say, and a
caller adding to what it got must not change what the next caller gets."""

from generator.analyse.figurekeys import figure_keys, measured_things
from generator.analyse.grouping import _figures, _hard, hard_anchors, measures

# (three forms, topics unlike the corpora: a council notice, a forum reply, a market table row)
SENTENCES = [
    "市图书馆本季度共接待读者12.5万人次，较去年同期增长18%。",
    "楼主说的《城南旧事》那版我也看过，票价才三十多元。",
    "| 早稻收购价 | 每斤1.36元 | 同比上涨2% |",
    "今天天气很好，大家都去公园散步了。",
]


def test_kept_values_are_what_the_functions_say():
    for s in SENTENCES:
        figures = set(figure_keys(s))
        assert _figures(s) == figures
        topic = frozenset({"票价"})
        titles = {"城南旧事"} if "《" in s else set()
        assert hard_anchors(s, topic) == (figures | titles) - topic
        expected = measured_things(s) - topic if figures | titles else frozenset()
        assert measures(s, topic) == expected
    assert hard_anchors(SENTENCES[0], frozenset()) >= {"12.5万"}
    assert not hard_anchors(SENTENCES[3], frozenset()) and not measures(SENTENCES[3], frozenset())


def test_a_caller_cannot_change_a_kept_value():
    s = SENTENCES[0]
    got = _figures(s)
    got |= {"999亿"}  # (a frozen set: the caller's name is rebound, the kept value stays)
    assert "999亿" not in _figures(s)
    assert _hard(s) is _hard(s)
