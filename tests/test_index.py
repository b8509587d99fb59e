"""People, organisations and products; the timeline; figures; digests — on small synthetic
articles written for these tests (invented companies and people), one property per test."""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest

from generator.analyse import analyse
from generator.articles import parse_body
from generator.model import Article

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = ROOT / "content" / "taxonomy.yml"
_S2T = opencc.OpenCC("s2t.json")


def _article(slug, body, script="zh-Hans", **kw):
    return Article(slug=slug, source=f"{slug}.txt", title=kw.pop("title", slug), script=script,
                   blocks=parse_body(body), **kw)


def _run(*articles, names: Path | None = None):
    analysis, _ = analyse(list(articles), taxonomy_path=TAXONOMY, overrides_path=None,
                          names_path=names or ROOT / "tests" / "no-such-names.yml")
    return analysis


def _entity(analysis, name):
    for e in analysis.entities:
        if e.name == name or name in e.aliases:
            return e
    return None


# ---------------------------------------------------------------- people, organisations, products

NER = [
    _article("n1", "星河智算研究院秘书长郑和平表示，行业正在起步。\n\n"
                   "动画制片人北辰向本报记者表示：“工具还不够好用。”\n\n"
                   "新启科技首席技术官卡洛斯·门多萨（Carlos Mendoza）近日对媒体透露，新模型将于年内开放。\n\n"
                   "谷歌和微软都在跟进，Google 的新模型也已发布。\n\n"
                   "受此影响，华岳光电、云衡信息、北溟股份等个股涨停。",
             date="2025-06-20", outlet="甲报"),
    _article("n2", "據悉，星河智算研究院的鄭和平認為，成本仍是門檻。\n\n"
                   "南岭、北辰证券等6家券商在研报中表示看好。南岭证券分析师指出，算力需求将上升。",
             script="zh-Hant", date="2025-06-21", outlet="乙報"),
]


@pytest.fixture(scope="module")
def ner():
    return _run(*NER)


def test_people_with_their_role_and_unusual_names(ner):
    zheng = _entity(ner, "郑和平")
    assert zheng and zheng.kind == "person" and "秘书长" in zheng.role
    assert {m.article for m in zheng.mentions} == {"n1", "n2"}  # both scripts
    assert "鄭和平" in zheng.forms
    beichen = _entity(ner, "北辰")  # no surname, introduced by a title and a reporting verb
    assert beichen and beichen.kind == "person"


def test_transliteration_merged_with_its_original(ner):
    e = _entity(ner, "卡洛斯·门多萨")
    assert e and e.kind == "person" and "Carlos Mendoza" in e.aliases
    assert "首席技术官" in e.role
    assert _entity(ner, "新启科技").kind == "org"


def test_cross_script_company_names_are_one_entry(ner):
    google = [e for e in ner.entities if e.name in ("谷歌", "Google") or "Google" in e.aliases]
    assert len(google) == 1 and {"谷歌", "Google"} <= {google[0].name, *google[0].aliases}
    assert _entity(ner, "微软")


def test_companies_in_a_stock_list_and_short_forms(ner):
    for name in ("华岳光电", "云衡信息", "北溟股份"):
        assert _entity(ner, name) and _entity(ner, name).kind == "org", name
    nanling = _entity(ner, "南岭证券")
    assert nanling and "南岭" in {nanling.name, *nanling.aliases}
    assert _entity(ner, "北辰证券")


def test_companies_named_with_hong_kong_stock_codes():
    a = _article("hk", "新勢力股份普遍受壓，青嵐(09866)收跌3.2%，遠帆(09868)跌2.6%，而北極星集團(01810)全日升4.06%。",
                 script="zh-Hant", date="2025-04-03")
    an = _run(a)
    for name in ("青岚", "远帆", "北极星集团"):
        e = _entity(an, name)
        assert e and e.kind == "org", (name, [x.name for x in an.entities])


