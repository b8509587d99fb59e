"""A body's own record of questions and answers speaks in the body's voice (issue 13, property 1):
an investor-relations record published by a firm, a bureau's FAQ, a traditional-script company
FAQ — each "答：" is the publisher's when no answerer is named. A newspaper's interview is not the
newspaper's. Invented stories (a ferry operator's new route, a water bureau's rationing)."""

from __future__ import annotations

import pytest

from generator.analyse.interviews import body_answerer
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 新航线\n  terms: [新航线, 限水, 新航線]\n"

IR = ("投资者关系活动记录表\n\n问1：新航线开通后客流如何？\n\n"
      "答：新航线开通首月客流约12万人次，公司已增开两个班次。\n\n"
      "问2：燃油价格上涨对公司有何影响？\n\n答：燃油成本约占营业成本三成，公司已锁定明年上半年的部分用油价格。")
FAQ = ("限水问答\n\n问：限水期间居民用水受影响吗？\n\n答：居民生活用水优先保障，限水主要针对洗车和绿化用水。\n\n"
       "问：限水将持续多久？\n\n答：预计持续到水库水位回升至汛限水位以上。")
HK = ("新航線常見問題\n\n問：新航線票價多少？\n\n答：新航線單程票價為48元，長者半價。\n\n"
      "問：會否加開夜間航班？\n\n答：公司將視乎客量，於明年初研究加開夜間航班。")


def _article(body, outlet, script="zh-Hans"):
    return Article(slug="a", source="a.txt", title="问答", script=script, blocks=parse_body(body),
                   outlet=outlet, author=None, date="2025-06-01")


@pytest.mark.parametrize("body, outlet, text, script", [
    (IR, "东港轮渡股份有限公司", "公司已增开两个班次", "zh-Hans"),
    (FAQ, "青溪市水务局", "限水主要针对洗车和绿化用水", "zh-Hans"),
    (HK, "海港渡輪有限公司", "於明年初研究加開夜間航班", "zh-Hant"),
])
def test_a_bodys_own_answers_are_the_bodys(tmp_path, body, outlet, text, script):
    part = analysed(tmp_path, _article(body, outlet, script), TOPIC)
    s = sentence_with(part, text)
    assert [sp.name for sp in part.speakers.get((s.article, s.index), ())] == [outlet]


def test_a_newspapers_interview_is_not_the_newspapers(tmp_path):
    assert body_answerer("青溪日报", ["问：限水多久？", "答：两个月。", "问：影响大吗？", "答：不大。"]) == ""
    assert body_answerer("青溪市水务局", ["限水期间请节约用水。", "答：两个月。"]) == ""
    part = analysed(tmp_path, _article(FAQ, "青溪日报"), TOPIC)
    s = sentence_with(part, "限水主要针对洗车和绿化用水")
    assert "青溪日报" not in [sp.name for sp in part.speakers.get((s.article, s.index), ())]
