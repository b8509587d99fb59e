"""A scholarly paper speaks of itself as 本文 ("本文认为", "本文估计"): its own findings are the paper's,
credited to the body that publishes it, as a research note's "我们认为" is (papers made up for the test,
on topics unlike the corpora: rural broadband, wetland birds); a sentence that names someone else stays
theirs, and an ordinary news page with no such frame credits nobody."""

from __future__ import annotations

from speakerkit import speakers_of

TOPIC = "topic:\n  label: 宽带与湿地\n  terms: [宽带, 农户, 水鸟, 湿地]\n"


def _who(tmp_path, body: str, text: str, outlet: str):
    return [(sp.name, sp.kind) for sp in speakers_of(tmp_path, body, text, TOPIC, outlet=outlet, date="2024-06-01")]


PAPER = """摘要：本文利用三省2400户农户的调查数据评估宽带提速的收入效应。本文认为，宽带只是必要条件，物流与培训才是关键。

提速村农户的网络销售收入平均增加约2600元，其中特色农产品贡献了七成。

结合问卷数据，本文估计新增收入中用于再投资的比例约为三成。

县农业农村局副局长方立新表示，明年将在80个村建设物流站点。
"""


def test_a_papers_own_findings_are_its_publishers(tmp_path):
    assert _who(tmp_path, PAPER, "网络销售收入平均增加约2600元", "西岭经济研究院") == [("西岭经济研究院", "org")]
    assert _who(tmp_path, PAPER, "用于再投资的比例约为三成", "西岭经济研究院") == [("西岭经济研究院", "org")]
    assert ("西岭经济研究院", "org") not in _who(tmp_path, PAPER, "明年将在80个村建设物流站点", "西岭经济研究院")


NEWS = """湖区越冬水鸟总数由约4.1万只增至5.3万只，其中鹤类增长最快。

退耕还湿后的浅水区吸引了七成以上的新增个体。
"""


def test_a_news_page_without_the_frame_credits_nobody(tmp_path):
    assert _who(tmp_path, NEWS, "吸引了七成以上的新增个体", "湖区日报") == []
