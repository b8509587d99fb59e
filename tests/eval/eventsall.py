#!/usr/bin/env python3
"""Events scored with every source of a merged entry (score.py reads only an entry's first paragraph).

    .venv/bin/python tests/eval/eventsall.py CORPUS_JSON GOLD [--raw DIR]

A timeline entry that several outlets report is one entry citing each (``also``); score.py's
``events_dated`` looks at the entry's own paragraph only, so merging lowers it although each
outlet's report is still listed. This expands every entry into one per source (same date) and
runs score.py on that, printing both figures.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "score.py"


def expanded(data: dict) -> dict:
    out = []
    for e in data.get("events", []):
        out.append(e)
        for ref in e.get("also") or []:
            out.append({**e, "article": ref.get("article"), "paragraph": ref.get("paragraph"), "also": []})
    return {**data, "events": out}


def main(argv: list[str]) -> int:
    corpus, gold = Path(argv[0]), Path(argv[1])
    data = json.loads(corpus.read_text(encoding="utf-8"))
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with tempfile.TemporaryDirectory() as tmp:
        wide = Path(tmp) / "corpus.json"
        wide.write_text(json.dumps(expanded(data), ensure_ascii=False), encoding="utf-8")
        figures = {}
        for label, path in (("first source", corpus), ("every source", wide)):
            res = score.score(path, gold)
            figures[label] = res
    for label, res in figures.items():
        print(f"{label}: events_dated {res.get('events_dated')} (entries {len(data.get('events', []))})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
