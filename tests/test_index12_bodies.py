"""Names a document's structure gives that the suffix rules missed: a body of the writer's own
city, province or district named by its level's letter and its domain's short form ("市经信局",
"区卫健委", "市公安局交通管理局", "省人大常委会", "开发区管委会"); a long name opening on a place before
a strong suffix, with a verb the segmenter split inside ("华东智能网联…联盟"); people listed two or
more in a row with their roles in brackets (minutes' participants, a panel, a programme's
guests), each with the role. And what these rules must not take: "超市管理局", "全市交通局系统",
"市场…", a list of things with brackets. On synthetic articles written for the test, in three
forms: a bureau's reply letter, a committee's minutes, a news report (a bus route, a river
clean-up, a library; invented names)."""

from __future__ import annotations

from test_index import _article as _index_article
from test_index import _entity, _run


def _article(slug, body, **kw):
    kw.setdefault("date", "2025-04-18")
    return _index_article(slug, body, "zh-Hans", **kw)


def _names(analysis):
    return {n for e in analysis.entities for n in (e.name, *e.aliases)}


def test_a_reply_letter_names_the_citys_bodies_it_consulted():
    a = _article("l", "关于延长公交12路末班车时间建议的答复\n\n"
                      "王代表：您的建议收悉。经认真研究，并商市公安局交通管理局、市发改委、青石开发区管委会，现答复如下：\n\n"
                      "一、我局已于4月1日起将12路末班车延后至23时，市人社局将为夜班司机安排培训。\n\n"
                      "抄送：市发改委，市人社局。")
    names = _names(_run(a))
    assert {"市公安局交通管理局", "市发改委", "青石开发区管委会", "市人社局"} <= names, names
    assert not {"区管委会", "省人大"} & names, names


def test_minutes_name_their_participants_with_roles_and_the_issuing_alliance():
    a = _article("m", "会议纪要\n\n"
                      "主持人：方立（华东智能网联出行产业联盟秘书长）\n\n"
                      "参会人员：邓振（青石城市研究院副院长）、柳敏（东港大学经济学院教授）、"
                      "孔凯（某物流平台华东区域经理）、钱浩（联盟研究部研究员）\n\n"
                      "一、会议认为，河道清理应纳入区卫健委和区教育局的联合行动。柳敏认为，经费仍有缺口。\n\n"
                      "华东智能网联出行产业联盟秘书处印发")
    analysis = _run(a)
    for name, role in (("邓振", "青石城市研究院副院长"), ("柳敏", "东港大学经济学院教授"),
                       ("孔凯", "某物流平台华东区域经理"), ("钱浩", "联盟研究部研究员")):
        e = _entity(analysis, name)
        assert e and e.kind == "person" and e.role == role, (name, e)
    names = _names(analysis)
    assert "华东智能网联出行产业联盟" in names and {"区卫健委", "区教育局"} <= names, names


def test_a_news_report_names_the_provincial_council_and_not_common_words():
    a = _article("n", "2025年3月，青川省人大常委会批准《青石市公共图书馆条例》，市文旅局表示将于年底前配套细则。"
                      "超市管理局之类的说法是网友的玩笑，全市交通局系统也没有参与。\n\n"
                      "会上，蓝天（2024年）、白云（第二期）两个项目获奖，上海推动成立产业联盟。")
    names = _names(_run(a))
    assert "青川省人大常委会" in names and "市文旅局" in names, names
    assert not {"超市管理局", "市交通局", "蓝天", "白云", "上海推动成立产业联盟", "省人大常委会"} & names, names


def test_a_document_numbers_prefix_and_an_infoboxs_field_labels_are_no_names():
    letter = _article("d", "青交函〔2025〕12号\n\n王代表：您的建议收悉，现答复如下。\n\n"
                           "抄送：市政府督查室。关于此事，另见青交函〔2025〕9号。")
    notice = _article("e", "会议纪要〔2025〕第3期\n\n会议由方立主持，邓振、柳敏参加。")
    box = _article("f", "| 中文名 | 青鸟出行 | 外文名 | Bluebird Mobility |\n|---|---|---|---|\n"
                        "| 所属公司 | 青石集团 | 上线时间 | 2021年8月 |\n| 运营城市 | 滨江 | 主要车型 | 第二代 |\n\n"
                        "青鸟出行是青石集团旗下的出行服务平台。")
    names = _names(_run(letter, notice, box))
    assert not {"青交函", "会议纪要", "所属公司", "上线时间", "主要车型"} & names, names
    assert "青石集团" in names, names
