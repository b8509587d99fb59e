"""Government and public bodies and their officials in the index: on small synthetic articles
written for these tests (a trade dispute between two invented countries, a city's transport
plan; every country, body and person invented), one property per test."""

from __future__ import annotations

import pytest

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, script="zh-Hans", **kw):
    kw.setdefault("date", "2025-03-01")
    return _index_article(slug, body, script, **kw)


TRADE = [
    _article("t1", "桑国商务部21日发布公告称，将对原产于澜国的冷冻虾征收反倾销税。桑国商务部发言人柯文涛表示，此举符合贸易规则。\n\n"
                   "澜国外交部副部长吴启铭当天召见桑国驻澜大使佩特拉·诺瓦克，提出严正交涉。澜国首相森本和也22日表示，"
                   "政府将“用尽一切手段”。森本向记者说明了政府的立场。\n\n"
                   "澜国政府3月2日向世界贸易组织（WTO）提交申诉。据澜国渔业厅统计，去年澜国对桑国出口冷冻虾约12万吨。\n\n"
                   "澜国海产协同组合联合会（海联会）会长岩城正树说，渔民“难以为继”。"),
    _article("t2", "瀾國外交部發言人林思遠23日回應稱，桑國的做法「缺乏依據」。海聯會也批評，關稅將讓漁民失去最大的市場。\n\n"
                   "消息傳出後，最熱鬧的是兩件事：超市搶蝦、水產股漲停。上海一家私募基金的經理周啟帆表示，"
                   "炒作難以持續，有關部門應加強監管。",
             script="zh-Hant"),
]


@pytest.fixture(scope="module")
def trade():
    return _run(*TRADE)


def _articles(e):
    return {m.article for m in e.mentions}


def test_ministries_and_agencies_are_organisations_with_their_country(trade):
    for name in ("桑国商务部", "澜国外交部", "澜国渔业厅", "世界贸易组织"):
        e = _entity(trade, name)
        assert e is not None and e.kind == "org", name
    assert _articles(_entity(trade, "澜国外交部")) == {"t1", "t2"}  # the traditional article names it too
    assert "WTO" in _entity(trade, "世界贸易组织").aliases


def test_officials_are_people_with_their_role(trade):
    expected = {"柯文涛": "发言人", "吴启铭": "澜国外交部副部长", "森本和也": "首相", "佩特拉·诺瓦克": "大使",
                "岩城正树": "会长", "林思远": "发言人"}
    for name, role in expected.items():
        e = _entity(trade, name)
        assert e is not None and e.kind == "person", name
        assert role in e.role, (name, e.role)
    assert _entity(trade, "吴启铭").role == "澜国外交部副部长"  # not the clause before the title


def test_a_four_character_name_is_called_by_its_family_name(trade):
    e = _entity(trade, "森本和也")
    assert e.name == "森本和也" and "森本" in e.aliases
    assert "森本" in e.forms  # written so in the same paragraph as the full name


def test_a_short_form_in_brackets_is_the_same_organisation(trade):
    e = _entity(trade, "澜国海产协同组合联合会")
    assert e is not None and e.kind == "org" and "海联会" in e.aliases
    assert _articles(e) == {"t1", "t2"}  # "海聯會也批評" in the other article


def test_activities_sectors_and_unnamed_institutions_are_no_names(trade):
    names = {n for e in trade.entities for n in (e.name, *e.aliases)}
    for phrase in ("抢虾", "水产", "私募基金", "一家私募基金", "上海一家私募基金", "有关部门", "有关部"):
        assert phrase not in names, phrase
    assert not [n for n in names if n.startswith("日")]  # "3月2日向世界贸易组织": 日 is the date's
    assert _entity(trade, "周启帆") is not None  # the fund manager is named, the fund is not


CITY = [
    _article("c1", "河湾市交通运输局18日公布了新一轮公交线路调整方案。交通运输局局长郑海川表示，新方案将于明年1月起实施。\n\n"
                   "河湾市议会19日召开听证会。议员范书瑶认为，方案仍需听取沿线居民意见。"),
    _article("c2", "据河湾市交通运输局统计，去年全市公交日均客流约86万人次。河湾市政府表示，将同步扩建北站枢纽。\n\n"
                   "公司内部人士说，全部车辆已完成改装。美术中心负责人韩立说，车身涂装也将更新。"),
]


def test_a_city_bureau_and_council_with_their_officials():
    analysis = _run(*CITY)
    bureau = _entity(analysis, "河湾市交通运输局")
    assert bureau is not None and bureau.kind == "org" and _articles(bureau) == {"c1", "c2"}
    assert "交通运输局" in bureau.aliases  # named again without its city
    assert _entity(analysis, "河湾市议会").kind == "org"
    assert _entity(analysis, "河湾市政府").kind == "org"
    assert _entity(analysis, "郑海川").role == "交通运输局局长"
    assert "议员" in _entity(analysis, "范书瑶").role
    names = {n for e in analysis.entities for n in (e.name, *e.aliases)}
    assert not names & {"美术中心", "内部", "全部", "公司内部"}  # a department, words ending like a body's name


def test_a_title_is_read_whole_and_a_title_is_no_name():
    analysis = _run(_article("o1", "桑国统一部长官金书恒在记者会上说，局势值得警惕。桑国总统室发言人表示尊重司法程序。\n\n"
                                   "市场方面，澜峰电子收跌2.3%，雷岳科技则上涨0.8%。"))
    kim = _entity(analysis, "金书恒")
    assert kim is not None and kim.role == "桑国统一部长官"  # 长官, not 部长 and a name "官金"
    names = {n for e in analysis.entities for n in (e.name, *e.aliases)}
    assert not [n for n in names if "发言" in n or n.startswith("官") or n.endswith("则")]
    assert {"澜峰电子", "雷岳科技"} <= names  # whose share price moved
