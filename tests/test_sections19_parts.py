"""A document's parts assign its voices (issue 13, property 1), on invented documents in forms and topics no
corpus has (a greenhouse owner's contract suit against a solar installer, an arbitration over a ferry
charter, a water bureau's Q&A on pump rooms, a forestry bureau's press conference on pine wilt, a residents'
meeting's minutes on parking):

- a head naming a party and a verb of saying ("X公司辩称：", "青禾公司向本院提出诉讼请求：") makes the part that
  party's, named as the roster or the case's opening names it (a short form "以下简称" gives the full name);
- the body's own parts ("本院经审理查明", "本院认为", "判决如下") are the court's, named by its header;
- a role word that is not a name ("被告", "本院", "被告所" of "被告所称", "法定代表人") is never a speaker;
  a roster line is no one's speech; with no roster naming the one party, a role word is nobody;
- a turn labelled by a role ("发言人：", "答：") is the one holder the document names in that role, else nobody.
"""

from __future__ import annotations

import pytest

from generator.articles import parse_body
from generator.model import Article
from speakerkit import analysed, sentence_with

TOPIC = "topic:\n  label: 温室与渡轮\n  terms: [温室, 光伏, 渡轮, 泵房, 松材线虫]\n"

JUDGMENT = """浙江省临安市人民法院
民 事 判 决 书
（2025）浙0185民初1234号

原告：临安青禾农业发展有限公司，住所地浙江省临安市锦城街道。
法定代表人：许某，该公司总经理。
委托诉讼代理人：陆文斌，浙江某律师事务所律师。
被告：杭州晨阳光伏工程有限公司，住所地浙江省杭州市西湖区。
委托诉讼代理人：方敏，浙江某律师事务所律师。

原告临安青禾农业发展有限公司（以下简称青禾公司）与被告杭州晨阳光伏工程有限公司（以下简称晨阳公司）建设工程合同纠纷一案，本院于2025年3月2日立案后，依法适用简易程序公开开庭进行了审理。本案现已审理终结。

青禾公司向本院提出诉讼请求：1.判令被告赔偿温室作物损失380000元；2.本案诉讼费用由被告承担。事实与理由：被告安装的温室顶棚光伏板遮光率超过合同约定的30%，导致番茄减产四成。

晨阳公司辩称：光伏板遮光率符合国家标准，番茄减产系原告自身管理不善所致，请求驳回原告的全部诉讼请求。

本院经审理查明：双方于2024年1月签订合同，约定遮光率不高于30%。经鉴定，涉案光伏板实际遮光率为41%。被告所称“国家标准”系推荐性标准，并非合同约定。

本院认为，被告交付的光伏板遮光率超过合同约定，构成违约，应当赔偿原告因此遭受的损失。

关于损失数额，原告提交的减产证据不足以证明全部损失系遮光所致，本院酌定被告赔偿原告损失200000元。

综上，判决如下：

一、被告杭州晨阳光伏工程有限公司于本判决生效之日起十日内赔偿原告临安青禾农业发展有限公司损失200000元；
二、驳回原告的其他诉讼请求。

审　判　员　　沈立群
二〇二五年六月三日
"""

#: The same form glued into long paragraphs (as a saved page's text often is), an arbitration on a ferry.
AWARD = ("舟山仲裁委员会 裁 决 书（2025）舟仲字第88号申请人：岱山海通客运有限公司，住所地浙江省岱山县。被申请人：宁波远帆船舶租赁有限公司，住所地浙江省宁波市。\n\n"
         "申请人岱山海通客运有限公司（以下简称海通公司）与被申请人宁波远帆船舶租赁有限公司（以下简称远帆公司）船舶租赁合同纠纷一案，本委受理后依法组成仲裁庭审理。\n\n"
         "海通公司请求：远帆公司退还租金六十万元。海通公司认为，渡轮交付时主机故障，停航二十一天。\n\n"
         "远帆公司答辩称：主机故障系申请人操作不当所致，租金不应退还。\n\n"
         "仲裁庭认为，船舶检验报告显示主机缸套在交付前已有裂纹，故障责任在被申请人。\n\n"
         "据此，仲裁庭裁决如下：被申请人退还申请人租金三十万元。")


