"""Who a point's words are, as an analyst reads them (issue 13): a Q&A platform's labels ("公司回答某某：",
"投资者提问：问某某：") are never part of a speaker or a statement, the answer's speaker being the body answering;
an asker's turn is never a source of a claim nor counted among a point's sources; a survey's share ("约有三成受访
家长") is never a speaker; a traditional text's aspect particle 著 reads 着 in simplified statements.

The pages are invented (an investor Q&A board of two component makers, a school survey, a Taiwanese weekly);
none of the corpora has these companies, topics or words.
"""

from __future__ import annotations

from functools import partial

from generator.analyse.speakercheck import checked_name
from generator.analyse.text import to_simplified
from tests.test_briefing_recall import _run
from tests import contendkit

_article = partial(contendkit.article, date="2026-06-01")

PARTS = "topic:\n  label: 车企降价\n  terms: [降价, 车企, 毛利率]\n"

BOARD = _article("board", "互动问答：零部件公司回复投资者", (
    "投资者提问：问天成电子：董秘您好，听说几家车企要求供应商年降一成，整车降价会不会拖累公司毛利率？谢谢！\n\n"
    "公司回答天成电子：尊敬的投资者您好！车企降价确实带来年降压力，公司产品单价今年下降约5%，"
    "但出货量同比增长三成，毛利率保持稳定。感谢您的关注！\n\n"
    "投资者提问：问恒远精工：车企都在降价，公司二季度订单怎么样？\n\n"
    "公司回答恒远精工：您好，受车企降价影响，公司二季度铝压铸件订单同比下降约12%，毛利率承压。谢谢！"), outlet="问答平台")

NEWS = _article("news", "车企降价潮下的零部件厂", (
    "车企降价潮传导到上游。天成电子表示，产品单价今年下降约5%，但出货量增长三成，毛利率保持稳定。\n\n"
    "业内人士指出，年降要求普遍在一成左右，二三级供应商压力最大。"))


def _words(an) -> list[tuple[str, str]]:
    return [(p.statement, sp.name) for p in an.points for sp in p.speakers]


def test_a_qa_label_is_no_part_of_a_speaker_nor_of_a_statement(tmp_path):
    an, _ = _run(tmp_path, [BOARD, NEWS], PARTS)
    names = {sp.name for p in an.points for sp in p.speakers}
    assert not any("回答" in n or "提问" in n for n in names), _words(an)
    assert not any("公司回答" in p.statement or "投资者提问" in p.statement for p in an.points), _words(an)
    answered = [p for p in an.points if any("订单同比下降约12%" in c.quote for c in p.citations)]
    assert answered, [p.statement for p in an.points]
    assert any(sp.name == "恒远精工" for p in answered for sp in p.speakers), _words(an)
    # nor the reply's salutation
    assert not any(p.statement.startswith(("您好", "尊敬的")) for p in an.points), _words(an)


def test_an_asker_s_turn_is_no_source_of_a_claim(tmp_path):
    an, _ = _run(tmp_path, [BOARD, NEWS], PARTS)
    asked = [(p.statement, c.quote) for p in an.points for c in p.citations
             if c.article == "board" and ("董秘您好" in c.quote or "听说几家车企" in c.quote or "订单怎么样" in c.quote)]
    assert not asked, asked


def test_q_and_a_labels_and_survey_shares_are_never_names():
    assert checked_name("公司回答天成电子", "org") == "天成电子"
    assert checked_name("董秘回复恒远精工", "org") == "恒远精工"
    assert checked_name("投资者提问", "person") == ""
    for share in ("约有三成受访家长", "近半数受访者", "超过60%的网友", "四成车主"):
        assert checked_name(share, "group") == "", share
    # names that merely open on such characters stay
    for name in ("问天科技", "半导体协会", "多数派联盟", "王问"):
        assert checked_name(name, "org" if len(name) > 2 else "person") == name, name


SCHOOL = "topic:\n  label: 课后托管\n  terms: [课后托管, 托管]\n"

SURVEY = _article("survey", "课后托管调查", (
    "区教育局上月对全区家长开展课后托管问卷调查，共回收问卷一万两千份。\n\n"
    "调查显示，约有三成受访家长表示愿意为延时托管额外付费，但多数家长希望费用控制在每月两百元以内。\n\n"
    "区教育局副局长梁思远表示，课后托管将在秋季学期覆盖全区所有小学。"))


def test_a_survey_s_share_is_never_a_speaker(tmp_path):
    an, _ = _run(tmp_path, [SURVEY], SCHOOL)
    names = {sp.name for p in an.points for sp in p.speakers}
    assert not any("三成" in n or "多数" in n for n in names), _words(an)


def test_a_traditional_aspect_particle_reads_as_simplified():
    assert to_simplified("出貨量會跟著放大，意味著訂單增加", "zh-Hant") == "出货量会跟着放大，意味着订单增加"
    # 著 in its own sense stays
    assert to_simplified("這位著名作家著有三本名著，成效顯著", "zh-Hant") == "这位著名作家著有三本名著，成效显著"


WEEKLY = _article("tw", "台廠搶進電動車供應鏈", (
    "電動車價格戰延燒，台灣零組件廠的訂單也跟著放大。業者指出，打進大陸車廠體系的台廠，出貨量會跟著成長，"
    "但毛利率會隨著年降要求下滑。"), script="zh-Hant")

EV = "topic:\n  label: 電動車\n  terms: [電動車, 零組件]\n"


def test_a_traditional_article_s_statements_have_no_traditional_particle(tmp_path):
    an, _ = _run(tmp_path, [WEEKLY], EV)
    assert an.points, "no point"
    assert not any("著" in p.statement for p in an.points), [p.statement for p in an.points]


def test_a_statement_keeps_no_qa_label_nor_salutation():
    from generator.analyse.statements import clean_statement
    for line in ("公司回答天成电子：您好，公司一季度实现营业收入3.2亿元，同比增长12%。",
                 "董秘回复恒远精工：尊敬的投资者您好！公司一季度实现营业收入3.2亿元，同比增长12%。"):
        got = clean_statement(line, keep_frame=True)
        assert got.startswith("公司一季度实现营业收入"), got


def test_a_taiwanese_firm_s_rank_introduces_its_holder():
    from generator.analyse.speakers import ROLE_TITLES, find_attributions
    got = [(a.name, a.role) for a in find_attributions("宏碁电子业务处协理林国栋表示，出货量会跟着放大。", ROLE_TITLES)]
    assert got == [("林国栋", "宏碁电子业务处协理")], got
    got = [(a.name, a.role) for a in find_attributions("恒丰银行襄理黄美玲说，房贷申请明显增加。", ROLE_TITLES)]
    assert got and got[0][0] == "黄美玲", got
