"""Editor files: a key the generator does not understand is reported, never silently ignored."""

from __future__ import annotations

from pathlib import Path

from generator.editorfiles import KNOWN_KEYS, unknown_key_warnings

ROOT = Path(__file__).resolve().parent.parent


def test_unknown_top_level_and_entry_keys_are_reported_with_line_and_known_keys(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text("# 术语表\nterm:\n  - zh-Hans: 于洪雷\n    zh-Hant: 于洪雷\nterms:\n"
                    "  - zh-Hans: 视频\n    zh-Hant: 影片\n    notes: 台湾用法\n", encoding="utf-8")
    warnings = unknown_key_warnings(path, "content/glossary.yml")
    assert len(warnings) == 2
    assert warnings[0].startswith("content/glossary.yml:2: unknown key 'term'")
    assert "did you mean 'terms'" in warnings[0] and "known keys: terms" in warnings[0]
    assert warnings[1].startswith("content/glossary.yml:8: unknown key 'notes' in an entry of 'terms'")
    assert "zh-Hans, zh-Hant, note" in warnings[1]


def test_the_shipped_editor_files_use_only_known_keys():
    for name in KNOWN_KEYS:
        assert unknown_key_warnings(ROOT / "content" / name) == [], name


def test_the_build_warns_about_an_unknown_glossary_key(tmp_path):
    from generator.pipeline import Settings, build

    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "a.txt").write_text("人工智能视频生成模型发布后，影视行业受到冲击。\n",
                                                            encoding="utf-8")
    for name in ("taxonomy.yml", "overrides.yml"):
        (tmp_path / "content" / name).write_bytes((ROOT / "content" / name).read_bytes())
    (tmp_path / "content" / "glossary.yml").write_text("terms: []\nglosary: []\n", encoding="utf-8")
    result = build(Settings(root=tmp_path, pdf=False))
    assert any(w.startswith("content/glossary.yml:2: unknown key 'glosary'") for w in result.warnings)