def _who(tmp_path, body, text, title="标题"):
    art = Article(slug="a", source="a.txt", title=title, script="zh-Hans", blocks=parse_body(body),
                  outlet="", author=None, date="2025-06-03")
    part = analysed(tmp_path, art, TOPIC)
    s = sentence_with(part, text)
    return [sp.name for sp in part.speakers.get((s.article, s.index), ())]


@pytest.mark.parametrize("text, who", [
    ("青禾公司向本院提出诉讼请求", ["临安青禾农业发展有限公司"]),
    ("导致番茄减产四成", ["临安青禾农业发展有限公司"]),
    ("番茄减产系原告自身管理不善所致", ["杭州晨阳光伏工程有限公司"]),
    ("涉案光伏板实际遮光率为41%", ["浙江省临安市人民法院"]),
    ("构成违约", ["浙江省临安市人民法院"]),
    ("本院酌定被告赔偿原告损失200000元", ["浙江省临安市人民法院"]),
    ("赔偿原告临安青禾农业发展有限公司损失200000元", ["浙江省临安市人民法院"]),
])
def test_a_judgment_s_parts_are_their_parties_and_the_court_s(tmp_path, text, who):
    assert _who(tmp_path, JUDGMENT, text) == who


@pytest.mark.parametrize("text", ["被告所称“国家标准”系推荐性标准", "被告：杭州晨阳光伏工程有限公司", "法定代表人：许某",
                                  "委托诉讼代理人：方敏"])
def test_a_role_word_is_never_a_speaker(tmp_path, text):
    got = _who(tmp_path, JUDGMENT, text)
    assert not any(n in ("被告", "被告所", "本院", "法定代表人", "委托诉讼代理人") for n in got)
    if text.startswith(("被告：", "法定代表人", "委托")):
        assert got == []  # the roster lists a party: nobody speaks


@pytest.mark.parametrize("text, who", [
    ("远帆公司退还租金六十万元", ["岱山海通客运有限公司"]),
    ("渡轮交付时主机故障", ["岱山海通客运有限公司"]),
    ("主机故障系申请人操作不当所致", ["宁波远帆船舶租赁有限公司"]),
    ("故障责任在被申请人", ["舟山仲裁委员会"]),
])
def test_an_award_glued_into_long_paragraphs_reads_the_same(tmp_path, text, who):
    assert _who(tmp_path, AWARD, text) == who


def test_a_role_word_with_no_roster_is_nobody(tmp_path):
    body = ("县城一起邻里纠纷昨日开庭。\n\n被告表示，围墙是二十年前砌的，一直没有人提出异议。\n\n"
            "本院认为，双方应当协商解决。")
    assert _who(tmp_path, body, "围墙是二十年前砌的") == []
    assert _who(tmp_path, body, "双方应当协商解决") == []


QA = ("近日，市水务局印发《城市二次供水设施管理办法》。市水务局有关负责人就办法的出台背景和主要内容回答了记者提问。\n\n"
      "问：为什么要出台这个办法？\n\n"
      "答：我市现有二次供水泵房一千二百余座，其中三成运行超过十五年，水箱清洗不及时的问题比较突出。\n\n"
      "办法明确了产权单位每半年清洗一次水箱的责任。\n\n"
      "问：居民需要承担费用吗？\n\n"
      "答：泵房改造费用由供水企业承担，居民不需要另外缴费。")

PRESS = ("5月12日上午，省林业局举行新闻发布会，省林业局新闻发言人郑海涛介绍今年松材线虫病防控工作并回答记者提问。\n\n"
         "发言人：今年全省新发疫点十二个，比去年减少四个，疫木清理率达到百分之九十八。\n\n"
         "记者：有网友反映部分山区清理后没有补植，情况是否属实？\n\n"
         "发言人：确有少数地块补植滞后，我们已要求在雨季前全部补植到位。")


