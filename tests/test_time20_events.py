"""Timeline rows a reader expects from statistics, records and news flashes, on synthetic articles
(a city's tourism bureau, a fruit wholesale market, a ferry operator's channel; topics no corpus has):

* a month its figure is of ("9月客流同比增长12%", "8月鲜果批发量3.2万吨") is a dated statement of
  that month, listed beside the day the figure was published; a sum of months ("1—9月") is not;
* a time a record is counted from ("创2009年以来最高", "近五年最低") dates no row: nothing
  happened then; "今年以来…" (this year so far) is a row of this year;
* a channel's news flash posted under its stamp ("轮渡快讯：…宣布…") is that day's news; a
  member's remark with a figure posted in the same thread is not;
* a span back in Chinese numerals ("二十年前", "十多年前") dates its year; a cut-off day
  ("截至3日，…") or the day a wait ended ("直到3日才…") is a day, a span's second end is not;
  a span back with the exact date beside it ("二十多年前——2010年5月1日") is that date alone;
* a dated act the sentence reports as done ("11月14日发布的数据显示", "已于…召开") is no forecast,
  even dated after its page (a page's date can lag its text); "将于…发布" still is;
* a time followed by a word that starts with 电 ("本周电话响个不停", "3月30日电价上调") is no wire's
  dateline ("北京3月30日电"): its row stays;
* a year a story recalls ("2019年那次停航也是这样") is a row of that year;
* "年内" is within this year; "元旦前后天天满房" is about New Year's Day, not "后天" (the day
  after tomorrow); "通知是19号发的" is a day, "2号出口" is not.
"""

from __future__ import annotations

from tests.test_index import _article, _run


def _dated(analysis, words):
    return [(e.date, e.precision) for e in analysis.events
            if words in e.text or any(words in c.text for c in e.also)]


def test_a_month_its_figure_is_of_is_listed_beside_the_day_it_was_published():
    report = _article("tour", "临江文旅简报\n\n"
                              "市文旅局10月12日公布，9月全市接待游客同比增长12%，其中外地游客占六成。\n\n"
                              "果品批发市场的数据显示，8月鲜果批发量3.2万吨，环比下降一成。\n\n"
                              "1—9月全市旅游收入累计增长8%。", date="2031-10-15")
    an = _run(report)
    assert ("2031-10-12", "day") in _dated(an, "市文旅局"), an.events
    assert ("2031-09", "month") in _dated(an, "接待游客"), an.events  # both dates of the paragraph
    assert ("2031-08", "month") in _dated(an, "批发量"), an.events
    assert not any(d.startswith("2031-09") for d, _ in _dated(an, "旅游收入")), an.events  # a sum of months


def test_a_record_span_dates_no_row_and_this_year_so_far_is_a_year():
    market = _article("fruit", "鲜果市场周报\n\n"
                               "本周荔枝批发价跌至每公斤9元，创2009年以来最低水平。\n\n"
                               "库存量则为近五年新高，商户压力不小。\n\n"
                               "今年以来，市场新增冷库12座，总库容翻了一番。", date="2031-06-20")
    an = _run(market)
    years = [e.date for e in an.events]
    assert not any(d.startswith("2009") for d in years), an.events  # the record's span, not an event
    assert not any(d.startswith("2026") for d in years), an.events  # "近五年新高": no row in 2026
    assert ("2031", "year") in _dated(an, "冷库"), an.events


def test_a_channel_flash_is_news_of_its_stamp_and_a_members_remark_is_not():
    thread = _article("ferry", "轮渡快讯频道\n\n"
                               "### 1楼　轮渡快讯　2031-03-04 08:10\n\n"
                               "【快讯】港务局记者会：南湾轮渡公司宣布，北线航班自即日起加密至每小时一班。\n\n"
                               "### 2楼　轮渡快讯　2031-03-06 17:40\n\n"
                               "收市：南湾轮渡股价收涨6.2%，报18.4元。\n\n"
                               "### 3楼　阿杰　2031-03-06 18:02\n\n"
                               "我觉得收涨6.2%都不算多啦，早该加密航班。", date="2031-03-07")
    an = _run(thread)
    assert ("2031-03-04", "day") in _dated(an, "加密至每小时一班"), an.events
    assert ("2031-03-06", "day") in _dated(an, "收涨6.2%，报18.4元"), an.events
    assert not _dated(an, "不算多"), an.events  # a remark posted that day is no news of it


def test_a_date_s_clause_ending_on_what_data_show_reads_on():
    brief = _article("stats", "统计快报\n\n"
                              "市统计局11月14日发布的数据显示，10月社会消费品零售总额同比增长5%。", date="2031-11-15")
    an = _run(brief)
    day = [e.text for e in an.events if e.date == "2031-11-14"]
    assert day and "零售总额" in day[0], an.events  # not "…发布的数据显示" alone
    assert ("2031-10", "month") in _dated(an, "零售总额"), an.events


