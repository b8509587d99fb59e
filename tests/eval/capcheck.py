#!/usr/bin/env python3
"""What the points cap costs: gold claims the uncapped briefing finds that the capped one loses.

    python tests/eval/capcheck.py CORPUS [--out DIR]

Builds CORPUS (a run.py name) twice with this tree, once as it is and once with the cap lifted
(``MAX_POINTS`` very large), scores both with score.py and lists each gold claim that only the
uncapped build finds, with the uncapped points that carry it (kind, category, sources, statement):
what the cap dropped that an analyst would have kept. Not a test; nothing here asserts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
import run  # noqa: E402


def carried(corpus: Path, gold: Path, sc) -> tuple[list[dict], list[set[int]]]:
    """Gold claims and, for each, the indexes of the points that carry it (score.py's rule)."""
    data, fid, _ = sc.load_corpus(corpus)
    claims = (yaml.safe_load(gold.read_text(encoding="utf-8")) or {}).get("claims") or []
    points = data.get("points", [])
    pq = [[(fid.get(s.get("article")), sc.norm(s.get("quote"))) for s in p.get("sources", [])] for p in points]
    out = []
    for g in claims:
        e = set()
        for pi, p in enumerate(points):
            if g.get("kind") != "contention" and p.get("kind") != g.get("kind"):
                continue
            for s in g.get("sources", []):
                sn, f = sc.norm(sc.snip(s)), sc.file_id(s["file"])
                if any(ff == f and sc.quote_hits(sn, q) for ff, q in pq[pi]):
                    e.add(pi)
        out.append(e)
    return claims, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--out", type=Path, default=Path("/tmp/capcheck"))
    a = ap.parse_args(argv)
    sc = run._scorer()
    name, where = run.corpora([a.corpus])[0]
    import generator.analyse as an
    limit = an.MAX_POINTS
    run.run_one(run.ROOT, name, where, a.out / "capped", sc)
    an.MAX_POINTS = 10_000
    try:
        run.run_one(run.ROOT, name, where, a.out / "uncapped", sc)
    finally:
        an.MAX_POINTS = limit
    golds = [g for g in run.project(run.ROOT, where, a.out / "tmp")[2] if "index" not in g.name]
    for gold in golds:
        claims, capped = carried(a.out / "capped" / "corpus.json", gold, sc)
        _, free = carried(a.out / "uncapped" / "corpus.json", gold, sc)
        points = json.loads((a.out / "uncapped" / "corpus.json").read_text(encoding="utf-8"))["points"]
        n = len(claims)
        print(f"{gold.name}: claims found capped {sum(map(bool, capped)) / n:.3f}, "
              f"uncapped {sum(map(bool, free)) / n:.3f} ({len(points)} points)")
        for g, c, f in zip(claims, capped, free):
            if f and not c:
                print(f"- {g.get('id')} [{g.get('kind')}] {str(g.get('summary') or g.get('claim') or '')[:60]}")
                for pi in sorted(f):
                    p = points[pi]
                    print(f"    {p['kind']}/{p['category']} {len({s['article'] for s in p['sources']})}src "
                          f"sp={len(p.get('speakers') or [])} {p['statement'][:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
