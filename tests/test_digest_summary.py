"""Digest summaries that say what the article argues: an opinion column's own position (not the
view it rebuts), no page residue before a sentence, no line that only continues the one before —
each on a small synthetic article written for the test."""

from __future__ import annotations

from generator.analyse.digestpool import _rebutted
from generator.analyse.residue import display_text
from generator.analyse.text import Sentence
from tests.test_index import _article, _run

COLUMN = "\n\n".join([
    "过去一周，星河汽车的新车几乎占据了所有汽车话题的中心。发布会、订单数字、首批交付，每一个节点都被精心设计成刷屏事件。"
    "但在一片叫好声中，我想泼一盆冷水：这款新车带给行业的，未必是良性竞争，更可能是一轮更惨烈的降价潮。",
    "星河汽车董事长在发布会上说，公司“不是来打降价潮的”。可一款车把定价锚定在比对手便宜三万元，本身就是降价潮最典型的打法。",
    "降价的代价最终由整个产业链来承担，零部件企业被要求年降，账期被拉长，一些供应商已经在盈亏线上挣扎。",
    "再看那些订单数字，大定只需五千元，而且七天内可以无条件退订，外界无从得知其中有多少是冲动消费。",
    "星河汽车的工厂一期年产能十五万辆，投产初期爬坡需时，漫长的等待会不会变成一波退订潮，仍有待观察。",
    "当然，也有不少业内人士持相反看法。东岭证券等机构认为，星河汽车的入局会倒逼传统车企加快智能化转型，最终让消费者受益。"
    "我并不否认竞争的价值，但竞争应该是技术和效率的竞争，而不是谁更能承受亏损的竞争。"
    "当一个行业所有人都在亏钱卖车的时候，没有人是真正的赢家。",
])


def test_an_opinion_columns_thesis_is_the_authors_position_not_the_view_it_rebuts():
    a = _article("col", COLUMN, title="降价潮没有赢家：星河汽车的喧闹与隐忧", date="2025-04-06", author="林川")
    summary = _run(a).digests[0].summary
    assert summary[0].role == "thesis"
    assert "未必是良性竞争" in summary[0].text
    assert not summary[0].text.startswith("但")  # the contrast linked to the sentence before
    texts = " ".join(s.text for s in summary)
    assert "不是来打降价潮的" not in texts  # the claim the column answers
    assert "东岭证券等机构认为" not in texts  # the opposing view, given only to be rejected


def _sents(*texts):
    return [Sentence("a", f"p{i}", i, i, 0, t, t, t, t) for i, t in enumerate(texts)]


def test_a_view_answered_by_another_quoted_side_is_not_a_rebutted_view():
    news = _sents("星河汽车表示，今年将把产能提高一倍。", "但分析人士指出，产能爬坡通常需要一年以上。")
    assert _rebutted(news) == set()
    column = _sents("星河汽车表示，今年将把产能提高一倍。", "可过去三年，它没有一次按期完成目标。")
    assert _rebutted(column) == {0}
    # "可以" is not a contrast
    assert _rebutted(_sents("星河汽车表示，今年将把产能提高一倍。", "可以预见，供应商会跟着扩产。")) == set()


def test_summary_lines_carry_no_list_marker_slug_or_dateline():
    assert display_text("星岛社北京5月6日电（记者 王明）星河汽车6日在北京发布首款新车。") == "星河汽车6日在北京发布首款新车。"
    assert display_text("【本报讯】星河汽车首款新车上周四在北京发布后，市场反应热烈。") == "星河汽车首款新车上周四在北京发布后，市场反应热烈。"
    assert display_text("- 东岭证券（王明）：今年每辆车平均亏损约一万元。") == "东岭证券（王明）：今年每辆车平均亏损约一万元。"
    assert display_text("10，谁掌握了先进的生产工具，谁就站在了前面。") == "谁掌握了先进的生产工具，谁就站在了前面。"
    assert display_text("1.5倍的增速说明需求仍然旺盛。") == "1.5倍的增速说明需求仍然旺盛。"  # a number, not a marker


def test_a_wire_digest_opens_on_the_news_not_the_dateline():
    body = "\n\n".join([
        "星岛社北京5月6日电（记者 王明）星河汽车5月5日晚在北京举行新车发布会，首款车型星河S1正式上市，售价为二十一万元。",
        "星河汽车创始人表示，首款车型星河S1的订单已经超过五万台，工厂正在加紧爬坡生产。",
        "分析人士认为，星河S1的定价将给同级别车型带来压力，行业价格竞争可能进一步加剧。",
        "星河汽车的工厂一期年产能为十五万辆，首批交付仪式将于五月中旬在工厂举行。",
    ])
    a = _article("w", body, title="星河S1正式上市 售价二十一万元", date="2025-05-06")
    summary = _run(a).digests[0].summary
    assert summary[0].text.startswith("星河汽车5月5日晚")


