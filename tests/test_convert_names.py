"""Conversion a Hong Kong or Taiwan reader trusts: reader forms, names never converted as words,
generated text written with its traditional source's characters, mislabelled text fixed, and a
conversion report ordered by risk. Every case is a small synthetic text written for the test."""

from types import SimpleNamespace as NS

from generator.convert import DEFAULT_VARIANT, Converter, Glossary, GlossaryTerm, for_corpus
from generator.render.conversion import conversion_report
from generator.hanzi import evident_script, name_form, simplified_only
from generator.model import Article, Block


def test_default_variant_writes_the_forms_readers_use():
    conv = Converter()
    assert DEFAULT_VARIANT == "s2tw"
    assert conv("为众人开启群聊，里面着急", "zh-Hans", "zh-Hant") == "為眾人開啟群聊，裡面著急"
    # OpenCC's own standard forms stay available for whoever asks for them
    assert Converter(variant="s2t")("为众人开启群聊", "zh-Hans", "zh-Hant") == "爲衆人開啓羣聊"


def test_names_are_converted_character_by_character():
    conv = Converter().with_names({"赵占领": "person", "中央广播电视总台": "org",
                                   "马云": "person", "范伟": "person"})
    out = conv("律师赵占领、马云与范伟在中央广播电视总台", "zh-Hans", "zh-Hant")
    assert out == "律師趙占領、馬雲與范偉在中央廣播電視總臺"
    # the same words outside a name are still converted as words
    assert Converter()("赵占领", "zh-Hans", "zh-Hant") == "趙佔領"
    assert "總檯" in Converter()("中央广播电视总台", "zh-Hans", "zh-Hant")


def test_glossary_wins_over_the_name_rule():
    glossary = Glossary((GlossaryTerm("中央广播电视总台", "中央廣播電視總台"),))
    conv = Converter(glossary).with_names({"中央广播电视总台": "org"})
    assert conv("中央广播电视总台发布", "zh-Hans", "zh-Hant") == "中央廣播電視總台發佈"


def test_name_form_rules():
    assert name_form("于洪雷", "person", "zh-Hant", "s2tw") == "于洪雷"
    assert name_form("钟俊浩", "person", "zh-Hant", "s2tw") == "鍾俊浩"
    assert name_form("林園", "person", "zh-Hans", "s2tw") == "林园"
    # an organisation takes the first candidate even for a character a person's name keeps
    assert name_form("台电", "org", "zh-Hant", "s2tw") == "臺電"


def test_a_name_keeps_a_character_its_whole_reading_keeps():
    # 里 alone becomes the 裡 of "inside"; in a name it stays 里 wherever OpenCC's phrases keep it
    for name, hant in (("阿里巴巴", "阿里巴巴"), ("阿里云", "阿里雲"), ("万里扬", "萬里揚"), ("千里科技", "千里科技")):
        assert name_form(name, "org", "zh-Hant", "s2tw") == hant, name
    conv = Converter().with_names({"阿里巴巴": "org", "阿里": "org"})
    assert conv("阿里巴巴（下称阿里）的仓库里有货", "zh-Hans", "zh-Hant") == "阿里巴巴（下稱阿里）的倉庫裡有貨"
    # a character the whole reading converts still takes the character rule (總臺, not 總檯)
    assert name_form("中央广播电视总台", "org", "zh-Hant", "s2tw") == "中央廣播電視總臺"


def test_generated_text_keeps_its_traditional_sources_characters():
    source = "以Sora爲代表的技術開啓新紀元"  # a source writing OpenCC-standard forms
    statement = "以Sora为代表的技术开启新纪元，影响深远"
    conv = Converter().with_sources({statement: (source,)})
    assert conv(statement, "zh-Hans", "zh-Hant") == "以Sora爲代表的技術開啓新紀元，影響深遠"
    # a text that was not derived from it is converted as usual
    assert conv("以Sora为代表", "zh-Hans", "zh-Hant") == "以Sora為代表"
    # and the zh-Hans page shows the statement unchanged
    assert conv(statement, "zh-Hans", "zh-Hans") == statement


def test_mislabelled_text_is_converted_but_a_traditional_text_stays_verbatim():
    conv = Converter()
    # a role computed on simplified text and filed under a traditional article
    assert conv("技高级项目经理", "zh-Hant", "zh-Hant") == "技高級項目經理"
    # a traditional paragraph with a stray OCR simplified character is left exactly as written
    assert conv("內地主要初創开幅說明", "zh-Hant", "zh-Hant") == "內地主要初創开幅說明"
    assert conv("於是于洪雷說", "zh-Hant", "zh-Hant") == "於是于洪雷說"
    # an editor's note in either script
    assert conv("日期据文中推断", "auto", "zh-Hant") == "日期據文中推斷"
    assert conv("報紙版面", "auto", "zh-Hans") == "报纸版面"
    assert evident_script("Sora 2024") is None


def _article(slug, script, *paras):
    blocks = tuple(Block("p", t, f"p{i + 1}", i + 1) for i, t in enumerate(paras))
    return Article(slug=slug, source=f"{slug}.txt", title=slug, script=script, blocks=blocks)


def test_for_corpus_takes_names_and_sources_from_the_analysis():
    trad = _article("hk", "zh-Hant", "科技高級項目經理林園認爲，Sora開啓新局。")
    simp = _article("cn", "zh-Hans", "律师赵占领认为，Sora开启新局。")
    mention = NS(article="hk", paragraph="p1", surface="林園")
    analysis = NS(
        entities=[NS(name="林园", kind="person", role="科技高级项目经理", mentions=[mention]),
                  NS(name="赵占领", kind="person", role="律师",
                     mentions=[NS(article="cn", paragraph="p1", surface="赵占领")])],
        points=[NS(statement="林园认为Sora开启新局。",
                   citations=[NS(article="hk", paragraph="p1"), NS(article="cn", paragraph="p1")],
                   speakers=[NS(name="林園", kind="person", role="技高级项目经理",
                                article="hk", paragraph="p1")])],
        contentions=[])
    conv = for_corpus(Converter(), [trad, simp], analysis)
    assert conv("林园认为Sora开启新局。", "zh-Hans", "zh-Hant") == "林園認爲Sora開啓新局。"
    assert conv("科技高级项目经理", "zh-Hans", "zh-Hant") == "科技高級項目經理"
    assert conv("技高级项目经理", "zh-Hant", "zh-Hant") == "技高級項目經理"
    assert conv("律师赵占领认为", "zh-Hans", "zh-Hant") == "律師趙占領認為"
    # the converter survives the build cache
    import pickle
    again = pickle.loads(pickle.dumps(conv))
    assert again("律师赵占领认为", "zh-Hans", "zh-Hant") == "律師趙占領認為"


def test_conversion_report_puts_names_and_rare_readings_first():
    art = _article("a", "zh-Hans", "律师赵占领说了一个干净的办法。", "他吃了一个馒头。")
    conv = Converter().with_names({"赵占领": "person"})
    report = conversion_report([art], conv)["zh-Hant"]
    names = dict(report.names)
    readings = dict(report.readings)
    routine = dict(report.routine)
    assert "占" in names and names["占"][0].chosen == "占"
    assert "干" in readings and readings["干"][0].chosen == "乾"
    assert "了" in routine and "个" in routine
    assert len(routine["了"]) == 2
    assert conversion_report([art], conv)["zh-Hans"].empty


def test_simplified_only_characters_are_not_traditional():
    only = simplified_only()
    assert {"级", "说", "开", "为"} <= only
    assert not ({"群", "于", "占", "台", "着", "為", "里"} & only)
