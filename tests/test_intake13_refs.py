"""Reference marks glued to the text ([1], [2-3]) leave it when the page prints the reference list
they point to, in plain text and Markdown alike (texts made up for the test: a copied encyclopedia
entry on a tea variety, a Markdown study note on a bridge); a bracketed number with no such list,
and a Markdown link, stay."""

from __future__ import annotations

from generator.clean import clean

PLAIN = """龙井43

龙井43是一个绿茶品种，由茶叶研究所选育，1987年通过认定[1]。它发芽早，产量比老品种高约两成[2-3]。

茶农普遍认为，这个品种适合机采，但香气略逊于群体种[3]。

参考资料
[1] 茶树品种志．农业出版社．1990
[2] 浙江茶叶年鉴．2005
[3] 龙井茶产区调查报告．2012
"""


def test_plain_reference_marks_leave_the_text_and_are_recorded():
    c = clean(PLAIN, source="tea.txt")
    assert "1987年通过认定。" in c.body and "高约两成。" in c.body and "[2-3]" not in c.body.split("参考资料")[0]
    assert any(e.before == "[2-3]" and e.action == "removed" for e in c.audit)


MD = """# 跨江大桥的建设

大桥于2016年开工，2021年通车，主跨长1120米[1]。通车后两岸通勤时间缩短了一半[2]，详见[交通局说明](https://example.org/a)。

## 参考

1. [1] 大桥工程简介
2. [2] 通勤调查报告
"""


def test_markdown_reference_marks_leave_the_text_but_links_stay():
    c = clean(MD, source="bridge.md")
    assert "主跨长1120米。" in c.body and "缩短了一半，" in c.body
    assert "交通局说明" in c.body


def test_a_bracketed_number_without_a_reference_list_stays():
    text = "问卷第[3]题的回答最分散。\n\n多数人选择了第二个选项[2]，少数人没有作答。\n"
    c = clean(text, source="survey.txt")
    assert "[2]" in c.body and "[3]" in c.body


def test_a_plain_reference_lists_entries_stay_apart():
    paras = [p for p in clean(PLAIN, source="tea.txt").body.split("\n\n") if p.strip()]
    assert not any(p.count("[") >= 2 for p in paras)
