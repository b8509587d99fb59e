"""Timeline rows a reader can trust (issue 14): a month said in the future in a talk ("到9月份会投产")
is this year's and a forecast, never last year's; a day that starts a stretch ("开园以后，网上出现…")
is no disagreement with another outlet's later day in it; a wait counted from any day ("今天下单明天
就到"), the speaker's own errand ("我上周去杭州开会…") and a host's patter are no rows; a quarter
shows as its three months, never as a day or a month. On articles written for the test in several
forms (a video's subtitles as turns, a forum thread in traditional script, a Q&A interview, a wire
story, a company's answers to investors), on topics unlike the corpora (a theme park, a ferry
line, a tea market, a bakery chain, a solar plant)."""

from __future__ import annotations

from generator.render.briefing import shown_date
from tests.test_index import _article, _run


def _rows(analysis, word):
    return [e for e in analysis.events if word in e.text]


# -- 1. a month ahead said in the future tense is this year's --------------------------------------

def test_a_month_a_talk_looks_ahead_to_is_this_years_and_a_forecast():
    talk = _article("talk", "李明（主持人）：大家好，今天我们在新建的光伏电站。\n\n"
                            "王工：现在只有一期在发电，到9月份会开二期并网，发电量会翻一番。\n\n"
                            "李明：好的，谢谢王工。", date="2025-04-12")
    rows = _rows(_run(talk), "二期并网")
    assert [e.date for e in rows] == ["2025-09"], rows
    assert rows[0].forecast, rows


def test_a_thread_and_an_interview_say_the_coming_months_too():
    thread = _article("thread", "#3 茶友阿德\n\n新茶廠還在試產，聽老闆說10月份就要正式出貨了，價格應該會降一點。",
                      script="zh-Hant", date="2025-05-20")
    qa = _article("qa", "问：新航线什么时候开？\n\n答：码头还在改造，等到8月份再开通新航线，现在票务系统也在调试。",
                  date="2025-03-02")
    rows = _rows(_run(thread), "出貨") + _rows(_run(qa), "新航线")
    assert sorted(e.date for e in rows) == ["2025-08", "2025-10"], rows


def test_a_month_past_said_as_done_stays_last_years():
    wire = _article("wire", "渡轮公司表示，12月的客流是全年最低的，公司已经调整了冬季班次。", date="2025-03-02")
    assert [e.date for e in _rows(_run(wire), "客流")] == ["2024-12"]


# -- 2. a stretch from a day is no disagreement with a later day in it ------------------------------

def test_what_followed_an_opening_day_is_not_a_second_date_for_it():
    video = _article("video", "主持人：还有一个话题，5月1日乐园开园以后，网上出现了好几段排队视频。\n\n"
                              "嘉宾：排队的问题我们也注意到了。", date="2025-05-20")
    wire = _article("wire", "开园首周网上流传多段排队视频，其中一段拍摄于开园次日的5月2日，游客在过山车前排队超过三小时。",
                    date="2025-05-15")
    rows = [e for e in _run(video, wire).events if e.date.startswith("2025-05-0")]
    assert not any(e.disputed for e in rows), [(e.date, e.text, e.disputed) for e in rows]
    assert {"2025-05-01", "2025-05-02"} <= {e.date for e in rows}, rows


def test_two_outlets_giving_two_days_for_one_opening_still_disagree():
    a = _article("a", "星海乐园5月1日正式开园，首日接待游客两万人次。", date="2025-05-03")
    b = _article("b", "星海乐园于5月2日正式开园，首日接待游客两万人次。", date="2025-05-04")
    rows = [e for e in _run(a, b).events if e.date in ("2025-05-01", "2025-05-02")]
    assert any(e.disputed for e in rows), rows


# -- 3. no trivia rows -------------------------------------------------------------------------------

def test_a_hosts_patter_in_a_video_is_no_row_when_the_host_was_introduced_with_a_role():
    video = _article("video", "李明（主持人）：大家好我是李明，今天我们来试一台新的电动渡轮，船长也在。\n\n"
                              "赵船长：大家好，我负责这条航线。\n\n"
                              "李明：三二一出发，哇这个加速，考虑到今天的风浪，这个成绩很不错。\n\n"
                              "赵船长：这条船的电池容量是两千千瓦时，充满要两个小时。\n\n"
                              "李明：好了以上就是今天的试航。", date="2025-06-01")
    texts = [e.text for e in _run(video).events]
    assert not any("三二一" in t or "以上就是" in t for t in texts), texts


def test_a_wait_counted_from_any_day_is_no_row():
    for body in ("主播：对比一下，隔壁品牌有现货，今天下单明天就到，这家你得等三个月。",
                 "#2 烘焙控\n\n那家麵包店現在是預約制，今天下單下週才能拿到，排隊的人太多了。"):
        art = _article("a", body, script="zh-Hant" if "麵包" in body else "zh-Hans", date="2025-07-08")
        assert not _run(art).events, [(e.date, e.text) for e in _run(art).events]


def test_the_speakers_own_errand_is_no_row_but_what_a_company_did_is():
    thread = _article("thread", "#7 茶客\n\n我上週去杭州開會順便逛了茶博會，龍井新茶的價格比去年低了兩成左右。",
                      script="zh-Hant", date="2025-04-21")
    talk = _article("talk", "嘉宾：我前几天去成都出差，在机场试了一下新品，口感比上一代好很多，老顾客应该会喜欢。",
                    date="2025-04-21")
    # a trip made for the topic is what the speaker found there: a row of that day
    shopper = _article("shopper", "网友：我昨天跑了4家茶叶店都说新茶断货了，只能等下周。", date="2025-04-21")
    wire = _article("wire", "记者获悉，茶业集团上周在杭州举办了新茶发布会，龙井新茶价格同比下降两成。", date="2025-04-21")
    assert not _run(thread).events and not _run(talk).events
    assert _rows(_run(wire), "发布会"), _run(wire).events
    assert [e.date for e in _rows(_run(shopper), "断货")] == ["2025-04-20"], _run(shopper).events


# -- 4. a quarter is shown as its quarter --------------------------------------------------------------

def test_a_quarter_is_shown_as_its_three_months():
    answers = _article("ir", "投资者：请问公司一季度业绩如何？\n\n"
                             "公司答复：您好，公司2025年一季度实现营业收入12.6亿元，同比增长9.1%。\n\n"
                             "投资者：三季度新工厂能否投产？\n\n"
                             "公司答复：新工厂预计于2025年第三季度投产，感谢关注。", date="2025-05-10")
    wire = _article("wire", "面包连锁今年一季度新开门店120家，门店总数达到1500家。", date="2025-04-30")
    shown = {e.text[:8]: shown_date(e) for e in _run(answers).events + _run(wire).events}
    assert "2025-01—03" in shown.values() and "2025-07—09" in shown.values(), shown
    assert not any(v in ("2025-02", "2025-08") for v in shown.values()), shown
