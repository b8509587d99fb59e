#!/usr/bin/env python3
"""The index of names against a gold: gold entities missed, and index entries not in the gold.

    python names.py CORPUS_JSON GOLD [SOURCES_DIR]

Matching is score.py's (norm, t2s): an index entry matches a gold entity when one of its
name/aliases/forms equals the gold name or one of its surface forms.  Printed:
  MISSED  gold entities no entry carries (with the first raw line naming them when SOURCES_DIR
          is given, so a reader sees the form that hides them: a signature, a byline, a code)
  EXTRA   index entries matching no gold entity (junk or names the gold left out), with kind,
          mention count, and the paragraph text around the first mention
  SPLIT   gold entities carried by two or more entries (one person listed twice)
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import yaml

_spec = importlib.util.spec_from_file_location("score", str(Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"))
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)
norm, file_id = sc.norm, sc.file_id


def entry_forms(e: dict) -> set[str]:
    out = set()
    for k in ("name", "aliases", "forms"):
        v = e.get(k)
        for x in v if isinstance(v, list) else [v]:
            if x:
                out.add(norm(x))
    return out


def gold_forms(g: dict) -> set[str]:
    return {norm(x) for x in [g["name"], *(g.get("surface_forms") or [])] if len(norm(x)) >= 2}


def context(data: dict, mention: dict, surface: str, width: int = 18) -> str:
    for a in data.get("articles", []):
        if a["id"] != mention.get("article"):
            continue
        for p in a.get("paragraphs") or a.get("body") or []:
            if isinstance(p, dict) and p.get("id") == mention.get("paragraph"):
                text = p.get("text", "")
                i = text.find(surface)
                return text[max(0, i - width): i + len(surface) + width].replace("\n", " ") if i >= 0 else text[:2 * width]
    return ""


def raw_line(sources: Path | None, g: dict) -> str:
    if not sources:
        return ""
    forms = [g["name"], *(g.get("surface_forms") or [])]
    for f in g.get("files") or []:
        for p in sorted(sources.glob(f"{f}*")):
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                for x in forms:
                    i = line.find(x)
                    if i >= 0:
                        return f"{p.name[:3]}: …{line[max(0, i - 25): i + len(x) + 25].strip()}…"
    return ""


def main(argv: list[str]) -> None:
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    gold = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8")) or {}
    sources = Path(argv[2]) if len(argv) > 2 else None
    ents = data.get("entities", [])
    golds = gold.get("entities") or []
    forms = [entry_forms(e) for e in ents]
    matched = set()
    print(f"gold {len(golds)}, index {len(ents)}")
    print("== MISSED")
    for g in golds:
        gf = gold_forms(g)
        hits = [i for i, f in enumerate(forms) if f & gf]
        matched.update(hits)
        if not hits:
            print(f"  {g['name']}  files={g.get('files')}  {raw_line(sources, g)}")
        elif len(hits) > 1:
            print(f"  SPLIT {g['name']}: " + " | ".join(ents[i]["name"] for i in hits))
    print("== EXTRA")
    for i, e in enumerate(ents):
        if i in matched:
            continue
        m = (e.get("mentions") or [{}])[0]
        print(f"  {e['name']}  [{e.get('kind')}] x{len(e.get('mentions') or [])}  …{context(data, m, m.get('surface') or e['name'])}…")


if __name__ == "__main__":
    main(sys.argv[1:])