def test_phrases_are_not_names():
    text = ("因端点传媒为付费网站，故不提供全文转载，请点击此处前往端点传媒网站。\n\n"
            "它展示了完成给公司起名、根据事件生成一篇公司的新闻稿的能力。\n\n"
            "平台会保留问答历史，以履行网络信息安全义务。\n\n"
            "演员服化道等环节都要花钱，剪辑、特效、配乐等行业也受影响。")
    names = {e.name for e in _run(_article("x", text, date="2025-01-02")).entities}
    for bad in ("因端点传媒", "请点击此处前往端点传媒", "根据事件生成一篇公司", "履行网络", "服化道",
                "剪辑", "特效"):
        assert bad not in names, bad


def test_a_phrase_around_a_name_is_not_a_name():
    # "X的Y" joins two names; a quantifier opens a group; 数据 is what an agency published; A12 is
    # a newspaper page's code
    text = ("发布会当晚，星河科技的王明、远帆汽车的李强、北辰集团的赵刚悉数到场。\n\n"
            "受此影响，一众新势力股份普遍受压，远帆汽车(09868)跌2.6%。\n\n"
            "据国家统计局数据，2023年汽车制造业利润率仅为5.0%。\n\n"
            "A12晨光日报财经版\n\n星河科技创始人王明表示，公司将扩大产能。")
    names = {e.name for e in _run(_article("x", text, date="2025-04-03")).entities}
    for bad in ("远帆汽车的李强", "一众新势力股份", "国家统计局数据", "A12晨光日报"):
        assert bad not in names, bad
    assert {"星河科技", "远帆汽车", "北辰集团", "王明"} <= names


def test_editor_file_adds_blocks_and_merges(tmp_path):
    names = tmp_path / "names.yml"
    names.write_text("person: [沈一舟]\nblock: [郑和平]\naliases:\n  星河研究院: 星河智算研究院\n",
                     encoding="utf-8")
    a = _article("e", "沈一舟在会上发言。星河研究院和星河智算研究院秘书长郑和平表示看好。", date="2025-01-02")
    analysis = _run(a, names=names)
    assert _entity(analysis, "沈一舟").kind == "person"
    assert _entity(analysis, "郑和平") is None
    inst = _entity(analysis, "星河智算研究院")
    assert inst and "星河研究院" in inst.aliases


def test_products_are_a_third_kind():
    a = _article("p", "星海公司发布了视频大模型 Lumen 2，用户可以直接试用。此前发布的 Lumen 2 已有百万用户。",
                 date="2025-01-02")
    e = _entity(_run(a), "Lumen 2")
    assert e and e.kind == "product"


def test_a_name_is_a_product_when_the_text_says_so_once():
    a = _article("p", "诺瓦公司发布了视频大模型Quill，引发关注。\n\nQuill 的画面很清晰。\n\n"
                      "用户认为 Quill 好用。\n\nQuill 还不能开放。", date="2025-01-02")
    e = _entity(_run(a), "Quill")
    assert e and e.kind == "product"  # capitalised mentions alone say nothing of the kind


def test_first_names_and_nicknames_are_the_same_person():
    a = _article("f1", "新启科技首席技术官卡洛斯·门多萨近日对媒体透露，新模型将于年内开放。\n\n"
                       "Robert（Bob）Lang 本科毕业于星海大学，曾在新启科技实习。", date="2025-06-20")
    b = _article("f2", "除了发布时间之外，Carlos 还披露了新模型的其他信息。\n\n"
                       "研究员 Bob Lang 发布视频展示了新模型。", date="2025-06-21")
    analysis = _run(a, b)
    carlos = _entity(analysis, "卡洛斯·门多萨")
    assert carlos and carlos.kind == "person" and {m.article for m in carlos.mentions} == {"f1", "f2"}
    assert _entity(analysis, "Carlos") is carlos
    bob = [e for e in analysis.entities if "Lang" in e.name]
    assert len(bob) == 1 and bob[0].kind == "person" and {m.article for m in bob[0].mentions} == {"f1", "f2"}
    assert not any(e.name in ("Robert", "Bob") for e in analysis.entities)


