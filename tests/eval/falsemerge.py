#!/usr/bin/env python3
"""False merges in a built corpus: points whose citations quote two different gold claims.

    python falsemerge.py CORPUS_JSON GOLD [--json]

For each point, each citation's quote is mapped to the gold claims whose snippets it carries
(same file, score.py's norm/quote_hits).  Two gold claims carried by one point that share no
citation (no single quote carries both) mean the point joins quotes of different claims: a
false merge.  Citations that carry no gold claim are ignored here (quote precision covers them).
Contention points (two sides by design) and gold contention claims (which span many quotes of
other claims) are left out; the contention points are counted apart.
Prints: false-merge points / multi-source impact-limit points (citing 2+ files), and lists them.
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
norm, quote_hits, file_id, snip = sc.norm, sc.quote_hits, sc.file_id, sc.snip


def analyse(corpus: Path, gold_path: Path) -> dict:
    data = json.loads(corpus.read_text(encoding="utf-8"))
    fid = {a["id"]: file_id(a.get("source_file") or a["id"]) for a in data.get("articles", [])}
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    claims = [g for g in gold.get("claims") or [] if g.get("kind") != "contention"]
    snippets = [[(file_id(s["file"]), norm(snip(s))) for s in g.get("sources", [])] for g in claims]
    multi, false, contentions = 0, [], 0
    for p in data.get("points", []):
        if p.get("kind") == "contention":
            contentions += 1
            continue
        cites = [(fid.get(s.get("article")), norm(s.get("quote")), s.get("quote") or "") for s in p.get("sources", [])]
        if len({f for f, _, _ in cites}) < 2:
            continue
        multi += 1
        carried = []  # per citation: the gold claim indexes it carries
        for f, q, _ in cites:
            carried.append({gi for gi, sns in enumerate(snippets) if any(ff == f and quote_hits(sn, q) for ff, sn in sns)})
        held = sorted(set().union(*carried))
        pairs = [(a, b) for i, a in enumerate(held) for b in held[i + 1:]
                 if not any(a in c and b in c for c in carried)]
        if pairs:
            false.append({
                "id": p.get("id"), "statement": p.get("statement"),
                "pairs": [(claims[a].get("id"), claims[b].get("id")) for a, b in pairs],
                "citations": [(f, [claims[g].get("id") for g in sorted(c)], raw[:50]) for (f, _, raw), c in zip(cites, carried)],
            })
    return {"contention_points": contentions, "multi_source_points": multi, "false_merges": len(false), "points": false}


def main(argv=None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    argv = [a for a in argv if a != "--json"]
    r = analyse(Path(argv[0]), Path(argv[1]))
    if as_json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return 0
    print(f"false merges {r['false_merges']}/{r['multi_source_points']} multi-source points ({r['contention_points']} contention points left out)")
    for p in r["points"]:
        print(f"- {p['id']}: {p['statement']}")
        print(f"    claims never quoted together: {', '.join(a + '+' + b for a, b in p['pairs'])}")
        for f, gids, raw in p["citations"]:
            print(f"    [{f}] {','.join(gids) or '-'}  {raw}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
