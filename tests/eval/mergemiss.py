#!/usr/bin/env python3
"""Why a gold claim quoted in 2+ files is not one point citing 2+ of them (score.py's `merged`).

    python tests/eval/mergemiss.py CORPUS [CORPUS …] [--out DIR] [--list N]

Builds each CORPUS (a run.py name) with this tree while recording the candidates, the groups
and the points ``make_points`` made (before the cap), and gives each unmerged multi-file gold
claim the first cause that applies, per file of its sources (the file's snippet reaching which
stage):
  not a candidate   in one file or more no snippet is a candidate (the sentence states no claim
                    the classifier sees, or relevance dropped it): nothing to merge
  grouped apart     each file's snippet is in a made point, never two files in one point
                    (grouping, or make_points sending a member away)
  left its group    two files' snippets were in one group but make_points cited one only
  over the cap      a made point cited 2+ files, the cap dropped it (or merged it away)
  kind              a point (made, or kept) cites 2+ files under the other kind
  in a contention   only a contention's sides cite 2+ files (score.py counts an impact or a
                    limit claim on a point of its kind)
Prints the counts per cause and the first N claims of each (default 3). Not a test.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
import run  # noqa: E402


def _record():
    import generator.analyse as an
    rec: dict = {}

    def wrap(name, key):
        f = getattr(an, name)

        def inner(*args, **kw):
            r = f(*args, **kw)
            rec[key] = r
            if name == "relevant":
                rec["sentences"] = list(args[1])
            return r
        setattr(an, name, inner)
    wrap("relevant", "relevant")
    wrap("cluster", "groups")
    wrap("make_points", "points")
    return rec


def causes(name: str, where: str, out: Path, sc, rec: dict) -> list[tuple[str, dict, str]]:
    run.run_one(run.ROOT, name, where, out / name, sc)
    data = json.loads((out / name / "corpus.json").read_text(encoding="utf-8"))
    fid = {x["id"]: sc.file_id(x.get("source_file") or x["id"]) for x in data["articles"]}
    golds = [g for g in run.project(run.ROOT, where, out / "tmp" / name)[2] if "index" not in g.name]
    import yaml
    found = []
    for gold in golds:
        for g in (yaml.safe_load(gold.read_text(encoding="utf-8")) or {}).get("claims") or []:
            files = sorted({sc.file_id(s["file"]) for s in g.get("sources", [])})
            if len(files) < 2:
                continue
            snips = [(sc.file_id(s["file"]), sc.norm(sc.snip(s))) for s in g["sources"]]

            def hits(art, text):
                return {f for f, sn in snips if fid.get(art) == f and sc.quote_hits(sn, sc.norm(text))}
            kept = [set().union(*[hits(s["article"], s["quote"]) for s in p["sources"]] or [set()])
                    for p in data["points"] if g.get("kind") == "contention" or p["kind"] == g.get("kind")]
            if any(len(k) >= 2 for k in kept):
                continue
            other = [(p["kind"], set().union(*[hits(s["article"], s["quote"]) for s in p["sources"]] or [set()]))
                     for p in data["points"] if p["kind"] != g.get("kind")]
            cands = set().union(*[hits(c.sentence.article, c.sentence.original) for c in rec.get("relevant", [])] or [set()])
            made = [set().union(*[hits(c.article, c.quote) for c in p.citations] or [set()]) for p in rec.get("points", [])
                    if g.get("kind") == "contention" or p.kind == g.get("kind")]
            groups = [set().union(*[hits(c.sentence.article, c.sentence.original) for c in grp] or [set()])
                      for grp in rec.get("groups", [])]
            other += [(p.kind, set().union(*[hits(c.article, c.quote) for c in p.citations] or [set()]))
                      for p in rec.get("points", []) if g.get("kind") != "contention" and p.kind != g.get("kind")]
            cands |= set().union(*groups or [set()])  # (a recruit joins a group without being a candidate)
            if len(cands) < 2:
                cause = "not a candidate"
                why = "candidates in " + (",".join(sorted(cands)) or "no file") + " of " + ",".join(files)
            elif any(len(m) >= 2 for m in made):
                cause, why = "over the cap", "a made point cited " + ",".join(sorted(max(made, key=len)))
            elif any(len(o) >= 2 for _, o in other):
                kind, o = max(other, key=lambda x: len(x[1]))
                cause = "in a contention" if kind == "contention" else "kind"
                why = f"a {kind} point cites " + ",".join(sorted(o))
            elif any(len(x) >= 2 for x in groups):
                cause, why = "left its group", "one group held " + ",".join(sorted(max(groups, key=len)))
            else:
                cause = "grouped apart"
                why = "groups hold " + " | ".join(",".join(sorted(x)) for x in groups if x)
            found.append((cause, g, why))
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--out", type=Path, default=Path("/tmp/mergemiss"))
    ap.add_argument("--list", type=int, default=3)
    a = ap.parse_args(argv)
    sc = run._scorer()
    rec = _record()
    for name, where in run.corpora(a.corpora):
        rows = causes(name, where, a.out, sc, rec)
        print(f"## {name}: {len(rows)} unmerged  " + ", ".join(f"{k} {v}" for k, v in Counter(c for c, _, _ in rows).most_common()))
        shown: Counter = Counter()
        for cause, g, why in rows:
            if shown[cause] < a.list:
                shown[cause] += 1
                print(f"  - [{cause}] {g.get('id')} {str(g.get('statement', ''))[:40]} ({why})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
