"""Figures written the way people write them outside a newsroom's style book: a four-digit count
("1,035" without its separator: 1035架), tenths in Arabic digits ("约3到4成"), a fraction in words
("不到首日的十分之一"), a span around 个 ("三个多小时", "一个小时以上"), hundreds in words ("一百架",
"二百几杯"), cups (杯), spoken money ("加价800块转让", "十几块钱") and a change in points ("涨了5个点").
Each is read with its qualifier as written, in three forms on topics unlike the default corpus
(a news report on a ferry line, a forum thread about a noodle shop, a traditional-script article
on a book fair); sayings and counts of things stay out ("一千个读者…", "3块屏幕", "一成不变")."""

from __future__ import annotations

from tests.test_index import _article, _run

NEWS = "\n\n".join([
    "本报讯 东湖轮渡公司昨日宣布，新航线开通首月累计运送乘客达4270人次，公司已累计获得12家旅行社的1035张团体订单。",
    "不少乘客提前三个多小时就来到码头排队，首班船的船票开售不到一个小时即告售罄。",
    "公司负责人表示，目前船队的国产化比例约仅3到4成，计划三年内把船队扩充到一百艘以上。",
    "据介绍，新航线的单程票价比旧航线便宜约1到2成，节假日客流是平时的三分之二左右。",
])

FORUM = "\n\n".join([
    "楼主：巷口那家面馆昨天开业，一天卖了二百几碗，老板说比平时多一倍。",
    "2楼：我排了整整一个小时以上才吃到，外卖基本要等一个多小时。",
    "3楼：有人在群里加价80块转让排号，十几块钱的面不值得这么折腾。",
    "4楼：今天去已经冷清了，日销量降到60碗左右，不到开业首日的十分之一。",
    "5楼：老板说店里新装了3块屏幕点单，一千个食客就有一千种口味，一成不变的菜单留不住人。",
])

TRAD = "\n\n".join([
    "今年書展首日入場人次突破5萬，主辦單位表示，熱門攤位首日賣出300多杯特調咖啡，比平時多出一倍有多。",
    "出版社股價上周五漲了5個點，業者估計展期內銷售額約僅3到4成來自新書。",
    "一位攤主說：「第一日賣咗二百幾杯，但第二日已經少咗一半。」",
])


def _shown(f):
    return f"{f.value}{f.unit}{f.after}"


def _figures(slug, body, script="zh-Hans", title="t"):
    return _run(_article(slug, body, script=script, title=title, date="2026-05-02")).figures


def test_a_news_report_keeps_four_digit_counts_tenths_and_spans_as_written():
    shown = {_shown(f) for f in _figures("ferry", NEWS, title="东湖新航线开通首月")}
    assert "1035张" in shown, shown  # a count of four digits that is no year
    assert "三个多小时" in shown, shown  # not "三个多" (a count of nothing)
    assert "不到一个小时" in shown, shown
    assert "约仅3到4成" in shown, shown  # both qualifiers, the range kept whole
    assert "一百艘以上" in shown, shown
    assert "约1到2成" in shown, shown
    assert any(s.startswith("三分之二") for s in shown), shown


def test_a_forum_thread_reads_spoken_money_cups_and_fractions():
    figs = _figures("noodles", FORUM, title="巷口面馆开业")
    shown = {_shown(f) for f in figs}
    assert "80块" in shown, shown  # spoken money, in yuan
    assert "十几块钱" in shown, shown
    assert "一个小时以上" in shown and "一个多小时" in shown, shown
    assert "不到十分之一" in shown, shown
    money = [f for f in figs if f.unit in ("块", "块钱")]
    assert all(f.kind == "money" for f in money), [(f.value, f.kind) for f in money]
    # things counted in 块 and sayings are no figures
    assert not any(f.unit.startswith("块") and f.value == "3" for f in figs), shown
    assert not any(f.value.startswith("一千") for f in figs), shown
    assert not any(f.unit == "成" and "一" in f.value for f in figs), shown


def test_a_traditional_script_article_reads_cups_points_and_hundreds_in_words():
    figs = _figures("fair", TRAD, script="zh-Hant", title="書展首日")
    shown = {_shown(f) for f in figs}
    assert "300多杯" in shown, shown
    assert "二百幾杯" in shown, shown  # as the article writes it, in its own script
    assert "約僅3到4成" in shown, shown
    points = [f for f in figs if f.unit == "個點"]
    assert points and points[0].kind == "percent", [(f.value, f.unit, f.kind) for f in figs]
    assert any(s.startswith("一倍") for s in shown), shown


def test_a_year_before_a_count_word_stays_a_year():
    shown = {_shown(f) for f in _figures("tax", "2024个人所得税的起征点没有变，2023款车型降价了。")}
    assert not any(s.startswith("2024") or s.startswith("2023") for s in shown), shown


NOTICE = "\n\n".join([
    "关于规范学生午餐供应标准的通知",
    "各学校：每份午餐的肉类不少于125克，蔬菜不低于200克，单价均不超过15元。",
    "每个就餐区的面积不小于30平方米，每桌人数不多于8人。",
])
QA = "\n\n".join([
    "问：新规对食堂有什么要求？",
    "答：按照新规，每份午餐的肉类不少于125克，每桌人数不多于8人，供应商也不得少于3家。",
])
TRAD_NOTICE = "每份午餐的肉類不少於125克，每桌人數不多於8人，就餐區面積不小於30平方米。"


