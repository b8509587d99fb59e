"""Digests (session 12): the thesis is a sentence that makes a claim, not the dated background an
article opens on; a speaker organising the talk ("先说…", "第三是…") is no thesis; a line addressed to
someone by handle is no summary line; reference marks are out of every line. Each rule on small
synthetic articles in three forms (a report, minutes, a reply letter; a talk, a video script, an
answer; a chat, a thread, a mail), of topics none of the development corpora has."""

from __future__ import annotations

import re

import pytest

from tests.test_index import _article, _run


def _summary(slug, paragraphs, title):
    a = _article(slug, "\n\n".join(paragraphs), title=title, date="2025-03-04")
    return _run(a).digests[0].summary


def _thesis(summary):
    assert summary and summary[0].role == "thesis"
    return summary[0].text


# --- the thesis makes a claim; the dated background it opens on is no thesis ---------------------

CLAIM_CASES = [
    ("report", "城西图书馆闭馆改造 市民借阅受影响", [
        "本月初以来，城西图书馆闭馆改造的消息在附近居民中流传开来。",
        "馆方认为，闭馆改造虽然会影响市民借阅，但长远看能让图书馆的服务空间扩大一倍。",
        "馆方介绍，改造期间市民可以到城东分馆借阅图书，借阅证照常使用。",
        "不少读者反映，城东分馆离得太远，老人和孩子借阅图书很不方便。",
        "馆方表示，将在社区增设流动借阅点，尽量减少闭馆对市民借阅的影响。",
        "改造工程预计明年三月完工，届时图书馆将增加自习座位和儿童阅览区。",
    ], "会议认为"),
    ("minutes", "校园食堂供餐专题会议纪要", [
        "2023年9月，市教育局在全市中小学推行校园食堂统一配餐。",
        "会议认为，统一配餐能够保证食堂饭菜的营养和安全，但配餐价格偏高的问题需要尽快解决。",
        "张校长介绍，学校食堂每天供应午餐约两千份，学生对饭菜口味的意见较多。",
        "李主任表示，配餐企业的运输成本较高，食堂饭菜价格短期内难以下降。",
        "与会代表建议，由教育局牵头对配餐企业开展价格评估，并公开食堂饭菜的成本构成。",
        "会议要求各校在下月底前报送食堂供餐情况，以便统一调整配餐方案。",
    ], "会议认为"),
    ("reply letter", "关于河道整治问题的答复", [
        "我区自2018年起开展河道整治，已完成十二条河道的清淤和护岸工程。",
        "从监测数据看，河道水质总体好转，但雨季的污水溢流问题仍未根本解决，整治任务依然艰巨。",
        "今年上半年，区生态环境局对河道水质开展了六次监测，主要指标均达到四类水标准。",
        "针对代表提出的河道异味问题，我局已要求沿河餐饮企业加装油水分离设施。",
        "下一步，我局将加快雨污分流管网建设，力争明年底前消除河道的污水溢流。",
        "感谢您对河道整治工作的关心和支持，欢迎继续提出意见和建议。",
    ], "仍未根本解决"),
]


@pytest.mark.parametrize("form,title,paragraphs,claim", CLAIM_CASES, ids=[c[0] for c in CLAIM_CASES])
def test_the_thesis_is_a_claim_not_the_dated_background(form, title, paragraphs, claim):
    thesis = _thesis(_summary("c", paragraphs, title))
    assert not thesis.startswith(paragraphs[0][:8]), thesis  # the background is no thesis
    assert any(w in thesis for w in ("认为", "仍未", "影响", "但")), thesis


def test_a_chronicle_that_makes_no_claim_keeps_its_lead():
    paragraphs = [
        "2024年5月，城南公园的樱花节在公园东门开幕，首日接待游客三万人次。",
        "樱花节期间，公园在东门和南门各增设了一处临时售票点和两处游客服务站。",
        "公园管理处在湖边步道上新设了十二块樱花品种介绍牌，并安排讲解员值守。",
        "樱花节闭幕当天，公园管理处组织志愿者对湖边步道和草坪进行了集中清扫。",
        "樱花节期间公园共接待游客二十一万人次，开通的夜间游园共接待游客四万人次。",
    ]
    thesis = _thesis(_summary("k", paragraphs, "城南公园樱花节开幕"))
    assert thesis.startswith("2024年5月"), thesis


