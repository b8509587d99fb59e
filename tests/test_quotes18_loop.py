"""A quote is cut from a long sentence in bounded time, whatever its clauses (a build must never hang).

Two continuing clauses in a row ("也…，还…") after a clause too long to take back in used to make the
window widen and narrow over the same clause forever: an editor's `mkdocs build` never finished."""
import signal

import pytest

from generator.analyse.statements import short_quote


@pytest.fixture
def deadline():
    def _late(*_):
        raise TimeoutError("short_quote did not return")
    old = signal.signal(signal.SIGALRM, _late)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


LONG = "某市交通运输局昨日发布的年度报告显示全市公交线路总里程在过去五年间持续增长并已覆盖所有街道和乡镇的主要居民区域及工业园区，"
GOES_ON = ["也有不少市民反映高峰时段的车厢依然十分拥挤，", "还需要进一步优化线路和发车频次才能满足通勤需求，"]
TAIL = "报告同时提到新能源公交车的比例已经超过八成并计划在两年内完成剩余车辆的更新换代工作以降低运营成本和排放。"


def test_two_continuing_clauses_after_a_long_one_give_a_quote(deadline):
    sentence = LONG + "".join(GOES_ON) + TAIL
    quote = short_quote(sentence, lambda t: t, ("优化",), 70)
    assert "优化线路" in quote
    assert quote in sentence and len(quote) <= 91


@pytest.mark.parametrize("n", [2, 3, 5])
def test_runs_of_continuing_clauses_end(deadline, n):
    clauses = ["并且" + "线路调整涉及的站点较多" * 2 + "，" for _ in range(n)]
    sentence = LONG + "".join(clauses) + "还需要进一步优化线路，" + TAIL
    quote = short_quote(sentence, lambda t: t, ("优化", "线路"), 70)
    assert quote and quote in sentence
