"""One event several outlets report is one entry citing each, and outlets that give it days a day
or two apart make one entry marked disputed; an outlet that dates both days tells two events. A
feed's post stamp takes the corpus's year, not a year its text plans for. On articles written for
the test (a dam's sluice gates, a zoo's panda cub, a bridge closure), unlike the corpora."""

from __future__ import annotations

from tests.test_index import _article, _run


def test_outlets_that_disagree_on_the_day_make_one_disputed_entry():
    a = _article("a", "5月12日，青石水库管理处开启三孔泄洪闸门，下游河道水位明显上涨。", date="2025-05-20")
    b = _article("b", "据报道，青石水库管理处5月13日开启泄洪闸门，下游河道水位上涨近一米。", date="2025-05-21")
    c = _article("c", "网友在论坛发帖说，青石水库5月12日开闸泄洪，下游河道水位上涨，渔民的网箱被冲走。",
                 date="2025-05-22")
    events = [e for e in _run(a, b, c).events if e.date.startswith("2025-05-1")]
    assert len(events) == 1, events
    e = events[0]
    assert e.date == "2025-05-12", e
    assert [(d.date, d.article) for d in e.disputed] == [("2025-05-13", "b")], e
    assert {c.article for c in e.also} == {"c"}, e


def test_an_outlet_that_dates_both_days_tells_two_events():
    a = _article("a", "6月3日，动物园大熊猫幼崽首次在户外活动区亮相。6月4日，大熊猫幼崽在户外活动区再次亮相，游客排起长队。",
                 date="2025-06-10")
    b = _article("b", "据动物园消息，大熊猫幼崽6月4日在户外活动区首次亮相。", date="2025-06-11")
    events = [e for e in _run(a, b).events if e.date.startswith("2025-06-0")]
    assert not any(e.disputed for e in events), events
    assert {e.date for e in events} == {"2025-06-03", "2025-06-04"}, events


def test_one_event_retold_in_each_outlets_words_is_one_entry():
    a = _article("a", "市交通局通报，9月8日起西江大桥封闭施工，过江车辆需绕行南湖隧道。", date="2025-09-05")
    b = _article("b", "西江大桥9月8日起封闭施工，交警提醒司机提前规划路线，改走南湖隧道过江。", date="2025-09-06")
    c = _article("c", "我住桥边，听说9月8日起西江大桥要封闭施工，以后上班只能绕南湖隧道了，烦。", date="2025-09-06")
    rows = [e for e in _run(a, b, c).events if e.date == "2025-09-08"]
    assert len(rows) == 1, rows
    assert {rows[0].article} | {c.article for c in rows[0].also} == {"a", "b", "c"}, rows


def test_a_feed_posts_stamp_takes_the_corpus_year_not_a_planned_year():
    post = _article("x", "9-14 09:45 来自 手机客户端\n\n"
                         "新规2027年1月1日起实施。昨天（9月13日）市人大常委会表决通过了这项决定。\n\n"
                         "去年全市新增养老床位约三千张。", date=None)
    other = _article("y", "市人大常委会9月13日表决通过相关决定。", date="2026-09-15")
    other2 = _article("z", "相关决定于9月13日获得通过。", date="2026-09-16")
    events = _run(post, other, other2).events
    assert not any(e.date.startswith("2027-09") for e in events), events
    assert any(e.date == "2026-09-13" for e in events), events
    assert any(e.date == "2025" and e.article == "x" for e in events), events


def test_outlets_giving_one_target_for_one_date_are_one_entry():
    a = _article("a", "听说年底要开到一千家门店，我们小店还怎么活。", date="2025-07-01")
    b = _article("b", "該連鎖品牌表示，年底前門店數將增至1000家。", script="zh-Hant", date="2025-07-02")
    c = _article("c", "公司计划今年年底前把门店扩大到1000家，目前已有620家。", date="2025-07-03")
    d = _article("d", "年底前，另一家公司的会员人数预计达到80万。", date="2025-07-03")
    rows = [e for e in _run(a, b, c, d).events if e.date.startswith("2025-12")]
    merged = [e for e in rows if e.also]
    assert len(merged) == 1 and {merged[0].article} | {c.article for c in merged[0].also} == {"a", "b", "c"}, rows
    assert any(e.article == "d" and not e.also for e in rows), rows  # another figure: another event


def test_two_figures_in_common_are_one_rule_and_one_past_count_is_not_enough():
    a = _article("a", "另外从2028年起，公交月票的价格由60元分步提高到90元。", date="2025-07-01")
    b = _article("b", "有市民在论坛吐槽：2028年起月票要从60块涨到90块，学生怎么办。", date="2025-07-02")
    c = _article("c", "我去年8月一天能卖450斤桃子。", date="2025-07-02")
    d = _article("d", "合作社记录显示，去年8月冷库日均进货450斤。", date="2025-07-03")
    events = _run(a, b, c, d).events
    rule = [e for e in events if e.date == "2028"]
    assert len(rule) == 1 and {rule[0].article} | {x.article for x in rule[0].also} == {"a", "b"}, rule
    past = [e for e in events if e.date == "2024-08"]
    assert len(past) == 2 and not any(e.also for e in past), past  # two people's counts of one month