def test_a_sentence_continuing_the_one_before_opens_no_summary_line():
    body = "\n\n".join([
        "星河公司发布的视频模型“光年”成本过高，短期内难以在普通用户中普及开来。",
        "以及生成配乐的功能，光年也能快速生成一段完整的背景音乐，只是时长受到明显限制。",
        "有分析指出，视频模型的使用成本过高，每分钟成本高达数百元，普及之路还很漫长。",
        "只是国内的视频模型和国外的相比，许多普通用户并不能完整地分辨两者的差距。",
        "评论人士普遍认为，只有当使用成本大幅下降，视频模型才可能真正走向普及和应用。",
    ])
    a = _article("c", body, title="视频模型成本高 普及之路漫长", date="2025-01-02")
    summary = _run(a).digests[0].summary
    assert summary and not any(s.text.startswith(("以及", "只是")) for s in summary)


# ---------------------------------------------------------------- key figures

def _figures(body, **kw):
    a = _article("f", body, date="2025-04-06", **kw)
    return [f for f in _run(a).figures if f.article == "f"]


def test_a_range_with_one_unit_is_one_figure():
    figs = _figures("星河S1的定价直接切入20万至30万元的主流纯电轿车区间。\n\n"
                    "东岭证券预计星河汽车今年只能交付6万至8万辆，低于公司的目标。")
    written = [f.written for f in figs]
    assert "20万至30万元" in written and "6万至8万辆" in written
    assert not any(w in ("20万", "30万元", "6万", "8万辆") for w in written)
    band = next(f for f in figs if f.written == "20万至30万元")
    assert band.range and 190000 <= band.low <= 200000 and 300000 <= band.high <= 310000


def test_items_listed_with_fenbie_each_own_their_figure():
    figs = _figures("星河S1标准版、长续航版和性能版售价分别为15.99万元、18.99万元和22.99万元，均低于同级对手。")
    by_value = {f.written: f for f in figs}
    assert by_value["15.99万元"].subject == "星河S1标准版"
    assert by_value["18.99万元"].subject == "长续航版"
    assert by_value["22.99万元"].subject == "性能版" and by_value["22.99万元"].what == "售价"


def test_a_range_in_traditional_script_is_one_figure_and_fenbie_stops_at_its_clause():
    figs = _figures("傑富瑞預計星河汽車今年實際交付量只有6萬至8萬輛。\n\n"
                    "星河S1標準版、Pro版及Max版售價分別為人民幣15.99萬元、18.99萬元及22.99萬元, 其中標準版較對手平約3萬元人民幣。",
                    script="zh-Hant")
    by_value = {f.written: f for f in figs}
    assert "6萬至8萬輛" in by_value
    assert by_value["18.99萬元"].subject == "Pro版" and by_value["18.99萬元"].what == "售价"


def test_a_tables_rows_are_named_by_its_first_column_even_with_digits_in_a_name():
    table = ("| 版本 | 售价（万元） | 电池供应商 |\n|---|---|---|\n"
             "| 星河S1 标准版 | 15.99 | 北岭电池 |\n| 星河S1 Max | 22.99 | 东方电池 |\n"
             "| 极光007（参考） | 20.99 | — |")
    figs = _figures("星河S1的三款车型价格如下。\n\n" + table)
    by_value = {f.value: f for f in figs if f.paragraph.startswith("t")}
    assert by_value["15.99"].subject == "星河S1 标准版"
    assert "电池" not in by_value["22.99"].subject


# ---------------------------------------------------------------- keywords

def test_keywords_are_not_everyday_words_nor_ways_of_speaking():
    body = "\n\n".join([
        "星河汽车的新车成为热门话题，价格战的讨论也随之升温。",
        "坦白说，这一轮价格战对供应链的冲击，远比对消费者的好处更大，零部件企业被要求年降。",
        "网友围绕这个话题争论不休，有人认为价格战会淘汰一批缺乏资金的边缘品牌。",
        "北岭证券认为，零部件企业的利润率将继续承压，价格战还会持续到年底。",
    ])
    a = _article("kw", body, title="价格战没有赢家", date="2025-04-06")
    b = _article("kw2", "另一篇文章谈论手机市场与用户。", date="2025-04-06")
    kws = _run(a, b).digests[0].keywords
    assert "价格战" in kws
    assert "话题" not in kws and "坦白说" not in kws


def test_a_ceiling_and_an_exact_amount_are_two_figures():
    figs = _figures("可一款车把定价锚定在“比对手便宜3万元”，本身就是价格战最典型的打法。"
                    "有车企随即推出最高3万元的限时权益，都是被动跟进的结果。")
    written = sorted(f.written for f in figs)
    assert "最高3万元" in written and "3万元" in written


# ---------------------------------------------------------------- related coverage

def test_related_coverage_lists_the_points_two_articles_share_most_particularly_first():
    from types import SimpleNamespace

    from generator.analyse.digest import CorpusIndex, related

    points = [SimpleNamespace(id="everyone", articles=("a", "b", "c", "d")),
              SimpleNamespace(id="pair", articles=("a", "b"))]
    index = CorpusIndex(points, [], [], 4)
    to_b = next(r for r in related("a", index) if r.article == "b")
    assert to_b.points == ("pair", "everyone")


def test_an_ordinal_list_marker_is_left_off_a_summary_line():
    assert display_text("第一，氚可以和有机物结合，在生物体内停留的时间更长。") == "氚可以和有机物结合，在生物体内停留的时间更长。"
    assert display_text("第一季度营收增长了三成，超出市场预期。") == "第一季度营收增长了三成，超出市场预期。"
