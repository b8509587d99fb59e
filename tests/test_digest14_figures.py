"""A figure's label says what is counted in the sentence's own words, cut at word boundaries: never a
numeral's unit read as the label's start ("3天|花了" is no 天花), never a recurring term cut in two
("冷冻菜" written again and again, so not "菜市场规模"), never a bound suffix alone ("类产品"); the place
it is said of kept ("南方部分城市", "本地的"); the base of a comparison ("较去年同期") is not what grew;
a sector index is not the company named in another clause; two figures of one sentence are two facts;
a count written with its magnitude ("1.5万人次") is a count. Synthetic articles in several forms (a
forum thread, a trade newsletter, a traditional-script report, a stock brief, an official notice), on
topics unlike the development corpora."""

from __future__ import annotations

from tests.test_index import _article, _run


def _figures(slug, body, **kw):
    analysis = _run(_article(slug, body, **kw))
    return [f for f in analysis.figures if f.article == slug]


def _one(figures, value):
    found = [f for f in figures if f.value + f.unit == value or f.value == value]
    assert found, [(f.value + f.unit, f.what) for f in figures]
    return found[0]


FORUM = "\n\n".join([
    "求助：家里的老猫牙龈发炎，跑了三家宠物医院，要不要直接拔牙？",
    "楼主：上周带它去城西的宠物医院，挂了3天吊瓶花了1200多块，一点没好，医生又说要拔两颗牙。",
    "2楼：我家猫去年也拔过，全麻加拔牙一共2000多块，恢复了一周就能正常吃干粮了。",
    "3楼：别急着拔，先换一家医院看看，我们小区好几只猫都是吃了消炎药就好了。",
    "楼主：谢谢大家，明天再换一家医院看看。",
])

NEWSLETTER = "\n\n".join([
    "【冻品观察】冷冻菜走进写字楼食堂",
    "今年以来，冷冻菜在写字楼食堂和便利店的销量明显增加，不少团膳企业把冷冻菜当成降本的办法。",
    "据行业机构统计，2023年我国冷冻菜市场规模约900亿元，同比增长约18%。",
    "多家团膳企业表示，冷冻菜可以减少后厨人手，但也有食堂负责人担心冷冻菜口感不如现炒。",
    "其中速冻类产品营业收入占比约40%，调理类产品占比约25%。",
    "冷冻菜在写字楼食堂的使用比例普遍在三成左右，南方部分城市甚至超过六成。",
])

TRADITIONAL = "\n\n".join([
    "散裝酒熱銷 本地酒廠訂單翻倍",
    "受節慶帶動，本地散裝酒銷量持續走高，多家酒廠表示散裝酒訂單已排到明年。",
    "業者估計，今年散裝酒市場規模約120億元，較去年同期增長約30%。",
    "酒廠負責人表示，今年第三季散裝酒出貨量較去年同期增長約2倍，不過本地的散裝酒價格仍較瓶裝酒低約4成。",
])

STOCKS = "\n\n".join([
    "海川科技（600123）本周股价累计上涨超过25%，成为市场焦点，同期半导体板块指数上涨约4%，相关概念股平均涨幅超过9%。",
    "海川科技在互动平台表示，公司经营情况正常，不存在应披露而未披露的重大信息。",
    "有分析师认为，短期涨幅已经透支了业绩预期，投资者应注意风险。",
])

NOTICE = "\n\n".join([
    "关于近期眼科门诊就诊高峰的情况说明",
    "暑假以来，我院日均眼科门诊量已超过1.5万人次，较去年同期增长约65%，其中近视复查患儿占比近六成。",
    "为缓解就诊压力，我院从其他科室抽调医护人员32名充实眼科门诊，并开设夜间门诊。",
    "请家长错峰就诊，非急症患儿可通过线上平台预约复查。",
])


def test_a_numerals_unit_never_opens_a_label_in_a_forum_thread():
    figures = _figures("cat", FORUM, title="求助：老猫要不要拔牙", date="2024-06-02")
    fee = _one(figures, "1200多块")
    assert not fee.what.startswith(("天", "天花")), fee.what  # "3天|花了1200多块"


