#!/usr/bin/env python3
"""Split claims in a built corpus: gold claims whose quotes land in two or more points.

    python splits.py CORPUS_JSON GOLD [--list]

A claim is *split* when two or more impact/limit points of its kind each cite a quote carrying
one of its snippets (same file, score.py's norm/quote_hits): the reader sees one claim as several
points.  Prints: split claims / claims found, the points per found claim, the number of points
and, with --list, each split claim with the statements of its points.  Contention claims and
contention points are left out (a contention cites its sides' quotes by design).
"""
from __future__ import annotations

import importlib.util
import json
import signal
import sys
from pathlib import Path

import yaml

_spec = importlib.util.spec_from_file_location("score", str(Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"))
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)


def analyse(corpus: Path, gold_path: Path) -> dict:
    data = json.loads(corpus.read_text(encoding="utf-8"))
    fid = {a["id"]: sc.file_id(a.get("source_file") or a["id"]) for a in data.get("articles", [])}
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    claims = [g for g in gold.get("claims") or [] if g.get("kind") != "contention"]
    points = [p for p in data.get("points", []) if p.get("kind") != "contention"]
    quotes = [[(fid.get(s.get("article")), sc.norm(s.get("quote"))) for s in p.get("sources", [])] for p in points]
    found, split, total, rows = 0, 0, 0, []
    for g in claims:
        sn = [(sc.file_id(s["file"]), sc.norm(sc.snip(s))) for s in g.get("sources", [])]
        hit = [pi for pi, p in enumerate(points) if p.get("kind") == g.get("kind")
               and any(f == ff and sc.quote_hits(s, q) for f, s in sn for ff, q in quotes[pi])]
        if not hit:
            continue
        found += 1
        total += len(hit)
        if len(hit) >= 2:
            split += 1
            rows.append((g.get("id"), g.get("statement"), [(points[pi].get("id"), points[pi].get("statement")) for pi in hit]))
    return {"points": len(data.get("points", [])), "found": found, "split": split,
            "points_per_claim": round(total / found, 2) if found else None, "rows": rows}


def main(argv=None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    argv = list(sys.argv[1:] if argv is None else argv)
    show = "--list" in argv
    argv = [a for a in argv if a != "--list"]
    r = analyse(Path(argv[0]), Path(argv[1]))
    print(f"split {r['split']}/{r['found']} claims found, {r['points_per_claim']} points per claim, {r['points']} points")
    if show:
        for gid, st, pts in r["rows"]:
            print(f"- {gid}: {st}")
            for pid, ps in pts:
                print(f"    {pid}: {ps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
