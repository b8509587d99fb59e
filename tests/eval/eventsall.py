#!/usr/bin/env python3
"""Events scored with every source of a merged entry (score.py reads only an entry's first paragraph).

    .venv/bin/python tests/eval/eventsall.py CORPUS_JSON GOLD [--list]

A timeline entry that several outlets report is one entry citing each (``also``); score.py's
``events_dated`` looks at the entry's own paragraph only, so merging lowers it although each
outlet's report is still listed. This expands every entry into one per source (same date; an
outlet the entry shows disputing the day, with its own day) and runs score.py on that, printing
both figures. ``--list`` then prints every gold event that no source lists with its date: WRONG (its paragraph gives rows, none of that date: their dates shown),
MISSED (no row from its paragraph) or GONE (no published paragraph holds the snippet).
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
        for ref in e.get("disputed") or []:  # an outlet that gives another day: its own day, shown as such
            out.append({**e, "date": ref.get("date"), "article": ref.get("article"), "paragraph": ref.get("paragraph"),
                        "also": [], "disputed": []})
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
    if "--list" in argv:
        for line in misses(score, corpus, gold, expanded(data)["events"]):
            print(line)
    return 0


def misses(score, corpus: Path, gold_path: Path, rows: list[dict]) -> list[str]:
    """One line per gold event no row lists with its date, and why."""
    import yaml
    _, fid, paras = score.load_corpus(corpus)
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    out = []
    for g in gold.get("events") or []:
        sn, date = score.norm(score.snip(g)), str(g["date"])
        holds = lambda key: sn in paras.get(key, "") or (len(sn) > 12 and sn[:12] in paras.get(key, ""))
        mine = [e for e in rows if holds((e.get("article"), e.get("paragraph")))]
        if any(str(e.get("date", "")).startswith(date) for e in mine):
            continue
        where = f"{g['files'][0]} {date} {g.get('precision', '')}: {score.snip(g)[:60]}"
        if mine:
            got = "; ".join(f"{e.get('date')} {str(e.get('text', ''))[:40]}" for e in mine[:3])
            out.append(f"WRONG  {where}  -> {got}")
        elif any(holds(k) for k in paras):
            out.append(f"MISSED {where}")
        else:
            out.append(f"GONE   {where}")
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