# --- a speaker organising the talk, or an enumerated item, is no thesis --------------------------

OPENER_CASES = [
    ("talk", [
        "主持人：今天我们请到了城市规划研究者周明，聊聊共享单车的停放难题。",
        "周明：先说最基本的，共享单车停放难题的根源在于城里的共享单车停放点太少。",
        "周明：我认为共享单车停放乱的根源在于停放点太少，而不是骑车人的素质问题。",
        "周明：停放点不够，骑车人只能把单车停在人行道上，行人通行就受影响了。",
        "周明：城市应该把停放点纳入道路规划，让单车有地方停，停放乱的问题才能解决。",
    ]),
    ("video script", [
        "最后说说共享单车停放难题，根源在于城里的共享单车停放点太少，不是骑车人的素质。",
        "我觉得共享单车停放乱的根源在于停放点太少，而不是骑车人的素质问题。",
        "停放点不够的话，骑车人只能把单车停在人行道上，行人通行就受影响了。",
        "第三是调度，三家公司的单车调度车辆不足，早高峰地铁口的单车常常堆成小山。",
        "所以城市应该把停放点纳入道路规划，让单车有地方停，停放乱的问题才能解决。",
    ]),
    ("answer", [
        "第一点，共享单车停放难题的根源在于城里的共享单车停放点太少，不是骑车人的素质。",
        "我认为共享单车停放乱的根源在于停放点太少，而不是骑车人的素质问题。",
        "停放点不够的话，骑车人只能把单车停在人行道上，行人通行就受影响了。",
        "三家公司的单车调度车辆也不足，早高峰地铁口的单车常常堆成小山无人清理。",
        "城市应该把停放点纳入道路规划，让单车有地方停，停放乱的问题才能解决。",
    ]),
]


@pytest.mark.parametrize("form,paragraphs", OPENER_CASES, ids=[c[0] for c in OPENER_CASES])
def test_a_speaker_organising_the_talk_or_an_item_is_no_thesis(form, paragraphs):
    summary = _summary("o", paragraphs, "共享单车停放难题")
    thesis = _thesis(summary)
    assert not re.search(r"先说|最后说说|第三是|第一点", thesis), thesis
    ends = [s.text for s in summary if s.role == "conclusion"]
    assert not any(re.search(r"先说|最后说说", t) for t in ends), ends


# --- a line addressed to someone by handle is no summary line -----------------------------------

ADDRESSED_CASES = [
    ("chat", [
        "刘洋：市里今天公布了老旧小区加装电梯的补贴办法，每部电梯最高补贴二十万元。",
        "孙敏：@刘洋 下午三点前整理一份各区加装电梯的申请数量，发到群里给大家看。",
        "刘洋：补贴办法规定，加装电梯需要本单元三分之二以上的住户同意才能申请。",
        "孙敏：低楼层住户担心采光和噪音，很多单元的加装电梯申请就卡在住户同意这一步。",
        "刘洋：我认为补贴能减轻住户负担，但加装电梯的关键还是住户之间的协商。",
    ]),
    ("thread", [
        "老旧小区加装电梯的补贴办法公布了，每部电梯最高补贴二十万元，住户负担会轻不少。",
        "回复@楼下的阿强：你说的采光问题确实存在，低楼层住户的担心需要认真对待。",
        "加装电梯需要本单元三分之二以上的住户同意，很多单元就卡在住户同意这一步。",
        "低楼层住户担心采光和噪音，高楼层住户盼着早点装上电梯，双方很难谈拢。",
        "补贴能减轻住户负担，但加装电梯的关键还是住户之间的协商和相互体谅。",
    ]),
    ("mail", [
        "各位同事：市里公布了老旧小区加装电梯的补贴办法，每部电梯最高补贴二十万元。",
        "@王工 请在周五前核对一遍我们承接的十二个加装电梯项目的申请材料是否齐全。",
        "补贴办法规定，加装电梯需要本单元三分之二以上的住户同意才能申请补贴。",
        "从已经完工的项目看，加装电梯的工期大约四个月，住户协商往往要花半年以上。",
        "补贴能减轻住户负担，但加装电梯的关键还是住户之间的协商，项目进度难以预计。",
    ]),
]