def test_names_the_dictionary_does_not_know_and_works_in_title_marks():
    a = _article("w", "面对「吕泽川和闫柏川有哪些共同点」的问题，模型答错了。\n\n"
                      "它还续写了科幻小说《星海纪》，并生成了动画片《云端来客》的片段。\n\n"
                      "据《2030行业人才洞察报告》预测，人才缺口很大。", date="2025-01-02")
    analysis = _run(a)
    for name in ("吕泽川", "闫柏川"):
        assert _entity(analysis, name) and _entity(analysis, name).kind == "person", name
    for name in ("星海纪", "云端来客"):  # (session 21: a title in 《》 is a work, listed under 作品)
        assert _entity(analysis, name) and _entity(analysis, name).kind == "work", name
    assert not any("报告" in e.name for e in analysis.entities)  # a report's title is no work


def test_schools_and_model_editions():
    a = _article("sc", "他毕业于星海交大、现任北溟大学助理教授。\n\n星海公司发布新一代大模型Lumen 2 Pro，性能领先。",
                 date="2025-01-02")
    analysis = _run(a)
    assert _entity(analysis, "星海交大") and _entity(analysis, "星海交大").kind == "org"
    assert _entity(analysis, "Lumen 2 Pro") and _entity(analysis, "Lumen 2 Pro").kind == "product"
    b = _article("sc2", "独立远景研究院分析师陈一川表示，这很难。", date="2025-01-02")
    assert _entity(_run(b), "独立远景研究院")  # the employer whole, not "远景研究院"


def test_the_first_item_after_baokuo_is_a_whole_name():
    a = _article("s", "算力厂商有望受益，包括新兴发展、恒星科技、北溟股份收涨。", date="2025-01-02")
    assert _entity(_run(a), "新兴发展")  # made of common words, vouched for by the list


# ---------------------------------------------------------------- timeline

def test_relative_dates_resolved_with_precision():
    a = _article("t", "上周四，星海公司发布了新模型。\n\n今年1月底，该公司完成融资。\n\n"
                      "春节期间，另一家公司也推出了产品。\n\n昨天，公司股价大涨。",
                 date="2023-03-23")  # a Thursday
    ev = {(e.date, e.precision, e.paragraph) for e in _run(a).events}
    assert ("2023-03-16", "day", "p1") in ev
    assert ("2023-01-31", "approximate", "p2") in ev
    assert ("2023-01", "approximate", "p3") in ev  # Spring Festival 2023: 22 January
    assert ("2023-03-22", "day", "p4") in ev


def test_two_dates_in_a_paragraph_and_forecasts():
    a = _article("t", "2月20日，指数开始上涨，3月22日出现高点。预计到2030年，市场规模将翻倍。",
                 date="2024-03-25")
    events = _run(a).events
    dates = {e.date: e for e in events}
    assert {"2024-02-20", "2024-03-22", "2030"} <= set(dates)
    assert dates["2030"].forecast and not dates["2024-02-20"].forecast
    # one sentence, two dates: each date shows its own clause, not the same sentence twice
    assert dates["2024-02-20"].text != dates["2024-03-22"].text
    assert "3月22日" in dates["2024-03-22"].text and "3月22日" not in dates["2024-02-20"].text


def test_same_event_from_two_outlets_merged_and_disagreement_shown():
    a = _article("a", "2月15日，星海公司正式发布视频模型“光年”，引发关注。", date="2024-02-20", outlet="甲报")
    b = _article("b", "2月16日，星海公司正式發布視頻模型「光年」，引發關注。", script="zh-Hant",
                 date="2024-02-21", outlet="乙報")
    c = _article("c", "2月15日，星海公司正式发布视频模型“光年”。", date="2024-02-22", outlet="丙报")
    events = [e for e in _run(a, b, c).events if e.date.startswith("2024-02-1")]
    first = next(e for e in events if e.date == "2024-02-15")
    assert first.article == "a" and [x.article for x in first.also] == ["c"]
    assert any(d.date == "2024-02-16" and d.article == "b" for d in first.disputed)


