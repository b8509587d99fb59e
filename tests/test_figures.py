"""Key figures with their meaning — on small synthetic articles written for these tests (invented
companies, products and people), one property per test: what is counted and whose, values as
written (approximations, ranges), one figure per fact in an article, the same fact merged across
sources only when subject and quantity agree, and trivia kept out of the key figures."""

from __future__ import annotations

from pathlib import Path

from generator.analyse import analyse
from generator.articles import parse_body
from generator.model import Article
from generator.render import key_figures, render_briefing, render_digest
from generator.render.figures import digest_figures, label

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"


def _article(slug, body, **kw):
    return Article(slug=slug, source=f"{slug}.txt", title=kw.pop("title", slug), script=kw.pop("script", "zh-Hans"),
                   blocks=parse_body(body), date=kw.pop("date", "2025-03-02"), **kw)


def _run(*articles):
    analysis, _ = analyse(list(articles), taxonomy_path=TAXONOMY, overrides_path=None,
                          names_path=ROOT / "tests" / "no-such-names.yml")
    return analysis


def _fig(analysis, written):
    found = [f for f in analysis.figures if f.written == written]
    assert found, (written, [f.written for f in analysis.figures])
    return found[0]


# ---------------------------------------------------------------- what is counted, and whose

def test_what_is_the_noun_phrase_and_subject_the_name_before_it():
    a = _article("w", "受此影响，星河科技股价应声下跌超过 7%。\n\n"
                      "据报道，云帆智能整体估值高达300亿美元。\n\n"
                      "导演林澈搁置了自己影视工作室5亿美元的扩建计划。\n\n"
                      "北溟股份完成新一轮超 20 亿元融资。")
    an = _run(a)
    drop = _fig(an, "超过 7%")
    assert drop.subject == "星河科技" and "股价" in drop.what and "下跌" in drop.what
    value = _fig(an, "300亿美元")
    assert value.what == "云帆智能整体估值" or (value.subject == "云帆智能" and "估值" in value.what)
    plan = _fig(an, "5亿美元")
    assert plan.what == "扩建计划"
    money = _fig(an, "超 20亿元")
    assert money.what == "融资" and money.subject == "北溟股份"
    assert label(money) == ("北溟股份 · 融资", False)


def test_a_pronoun_takes_the_previous_sentence_subject():
    a = _article("p", "青岚实验室发布了新模型“山海”。它的参数量超过 30 亿，训练用了两个月。")
    f = _fig(_run(a), "超过 30亿")
    assert f.what == "参数量" and f.subject in ("山海", "青岚实验室")  # 它: the model, or its maker


def test_no_fragment_in_what_the_clause_instead():
    a = _article("c", "过去要10000小时才能学会的技能，现在只需要10分钟，青禾助手就能讲清楚。\n\n"
                      "我们十几年前就开始投入研究。")
    an = _run(a)
    for f in an.figures:
        assert not f.what.startswith(("现在", "过去", "我们", "以及", "短短", "相比", "的", "|")), f
    ten = _fig(an, "10分钟")
    text, is_clause = label(ten)
    assert is_clause and "10分钟" in text  # no noun phrase: the clause, not "现在只需要"


def test_table_row_figures_say_row_label_and_column_not_pipes():
    body = ("| 公司 | 收市 (元) | 累计升幅 |\n| --- | --- | --- |\n"
            "| 甲乙科技(300999) | 12.50 | +88.5% |\n| 丙丁传媒(600999) | 7.20 | +41.2% |")
    an = _run(_article("t", "概念股近期走强，以下是涨幅居前的个股。\n\n" + body))
    rise = [f for f in an.figures if f.written.endswith("88.5%")]
    assert rise and rise[0].subject == "甲乙科技" and rise[0].what == "甲乙科技 累计升幅"
    assert all("|" not in f.what and "|" not in f.subject for f in an.figures)
    a = _article("t", "概念股近期走强，以下是涨幅居前的个股。\n\n" + body)
    table = render_digest(a, an, [a], lambda text, script="zh-Hans": text).split("关键数字")[1].split("\n## ")[0]
    assert "| 甲乙科技 累计升幅 |" in table and "[表1](index.md#t1)" in table and "[¶]" not in table
    assert "\\|" not in table  # no table markup inside a cell


