"""A legal or administrative document's procedure is no claim (issue 13): how and by when to appeal or seek
review, who bears the fees, the statutory interest on late payment, and a party's request read without its
party ("2.判令被告…", "请求驳回…"). Written for the test in three forms no corpus has: a civil judgment over a
neighbour's leaking roof, an administrative penalty decision on a bakery's labels, an arbitration award
between a gym and its coach. The tribunal's own award and a news report of a ruling stay claims.
"""

from __future__ import annotations

from generator.analyse.claimless import not_a_claim


def test_procedure_in_a_judgment_a_penalty_decision_and_an_award_is_no_claim():
    for text in (
            # a civil judgment
            "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于江州市中级人民法院。",
            "案件受理费3200元，由原告负担800元，被告负担2400元。",
            "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。",
            "2.判令被告赔偿原告房屋维修费用38000元；",
            "请求驳回原告的诉讼请求。",
            # an administrative penalty decision
            "如不服本决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
            # an arbitration award
            "当事人对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起诉讼。",
            "本案仲裁费5000元，由被申请人承担。",
            "一、请求裁决被申请人支付拖欠的课时费21000元；",
            "原告向本院提出诉讼请求：1.判令被告修复屋顶；2.判令被告赔偿原告损失38000元；3.本案诉讼费用由被告承担。",
            "申请人提出仲裁请求：（1）裁决被申请人支付课时费21000元；（2）仲裁费由被申请人承担。"):
        assert not_a_claim(text), text


def test_an_award_a_finding_and_a_reported_ruling_stay_claims():
    for text in (
            "二、被告周某于本判决生效之日起十日内赔偿原告房屋维修费用26000元。",
            "法院判令被告赔偿原告房屋维修费用26000元。",
            "经查，该面包店标签上的生产日期与实际不符，涉及商品120件。",
            "被处罚的面包店表示不服处罚决定，将申请行政复议，认为罚款过高。",
            "仲裁委裁决健身房支付教练课时费18000元。"):
        assert not not_a_claim(text), text


def test_an_item_saying_itself_it_is_about_a_namesake_is_no_claim():
    # a feed item, a spreadsheet row, a newsletter aside, on topics no corpus has
    for text in ("一家食品企业昨日推出“极光”系列酸奶，与同名电视剧无关。",
                 "该镇新开的“天鹅湖”民宿与同名芭蕾舞剧并无关系，预订量上周翻倍。",
                 "此“长城”非彼长城：一款同名手机壳本周销量大涨。"):
        assert not_a_claim(text), text
    # a sentence on the topic saying some other thing is unrelated stays a claim
    assert not not_a_claim("被告称部分买家购买的激活码与破解版无关，获利不足2万元。")
    assert not not_a_claim("极光剧集播出后，取景地的游客量同比增长四成。")


def test_each_other_is_no_namesake():
    assert not not_a_claim("此前两家渡轮公司并非彼此竞争，而是分线经营，票价因此上涨三成。")