@pytest.mark.parametrize("body, text, who", [
    (QA, "三成运行超过十五年", ["市水务局"]),
    (QA, "每半年清洗一次水箱", ["市水务局"]),  # the answer goes on in the paragraph after its label
    (QA, "居民不需要另外缴费", ["市水务局"]),
    (QA, "为什么要出台这个办法", []),
    (PRESS, "疫木清理率达到百分之九十八", ["郑海涛"]),
    (PRESS, "我们已要求在雨季前全部补植到位", ["郑海涛"]),
    (PRESS, "清理后没有补植", []),
])
def test_a_turn_labelled_by_a_role_is_the_one_holder_named_in_it(tmp_path, body, text, who):
    assert _who(tmp_path, body, text) == who


def test_a_role_label_with_two_holders_named_is_nobody(tmp_path):
    body = ("省林业局新闻发言人郑海涛、省应急厅新闻发言人吴立平出席发布会。\n\n"
            "发言人：今年全省新发疫点十二个，比去年减少四个。")
    assert _who(tmp_path, body, "今年全省新发疫点十二个") == []


def test_a_role_label_with_two_holders_named_names_none():
    from generator.analyse.speakerlabels import _holders
    two = ["省林业局新闻发言人郑海涛、省应急厅新闻发言人吴立平出席发布会。", "发言人：今年全省新发疫点十二个。"]
    assert "发言人" not in _holders("", two, "")
    one = ["省林业局新闻发言人郑海涛介绍有关情况。", "发言人：今年全省新发疫点十二个。"]
    assert _holders("", one, "")["发言人"][0] == "郑海涛"
    assert "答" not in _holders("", ["记者就此采访了多位居民。", "答：不清楚。"], "")  # no body named to answer


def test_minutes_keep_each_speaker_s_own_words(tmp_path):
    body = ("时间：2025年4月3日\n\n参会人员：社区主任刘桂芳、业委会主任孙建国、居民代表吴玉兰\n\n"
            "一、刘桂芳介绍了改造方案，小区拟新增车位六十个，占用部分绿地。\n\n"
            "二、孙建国认为，占用绿地需经三分之二业主同意，目前尚未表决。\n\n"
            "吴玉兰：老人活动场地本来就少，绿地不能再减了。")
    assert _who(tmp_path, body, "占用绿地需经三分之二业主同意") == ["孙建国"]
    assert _who(tmp_path, body, "绿地不能再减了") == ["吴玉兰"]


def test_a_party_s_request_is_its_claim_only_when_its_part_names_the_party(tmp_path):
    from generator.analyse.speakerparts import held_request
    from generator.analyse.claimless import not_a_claim
    plea = "请求驳回原告的全部诉讼请求，酌情降低赔偿数额。"
    assert not_a_claim(plea)  # read alone, whose request it is is lost
    assert held_request(plea, True) and not held_request(plea, False)
    assert not held_request("案件受理费9000元，由原告负担6663元，被告负担2337元。", True)  # fees: procedure whoever states them
    body = JUDGMENT.replace("晨阳公司辩称：光伏板遮光率符合国家标准，番茄减产系原告自身管理不善所致，请求驳回原告的全部诉讼请求。",
                            "晨阳公司辩称：光伏板遮光率符合国家标准，番茄减产系原告自身管理不善所致。" + plea)
    assert _who(tmp_path, body, "酌情降低赔偿数额") == ["杭州晨阳光伏工程有限公司"]


def test_what_the_case_does_not_decide_is_procedure():
    from generator.analyse.claimless import not_a_claim
    assert not_a_claim("至于被告转卖激活码引发的退款纠纷，不属于本案审理范围，当事人可另行主张。")
    assert not not_a_claim("至于被告转卖激活码引发的退款纠纷，买家已向平台投诉四十七单。")


@pytest.mark.parametrize("holder, name", [("日本官员据此", "日本官员"), ("外交部为此", "外交部")])
def test_an_adverb_after_the_holder_is_never_the_name(holder, name):
    from generator.analyse.speakers import split_holder
    got = split_holder(holder)
    assert got and got[0] == name  # "据此", "为此": on that ground, for that; no one's name


def test_a_report_a_body_published_finding_is_the_body_s():
    from generator.analyse.speakers import find_attributions
    got = find_attributions("淮河水利委员会6月2日发布的报告认定泄洪方案符合安全标准，下游县据此称补偿“没有依据”。")
    assert got and got[0].name == "淮河水利委员会"
    assert "据此" not in [a.name for a in got]
