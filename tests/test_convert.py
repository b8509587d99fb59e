"""Script conversion: glossary protection, quotation marks, no double conversion, Latin untouched."""

from pathlib import Path

import pytest

from generator.convert import Converter, Glossary, GlossaryTerm, ambiguities, load_glossary
from generator.errors import EditorFileError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def conv():
    glossary, warnings = load_glossary(ROOT / "content" / "glossary.yml")
    assert warnings == []
    return Converter(glossary)


def test_simplified_to_traditional(conv):
    assert conv("发展软件后来", "zh-Hans", "zh-Hant") == "發展軟件後來"
    assert conv("以Sora为代表，开启众人群体", "zh-Hans", "zh-Hant") == "以Sora為代表，開啟眾人群體"


def test_glossary_protects_surname_that_opencc_gets_wrong(conv):
    bare = Converter()
    assert bare("于洪雷认为", "zh-Hans", "zh-Hant") == "於洪雷認為"
    assert conv("于洪雷认为", "zh-Hans", "zh-Hant").startswith("于洪雷")


def test_glossary_applies_from_traditional_too():
    g = Glossary((GlossaryTerm(hans="视频", hant="影片"),))
    c = Converter(g)
    assert c("这段视频", "zh-Hans", "zh-Hant") == "這段影片"
    assert c("這段影片", "zh-Hant", "zh-Hans") == "这段视频"


def test_hant_pages_use_corner_brackets(conv):
    assert conv("他说：“很好，‘真的’。”", "zh-Hans", "zh-Hant") == "他說：「很好，『真的』。」"


def test_hans_pages_use_curly_quotes(conv):
    assert conv("他說：「很好」", "zh-Hant", "zh-Hans") == "他说：“很好”"


def test_english_quotes_are_left_alone(conv):
    text = "OpenAI’s “Sora” model"
    assert conv(text, "zh-Hans", "zh-Hant") == text


def test_no_conversion_into_the_same_script(conv):
    # s2t on traditional text would corrupt 於/于 and friends: it must never run.
    text = "於是于洪雷說「乾淨」"
    assert conv(text, "zh-Hant", "zh-Hant") == text
    assert conv("于是干净", "zh-Hans", "zh-Hans") == "于是干净"


def test_latin_numbers_and_urls_untouched(conv):
    text = "访问 https://example.com/a_b?x=1,000&y=3.5 与 GPT-4 Turbo，增长 7.41%"
    out = conv(text, "zh-Hans", "zh-Hant")
    for piece in ("https://example.com/a_b?x=1,000&y=3.5", "GPT-4 Turbo", "7.41%"):
        assert piece in out


def test_variant_is_a_setting():
    assert Converter(variant="s2tw")("软件", "zh-Hans", "zh-Hant") == "軟件"
    assert Converter(variant="s2twp")("软件", "zh-Hans", "zh-Hant") == "軟體"
    with pytest.raises(EditorFileError, match="zh_hant_variant"):
        Converter(variant="nope")


def test_ambiguities_report_the_choice_with_context(conv):
    text = "干净的面条"
    found = ambiguities(text, conv(text, "zh-Hans", "zh-Hant"), "zh-Hans", "a#p1")
    chars = {a.char: a for a in found}
    assert chars["干"].chosen == "乾" and "幹" in chars["干"].candidates
    assert chars["面"].context == "干净的面条"


def test_bad_glossary_entry_names_file_and_line(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text("terms:\n  - zh-Hans: 视频\n    zh-Hant: 視頻\n  - zh-Hans: 只有简体\n",
                    encoding="utf-8")
    glossary, warnings = load_glossary(path)
    assert len(glossary.terms) == 1
    assert len(warnings) == 1 and f"{path}:4:" in warnings[0] and "zh-Hant" in warnings[0]


def test_glossary_syntax_error_names_line(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text("terms:\n  - zh-Hans: [视频\n", encoding="utf-8")
    with pytest.raises(EditorFileError, match=r"glossary.yml:\d+: not valid YAML"):
        load_glossary(path)
