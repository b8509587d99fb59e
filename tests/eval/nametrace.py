#!/usr/bin/env python3
"""Why each index entry is there: the bylines, the credit lines and the candidates (with the
context that validated them) behind every name of one corpus's index.

    python nametrace.py CORPUS [NAME ...]

CORPUS is what run.py takes (default, ernie, a folder under tests/corpora).  Printed: each
byline (article, outlet, author), each credit (article, name, kind, role), then for every name
asked (or every name found) its candidates' kinds and whys."""
from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    import run
    from generator.analyse import entities as ent
    from generator.analyse import namecredits
    from generator.pipeline import Settings, build

    corpus, asked = argv[0], set(argv[1:])
    seen: dict = {"bylines": (), "credits": (), "found": defaultdict(list)}
    real_find, real_take_from = ent.find_entities, ent.find_candidates

    def find(*a, **k):
        seen["bylines"] = a[6] if len(a) > 6 else k.get("bylines", ())
        seen["credits"] = a[7] if len(a) > 7 else k.get("credits", ())
        return real_find(*a, **k)

    def cands(text):
        out = real_take_from(text)
        for c in out:
            seen["found"][c.name].append((c.kind, c.why, c.role))
        return out

    ent.find_candidates = cands
    from generator.analyse.namecandidate import Candidate

    class Recorded(list):
        def append(self, c):
            if isinstance(c, Candidate):
                seen["found"][c.name].append((c.kind, c.why, c.role))
            super().append(c)

    def recording(factory=None, *a):
        return defaultdict(Recorded, *a) if factory is list else defaultdict(factory, *a)

    ent.defaultdict = recording
    import generator.analyse.entities
    generator.analyse.entities.find_entities = find
    where = run.corpora([corpus])[0][1]
    with tempfile.TemporaryDirectory() as tmp:
        root, site, _ = run.project(ROOT, where, Path(tmp) / "out")
        result = build(Settings(root=root, pdf=False, site_name=site))
    print("== BYLINES")
    for b in seen["bylines"]:
        print("  ", b)
    print("== CREDITS")
    for c in seen["credits"]:
        if not asked or c[1] in asked:
            print("  ", c)
    print("== CANDIDATES")
    for n, cs in sorted(seen["found"].items()):
        if not asked or n in asked:
            print("  ", n, sorted(set(cs)))
    print("== INDEX")
    for e in result.analysis.entities:
        if not asked or e.name in asked:
            print("  ", e.kind, e.name, e.aliases, e.role, sorted({(m.article[:3], m.paragraph) for m in e.mentions})[:5])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
