"""A duration is not a quantity when it only says over what span another figure was counted
("三天全平台销量超过1000万套": the figure is 1000万套, 三天 its period), and the figure it qualifies
must not be lost: a four-digit number before a magnitude is a count, not a year ("1000万套");
Chinese numerals of the tens ("二十多亿元"); a range of tenths keeps its lower end ("一到两成").
A page's own counters ("好问题1.2万", "查看全部3,861个回答") are no key figures either.
On small synthetic sentences written for the test (an invented board game's crowdfunding and a
ferry line), not on any corpus's wording."""

from __future__ import annotations

from generator.analyse.facts import _figures_in


def _figs(text):
    return {(f.written, f.kind, f.trivia, f.low, f.high) for f in _figures_in(text, text, "")}


def test_a_duration_that_is_the_span_of_another_figure_is_its_period_and_the_figure_is_kept():
    figs = _figs("出版方宣布众筹开启两天支持者超过1000万人次，金额约3200万元。")
    written = {w: t for w, _, t, _, _ in figs}
    assert written.get("两天") == "period", figs  # not a key figure of its own
    assert "超过1000万人次" in written and written["超过1000万人次"] == "", figs  # a count, not the year 1000
    figs = _figs("渡轮复航前三天的票款就是二十多亿元的量级。")
    assert any(w == "二十多亿元" and k == "money" for w, k, *_ in figs), figs
    # a duration standing alone (how long something took) is still listed as a duration
    figs = _figs("这款桌游开发了六七年。")
    assert any(w == "六七年" and t == "" for w, _, t, _, _ in figs), figs


def test_a_range_of_tenths_keeps_its_lower_end():
    figs = _figs("我估计海外支持者只占一到两成。")
    assert ("一到两成", "percent", "", 10.0, 20.0) in figs, figs
    assert not _figs("这种玩法一成不变。")
    assert not _figs("八成是记错了。")


def test_a_currency_named_before_the_figure_is_its_currency_not_bare_yuan():
    figs = {(f.written, f.unit, f.dimension) for f in _figures_in(
        "标准版售价新台币1,290元，船票另计；一张年票要新台币2万元以上。", "标准版售价新台币1,290元，船票另计；一张年票要新台币2万元以上。", "")}
    assert {f for f in figs if f[0].startswith("1,290")} == {("1,290元（新台币）", "元（新台币）", "money:TWD")}, figs
    assert any(u == "万元（新台币）" and d == "money:TWD" for _, u, d in figs), figs
    plain = {(f.unit, f.dimension) for f in _figures_in("票价300元。", "票价300元。", "")}
    assert plain == {("元", "money:CNY")}


def test_a_pages_own_counters_are_no_key_figures_and_a_reported_count_is():
    ui = "显示全部关注问题写回答好问题3.4万添加评论分享关注者9,120查看全部1,208个回答渡口老周"
    assert {(f.written, f.trivia) for f in _figures_in(ui, ui, "")} == {("3.4万", "counter"), ("1,208个", "counter")}
    for prose in ("复航视频的播放量超过500万次。", "渡轮公司今年收到了200个回答问卷。", "他的文章阅读量达10万。"):
        assert all(f.trivia == "" for f in _figures_in(prose, prose, "")), prose