def test_a_recurring_term_is_never_cut_and_a_bound_suffix_never_opens_a_label():
    figures = _figures("frozen", NEWSLETTER, title="【冻品观察】冷冻菜走进写字楼食堂", date="2024-03-05")
    market = _one(figures, "约900亿元")
    assert market.what.startswith("冷冻菜"), market.what  # not "菜市场规模"
    share = _one(figures, "约40%")
    assert not share.what.startswith("类"), share.what
    assert share.what.startswith("速冻类"), share.what


def test_a_place_said_of_part_of_the_country_is_kept():
    figures = _figures("frozen", NEWSLETTER, title="【冻品观察】冷冻菜走进写字楼食堂", date="2024-03-05")
    south = _one(figures, "超过六成")
    assert "南方" in south.what + south.subject, (south.what, south.subject)


def test_the_base_of_a_comparison_is_not_what_grew_in_a_traditional_script_report():
    figures = _figures("liquor", TRADITIONAL, script="zh-Hant", title="散裝酒熱銷 本地酒廠訂單翻倍", date="2024-10-02")
    growth = _one(figures, "約30%")
    assert "去年同期" not in growth.what and "去年同期" not in growth.subject, (growth.what, growth.subject)
    shipped = _one(figures, "約2倍")
    assert "去年同期" not in shipped.what and "出货量" in shipped.what, shipped.what
    market = _one(figures, "約120億元")
    assert market.what.startswith("散装酒"), market.what


def test_a_sector_index_is_not_the_company_named_in_another_clause():
    figures = _figures("chips", STOCKS, title="海川科技股价大涨", date="2024-05-10")
    stock = _one(figures, "超过25%")
    assert stock.subject == "海川科技", stock.subject
    for value in ("约4%", "超过9%"):
        f = _one(figures, value)
        assert f.subject != "海川科技", (value, f.subject, f.what)


def test_an_official_notices_lead_count_is_found_and_its_figures_stay_apart():
    figures = _figures("eye", NOTICE, title="关于近期眼科门诊就诊高峰的情况说明", date="2024-08-01")
    visits = _one(figures, "超过1.5万人次")
    assert "门诊量" in visits.what, visits.what
    growth = _one(figures, "约65%")
    assert "门诊量" in growth.what and "去年同期" not in growth.what, growth.what
    share = _one(figures, "近六成")  # not merged into the 65% of the same sentence
    assert share is not growth


SAVING = "\n\n".join([
    "渡口改用自动售票机以后，轮渡公司一年能省下二十多万元人工，售票窗口从四个减到一个。",
    "不少老人不会用售票机，只能请工作人员帮忙，排队时间反而变长。",
])
EXTRA_COST = "\n\n".join([
    "轮渡公司负责人表示，如果恢复人工售票，每个渡口要多配3名售票员，一年人工开支多出二三十万元。",
    "公司正在考虑在早高峰保留一个人工窗口，方便老人购票。",
])


def test_a_saving_and_an_extra_cost_of_close_size_are_never_one_key_figure():
    from generator.render.figures import key_figures

    analysis = _run(_article("save", SAVING, title="渡口改用自动售票机", date="2024-04-01"),
                    _article("cost", EXTRA_COST, title="恢复人工售票要多花钱", date="2024-04-03"))
    for group in key_figures(analysis):
        arts = {f.article for f in group}
        assert arts != {"save", "cost"}, [(f.written, f.context) for f in group]


DRAWN = "\n\n".join([
    "【果蔬周报】第12期：冷库电价上调后的成本变化",
    "我们在3月走访了华南地区18家冷库企业，主要数据如下：+----------------+--------+--------+----------+"
    "|指标|2月|3月|变化|+----------------+--------+--------+----------+|冷库平均满仓率|约82%|约74%|-8个百分点|"
    "|单吨月租金（元）|95|104|约9%|+----------------+--------+--------+----------+注：样本为18家企业。",
    "业内人士认为，电价上调的成本最终会部分转嫁给果蔬批发商。",
])


def test_a_drawn_table_flattened_into_a_line_gives_each_figure_its_row_and_column():
    figures = _figures("cold", DRAWN, title="【果蔬周报】第12期", date="2024-04-02")
    march = _one(figures, "约74%")
    assert "满仓率" in march.what and "3月" in march.what, march.what
    assert "+---" not in march.context and len(march.context) < 80, march.context
    sample = _one(figures, "18家")
    assert "+---" not in sample.context, sample.context
