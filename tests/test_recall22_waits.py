"""An effect that still waits on something is a limit of it (issue 13, property 5).

"能不能维持，还得看票价和准点率", "能否带动消费，还要看收入预期": the speaker grants the news an
effect only on a condition not yet met, a caveat like "取决于" (``generalbounds.BOUNDING``), so the
sentence is a limit whatever effect or category words it uses ("票价", "消费"). "还要看到…" points
at something ("还要看到新政带来的积极变化") and bounds nothing.

Sentences and story invented for the test (a night bus line), in a forum thread and a news page.
"""

from __future__ import annotations

from generator.analyse.generalbounds import bounds
from test_briefing_properties import _article, _citing, _run


def test_what_still_waits_on_a_condition_bounds_the_effect():
    assert bounds("开通头一周坐的人不少，能不能一直这么火，还得看票价和发车准点率。")
    assert bounds("补贴发下去了，但能否带动夜间消费，还要看商户的营业时间。")
    assert not bounds("同时也要看到，夜班公交开通后不少夜归人出行更方便了。")
    assert not bounds("我们还要看到新线路带来的积极变化。")


NIGHT = "topic:\n  label: 夜班公交\n  terms: [夜班公交, 夜班车]\n"


def test_an_effect_on_a_condition_is_a_limit_point(tmp_path):
    a = _article("a", "滨海市夜班公交开通首周客流超预期\n\n"
                      "滨海市首条夜班公交线路上周开通，首周客流达到1.2万人次，带动沿线夜市营业额增长两成。\n\n"
                      "市交通局表示，夜班公交的票价为2元，与日间线路相同。")
    b = _article("b", "【夜班公交坐了一周】\n\n1楼：夜班车开通头一周客流大涨，带动夜市生意，能不能一直这么火，还得看票价和发车准点率。\n\n"
                      "2楼：夜班公交开通以后，下夜班回家方便多了。")
    an = _run(tmp_path, [a, b], NIGHT)
    waits = [p for p in _citing(an, "b", "还得看票价") if p.kind != "contention"]
    assert waits and all(p.kind == "limit" for p in waits), [(p.kind, p.category) for p in waits]
    grew = [p for p in _citing(an, "a", "营业额增长两成") if p.kind != "contention"]
    assert grew and all(p.kind == "impact" for p in grew), [(p.kind, p.category) for p in grew]