# ---------------------------------------------------------------- values as written

def test_approximations_kept_in_the_value():
    a = _article("a", "他在海岚大学做了 2 年多博士后。\n\n据说讲师柯远年入 5000 多万。\n\n"
                      "目前已有超过650家合作伙伴加入。")
    an = _run(a)
    years = _fig(an, "2年多")
    assert years.approximate and years.low is not None and years.high > years.low
    assert _fig(an, "5000 多万").approximate
    assert _fig(an, "超过650家").approximate


def test_counts_of_vehicles_machines_and_households_keep_their_measure_word():
    a = _article("m", "海岚汽车的新工厂一期年产能为15万辆，首批交付300辆。\n\n"
                      "公司今年卖出了2万台空调，覆盖12万户家庭，并订购了8架飞机。")
    an = _run(a)
    written = {f.written for f in an.figures}
    assert {"15万辆", "300辆", "2万台", "12万户", "8架"} <= written, written
    assert "15万" not in written and "12万" not in written


def test_ranges_are_one_figure():
    a = _article("r", "分析师指出，每分钟视频成本在30元（人民币，下同）至60元之间。\n\n"
                      "过去拍一段特效镜头需花费几十万元甚至数百万元。\n\n目前业务量占总业务的10%到20%。")
    an = _run(a)
    written = [f.written for f in an.figures]
    assert "30元（人民币，下同）至60元" in written and "几十万元甚至数百万元" in written and "10%到20%" in written
    assert not {"60元", "数百万元", "20%"} & set(written)
    cost = _fig(an, "30元（人民币，下同）至60元")
    assert cost.range and cost.low < 31 and cost.high > 59 and cost.number is None


# ---------------------------------------------------------------- one figure per fact

def test_equivalent_units_about_the_same_subject_merge():
    a = _article("e", "星海模型可以生成长达 1 分钟的视频。\n\n星海模型最长能生成60秒的高清视频。\n\n"
                      "而甲公司的模型只能生成4秒视频。\n\n乙公司的模型也只能生成4秒视频。")
    an = _run(a)
    minute = [f for f in an.figures if f.kind == "duration" and f.key != "4秒"]
    assert len(minute) == 1 and minute[0].also == ("p2",)
    assert len([f for f in an.figures if f.key == "4秒"]) == 2  # two companies, two facts


def test_a_table_repeating_a_paragraph_is_one_figure():
    body = ("甲乙科技期内股价累计升幅达88.5%。\n\n"
            "| 公司 | 累计升幅 |\n| --- | --- |\n| 甲乙科技(300999) | +88.5% |\n| 丙丁传媒(600999) | +41.2% |")
    an = _run(_article("d", body))
    rises = [f for f in an.figures if f.written.endswith("88.5%")]
    assert len(rises) == 1 and rises[0].also


# ---------------------------------------------------------------- across sources

def test_the_same_fact_from_two_outlets_is_one_key_figure_two_subjects_never():
    a = _article("x1", "星河科技股价当日下跌超过 7%。\n\n云帆智能完成新一轮超10亿美元融资。\n\n"
                       "甲公司的模型只能生成4秒视频。", outlet="甲报")
    b = _article("x2", "星河科技当日跌幅达到 7.41%。\n\n云帆智能完成新一轮超 10 亿美金融资。\n\n"
                       "乙公司的模型也只能生成4秒视频。", outlet="乙报", date="2025-03-03")
    groups = key_figures(_run(a, b))
    def group_of(text):
        return [g for g in groups if any(f.written == text for f in g)]
    assert len(group_of("超过 7%")) == 1 and {f.written for f in group_of("超过 7%")[0]} == {"超过 7%", "7.41%"}
    money = group_of("超10亿美元")
    assert money and {f.article for f in money[0]} == {"x1", "x2"}
    four = [g for g in groups if g[0].key == "4秒"]
    assert all(len({f.article for f in g}) == 1 for g in four)  # two companies' 4秒 stay apart


