"""Timeline dates resolved against the right anchor, one row per event in a sentence, no row from a
page's date stamp or an exhibit's caption. Each on a small synthetic article written for the test
(an invented bridge, city, court case and people)."""

from __future__ import annotations

from tests.test_index import _article, _run


def _events(*articles):
    return _run(*articles).events


def _dates(*articles):
    return {(e.paragraph, e.date) for e in _events(*articles)}


def test_an_earlier_written_year_does_not_carry_back_to_an_earlier_month():
    # a note of January 2026 tells the background ("2023年11月…") and then the news ("1月12日当天")
    a = _article("n", "南江大桥自2023年11月首次发现裂缝以来持续限行，维修方案几经修改。"
                      "1月12日当天大桥全面封闭，过江车流改走上游渡口，沿线交通未出现严重拥堵。",
                 date="2026-01-14")
    assert ("p1", "2026-01-12") in _dates(a), _dates(a)


def test_last_year_said_in_words_beats_a_year_written_before_in_the_paragraph():
    a = _article("c", "原告于2024年6月提起诉讼，案件历时19个月。法官又指，案件去年12月4日已获押后，"
                      "当时她已表明这是被告最后的机会。",
                 date="2026-01-20")
    assert ("p1", "2025-12-04") in _dates(a), _dates(a)


def test_a_hearing_put_off_to_a_month_is_a_forecast_of_that_month():
    a = _article("h", "另一边，同样陷入债务纠纷的东岭建工，其清算聆讯已押后至3月。", date="2026-01-20")
    ev = [e for e in _events(a) if e.date == "2026-03"]
    assert ev and ev[0].forecast, [(e.date, e.forecast) for e in _events(a)]


def test_yesterday_morning_is_a_day():
    a = _article("y", "南江建设股价昨早急跌逾两成，随后停牌。", date="2026-01-20")
    assert ("p1", "2026-01-19") in _dates(a), _dates(a)


def test_an_undated_post_dates_itself_by_its_stamp_and_the_stamp_is_no_event():
    a = _article("f", "2026-02-17 21:47 发布于南江 来自手机客户端\n\n"
                      "今天是春节假期最后一天，我去大桥工地外面转了一圈，塔吊还是停着的，围挡上的字都褪色了。\n\n"
                      "我2023年3月在南江买了大桥边的一套房，首付62万，每个月还6800元，到现在还了快三年，房子是什么样？")
    rows = _dates(a)
    assert not any(p == "p1" for p, _ in rows), rows  # the stamp dates the post, no event
    assert ("p2", "2026-02-17") in rows, rows  # 今天: the post's day
    assert not any(p == "p2" and d == "2026-02" for p, d in rows), rows  # one row, not two (春节假期 ⊃ 今天)
    assert ("p3", "2023-03") in rows, rows  # a question two clauses later does not hide the purchase


def test_an_exhibits_caption_dates_no_event():
    a = _article("t", "表1：部分大桥维修项目进展（截至2026年1月30日）\n\n1月28日，南江大桥维修工程正式开工。",
                 date="2026-01-31")
    rows = _dates(a)
    assert ("p2", "2026-01-28") in rows and not any(d == "2026-01-30" for _, d in rows), rows


def test_outlets_telling_one_month_in_their_own_words_are_one_row():
    # four outlets tell that the founder was detained "last September", each in its own words; a
    # fifth event of that month (a rival's bond default) stays its own row
    a = _article("a1", "背景：东岭建工创始人魏长青去年9月因涉嫌违法犯罪被依法采取强制措施，此后重组方案被搁置。"
                       "公司股价当天收跌三成。", date="2026-01-30")
    b = _article("a2", "东岭建工創辦人魏長青去年9月因涉嫌違法犯罪被採取強制措施，被視為轉捩點。", date="2026-01-30",
                 script="zh-Hant")
    c = _article("a3", "后续关注：创始人魏长青自2025年9月被依法采取强制措施，相关调查结果可能在未来数月公布。"
                       "分析师认为行业影响有限。", date="2026-01-31")
    d = _article("a4", "另一家房企南山置业去年9月首次出现美元债违约，债权人已经组成小组准备谈判。", date="2026-02-01")
    rows = [e for e in _events(a, b, c, d) if e.date == "2025-09"]
    assert len(rows) == 2, [(e.article, e.text) for e in rows]
    detained = [e for e in rows if "魏" in e.text][0]
    assert {detained.article} | {c.article for c in detained.also} == {"a1", "a2", "a3"}, detained


def test_late_in_a_month_and_that_month_are_one_row_when_they_tell_one_thing():
    a = _article("b1", "东岭建工的风险自2024年12月境外债首次违约以来持续暴露，销售早已大幅收缩。", date="2026-01-30")
    b = _article("b2", "分析师认为影响有限，因东岭建工问题自2024年底首次违约以来已逐步暴露，市场早已消化。",
                 date="2026-01-30")
    rows = [e for e in _events(a, b) if e.date == "2024-12"]
    assert len(rows) == 1 and len(rows[0].also) == 1, [(e.article, e.precision, e.text) for e in rows]


def test_a_hosts_today_is_the_broadcast_not_an_event_but_the_news_the_host_tells_is():
    body = "\n\n".join([
        "主持人：观众朋友晚安，欢迎收看《城市夜谈》。这礼拜一，南江大桥因为裂缝全面封闭。今天我们请到两位来宾，来跟大家聊聊这件事。",
        "来宾（南江大学教授周明远）：我认为封闭是对的，裂缝的宽度已经超过安全标准，继续通车风险太大。",
        "主持人：那么封闭会持续多久？",
        "来宾（城建研究院研究员吴佩琳）：维修至少需要半年，过江车流只能改走上游渡口，沿线商户的生意会受影响。",
        "主持人：好，今天非常谢谢两位来宾的分析，我们明天同一时间再见。",
    ])
    rows = _dates(_article("tv", body, title="《城市夜谈》逐字稿", date="2026-01-22"))  # a Thursday
    assert ("p1", "2026-01-19") in rows, rows  # 这礼拜一: the closure
    assert not any(d == "2026-01-22" for _, d in rows), rows  # no row for the broadcast's own today


def test_a_day_after_a_name_that_ends_like_a_quantity_word_is_still_a_day():
    # wire copy: "<person> 24日表示"; the name's last character (超, 达) is no "more than"
    a = _article("w", "南江市长王家超24日表示，大桥维修工程已经启动。维修将持续超3日。", date="2026-01-25")
    assert ("p1", "2026-01-24") in _dates(a), _dates(a)
    assert not any(d == "2026-01-03" for _, d in _dates(a))


def test_a_sentence_that_only_says_what_day_it_is_is_no_event():
    a = _article("n", "今天是农历腊月廿七，距离春节还有4天。\n\n"
                      "今天是大桥复工后的第一个工作日，过江车流明显增加，上游渡口的排队也缩短了。",
                 date="2026-02-10")
    rows = _dates(a)
    assert not any(p == "p1" for p, _ in rows), rows
    assert ("p2", "2026-02-10") in rows, rows