def test_one_release_from_several_outlets_is_one_entry_led_by_the_whole_report():
    a = _article("r1", "在国内，Quill 发布适逢春节长假。假期一过，券商就发布研报。", date="2025-03-20", outlet="甲报")
    b = _article("r2", "春节期间，Nova 公司的 Quill 横空出世，3月再有 Lumo 走红。", date="2025-03-21", outlet="乙报")
    c = _article("r3", "春节期间，Nova 公司发布视频大模型 Quill，引发全球关注。", date="2025-03-22", outlet="丙报")
    events = [e for e in _run(a, b, c).events if "Quill" in e.text and e.date == "2025-01"]
    assert len(events) == 1
    e = events[0]
    # the report that says who released what, and dates nothing else, leads
    assert e.article == "r3" and {x.article for x in e.also} == {"r1", "r2"}


def test_table_rows_are_events_and_figures_with_their_label():
    body = ("下表列出几家初创公司。\n\n"
            "| 成立时间 | 公司 | 最新一轮融资规模 |\n|---|---|---|\n"
            "| 2023年3月 | 星海智能 | 数千万元人民币 |\n| 2022年9月 | 北溟科技 | 560万美元 |\n\n"
            "| 股份 | 3月21日收市 (元人民币) | 累计升幅 |\n|---|---|---|\n"
            "| 云衡信息(300781) | 71.90 | +192.9% |")
    a = _article("tb", body, date="2024-03-25")
    analysis = _run(a)
    ev = {(e.date, e.paragraph) for e in analysis.events}
    assert ("2023-03", "t1") in ev and ("2022-09", "t1") in ev
    assert not any(e.date == "2024-03-21" for e in analysis.events)  # a column header is no event
    whats = {f.written: f.what for f in analysis.figures}
    assert whats["560万美元"] == "北溟科技 最新一轮融资规模"
    assert whats["+192.9%"] == "云衡信息 累计升幅"  # the table writes the sign: kept
    assert "云衡信息" in whats["71.90元人民币"]
    data = analysis.to_json([a])
    blocks = {p["id"]: p["kind"] for p in data["articles"][0]["paragraphs"]}
    assert blocks["t1"] == "table" and blocks["p1"] == "paragraph"  # cited blocks resolve


def test_an_ocr_garbage_line_dates_nothing():
    a = _article("g", "以上周四（21日）为分水岭，不少概念股都迎来高光时刻。\n\n"
                      "SOIa慨芯版份开幅没周注：*升幅按3月21日与2月8日收盘价比较", date="2024-03-25")
    events = _run(a).events
    assert any(e.paragraph == "p1" for e in events)
    assert not any(e.paragraph == "p2" for e in events)


# ---------------------------------------------------------------- figures

def test_figures_keep_qualifiers_and_merge_repeats():
    a = _article("f", "过去一年，赛道融资已经超过数 10 亿美元。\n\n制作一部短片需花费几十万元。\n\n"
                      "星海模型可以生成长达60秒的视频。\n\n60秒的视频时长已超过同类产品。\n\n"
                      "甲公司的模型只能生成4秒视频。\n\n乙公司的 Nova 模型也只有4秒。\n\n"
                      "目前业务量占总业务的10%到20%。", date="2025-01-02")
    figs = _run(a).figures
    written = [f.written for f in figs]
    assert "超过数 10亿美元" in written and "几十万元" in written and "10%到20%" in written
    assert all(f.approximate for f in figs if f.written in ("超过数 10亿美元", "几十万元"))
    sixty = [f for f in figs if f.key == "60秒"]
    assert len(sixty) == 1 and sixty[0].also == ("p4",)
    assert len([f for f in figs if f.key == "4秒"]) == 2  # two companies, two facts


def test_figures_say_what_they_measure_and_ranges_stay_one():
    a = _article("f2", "他分析了两款模型，每分钟视频成本在30元（人民币，下同）至60元之间。\n\n"
                       "新模型可以根据用户的文本提示创建最长60秒的逼真视频。\n\n"
                       "拍摄一条片子需要一个10人左右的制作团队。", date="2025-01-02")
    figs = {f.written: f for f in _run(a).figures}
    assert "30元（人民币，下同）至60元" in figs and not any(w.startswith("60元") for w in figs)
    assert figs["60秒"].what == "逼真视频"
    assert figs["10人左右"].what == "制作团队"


