"""An editor's slip in a YAML file gets a message that names the file and the line and says what to
do; never a traceback, never a silent loss (a key written twice)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.analyse.overrides import load_overrides
from generator.analyse.taxonomy import load_taxonomy
from generator.convert import load_glossary
from generator.editorfiles import load_yaml, unknown_key_warnings
from generator.errors import EditorFileError

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _fails(load, path: Path) -> str:
    with pytest.raises(EditorFileError) as err:
        load(path)
    return str(err.value)


def test_a_term_with_a_colon_names_its_line_and_says_to_quote_it(tmp_path):
    path = _write(tmp_path, "taxonomy.yml", "topic:\n  label: 游戏\n  terms: [黑神话, Black Myth: Wukong]\n")
    message = _fails(load_taxonomy, path)
    assert message.startswith(f"{path}:3: topic.terms")
    assert "put a term that contains a colon in quotes: 'Black Myth: Wukong'" in message


def test_the_same_in_a_block_list_names_the_item_line(tmp_path):
    path = _write(tmp_path, "taxonomy.yml", "topic:\n  label: 游戏\n  terms:\n    - 黑神话\n    - Black Myth: Wukong\n"
                                            "signals:\n  impact: [涨价]\n")
    assert _fails(load_taxonomy, path).startswith(f"{path}:5: topic.terms: 'Black Myth: Wukong'")


def test_a_colon_in_a_block_value_and_in_a_category_cue(tmp_path):
    path = _write(tmp_path, "taxonomy.yml", "topic:\n  label: 游戏\n  terms: Black Myth: Wukong\n")
    message = _fails(load_taxonomy, path)
    assert message.startswith(f"{path}:3:") and "put it in quotes: 'Black Myth: Wukong'" in message
    path = _write(tmp_path, "taxonomy.yml", "topic:\n  label: 游戏\n  terms: [游戏]\ncategories:\n"
                                            "  - id: sales\n    kind: impact\n    label: 销量\n    cues:\n"
                                            "      - 销量\n      - Steam: 在线\n")
    message = _fails(load_taxonomy, path)
    assert message.startswith(f"{path}:10: category #1 (sales) cues") and "'Steam: 在线'" in message


@pytest.mark.parametrize("name", ["taxonomy.yml", "glossary.yml", "overrides.yml", "sources.yml"])
def test_a_tab_names_the_line_and_says_to_use_spaces(tmp_path, name):
    path = _write(tmp_path, name, "# a comment\nterms:\n\t- a\n")
    message = _fails(load_yaml, path)
    assert message.startswith(f"{path}:3:") and "replace the tab with spaces" in message


def test_an_open_bracket_names_the_line_it_opened_on(tmp_path):
    path = _write(tmp_path, "taxonomy.yml", "topic:\n  label: 游戏\n  terms: [黑神话, 悟空\nsignals:\n  impact: [涨]\n")
    message = _fails(load_taxonomy, path)
    assert message.startswith(f"{path}:3:") and "is not closed" in message and "']'" in message


def test_a_section_of_the_wrong_type_fails_with_its_line(tmp_path):
    path = _write(tmp_path, "taxonomy.yml", "topic:\n  label: 游戏\n  terms: [游戏]\nentities: [网易, 腾讯]\n")
    message = _fails(load_taxonomy, path)
    assert message.startswith(f"{path}:4: 'entities' must be 'key: value' lines")
    path = _write(tmp_path, "overrides.yml", "drop_paragraphs: slug#p3\n")
    assert _fails(load_overrides, path).startswith(f"{path}:1: 'drop_paragraphs' must be a list")
    path = _write(tmp_path, "overrides.yml", "drop_paragraphs:\n  - slug#p3: 重复\n")
    message = _fails(load_overrides, path)
    assert message.startswith(f"{path}:2: drop_paragraphs") and "quotes" in message


def test_a_glossary_entry_with_a_colon_names_its_line(tmp_path):
    path = _write(tmp_path, "glossary.yml", "terms:\n  - zh-Hans: 黑神话\n    zh-Hant: 黑神話\n"
                                            "  - zh-Hans: 黑神话: 悟空\n    zh-Hant: 黑神話：悟空\n")
    message = _fails(load_glossary, path)
    assert message.startswith(f"{path}:4:") and "put it in quotes: '黑神话: 悟空'" in message


@pytest.mark.parametrize("name", ["taxonomy.yml", "glossary.yml", "sources.yml", "overrides.yml"])
def test_a_key_written_twice_is_a_warning_with_both_lines(tmp_path, name):
    path = _write(tmp_path, name, "a.txt:\n  date: 2024-01\n  outlet: 甲\n  date: 2024-02\n")
    warnings = [w for w in unknown_key_warnings(path, f"content/{name}") if "twice" in w]
    assert warnings == [f"content/{name}:4: key 'date' is written twice (also on line 2); only this one is read: "
                        "merge the two into one, or delete one"]


def test_the_shipped_editor_files_have_no_key_written_twice():
    for name in ("glossary.yml", "taxonomy.yml", "overrides.yml", "sources.yml", "names.yml"):
        assert not [w for w in unknown_key_warnings(ROOT / "content" / name) if "twice" in w], name


# --- what `mkdocs build` prints -------------------------------------------------------------

@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("editor") / "proj"
    (root / "content" / "sources").mkdir(parents=True)
    for name in ("glossary.yml", "taxonomy.yml", "overrides.yml"):
        shutil.copy(ROOT / "content" / name, root / "content" / name)
    shutil.copytree(ROOT / "templates", root / "templates")
    (root / ".build" / "docs").mkdir(parents=True)
    (root / "content" / "sources" / "ferry.txt").write_text(
        "轮渡恢复夜班\n\n2024年3月1日\n\n轮渡公司表示，夜班航线将于下周恢复，也会增加两艘新船。\n", encoding="utf-8")
    return root


def _mkdocs_build(root: Path, config: str) -> subprocess.CompletedProcess:
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    return subprocess.run([str(MKDOCS), "build"], cwd=root, capture_output=True, text=True, env=env, timeout=600)


def _config(pdf: str = "false") -> str:
    return (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("pdf: true", f"pdf: {pdf}") \
        .replace("pdf: false", f"pdf: {pdf}")


def test_mkdocs_build_prints_the_file_the_line_and_the_fix(project):
    taxonomy = project / "content" / "taxonomy.yml"
    kept = taxonomy.read_text(encoding="utf-8")
    taxonomy.write_text("topic:\n  label: 游戏\n  terms: [Black Myth: Wukong, 黑神话]\n", encoding="utf-8")
    try:
        proc = _mkdocs_build(project, _config())
    finally:
        taxonomy.write_text(kept, encoding="utf-8")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert f"{taxonomy}:3: topic.terms" in proc.stderr
    assert "put a term that contains a colon in quotes: 'Black Myth: Wukong'" in proc.stderr


def test_mkdocs_build_says_how_to_write_a_plugin_option(project):
    proc = _mkdocs_build(project, _config(pdf="yes please"))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "option 'pdf': must be true or false, not 'yes please'" in proc.stderr
    assert "'pdf: false' under 'plugins: - jianfan:' in mkdocs.yml" in proc.stderr


def _line_of(config: str, text: str) -> int:
    return next(n for n, line in enumerate(config.splitlines(), 1) if text in line)


def test_mkdocs_own_option_messages_name_the_line(project):
    config = _config(pdf="yes please")
    proc = _mkdocs_build(project, config)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert f"mkdocs.yml:{_line_of(config, 'pdf: yes please')}: Config value 'plugins': Plugin 'jianfan' option 'pdf'" \
        in proc.stderr


def test_a_misspelt_option_is_a_warning_with_its_line_and_strict_fails(project):
    config = _config().replace("site_description:", "site_descriptoin:").replace(
        "      pdf: false\n", "      pdf: false\n      pdf_max_article: 3\n")
    proc = _mkdocs_build(project, config)
    assert f"mkdocs.yml:{_line_of(config, 'site_descriptoin')}: Config value 'site_descriptoin': Unrecognised" \
        in proc.stderr
    assert f"mkdocs.yml:{_line_of(config, 'pdf_max_article:')}: Config value 'plugins': Plugin 'jianfan' option " \
           "'pdf_max_article': Unrecognised" in proc.stderr
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    strict = subprocess.run([str(MKDOCS), "build", "--strict"], cwd=project, capture_output=True, text=True,
                            env=env, timeout=600)
    assert strict.returncode != 0 and "Traceback" not in strict.stderr
