"""The points cap tells the reader what it left out (issue 13, property 3): the briefing's method
section counts the candidate points the cap dropped and lists them for the editor, with the ids
to pin one back; a point merged into another is not listed (its sources are cited there).
Written on an invented story (a city's night-market rules) in three outlets' forms."""

from __future__ import annotations

import generator.analyse as an
from generator.render.briefing import render_briefing
from test_briefing_properties import _article, _run

TOPIC = "topic:\n  label: 夜市\n  terms: [夜市, 新规]\n"

A = _article("a", "夜市新规下月实施。\n\n"
                  "市商务局表示，夜市摊位租金下调两成，摊主每月可省约四百元。\n\n"
                  "夜市新规要求摊位晚上十一点前收摊，部分摊主担心营业额下降。\n\n"
                  "新规实施后，夜市将增设二十个公共垃圾分类点。")
B = _article("b", "網友：夜市新規下月上路。\n\n"
                  "夜市攤位租金下調兩成，攤主每月可省約四百元，大家都說是好事。\n\n"
                  "夜市周邊居民反映噪音問題有望緩解，晚上終於能睡個好覺。", script="zh-Hant")
C = _article("c", "主持人：夜市新规下月实施。\n\n"
                  "嘉宾：夜市新规实施后，周边停车位紧张的问题仍然没有解决。\n\n"
                  "嘉宾：夜市新增的二十个垃圾分类点由街道负责清运。")


def test_the_briefing_counts_and_lists_the_points_the_cap_left_out(tmp_path, monkeypatch):
    full = _run(tmp_path, [A, B, C], TOPIC)
    monkeypatch.setattr(an, "MAX_POINTS", 2)
    capped = _run(tmp_path, [A, B, C], TOPIC)
    assert len(full.points) > len(capped.points)
    listed = capped.method["left_out_points"]
    assert capped.method["left_out"] == len(listed) > 0
    shown = {p.id for p in capped.points}
    assert not shown & {o["id"] for o in listed}, "a shown point is not listed as left out"
    # every candidate point is either shown, listed, or merged into a shown one (none vanish)
    cited = {(c.article, c.paragraph) for p in capped.points for c in p.citations}
    for p in full.points:
        assert p.id in shown or p.id in {o["id"] for o in listed} \
            or all((c.article, c.paragraph) in cited for c in p.citations), p.statement
    # the strongest left out come first (most sources)
    assert [o["sources"] for o in listed] == sorted((o["sources"] for o in listed), reverse=True)
    page = render_briefing(capped, [A, B, C], lambda text, script="zh-Hans": text)
    assert f"另有 {len(listed)} 条候选要点未列入" in page
    assert listed[0]["statement"] in page and listed[0]["id"] in page


def test_a_briefing_under_the_cap_says_nothing_was_left_out(tmp_path):
    analysis = _run(tmp_path, [A, B, C], TOPIC)
    assert analysis.method["left_out"] == 0
    page = render_briefing(analysis, [A, B, C], lambda text, script="zh-Hans": text)
    assert "未列入" not in page
