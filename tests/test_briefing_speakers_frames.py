"""Who says each sentence (issue 13, property 1), read from the sentence's own frame and from the
document's structure: turn labels, an interview's interviewee, a research note's signing body,
a person's role given once, short second mentions, unnamed sources. Small articles written for
the test on an invented topic (the closure of 青川大桥 for repairs), none of the corpora's words."""

from __future__ import annotations

from generator.analyse.speakers import split_holder
from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 青川大桥\n  terms: [青川大桥, 大桥]\n"


def _article(body, slug="a", script="zh-Hans", outlet=None, author=None, title="t"):
    return Article(slug=slug, source=f"{slug}.txt", title=title, script=script, blocks=parse_body(body),
                   outlet=outlet, author=author, date="2025-05-01")


def _who(tmp_path, article, text):
    """The speakers of the sentence of ``article`` holding ``text``."""
    part = analysed(tmp_path, article, TOPIC)
    s = sentence_with(part, text)
    return [(sp.name, sp.role, sp.kind) for sp in part.speakers.get((s.article, s.index), ())]


# the holder phrase itself ----------------------------------------------------------------------

def test_dates_channels_and_short_forms_are_not_part_of_the_holder():
    assert split_holder("城市交通研究院（UTRI）院长陈立群12日在发布会上") == ("陈立群", "城市交通研究院院长", "person")
    assert split_holder("市桥梁管理中心今年3月2日发布的检测报告") == ("市桥梁管理中心", "", "org")
    assert split_holder("宁川路桥集团发布声明") == ("宁川路桥集团", "", "org")
    assert split_holder("宁川路桥方面则再次") == ("宁川路桥", "", "org")


def test_an_unnamed_source_gets_a_role_never_a_name():
    # "对我们" is the channel, not a name; a holder told by its role alone is a described group
    assert split_holder("一家物流公司的调度主管对我们") == ("一家物流公司的调度主管", "", "group")
    assert split_holder("合伙人对我们") == ("合伙人", "", "group")
    assert split_holder("一位不愿具名的工程师")[2] == "group"


def test_a_named_person_behind_an_indefinite_role_is_named():
    assert split_holder("某大学教授 周文远") == ("周文远", "某大学教授", "person")


# the document's structure ----------------------------------------------------------------------

def test_a_transcripts_turn_is_its_labelled_speaker_and_short_labels_keep_the_role(tmp_path):
    a = _article("本期主题：青川大桥封闭之后\n\n"
                 "主持人：欢迎收看。青川大桥从周一起封闭维修，为期半年。\n\n"
                 "嘉宾（江北理工大学土木系教授周文远）：我认为封闭半年是必要的，主梁的裂缝已经超过安全限值。\n\n"
                 "嘉宾（宁川物流协会会长何静）：我不太同意，绕行会让物流成本上升两成以上。\n\n"
                 "周文远：补充一点，维修期间轮渡可以分流部分车辆。")
    assert _who(tmp_path, a, "主梁的裂缝") == [("周文远", "江北理工大学土木系教授", "person")]
    assert _who(tmp_path, a, "物流成本上升") == [("何静", "宁川物流协会会长", "person")]
    assert _who(tmp_path, a, "轮渡可以分流") == [("周文远", "江北理工大学土木系教授", "person")]
    assert [k for _, _, k in _who(tmp_path, a, "为期半年")] in ([], ["group"])  # the host: a role, no name


def test_a_role_and_name_apart_in_a_label(tmp_path):
    a = _article("青川大桥座谈会纪要。\n\n市交通局副局长 孙海：封闭期间将增开三条公交接驳线路。")
    assert _who(tmp_path, a, "公交接驳") == [("孙海", "市交通局副局长", "person")]


def test_an_interviews_answers_are_the_interviewees(tmp_path):
    a = _article("青川大桥周一起封闭维修。封闭究竟影响多大？本报专访江北理工大学土木系主任周文远教授。\n\n"
                 "问：封闭半年是否过长？\n\n答：不长。主梁裂缝已经超过限值，必须彻底更换支座。\n\n"
                 "问：市民该怎么出行？\n\n答：尽量错峰，轮渡和地铁可以分担大部分客流。")
    assert _who(tmp_path, a, "更换支座") == [("周文远", "江北理工大学土木系主任", "person")]
    assert _who(tmp_path, a, "轮渡和地铁") == [("周文远", "江北理工大学土木系主任", "person")]
    assert _who(tmp_path, a, "封闭半年是否过长") == []  # the question is the reporter's


def test_answers_with_two_people_introduced_and_no_interview_verb_have_no_speaker(tmp_path):
    a = _article("青川大桥周一起封闭维修。土木系教授周文远和物流协会会长何静都关注此事。\n\n"
                 "问：封闭半年是否过长？\n\n答：不长，主梁裂缝已经超过限值。\n\n问：怎么出行？\n\n答：尽量错峰出行。")
    assert _who(tmp_path, a, "主梁裂缝") == []


