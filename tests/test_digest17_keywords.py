"""Keywords a reader would search (digest17): a phrase the article keeps quoting and an identifier
(a flight, a train, a standard) are in; a mention, a link's text and a negated clause are out.
Synthetic articles in forms unlike the development corpora: a forum thread on a flight diversion,
an airline's notice, a consumer group's chat digest."""

from __future__ import annotations

from generator.analyse.keysearch import not_a_term, searched_forms
from tests.test_index import _article, _run


def _keywords(body, **kw):
    return list(_run(_article("k17", body, **kw)).digests[0].keywords)


def test_a_quoted_slogan_and_a_flight_number_are_keywords():
    body = "\n\n".join([
        "楼主：昨晚MU5121航班备降合肥，机上乘客在停机坪等了四个小时，有人喊出“先让老人下机”。",
        "航空公司回应称，MU5121因目的地雷暴备降，延误期间已提供餐食，“先让老人下机”的诉求已转达机场。",
        "网友甲：备降不是航空公司能决定的，但四个小时不开舱门确实说不过去。",
        "网友乙：“先让老人下机”这句话说出了很多人的心声，机场应该有应急预案。",
    ])
    kws = _keywords(body, title="MU5121备降合肥 乘客滞留机舱四小时")
    assert "MU5121" in kws and "先让老人下机" in kws, kws


def test_a_mention_a_link_and_a_negated_clause_are_no_keywords():
    assert not_a_term("@所有人") and not_a_term("网页链接") and not_a_term("没买保险")
    assert not not_a_term("消费者协会") and not not_a_term("MU5121")
    assert not any(not_a_term(w) for w in ("不锈钢", "未来科技", "别克汽车", "不动产登记"))  # words of their own
    body = "\n\n".join([
        "@所有人 本周消协群的投诉汇总如下，请各位核对。网页链接",
        "预付卡投诉本周新增36件，主要集中在健身房和美容院，多家门店关店后拒不退款。网页链接",
        "有会员说当初没签书面合同，维权时拿不出证据；消协提醒预付卡消费务必签订书面合同。",
        "@所有人 下周二下午消协将约谈三家健身房负责人，请有预付卡纠纷的会员提前提交材料。",
    ])
    kws = _keywords(body, title="消协群：本周预付卡投诉汇总")
    assert kws and not any(k.startswith("@") or k == "网页链接" for k in kws), kws


def test_quoted_phrases_and_codes_need_to_be_written_twice_or_in_the_headline():
    assert searched_forms("他说“这是偶然”。") == []
    assert searched_forms("G1234次列车晚点。", title="G1234次列车晚点三小时") == ["G1234"]
    assert searched_forms("“躺平式维权”不可取，但“躺平式维权”背后有原因。") == ["躺平式维权"]
    assert searched_forms("2023年和2023年") == []  # a year is no identifier
