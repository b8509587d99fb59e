"""A timeline an editor can trust: a merged entry is led by its most reportorial source (never by
hearsay or a chat line when another source reports it); one act of one day (passed, taking effect)
is one entry however each source words it, two titled acts stay two; a day a decision sets for a
text to take effect is no forecast; "上周" is a week, not its Monday; a message about the venue
it is posted in (a group's notice, "大家有空看看…") is no event. On articles written for the test
in several forms (a chat export, a forum thread in traditional script, a wire story, an official
notice with numbered articles, a podcast transcript), on topics unlike the corpora (a ferry line,
a city library, a wetland reserve, a tea market)."""

from __future__ import annotations

from generator.render.briefing import shown_date
from tests.test_index import _article, _run


def _sources(e):
    return {e.article} | {c.article for c in e.also}


def test_hearsay_in_a_chat_never_leads_an_entry_an_outlet_reports():
    chat = _article("chat", "老周：现在才四百个泊位，听说年底要建到一千二百个，到时候码头更挤了。\n\n"
                            "阿梅：真的假的，我不信。", date="2025-06-02", title="渡口群聊天记录")
    forum = _article("forum", "樓主：聽說年底前碼頭泊位會增加到1200個，有人知道嗎？\n\n"
                              "我住碼頭附近，每天都排長隊。", script="zh-Hant", date="2025-06-03")
    wire = _article("wire", "据新华社报道，海湾渡轮公司宣布，年底前将把码头泊位增加到1200个，新泊位覆盖东岛和南岛。",
                    date="2025-06-04")
    rows = [e for e in _run(chat, forum, wire).events if e.date.startswith("2025-12")]
    merged = [e for e in rows if e.also]
    assert len(merged) == 1, rows
    assert merged[0].article == "wire", merged  # the outlet's report leads, the chat line is cited after
    assert "chat" in _sources(merged[0]), merged


def test_a_thread_line_in_spoken_cantonese_yields_to_an_outlets_report():
    thread = _article("thread", "#5 碼頭佬\n\n而家得四百幾個泊位，聽講年尾會加到1200個喺東島同南島。", script="zh-Hant",
                      date="2025-06-02")
    talk = _article("talk", "嘉宾：我听人讲年底泊位要加到一千二百个。", date="2025-06-03")
    wire = _article("wire", "海湾渡轮公司6月4日宣布，年底前码头泊位将增加到1200个。", date="2025-06-05")
    rows = [e for e in _run(thread, talk, wire).events if e.date.startswith("2025-12") and e.also]
    assert rows and rows[0].article == "wire", rows


def test_a_first_person_line_leads_when_no_source_reports_otherwise():
    a = _article("a", "主持人：我上周三去了新开的湿地公园，候鸟已经回来了。\n\n嘉宾：我也看到了。", date="2025-11-10")
    b = _article("b", "我听朋友说湿地公园的候鸟回来了，周末去看看。", date="2025-11-11")
    for e in _run(a, b).events:
        if e.also:  # whatever merged, a hearsay line never leads over a first-hand one
            assert "听朋友说" not in e.text, e


def test_a_day_a_decision_sets_for_a_text_to_take_effect_is_no_forecast():
    notice = _article("gov", "市图书馆管理办法\n\n"
                             "第一条 自2026年3月1日起，市民凭身份证即可免费办理借书证。\n\n"
                             "第九条 本办法自2026年3月1日起施行。", date="2025-12-20")
    trad = _article("tw", "新制將於2026年3月1日起正式實施，屆時逾期罰款取消。", script="zh-Hant", date="2025-12-21")
    guess = _article("blog", "有人估计新规预计2026年6月1日起施行，但文件还没出来。", date="2025-12-22")
    events = _run(notice, trad, guess).events
    start = [e for e in events if e.date == "2026-03-01"]
    assert start and not any(e.forecast for e in start), start
    assert all(e.forecast for e in events if e.date == "2026-06-01"), events  # an expected day stays a forecast


def test_one_start_day_told_three_ways_is_one_entry_led_by_the_act():
    notice = _article("gov", "湿地保护条例\n\n"
                             "第一条 从2026年1月1日起，保护区核心区全年禁止垂钓和放牧。\n\n"
                             "五、本条例自2026年1月1日起施行。", date="2025-11-28")
    forum = _article("forum", "#1 觀鳥阿宏\n\n明年1月1日就開始實施了，以後週末去不了核心區。", script="zh-Hant",
                     date="2025-11-29")
    report = _article("report", "舆情简报：网民关注保护区新规，部分钓友表示不满，称新规明年1月1日起施行后将另找钓点。",
                      date="2025-11-30")
    rows = [e for e in _run(notice, forum, report).events if e.date == "2026-01-01"]
    assert len(rows) == 1, rows
    assert _sources(rows[0]) == {"gov", "forum", "report"}, rows
    assert rows[0].article == "gov", rows  # the body's own text leads, not the forum line


def test_one_act_passed_on_one_day_is_one_entry_and_two_titled_acts_are_two():
    a = _article("a", "市人大常委会今天表决通过了茶叶市场管理的决定，市场将统一挂牌。", date="2025-09-13")
    b = _article("b", "9月13日下午，该决定经常委会会议审议通过并于当晚全文公布。", date="2025-09-14")
    c = _article("c", "这项决定草案本周三才提请审议，9月13日即获通过，速度之快出乎茶商意料。", date="2025-09-15")
    rows = [e for e in _run(a, b, c).events if e.date == "2025-09-13"]
    assert len(rows) == 1 and _sources(rows[0]) == {"a", "b", "c"}, rows

    d = _article("d", "3月2日，省人大常委会表决通过《渡轮安全条例》。", date="2025-03-05")
    e = _article("e", "3月2日，省人大常委会还表决通过了《古籍保护条例》，明年起施行。", date="2025-03-06")
    rows = [x for x in _run(d, e).events if x.date == "2025-03-02"]
    assert len(rows) == 2, rows  # two titled acts of one sitting: two entries


def test_last_week_is_a_week_not_its_monday():
    post = _article("lihkg", "上星期佢哋喺碼頭試咗新渡輪，搭咗半個鐘就到東島。", script="zh-Hant", date="2025-07-10")
    rows = [e for e in _run(post).events if e.article == "lihkg"]
    assert rows and rows[0].precision == "week" and rows[0].date == "2025-06-30", rows
    assert shown_date(rows[0]) == "2025-06-30—07-06", shown_date(rows[0])


def test_the_venues_own_business_is_no_event_but_news_relayed_to_it_is():
    chat = _article("chat", "群主老何：【群公告】本群禁止发广告，违者踢出。\n\n"
                            "群主老何：这个大家有空看看，有意见可以提，截止到本月底。\n\n"
                            "小林：大家注意，明天上午东岛渡口因大风停航一天。", date="2025-08-12")
    texts = [e.text for e in _run(chat).events]
    assert not any("有意见可以提" in t for t in texts), texts
    assert any("停航" in t for t in texts), texts