def test_a_research_notes_we_is_the_body_that_signs_it(tmp_path):
    a = _article("# 宁川证券研究所\n\n事件：青川大桥周一起封闭维修半年。\n\n"
                 "我们认为，封闭对沿江物流企业的短期盈利影响有限。\n\n"
                 "据我们测算，绕行将使区域货运成本上升约8%。\n\n资料来源：公司公告，宁川证券研究所")
    assert _who(tmp_path, a, "短期盈利影响有限") == [("宁川证券研究所", "", "org")]
    assert _who(tmp_path, a, "货运成本上升") == [("宁川证券研究所", "", "org")]
    assert _who(tmp_path, a, "周一起封闭") == [("宁川证券研究所", "", "org")]  # its narration too


def test_one_we_is_not_enough_to_make_a_report(tmp_path):
    a = _article("# 宁川证券研究所\n\n事件：青川大桥周一起封闭维修半年。\n\n"
                 "我们认为，封闭对沿江物流企业的短期盈利影响有限。")
    assert _who(tmp_path, a, "短期盈利影响有限") == []


def test_a_short_second_mention_is_the_one_person_of_that_surname(tmp_path):
    a = _article("江北理工大学土木系教授周文远介绍了青川大桥的检测结果。\n\n"
                 "市民反映绕行不便。\n\n周表示，支座更换完成后大桥的承载能力将恢复到设计标准。")
    assert _who(tmp_path, a, "承载能力") == [("周文远", "江北理工大学土木系教授", "person")]


def test_a_short_mention_of_two_people_of_one_surname_is_nobody(tmp_path):
    a = _article("土木系教授周文远和交通局局长周海都到了现场。\n\n周表示，支座更换完成后大桥的承载能力将恢复。")
    assert _who(tmp_path, a, "承载能力") == []


def test_a_company_statement_is_the_company(tmp_path):
    a = _article("青川大桥周一起封闭维修。\n\n宁川路桥集团当晚发布声明称，维修工程将于十月底前完工。\n\n"
                 "宁川路桥方面则强调，封闭期间不会收取任何额外费用。")
    assert _who(tmp_path, a, "十月底前完工") == [("宁川路桥集团", "", "org")]
    assert _who(tmp_path, a, "额外费用") == [("宁川路桥", "", "org")]


def test_told_to_us_by_an_unnamed_partner_names_nobody(tmp_path):
    a = _article("青川大桥周一起封闭维修。\n\n一家物流公司的合伙人对我们表示，绕行让每趟运输多花四十分钟。")
    assert _who(tmp_path, a, "四十分钟") == [("一家物流公司的合伙人", "", "group")]



def test_a_short_form_of_an_organisation_is_the_organisation(tmp_path):
    a = _article("宁川路桥集团（宁桥）负责青川大桥的维修。\n\n宁桥表示，维修工程将于十月底前完工。")
    assert _who(tmp_path, a, "十月底前") == [("宁桥", "", "org")]


def test_a_side_named_by_its_party_is_an_organisation(tmp_path):
    a = _article("双方就青川大桥的通航问题进行了会谈。据甲方介绍，封闭期间航道照常开放。据乙方介绍，轮渡班次将加密。")
    assert _who(tmp_path, a, "航道照常开放") == [("甲方", "", "org")]
    assert _who(tmp_path, a, "轮渡班次") == [("乙方", "", "org")]


def test_the_next_sentence_naming_another_titled_person_is_not_the_first_holders(tmp_path):
    a = _article("青川大桥周一起封闭。\n\n市交通局发布通告说，封闭期间增开三条公交接驳线路。"
                 "同日，市长林远山视察了大桥维修现场，要求确保十月底前完工。")
    assert _who(tmp_path, a, "公交接驳") == [("市交通局", "", "org")]
    assert ("市交通局", "", "org") not in _who(tmp_path, a, "视察了大桥")


def test_he_after_a_transliterated_name_with_its_title_is_that_person(tmp_path):
    a = _article("市交通局局长孙海表示，封闭是必要的。\n\n"
                 "英国桥梁工程师彼得·琼斯（Peter Jones）则持不同看法。他认为，分段封闭就能完成支座更换。")
    assert [n for n, _, _ in _who(tmp_path, a, "分段封闭")] == ["彼得·琼斯"]


def test_a_clause_with_an_indefinite_article_is_not_a_holder():
    assert split_holder("宁川路桥并不是一家值得信任的企业") is None


def test_a_quotation_closed_just_before_its_holder_is_the_holders_every_sentence(tmp_path):
    a = _article("青川大桥周一起封闭。\n\n“轮渡班次将加密一倍。公交接驳线路也会增加三条。”市交通局局长孙海表示，"
                 "封闭是必要的。\n\n随后记者走访了码头。")
    assert [n for n, _, _ in _who(tmp_path, a, "轮渡班次")] == ["孙海"]
    assert [n for n, _, _ in _who(tmp_path, a, "记者走访")] == []


def test_a_holders_view_without_zai(tmp_path):
    a = _article("青川大桥周一起封闭。\n\n从事桥梁检测的宁川检测公司总经理孙海看来，支座老化比裂缝更危险。"
                 "从目前看来，工期不会延长。")
    assert [n for n, _, _ in _who(tmp_path, a, "支座老化")] == ["孙海"]


