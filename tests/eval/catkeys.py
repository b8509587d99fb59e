#!/usr/bin/env python3
"""Points filed under a category none of whose key terms they use: a point whose statement and
quotes hold none of its category's subject words is filed by a word of its context (a paragraph
before, a side clause cut away) or by a verb any subject takes, and its heading misleads.

    PYTHONPATH=. python tests/eval/catkeys.py OUT [OUT …]   # OUT = run.py's --out dir, or OUT/NAME

A category's key terms (``pointcategory.key_terms_used``) are its cue and settling words that are
no effect or problem verb of the taxonomy's signals (下跌, 差距, 风险 say nothing of *what*) unless
its label names them or it is a settling phrase (言之过早), plus the label's own words; a word inside
a body's name ("欧洲航空安全局") says who, not what. A problem reported by its shape ("停了快五分钟",
"与行人发生碰撞": ``claimshape.harm_shapes``) fits the category that is its home
(``pointcategory.text_fits``, which the briefing's cap also asks). The catch-all categories (event,
scope), contentions and English statements (placed by English cues) are not counted. Prints per
corpus: flagged / counted, the flagged points (label: statement), and a total line; ``-q``: counts.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from generator.analyse.pointcategory import text_fits
from generator.analyse.taxonomy import load_taxonomy


def _taxonomy(out: Path):
    path = out / "project" / "content" / "taxonomy.yml"
    if path.is_file():
        return load_taxonomy(path)
    from generator.analyse.taxonomy import Taxonomy  # (no file: the general taxonomy alone)
    from generator.analyse.general import GENERAL_CATEGORIES, GENERAL_SIGNALS
    from generator.analyse.taxonomy import CategoryRule
    from generator.analyse.model import Category
    rules = tuple(CategoryRule(Category(g, k, lab), c, s, general=True) for g, k, lab, c, s in GENERAL_CATEGORIES)
    return Taxonomy("", (), GENERAL_SIGNALS["impact"], GENERAL_SIGNALS["limit"], rules)


def audit(out: Path) -> tuple[int, list[tuple[str, str]]]:
    """(points counted, [(category label, statement) of the flagged ones]) of one build."""
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    tax = _taxonomy(out)
    rules = {r.category.id: r for r in tax.rules}
    counted, flagged = 0, []
    for p in data.get("points", []):
        rule = rules.get(p.get("category", ""))
        if p.get("kind") == "contention" or rule is None or not (rule.cues or rule.strong):
            continue
        if not re.search(r"[\u4e00-\u9fff]", re.sub(r"[（(][^）)]{0,30}[）)]", "", p.get("statement", ""))):
            continue  # an English statement: placed by its English cues (``englishclaims``)
        counted += 1
        texts = [p.get("statement", "")] + [s.get("quote", "") for s in p.get("sources", [])]
        if not any(text_fits(t, rule, tax) for t in texts):
            flagged.append((rule.category.label, p.get("statement", "")))
    return counted, flagged


def builds(args: list[str]) -> list[Path]:
    out = []
    for a in args:
        p = Path(a)
        out += [p] if (p / "corpus.json").is_file() else sorted(d for d in p.iterdir() if (d / "corpus.json").is_file())
    return out


def main(argv: list[str]) -> None:
    quiet = "-q" in argv
    total_c = total_f = 0
    for out in builds([a for a in argv if a != "-q"]):
        counted, flagged = audit(out)
        total_c, total_f = total_c + counted, total_f + len(flagged)
        print(f"== {out.name}: no key term {len(flagged)}/{counted}")
        if not quiet:
            for label, statement in flagged:
                print(f"  {label}: {statement[:90]}")
    print(f"== total: no key term {total_f}/{total_c}")


if __name__ == "__main__":
    main(sys.argv[1:])