def test_figures_say_who_gives_them():
    a = _article("f", "星海证券分析师郑和平表示，国产芯片市场规模约为307亿元。", date="2025-01-02")
    f = _run(a).figures[0]
    assert f.written == "约为307亿元" and f.source == "郑和平" and "市场规模" in f.what


# ---------------------------------------------------------------- digests

def test_digest_states_the_thesis_first_and_skips_fragments():
    body = ("月15日正式对外公布，是一家公司开发的模型，能生成视频而且画面清晰流畅。\n\n"
            "行业人士介绍，视频模型的开发进展很快，很多团队都在参与竞争并推出产品。\n\n"
            "有分析指出，视频模型的使用成本过高，每分钟成本高达数百元，普及之路还很漫长。\n\n"
            "另有团队表示，他们的新模型将在下个月发布，届时会开放给更多用户试用。\n\n"
            "专家认为，只有当使用成本大幅下降，视频模型才可能真正走向普及。")
    a = _article("d", body, title="视频模型使用成本高 普及之路漫长", date="2025-01-02")
    d = _run(a).digests[0]
    assert d.summary[0].role == "thesis" and "成本" in d.summary[0].text
    assert not any(s.text.startswith("月15日") for s in d.summary)


def test_keywords_prefer_names_and_skip_pieces_of_names():
    a = _article("k", "财联社 2 月 21 日，星海科技表示将发布新模型。财联社 2 月 22 日，星海科技回应称产品安全。"
                      "星海科技认为算力是关键，算力需求将上升。", date="2025-02-23")
    b = _article("k2", "另一篇文章谈论算力与芯片。", date="2025-02-23")
    kws = _run(a, b).digests[0].keywords
    assert kws[0] in ("星海科技", "财联社") and "联社" not in kws


def test_summary_sentences_read_alone():
    body = ("视频模型的使用成本过高，普及之路还很漫长，分析人士普遍这样认为。\n\n"
            "「但有机构预估视频模型未来的使用成本一分钟要达到五百元，会限制很多用户。」\n\n"
            "我也不认为数据是我们的根本短板，最直接的因素还是算力上面的差距。\n\n"
            "从这个角度来看，视频模型的成本问题短期之内很难得到根本解决。\n\n"
            "行业人士介绍，视频模型的开发进展很快，很多团队都在参与竞争并推出产品。\n\n"
            "专家认为，只有当使用成本大幅下降，视频模型才可能真正走向普及。")
    a = _article("d2", body, title="视频模型使用成本高 普及之路漫长", date="2025-01-02")
    texts = [s.text for s in _run(a).digests[0].summary]
    assert texts and not any(t.startswith(("「", "我也", "从这个")) for t in texts)


def test_keywords_are_recurring_themes_not_one_off_words():
    body = ("星海公司认为，芯片供应是行业的关键。\n\n分析人士指出，芯片短缺会拖慢研发进度。\n\n"
            "一位老人对着生日蛋糕的蜡烛吹气，蜡烛却没有熄灭，画面出现漏洞。\n\n"
            "多家公司表示，芯片价格上涨推高了训练成本。")
    a = _article("k3", body, date="2025-02-23")
    b = _article("k4", "另一篇文章谈论市场与用户。", date="2025-02-23")
    kws = _run(a, b).digests[0].keywords
    assert "芯片" in kws and "蜡烛" not in kws


# ---------------------------------------------------------------- data file

def test_corpus_json_carries_the_new_fields(ner):
    from generator.analyse.corpus import VERSION

    data = ner.to_json(NER)
    assert data["version"] == VERSION >= 2
    e = data["entities"][0]
    assert {"name", "kind", "role", "aliases", "forms", "mentions"} <= set(e)
    assert all(x["kind"] in ("person", "org", "product", "work") for x in data["entities"])
    assert {"date", "precision", "forecast", "disputed", "also"} <= set(data["events"][0])
    json.dumps(data, ensure_ascii=False)