def test_a_person_of_a_named_body_and_an_abbreviation_are_holders(tmp_path):
    assert split_holder("江北桥梁研究所的韦斯特（Tom West）一直") == ("韦斯特", "江北桥梁研究所", "person")
    a = _article("本报专访江北理工大学土木系主任周文远教授。\n\n问：封闭是否必要？\n\n"
                 "答：必要。东电自己承认，大桥的支座已经老化。\n\n问：多久？\n\n答：半年。")
    # inside an answer, a body the interviewee reports is the holder of what it admitted
    assert [n for n, _, _ in _who(tmp_path, a, "支座已经老化")] == ["东电"]
    b = _article("青川大桥周一起封闭。\n\n市场普遍认为工期偏长。")
    assert _who(tmp_path, b, "工期偏长") == []



def test_a_report_stands_for_the_person_who_issued_it_just_before(tmp_path):
    a = _article("江北证券分析师孙海昨日发表报告，维持宁川路桥“增持”评级。报告指，大桥维修将带来约三亿元的工程收入。")
    assert [n for n, _, _ in _who(tmp_path, a, "工程收入")] == ["孙海"]
    b = _article("青川大桥周一起封闭。报告指，大桥维修将带来约三亿元的工程收入。")
    assert _who(tmp_path, b, "工程收入") == []


def test_a_research_notes_own_narration_is_the_bodys(tmp_path):
    a = _article("# 宁川证券研究所\n\n事件：青川大桥周一起封闭维修半年。\n\n"
                 "我们认为，封闭对沿江物流企业的短期盈利影响有限。\n\n"
                 "工期风险可控。据我们测算，绕行将使区域货运成本上升约8%。\n\n资料来源：公司公告，宁川证券研究所")
    assert _who(tmp_path, a, "工期风险可控") == [("宁川证券研究所", "", "org")]


def test_a_sentence_opened_by_one_holder_and_holding_another_is_nobodys(tmp_path):
    a = _article("青川大桥周一起封闭。\n\n孙海已经承认工期会延长，宁川证券估算维修费用约三亿元。")
    assert _who(tmp_path, a, "维修费用") == []


def test_a_misread_surname_of_a_person_named_before_is_that_person(tmp_path):
    a = _article("宁川桥梁协会会长于海峰介绍了检测结果。\n\n干海峰认为，支座更换后大桥可以再用三十年。")
    assert _who(tmp_path, a, "再用三十年") == [("于海峰", "宁川桥梁协会会长", "person")]


def test_a_columns_sentence_naming_its_own_holders_is_not_the_authors(tmp_path):
    from test_briefing_properties import _citing, _run

    body = ("青川大桥封闭：谁来买单\n\n我认为这次封闭暴露了养护投入的长期不足。\n\n"
            "我觉得市民的不满可以理解。\n\n"
            "孙海已经承认工期会延长，宁川证券估算青川大桥封闭有望推动轮渡行业降本增效，带动相关企业的订单增长。")
    a = _article(body, author="钟明", outlet="澜评论")
    an = _run(tmp_path, [a], TOPIC)
    [p] = _citing(an, "a", "降本增效")
    assert "钟明" not in [s.name for s in p.speakers]  # two holders of its own, neither surely: nobody


def test_a_body_and_its_document_and_a_name_with_zaixian_are_read_whole():
    assert split_holder("城市交通研究院今年3月公布的报告") == ("城市交通研究院", "", "org")
    assert split_holder("宁川国际的报告") is None or split_holder("宁川国际的报告")[0] != "报告"
    assert split_holder("宁川在线接受调研时")[0] == "宁川在线"


def test_a_sentence_opening_on_er_is_the_writers_again(tmp_path):
    a = _article("青川大桥周一起封闭。\n\n据一位物流公司的调度主管估计，每趟运输要多花四十分钟。"
                 "而轮渡公司正在加开夜班船，市政府也准备了数千万元的补贴。")
    assert _who(tmp_path, a, "四十分钟") == [("一位物流公司的调度主管", "", "group")]
    assert _who(tmp_path, a, "夜班船") == []


def test_a_sides_head_holder_is_nobody_when_the_sentence_names_two():
    from generator.analyse.disputeholders import frame_holder
    from generator.analyse.text import Sentence

    def sent(text):
        return Sentence(article="a", paragraph="p1", index=0, para_index=0, start=0, simple=text, original=text,
                        paragraph_simple=text, paragraph_original=text)

    assert [sp.name for sp in frame_holder(sent("宁川市民联盟批评市政府拖延维修，会长孙海表示将发起联署。"))] == []
    assert [sp.name for sp in frame_holder(sent("宁川市民联盟批评市政府拖延维修。"))] == ["宁川市民联盟"]


def test_an_announcement_holds_its_own_sentence_only(tmp_path):
    a = _article("宁川路桥集团公布，首轮检测共发现裂缝12处。市交通局自周一起禁止货车通行，轮渡则加开夜班。")
    assert _who(tmp_path, a, "裂缝12处") == [("宁川路桥集团", "", "org")]
    assert _who(tmp_path, a, "禁止货车通行") == []
