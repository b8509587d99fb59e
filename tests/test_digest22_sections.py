"""Digests that speak for what the article lays out, on synthetic articles (a river port's reopening, a
county's tea fair, a city's night buses; topics no corpus has):

* an article in headed sections has a line from each main section, not only from the one that repeats
  its main words; a section whose heading names what it lists ("…受益股") is spoken for by the line that
  names the members, not by a line that only mentions the heading's word in passing;
* a section that is a list of items (three short sub-headings or more: "3.1 办民宿") is summed up by its
  heading and its items; a list of readings ("…报告", "…解读文") gets no line;
* a line that counts the parties holding a view ("甲、乙、丙等8家公交企业均表示…") is among the points;
* a line that stands for its speaker by a pronoun ("在他看来，…") is shown with the speaker's name.
"""

from __future__ import annotations

from tests.test_index import _article, _run

PORT = "\n\n".join([
    "江州港封航三个月后重新开放，首周吞吐量恢复到封航前的八成，港口物流的复苏比预期更快。",
    "## 受益股集体走强",
    "复航消息公布后，港口板块全线上涨，券商纷纷发布研报推荐受益股。",
    "江州港务、临江物流、顺远船务、南岸仓储、川海集装箱等受益股全数涨停，成交额创下年内新高。",
    "港口分析师韩立坚表示，复航带来的运力修复将持续两个季度，港口物流企业的业绩有望改善。",
    "## 船东仍在观望",
    "多家船东表示，航道限高尚未解除，大型货轮仍需绕行，航线恢复还要等待。",
    "江州船东协会会长苏铭说，协会成员的船舶利用率只有六成，燃油和港杂费却在上涨。",
    "## 记者观察｜复航之后靠什么留住货源？",
    "复航只是第一步，港口能否留住货源，关键在于通关效率和收费是否有竞争力。",
    "港务部门表示，下一步将推出夜间通关和费用减免措施，吸引货主回流。",
])


def _summary(text, title, slug="doc", **kw):
    an = _run(_article(slug, text, title=title, date="2031-06-02", outlet="乙报", **kw))
    return an.digest(slug).summary


def test_each_main_section_has_a_line():
    summary = _summary(PORT, "江州港复航首周吞吐量恢复八成")
    text = "\n".join(s.text for s in summary)
    assert summary[0].role == "thesis", summary
    assert "船东" in text, summary  # the second section's subject, which the main words never repeat
    assert len(summary) <= 7, summary


def test_a_section_about_a_list_is_spoken_for_by_the_line_naming_its_members():
    summary = _summary(PORT, "江州港复航首周吞吐量恢复八成")
    text = "\n".join(s.text for s in summary)
    assert "临江物流" in text and "顺远船务" in text, summary


def test_an_article_without_sections_keeps_its_short_summary():
    flat = "\n\n".join(p for p in PORT.split("\n\n") if not p.startswith("## "))
    summary = _summary(flat, "江州港复航首周吞吐量恢复八成")
    assert 1 <= len(summary) <= 6, summary


FAIR = "\n\n".join([
    "茶乡县首届春茶博览会闭幕，三天签约金额超过两亿元，县里希望借博览会把春茶卖出山区。",
    "县农业农村局局长何春生表示，博览会吸引了二百多家采购商，本地茶农的收购价比去年高出一成。",
    "## 一、博览会成交情况",
    "签约项目主要集中在绿茶和白茶，其中线上直播带货的成交额占到三成。",
    "何春生说，采购商最看重的是茶园的有机认证和稳定供货能力。",
    "## 二、茶农增收的门路",
    "### 2.1 开茶园民宿",
    "茶园周边的民宿在博览会期间全部订满，房价比平时高出一倍。",
    "### 2.2 直播卖茶",
    "不少茶农在茶园里开直播，一场直播能卖出上百斤新茶。",
    "### 2.3 茶叶深加工",
    "合作社引进了茶饮料生产线，把夏秋茶做成瓶装茶饮。",
    "### 2.4 研学旅游",
    "县里推出采茶、制茶体验课，吸引城里的中小学生来研学。",
    "## 三、延伸阅读",
    "### 3.1 县农业局工作报告",
    "报告全文见县政府网站。",
    "### 3.2 茶产业研究解读文",
    "解读文见公众号。",
    "### 3.3 博览会纪要",
    "纪要见附件。",
    "## 四、下一步",
    "何春生表示，县里将扶持茶农申请有机认证，力争三年内让春茶收入翻一番，博览会明年还将继续举办。",
    "业内人士认为，茶乡县要把博览会的热度变成长期订单，关键还在于品质和品牌。",
])


