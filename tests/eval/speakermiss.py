#!/usr/bin/env python3
"""List the gold quotes whose point credits a wrong speaker or none, with the paragraph.

    python speakermiss.py CORPUS_JSON GOLD [--all]

For each gold source with a speaker (the same matching as score.py: a point of the claim's kind
whose source, in the same file, carries the snippet), the speaker the point gives *that source*
(the point's speakers entry of the same article and paragraph; a contention's on its sides) is compared with the gold one:

  right   the gold speaker's name is in the credited speaker's name (or the reverse)
  wrong   a speaker is credited there, and it is not the gold one
  none    no speaker is credited for that paragraph
  (lost   no point carries the snippet: a claim miss, not a speaker miss; counted, not listed)

Printed: counts, then each wrong/none miss (``--all``: the right ones too) with the credited
speaker, the gold speaker and the paragraph, so the misses can be classed by kind. Not a test.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import yaml

_spec = importlib.util.spec_from_file_location("score", str(Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"))
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)


def _who(speaker: str) -> str:
    return re.split(r"[（(，,、]", str(speaker or ""))[0].strip()


def _speakers(point: dict) -> list[dict]:
    """A point's speakers, a contention's on both its sides."""
    out = list(point.get("speakers") or [])
    for side in (point.get("sides") or {}).values():
        out += side.get("speakers") or []
    return out


def misses(corpus_json: Path, gold_path: Path) -> tuple[dict, list[dict]]:
    data = json.loads(corpus_json.read_text(encoding="utf-8"))
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    fid = {a["id"]: sc.file_id(a.get("source_file") or a["id"]) for a in data.get("articles", [])}
    paras = {(a["id"], p["id"]): p.get("text", "") for a in data.get("articles", []) for p in a.get("paragraphs", [])}
    points = data.get("points", [])
    counts = {"right": 0, "wrong": 0, "none": 0, "lost": 0}
    rows = []
    for g in gold.get("claims") or []:
        for s in g.get("sources", []):
            who = _who(s.get("speaker"))
            if len(who) < 2:
                continue
            sn, f = sc.norm(sc.snip(s)), sc.file_id(s["file"])
            hits = []
            for p in points:
                if g.get("kind") != "contention" and p.get("kind") != g.get("kind"):
                    continue
                for src in p.get("sources", []):
                    if fid.get(src.get("article")) == f and sc.quote_hits(sn, sc.norm(src.get("quote"))):
                        hits.append((p, src))
            if not hits:
                counts["lost"] += 1
                continue
            best = None
            for p, src in hits:
                credited = [sp.get("name", "") for sp in _speakers(p)
                            if sp.get("article") == src.get("article") and sp.get("paragraph") == src.get("paragraph")]
                w = sc.norm(who)
                if any(c and (w in sc.norm(c) or sc.norm(c) in w) for c in credited):
                    verdict = "right"
                elif credited:
                    verdict = "wrong"
                else:
                    verdict = "none"
                rank = {"right": 0, "wrong": 1, "none": 2}[verdict]
                if best is None or rank < best[0]:
                    best = (rank, verdict, p, src, credited)
            _, verdict, p, src, credited = best
            counts[verdict] += 1
            rows.append({"claim": g.get("id"), "verdict": verdict, "gold": s.get("speaker"), "credited": credited,
                         "point": p.get("id"), "article": src.get("article"), "paragraph": src.get("paragraph"),
                         "snippet": sc.snip(s), "text": paras.get((src.get("article"), src.get("paragraph")), "")})
    return counts, rows


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        return 2
    counts, rows = misses(Path(args[0]), Path(args[1]))
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    for r in rows:
        if r["verdict"] == "right" and not show_all:
            continue
        print(f"\n[{r['verdict']}] {r['claim']} {r['article']}/{r['paragraph']}  gold={r['gold']}  credited={r['credited']}")
        print(f"  snippet: {r['snippet']}")
        print(f"  para: {r['text'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
