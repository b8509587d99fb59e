#!/usr/bin/env python3
"""Categories that share no term with their points: a point whose statement uses none of its
category's words (the taxonomy's cues and settling words, the label's own words) is filed by a
word of a sentence it no longer says, or by none.

    PYTHONPATH=. python tests/eval/catfit.py OUT_DIR [OUT_DIR …]     # OUT_DIR = run.py's OUT/NAME

Reads OUT_DIR/corpus.json and the taxonomy of OUT_DIR/project/content/taxonomy.yml (the general
taxonomy with the topic named when there is none).  The catch-all categories (event, scope,
contentions) hold no words and are not counted.  Prints per corpus: points without a shared term /
points counted, and lists them (category label: statement).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.analyse.claimshape import HARM_HOMES, harm_shapes
from generator.analyse.taxonomy import load_taxonomy
from generator.analyse.text import count_words

CATCH_ALL = {"event", "scope"}


def words_of(rule) -> tuple[str, ...]:
    label = rule.category.label
    # the label's own words: its parts between 、 与 and ，
    parts = tuple(w for w in label.replace("与", "、").replace("和", "、").replace("，", "、").split("、") if len(w) >= 2)
    return tuple(dict.fromkeys(rule.cues + rule.strong + parts))


def analyse(out: Path):
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    tax_path = out / "project" / "content" / "taxonomy.yml"
    rules = {}
    if tax_path.is_file():
        rules = {r.category.id: r for r in load_taxonomy(tax_path).rules}
    else:
        from generator.analyse.general import GENERAL_CATEGORIES
        rules = {g[0]: type("R", (), {"category": type("C", (), {"label": g[2]})(), "cues": g[3], "strong": g[4]})()
                 for g in GENERAL_CATEGORIES}
    label = {c["id"]: c["label"] for c in data.get("categories", [])}
    counted, bare = 0, []
    for p in data.get("points", []):
        cat = p.get("category", "")
        if p.get("kind") == "contention" or cat in CATCH_ALL or cat not in rules:
            continue
        counted += 1
        if not count_words(p.get("statement", ""), words_of(rules[cat])):
            # (a problem reported without its word, "与行人发生碰撞", is its home's: marked, counted)
            shaped = any(HARM_HOMES.get(h) == cat for h in harm_shapes(p["statement"]))
            bare.append((label.get(cat, cat) + (" [shape]" if shaped else ""), p["statement"]))
    return counted, bare


def main(argv: list[str]) -> None:
    for arg in argv:
        counted, bare = analyse(Path(arg))
        shaped = sum(lab.endswith("[shape]") for lab, _ in bare)
        print(f"== {Path(arg).name}: no shared term {len(bare)}/{counted} ({shaped} by a problem's shape)")
        for lab, st in bare:
            print(f"  {lab}: {st[:90]}")


if __name__ == "__main__":
    main(sys.argv[1:])