# ---------------------------------------------------------------- trivia and ranking

def test_trivia_is_not_a_key_figure():
    a = _article("v", "在大约 28 秒的时候，画面里的人物左脚迈出了两步。\n\n"
                      "他 20 岁就加入了青岚实验室，入选 30 位 30 岁以下精英榜。\n\n"
                      "发布会上，柯远总结了五大要点。\n\n假如用户想要一个 35 毫米胶片样式的视频。\n\n"
                      "青岚实验室完成新一轮超 20 亿元融资。")
    an = _run(a)
    assert _fig(an, "大约 28秒").trivia == "timestamp"
    assert _fig(an, "20岁").trivia == "age"
    assert _fig(an, "35毫米").trivia == "size"
    assert all(f.trivia for f in an.figures if f.written in ("30位", "五大"))
    shown = [f.written for f in digest_figures(an.figures)]
    assert shown == ["超 20亿元"]
    page = render_digest(a, an, [a], lambda text, script="zh-Hans": text)
    assert "超 20亿元" in page and "28" not in page.split("关键数字")[-1].split("##")[0]


def test_briefing_key_figures_show_what_they_count():
    a = _article("b1", "云帆智能完成新一轮超10亿美元融资。", outlet="甲报")
    b = _article("b2", "云帆智能完成新一轮超 10 亿美金融资。", outlet="乙报", date="2025-03-03")
    page = render_briefing(_run(a, b), [a, b], lambda text, script="zh-Hans": text)
    table = page.split("关键数字")[1]
    rows = [ln for ln in table.splitlines() if ln.startswith("| <span")]
    assert len(rows) == 1 and "云帆智能 · 融资" in rows[0] and "甲报" in rows[0] and "乙报" in rows[0]
    assert "超10亿美元</span> / <span" in rows[0] and "超 10亿美金" in rows[0]  # each outlet's wording


def test_who_says_a_figure_is_not_whose_it_is():
    a = _article("s", "海岚证券认为，全球短视频创作生态规模约为2000亿美元。\n\n"
                      "据悉，云帆智能完成了新一轮融资。金额超10亿美元，创下纪录。")
    an = _run(a)
    eco = _fig(an, "约为2000亿美元")
    assert eco.source == "海岚证券" and eco.subject != "海岚证券" and "规模" in eco.what
    amount = _fig(an, "超10亿美元")
    assert amount.subject == "云帆智能"  # "金额…": the sentence before says whose


def test_periods_and_time_references_are_not_key_figures():
    a = _article("q", "测试者要求青禾助手列出过去六个月的销量。\n\n我们十几年前就开始投入研究。\n\n"
                      "青禾助手的用户数已超过3000万。")
    an = _run(a)
    assert _fig(an, "六个月").trivia == "period"
    assert _fig(an, "十几年").trivia == "time-reference"
    assert [f.written for f in digest_figures(an.figures)] == ["超过3000万"]


def test_a_change_and_the_level_it_reached_are_told_apart():
    a = _article("l", "其中，星河科技(300999)是一家营销服务商，其推出的工具支持视频剪辑，其股价期内累升2倍至71.9元。")
    an = _run(a)
    rise, level = _fig(an, "2倍"), _fig(an, "71.9元")
    assert rise.subject == level.subject == "星河科技"
    assert "累升" in rise.what and level.what == "股价（累升后）"  # the closing price is not the rise


def test_a_bound_belongs_to_the_noun_before_it_and_two_names_share_a_figure():
    a = _article("h", "作为行业首家投放费用过亿元的制作公司，青禾影业开始尝试新工具。\n\n"
                      "他比较了常用的Nova和Vega两大模型，每分钟成本在30元至60元之间。")
    an = _run(a)
    spend = _fig(an, "过亿元")
    assert "费用" in spend.what  # not just "制作公司"
    assert _fig(an, "30元至60元").subject == "Nova和Vega"


