"""Keywords are terms a reader searches for: never a party's role in the paper ("申请人", "被申请人"), a place
said by its kind and a locative ("镇上"), or a bare head noun ("中心"). An arbitration award and a township
notice, topics unlike every development corpus."""

from __future__ import annotations

from generator.analyse.keysearch import not_a_term
from tests.test_index import _article, _run

AWARD = "\n\n".join([
    "申请人青岚蜂业合作社与被申请人北山农资有限公司买卖合同纠纷一案，本委受理后依法组成仲裁庭。",
    "申请人称，被申请人供应的蜂药过期，导致申请人二百箱蜜蜂死亡，请求被申请人赔偿损失。",
    "被申请人辩称，蜂药在保质期内，蜜蜂死亡系申请人管理不当所致。",
    "仲裁庭认为，被申请人未能提供蜂药的出厂检验报告，应当承担举证不能的后果。",
    "裁决如下：被申请人赔偿申请人蜜蜂损失46000元。",
])


def test_party_roles_are_no_keywords():
    digest = _run(_article("award", AWARD, title="青岚蜂业合作社与北山农资有限公司买卖合同纠纷仲裁裁决书")).digests[0]
    assert not {"申请人", "被申请人"} & set(digest.keywords), digest.keywords


def test_roles_deixis_and_bare_heads_are_no_terms_while_names_are():
    for w in ("原告", "被申请人", "楼主", "镇上", "县里", "中心"):
        assert not_a_term(w), w
    for w in ("蜂药", "青岚蜂业合作社", "县城", "中心城区", "里程"):
        assert not not_a_term(w), w
