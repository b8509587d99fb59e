"""People, organisations and products found from other names, aliases merged by general rules,
and words that are not names: on small synthetic articles written for these tests (invented
companies, products and people), one property per test."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, script="zh-Hans", **kw):
    kw.setdefault("date", "2025-03-01")
    return _index_article(slug, body, script, **kw)


def test_a_brand_names_its_model_and_its_other_products():
    a = _article("b1", "星云公司发布了大模型「星云万象」。\n\n星云万象基于星云大模型，此前的星云大语言模型已迭代三年。\n\n"
                       "星云万象还能调用星云一画作图。")
    b = _article("b2", "用户把同样的提示交给星云一画，得到了相似的图。\n\n星云大模型的训练成本很高。")
    analysis = _run(a, b)
    model = _entity(analysis, "星云大模型")
    assert model and model.kind == "product" and _entity(analysis, "星云大语言模型") is model
    assert {m.article for m in model.mentions} == {"b1", "b2"}
    painter = _entity(analysis, "星云一画")
    assert painter and painter.kind == "product" and {m.article for m in painter.mentions} == {"b1", "b2"}
    assert _entity(analysis, "星云万象") is not painter
    # a company's own name before a word is no product of its family
    c = _article("b3", "飞鸟 CEO 张明远表示，飞鸟推出了产品「飞鸟一画」。\n\n飞鸟股价上涨，飞鸟股价创新高。")
    analysis = _run(c)
    assert _entity(analysis, "飞鸟一画") and not _entity(analysis, "飞鸟股价")


def test_a_nickname_is_the_person_named_in_full_in_the_same_article():
    a = _article("k1", "分析师卢定山表示，国产模型值得期待。\n\n然而，老卢不懂技术。\n\n我支持老卢的立场。")
    b = _article("k2", "老卢这个称呼在本文指的是另一个人。\n\n分析师王定川表示，大王这个词不是昵称。")  # no 卢 named in full here
    analysis = _run(a, b)
    lu = _entity(analysis, "卢定山")
    assert lu and lu.name == "卢定山" and "老卢" in lu.aliases  # listed under the full name
    assert {m.article for m in lu.mentions} == {"k1"} and len(lu.mentions) == 3
    assert "大王" not in _entity(analysis, "王定川").aliases


def test_a_romanised_name_is_the_chinese_name_of_the_same_article():
    a = _article("r1", "其中 Yun Ge 是论文的第一作者，曾在星海大学读书。\n\n据悉，葛云曾在北溟科技工作两年。\n\n"
                       "研究员 Yun Ge 表示，模型还会更新。")
    analysis = _run(a)
    ge = _entity(analysis, "葛云")
    assert ge and ge.kind == "person" and {ge.name, *ge.aliases} >= {"葛云", "Yun Ge"}


def test_a_first_name_alone_is_the_one_person_of_the_article_with_it():
    a = _article("s1", "星海公司首席执行官 Tom Ridley 表示，融资已经完成。\n\nTom 之前说过，模型会开放。")
    analysis = _run(a)
    tom = _entity(analysis, "Tom Ridley")
    assert tom and "Tom" in tom.aliases and len(tom.mentions) == 2


def test_people_asked_about_in_a_question_are_people():
    a = _article("q1", "还有一些提问被拒绝了，比如“谁是滕子昂？”、“星海公司怎么样？”。\n\n"
                       "内容包括“某国领导人艾思远”等话题。")
    analysis = _run(a)
    for name in ("滕子昂", "艾思远"):
        e = _entity(analysis, name)
        assert e and e.kind == "person", name


def test_movements_eras_and_quoted_acronyms_are_not_names():
    a = _article("m1", "“中国有Zeetoo事件吗？”模型没有回答。\n\n刚回“QXR”头部时代没几天，股价就跌了。\n\n"
                       "星海公司的 Quorbit 模型也已发布。")
    analysis = _run(a)
    assert not _entity(analysis, "Zeetoo") and not _entity(analysis, "QXR")
    assert _entity(analysis, "Quorbit")  # a Latin name with a product word stays


def test_a_new_edition_and_a_latin_item_of_a_list_are_one_product():
    a = _article("e1", "这相比目前的 ChatGPT 以及 New Zorb 已经是相当本土化的功能了。")
    b = _article("e2", "我们也很好奇其他能力相比 ChatGPT、Zorb Chat 孰强孰弱。\n\n我们把问题交给 Zorb Chat。")
    analysis = _run(a, b)
    zorb = _entity(analysis, "Zorb Chat")
    assert zorb and zorb.kind == "product" and "New Zorb" in zorb.aliases
    assert {m.article for m in zorb.mentions} == {"e1", "e2"}
    assert not any(e.name == "Zorb" for e in analysis.entities)


def test_well_known_short_and_latin_spellings_merge_but_not_inside_other_words():
    a = _article("u1", "他本科毕业于北京大学，2019 年获得 MIT 物理学博士学位。\n\n"
                       "此前，他赴麻省理工学院攻读博士。\n\n不少北大校友也加入了星海公司。")
    b = _article("u2", "东北大学的团队也发布了模型。\n\n用了度娘二十载，它还在“梦里寻他千百度”。\n\n百度的股价应声而落。")
    analysis = _run(a, b)
    mit = _entity(analysis, "麻省理工学院")
    assert mit and _entity(analysis, "MIT") is mit and len(mit.mentions) == 2
    pku = _entity(analysis, "北京大学")
    assert pku and _entity(analysis, "北大") is pku and {m.article for m in pku.mentions} == {"u1"}
    baidu = _entity(analysis, "百度")
    assert baidu and "度娘" in baidu.aliases and len(baidu.mentions) == 2


def test_the_chinese_name_before_a_bracketed_romanisation_is_cut_where_it_reads_alike():
    a = _article("br", "其中葛云（Yun Ge）是论文的第一作者。\n\n斯坦福大学（Stanford University）的团队也参与了研究。")
    analysis = _run(a)
    ge = _entity(analysis, "葛云")
    assert ge and ge.kind == "person" and "Yun Ge" in {ge.name, *ge.aliases}
    assert not any(e.name == "中葛云" for e in analysis.entities)
    stanford = _entity(analysis, "斯坦福大学")
    assert stanford and stanford.kind == "org" and "Stanford University" in stanford.aliases


def test_a_company_name_before_a_service_word_is_its_product():
    a = _article("sv", "星渊 CEO 张明远表示，星渊百科已经接入新模型。\n\n正如星渊搜索的技术起点并不低，星渊也在追赶。")
    analysis = _run(a)
    for name in ("星渊百科", "星渊搜索"):
        e = _entity(analysis, name)
        assert e and e.kind == "product", name
    assert _entity(analysis, "星渊").kind == "org"


def test_who_is_sued_or_arrested_is_a_person():
    a = _article("ac", "还有一些问题模型不答，又如滕广源被起诉的事情是什么？\n\n该公司被起诉后股价下跌。")
    analysis = _run(a)
    e = _entity(analysis, "滕广源")
    assert e and e.kind == "person"
    assert not any(e.name.startswith("该公司") for e in analysis.entities)


def test_roles_keep_every_title_and_the_company_before_them():
    a = _article("ro", "一览星辰创始人、CEO罗江远告诉记者，模型很重要。\n\n360创始人周鸿远提到，算力是关键。\n\n"
                       "### 6.2 星海电视台台长慎海川\n\n两位研发负责人 Tom Brook 和 Bill Peeble 均毕业于星海大学。")
    analysis = _run(a)
    assert _entity(analysis, "罗江远").role == "一览星辰创始人、CEO"
    assert _entity(analysis, "周鸿远").role == "360创始人"
    assert _entity(analysis, "慎海川").role == "星海电视台台长"  # the heading's number is not part of it
    assert _entity(analysis, "Bill Peeble").role == _entity(analysis, "Tom Brook").role == "两位研发负责人"


def test_a_byline_author_is_listed_as_that_outlet_s_author():
    a = _article("by", "星海公司发布了新模型。", outlet="星海日报", author="宋长风")
    e = _entity(_run(a), "宋长风")
    assert e and e.kind == "person" and e.role == "星海日报 作者"


def test_what_a_company_makes_is_a_product_and_versions_ending_in_0_merge():
    a = _article("ow", "非工业场景主要以星海的 DreamLoom 为代表；工业场景如 QTC 的 Crea 均提供设计能力。\n\n"
                       "星海 CEO 张明远表示，QTC 公司也在跟进。\n\n星海公司发布了大模型 Zeta-4，此前的 Zeta-4.0 已有百万用户。")
    analysis = _run(a)
    for name in ("DreamLoom", "Crea"):
        e = _entity(analysis, name)
        assert e and e.kind == "product", name
    zeta = [e for e in analysis.entities if e.name.startswith("Zeta")]
    assert len(zeta) == 1 and {zeta[0].name, *zeta[0].aliases} == {"Zeta-4", "Zeta-4.0"}


def test_a_camel_case_name_with_a_digit_inside_is_one_name():
    a = _article("cd", "Tom Brook 在星海大学期间发明了 InstructPix3Pix，后来加入星海公司。")
    e = _entity(_run(a), "InstructPix3Pix")
    assert e and e.kind == "product"


def test_a_newspaper_opening_a_paragraph_with_a_colon_is_an_organisation():
    a = _article("pa", "星海电影报：大模型对影视创作的影响将逐步显现。\n\n季度财报：营收上涨。")
    analysis = _run(a)
    e = _entity(analysis, "星海电影报")
    assert e and e.kind == "org"
    assert not _entity(analysis, "季度财报")


def test_an_account_named_with_at_is_listed_and_a_dictionary_word_only_with_its_at():
    a = _article("at", "本合集由圈友 @大国 支持整理汇总。\n\n另外可以看看圈友 @云岫 的帖子，云岫在文中解释了原理。\n\n"
                       "@ zorblabs 的合成音效服务给视频配了音。\n\n中国是科技大国，联系 abc@qq.com 即可。")
    analysis = _run(a)
    handle = _entity(analysis, "@大国")
    assert handle and handle.kind == "person" and len(handle.mentions) == 1  # not "科技大国"
    yun = _entity(analysis, "云岫")
    assert yun and yun.kind == "person" and len(yun.mentions) == 1
    zorb = _entity(analysis, "zorblabs")
    assert zorb and zorb.kind == "org"
    assert not _entity(analysis, "qq")


def test_an_editor_pair_is_found_even_when_only_the_other_spelling_is_written(tmp_path):
    names = tmp_path / "names.yml"
    names.write_text("aliases:\n  鹅场: 星鹅科技\n", encoding="utf-8")
    a = _article("ed", "鹅场今天发布了新模型，用户反响热烈。")
    e = _entity(_run(a, names=names), "星鹅科技")
    assert e and "鹅场" in {e.name, *e.aliases} and len(e.mentions) == 1


def test_a_range_of_names_beside_a_known_product_are_products():
    a = _article("rg", "星海公司发布了大模型Zorva，用户很多。\n\n研报指出，从Zorva、云图到星河千问，内地大模型在长文本上持续跃迁。")
    e = _entity(_run(a), "星河千问")
    assert e and e.kind == "product"