@pytest.mark.parametrize("form,paragraphs", ADDRESSED_CASES, ids=[c[0] for c in ADDRESSED_CASES])
def test_a_line_addressed_to_someone_is_no_summary_line(form, paragraphs):
    summary = _summary("m", paragraphs, "老旧小区加装电梯补贴")
    assert summary
    assert not any("@" in s.text for s in summary), [s.text for s in summary]


# --- reference marks are out of every summary line ---------------------------------------------

REF_CASES = [
    ("encyclopedia", ["[1]", "[2]", "[3]", "[4]", "[5]"]),
    ("paper", ["[1, 2]", "[3]", "[4-6]", "[7]", "[8]"]),
    ("report", ["[12]", "[2-3]", "[5][6]", "[9]", "[10]"]),
]


@pytest.mark.parametrize("form,marks", REF_CASES, ids=[c[0] for c in REF_CASES])
def test_reference_marks_are_out_of_every_summary_line(form, marks):
    sentences = [
        "云岭茶园是一处位于山区的有机茶叶种植基地，主要出产绿茶和红茶{}。",
        "研究认为，云岭茶园的有机种植方式提高了茶叶品质，但亩产比普通茶园低三成{}。",
        "茶园的茶叶价格因此比普通茶叶高出一倍，销售主要依靠线上渠道和老客户{}。",
        "有机种植需要人工除草和施用农家肥，茶园的人工成本逐年上升{}。",
        "当地政府计划扩大有机茶园的种植面积，并为茶农提供技术培训和销售补贴{}。",
    ]
    paragraphs = [s.format(m) for s, m in zip(sentences, marks)]
    summary = _summary("r", paragraphs, "云岭茶园")
    assert summary
    for s in summary:
        assert not re.search(r"\[\d", s.text), s.text


# --- keywords are what the article is about: not a salutation, a word of time, the writer's "我局" --

KEYWORD_CASES = [
    ("tv transcript", "观众朋友", [
        "观众朋友，欢迎收看本期节目，今天我们关注城郊冷链仓库的建设。",
        "观众朋友，城郊冷链仓库今年新增了八座，冷链仓库的库容增加了一倍。",
        "冷链仓库建成以后，蔬菜和水果的损耗率明显下降，菜价短期内有望回落。",
        "观众朋友，冷链仓库的电费和人工成本较高，不少冷链仓库仍在亏损经营。",
        "专家认为，冷链仓库需要更多订单才能摊薄成本，短期内难以全部盈利。",
    ]),
    ("lifestyle note", "姐妹们", [
        "姐妹们！！这家冷链仓库改成的集市真的太好逛了，水果都是冷链直送的。",
        "姐妹们，冷链仓库集市周末人特别多，建议工作日上午去，停车也方便。",
        "冷链仓库集市的水果比超市便宜两成，冷链运输让水果保持新鲜不容易坏。",
        "姐妹们，冷链仓库集市只收电子支付，记得提前在手机上准备好。",
        "冷链仓库集市的摊主说，冷链仓库的租金不高，所以水果价格能压下来。",
    ]),
    ("reply letter", "我局", [
        "我局收到您关于城郊冷链仓库建设的建议，现答复如下。",
        "我局认为，冷链仓库能够减少蔬菜水果损耗，是保障市民菜篮子的重要设施。",
        "今年城郊新增冷链仓库八座，冷链仓库的库容增加了一倍，短期内可以满足需求。",
        "我局将会同市发展改革委研究冷链仓库的用电价格，降低冷链仓库的运营成本。",
        "冷链仓库的布局规划由我局负责编制，预计明年上半年完成，短期内不再新增用地。",
    ]),
]


@pytest.mark.parametrize("form,bad,paragraphs", KEYWORD_CASES, ids=[c[0] for c in KEYWORD_CASES])
def test_keywords_are_no_salutation_time_word_or_self_reference(form, bad, paragraphs):
    a = _article("w", "\n\n".join(paragraphs), title="城郊冷链仓库", date="2025-03-04")
    b = _article("w2", "另一篇文章谈论城市公园和绿地的建设。", date="2025-03-04")
    kws = _run(a, b).digests[0].keywords
    assert bad not in kws and "短期内" not in kws, kws


# --- a call to the audience is no summary line; a rumour or a bare verdict is no thesis ----------

