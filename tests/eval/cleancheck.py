#!/usr/bin/env python3
"""What the cleaner lost and what it left, measured against a hand-labelled gold.

    python cleancheck.py CORPUS_DIR OUT_DIR [--tree TREE] [--json]

CORPUS_DIR: a corpus dir holding gold.yml, or 'default' / 'ernie' (golds read from TREE's
tests/gold/, TREE defaulting to this checkout). OUT_DIR: what tests/eval/run.py wrote (.cache/eval/NAME) (its
corpus.json and project/content/sources/ are read).

Lost: a gold claim, figure, event or 'keep' snippet that is in the raw file but absent from the
cleaned article (title plus published paragraphs), compared after score.py's `norm`.
Left: a gold furniture snippet still in the cleaned article.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import yaml

spec = importlib.util.spec_from_file_location("score", str(Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"))
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)
norm, file_id, snip = sc.norm, sc.file_id, sc.snip


def golds(corpus: str, tree: Path) -> list[Path]:
    if corpus == "default":
        return [tree / "tests/gold/claims_default.yml", tree / "tests/gold/index_default.yml"]
    if corpus == "ernie":
        return [tree / "tests/gold/ernie_gold.yml"]
    return [Path(corpus) / "gold.yml"]


def gold_items(paths: list[Path]):
    """(section, id, file, snippet) for every snippet the cleaner must keep or remove."""
    for path in paths:
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for c in gold.get("claims") or []:
            for s in c.get("sources") or []:
                yield "claims", c.get("id", "?"), s.get("file"), snip(s)
        for sec in ("figures", "events", "keep"):
            for i, g in enumerate(gold.get(sec) or []):
                files = g.get("files") or ([g["file"]] if g.get("file") else [])
                for f in files:
                    yield sec, g.get("id", f"{sec}{i}"), f, snip(g)
        for i, g in enumerate(gold.get("furniture") or []):
            yield "furniture", g.get("id", f"F{i}"), g.get("file"), snip(g)


def check(corpus: str, out: Path, tree: Path) -> dict:
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    cleaned: dict[str, str] = {}
    for a in data.get("articles", []):
        fid = file_id(a.get("source_file") or a["id"])
        text = [a.get("title") or ""] + [p.get("text") or "" for p in a.get("paragraphs", [])]
        cleaned[fid] = norm("".join(text))
    raw = {file_id(p.name): norm(p.read_text(encoding="utf-8", errors="replace"))
           for p in (out / "project/content/sources").iterdir() if p.is_file()}
    report: dict = {"lost": {}, "kept": {}, "not_in_raw": {}, "furniture_left": [], "furniture": 0}
    for sec, gid, f, s in gold_items(golds(corpus, tree)):
        n, fid = norm(s), file_id(str(f))
        if len(n) < 4:
            continue
        if sec == "furniture":
            report["furniture"] += 1
            if n in cleaned.get(fid, ""):
                report["furniture_left"].append(f"{fid} {s[:50]}")
            continue
        if n not in raw.get(fid, ""):
            report["not_in_raw"][sec] = report["not_in_raw"].get(sec, 0) + 1
            continue
        if n in cleaned.get(fid, ""):
            report["kept"][sec] = report["kept"].get(sec, 0) + 1
        else:
            report["lost"].setdefault(sec, []).append(f"{fid} {gid} {s[:60]}")
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("out", type=Path)
    ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[2])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = check(args.corpus, args.out, args.tree)
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return 0
    for sec in sorted(set(r["kept"]) | set(r["lost"])):
        lost = r["lost"].get(sec, [])
        total = r["kept"].get(sec, 0) + len(lost)
        print(f"{sec:10} lost {len(lost)}/{total} (in raw)")
    if r["not_in_raw"]:
        print("not in raw (gold snippet not verbatim):", r["not_in_raw"])
    if r["furniture"]:
        print(f"furniture  left {len(r['furniture_left'])}/{r['furniture']}")
    for sec, items in sorted(r["lost"].items()):
        print(f"\n## lost {sec}")
        print("\n".join(items))
    if r["furniture_left"]:
        print("\n## furniture left")
        print("\n".join(r["furniture_left"]))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # (piped into head)
        sys.exit(0)
