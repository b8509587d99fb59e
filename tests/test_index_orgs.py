"""Organisations named without a legal suffix, and phrases around names that are not names: on
small synthetic articles written for these tests (invented companies, products and people), one
property per test."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, script="zh-Hans", **kw):
    kw.setdefault("date", "2025-03-01")
    return _index_article(slug, body, script, **kw)


def _names(analysis):
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


def _paragraphs(e):
    return {(m.article, m.paragraph) for m in e.mentions}


def test_a_company_short_form_is_the_company_where_it_stands_as_one():
    a = _article("s1", "鸿翎汽车创始人周立成表示，新车将于下月交付。\n\n"
                       "远景汽车董事长吴敬尧认为，价格战难以避免。")
    b = _article("s2", "鸿翎推出了新款轿车，起售价18万元。\n\n"
                       "远景方面表示，不会跟进降价。")
    analysis = _run(a, b)
    hong = _entity(analysis, "鸿翎汽车")
    assert hong and hong.kind == "org" and hong.name == "鸿翎汽车" and "鸿翎" in hong.aliases  # the full name listed
    assert {m.article for m in hong.mentions} == {"s1", "s2"}
    far = _entity(analysis, "远景汽车")  # 远景 is a common word: vouched for where it stands as a company
    assert far and "远景" in far.aliases
    assert ("s2", "p2") in _paragraphs(far)


def test_an_abbreviation_of_a_long_name_is_the_same_organisation():
    a = _article("ab1", "滨江物流行业协会秘书长许志远表示，运价仍在下行。")
    b = _article("ab2", "滨物协秘书长许志远认为，旺季将提前到来。")
    analysis = _run(a, b)
    e = _entity(analysis, "滨江物流行业协会")
    assert e and "滨物协" in e.aliases and {m.article for m in e.mentions} == {"ab1", "ab2"}


def test_a_brand_before_its_model_code_is_a_company_and_the_model_a_product():
    a = _article("bm", "业内人士指出，曜驰007、鸿翎H7等同级车型首当其冲。\n\n发布会上，主持人反复拿澜峰Vexa做对比。")
    analysis = _run(a)
    for brand, model in (("曜驰", "曜驰007"), ("鸿翎", "鸿翎H7")):
        assert _entity(analysis, brand).kind == "org"
        assert _entity(analysis, model).kind == "product"
        assert ("bm", "p1") in _paragraphs(_entity(analysis, brand))  # the brand is named there too
    assert _entity(analysis, "澜峰Vexa").kind == "product" and _entity(analysis, "澜峰").kind == "org"


def test_suppliers_in_a_list_and_in_a_table_column_are_companies():
    a = _article("sp", "电池、电驱等核心部件依赖澄岳能源、玄鲸电池等外部供应商。\n\n"
                       "| 版本 | 续航（km） | 电池供应商 |\n|---|---|---|\n"
                       "| 标准版 | 700 | 青屿储能（曜驰旗下） |\n| 长续航版 | 830 | 澄岳能源 |")
    analysis = _run(a)
    for name in ("澄岳能源", "玄鲸电池", "青屿储能", "曜驰"):
        e = _entity(analysis, name)
        assert e and e.kind == "org", name


def test_a_company_before_de_and_a_known_person_is_the_employer():
    a = _article("em", "曜驰创始人韩立新、鸿翎汽车董事长周立成当晚到场。\n\n"
                       "发布会当晚，澜峰的许明远、曜驰的韩立新悉数到场。\n\n澜峰CEO许明远表示，欢迎竞争。\n\n"
                       "另一方面，嘉屿的分析师认为，需求仍然偏弱。")
    analysis = _run(a)
    e = _entity(analysis, "澜峰")
    assert e and e.kind == "org" and ("em", "p2") in _paragraphs(e)
    assert _entity(analysis, "嘉屿").kind == "org"  # before 的 and a title
    assert not any("的" in n for n in _names(analysis))


def test_a_unit_of_a_known_company_that_announces_is_listed():
    a = _article("un", "鸿翎集团(01234)今日发布财报。\n\n鸿翎科技29日晚间通过官方微博公布，订单突破5万台。")
    analysis = _run(a)
    e = _entity(analysis, "鸿翎科技")
    assert e and e.kind == "org"


def test_a_brokerage_nickname_is_the_brokerage():
    a = _article("bk", "摩根士丹利分析师韩晓东发表报告，上调目标价。")
    b = _article("bk2", "大摩唱好生态协同，花旗则维持评级。")
    analysis = _run(a, b)
    e = _entity(analysis, "摩根士丹利")
    assert e and "大摩" in e.aliases and {m.article for m in e.mentions} == {"bk", "bk2"}


def test_fragments_across_a_word_boundary_are_not_names():
    a = _article("fr", "启澜证券汽车分析师韩晓东认为，需求是真实的。\n\n"
                       "该车的出口资质挂靠鼎华重工集团宁远机械有限公司。\n\n"
                       "城市交通信息联席会秘书长许志远表示，车市回暖。\n\n"
                       "据国家统计局数据，行业利润率下滑。\n\n"
                       "受此影响，鸿翎股价高开高走，收涨4%。")
    analysis = _run(a)
    names = _names(analysis)
    assert "启澜证券" in names and "启澜证券汽车" not in names
    assert "鼎华重工集团宁远机械有限公司" in names and not any("挂靠" in n for n in names)
    assert "城市交通信息联席会" in names and "城市交通信息" not in names
    assert "国家统计局" in names and "国家统计局数据" not in names
    assert "高开高" not in names


def test_test_cycles_body_styles_and_model_letters_are_not_cut_into_names():
    a = _article("lt", "新车CLTC续航达到700公里，比Nova X更长。\n\n鸿翎汽车的主力车型是增程SUV，与新车交锋不多。")
    analysis = _run(a)
    names = _names(analysis)
    assert "CLTC" not in names and "SUV" not in names and "Nova" not in names
    assert _entity(analysis, "Nova X").kind == "product"


def test_roles_name_the_employer_and_a_reporter_s_outlet():
    a = _article("r1", "甲报北京3月1日电（记者 严子谦）鸿翎汽车今日公布订单。\n\n"
                       "1. 鸿翎：品牌公关部总经理郑可馨在微博表示欢迎。", outlet="甲报")
    b = _article("r2", "鸿翎汽车品牌公关部总经理郑可馨称，要一起把市场做大。", outlet="乙报")
    analysis = _run(a, b)
    assert _entity(analysis, "郑可馨").role == "鸿翎汽车品牌公关部总经理"
    assert _entity(analysis, "严子谦").role == "甲报 记者"


def test_a_credit_line_names_its_editor():
    a = _article("cr", "鸿翎汽车今日公布订单，首批交付将于下月开始。\n\n责任编辑：严可为 美术编辑：贺知舟\n\n"
                       "来源：公司公告", outlet="甲报")
    analysis = _run(a)
    e = _entity(analysis, "严可为")
    assert e and e.kind == "person" and e.role == "甲报 责任编辑"
    assert _entity(analysis, "贺知舟").role == "甲报 美术编辑"
    assert "公司公告" not in _names(analysis)


def test_the_company_before_the_first_of_two_titles_employs_the_person():
    a = _article("tt", "澜峰创始人、董事长许明远，鸿翎汽车董事长、首席执行官韩立新当晚均到场。")
    analysis = _run(a)
    assert _entity(analysis, "澜峰").kind == "org" and _entity(analysis, "鸿翎汽车").kind == "org"
    assert _entity(analysis, "许明远").role == "澜峰创始人、董事长"


def test_a_list_of_companies_each_with_its_person_names_both():
    a = _article("cp", "发布会上，嘉屿的林若海、Novaro的吴敬尧均表示欢迎竞争。")
    analysis = _run(a)
    assert _entity(analysis, "嘉屿").kind == "org" and _entity(analysis, "Novaro").kind == "org"
    assert _entity(analysis, "林若海").kind == "person" and _entity(analysis, "吴敬尧").kind == "person"


def test_companies_listed_before_their_share_price_and_trade_suffixes():
    a = _article("dr", "受此影响，澄川医药、百舸神州、信岚生物等创新药企股价普遍上涨。\n\n"
                       "旗下子公司澄川瑞康制药宣布，III期临床试验达到主要终点。")
    analysis = _run(a)
    for name in ("澄川医药", "百舸神州", "信岚生物", "澄川瑞康制药"):
        e = _entity(analysis, name)
        assert e and e.kind == "org", name
    assert "III" not in _names(analysis)  # a roman numeral
