"""Article text the cleaner must not take out of the body: a report's run of "■" bullets that are long
statements (not photo captions), and a schedule the next paragraph comments on (not an off-topic aside).
Synthetic articles on topics of their own."""

from __future__ import annotations

from generator.clean import clean

NOTE = ("渔业周报\n\n要点\n\n"
        "■ 事件：本周东海近海捕捞量回升至去年同期水平，主要港口的到港船次增加了一成半。"
        "我们认为回升主要来自休渔期结束后的集中出海，持续性有待观察。\n\n"
        "■ 价格承压，中小船东利润收窄。带鱼和鲳鱼的批发价较上周下跌约百分之八，而燃油成本仍处高位，"
        "中小船东的单航次利润明显收窄，部分船只已选择停航观望。\n\n"
        "■ 冷链扩容是长期方向。沿海三省今年新增冷库容量约四十万吨，有助于平抑旺季价格波动，"
        "也让远洋渔获可以错峰上市。我们维持行业中性评级。\n\n"
        "风险提示：天气变化超预期。\n")


def test_a_run_of_long_square_bullets_is_body_text_not_captions():
    c = clean(NOTE, source="fish_note.txt")
    for said in ("主要港口的到港船次增加了一成半", "中小船东的单航次利润明显收窄", "我们维持行业中性评级"):
        line = next(ln for ln in c.body.split("\n") if said in ln)
        assert not line.startswith(">"), line  # a paragraph of the text, not a caption block
        assert "■" not in line
    assert not [e for e in c.audit if e.rule == "captions"]


def test_short_square_marked_lines_stay_photo_captions():
    raw = ("港口新码头投入使用。\n\n■ 新码头的候船大厅\n\n■ 工人在引桥上作业\n\n"
           "码头预计年底全面运营，届时航线将增加一倍。\n")
    c = clean(raw, source="port.txt")
    assert "> 新码头的候船大厅" in c.body and "> 工人在引桥上作业" in c.body


def test_a_single_long_square_line_is_still_read_as_a_caption():
    raw = ("港口新码头投入使用。\n\n■ 新码头的候船大厅可同时容纳两千名旅客，大厅两侧设有自助售票机和母婴室。"
           "图为开通首日，旅客在大厅内排队候船，工作人员在一旁引导乘客有序通行。\n\n"
           "码头预计年底全面运营，届时航线将增加一倍。\n")
    c = clean(raw, source="port2.txt")
    assert [e for e in c.audit if e.rule == "captions"]  # no run: one marked line keeps the caption reading


ITEMS = ["[6:30am] 起床，跑步五公里；", "[7:30am] 骑车去实验室；", "[9:00am] 组会，讨论新一批样品；",
         "[12:00pm] 食堂午饭；", "[2:00pm] 调试显微镜；", "[6:00pm] 晚饭；", "[11:30pm] 睡觉；"]
DAY = "这位材料学家最近在网上晒出了自己的一天。\n\n下面是他的日程：\n\n" + "\n\n".join(ITEMS) + "\n\n"


def test_a_schedule_the_next_paragraph_comments_on_stays_in_the_body():
    c = clean(DAY + "单从时间来看，他从起床到睡觉连续工作了十几个小时，几乎没有留给自己的空闲。\n", source="lab.txt")
    for item in ("起床，跑步五公里", "调试显微镜", "下面是他的日程"):
        assert item in c.body, item
    assert not [e for e in c.audit if e.rule == "off_topic"]


def test_a_schedule_nothing_refers_back_to_is_still_set_aside():
    c = clean(DAY + "实验室今年共发表论文十二篇，其中三篇刊登在国际顶级期刊上。\n", source="lab2.txt")
    assert "调试显微镜" not in c.body and "发表论文十二篇" in c.body
    assert [e for e in c.audit if e.rule == "off_topic"]
