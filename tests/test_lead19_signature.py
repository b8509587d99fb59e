"""The cleaner's signature covers every module the readers and the cleaner import, wherever it stands: editing
``model.py`` or ``claimsignal.py`` (imported by the cleaner from outside ``clean/``) regenerates the articles, editing
the analysis does not (an article cleaned by the same code stays as it is)."""

from pathlib import Path

import pytest

from generator import articlesync
from generator.codeclosure import code_closure

ROOT = Path(articlesync.__file__).resolve().parent


def _edited(monkeypatch, name):
    real = Path.read_bytes

    def read(self):
        data = real(self)
        return data + b"\n# edited\n" if self.resolve() == (ROOT / name).resolve() else data

    monkeypatch.setattr(Path, "read_bytes", read)


@pytest.mark.parametrize("name", ["model.py", "claimsignal.py", "clean/text.py", "readers/feed.py"])
def test_editing_a_module_the_cleaner_imports_changes_the_signature(monkeypatch, name):
    before = articlesync.cleaner_signature()
    _edited(monkeypatch, name)
    assert articlesync.cleaner_signature() != before


@pytest.mark.parametrize("name", ["analyse/grouping.py", "render/briefing.py", "pdf/layout.py"])
def test_editing_the_analysis_or_rendering_keeps_the_signature(monkeypatch, name):
    assert (ROOT / name).is_file()
    before = articlesync.cleaner_signature()
    _edited(monkeypatch, name)
    assert articlesync.cleaner_signature() == before


def test_the_closure_follows_imports_outside_the_two_packages():
    names = {p.relative_to(ROOT).as_posix() for p in code_closure("clean", "readers")}
    assert {"model.py", "claimsignal.py", "greetings.py", "clean/doc.py", "readers/__init__.py"} <= names
    assert not any(n.startswith(("analyse/", "render/", "pdf/")) for n in names)