def test_a_section_of_items_is_summed_up_by_its_heading_and_items():
    summary = _summary(FAIR, "茶乡县春茶博览会签约超两亿元")
    lines = [s.text for s in summary]
    listed = [t for t in lines if t.startswith("茶农增收的门路：")]
    assert listed, lines
    assert "开茶园民宿、直播卖茶、茶叶深加工、研学旅游" in listed[0], listed
    assert not any("2.1" in t for t in lines), lines


def test_a_list_of_readings_gets_no_line():
    lines = [s.text for s in _summary(FAIR, "茶乡县春茶博览会签约超两亿元")]
    assert not any("工作报告" in t or "解读文" in t or "纪要" in t for t in lines), lines


def test_a_list_line_stands_in_reading_order_between_the_thesis_and_the_conclusion():
    summary = _summary(FAIR, "茶乡县春茶博览会签约超两亿元")
    roles = [s.role for s in summary]
    at = next(k for k, s in enumerate(summary) if s.text.startswith("茶农增收的门路："))
    assert roles[0] == "thesis" and 0 < at, summary
    assert "conclusion" not in roles or roles.index("conclusion") > at, summary


BANKS = "\n\n".join([
    "本市新推出的夜间公交线路运营满一个月，日均客流达到一万二千人次，夜间出行难的问题有所缓解。",
    "公交集团表示，夜班车主要覆盖医院、夜市和产业园区，发车间隔为二十分钟。",
    "乘客反映，部分站点的候车亭照明不足，末班车的时刻表也不够清楚。",
    "短短一周内，城东公交、临港公交、江南巴士等8家公交企业均表示，将在下月加开夜班公交线路，夜间客流还会继续增长。",
    "交通规划学者钱明远认为，夜班车的客流还会随着夜间经济的发展继续增长。",
    "公交集团负责人说，下一步将根据客流数据调整线路，并在主要站点增设照明。",
    "市交通局表示，夜班车将纳入公交财政补贴范围，票价保持两元不变。",
])


def test_a_line_counting_the_parties_that_hold_a_view_is_a_point():
    lines = [s.text for s in _summary(BANKS, "夜班公交运营满月日均客流过万")]
    assert any("8家公交企业" in t for t in lines), lines


def test_a_line_standing_for_its_speaker_by_a_pronoun_is_given_the_name():
    from generator.analyse.digestvoice import named_pronouns
    from generator.analyse.model import SummarySentence
    from generator.analyse.text import Sentence

    texts = ["物流公司项目经理顾长风专门研究冷链配送。", "在他看来，夜班车尽管班次不多，但已经方便了不少夜班工人。"]
    para = "".join(texts)
    sents = [Sentence("bus", "p4", k, 3, 0, t, t, para, para) for k, t in enumerate(texts)]
    line = SummarySentence(texts[1], "p4")
    assert named_pronouns([line], sents, ["顾长风"])[0].text.startswith("在顾长风看来，"), line
    # ...and a point is left off when the sentence before names two people (whose view is it?)
    other = [Sentence("bus", "p4", 0, 3, 0, "项目经理顾长风和司机钱小川都专门研究过排班。", "项目经理顾长风和司机钱小川都专门研究过排班。", para, para),
             sents[1]]
    assert named_pronouns([line], other, ["顾长风", "钱小川"]) == []
    thesis = SummarySentence(texts[1], "p4", role="thesis")
    assert named_pronouns([thesis], other, ["顾长风", "钱小川"]) == [thesis]


def test_a_credit_closing_a_section_is_never_a_point():
    text = FAIR + ("\n\n## 五、写在最后\n\n感谢茶乡县春茶博览会组委会提供茶园采访便利，本文不含商业合作。"
                   "\n\n感谢茶乡县茶农合作社提供博览会签约数据和茶园图片。")
    lines = [s.text for s in _summary(text, "茶乡县春茶博览会签约超两亿元")]
    assert not any(t.startswith("感谢") for t in lines), lines
