"""Round-2 timeline and key-figure merges (issue 14, properties 2 and 4): a merge needs the same
measured thing of the same owner, or the same act told by the same giver. Synthetic forms on topics
unlike the development corpora: a port's wire dispatch, a school-board forum thread, a museum's
visitor log table, a beekeepers' newsletter."""

from generator.analyse.eventmerge import _givers, _same_act, _two_sources, merge_retold
from generator.analyse.model import Event, Figure
from generator.render.figures import _round, _round_apart


def _fig(value, unit, key, number, subject, article="a", low=None, high=None):
    return Figure(value=value, unit=unit, kind="percent", context=f"{subject}{value}{unit}", article=article,
                  paragraph="p1", number=number, key=key, subject=subject, what=subject, approximate=True,
                  low=low, high=high, dimension="percent")


def test_two_round_shares_of_two_owners_stay_two_facts():
    # a wire dispatch: a port's container share; a newsletter: another year's hive losses share
    a = _fig("超过七", "成", "七成", 7.0, "集装箱吞吐", "wire", 70.0, 105.0)
    b = _fig("近八", "成", "八成", 8.0, "集装箱", "letter", 60.0, 80.0)
    assert a.same_fact(b)  # bounds overlap and one owner's name holds the other's
    assert _round_apart(a, b)  # ...but two round values written differently are no evidence of one fact


def test_round_values_of_one_owner_or_one_writing_still_merge():
    # a forum thread and a museum's log both say "近九成" of 预约观众: one writing, one fact
    a = _fig("近九", "成", "九成", 9.0, "预约观众", "forum", 80.0, 90.0)
    b = _fig("约九", "成", "九成", 9.0, "预约观众", "log", 85.0, 95.0)
    assert not _round_apart(a, b)
    # different writings of one owner written alike ("超过六成" and "近七成" of 蜂群越冬存活): judged as before
    c = _fig("超过六", "成", "六成", 6.0, "蜂群越冬存活", "x", 60.0, 90.0)
    d = _fig("近七", "成", "七成", 7.0, "蜂群越冬存活", "y", 60.0, 70.0)
    assert not _round_apart(c, d)


def test_a_precise_value_is_never_round():
    for n, round_ in ((3010000.0, False), (744.8, False), (125000.0, False), (3000000.0, True), (8.0, True)):
        f = _fig("x", "", "k", n, "s")
        assert _round(f) is round_, n


def test_two_named_givers_are_two_acts():
    # wire dispatch: a ministry's statement; portal post: a county office's count; same day, shared words
    wire = "交通运输部3日表示，沿海港口已进入台风应急状态，要求各港做好船舶疏散与人员撤离"
    post = "记者从临海县港务局获悉，截至9月3日8时，全县累计疏散船舶超过400艘，撤离人员约2000人"
    assert _two_sources(wire, post)
    # one body named in both (short and long forms): not two
    assert not _two_sources("临海县港务局3日通报，港区封闭", "据临海县港务局消息，港区3日封闭")
    # a forum line names no giver: the rule does not apply
    assert not _two_sources("楼主：听说港区3日封闭了", post)
    assert _givers(post) == {"临海县港务局"}


def _ev(text, article, paragraph="p1"):
    return Event("2031-09-03", True, text, article, paragraph, precision="day")


def test_rows_whose_own_clauses_share_nothing_rare_are_not_merged():
    # a museum's visitor log row and a newsletter's count share only their paragraphs' words
    row = _ev("东馆：日期 9月3日；时间 02:10；事件 地下库房渗水，文物转移至二层；记录人 陈某", "log", "t1")
    news = _ev("截至9月3日，全馆累计接待预约观众超过1.2万人次", "letter")
    words = {"渗水": 5.0, "文物": 5.0, "转移": 5.0, "库房": 5.0, "观众": 5.0, "预约": 5.0, "东馆": 5.0}
    assert not _same_act(row, news, words, words, 5.0)
    events, _, kept = merge_retold([row, news], [words, words], 5.0)
    assert len(events) == 2 and kept == [0, 1]


def test_one_act_retold_by_two_outlets_still_merges():
    a = _ev("蜂农协会9月3日宣布，全省暂停跨省转场放蜂", "wire")
    b = _ev("9月3日起暂停跨省转场放蜂，协会群里刚发的通知", "forum")
    words = {"暂停": 5.0, "跨省": 5.0, "转场": 5.0, "放蜂": 5.0}
    events, _, _ = merge_retold([a, b], [words, words], 5.0)
    assert len(events) == 1 and len(events[0].also) == 1


def test_a_lead_time_is_no_day():
    # a beekeepers' newsletter, a ferry operator's notice, a hiking forum: "提前一天/一日" says how long ahead
    from generator.analyse.datefind import resolve_dates

    for text in ("养蜂人说，如果能提前一天知道降温，蜂箱都能搬进棚里。",
                 "轮渡公司提前一日发布了停航公告。",
                 "楼主：建议提前一天到山脚的客栈住下，第二天早上五点出发。"):
        assert not [r for r in resolve_dates(text, "2031-05-10", 2031) if r.precision == "day"], text
    # "前一天" alone is still the day before
    assert [r.date for r in resolve_dates("前一天晚上，渔船已经全部回港。", "2031-05-10", 2031)] == ["2031-05-09"]


def test_two_counts_of_one_kind_are_two_acts():
    from generator.analyse.eventmerge import _two_counts

    # a county's total and a volunteer team's log row; a port's vessels and a company's; a museum's visitors
    assert _two_counts("截至9月3日，全县累计疏散群众超过3.4万人", "码头：日期 9月3日；事件 第一小组疏散居民86人")
    assert _two_counts("港区3日共有42艘货轮离港避风", "我们公司3日有5艘船离港")
    assert _two_counts("東館9月3日接待觀眾1.2萬人次", "西馆当天接待观众3000人次")
    # one count written in both (or counts of different things) does not part them
    assert not _two_counts("截至9月3日，全县累计疏散群众超过3.4万人", "全县3日疏散3.4万人，设安置点12个")
    assert not _two_counts("港区3日共有42艘货轮离港", "当天港区封闭，码头工人约300人撤离")
    words = {"疏散": 5.0, "群众": 5.0, "居民": 5.0}
    rows = [_ev("截至9月3日，全县累计疏散群众超过3.4万人", "wire"),
            _ev("码头：日期 9月3日；事件 第一小组疏散群众86人", "log", "t1")]
    assert len(merge_retold(rows, [words, words], 5.0)[0]) == 2
