"""Fixture cases in the markdown-it style: ``tests/fixtures/clean/<rule>.txt``.

Each case is a description line, then ``.``, the raw input, ``.``, the expected cleaned body, ``.``.
The whole chain runs on the input, so each case shows the rule in context.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.clean import RULE_NAMES, clean

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"


def read_cases(path: Path):
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title, parts, i = lines[i], [], i + 1
        assert lines[i] == ".", f"{path.name}:{i + 1}: expected '.' after the case title"
        i += 1
        for _ in range(2):
            start = i
            while lines[i] != ".":
                i += 1
            parts.append("\n".join(lines[start:i]))
            i += 1
        yield pytest.param(parts[0], parts[1], id=f"{path.stem}:{start}:{title[:40]}")


CASES = [case for path in sorted(FIXTURES.glob("*.txt")) for case in read_cases(path)]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_fixture(raw, expected):
    got = clean(raw).body
    assert got.rstrip("\n") == expected.rstrip("\n")


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_fixture_output_is_stable(raw, expected):
    assert clean(expected).body.rstrip("\n") == expected.rstrip("\n")


def test_every_rule_has_a_fixture_file():
    have = {p.stem for p in FIXTURES.glob("*.txt")}
    assert set(RULE_NAMES) <= have, sorted(set(RULE_NAMES) - have)