AUDIENCE_CASES = [
    ("video script", [
        "今天聊聊城里的夜间公交，夜间公交线路去年开通了十二条，乘客比预想的多。",
        "夜间公交的乘客大多是下夜班的年轻人，他们说夜间公交比打车便宜太多了。",
        "当然也有人说夜间公交太慢，这个大家可以评论区聊，夜间公交该不该提速。",
        "公交公司认为，夜间公交的客流已经稳定，明年计划再增加五条夜间公交线路。",
        "夜间公交的司机需要倒班，公交公司为此给夜间公交司机发放夜班补贴。",
    ]),
    ("podcast", [
        "主持人：欢迎收听本期节目，今天我们聊聊城里的夜间公交，夜间公交去年开通了十二条线路。",
        "嘉宾：夜间公交的乘客大多是下夜班的年轻人，他们说夜间公交比打车便宜太多了。",
        "嘉宾：公交公司认为夜间公交的客流已经稳定，明年计划再增加五条夜间公交线路。",
        "主持人：喜欢本期节目的朋友记得点赞关注，我们下期聊聊夜间公交的安全问题。",
        "嘉宾：夜间公交的司机需要倒班，公交公司给夜间公交司机发放了夜班补贴。",
    ]),
    ("post", [
        "城里的夜间公交去年开通了十二条线路，夜间公交的乘客比公交公司预想的多。",
        "夜间公交的乘客大多是下夜班的年轻人，他们说夜间公交比打车便宜太多了。",
        "公交公司认为夜间公交的客流已经稳定，明年计划再增加五条夜间公交线路。",
        "夜间公交的司机需要倒班，公交公司给夜间公交司机发放了夜班补贴。",
        "你坐过夜间公交吗？大家一起在留言区说说夜间公交还有哪些地方需要改进。",
    ]),
]


@pytest.mark.parametrize("form,paragraphs", AUDIENCE_CASES, ids=[c[0] for c in AUDIENCE_CASES])
def test_a_call_to_the_audience_is_no_summary_line(form, paragraphs):
    summary = _summary("v", paragraphs, "夜间公交")
    assert summary
    assert not any(re.search(r"评论区|留言区|点赞", s.text) for s in summary), [s.text for s in summary]


VERDICT_CASES = [
    ("transcript", [
        "主持人：城里的共享充电宝涨价以后，还会有人用共享充电宝吗？",
        "嘉宾：我觉得很难，一小时四块钱的共享充电宝，很多年轻人宁可自己带充电宝。",
        "嘉宾：共享充电宝涨价的原因是商场的进场费越来越高，运营公司的成本压力很大。",
        "嘉宾：共享充电宝公司认为涨价是暂时的，等到进场费下降以后价格会回落。",
        "嘉宾：商场的进场费占了共享充电宝公司成本的一半以上，涨价的压力全部转给了用户。",
    ]),
    ("news", [
        "外界推测，共享充电宝的价格明年还会继续上涨，一小时可能超过五块钱。",
        "共享充电宝涨价的原因是商场的进场费越来越高，运营公司的成本压力很大。",
        "共享充电宝公司认为涨价是暂时的，等到进场费下降以后价格会回落。",
        "商场的进场费占了共享充电宝公司成本的一半以上，涨价的压力全部转给了用户。",
        "消费者协会表示，共享充电宝的价格应当在显著位置公示，不得隐藏计费规则。",
    ]),
    ("forum", [
        "不好说，共享充电宝涨到一小时四块钱，很多年轻人宁可自己带充电宝出门。",
        "据传，共享充电宝的价格明年还会继续上涨，一小时可能超过五块钱。",
        "共享充电宝涨价的原因是商场的进场费越来越高，运营公司的成本压力很大。",
        "共享充电宝公司认为涨价是暂时的，等到进场费下降以后价格会回落。",
        "商场的进场费占了共享充电宝公司成本的一半以上，涨价的压力全部转给了用户。",
    ]),
]


@pytest.mark.parametrize("form,paragraphs", VERDICT_CASES, ids=[c[0] for c in VERDICT_CASES])
def test_a_rumour_or_a_bare_verdict_is_no_thesis(form, paragraphs):
    summary = _summary("p", paragraphs, "共享充电宝涨价")
    thesis = _thesis(summary)
    assert not re.search(r"我觉得很难|外界推测|不好说|据传", thesis), thesis
    ends = [s.text for s in summary if s.role == "conclusion"]
    assert not any(re.search(r"我觉得很难|外界推测|不好说|据传", t) for t in ends), ends


