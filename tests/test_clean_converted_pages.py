"""Publications converted from PDF to text: running heads and page counters, a feature's head and
byline, captions, pull quotes, a page of advertisement, footnote marks, a timeline box and two
columns woven line by line.

Every article here is made up for the test, in three shapes of the form: a simplified research
report with ``- 3 -`` feet, a bilingual annual report with ``Page 3 of 40`` and form feeds, a
simplified magazine with ``12 / 60`` counters fused to the next page's head and ``图/`` captions.
"""

from __future__ import annotations

from generator.clean import clean

REPORT = (
    "华东能源研究院　2023年度产业报告\n\n"
    "一、行业概况\n\n"
    "今年全省新增光伏装机容量达到一千二百万千瓦，同比增长\n"
    "百分之十八，分布式项目占比首次超过一半。研究院认为，\n"
    "补贴退坡之后，行业的增长动力来自成本持续\n\n"
    "- 3 -\n\n"
    "华东能源研究院　2023年度产业报告\n\n"
    "下降。组件价格全年下跌约三成，带动了工商业屋顶项目的开工。\n\n"
    "二、主要风险\n\n"
    "电网消纳能力不足仍是最大的制约，部分县市已暂停新项目的并网\n"
    "申请，开发商的回款周期也在拉长。\n\n"
    "- 4 -\n\n"
    "华东能源研究院　2023年度产业报告\n\n"
    "研究院建议加快配套储能建设，并完善分时电价机制。\n\n"
    "- 5 -\n"
)


def test_report_feet_and_heads_leave_and_a_sentence_cut_by_the_page_is_whole():
    c = clean(REPORT)
    assert "- 3 -" not in c.body and "- 4 -" not in c.body
    assert "年度产业报告" not in c.body  # not one copy of the running head left, not even as a heading
    assert "成本持续下降。" in c.body  # the sentence the page break cut reads whole
    notes = [e.note for e in c.audit if e.rule == "running_heads"]
    assert len(notes) == 6 and any("page number" in n for n in notes)


ANNUAL = (
    "ACME Holdings Ltd. | Annual Report 2023 年度报告\n\n"
    "海外业务带动全年收入增长\n\n"
    "2023年，集团收入增长百分之十二，达到八十六亿元，其中海外市场\n"
    "贡献了四成的增长。董事会建议派发末期股息每股零点三元。\n\n"
    "Page 3 of 40\f"
    "ACME Holdings Ltd. | Annual Report 2023 年度报告\n\n"
    "Chairman's Statement\n\n"
    "Revenue rose by twelve per cent to 8.6 billion yuan in 2023, with overseas\n"
    "markets contributing forty per cent of the growth.\n\n"
    "Page 4 of 40\f"
    "ACME Holdings Ltd. | Annual Report 2023 年度报告\n\n"
    "Outlook\n\n"
    "The group will keep investing in research and expects capital spending of about\n"
    "1.5 billion yuan next year.\n\n"
    "展望未来，集团将继续投入研发，预计明年资本开支约为十五亿元。\n\n"
    "Page 5 of 40\f\n"
)


def test_annual_report_with_form_feeds_keeps_both_languages_and_drops_its_heads():
    c = clean(ANNUAL)
    assert "Page 4" not in c.body and "Annual Report 2023" not in c.body
    assert "收入增长百分之十二" in c.body and "Revenue rose by twelve per cent" in c.body
    assert "预计明年资本开支约为十五亿元" in c.body and "expects capital spending of about 1.5 billion" in c.body
    assert "Page 4 of 40" in [e.before[:12] for e in c.audit if e.rule == "running_heads"]
    assert any(e.rule == "control_chars" and "page break" in e.note for e in c.audit)


MAGAZINE = (
    "城市周刊 2024.03.18 | 第 512 期\n\n"
    "特别报道\n"
    "老街改造一年\n"
    "烟火气回来了吗？\n"
    "一条三百米的老街，花了两年、投入两亿元改造，游客多了，\n"
    "老住户却在搬走。改造的账，到底该怎么算？\n"
    "文/周明远　摄影/林小雨\n\n"
    "去年三月，南门老街在封闭施工十四个月后重新开放。街道办\n"
    "主任孙立华在开街仪式上说，改造保留了九成的老建筑立面。\n\n"
    "开街第一个月，老街日均客流超过两万人次²，是改造前的\n"
    "五倍。周边商户的租金随之上涨，一间二十平方米的铺面月租从\n"
    "三千元涨到九千元。\n\n"
    "图/受访者提供　改造后的南门老街入口，牌坊按照旧照片复原。\n\n"
    "12 / 60\f城市周刊 2024.03.18 | 第 512 期\n\n"
    "“老街不能只剩下游客。”——城市规划学者 何雅琴\n\n"
    "城市规划学者何雅琴认为，改造的成败不在客流，她说：\n"
    "“老街不能只剩下游客。”\n\n"
    "安康人寿\n"
    "给家人一份长久的守护\n"
    "「安心福」终身寿险\n"
    "・保障至100岁\n"
    "・保费豁免更安心\n"
    "咨询热线 400-820-1234\n"
    "www.ankang-life.example.com\n"
    "本产品由本公司合格精算人员审核，投保前请详加阅读保险条款。\n"
    "广告审查批准文号：AK-2024-033\n\n"
    "13 / 60\f城市周刊 2024.03.18 | 第 512 期\n\n"
    "老街改造大事记\n"
    "2021.06.01　区政府公布老街改造方案\n"
    "2022.01.10　老街封闭施工\n"
    "2023.03.15　老街重新开放\n"
    "资料来源：区政府、本刊整理\n\n"
    "14 / 60\f\n"
)


