"""Every error the generator raises is one of its own (a JianfanError), so the plugin and the
command line show it as a message, never as a traceback."""

from __future__ import annotations

import ast
import builtins
import shutil
from pathlib import Path

import pytest

import generator.errors as errors
from generator.clean import clean
from generator.pipeline import Settings, build
from generator.writers import write_tree

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
BUILTIN_ERRORS = {name for name, value in vars(builtins).items()
                  if isinstance(value, type) and issubclass(value, BaseException)}


def test_the_generator_raises_no_builtin_exception():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                if isinstance(exc, ast.Name) and exc.id in BUILTIN_ERRORS:
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {exc.id}")
    assert not found


def test_every_error_type_derives_from_the_base():
    types = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, Exception)]
    assert len(types) >= 5 and all(issubclass(t, errors.JianfanError) for t in types)


def test_user_mistakes_raise_project_errors(tmp_path):
    with pytest.raises(errors.JianfanError, match="no_such_rule"):
        clean("文本。", disabled=["no_such_rule"])
    with pytest.raises(errors.JianfanError, match="outside"):
        write_tree(tmp_path / "docs", {"../escape.md": "x"})
    project = tmp_path / "proj"
    (project / "content" / "sources").mkdir(parents=True)
    shutil.copy(PACKAGE.parent / "content" / "taxonomy.yml", project / "content" / "taxonomy.yml")
    (project / "content" / "sources" / "a.txt").write_text("标题\n\n正文一段。\n", encoding="utf-8")
    (project / "content" / "articles").mkdir()
    (project / "content" / "articles" / "a.md").write_text("没有前言的文章\n", encoding="utf-8")
    result = build(Settings(root=project, pdf=False))
    assert any("content/articles/a.md: has no front matter" in w for w in result.warnings)


def test_control_characters_are_the_first_ordinary_rule():
    from generator.clean import CHAIN

    assert CHAIN[0][0] == "control_chars"
    cleaned = clean("标题\x00\n\n第一段\u200b文字。\n\x07\n第二段。")
    assert "\x00" not in cleaned.body and "\u200b" not in cleaned.body
    assert [e.line for e in cleaned.audit if e.rule == "control_chars"] == [1, 3, 4]
    kept = clean("标题\n\n第一段\u200b文字。", disabled=["control_chars"])
    assert "\u200b" in kept.body