CLOSE_CASES = [
    ("video script", [
        "今天聊聊城里的旧书市集，旧书市集开了三年，每个周末都有上百个摊位。",
        "我觉得旧书市集最大的意义是让年轻人重新愿意翻纸质书，这比卖了多少书重要。",
        "第一是价格，旧书市集的书大多十块钱以内，学生也买得起。",
        "第二是场地，旧书市集现在借用的是体育馆的停车场，一下雨旧书市集就得停办。",
        "最后说一句，旧书市集能不能办下去，关键在于城里能不能给它一个固定的室内场地。",
    ]),
    ("forum post", [
        "楼主逛了三年城里的旧书市集，说说旧书市集这几年的变化。",
        "旧书市集最大的意义是让年轻人重新愿意翻纸质书，这比卖了多少书重要。",
        "其一，旧书市集的书大多十块钱以内，学生也买得起，年轻人越来越多。",
        "其二，旧书市集现在借用的是体育馆的停车场，一下雨旧书市集就得停办。",
        "最后说一句，旧书市集能不能办下去，关键在于城里能不能给它一个固定的室内场地。",
    ]),
    ("notes", [
        "城里的旧书市集开了三年，每个周末都有上百个摊位，年轻人越来越多。",
        "旧书市集最大的意义是让年轻人重新愿意翻纸质书，这比卖了多少书重要。",
        "1. 旧书市集的书大多十块钱以内，学生也买得起，年轻人越来越多。",
        "2. 旧书市集现在借用的是体育馆的停车场，一下雨旧书市集就得停办。",
        "旧书市集能不能办下去，关键在于城里能不能给它一个固定的室内场地。",
    ]),
]


@pytest.mark.parametrize("form,paragraphs", CLOSE_CASES, ids=[c[0] for c in CLOSE_CASES])
def test_the_conclusion_is_the_closing_claim_not_a_later_list_item(form, paragraphs):
    summary = _summary("s", paragraphs, "旧书市集")
    ends = [s.text for s in summary if s.role == "conclusion"]
    assert not any(re.match(r"第二|其二|2\.", t) for t in ends), ends
    # the closing claim is in the summary; where there is a conclusion, it is that claim
    assert any("固定的室内场地" in s.text for s in summary), [(s.role, s.text) for s in summary]
    assert all("固定的室内场地" in t for t in ends), ends


LEAD_IN_CASES = [
    ("report", "要知道，去年共享充电宝的价格还只有一小时两块钱，短短一年就翻了一倍，用户的不满可见一斑。"),
    ("column", "共享充电宝涨价以前，已经有人猜测运营公司会把进场费转嫁给用户，因此涨价并不意外。"),
    ("post", "须知，去年共享充电宝的价格还只有一小时两块钱，一年就翻了一倍，用户的不满可想而知。"),
]


@pytest.mark.parametrize("form,lead_in", LEAD_IN_CASES, ids=[c[0] for c in LEAD_IN_CASES])
def test_a_lead_in_to_support_or_a_guess_is_no_thesis(form, lead_in):
    paragraphs = [lead_in] + VERDICT_CASES[1][1][1:]
    thesis = _thesis(_summary("q", paragraphs, "共享充电宝涨价"))
    assert not re.match(r"要知道|须知|共享充电宝涨价以前", thesis), thesis


TITLE_CASES = [
    ("chat", "吴凡：东岭证券交通运输组周度行业简报。"),
    ("mail", "转发：市交通委关于调整地铁末班车时间的通知"),
    ("minutes", "城市轨道交通运营协调会议纪要。"),
]


@pytest.mark.parametrize("form,line", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_a_document_name_passed_on_is_no_thesis(form, line):
    body = [
        "地铁末班车时间将从下月起推迟半小时，地铁末班车延长以后夜间客流预计增加两成。",
        "地铁公司认为，推迟末班车能方便加班的乘客，但夜间检修时间会因此缩短。",
        "夜间检修时间缩短以后，地铁公司需要增加检修人员，运营成本会相应上升。",
        "乘客代表表示，地铁末班车推迟半小时还不够，希望周末能够通宵运营。",
    ]
    thesis = _thesis(_summary("t", [line] + body, "地铁末班车推迟"))
    assert thesis != line and not re.search(r"简报|通知|纪要", thesis), thesis