def test_magazine_head_gives_outlet_date_title_author_and_credits():
    c = clean(MAGAZINE)
    assert c.meta["outlet"] == "城市周刊" and c.meta["date"] == "2024-03-18"
    assert c.meta["title"] == "老街改造一年" and c.meta.get("kicker") == "特别报道"
    assert c.meta["author"] == "周明远"
    assert "摄影：林小雨" in c.meta["credits"] and "图/受访者提供" in c.meta["credits"]
    assert "城市周刊" not in c.body and "12 / 60" not in c.body and "文/周明远" not in c.body
    assert "第 512 期" not in c.body


def test_magazine_lead_caption_pull_quote_ad_and_footnote_mark():
    c = clean(MAGAZINE)
    assert "去年三月，南门老街在封闭施工十四个月后重新开放。" in c.body.split("\n\n")[1] + c.body  # the lead stands
    assert "特别报道老街改造一年" not in c.body and "周明远去年三月" not in c.body
    assert "> 改造后的南门老街入口，牌坊按照旧照片复原。" in c.body  # a caption, not a paragraph
    assert "——城市规划学者" not in c.body and c.body.count("老街不能只剩下游客") == 1
    assert "两万人次，是改造前的五倍" in c.body and "²" not in c.body
    assert "安康人寿" not in c.body and "400-820-1234" not in c.body and "AK-2024-033" not in c.body


def test_magazine_timeline_box_is_a_section_of_dated_entries():
    c = clean(MAGAZINE)
    assert "## 老街改造大事记" in c.body
    entries = [p.strip() for p in c.body.split("\n\n") if p.startswith("20")]
    assert entries == ["2021.06.01　区政府公布老街改造方案", "2022.01.10　老街封闭施工", "2023.03.15　老街重新开放"]
    assert "资料来源：区政府、本刊整理" in c.meta["credits"] and "资料来源" not in c.body
    assert not any("mid-sentence" in f.message for f in c.flags)


WOVEN = (
    "渡口的早晨\n\n"
    "清晨五点，老船工陈阿福已经把渡船擦得干干净净。他在这条江上\n"
    "摆渡了三十年，见过大水，也见过江面结冰。\n\n"
    "渡船每天往返十二趟，乘客大多是赶早市的菜\n"
    "新桥通车以后，渡口的客人少了一半，镇上的年\n"
    "农和学生。老船工陈阿福说，菜农挑着担子过\n"
    "轻人更愿意绕路走桥。陈阿福却说，只要还有人\n"
    "桥太远，坐渡船省下的是半个钟头。\n"
    "要过江，渡船就不会停。\n\n"
    "镇政府表示，渡口会保留下来。菜农和学生仍是渡船最常见的乘客，不少年轻人\n"
    "也在过桥之外选择渡船，只要有人要过江就开船。\n"
)


def test_two_woven_columns_are_read_column_by_column():
    c = clean(WOVEN)
    assert "赶早市的菜农和学生。老船工陈阿福说，菜农挑着担子过桥太远，坐渡船省下的是半个钟头。" in c.body
    assert "镇上的年轻人更愿意绕路走桥。陈阿福却说，只要还有人要过江，渡船就不会停。" in c.body
    assert "的菜新桥" not in c.body  # no statement made of two columns' halves
    assert any(f.rule == "column_weave" for f in c.flags)


PLAIN = (
    "社区食堂开张\n\n"
    "社区食堂昨天正式开张，第一天就接待了四百多位老人。食堂负责人\n"
    "介绍，午餐十二元一份，七十岁以上老人再减两元，菜品每周更换\n"
    "一次。不少老人说，菜的口味清淡，价格也实惠，以后会常来。\n"
    "街道办表示，年内还将在另外两个社区开设类似的食堂。\n"
)


def test_an_ordinary_wrapped_text_is_left_in_order():
    c = clean(PLAIN)
    assert not any(e.rule in ("column_weave", "running_heads", "feature_head") for e in c.audit)
    assert "食堂负责人介绍，午餐十二元一份" in c.body and "菜品每周更换一次。" in c.body


def test_a_byline_with_full_width_slashes_names_its_writer_and_photographer():
    from generator.analyse.namecredits import text_credits

    names = {(n, r) for n, _, r in text_credits("文／周明远　摄影／林小雨")}
    assert names == {("周明远", "撰文"), ("林小雨", "摄影")}
    assert text_credits("中文/英文对照") == []


def test_a_subtitle_with_commas_under_the_headline_is_the_subtitle():
    c = clean(MAGAZINE.replace("烟火气回来了吗？", "游客多了，老住户却走了？"))
    assert c.meta["title"] == "老街改造一年" and c.meta["subtitle"] == "游客多了，老住户却走了？"
    assert "老住户却走了" not in c.body


def test_a_threads_post_numbers_are_no_page_counters():
    thread = ("1/3\n很多人问我为什么辞职去种茶，今天一次说清楚，先说收入的事情。\n\n"
              "2/3\n第一年亏了八万元，第二年才把茶园的账做平，靠的是直播卖茶。\n\n"
              "3/3\n今年收成好，预计能有二十万元的毛收入，够一家人生活。\n")
    c = clean(thread)
    assert not any(e.rule == "running_heads" for e in c.audit)


def test_a_running_head_glued_to_the_text_by_a_page_break_leaves_the_text():
    raw = REPORT.replace("下降。组件价格", "下降。\f华东能源研究院　2023年度产业报告").replace(
        "\n\n- 3 -\n\n华东能源研究院　2023年度产业报告\n\n下降。", "\n\n- 3 -\n\n下降。")
    raw = raw.replace("下降。\f华东能源研究院　2023年度产业报告", "下降。\f华东能源研究院　2023年度产业报告\n组件价格")
    c = clean(raw)
    assert "年度产业报告" not in c.body and "成本持续下降。" in c.body