def test_a_negated_bound_is_never_flipped_in_any_form():
    for slug, body, script in (("notice", NOTICE, "zh-Hans"), ("qa", QA, "zh-Hans"),
                               ("trad", TRAD_NOTICE, "zh-Hant")):
        figs = _figures(slug, body, script=script, title="午餐标准")
        by = {_shown(f): f for f in figs}
        at_least = [f for s, f in by.items() if s.endswith("125克")]
        assert at_least and at_least[0].value[:3] in ("不少于", "不少於"), (slug, list(by))
        assert at_least[0].low is not None and at_least[0].low >= 125 - 1e-9, (slug, at_least[0].low)
        at_most = [f for s, f in by.items() if s.endswith("8人")]
        assert at_most and at_most[0].value[:3] in ("不多于", "不多於"), (slug, list(by))
        assert at_most[0].high is not None and at_most[0].high <= 8 + 1e-9, (slug, at_most[0].high)


def test_a_figure_in_a_run_of_linked_headlines_is_no_key_figure():
    from generator.render.figures import digest_figures

    body = "\n\n".join([
        "东湖轮渡公司新航线开通首月运送乘客4270人次，票价比旧航线便宜约1到2成。",
        "·东湖新航线开通首月客流超预期·五一假期全市接待游客2.74亿人次·今夏景区客流预计恢复至往年水平",
    ])
    figs = _figures("links", body, title="东湖新航线开通首月")
    keys = {_shown(f) for f in digest_figures(figs)}
    assert "4270人次" in keys, keys
    assert not any("2.74" in k for k in keys), keys


def test_ranges_in_words_spans_in_ten_thousands_and_list_items_read_right():
    forms = [
        ("news", "zh-Hans", "新航线带动了沿湖12个乡镇的200多家民宿、近2万人参与其中，公司计划在三到五年内实现盈利，"
                            "首年计划运行约1.2万小时。据本报不完全统计，票价从15元到40元不等。"),
        ("forum", "zh-Hans", "楼主：轮渡这两天火了，听说带动了200多家民宿、近2万人参与其中，三到五年内就能盈利，"
                             "首年要跑约1.2万小时。"),
        ("trad", "zh-Hant", "新航線帶動了沿湖200多家民宿、近2萬人參與其中，公司計劃在三到五年內實現盈利，首年計劃運行約1.2萬小時。"),
    ]
    for slug, script, body in forms:
        figs = _figures(slug, body, script=script, title="东湖新航线")
        by = {_shown(f): f for f in figs}
        assert any(s.startswith("三到五") for s in by), (slug, list(by))  # the range whole, not 五年
        span = [f for s, f in by.items() if s.startswith("三到五")][0]
        assert span.range and span.low == 3 * 31536000 and span.high == 5 * 31536000, (span.low, span.high)
        assert any(s.endswith(("1.2万小时", "1.2萬小時")) for s in by), (slug, list(by))
        people = [f for s, f in by.items() if s.startswith(("近2万", "近2萬"))]
        assert people and "民宿" not in people[0].what, (slug, people[0].what)  # the other item's noun
    news = {_shown(f): f for f in _figures("news2", forms[0][2], title="东湖新航线")}
    assert news["15元到40元"].source == "本报", news["15元到40元"].source
    forum = _figures("forum2", forms[1][2], title="东湖新航线")
    assert all(f.trivia for f in forum if _shown(f) == "两天"), [(_shown(f), f.trivia) for f in forum]


def test_a_forums_header_counters_are_no_key_figures():
    body = "湖畔吧　关注：152万　贴子：986万　签到\n\n楼主：东湖新航线开通后，码头附近的民宿入住率提高了三成以上。"
    figs = _figures("hdr", body, title="东湖新航线")
    counted = {_shown(f): f.trivia for f in figs}
    assert counted.get("152万") == "counter" and counted.get("986万") == "counter", counted
    assert "三成以上" in counted and not counted["三成以上"], counted


def test_a_large_count_said_again_is_listed_once_small_ones_are_not_merged():
    forms = [
        ("news", "zh-Hans", ["东湖轮渡新航线开通首月运送乘客4270人次，票价比旧航线便宜约1到2成。",
                             "公司负责人在发布会上说，首月4270人次的客流超出了预期，下月将加开班次。",
                             "码头新增了3家便利店，方便候船的乘客购物。",
                             "附近的古镇上另有3家民宿开业，主打湖景房。"]),
        ("forum", "zh-Hans", ["楼主：新航线首月拉了4270人次，挺厉害。",
                              "2楼：4270人次还不够，周末船票照样抢不到，得加船。"]),
        ("trad", "zh-Hant", ["東湖渡輪新航線開通首月運送乘客4270人次。",
                             "業者表示，首月4270人次的客流超出預期，下月將加開班次。"]),
    ]
    for slug, script, paras in forms:
        figs = _figures(slug, "\n\n".join(paras), script=script, title="东湖新航线")
        big = [f for f in figs if _shown(f) == "4270人次"]
        assert len(big) == 1 and big[0].also, (slug, [(_shown(f), f.paragraph, f.also) for f in figs])
    news = _figures("news3", "\n\n".join(forms[0][2]), title="东湖新航线")
    assert len([f for f in news if _shown(f) == "3家"]) == 2, [(_shown(f), f.paragraph) for f in news]
