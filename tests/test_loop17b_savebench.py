"""``python -m generator.savebench --dots``: the grouping's dot products timed inside a save, and
timing them changes nothing of what the save produces."""

import importlib
from pathlib import Path

from generator import savebench
from generator.analyse import text

ROOT = Path(__file__).resolve().parent.parent


def test_dots_are_timed_and_the_save_stays_exact(capsys):
    # (savebench wraps the stages it times in place: put them back for the other tests)
    mods = {m: importlib.import_module("generator.analyse" + ("." + m if m else "")) for m, _ in savebench.STAGES}
    kept = [(mods[m], n, getattr(mods[m], n)) for m, n in savebench.STAGES if hasattr(mods[m], n)]
    original = text._dot
    try:
        assert savebench.main([str(ROOT), "--edit", "delete", "--runs", "1", "--dots", "--check"]) == 0
    finally:
        text._dot = original
        for m, n, f in kept:
            setattr(m, n, f)
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if "dot products (timed)" in l)
    assert float(line.split()[-1]) > 0.0  # a deleted paragraph moves every weight: products are worked out
    assert "corpus.json identical to a cold analysis: True" in out
