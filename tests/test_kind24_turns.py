"""A claim's kind follows the sentence's effect and direction on the topic's subject, not the field
its category's words name (issue 13, property 5; ``kindturns``). Sentences written for the test,
on topics none of the corpora cover (a regional jet's parts makers, a bakery chain's new bun, a
port's new fee), in several received forms (a report, a forum post, a traditional-script page):

- pressure the subject's makers put on another party is the subject's impact; the same pressure
  put on the subject is its limit;
- a crowd come for the subject (a queue beside 打卡, 专程, 人气) is demand, an impact; a queue the
  sentence finds fault with ("排队时间过长", "还得排队") stays a limit;
- a sentence ending on an uncertain outlook is a limit, whatever measure it reports first;
- a harm another party suffers (the topic unnamed) is the topic's impact, its own squeeze its limit;
- the ballots' outcome ("反对票未达到有效多数") is a decision reported, no criticism.
"""

from __future__ import annotations

from pathlib import Path

from generator.analyse.claims import candidates
from generator.analyse.kindturns import closing_uncertainty, crowd_demand, pressed_other, suffered
from generator.analyse.votes import decided
from generator.analyse.taxonomy import load_taxonomy
from generator.analyse.text import Sentence, to_simplified


def _tax(tmp_path: Path, label: str, *terms: str):
    path = tmp_path / "taxonomy.yml"
    path.write_text(f"topic:\n  label: {label}\n  terms: [{', '.join((label,) + terms)}]\n", encoding="utf-8")
    return load_taxonomy(path)


def _kinds(tax, paragraph: str, script: str = "zh-Hans"):
    """(kind, category) of each candidate of a one-paragraph article's sentences, all spoken."""
    simple = to_simplified(paragraph, script)
    s = Sentence("a", "p0", 0, 0, 0, paragraph, simple, paragraph, simple)
    return [(c.kind, c.category) for c in candidates([s], tax, frozenset({("a", 0)}))]


def test_pressure_on_another_party_is_an_impact_and_on_the_subject_a_limit(tmp_path):
    tax = _tax(tmp_path, "云雀J5", "云雀")
    # a report: the subject's makers pressing another region's suppliers (words of a supply chain)
    told = _kinds(tax, "西南正以举国之力扶植航空供应链，若云雀J5年产过百架，本地铝合金厂商的规模优势可能对东南亚业者形成压力。")
    assert told and told[0][0] == "impact", told
    assert pressed_other("云雀的配套厂商将对东南亚业者构成不小的冲击", ("云雀",))
    # the same pressure put on the subject: its problem
    assert not pressed_other("进口机型降价可能对云雀J5形成压力", ("云雀J5", "云雀"))
    # no party pressed: nothing turned
    assert not pressed_other("供应链压力依然很大", ("云雀",))


def test_a_crowd_come_for_the_subject_is_demand_a_queue_found_fault_with_a_limit(tmp_path):
    tax = _tax(tmp_path, "麦香包", "麦香坊")
    # a traditional-script page: people travelling to try it, a queue of enthusiasm
    keen = "不少市民趁週末專程到老城區打卡麥香包，門市一度大排長龍，麥香坊表示訂單大增。"
    assert crowd_demand(to_simplified(keen, "zh-Hant"))
    # a fair's stand: a two-hour queue beside the crowd it drew (a queue word of supply)
    got = _kinds(tax, "车展上麦香坊的摊位排队排了两个小时，人气完全压过其他品牌。")
    assert got == [("impact", "demand")], got
    # a forum post: the wait itself complained of
    for fault in ("3楼：麦香坊门店人气是高，可排队时间过长，等了一个多小时才买到麦香包。",
                  "网友抱怨麦香包太火，打卡还得排队两小时。"):
        assert not crowd_demand(fault), fault
    # a queue with no enthusiasm named (a service wait) is left as it was
    assert not crowd_demand("麦香坊售后网点太少，退款还要排队。")


def test_an_outlook_stated_uncertain_last_makes_the_sentence_a_limit(tmp_path):
    tax = _tax(tmp_path, "港口附加费", "附加费")
    text = "港口附加费措施有效期为三年，期间主管部门可依申请启动复审，谈判结果亦可能改变实际收费安排，政策前景仍存在一定不确定性。"
    got = _kinds(tax, text)
    assert got and got[0][0] == "limit", got
    assert closing_uncertainty("市场前景尚难预料")
    # uncertainty named first, a measure reported last: the sentence's last word is the measure
    assert not closing_uncertainty("尽管前景存在不确定性，主管部门仍宣布自下月起征收港口附加费")


def test_a_harm_another_party_suffers_is_the_topics_impact_its_own_squeeze_its_limit(tmp_path):
    tax = _tax(tmp_path, "港口附加费", "附加费")
    # a report: the fee's consequence for the shipping lines, no topic word in the sentence
    got = _kinds(tax, "中小船公司利润承压，远洋航线受冲击最大。")
    assert got and got[0][0] == "impact", got
    assert suffered("对于成本优势不突出的船公司，新收费将显著压缩其航线利润", ("附加费",))
    # the topic's own squeeze stays its limit
    own = _tax(tmp_path, "星河面包", "星河")
    got = _kinds(own, "星河面包利润承压，门店租金上涨侵蚀毛利。")
    assert got and got[0][0] == "limit", got
    assert not suffered("星河面包利润承压", ("星河面包", "星河"))


def test_the_ballots_outcome_is_a_decision_reported_not_criticism(tmp_path):
    tax = _tax(tmp_path, "禁渔令", "休渔")
    got = _kinds(tax, "由于反对票未达到有效多数，渔业委员会获得授权，可按计划在下月起实施禁渔令。")
    assert got and got[0][0] == "impact", got
    # a complaint against the measure is still criticism
    assert decided("该法案反对票超过半数，未获通过")
    assert not decided("不少渔民反对声音很大")


def test_a_gap_measured_against_the_topic_is_the_others_not_the_topics_limit(tmp_path):
    tax = _tax(tmp_path, "云雀J5", "云雀")
    # another maker's model behind the topic: no limit of the topic
    assert _kinds(tax, "据介绍，鸿鹄100在航程、载客量上与云雀J5还存在差距。") == []
    assert _kinds(tax, "海燕公司的新机型油耗仍不如云雀J5，订单也明显落后。") == []
    # (a name set off by spaces, as in a mixed-script report)
    assert _kinds(tax, "鸿鹄100在航程、载客量上与 云雀J5 还存在差距。") == []
    # a subject named by a word of the topic's field ("支线客机", a topic term) is within the
    # topic: its gap is the field's limit
    field = _tax(tmp_path, "云雀J5", "支线客机")
    got = _kinds(field, "国产支线客机在航程、载客量上与云雀J5还存在差距。")
    assert got and got[0][0] == "limit", got
    # the topic behind another: its own limit
    got = _kinds(tax, "云雀J5在航程、载客量上与波音737还存在差距。")
    assert got and got[0][0] == "limit", got


def test_a_harm_bounded_or_feared_stays_a_limit():
    topic = ("港口附加费", "附加费")
    assert not suffered("短期内本地船公司受到的冲击有限，因为大部分航线并不经过该港。", topic)
    assert not suffered("过度竞争会压缩中小船公司的利润空间，这是我们最担心的。", topic)
    assert not suffered("只要分红维持三成以上，船公司股价未必受运价拖累。", topic)
