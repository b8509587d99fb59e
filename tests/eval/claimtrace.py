#!/usr/bin/env python3
"""Where a gold claim the briefing misses was lost: sentence, candidate, relevance, group, point, cap.

    python tests/eval/claimtrace.py CORPUS [--all]

Builds CORPUS (a run.py name) with this tree while recording the analysis stages (the sentences,
the candidates, those ``relevant`` kept, the groups, the points ``make_points`` made and the
points after the cap) and, for each gold claim that score.py does not find (every claim with
``--all``), prints per gold source the last stage its snippet reached, with the kind and category
of the candidate or point that carries it ("wrong kind": a point carries it under the other kind,
which score.py does not count). Not a test; nothing here asserts.
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
import capcheck  # noqa: E402
import run  # noqa: E402

STAGES = ("no sentence", "sentence", "candidate", "relevant", "grouped", "point", "kept")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--out", type=Path, default=Path("/tmp/claimtrace"))
    a = ap.parse_args(argv)
    import generator.analyse as an
    rec: dict = {}

    def wrap(name, key, pick=lambda r: r):
        f = getattr(an, name)

        def inner(*args, **kw):
            r = f(*args, **kw)
            rec[key] = pick(r)
            if name == "relevant":
                rec["candidates"] = list(args[0])
                rec["sentences"] = list(args[1])
            return r
        setattr(an, name, inner)
    wrap("relevant", "relevant")
    wrap("cluster", "groups")
    wrap("make_points", "points")
    sc = run._scorer()
    name, where = run.corpora([a.corpus])[0]
    run.run_one(run.ROOT, name, where, a.out / name, sc)
    data = json.loads((a.out / name / "corpus.json").read_text(encoding="utf-8"))
    fid = {x["id"]: sc.file_id(x.get("source_file") or x["id"]) for x in data["articles"]}
    golds = [g for g in run.project(run.ROOT, where, a.out / "tmp" / name)[2] if "index" not in g.name]
    for gold in golds:
        claims, found = capcheck.carried(a.out / name / "corpus.json", gold, sc)
        print(f"{gold.name}: {sum(map(bool, found))}/{len(claims)} found")
        for g, f in zip(claims, found):
            if f and not a.all:
                continue
            print(f"- {g['id']} [{g.get('kind')}] {'FOUND ' if f else ''}{g.get('statement', '')[:50]}")
            for s in g.get("sources", []):
                sn, file = sc.norm(sc.snip(s)), sc.file_id(s["file"])
                hit = lambda art, text: fid.get(art) == file and sc.quote_hits(sn, sc.norm(text))
                stage, where_ = 0, ""
                if any(hit(x.article, x.original) for x in rec.get("sentences", [])):
                    stage = 1
                cand = [c for c in rec.get("candidates", []) if hit(c.sentence.article, c.sentence.original)]
                if cand:
                    stage, where_ = 2, f"{cand[0].kind}/{cand[0].category} score={cand[0].score:.1f}"
                if any(hit(c.sentence.article, c.sentence.original) for c in rec.get("relevant", [])):
                    stage = 3
                grp = [c for g_ in rec.get("groups", []) for c in g_ if hit(c.sentence.article, c.sentence.original)]
                if grp:
                    stage, where_ = 4, f"{grp[0].kind}/{grp[0].category}"
                made = [p for p in rec.get("points", []) if any(hit(c.article, c.quote) for c in p.citations)]
                if made:
                    stage, where_ = 5, f"{made[0].kind}/{made[0].category} {made[0].statement[:30]}"
                kept = [p for p in data["points"] if any(hit(c["article"], c["quote"]) for c in p["sources"])]
                if kept:
                    stage = 6
                    where_ = f"{kept[0]['kind']}/{kept[0]['category']} {kept[0]['statement'][:30]}"
                    if g.get("kind") != "contention" and all(p["kind"] != g.get("kind") for p in kept):
                        where_ = "WRONG KIND " + where_
                print(f"    {file} {STAGES[stage]:11} {where_:45} | {sc.snip(s)[:40]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
