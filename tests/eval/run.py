#!/usr/bin/env python3
"""Editorial evaluation: build corpora with this tree (no PDFs) and score them against their golds.

    .venv/bin/python tests/eval/run.py                 # every corpus: default, ernie, tests/corpora/*
    .venv/bin/python tests/eval/run.py default c919-2023   # some (a name, or a folder with topic.yml + gold.yml)
    .venv/bin/python tests/eval/run.py --out /tmp/ev --tree ../other-checkout

Not a test (nothing here asserts): it prints one table of the scorer's figures per corpus and
leaves, for each corpus, OUT/NAME/{score.txt, corpus.json, warnings.txt, pages/…} so a reader
can open the generated pages (markdown). The golds were labelled from the raw files by people who
never read the code (see each corpus's SOURCES.md); the scorer is ../shared/tools/score.py.

A corpus folder holds its sources (000_….txt/.html/.md/.eml …), ``topic.yml`` (label, terms,
site_name: what an editor writes to start a topic), ``gold.yml`` and ``SOURCES.md``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
ERNIE = ROOT.parent / "shared" / "corpora" / "ernie-2023"
ERNIE_TOPIC = {"label": "文心一言", "terms": ["文心一言", "百度", "ERNIE Bot", "李彦宏"],
               "site_name": "文心一言 2023 资讯简报"}
FIGURES = ("claims_found", "one_to_one_recall", "merged", "quote_precision", "speakers_named",
           "entities", "entities_multi_file", "events_dated", "figures", "furniture_removed")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpora(names: list[str]) -> list[tuple[str, str]]:
    """(name, where) for the names asked, or every corpus."""
    found = [("default", "default"), ("ernie", "ernie")]
    found += [(p.name, str(p)) for p in sorted((ROOT / "tests" / "corpora").glob("*")) if (p / "gold.yml").exists()]
    if not names:
        return found
    known = dict(found)
    return [(n, known.get(n, n)) if n in known else (Path(n).name, n) for n in names]


def project(tree: Path, where: str, out: Path) -> tuple[Path, str, list[Path]]:
    """Lay out a project under ``out`` for one corpus: (project root, site name, golds)."""
    content = out / "project" / "content"
    if where == "default":
        shutil.copytree(tree / "content", content)
        site = re.search(r"(?m)^site_name:\s*(.+)$", (tree / "mkdocs.yml").read_text(encoding="utf-8")).group(1)
        golds = [tree / "tests/gold/claims_default.yml", tree / "tests/gold/index_default.yml"]
    else:
        if where == "ernie":
            topic, golds, files = ERNIE_TOPIC, [tree / "tests/gold/ernie_gold.yml"], sorted(ERNIE.glob("*.txt"))
        else:
            src = Path(where)
            topic = yaml.safe_load((src / "topic.yml").read_text(encoding="utf-8"))
            golds, files = [src / "gold.yml"], sorted(p for p in src.iterdir() if re.match(r"\d{3}_", p.name))
        (content / "sources").mkdir(parents=True)
        (content / "articles").mkdir()
        for name in ("glossary.yml", "overrides.yml"):
            shutil.copy(tree / "content" / name, content / name)
        taxonomy = (tree / "content" / "taxonomy.yml").read_text(encoding="utf-8")
        block = "topic:\n  label: %s\n  terms: [%s]\n" % (json.dumps(topic["label"], ensure_ascii=False),
                                                         ", ".join(json.dumps(t, ensure_ascii=False) for t in topic["terms"]))
        taxonomy = re.sub(r"(?m)^topic:\n(?:  .*\n)+", lambda _m: block, taxonomy, count=1)
        (content / "taxonomy.yml").write_text(taxonomy, encoding="utf-8")
        (content / "sources.yml").write_text("", encoding="utf-8")
        for p in files:
            shutil.copy(p, content / "sources" / p.name)
        site = topic["site_name"]
    shutil.copytree(tree / "templates", out / "project" / "templates")
    shutil.copy(tree / "mkdocs.yml", out / "project" / "mkdocs.yml")
    return out / "project", site, golds


def run_one(tree: Path, name: str, where: str, out: Path, sc) -> dict:
    from generator.pipeline import Settings, build

    if out.exists():
        shutil.rmtree(out)
    root, site, golds = project(tree, where, out)
    t0 = time.process_time()
    result = build(Settings(root=root, pdf=False, site_name=site))
    cpu = time.process_time() - t0
    (out / "corpus.json").write_bytes(result.data["data/corpus.json"])
    for rel, text in result.pages.items():
        page = out / "pages" / rel
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    (out / "warnings.txt").write_text("".join(f"{w}\n" for w in result.warnings), encoding="utf-8")
    figures: dict = {"points": len(result.analysis.points), "cpu": round(cpu, 1)}
    lines = [f"{name}: {len(result.articles)} articles, {figures['points']} points, build {cpu:.1f} s CPU"]
    for gold in golds:
        scores = sc.score(out / "corpus.json", gold)
        lines += [f"## {gold.name}"] + [f"{k:22} {v}" for k, v in scores.items()]
        figures.update({k: v for k, v in scores.items() if k in FIGURES})
    (out / "score.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", help="default, ernie, a folder name under tests/corpora, or a path")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the code tree to evaluate (default: this one)")
    ap.add_argument("--out", type=Path, default=ROOT / ".cache" / "eval", help="where builds and pages go")
    a = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"the scorer {SCORER} is missing", file=sys.stderr)
        return 2
    tree = a.tree.resolve()
    sys.path.insert(0, str(tree))
    sc = _scorer()
    table = {}
    for name, where in corpora(a.corpora):
        table[name] = run_one(tree, name, where, a.out.resolve() / name, sc)
        print(f"{name}: done ({table[name]['cpu']} s CPU)", file=sys.stderr)
    cols = list(table)
    print("| figure | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for key in ("points",) + FIGURES:
        print(f"| {key} | " + " | ".join(str(table[c].get(key, "–")) for c in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