def test_a_number_with_thousands_separators_is_one_figure_not_its_last_group():
    a = _article("t", "港口首轮共排放约7,788吨处理水。\n\n本年度计划排放约31,200吨。\n\n全年进口额为1,234.5亿日元。")
    an = _run(a)
    assert _fig(an, "约7,788吨").number == 7788
    assert _fig(an, "约31,200吨").number == 31200
    assert not [f for f in an.figures if f.written in ("788吨", "200吨", "234.5亿日元")]


# ---------------------------------------------------------------- signs, and amounts never bridged

def test_a_table_of_changes_keeps_each_figure_sign():
    body = ("| 股票 | 代码 | 5月6日 | 5月9日 |\n| --- | --- | --- | --- |\n"
            "| 青海盐科 | 600111 | +10.03% | -6.21% |\n| 东临渔业 | 600222 | +5.10% | −4.55% |")
    a = _article("s", "排放消息公布后，相关个股大起大落。\n\n" + body)
    an = _run(a)
    fall = _fig(an, "-6.21%")
    assert fall.number == -6.21 and fall.subject == "青海盐科"
    assert _fig(an, "−4.55%").number == -4.55 and _fig(an, "+10.03%").number == 10.03
    assert not [f for f in an.figures if f.written in ("6.21%", "4.55%")]
    page = render_digest(a, an, [a], lambda text, script="zh-Hans": text)
    assert "-6.21%" in page.split("关键数字")[1]
    # a hyphen inside a name or between the ends of a range is no sign
    b = _run(_article("h", "北溟智能的B-2型号测试中，约10%-20%的用户选择了升级，跌幅在3-5%之间。"))
    assert not [f for f in b.figures if f.number is not None and f.number < 0]


def test_a_vague_amount_never_bridges_two_different_amounts_in_the_key_figures():
    a = _article("m1", "南川县政府设立了规模300亿元的渔业基金，用于支持渔民转型。", outlet="甲报")
    b = _article("m2", "南川县政府设立了规模数百亿元的渔业基金，用于支持渔民转型。", outlet="乙报", date="2025-03-03")
    c = _article("m3", "南川县政府设立了规模207亿元的渔业基金，用于支持渔民转型。", outlet="丙报", date="2025-03-04")
    groups = key_figures(_run(a, b, c))
    for g in groups:
        exact = {f.written for f in g if not f.approximate}
        assert not {"300亿元", "207亿元"} <= exact, [f.written for f in g]


def test_ten_thousands_written_apart_are_one_figure():
    a = _article("w", "東電計畫本年度分4輪排放約3萬1200噸。\n\n約1萬2000人參加了集會。\n\n另有2万4000元补贴。",
                 script="zh-Hant")
    an = _run(a)
    assert _fig(an, "約3萬1200噸").number == 31200
    assert _fig(an, "約1萬2000人").number == 12000
    assert _fig(an, "2万4000元").number == 24000
    assert not [f for f in an.figures if f.written in ("約3萬", "約1萬", "1200噸", "2000人")]


def test_a_figure_two_outlets_write_alike_in_their_own_scripts_shows_once():
    a = _article("h1", "假期三天，云海市共接待游客304.79万人次，均创历史新高。", outlet="甲报")
    b = _article("h2", "連假3天，雲海市共接待遊客304.79萬人次，雙雙創下歷史新高。", outlet="乙報",
                 script="zh-Hant", date="2025-03-03")
    page = render_briefing(_run(a, b), [a, b], lambda text, script="zh-Hans": text)
    rows = [ln for ln in page.split("关键数字")[1].splitlines() if "304.79" in ln or "304\\.79" in ln]
    assert rows and "甲报" in rows[0] and "乙報" in rows[0]
    assert rows[0].count("304") == 1 + rows[0].split("|", 2)[2].count("304")  # one value cell, not "X / X"


def test_a_word_ending_in_an_approximation_character_is_not_an_approximation():
    a = _article("n", "附近好几家饭店都在门口贴招聘。\n\n我们预约20个名额，最近3天已满。\n\n将近30家门店参与，约20%的用户复购。")
    written = {f.written for f in _run(a).figures}
    assert not any(w.startswith("近好几") or w.startswith("约20个") or w.startswith("近3") for w in written), written
    assert "将近30家" in written and "约20%" in written, written