def test_an_act_reported_as_done_is_no_forecast_whatever_the_page_date():
    page = _article("stats2", "统计快报\n\n"
                              "市统计局11月14日发布的数据显示，10月社会消费品零售总额同比增长5%。\n\n"
                              "市统计局将于11月20日发布三季度就业数据。", date="2031-11-12")
    an = _run(page)
    done = [e for e in an.events if e.date == "2031-11-14"]
    assert done and not any(e.forecast for e in done), an.events
    ahead = [e for e in an.events if e.date == "2031-11-20"]
    assert ahead and all(e.forecast for e in ahead), an.events


def test_spans_back_in_numerals_and_cut_off_days():
    story = _article("dock", "老码头的变迁\n\n"
                             "二十年前，这里还是全市最大的木材码头。\n\n"
                             "十多年前起陆续有物流公司把仓库迁到这里。\n\n"
                             "港务部门表示，截至3日，受台风影响滞港的货轮已有40余艘；部分船员直到2日才全部上岸。\n\n"
                             "5月1日至4日，码头暂停作业。\n\n"
                             "码头的故事要追溯到二十多年前——2010年5月1日，第一艘货轮在这里靠岸。", date="2031-05-05")
    an = _run(story)
    assert ("2011", "approximate") in _dated(an, "木材码头"), an.events
    assert ("2021", "approximate") in _dated(an, "物流公司"), an.events
    assert ("2031-05-03", "day") in _dated(an, "滞港"), an.events
    assert ("2031-05-02", "day") in _dated(an, "全部上岸"), an.events
    # "至4日" ends the span of the 1st: the span was over when written, so its end dates it too
    # (test_time24_spans), and nothing else is dated the 4th
    assert sorted(e.date for e in an.events if e.date == "2031-05-04" or "暂停作业" in e.text) \
        == ["2031-05-01", "2031-05-04"], an.events
    assert _dated(an, "第一艘货轮") == [("2010-05-01", "day")], an.events  # not also "二十多年前" (2011)



def test_within_the_year_a_holiday_s_days_and_a_day_said_with_hao():
    chat = _article("inn", "民宿老板访谈\n\n"
                           "老板说，元旦前后天天满房，房价翻了一倍。\n\n"
                           "街道的整改通知是19号发的，2号出口那边的摊位都撤了。\n\n"
                           "市里的民宿管理办法预计年内出台，半年内完成备案，未来数年内逐步推开。", date="2032-01-24")
    an = _run(chat)
    assert _dated(an, "天天满房") == [("2032-01-01", "approximate")], an.events  # not 2032-01-26
    assert ("2032-01-19", "day") in _dated(an, "整改通知"), an.events
    assert not any(e.date == "2032-01-02" for e in an.events), an.events
    assert _dated(an, "管理办法") == [("2032", "year")], an.events  # "半年内", "数年内": spans, no dates


def test_a_year_a_story_recalls_is_a_row():
    talk = _article("ferry2", "渡口闲谈\n\n"
                              "老船工说2019年那次停航也是这样，码头上挤满了等船的人。", date="2031-07-02")
    an = _run(talk)
    assert ("2019", "year") in _dated(an, "停航"), an.events


def test_a_word_starting_with_dian_after_a_time_is_no_dateline():
    shop = _article("phone", "旅行社热线\n\n"
                             "旅行社经理说，本周电话响个不停，很多人来问山西线路。\n\n"
                             "8月20日电价上调一成，商户叫苦。\n\n"
                             "新华社太原8月21日电　山西文旅厅发布古建游览指引。", date="2031-08-22")
    an = _run(shop)
    assert ("2031-08-18", "week") in _dated(an, "电话响个不停"), an.events
    assert ("2031-08-20", "day") in _dated(an, "电价上调"), an.events
    assert not any(e.date == "2031-08-21" for e in an.events), an.events  # a wire's dateline: the report's date


def test_a_span_of_days_is_no_day_of_the_month():
    """"新规将于30日后生效" is thirty days after the rule's day, "开售首17日" the first seventeen days: neither the
    30th nor the 17th of the month (a wire's "25日说", "将于30日举行" still are)."""
    from generator.analyse.datepatterns import _BARE_DAY

    for text in ("新规将于30日后生效", "新機開售首17日的銷量下跌4.5%", "截至5日后再统计"):
        assert not _BARE_DAY.search(text), text
    for text in ("外交部发言人汪文斌25日说", "听证会将于30日举行", "截至1日，已接获报案"):
        assert _BARE_DAY.search(text), text
