"""An index with nothing that is not a name, by general tests, on synthetic articles in forms no
corpus has (a translated foreign report with its English original title, a research note with an
English disclaimer, a forum thread, a chat export, county minutes):

* the English half of a bilingual heading ("重要声明 IMPORTANT DISCLOSURES", also run into its
  section "信息披露DISCLOSURE本公司…") names no one;
* a measure's label ("EPS(元)", "PE（TTM）", "2031E EPS") is no organisation;
* the words of an English title in title case are no people;
* a report's frame cut at its date ("据英国路透社7月12日报道") gives the outlet, not "…7月12日报";
* a list of kinds of goods or parts ("河鲈、翘嘴概念股", "头盔、码表等必备装备", "铜、稀土、碳纤维等关键材料")
  holds no names; a screen or a record that "shows" is no source body;
* a kind of body (定点医院, 村民委员会) is no body's name; a Latin name before 发动机 is a product;
* real names beside them stay: the outlet, the agency, the bank, the analyst, the person speaking.
"""

from __future__ import annotations

from tests.test_index import _article, _run


def _people_and_orgs(analysis):
    return {e.name for e in analysis.entities if e.kind in ("person", "org")}


def test_a_translated_report_keeps_its_names_not_its_english_title():
    report = _article("intl", "原题：Could Singapore Become the Next Hub for Green Shipping?\n\n"
                              "据英国路透社7月12日报道，新加坡海事及港务管理局正在推动甲醇燃料加注。\n\n"
                              "分析人士罗伯特·凯恩说，Price War Comes to Bunkering，价格战将蔓延。",
                      date="2031-07-13")
    an = _run(report)
    names = {e.name for e in an.entities}
    assert not any(w in n for n in names for w in ("Could", "Hub", "Shipping", "Price War", "Bunkering")), names
    assert not any("7月12日" in n for n in names), names
    assert "英国路透社" in names or "路透社" in names, names
    assert "罗伯特·凯恩" in names and "士罗伯特·凯恩" not in names, names


def test_a_research_note_lists_no_heading_or_measure():
    note = _article("note", "深蓝证券研究所\n\n投资要点\n\n海风装机超预期。我们预计明洋能源2031E EPS(元)为1.25，"
                            "PE（TTM）约为22倍。风险提示：铜、稀土、碳纤维等关键材料价格波动。\n\n"
                            "重要声明 IMPORTANT DISCLOSURES\n\n本报告仅供深蓝证券的客户使用。\n\n"
                            "信息披露DISCLOSURE本公司具有证券投资咨询业务资格。美国CNBC报道称，海风订单创新高。",
                    date="2031-03-02")
    names = _people_and_orgs(_run(note))
    for junk in ("EPS", "TTM", "IMPORTANT DISCLOSURES", "DISCLOSURE", "稀土", "碳纤维"):
        assert junk not in names, (junk, names)
    assert not any(n.startswith("公司具有") for n in names), names
    assert "深蓝证券" in names and "CNBC" in names, names


def test_a_forum_thread_lists_no_kinds_of_goods():
    thread = _article("bbs", "楼主：钓鱼老张\n\n河鲈、翘嘴概念股今天涨停了哈哈。\n\n"
                             "回复：小刘 说：水文站屏幕显示水位涨了半米，渔政站说周末封湖。\n\n"
                             "回复：阿海：LEAP发动机那种东西我不懂，我只懂钓鱼。", date="2031-05-02")
    an = _run(thread)
    names = _people_and_orgs(an)
    assert not {"河鲈", "翘嘴", "水文站屏幕"} & names, names
    assert "LEAP" not in names, names  # a model of engine: a product at most


def test_a_chat_export_and_minutes_list_no_kinds_of_body():
    chat = _article("chat", "【群聊】骑行俱乐部\n\n阿杰 2031-05-02 20:11\n周六去环湖，头盔、码表等必备装备别忘了。\n\n"
                            "老孟 2031-05-02 20:13\n环湖骑行协会通知，路线改了。", date="2031-05-02")
    minutes = _article("min", "青川县应急管理局召开防汛会议。\n\n县气象台台长周明远说，今年汛期降雨偏多。\n\n"
                              "定点医院、安置点等场所要备足物资。村民委员会负责通知到户。", date="2031-06-01")
    an = _run(chat, minutes)
    names = _people_and_orgs(an)
    assert not {"头盔", "码表", "定点医院", "村民委员会"} & names, names
    assert "青川县应急管理局" in names and "周明远" in names, names


def test_a_kind_of_body_stays_as_the_short_form_of_a_full_name():
    news = _article("news", "滨江市儿童医院门诊量创新高。\n\n儿童医院医生说，候诊要三小时。", date="2031-11-24")
    an = _run(news)
    assert any(e.name == "滨江市儿童医院" or "滨江市儿童医院" in e.forms for e in an.entities), \
        [(e.name, e.forms) for e in an.entities]
