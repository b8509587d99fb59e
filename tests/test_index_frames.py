"""Names confirmed or rejected by their frame and by the corpus around them: common words before
an organisation suffix, a verb and its object, a title before a name followed by a time word, a
phrase around a name that stands on its own elsewhere. On small synthetic articles written for
these tests (a hotel chain in trouble, a theatre season, a ferry operator: invented names)."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, script="zh-Hans", **kw):
    kw.setdefault("date", "2025-03-01")
    return _index_article(slug, body, script, **kw)


def _names(analysis):
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


def test_common_words_before_a_suffix_the_text_uses_on_its_own_are_no_name():
    a = _article("h1", "行业点评报告|房地产证券研究报告\n\n星岚酒店集团董事长罗文涛表示，将尽快评估集团现状，并与贷款银行协商展期。\n\n"
                       "市场普遍预计法院将于下周作出裁决，多家贷款银行已做拨备。\n\n"
                       "分析人士认为，对银行体系的冲击可控，法院已委任临时清盘人。\n\n"
                       "据测算，上市银行对星岚的敞口合计不足百亿元；听说外国基金现在一提星岚就摇头。")
    analysis = _run(a)
    names = _names(analysis)
    assert "星岚酒店集团" in names and "罗文涛" in names
    for phrase in ("评估集团", "贷款银行", "预计法院", "上市银行", "外国基金", "房地产证券"):
        assert phrase not in names, phrase


def test_a_plain_word_before_a_suffix_never_used_alone_is_a_name():
    a = _article("t1", "青禾乐团上月在晨光剧院完成了三场演出，票房超出预期。\n\n"
                       "晨光剧院负责人透露，下一季还将引进两部新剧。")
    analysis = _run(a)
    e = _entity(analysis, "晨光剧院")
    assert e and e.kind == "org" and {m.paragraph for m in e.mentions} == {"p1", "p2"}


def test_a_title_then_a_time_word_closes_the_name_and_a_misheard_spelling_is_the_same_person():
    a = _article("f1", "海燕轮渡集团创始人钱立舟去年6月因涉嫌挪用资金被警方带走。\n\n"
                       "后续关注：创始人钱立舟自2024年起已不再担任任何职务。")
    b = _article("f2", "主持人：那创办人钱立州呢？\n\n"
                       "来宾：钱立州去年6月被带走，到现在还没有消息。")
    analysis = _run(a, b)
    e = _entity(analysis, "钱立舟")
    assert e and e.kind == "person" and "钱立州" in e.aliases  # one person, the transcript's homophone merged
    assert {(m.article, m.paragraph) for m in e.mentions} >= {("f1", "p1"), ("f1", "p2"), ("f2", "p1"), ("f2", "p2")}
    assert e.role.startswith("海燕轮渡集团")
    c = _article("f3", "海燕轮渡集团总经理孟川在2024年初已经离职。")
    names = _names(_run(c))
    assert "孟川" in names and "孟川在" not in names  # 在 follows the two-character name


def test_words_before_a_name_that_stands_alone_elsewhere_are_not_part_of_it():
    a = _article("w1", "澜舟集团旗下澜舟地产、澜舟物流均已停牌。\n\n"
                       "澜舟地产发布公告称，将配合清盘人工作；澜舟物流表示业务照常。\n\n"
                       "监管机构表示将重罚澜舟物流，并要求若公司股份连续停牌满一年即除牌。")
    analysis = _run(a)
    names = _names(analysis)
    assert "澜舟地产" in names and "澜舟物流" in names
    for phrase in ("旗下澜舟地产", "重罚澜舟物流", "若公司股份"):
        assert phrase not in names, phrase


def test_a_body_whose_records_show_something_is_named():
    a = _article("r1", "渡港交易所资料显示，两只股份均于上午暂停买卖。")
    analysis = _run(a)
    assert _entity(analysis, "渡港交易所") is not None and "渡港交易所资料" not in _names(analysis)


def test_examples_of_a_kind_of_company_after_ru_are_companies():
    a = _article("e1", "分析师建议关注现金流稳健的航运公司，如东翔海运、海鹭快线、青川置地。\n\n"
                       "乘客最关心的问题，如价格、准点、服务，仍未改善。\n\n"
                       "港口周边的机构，如高校、医院、研究所，也受到停航影响。")
    analysis = _run(a)
    names = _names(analysis)
    assert {"东翔海运", "海鹭快线", "青川置地"} <= names
    assert not {"价格", "准点", "服务", "高校", "医院", "研究所"} & names


def test_one_original_in_brackets_after_several_runs_names_what_they_share():
    a = _article("b1", "法院委任岚衡（Lanheng Partners）为临时清盘人。")
    b = _article("b2", "获委任的清盘人岚衡（Lanheng Partners）表示，将尽快接管。\n\n岚衡其后发表声明，称会保留业务。")
    analysis = _run(a, b)
    e = _entity(analysis, "岚衡")
    assert e and e.name == "岚衡" and "Lanheng Partners" in e.aliases + e.forms
    assert not {"法院委任岚衡", "清盘人岚衡"} & _names(analysis)
    assert {m.article for m in e.mentions} == {"b1", "b2"}


def test_an_industry_word_after_a_proper_word_names_a_company():
    a = _article("i1", "法院早于两年前已认可岑信纸业在港的清盘程序，岑信物业则仍在正常运营。")
    analysis = _run(a)
    assert {"岑信纸业", "岑信物业"} <= _names(analysis)


def test_a_listed_name_with_its_country_is_the_company_it_goes_by():
    a = _article("c1", "澜舟中国（01918）周二公布，上月合约销售额按年下跌三成。\n\n澜舟、岑信等房企仍在推进境外债务重组。")
    analysis = _run(a)
    e = _entity(analysis, "澜舟")
    assert e and e.kind == "org" and "澜舟中国" in (e.name, *e.aliases)
    assert {m.paragraph for m in e.mentions} == {"p1", "p2"}


def test_the_source_of_the_data_is_named_not_the_data():
    a = _article("d1", "根据岚观数据，百强房企上月销售额按年仍跌约三成；监管部门对岑信地产信息披露问题仍在调查。")
    analysis = _run(a)
    names = _names(analysis)
    assert "岚观" in names and "岚观数据" not in names
    assert "岑信地产信息" not in names and "监管部门对岑信地产信息" not in names


def test_a_judge_and_an_editor_in_brackets_are_people_with_their_roles():
    a = _article("j1", "海城高等法院法官龚静澜今日上午正式颁令澜舟集团清盘。龚静澜表示，公司至今未提出可行方案。\n\n"
                       "（编辑严晓舟）背景：澜舟集团的境外债务重组已拖延两年，多名债权人入禀申请清盘，"
                       "案件其间先后押后七次，法庭认为已给予公司足够时间，如今颁令清盘是恰当的做法。")
    analysis = _run(a)
    judge = _entity(analysis, "龚静澜")
    assert judge and judge.kind == "person" and judge.role.endswith("法官")
    editor = _entity(analysis, "严晓舟")
    assert editor and editor.role == "编辑"


def test_a_heading_naming_a_company_s_people_is_no_organisation_and_labs_is_the_company():
    a = _article("g1", "澜舟集团发布公告称，旗下物业公司经营正常。\n\n3. 澜舟业主：“清盘令管不到我的房子，可我的首付呢？”\n\n"
                       "视频生成初创公司Vexa发布新模型，Vexa表示将开放测试。\n\n"
                       "| 公司 | 产品 |\n|---|---|\n| Vexa Labs | 视频模型 |\n| 岚图智能 | 图像模型 |")
    analysis = _run(a)
    names = _names(analysis)
    assert "澜舟集团" in names and "澜舟业主" not in names
    vexa = _entity(analysis, "Vexa")
    assert vexa and "Vexa Labs" in vexa.aliases + (vexa.name,)


def test_a_company_written_by_ear_in_a_transcript_is_the_same_company():
    a = _article("m1", "深圳市中级人民法院早于去年已认可岑信纸业在港的清盘程序。")
    b = _article("m2", "主持人：之前有先例吗？\n\n来宾：有，香港一家纸业公司，叫岑信只业的，它的清盘内地就承认过。")
    analysis = _run(a, b)
    e = _entity(analysis, "岑信纸业")
    assert e and e.name == "岑信纸业" and "岑信只业" in e.aliases
    assert {m.article for m in e.mentions} == {"m1", "m2"}


def test_a_foreign_country_before_a_university_is_no_part_of_its_name():
    a = _article("u1", "英国莫斯菲尔德大学海洋学教授彭斯表示，排放的影响有限。\n\n中国人民大学的学者则持保留意见。")
    analysis = _run(a)
    names = _names(analysis)
    assert "莫斯菲尔德大学" in names and "英国莫斯菲尔德大学" not in names


def test_a_plain_word_before_a_suffix_names_a_company_that_speaks_or_acts():
    a = _article("k1", "晨光银行行长吕思远表示，对银行体系的冲击有限。\n\n晨光银行的不良贷款率仍在上升，"
                       "另有多家贷款银行已做拨备。")
    analysis = _run(a)
    e = _entity(analysis, "晨光银行")
    assert e and e.kind == "org" and ("k1", "p2") in {(m.article, m.paragraph) for m in e.mentions}
    assert "贷款银行" not in _names(analysis)
