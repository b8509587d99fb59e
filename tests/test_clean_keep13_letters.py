"""An official document's end matter (rule ``letter_tail``): distribution fields, bracketed notes
under the signature, contact lines, the closing formula and the courtesy closing leave by the genre's
shape, among the last lines only; the body stays. Synthetic documents on topics of their own, in three
forms (a school's notice, a company's reply letter, a residents' committee's minutes), and texts where
the same words are text."""

from __future__ import annotations

from generator.clean import clean

SCHOOL_NOTICE = """\
关于调整秋季学期作息时间的通知

各年级、各班级：

根据市教育局关于中小学生睡眠管理的要求，经学校研究决定，自9月15日起调整作息时间。

一、早上到校时间由7:30推迟至8:00，第一节课8:10开始。

二、午休时间延长至一小时，中午12:00至13:00。

三、下午放学时间相应推迟至17:10，课后服务照常开展。

请各班主任及时向学生和家长传达。

特此通知。

青禾实验小学
2025年9月8日

（此件公开发布）

抄送：区教育局基础教育科，学校家长委员会。
"""

REPLY_LETTER = """\
关于用户投诉燃气表计量异常的复函

王女士：

您反映的燃气表计量异常问题已收悉。我公司于3月12日派员上门检测，发现表内计量模块老化，读数偏高约百分之六。

我公司已为您免费更换新表，并按检测结果退还多收的燃气费共计218元，款项将于10个工作日内到账。

今后我公司将每五年对辖区燃气表进行一次轮换检测，避免类似问题再次发生。

再次感谢您对我公司工作的关心和支持，欢迎继续提出宝贵意见。

特此函复。

城东燃气有限公司
2025年3月20日

联系人：赵明　联系电话：0571-8800XXXX
"""

MINUTES = """\
南湖社区居委会第三次议事会纪要

时间：2025年5月6日
地点：社区活动中心二楼

会议讨论了加装电动自行车充电桩的方案。与会居民代表一致同意在三个小区各建一处集中充电点，费用由社区公益金承担一半。

会议还决定，下月起每周六上午开放社区图书室，由志愿者轮流值班。

（以下无正文）

分送：街道办事处，各小区物业服务中心。
印发：南湖社区居委会　　2025年5月8日印发
"""


def test_notice_end_matter_leaves_decisions_stay():
    c = clean(SCHOOL_NOTICE, source="notice.txt")
    for furniture in ("特此通知", "此件公开发布", "抄送"):
        assert furniture not in c.body, furniture
    for text in ("自9月15日起调整作息时间", "第一节课8:10开始", "课后服务照常开展", "请各班主任及时向学生和家长传达"):
        assert text in c.body, text
    assert all(e.rule == "letter_tail" for e in c.audit if "抄送" in e.before)


def test_reply_letter_courtesy_formula_and_contact_leave():
    c = clean(REPLY_LETTER, source="letter.txt")
    for furniture in ("再次感谢", "特此函复", "联系人", "0571"):
        assert furniture not in c.body, furniture
    for text in ("读数偏高约百分之六", "退还多收的燃气费共计218元", "每五年对辖区燃气表进行一次轮换检测"):
        assert text in c.body, text


def test_minutes_distribution_and_no_more_text_note_leave():
    c = clean(MINUTES, source="minutes.txt")
    for furniture in ("以下无正文", "分送", "印发"):
        assert furniture not in c.body, furniture
    assert "费用由社区公益金承担一半" in c.body and "由志愿者轮流值班" in c.body


def test_the_same_words_inside_text_stay():
    raw = ("市政府办公厅昨天印发《关于推进垃圾分类的实施方案》，要求各区年底前完成试点。\n\n"
           "方案提出，感谢市民对垃圾分类工作的支持，今年全市回收利用率已达百分之四十。\n\n"
           "负责人表示，特此通知各街道尽快落实的做法效果明显，市民反响很好。\n\n"
           "（记者 林小雨）\n\n"
           "抄送给各区的文件里还附有一张时间表，列出了每个季度的目标。\n")
    c = clean(raw, source="news.txt")
    for text in ("印发《关于推进垃圾分类的实施方案》", "感谢市民对垃圾分类工作的支持，今年全市回收利用率已达百分之四十",
                 "特此通知各街道尽快落实", "抄送给各区的文件里还附有一张时间表"):
        assert text in c.body, text
    assert not [e for e in c.audit if e.rule == "letter_tail"]
